import Foundation

/// A bounded cache of what the explorer derives from the store (a period's events, graphs,
/// centrality, rendered maps), keyed by the view and the store's version.
///
/// Each key is computed once even when many requests ask for it at the same time: the first
/// computes, the others wait for its value (50 clients opening the same cold view load the
/// period's events once, not 50 times). Bounded by entries and by a total cost (the value's
/// size as `cost` measures it); the least recently used entries go first. A failed computation
/// is not kept: the next request tries again.
final class ViewCache<Value>: @unchecked Sendable {
    /// Most entries kept.
    let limit: Int
    /// Most total cost kept (one entry above it is still kept, alone).
    let costLimit: Int
    private let cost: (Value) -> Int

    private let condition = NSCondition()
    private var values: [String: (value: Value, cost: Int)] = [:]
    /// Keys, least recently used first.
    private var order: [String] = []
    private var totalCost = 0
    private var running: Set<String> = []

    init(limit: Int, costLimit: Int = .max, cost: @escaping (Value) -> Int = { _ in 1 }) {
        self.limit = max(1, limit)
        self.costLimit = costLimit
        self.cost = cost
    }

    /// The value for `key`: kept, being computed by another request (waited for), or computed now.
    func value(_ key: String, compute: () throws -> Value) throws -> Value {
        condition.lock()
        while true {
            if let hit = values[key] {
                touch(key)
                condition.unlock()
                return hit.value
            }
            if !running.contains(key) { break }
            condition.wait()
        }
        running.insert(key)
        condition.unlock()

        let value: Value
        do {
            value = try compute()
        } catch {
            condition.lock()
            running.remove(key)
            condition.broadcast()
            condition.unlock()
            throw error
        }
        let c = cost(value)
        condition.lock()
        running.remove(key)
        values[key] = (value, c)
        order.append(key)
        totalCost += c
        while order.count > limit || (totalCost > costLimit && order.count > 1) {
            let old = order.removeFirst()
            totalCost -= values.removeValue(forKey: old)?.cost ?? 0
        }
        condition.broadcast()
        condition.unlock()
        return value
    }

    /// Entries kept now.
    var count: Int { condition.lock(); defer { condition.unlock() }; return values.count }

    private func touch(_ key: String) {
        guard order.last != key, let i = order.firstIndex(of: key) else { return }
        order.remove(at: i)
        order.append(key)
    }
}
