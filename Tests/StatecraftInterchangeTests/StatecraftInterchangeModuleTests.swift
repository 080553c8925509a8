import XCTest
@testable import StatecraftInterchange

final class StatecraftInterchangeModuleTests: XCTestCase {
    func testModuleLinks() { _ = StatecraftInterchangeModule.self }
}
