import Foundation

/// A trained tagger and parser: the weight tables and the relation names, read from and
/// written to one compact binary file (`parser.model`).
///
/// File layout (little endian): the magic `SCSYNTAX`, a format version, the relation names, the XPOS tags,
/// then the tagger's, the transition model's and the labeller's weight tables, each as its
/// non-zero rows quantised to signed bytes with a one-byte scale per row (a power of 2^(1/8)).
public final class SyntaxModel: Sendable {
    static let magic: [UInt8] = Array("SCSYNTAX".utf8)
    static let version: UInt32 = 3

    /// Relation names, the labeller's classes (lifted relations `obl|nmod` included).
    public let relations: [String]
    /// Treebank-specific tags (XPOS) the tagger predicts besides the universal ones.
    public let xposTags: [String]
    let tagger: PartOfSpeechTagger
    let parser: DependencyParser
    /// Per relation: the index of the relation without the lifted part, and whether it has one.
    let baseRelation: [Int32]
    let isLifted: [Bool]

    init(relations: [String], xposTags: [String], tagger: PerceptronTable, transitions: PerceptronTable, labeller: PerceptronTable) {
        self.relations = relations
        self.xposTags = xposTags
        self.tagger = PartOfSpeechTagger(table: tagger)
        self.parser = DependencyParser(transitions: transitions, labeller: labeller, labelCount: relations.count)
        var base: [Int32] = []
        var lifted: [Bool] = []
        var index: [String: Int32] = [:]
        for (i, r) in relations.enumerated() where !r.contains(PseudoProjective.separator) { index[r] = Int32(i) }
        for (i, r) in relations.enumerated() {
            if let bar = r.firstIndex(of: PseudoProjective.separator) {
                base.append(index[String(r[..<bar])] ?? Int32(i)); lifted.append(true)
            } else { base.append(Int32(i)); lifted.append(false) }
        }
        baseRelation = base
        isLifted = lifted
    }

    /// Reads a model file.
    public convenience init(contentsOf url: URL) throws {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw SyntaxModelError("\(url.path): cannot read the parser model")
        }
        try self.init(data: data, name: url.lastPathComponent)
    }

    /// Reads a model from its bytes; `name` is used in error messages.
    public convenience init(data: Data, name: String) throws {
        let parts = try data.withUnsafeBytes { raw -> ([String], [String], PerceptronTable, PerceptronTable, PerceptronTable) in
            var r = BinaryReader(bytes: raw, name: name)
            guard raw.count >= 12, Array(raw[0..<8]) == Self.magic else { throw r.error("not a Statecraft parser model") }
            r.position = 8
            let v = try r.u32()
            guard v == Self.version else { throw r.error("model format \(v), expected \(Self.version)") }
            let count = Int(try r.u32())
            guard count > 0, count < 4096 else { throw r.error("bad relation count") }
            var relations: [String] = []
            for _ in 0..<count { relations.append(try r.string()) }
            let xcount = Int(try r.u32())
            guard xcount < 200 else { throw r.error("bad XPOS tag count") }
            var xpos: [String] = []
            for _ in 0..<xcount { xpos.append(try r.string()) }
            let tagger = try PerceptronTable.decode(&r)
            let transitions = try PerceptronTable.decode(&r)
            let labeller = try PerceptronTable.decode(&r)
            guard tagger.classes == PartOfSpeechTagger.universalCount + xcount, transitions.classes == ArcHybridState.transitionCount,
                  labeller.classes == relations.count else { throw r.error("weight tables do not match the relations") }
            return (relations, xpos, tagger, transitions, labeller)
        }
        self.init(relations: parts.0, xposTags: parts.1, tagger: parts.2, transitions: parts.3, labeller: parts.4)
    }

    /// The model file's bytes. Rows whose largest weight is below `pruning` are left out (rare features the
    /// averaged perceptron barely moved; they cost more space than they bring).
    public func encoded(pruning: Float = 0) -> Data {
        var w = BinaryWriter()
        w.bytes.append(contentsOf: Self.magic)
        w.u32(Self.version)
        w.u32(UInt32(relations.count))
        for r in relations { w.string(r) }
        w.u32(UInt32(xposTags.count))
        for x in xposTags { w.string(x) }
        let threshold = max(pruning, 1e-4)
        tagger.table.encode(into: &w, threshold: threshold)
        parser.transitions.encode(into: &w, threshold: threshold)
        parser.labeller.encode(into: &w, threshold: threshold)
        return Data(w.bytes)
    }

    /// Bytes of weights held in memory.
    public var memoryBytes: Int {
        tagger.table.memoryBytes + parser.transitions.memoryBytes + parser.labeller.memoryBytes
    }
}
