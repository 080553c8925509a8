/// The 17 universal part-of-speech tags of Universal Dependencies v2, in a fixed order
/// (the tagger's class numbers).
public enum UPOS: UInt8, CaseIterable, Sendable {
    case ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X

    /// The tag as written in CoNLL-U.
    public var name: String { Self.names[Int(rawValue)] }

    static let names = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
                        "PUNCT", "SCONJ", "SYM", "VERB", "X"]

    /// The tag named `name`, or nil.
    public init?(name: String) {
        guard let i = Self.names.firstIndex(of: name) else { return nil }
        self.init(rawValue: UInt8(i))
    }
}

/// Dependency relation names: the universal relation before any `:subtype`.
public enum DependencyRelation {
    /// `nsubj:pass` → `nsubj`; the part CoNLL 2018's LAS compares.
    public static func universal<S: StringProtocol>(_ label: S) -> Substring {
        let s = Substring(label)
        if let colon = s.firstIndex(of: ":") { return s[..<colon] }
        return s
    }
}
