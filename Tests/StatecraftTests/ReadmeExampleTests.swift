import Foundation
import XCTest

/// The README's "Use as a library" example is real code: `Tests/ReadmeExample/main.swift` is compiled
/// against the `Statecraft` module (target `ReadmeExample`), it must be the README's first ```swift block
/// of that section character for character, and it runs: events, the strongest ties and an SVG map.
final class ReadmeExampleTests: XCTestCase {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The first ```swift block after the heading "## Use as a library".
    static func readmeExample() throws -> String {
        let readme = try String(contentsOf: packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let section = readme.range(of: "\n## Use as a library\n") else {
            throw XCTSkip("README.md has no \"## Use as a library\" section") // failed below instead
        }
        let rest = readme[section.upperBound...]
        guard let open = rest.range(of: "\n```swift\n"), let close = rest[open.upperBound...].range(of: "\n```\n") else {
            XCTFail("no ```swift block in the section")
            return ""
        }
        return String(rest[open.upperBound..<close.lowerBound]) + "\n"
    }

    func testTheCompiledExampleIsTheReadmeBlock() throws {
        let readme = try String(contentsOf: Self.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        XCTAssertTrue(readme.contains("\n## Use as a library\n"), "README.md lost its \"Use as a library\" section")
        let block = try Self.readmeExample()
        XCTAssertTrue(block.hasPrefix("import Foundation\nimport Statecraft\n") || block.hasPrefix("import Statecraft\n"),
                      "the example starts with import Statecraft")
        let source = try String(contentsOf: Self.packageRoot.appendingPathComponent("Tests/ReadmeExample/main.swift"), encoding: .utf8)
        XCTAssertEqual(block, source, "README.md's example and Tests/ReadmeExample/main.swift differ: copy one over the other")
    }

    func testTheExampleRunsAndWritesTheMap() throws {
        let bundle = Bundle(for: Self.self).bundleURL
        let candidates = [bundle.deletingLastPathComponent(), bundle, Bundle.main.bundleURL]
            .map { $0.appendingPathComponent("ReadmeExample") }
        guard let exe = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw XCTSkip("no ReadmeExample executable beside the tests (swift build --build-tests builds it)")
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let p = Process()
        p.executableURL = exe
        p.currentDirectoryURL = dir
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("North Korea — Russia: strength"), text)
        XCTAssertTrue(text.contains("Russia → North Korea: pact") || text.contains("North Korea → Russia: pact"), text)
        let svg = try String(contentsOf: dir.appendingPathComponent("ties.svg"), encoding: .utf8)
        XCTAssertTrue(svg.contains("<svg"), String(svg.prefix(200)))
        XCTAssertTrue(svg.contains("North Korea"), "the map names the actors")
    }
}
