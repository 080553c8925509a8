import Foundation
import XCTest

/// The maps do not depend on which fonts are installed: the same bytes with the system's font
/// configuration and with one that only knows Liberation and DejaVu (where a generic
/// "Helvetica" resolves to DejaVu).
final class MapFontTests: XCTestCase {
    static let liberation = "/usr/share/fonts/truetype/liberation2"

    func testSameMapUnderDifferentFontConfigurations() throws {
        guard FileManager.default.fileExists(atPath: Self.liberation + "/LiberationSans-Regular.ttf") else {
            throw XCTSkip("fonts-liberation2 is not installed (make deps installs it)")
        }
        let cli = try CLIRunner()
        defer { cli.cleanUp() }
        let built = try cli.run(["build", CLIRunner.packageRoot.appendingPathComponent("Data/articles").path, "--db", cli.db])
        XCTAssertEqual(built.status, 0, built.stderr)
        let config = cli.directory.appendingPathComponent("fonts.conf")
        var dirs = "<dir>\(Self.liberation)</dir>"
        if FileManager.default.fileExists(atPath: "/usr/share/fonts/truetype/dejavu") { dirs += "<dir>/usr/share/fonts/truetype/dejavu</dir>" }
        try Data("""
            <?xml version="1.0"?>
            <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
            <fontconfig>\(dirs)<cachedir>\(cli.directory.appendingPathComponent("fc-cache").path)</cachedir></fontconfig>
            """.utf8).write(to: config)
        for view in [["--format", "svg"], ["--format", "svg", "--layout", "geo"], ["--format", "png", "--dyad", "Russia", "North Korea"]] {
            let system = try cli.run(["render", "--db", cli.db] + view)
            let narrow = try cli.run(["render", "--db", cli.db] + view, environment: ["FONTCONFIG_FILE": config.path])
            XCTAssertEqual(system.status, 0, system.stderr)
            XCTAssertEqual(narrow.status, 0, narrow.stderr)
            XCTAssertGreaterThan(system.output.count, 1000)
            XCTAssertTrue(system.output == narrow.output, "\(view): the map changed with the installed fonts")
        }
    }
}
