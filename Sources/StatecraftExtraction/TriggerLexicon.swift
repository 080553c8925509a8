import Foundation
import StatecraftCore

/// What a trigger phrase does in a sentence.
enum TriggerRole: Sendable, Hashable {
    /// States an event of its kind between the subject and the object.
    case event
    /// Host verbs ("greeted", "hosted"): the object is the visitor, the subject the host.
    case host
    /// A transfer verb ("send", "provide"): the kind comes from what is transferred (weapons → armsSupply, else aid).
    case transfer
    /// A judgment ("grave concern", "a mistake"): criticism by the speaker of the actor the judgment is about.
    case evaluative
    /// A verb of saying: gives the speaker of evaluations and of "must".
    case speech
    /// "must"/"should" in reported speech: a demand by the speaker on the subject of the modal.
    case must
    /// A verb that takes a clause or "to"-infinitive and colours the event in it.
    case control(Control)
}

/// How a controlling verb colours the event it governs.
enum Control: String, Sendable, Hashable, CaseIterable {
    /// pledged/agreed/offered/vowed/plans to: the governed event is intended; alone, an intent to cooperate.
    case intend
    /// threatened to: a threat (or, for a friendly act, an intended one).
    case threaten
    /// refused to: a rejection.
    case refuse
    /// accused X of: an accusation and the alleged act.
    case accuse
    /// warned X (not) to: a warning; the governed act is not coded.
    case warn
    /// urged/called on/asked X to: a demand; the governed act is not coded.
    case urge
    /// prepared to + hostile act: mobilisation.
    case prepare
    /// damaged/undermined + a friendly act ("damaged cooperation between X and Y"): that act is not stated.
    case harm
}

/// A modal cue class: words before a trigger that say how firmly its event is stated (`cues` in a lexicon file).
public enum ModalCue: String, Sendable, Hashable, CaseIterable {
    /// "could", "may", "considering", "does not rule out": a possible event.
    case possible
    /// "allegedly", "reportedly", "accused of": an alleged event.
    case alleged
    /// "will", "plans", "pledged", "set to": an intended event.
    case intended
    /// "not", "never", "denied", "refused to": a denied event.
    case negation
    /// "if", "unless", "in case": a hypothetical event.
    case conditional
}

extension EventExtractor.Cue {
    init(_ cue: ModalCue) {
        switch cue {
        case .possible: self = .possible
        case .alleged: self = .alleged
        case .intended: self = .intended
        case .negation: self = .negation
        case .conditional: self = .conditional
        }
    }
}

/// Whether the trigger word is a verb (voice, subject/object) or a noun (possessor, "between", "of").
enum TriggerPOS: String, Sendable { case verb, noun }

/// One trigger phrase's meaning.
struct TriggerSpec: Sendable, Hashable {
    let kind: RelationKind?
    /// PLOVER category when the trigger decides it (else the ontology's default for the kind).
    let plover: PLOVERCategory?
    let pos: TriggerPOS
    let role: TriggerRole
    /// The phrase as written in the lexicon (for trigger text).
    let phrase: String
    /// Whether the phrase comes from the generated lexicon (PETRARCH2's verb dictionary), whose
    /// verbs are coded only between two named actors with the object right after the phrase.
    var generated = false
    /// The entry's own argument-frame rules (`ArgumentFrame` syntax, one rule a line), tried before the bundled ones.
    var frame: String? = nil
}

/// The trigger lexicon: phrases for the twenty relation kinds, verbs of saying and controlling verbs,
/// read from data files (`Data/lexicon.json`, the hand-curated lexicon; `Data/lexicon-petrarch.json`,
/// generated from PETRARCH2's CAMEO verb dictionary by `Scripts/generate_lexicon.py`) and from the
/// user's `--lexicon` files. Compiled at load into a ``PhraseTrie`` over word ids.
///
/// Syntax of a phrase: words separated by spaces; `word+` expands to its verb forms
/// (`sign+` → sign, signs, signed, signing; irregular forms after `|`: `send+|sent`);
/// `word*` to singular and plural.
///
/// Layers: every file is a layer, later layers above earlier ones. Where several layers have a
/// phrase (the same words once expanded), only the highest layer's entries for it count; a
/// layer's `exclude` list removes phrases from the layers below it.
public struct TriggerLexicon: Sendable {
    /// One trigger entry: a phrase and its meaning.
    struct Entry: Sendable {
        let spec: TriggerSpec
        let layer: Int
    }

    private(set) var entries: [Entry] = []
    /// (phrase, layer) pairs: the phrase is removed from every layer below.
    private(set) var exclusions: [(phrase: String, layer: Int)] = []
    /// Modal cue phrases of every layer (layers add cues; none removes them).
    public private(set) var cues: [(phrase: String, cue: ModalCue)] = []
    private var layerCount = 0

    /// An empty lexicon.
    public init() {}

    /// A lexicon from one file.
    public init(contentsOf url: URL) throws {
        try add(contentsOf: url)
    }

    /// Adds a file as a new layer above the ones already read. Errors name the file and the entry.
    public mutating func add(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DataFileError(file: url.path, entry: nil, problem: "cannot be read")
        }
        try add(data: data, file: url.path)
    }

    /// Adds a lexicon in the file format (JSON) as a new layer; `file` names it in errors.
    public mutating func add(data: Data, file: String) throws {
        let decoded: LexiconFile
        do { decoded = try JSONDecoder().decode(LexiconFile.self, from: data) } catch {
            throw DataFileError(file: file, entry: DataFileError.entry(of: error), problem: DataFileError.describe(error))
        }
        let layer = layerCount
        layerCount += 1
        for (n, e) in decoded.entries.enumerated() {
            let specs = try e.specs(file: file, index: n)
            entries += specs.map { Entry(spec: $0, layer: layer) }
        }
        for p in decoded.exclude ?? [] {
            guard Self.isValidPhrase(p) else {
                throw DataFileError(file: file, entry: "exclude \"\(p)\"", problem: "not a valid phrase")
            }
            exclusions.append((p, layer))
        }
        cues += try decoded.modalCues(file: file)
    }

    /// Number of phrases (before expansion into word forms).
    public var phraseCount: Int { entries.count }

    /// Phrases per layer, lowest layer first.
    public var layerSizes: [Int] {
        var sizes = Array(repeating: 0, count: layerCount)
        for e in entries { sizes[e.layer] += 1 }
        return sizes
    }

    /// The bundled lexicon: the generated layer below the hand-curated one.
    public static func bundled(generated: URL, curated: URL) throws -> TriggerLexicon {
        var lexicon = TriggerLexicon()
        try lexicon.add(contentsOf: generated)
        try lexicon.add(contentsOf: curated)
        return lexicon
    }

    /// The tries of every concrete word sequence, with the entries of its highest layer, in file order:
    /// curated phrases over the text's word ids, generated phrases over their own vocabulary (so that
    /// the thousands of generated words do not change which words the coder's rules count as known).
    func compile(into vocab: inout Vocabulary) -> (curated: PhraseTrie<TriggerSpec>, generated: GeneratedTriggers) {
        var memo: [String: [String]] = [:]
        func keys(_ words: [String]) -> [String] {
            var out: [String] = []
            for w in words {
                if let k = memo[w] { out += k; continue }
                let k = Tokenizer.keys(w).map(\.key)
                memo[w] = k
                out += k
            }
            return out
        }
        var expanded: [(spec: TriggerSpec, layer: Int, keys: [String])] = []
        var top: [[String]: Int] = [:]
        for e in entries {
            for words in Self.expand(e.spec.phrase) {
                let k = keys(words)
                expanded.append((e.spec, e.layer, k))
                top[k] = max(top[k] ?? -1, e.layer)
            }
        }
        var excludedBelow: [[String]: Int] = [:]
        for x in exclusions {
            for words in Self.expand(x.phrase) {
                let k = keys(words)
                excludedBelow[k] = max(excludedBelow[k] ?? -1, x.layer)
            }
        }
        // A generated phrase that extends a curated phrase ("impose+ sanctions on" after the curated
        // "impose+ sanctions") would shadow that reading in the longest match: the curated reading stands.
        var curatedKeys = Set<[String]>()
        for x in expanded where !x.spec.generated { curatedKeys.insert(x.keys) }
        func extendsCurated(_ k: [String]) -> Bool {
            (1..<max(1, k.count)).contains { curatedKeys.contains(Array(k[0..<$0])) }
        }
        var curated = PhraseTrie<TriggerSpec>()
        var generated = GeneratedTriggers()
        for x in expanded {
            guard top[x.keys] == x.layer, (excludedBelow[x.keys] ?? -1) <= x.layer else { continue }
            if x.spec.generated {
                if curatedKeys.contains(x.keys) || extendsCurated(x.keys) { continue }
                generated.insert(x.keys, x.spec)
            } else {
                curated.insert(x.keys.map { vocab.intern($0) }, x.spec)
            }
        }
        return (curated, generated)
    }

    /// Whether a phrase has words and only the `+`/`*`/`|` syntax the expander reads.
    static func isValidPhrase(_ p: String) -> Bool {
        let parts = p.split(separator: " ")
        guard !parts.isEmpty else { return false }
        for part in parts {
            if part.hasPrefix("+") || part.hasPrefix("|") || part.hasPrefix("*") || part.hasSuffix("|") { return false }
            if part.contains("*"), !part.hasSuffix("*") || part.dropLast().contains("*") { return false }
            if part.filter({ $0 == "+" }).count > 1 { return false }
            if part.contains("|"), part.split(separator: "|").contains(where: { $0.isEmpty }) { return false }
        }
        return true
    }
}
