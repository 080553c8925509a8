import Foundation
import XCTest
@testable import StatecraftExplorer

/// The explorer's caches under concurrent requests: a cold view asked for by many clients at
/// once is computed once (50 clients on a cold 1M-event period each loaded the events), and the
/// cache stays within its bounds.
final class ViewCacheTests: XCTestCase {
    func testAKeyAskedForConcurrentlyIsComputedOnce() throws {
        let cache = ViewCache<[Int]>(limit: 4)
        let computed = Counter()
        DispatchQueue.concurrentPerform(iterations: 50) { _ in
            let v = try? cache.value("period") {
                computed.add()
                Thread.sleep(forTimeInterval: 0.05)
                return Array(0..<1000)
            }
            XCTAssertEqual(v?.count, 1000)
        }
        XCTAssertEqual(computed.value, 1)
    }

    func testBoundedByEntriesAndCostLeastRecentlyUsedFirst() throws {
        let cache = ViewCache<String>(limit: 3, costLimit: 10, cost: { $0.count })
        for k in ["a", "b", "c"] { _ = try cache.value(k) { "xx" } }
        _ = try cache.value("a") { XCTFail("kept"); return "" }
        _ = try cache.value("d") { "xx" }  // over 3 entries: b goes (a was used)
        XCTAssertEqual(cache.count, 3)
        var recomputed = false
        _ = try cache.value("b") { recomputed = true; return "xx" }
        XCTAssertTrue(recomputed)
        _ = try cache.value("big") { String(repeating: "x", count: 9) }
        XCTAssertLessThanOrEqual(cache.count, 2, "cost 9 + 2 > 10: older entries go")
        _ = try cache.value("huge") { String(repeating: "x", count: 50) }
        XCTAssertEqual(cache.count, 1, "an entry above the cost limit is kept alone")
    }

    func testAFailureIsNotKeptAndWaitersTryAgain() throws {
        struct Boom: Error {}
        let cache = ViewCache<Int>(limit: 2)
        XCTAssertThrowsError(try cache.value("k") { throw Boom() })
        XCTAssertEqual(try cache.value("k") { 7 }, 7)
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var n = 0
        func add() { lock.withLock { n += 1 } }
        var value: Int { lock.withLock { n } }
    }
}
