import Foundation
import StatecraftCore

/// The JSON form of a lexicon file: `{"about"?, "entries": [{"phrases": [...], "kind"?, "plover"?, "pos",
/// "role", "control"?, "frame"?, "generated"?, "cameo"?, "note"?}], "exclude"?: [phrase], "cues"?: {"possible"|"alleged"|
/// "intended"|"negation"|"conditional": [phrase]}}`.
struct LexiconFile: Decodable {
    struct EntryGroup: Decodable {
        let phrases: [String]
        let kind: String?
        let plover: String?
        let pos: String
        let role: String
        let control: String?
        /// Argument-frame rules of this entry's own (`ArgumentFrame` syntax), tried before the bundled rules.
        let frame: [String]?
        /// Marks entries generated from another dictionary, coded under the strict frame (both parties named,
        /// the target right after the phrase) in a second reading after the curated triggers.
        let generated: Bool?
        /// A curated entry under the same strict frame ("join+": only "joined NATO", never "joined the talks").
        let strict: Bool?
        /// Where the entry came from (CAMEO code, verb group), for the reader only.
        let cameo: String?
        let note: String?

        /// The specs of this group's phrases, or an error naming the entry.
        func specs(file: String, index: Int) throws -> [TriggerSpec] {
            let name = "entries[\(index)]" + (phrases.first.map { " (\"\($0)\")" } ?? "")
            func fail(_ problem: String) -> DataFileError { DataFileError(file: file, entry: name, problem: problem) }
            guard !phrases.isEmpty else { throw fail("no phrases") }
            var relation: RelationKind?
            if let kind {
                guard let k = RelationKind(rawValue: kind) else {
                    throw fail("unknown kind '\(kind)' (one of \(RelationKind.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                relation = k
            }
            var category: PLOVERCategory?
            if let plover {
                guard let p = PLOVERCategory(rawValue: plover) else { throw fail("unknown PLOVER category '\(plover)'") }
                category = p
            }
            guard let partOfSpeech = TriggerPOS(rawValue: pos) else { throw fail("pos must be verb or noun, not '\(pos)'") }
            let triggerRole: TriggerRole
            switch role {
            case "event": triggerRole = .event
            case "host": triggerRole = .host
            case "transfer": triggerRole = .transfer
            case "evaluative": triggerRole = .evaluative
            case "speech": triggerRole = .speech
            case "must": triggerRole = .must
            case "control":
                guard let control, let c = Control(rawValue: control) else {
                    throw fail("role control needs control: one of \(Control.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                triggerRole = .control(c)
            default:
                throw fail("unknown role '\(role)' (event, host, transfer, evaluative, speech, must, control)")
            }
            if triggerRole == .event || triggerRole == .host || triggerRole == .evaluative, relation == nil {
                throw fail("role \(role) needs a kind")
            }
            var frameText: String?
            if let frame {
                let text = frame.joined(separator: "\n")
                do {
                    let rules = try ArgumentFrame.parse(text)
                    if rules.isEmpty { throw fail("frame has no rules") }
                    if rules.contains(where: { $0.role == .trigger }) { throw fail("frame rules are source or target rules") }
                } catch let e as ArgumentFrameError { throw fail("frame: \(e.description)") }
                frameText = text
            }
            return try phrases.map { p in
                let phrase = p.trimmingCharacters(in: .whitespaces)
                guard TriggerLexicon.isValidPhrase(phrase) else {
                    throw DataFileError(file: file, entry: "entries[\(index)] (\"\(p)\")", problem: "not a valid phrase")
                }
                return TriggerSpec(kind: relation, plover: category, pos: partOfSpeech, role: triggerRole, phrase: phrase,
                                   generated: generated ?? strict ?? false, frame: frameText)
            }
        }
    }

    let entries: [EntryGroup]
    let exclude: [String]?
    /// Modal cue phrases by the modality they signal ("could", "accused of", "pledged", "not", "if").
    let cues: [String: [String]]?

    /// The cue phrases with their cue, or an error naming the first bad class or phrase.
    func modalCues(file: String) throws -> [(phrase: String, cue: ModalCue)] {
        var out: [(phrase: String, cue: ModalCue)] = []
        for (name, phrases) in (cues ?? [:]).sorted(by: { $0.key < $1.key }) {
            guard let cue = ModalCue(rawValue: name) else {
                throw DataFileError(file: file, entry: "cues.\(name)",
                                    problem: "unknown cue class (one of \(ModalCue.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            for p in phrases {
                let phrase = p.trimmingCharacters(in: .whitespaces)
                guard TriggerLexicon.isValidPhrase(phrase), !phrase.contains("+"), !phrase.contains("*") else {
                    throw DataFileError(file: file, entry: "cues.\(name) (\"\(p)\")", problem: "not a valid cue phrase (plain words only)")
                }
                out.append((phrase, cue))
            }
        }
        return out
    }
}
