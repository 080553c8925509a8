import XCTest
@testable import StatecraftStore

final class StatecraftStoreModuleTests: XCTestCase {
    func testModuleLinks() { _ = StatecraftStoreModule.self }
}
