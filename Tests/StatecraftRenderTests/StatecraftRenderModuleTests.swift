import XCTest
@testable import StatecraftRender

final class StatecraftRenderModuleTests: XCTestCase {
    func testModuleLinks() { _ = StatecraftRenderModule.self }
}
