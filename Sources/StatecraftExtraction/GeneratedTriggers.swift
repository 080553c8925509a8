/// The generated trigger phrases (PETRARCH2's verb dictionary) in a trie over a vocabulary of their own.
/// A sentence's tokens are looked up by the hash of their lower-cased bytes, only in sentences that
/// name two actors, so the main vocabulary (and every rule that asks whether a word is known) is untouched.
/// Determiners are one word to this trie: "impose+ the sanctions" also reads "imposed new sanctions".
struct GeneratedTriggers: Sendable {
    private(set) var vocabulary = Vocabulary()
    private(set) var trie = PhraseTrie<TriggerSpec>()
    private(set) var isEmpty = true
    /// Word hashes of the determiners, all read as "the".
    private var determinerHashes: Set<UInt64> = []
    private var theID: Int32 = -1

    /// Words that stand for any of them in a generated phrase.
    static let determiners: Set<String> = ["a", "an", "the", "its", "their", "his", "her", "new", "fresh", "further", "more"]

    init() {
        theID = vocabulary.intern("the")
        determinerHashes = Set(Self.determiners.map { Vocabulary.hash($0.utf8) })
    }

    mutating func insert(_ keys: [String], _ spec: TriggerSpec) {
        trie.insert(keys.map { Self.determiners.contains($0) ? theID : vocabulary.intern($0) }, spec)
        isEmpty = false
    }

    /// The generated-vocabulary id of each token in `range` (-1 for words no generated phrase has).
    func ids(_ t: UnsafeBufferPointer<Token>, bytes: [UInt8], range: Range<Int>) -> [Int32] {
        var out = [Int32](repeating: -1, count: range.count)
        var key: [UInt8] = []
        for i in range where t[i].flags.contains(.word) && !t[i].flags.contains(.nonASCII) && !t[i].flags.contains(.digit) {
            key.removeAll(keepingCapacity: true)
            for b in bytes[Int(t[i].start)..<Int(t[i].end)] { key.append(b >= 65 && b <= 90 ? b + 32 : b) }
            let h = Vocabulary.hash(key)
            out[i - range.lowerBound] = determinerHashes.contains(h) ? theID : vocabulary.id(hash: h)
        }
        return out
    }
}
