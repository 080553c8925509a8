/// Integer ids for the words the lexicons know: every token of the text is looked up
/// once by a 64-bit hash of its lower-cased bytes, and all matching after that is on `Int32`s.
public struct Vocabulary: Sendable {
    private var ids = IntTable(capacity: 4096)
    private(set) var words: [String] = []

    public init() {}

    /// FNV-1a over bytes already lower-cased and normalised by the tokenizer.
    @inline(__always)
    static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return h
    }

    /// The id of a normalised word, adding it when new.
    mutating func intern(_ word: String) -> Int32 {
        let h = Self.hash(word.utf8)
        if let id = ids[h] { return id }
        let id = Int32(words.count)
        ids.set(h, id)
        words.append(word)
        return id
    }

    /// The id of a word hash, or -1 when the lexicons do not know it.
    @inline(__always)
    func id(hash: UInt64) -> Int32 { ids[hash] ?? -1 }

    /// The id of a normalised word, or -1.
    func id(_ word: String) -> Int32 { ids[Self.hash(word.utf8)] ?? -1 }

    func word(_ id: Int32) -> String { id >= 0 && Int(id) < words.count ? words[Int(id)] : "?" }
}
