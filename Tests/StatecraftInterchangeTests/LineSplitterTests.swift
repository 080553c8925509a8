import XCTest
@testable import StatecraftInterchange

final class LineSplitterTests: XCTestCase {
    /// Splits `bytes` fed in chunks of `size`; returns (line, number, terminated) and the splitter.
    func split(_ bytes: [UInt8], chunk size: Int) -> ([(String, Int, Bool)], LineSplitter) {
        var s = LineSplitter()
        var out: [(String, Int, Bool)] = []
        var i = 0
        while i < bytes.count {
            let j = min(bytes.count, i + size)
            bytes[i..<j].withUnsafeBytes { buf in
                s.feed(buf) { l, n, t in out.append((String(decoding: l, as: UTF8.self), n, t)) }
            }
            i = j
        }
        s.finish { l, n, t in out.append((String(decoding: l, as: UTF8.self), n, t)) }
        return (out, s)
    }

    func testLinesSurviveEveryChunkBoundary() {
        let text = Array("\u{FEFF}alpha\r\nbeta\n\ngamma\r\ndelta".utf8)
        for size in 1...text.count {
            let (lines, s) = split(text, chunk: size)
            XCTAssertEqual(lines.map(\.0), ["alpha", "beta", "", "gamma", "delta"], "chunk \(size)")
            XCTAssertEqual(lines.map(\.1), [1, 2, 3, 4, 5])
            XCTAssertEqual(lines.map(\.2), [true, true, true, true, false], "only the last line lacks a newline")
            XCTAssertTrue(s.sawBOM)
            XCTAssertTrue(s.sawCRLF)
        }
    }

    func testNoBOMNoCRLF() {
        let (lines, s) = split(Array("a\nb\n".utf8), chunk: 1)
        XCTAssertEqual(lines.map(\.0), ["a", "b"])
        XCTAssertFalse(s.sawBOM)
        XCTAssertFalse(s.sawCRLF)
    }
}
