import XCTest
@testable import StatecraftAnalysis

final class StatecraftAnalysisModuleTests: XCTestCase {
    func testModuleLinks() { _ = StatecraftAnalysisModule.self }
}
