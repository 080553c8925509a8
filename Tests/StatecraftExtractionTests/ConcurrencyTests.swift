import Dispatch
import Foundation
import StatecraftCore
import StatecraftData
import StatecraftExtraction
import XCTest

/// One extractor shared by several threads gives each of them the sequential answer.
final class ConcurrencyTests: XCTestCase {
    func testSharedExtractorIsThreadSafe() throws {
        let url = BundledData.articlesURL.appendingPathComponent("putin-hanoi-2024-06-20.txt")
        let article = try PlainTextArticleReader().read(contentsOf: url)
        let x = Fixture.extractor
        let expected = x.extract(article).events
        XCTAssertFalse(expected.isEmpty)
        final class Box: @unchecked Sendable { var results: [[Event]] = Array(repeating: [], count: 16) }
        let box = Box()
        let lock = NSLock()
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            let events = x.extract(article).events
            lock.lock(); box.results[i] = events; lock.unlock()
        }
        for r in box.results { XCTAssertEqual(r, expected) }
    }
}
