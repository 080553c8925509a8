import XCTest
@testable import StatecraftInterchange

final class ProgressBarTests: XCTestCase {
    func testBarText() {
        let line = ProgressBar.line(done: 50, total: 200, label: "articles", elapsed: 2)
        XCTAssertTrue(line.hasPrefix("\r[#######......................."), line)
        XCTAssertTrue(line.contains("50/200 articles"))
        XCTAssertTrue(line.contains("25/s"))
        XCTAssertTrue(ProgressBar.line(done: 9, total: 9, label: "x", elapsed: 0).contains(String(repeating: "#", count: 30)))
    }

    func testSilentWhenNotATerminal() {
        // Under `swift test` standard error is a pipe or a file, never drawn on.
        let bar = ProgressBar(total: 10, label: "articles")
        XCTAssertEqual(bar.enabled, isatty(STDERR_FILENO) == 1)
        XCTAssertFalse(ProgressBar(total: 10, label: "x", enabled: false).enabled)
    }
}
