import Foundation

/// A loaded edge list: the graph and the names of its nodes.
public struct LabeledGraph: Sendable {
    public let graph: WeightedDigraph
    public let labels: NodeLabels

    public init(graph: WeightedDigraph, labels: NodeLabels) {
        self.graph = graph
        self.labels = labels
    }

    /// The id of a node by name, or ``GraphInputError/unknownNode(_:)``.
    public func node(_ name: String) throws -> Int {
        guard let id = labels.id(of: name) else { throw GraphInputError.unknownNode(name) }
        return id
    }
}

/// Reads `SRC<TAB>DST<TAB>WEIGHT` edge lists (the format `gen.py` writes).
///
/// One pass over the file's bytes; node ids are given in order of first appearance (source
/// before target). Blank lines and lines starting with `#` are skipped; a trailing `\r` is
/// ignored. Weights are decimal numbers (`1`, `-0.25`, `2.5e-3`) of magnitude at most
/// ``maximumWeight``; NaN, infinities and larger numbers are errors, so that sums, strengths
/// and modularity stay finite. Repeated `(SRC, DST)` lines are summed (see ``WeightedDigraph``).
public enum EdgeListLoader {
    /// The largest weight magnitude of one line: 1e12 (a billion lines at it still sum finitely
    /// and square within a Double).
    public static let maximumWeight = 1e12

    /// Approximate bytes needed per edge line while loading (parsed edge, both adjacencies,
    /// sort buffers) and per node (name, index entry).
    static let bytesPerEdge = 120
    static let bytesPerNode = 96

    /// The default memory limit: `$STATECRAFT_MAX_MEMORY` (bytes, or with a K/M/G suffix),
    /// else 60 % of physical memory.
    public static var defaultMemoryLimit: Int {
        if let text = ProcessInfo.processInfo.environment["STATECRAFT_MAX_MEMORY"], let v = parseSize(text) { return v }
        return Int(Double(ProcessInfo.processInfo.physicalMemory) * 0.6)
    }

    static func parseSize(_ text: String) -> Int? {
        var t = text.trimmingCharacters(in: .whitespaces).uppercased()
        var mult = 1
        if let last = t.last, let m = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30][String(last)] {
            mult = m
            t.removeLast()
        }
        guard let v = Double(t), v > 0, v.isFinite else { return nil }
        let bytes = v * Double(mult)
        return bytes >= 9e18 ? Int.max : Int(bytes)  // beyond Int: no limit
    }

    /// Loads an edge list file. Throws ``GraphInputError`` naming the file (and line).
    public static func load(path: String, memoryLimit: Int = defaultMemoryLimit) throws -> LabeledGraph {
        let attrs: [FileAttributeKey: Any]
        do { attrs = try FileManager.default.attributesOfItem(atPath: path) } catch {
            throw GraphInputError.unreadable(path: path, reason: "no such file")
        }
        if (attrs[.type] as? FileAttributeType) == .typeDirectory {
            throw GraphInputError.unreadable(path: path, reason: "is a directory")
        }
        let size = (attrs[.size] as? NSNumber)?.intValue ?? 0
        // Cheapest check first: the file alone must fit, with its edges at the smallest line size.
        let floor = size + (size / 6) * bytesPerEdge
        if floor > memoryLimit {
            throw GraphInputError.tooLarge(path: path, estimatedBytes: floor, limitBytes: memoryLimit)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GraphInputError.unreadable(path: path, reason: "cannot read")
        }
        return try data.withUnsafeBytes { raw in
            try parse(UnsafeBufferPointer(start: raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count: raw.count),
                      path: path, memoryLimit: memoryLimit)
        }
    }

    /// Parses edge-list text held in memory (`path` only names it in errors).
    public static func parse(text: String, path: String = "<text>", memoryLimit: Int = defaultMemoryLimit) throws -> LabeledGraph {
        var s = text
        return try s.withUTF8 { try parse($0, path: path, memoryLimit: memoryLimit) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, path: String, memoryLimit: Int) throws -> LabeledGraph {
        let n = bytes.count
        var lines = 0
        for b in bytes where b == 10 { lines += 1 }
        if n > 0 && bytes[n - 1] != 10 { lines += 1 }
        let estimate = n + lines * bytesPerEdge + min(2 * lines, 1 << 40) * bytesPerNode / 4
        if estimate > memoryLimit {
            throw GraphInputError.tooLarge(path: path, estimatedBytes: estimate, limitBytes: memoryLimit)
        }
        var table = ByteStringTable(buffer: bytes, expected: min(lines, 1 << 20))
        var labels = NodeLabels()
        var edges: [WeightedEdge] = []
        edges.reserveCapacity(lines)
        var pos = 0
        var lineNo = 0
        while pos < n {
            lineNo += 1
            var end = pos
            while end < n && bytes[end] != 10 { end += 1 }
            var stop = end
            if stop > pos && bytes[stop - 1] == 13 { stop -= 1 }
            defer { pos = end + 1 }
            if stop == pos || bytes[pos] == 35 { continue }  // blank or '#'
            // Split on tabs.
            var tabs = (0, 0)
            var count = 0
            for i in pos..<stop where bytes[i] == 9 {
                count += 1
                if count == 1 { tabs.0 = i } else if count == 2 { tabs.1 = i }
            }
            guard count == 2 else {
                throw GraphInputError.malformed(path: path, line: lineNo,
                    reason: "expected SRC<TAB>DST<TAB>WEIGHT, found \(count + 1) field\(count == 0 ? "" : "s")")
            }
            let src = UnsafeBufferPointer(rebasing: bytes[pos..<tabs.0])
            let dst = UnsafeBufferPointer(rebasing: bytes[(tabs.0 + 1)..<tabs.1])
            let wtx = UnsafeBufferPointer(rebasing: bytes[(tabs.1 + 1)..<stop])
            guard !src.isEmpty, !dst.isEmpty else {
                throw GraphInputError.malformed(path: path, line: lineNo, reason: "empty node name")
            }
            guard let weight = parseWeight(wtx) else {
                let shown = String(decoding: wtx.prefix(40), as: UTF8.self)
                throw GraphInputError.malformed(path: path, line: lineNo, reason: "weight '\(shown)' is not a finite number")
            }
            guard abs(weight) <= maximumWeight else {
                let shown = String(decoding: wtx.prefix(40), as: UTF8.self)
                throw GraphInputError.malformed(path: path, line: lineNo, reason: "weight '\(shown)' is beyond ±1e12")
            }
            func intern(_ name: UnsafeBufferPointer<UInt8>) throws -> Int {
                let (id, isNew) = table.id(start: name.baseAddress! - bytes.baseAddress!, length: name.count)
                if isNew {
                    guard let text = String(validating: name, as: UTF8.self) else {
                        throw GraphInputError.malformed(path: path, line: lineNo, reason: "node name is not valid UTF-8")
                    }
                    // Byte-distinct names that Swift considers equal (Unicode canonical equivalence).
                    guard labels.id(adding: text) == id else {
                        throw GraphInputError.malformed(path: path, line: lineNo, reason: "node name '\(text)' is written two ways")
                    }
                }
                return id
            }
            let ids = (try intern(src), try intern(dst))
            edges.append(WeightedEdge(source: ids.0, target: ids.1, weight: weight))
        }
        guard !edges.isEmpty else { throw GraphInputError.empty(path: path) }
        return LabeledGraph(graph: WeightedDigraph(nodeCount: labels.count, edges: edges), labels: labels)
    }

    private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }

    /// A decimal number; exact for plain decimals (mantissa < 2^53, up to 22 decimals), else Foundation's parser.
    static func parseWeight(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !b.isEmpty else { return nil }
        var i = 0
        var negative = false
        if b[0] == 45 || b[0] == 43 { negative = b[0] == 45; i = 1 }
        var mantissa: UInt64 = 0
        var digits = 0, decimals = 0
        var seenDot = false
        var simple = true
        while i < b.count {
            let c = b[i]
            if c >= 48 && c <= 57 {
                if mantissa > (1 << 53) / 10 { simple = false; break }
                mantissa = mantissa * 10 + UInt64(c - 48)
                digits += 1
                if seenDot { decimals += 1 }
            } else if c == 46 && !seenDot {
                seenDot = true
            } else {
                simple = false
                break
            }
            i += 1
        }
        if simple {
            guard digits > 0, decimals < powersOfTen.count else { return nil }
            let v = Double(mantissa) / powersOfTen[decimals]
            return negative ? -v : v
        }
        guard let text = String(validating: b, as: UTF8.self),
              text.allSatisfy({ "0123456789+-.eE".contains($0) }),
              let v = Double(text), v.isFinite else { return nil }
        return v
    }
}
