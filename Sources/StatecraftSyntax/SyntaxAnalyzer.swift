/// Tags and parses sentences with a `SyntaxModel`, reusing its buffers from one sentence to
/// the next (no allocation per sentence once they have grown to the longest sentence).
///
/// One analyzer per thread; the model is shared. Either call `analyze(_:)` with the words, or,
/// from a tokenizer that has the bytes at hand, `reset()`, `append(word:)` for each word and `run()`,
/// then read `tag(_:)`, `head(_:)` and `relation(_:)` for words 0..<count.
public final class SyntaxAnalyzer: @unchecked Sendable {
    public let model: SyntaxModel
    private var capacity = 0
    /// Words 0..<count.
    public private(set) var count = 0
    private var shapes: UnsafeMutablePointer<WordShape>       // node-indexed: 0 = root
    private var norms: UnsafeMutablePointer<UInt64>
    private var nodeTags: UnsafeMutablePointer<UInt64>
    private var tags: UnsafeMutablePointer<UInt8>             // word-indexed
    private var xtags: UnsafeMutablePointer<UInt8>
    private var heads: [Int32] = []
    private var relationIDs: [Int32] = []
    private let tagRows = UnsafeMutablePointer<Int>.allocate(capacity: PartOfSpeechTagger.maxFeatures)
    private let tagScores: UnsafeMutablePointer<Float>
    private let workspace = DependencyParser.Workspace()
    private static let rootShape: WordShape = {
        var w = WordShape(); w.form = 0x524F_4F54; w.norm = 0x524F_4F54; w.shape = 0x524F_4F54; w.flags = 64
        return w
    }()

    public init(model: SyntaxModel) {
        self.model = model
        tagScores = .allocate(capacity: model.tagger.classes)
        shapes = .allocate(capacity: 1); norms = .allocate(capacity: 1); nodeTags = .allocate(capacity: 1)
        tags = .allocate(capacity: 1); xtags = .allocate(capacity: 1)
        grow(64)
    }

    deinit {
        shapes.deallocate(); norms.deallocate(); nodeTags.deallocate(); tags.deallocate(); xtags.deallocate()
        tagRows.deallocate(); tagScores.deallocate()
    }

    private func grow(_ words: Int) {
        let newCapacity = max(words, capacity * 2)
        let s = UnsafeMutablePointer<WordShape>.allocate(capacity: newCapacity + 1)
        s.initialize(repeating: WordShape(), count: newCapacity + 1)
        s.update(from: shapes, count: capacity == 0 ? 0 : count + 1)
        shapes.deallocate(); shapes = s
        norms.deallocate(); norms = .allocate(capacity: newCapacity + 1)
        nodeTags.deallocate(); nodeTags = .allocate(capacity: newCapacity + 1)
        tags.deallocate(); tags = .allocate(capacity: newCapacity + 1)
        xtags.deallocate(); xtags = .allocate(capacity: newCapacity + 1)
        capacity = newCapacity
        shapes[0] = Self.rootShape
    }

    /// Starts a new sentence.
    public func reset() { count = 0 }

    /// Appends a word given by its UTF-8 bytes.
    public func append(word bytes: UnsafeBufferPointer<UInt8>) { append(shape: WordShape(bytes)) }

    /// Appends a word whose spelling features are already computed.
    public func append(shape: WordShape) {
        if count + 1 > capacity { grow(count + 1) }
        count += 1
        shapes[count] = shape
    }

    /// Tags and parses the words appended since `reset()`.
    public func run() {
        let n = count
        heads.removeAll(keepingCapacity: true)
        relationIDs.removeAll(keepingCapacity: true)
        guard n > 0 else { return }
        model.tagger.tag(shapes + 1, n, upos: tags, xpos: xtags, rows: tagRows, scores: tagScores)
        norms[0] = shapes[0].norm
        nodeTags[0] = DependencyParser.rootTag
        for i in 1...n { norms[i] = shapes[i].norm; nodeTags[i] = DependencyParser.tagBase &+ UInt64(xtags[i - 1]) }
        let nodes = DependencyParser.Nodes(norm: norms, tag: nodeTags, shape: shapes)
        model.parser.parse(nodes, n, workspace)
        let s = workspace.state
        var lifted = false
        for i in 1...n {
            heads.append(s.heads[i])
            let r = s.labels[i]
            relationIDs.append(r)
            if model.isLifted[Int(r)] { lifted = true }
        }
        if lifted { lower() }
    }

    /// Lowers words attached by a lifted relation to the head the relation names.
    private func lower() {
        var h = heads
        var r = relationIDs.map { model.relations[Int($0)] }
        PseudoProjective.deprojectivize(heads: &h, relations: &r)
        heads = h
        for i in 0..<relationIDs.count where model.isLifted[Int(relationIDs[i])] {
            relationIDs[i] = model.baseRelation[Int(relationIDs[i])]
        }
    }

    /// The tag of word `i` (0-based).
    public func tag(_ i: Int) -> UPOS { UPOS(rawValue: tags[i])! }
    /// The XPOS tag of word `i` (0-based), "_" when the model has none.
    public func xpos(_ i: Int) -> String { model.xposTags.isEmpty ? "_" : model.xposTags[Int(xtags[i])] }
    /// The head of word `i` (0-based): 1-based, 0 for the root.
    public func head(_ i: Int) -> Int { Int(heads[i]) }
    /// The relation id of word `i` (an index into `model.relations`).
    public func relationID(_ i: Int) -> Int { Int(relationIDs[i]) }
    /// The relation of word `i` (`nsubj`, `obl:tmod`).
    public func relation(_ i: Int) -> String {
        let r = model.relations[Int(relationIDs[i])]
        if let bar = r.firstIndex(of: PseudoProjective.separator) { return String(r[..<bar]) }
        return r
    }

    /// Tags and parses one sentence of words.
    public func analyze<S: StringProtocol>(_ words: [S]) {
        reset()
        for w in words { append(shape: WordShape(word: w)) }
        run()
    }

    /// Fills the tags, heads and relations of `sentence` (its words are kept).
    public func annotate(_ sentence: inout DependencySentence) {
        analyze(sentence.words)
        for i in 0..<sentence.count {
            sentence.tags[i] = tag(i)
            sentence.xtags[i] = xpos(i)
            sentence.heads[i] = Int32(head(i))
            sentence.relations[i] = relation(i)
        }
    }
}
