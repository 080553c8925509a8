import Foundation
import StatecraftCore

/// Where a trigger's source and target sit in a dependency tree, as data: each rule names a role,
/// a path through the tree from the trigger's head word, and the conditions under which it applies.
/// `SyntacticRoles` interprets the rules; nothing about a particular trigger is written in code.
///
/// A rule line is `role  path  condition…` (words separated by spaces; `#` starts a comment):
/// - role: `source` or `target`; or `trigger`, whose "path" is a comma-separated list of the relations by which a
///   trigger (of the part of speech its `pos=` names) must hang in the tree for the stage to code it at all: a
///   nominal trigger inside another event's oblique ("defended Iraq against Western criticism") is background.
/// - path: steps separated by `/`, walked from the trigger's head word. `rel` steps down to the
///   dependents attached by relation `rel`; `^rel` steps up to the head when the word is attached by `rel`.
///   Relations are Universal Dependencies names (`nsubj`, `obl:agent`, `nmod:poss`).
/// - conditions: `voice=active|passive` (of the trigger word: passive when it has an `aux:pass`,
///   `nsubj:pass` or `obl:agent` dependent, or a `by` oblique under a reduced relative), `pos=verb|noun`
///   (the trigger's part of speech in the lexicon), `case=w1,w2` (the word reached has a `case` dependent
///   among these words), `kind=k1,k2` (the trigger's relation kind), `relative=subject|object` (the trigger
///   heads a relative clause whose relative pronoun is its subject, or whose object is the relativised noun),
///   `role=r1,r2` (what the trigger does in the lexicon: `event`, `host`, `transfer`, or a control such as `intend`,
///   `threaten`, `refuse`, `accuse`, `warn`, `urge`, `prepare`, `harm`), `modifier=any` (the word reached may name
///   its actor through a demonym or name modifying a thing: "tariffs on Australian wine", "a ban on Japanese seafood";
///   without it only an organ or officer of an actor does: "the Russian military"), `mark=w1,w2` (the trigger's
///   subordinating word is one of these, `none` for none: "after meeting", "to attack", not "because of fighting").
///
/// A lexicon entry may carry its own rules (`"frame": ["target obl case=from", …]`, same syntax): they are tried
/// before the bundled ones for that entry's phrases, so a trigger whose arguments sit elsewhere needs no code.
///
/// A nominal trigger that hangs outside the relations its `trigger` rule lists (an oblique or a modifier: "in
/// response to strikes by the US and UK on the Houthis") is coded only when both its source and its target are
/// its own dependents (rules whose path is one step down); otherwise it is background and yields nothing.
///
/// For each role the rules are tried in order and the first that reaches an actor wins. The word reached
/// names an actor when it lies inside an actor mention, or through a modifier of it (`compound`, `amod`,
/// `nmod:poss`, `flat`: "Russian drone", "China's coast guard"; `nmod` with `of` under a person or agent
/// noun: "the foreign ministers of India and Pakistan"); `conj` dependents add their actors ("X and Y").
enum ArgumentFrame {
    /// The bundled rules.
    static let rules = """
    # Nominal triggers code an event of their own only as the clause's root, subject, object or a conjunct of these.
    trigger root,obj,nsubj,nsubj:pass,conj,parataxis,ccomp,xcomp,appos,dep,list  pos=noun
    # Subject and passive agent.
    source  nsubj                  voice=active
    source  obl:agent
    source  obl                    voice=passive case=by
    source  nmod:agent             pos=noun
    # A nominal trigger: its possessor or modifier ("Putin's visit", "Russian invasion", "US sanctions"),
    # the giver after "from" ("aid from China"), the agent after "by" ("an attack by Israel").
    source  nmod:poss              pos=noun
    source  amod                   pos=noun
    source  compound               pos=noun
    source  nmod                   pos=noun case=by
    source  nmod                   pos=noun case=from kind=aid,support,armsSupply
    # A verb coordinated with one that has the subject ("X met and warned Y").
    source  ^conj/nsubj            voice=active
    # Control: the controller of a "to"-infinitive is its subject ("X vowed to attack Y", "X agreed to visit Y").
    source  ^xcomp/nsubj
    source  ^xcomp/^conj/nsubj
    # Light verbs with a nominal trigger as object ("X held talks with Y", "X imposed sanctions on Y",
    # "X made a visit to Y", "X ordered the expulsion of Y's envoy"), also under control ("X agreed to hold talks").
    source  ^obj/nsubj             pos=noun
    source  ^obj/^xcomp/nsubj      pos=noun
    source  ^obj/^conj/nsubj       pos=noun
    source  ^obj/obl:agent         pos=noun
    # Relative clauses: the head noun is the subject ("X, which attacked Y").
    source  ^acl:relcl             voice=active relative=subject
    # A participial adjunct without a subject of its own takes the main clause's ("Addressing parliament, X
    # condemned Y", "After meeting Y, X said"; an infinitive of purpose: "X sent troops to attack Y").
    source  ^advcl/nsubj           voice=active mark=none,after,before,while,when,upon,on,by,in,to
    # A subject the parser hung on the auxiliary instead of the verb ("X and Y have both blamed …").
    source  aux/nsubj              voice=active
    # Object, indirect object and passive subject.
    target  obj                    voice=active
    target  iobj
    target  nsubj:pass
    target  nsubj                  voice=passive
    # Prepositional obliques of the verb, and of a nominal trigger. "at" and "on" name a target only for acts
    # aimed at something ("fired at Y", "sanctions on Y"); elsewhere they name a place or a topic ("talks on Ukraine").
    target  obl                    case=to,with,against,upon,into,toward,towards
    target  obl                    case=at,on kind=attack,coercion,sanctions,demand,threat,warning,mobilization
    target  nmod                   pos=noun case=to,with,against,upon,into,toward,towards
    target  nmod                   pos=noun case=at,on kind=attack,coercion,sanctions,demand,threat,warning,mobilization
    target  nmod                   pos=noun case=of kind=attack,coercion,sanctions,criticism,investigation,mobilization
    # Goods and firms a measure falls on stand for their country ("tariffs on Australian wine", "a ban on EU pork").
    target  nmod                   pos=noun case=on,against kind=sanctions modifier=any
    target  obl                    case=on,against kind=sanctions modifier=any
    target  ^obj/obl               pos=noun case=on,against kind=sanctions modifier=any
    # Light verbs: the oblique or indirect object sits on the verb ("imposed sanctions on Y", "gave Y support").
    target  ^obj/obl               pos=noun case=to,with,against,upon,into,toward,towards
    target  ^obj/obl               pos=noun case=at,on kind=attack,coercion,sanctions,demand,threat,warning,mobilization
    target  ^obj/iobj              pos=noun
    # Relative clauses: the head noun is the object ("the ships that X attacked", "Y, which was attacked by X").
    target  ^acl:relcl             voice=active relative=object
    target  ^acl:relcl             voice=passive
    # A reduced passive relative ("the ship attacked by X").
    target  ^acl                   voice=passive
    # A passive participial adjunct: its patient is the main clause's subject ("Backed by X, Y seized …").
    target  ^advcl/nsubj           voice=passive mark=none,after,when,once
    # Coordinated verbs share the object that hangs on the first ("X attacked and seized Y").
    target  ^conj/obj              voice=active pos=verb
    """

    /// Which role a rule fills.
    enum Role: Sendable { case source, target, trigger }

    /// One step of a path.
    struct Step: Sendable {
        /// Up to the head (true) or down to dependents (false).
        var up: Bool
        /// The relation name.
        var relation: String
    }

    /// One rule, as read from its line.
    struct Rule: Sendable {
        var role: Role
        var steps: [Step]
        var voice: Voice?
        var pos: TriggerPOS?
        var caseWords: [String] = []
        var kinds: Set<RelationKind>?
        var relative: Relative?
        /// The trigger roles the rule holds for (nil: all).
        var triggerRoles: Set<String>?
        /// `modifier=any`: the word reached names its actor through any modifier, also of a thing.
        var anyModifier = false
        /// `mark=w1,w2`: the trigger's subordinating word (`mark` dependent) is one of these; `none` allows none.
        var marks: [String]?
        /// The line, for messages and for tests that print the table.
        var line: String
    }

    enum Voice: Sendable { case active, passive }
    enum Relative: Sendable { case subject, object }

    /// The names `role=` accepts.
    static let roleNames: Set<String> = Set(["event", "host", "transfer", "evaluative", "speech", "must"] + Control.allCases.map(\.rawValue))

    /// The name of a trigger role as `role=` writes it.
    static func roleName(_ r: TriggerRole) -> String {
        switch r {
        case .event: return "event"
        case .host: return "host"
        case .transfer: return "transfer"
        case .evaluative: return "evaluative"
        case .speech: return "speech"
        case .must: return "must"
        case .control(let c): return c.rawValue
        }
    }

    /// Reads rule lines; a malformed line is an error naming it.
    static func parse(_ text: String) throws -> [Rule] {
        var out: [Rule] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard !fields.isEmpty else { continue }
            func fail(_ why: String) -> ArgumentFrameError { ArgumentFrameError("argument frame line \(n + 1) (\(raw.trimmingCharacters(in: [" "]))): \(why)") }
            guard fields.count >= 2 else { throw fail("needs a role and a path") }
            let role: Role
            switch fields[0] {
            case "source": role = .source
            case "target": role = .target
            case "trigger": role = .trigger
            default: throw fail("role must be source or target")
            }
            var steps: [Step] = []
            for s in fields[1].split(separator: role == .trigger ? "," : "/") {
                let up = s.hasPrefix("^")
                let rel = String(up ? s.dropFirst() : s[...])
                guard !rel.isEmpty, rel.allSatisfy({ $0.isLetter || $0 == ":" || $0 == "_" }) else { throw fail("bad step '\(s)'") }
                steps.append(Step(up: up, relation: rel))
            }
            var rule = Rule(role: role, steps: steps, line: line.trimmingCharacters(in: [" "]))
            for c in fields.dropFirst(2) {
                let kv = c.split(separator: "=", maxSplits: 1).map(String.init)
                guard kv.count == 2, !kv[1].isEmpty else { throw fail("condition '\(c)' is not key=value") }
                let values = kv[1].split(separator: ",").map(String.init)
                switch kv[0] {
                case "voice":
                    guard let v = ["active": Voice.active, "passive": .passive][kv[1]] else { throw fail("voice is active or passive") }
                    rule.voice = v
                case "pos":
                    guard let p = ["verb": TriggerPOS.verb, "noun": .noun][kv[1]] else { throw fail("pos is verb or noun") }
                    rule.pos = p
                case "case": rule.caseWords = values
                case "kind":
                    var kinds = Set<RelationKind>()
                    for v in values {
                        guard let k = RelationKind(rawValue: v) else { throw fail("unknown kind '\(v)'") }
                        kinds.insert(k)
                    }
                    rule.kinds = kinds
                case "mark": rule.marks = values
                case "modifier":
                    guard kv[1] == "any" else { throw fail("modifier is any") }
                    rule.anyModifier = true
                case "role":
                    for v in values where !Self.roleNames.contains(v) {
                        throw fail("unknown role '\(v)' (one of \(Self.roleNames.sorted().joined(separator: ", ")))")
                    }
                    rule.triggerRoles = Set(values)
                case "relative":
                    guard let r = ["subject": Relative.subject, "object": .object][kv[1]] else { throw fail("relative is subject or object") }
                    rule.relative = r
                default: throw fail("unknown condition '\(kv[0])'")
                }
            }
            out.append(rule)
        }
        return out
    }
}

/// A malformed argument frame rule.
public struct ArgumentFrameError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ d: String) { description = d }
}
