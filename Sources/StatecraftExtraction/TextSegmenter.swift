/// The coder's sentence splitting and tokenisation for other consumers (the parser): text in,
/// sentences of word strings out, split exactly as `EventExtractor` splits them.
public struct TextSegmenter: Sendable {
    /// One sentence: its words and its text as written.
    public struct Sentence: Sendable {
        public var words: [String]
        public var text: String
    }

    private let vocabulary: Vocabulary
    private let splitter: SentenceSplitter

    public init() {
        var vocab = Vocabulary()
        for w in ["'", "s", "'s"] { _ = vocab.intern(w) }
        splitter = SentenceSplitter(vocabulary: &vocab)
        vocabulary = vocab
    }

    /// The sentences of `text`, every line kept (unlike articles, whose repeated lines and markup the coder drops).
    public func sentences(_ text: String) -> [Sentence] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        let tokenizer = Tokenizer(vocabulary: vocabulary)
        bytes.withUnsafeBufferPointer { tokenizer.tokenize($0, into: &tokens) }
        var out: [Sentence] = []
        tokens.withUnsafeBufferPointer { t in
            for range in splitter.split(t).ranges {
                let words = range.map { String(decoding: bytes[Int(t[$0].start)..<Int(t[$0].end)], as: UTF8.self) }
                let text = String(decoding: bytes[Int(t[range.lowerBound].start)..<Int(t[range.upperBound - 1].end)], as: UTF8.self)
                out.append(Sentence(words: words, text: text.split(whereSeparator: \.isNewline).joined(separator: " ")))
            }
        }
        return out
    }
}
