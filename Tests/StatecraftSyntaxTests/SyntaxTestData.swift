import Foundation
import StatecraftSyntax
import XCTest

/// Paths shared by the syntax tests: the package root and `../shared/data/treebanks` when present.
enum SyntaxTestData {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/data/treebanks/NAME`, or a skip when the shared data is absent.
    static func treebank(_ name: String) throws -> [DependencySentence] {
        let url = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data/treebanks/\(name)")
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw XCTSkip("../shared/data/treebanks is absent: \(name) not found")
        }
        return try CoNLLU.read(String(decoding: data, as: UTF8.self), file: name, requireAnnotation: true)
    }
}
