/// The names of a graph's nodes: integer id ↔ name, ids given in order of first appearance.
public struct NodeLabels: Sendable {
    /// Names by id.
    public private(set) var names: [String] = []
    private var ids: [String: Int] = [:]

    public init() {}

    /// A table with these names as ids `0..<names.count`.
    /// - Precondition: names are distinct.
    public init(names: [String]) {
        for n in names { _ = id(adding: n) }
        precondition(self.names.count == names.count, "duplicate node names")
    }

    /// The number of names.
    public var count: Int { names.count }

    /// The id of `name`, adding it with the next id when new.
    public mutating func id(adding name: String) -> Int {
        if let i = ids[name] { return i }
        let i = names.count
        ids[name] = i
        names.append(name)
        return i
    }

    /// The id of `name`, or nil when the graph has no such node.
    public func id(of name: String) -> Int? { ids[name] }

    public subscript(id: Int) -> String { names[id] }

    mutating func reserve(_ n: Int) {
        names.reserveCapacity(n)
        ids.reserveCapacity(n)
    }
}
