import XCTest
@testable import StatecraftExtraction

final class StatecraftExtractionModuleTests: XCTestCase {
    func testModuleLinks() { _ = StatecraftExtractionModule.self }
}
