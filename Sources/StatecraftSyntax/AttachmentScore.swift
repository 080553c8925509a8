/// Tagging and attachment scores of predicted trees against gold ones on the same words, as
/// the CoNLL 2018 shared task defines them on gold tokenisation: every word counts
/// (punctuation included); UAS counts correct heads, LAS correct heads with the correct
/// universal relation (subtypes ignored: `nsubj:pass` = `nsubj`); UPOS counts correct tags.
public struct AttachmentScore: Sendable, Equatable {
    public private(set) var words = 0
    public private(set) var correctTags = 0
    public private(set) var correctHeads = 0
    public private(set) var correctLabelledHeads = 0

    public init() {}

    public var upos: Double { words == 0 ? 0 : Double(correctTags) / Double(words) }
    public var uas: Double { words == 0 ? 0 : Double(correctHeads) / Double(words) }
    public var las: Double { words == 0 ? 0 : Double(correctLabelledHeads) / Double(words) }

    /// Adds one sentence; `predicted` must have the same words as `gold`.
    public mutating func add(gold: DependencySentence, predicted: DependencySentence) {
        precondition(gold.count == predicted.count, "predicted sentence has other words than the gold one")
        for i in 0..<gold.count {
            words += 1
            if gold.tags[i] == predicted.tags[i] { correctTags += 1 }
            if gold.heads[i] == predicted.heads[i] {
                correctHeads += 1
                if DependencyRelation.universal(gold.relations[i]) == DependencyRelation.universal(predicted.relations[i]) {
                    correctLabelledHeads += 1
                }
            }
        }
    }

    /// `UAS 0.8812  LAS 0.8534  UPOS 0.9561  (25,096 words)`.
    public var summary: String {
        "UAS \(Self.fixed(uas))  LAS \(Self.fixed(las))  UPOS \(Self.fixed(upos))  (\(words) words)"
    }

    static func fixed(_ x: Double) -> String {
        let v = Int((x * 10000).rounded())
        let s = String(v % 10000)
        return "\(v / 10000)." + String(repeating: "0", count: 4 - s.count) + s
    }
}

extension SyntaxAnalyzer {
    /// Scores the analyzer on gold sentences (their words in, their annotation as the truth).
    public func score(_ gold: [DependencySentence]) -> AttachmentScore {
        var score = AttachmentScore()
        for g in gold {
            var p = g
            annotate(&p)
            score.add(gold: g, predicted: p)
        }
        return score
    }
}
