import Foundation
import StatecraftCore
import StatecraftSyntax

/// The coder's syntax stage: the tagger and dependency parser of `StatecraftSyntax` run on the coder's own
/// tokens of a sentence, and the `ArgumentFrame` rules find a trigger's source and target in the tree.
///
/// Only sentences with actors of two or more kinds and a trigger are parsed, and (under `.fallback`) only
/// when the position rules found no event for a trigger there. The model is loaded once; analyzers and
/// their buffers are pooled and reused, one per thread at a time.
public final class SyntaxStage: @unchecked Sendable {
    /// How the roles the tree gives are used.
    public enum Policy: String, Sendable, CaseIterable {
        /// Only for a trigger the position rules coded no event for.
        case fallback
        /// For every trigger whose source the tree names, instead of the position rules' roles.
        case replace
    }

    /// Longer sentences are not parsed: the parse costs most there and its long-distance attachments are the least
    /// reliable, so the position rules alone code them (this keeps the coder above 2 MB/s per core on the Guardian sample).
    public static let maxWords = 50

    /// The tagger and parser.
    public let model: SyntaxModel
    public let policy: Policy
    let rules: [CompiledRule]
    /// The rules of lexicon entries that carry a `frame`, by its text.
    let frames: [String: [CompiledRule]]
    /// "other" and "another" ("each other", "one another": a reciprocal object); compared as text, since
    /// the coder's vocabulary need not hold them.
    let reciprocalWords: Set<String> = ["other", "another"]
    /// "each", "one" (the parser may head the pair on them).
    let reciprocalHeads: Set<String> = ["each", "one"]
    let rel: RelationIDs
    /// Word ids of relative pronouns ("who", "which", "that"), of "by" and "of".
    let relativizers: Set<Int32>
    let by: Int32, of: Int32
    /// The id standing for "root" in `trigger` rules (the model's own, or -2 when it has none).
    let rootRelation: Int32
    /// Brackets: what they enclose is left out of the parse ("(PCG)", "(June 16)").
    let openBrackets: Set<Int32>, closeBrackets: Set<Int32>

    private let lock = NSLock()
    private var pool: [SyntaxAnalyzer] = []

    /// A rule with its relations and words as ids.
    struct CompiledRule {
        var role: ArgumentFrame.Role
        var steps: [(up: Bool, relation: Int32)]
        var voice: ArgumentFrame.Voice?
        var pos: TriggerPOS?
        var caseWords: Set<Int32>
        var kinds: Set<RelationKind>?
        var relative: ArgumentFrame.Relative?
        var triggerRoles: Set<String>?
        var anyModifier: Bool
        /// `mark=`: the trigger's subordinator must be one of these ("none": none at all allowed), as text.
        var marks: Set<String>?
        /// Whether every step goes down from the trigger by one relation (a dependent of the trigger itself).
        var own: Bool { steps.count == 1 && !steps[0].up }
    }

    /// The model's ids of the relations the interpreter itself asks about (-1 when the model lacks one).
    struct RelationIDs {
        var nsubj: Int32 = -1, nsubjPass: Int32 = -1, obj: Int32 = -1, auxPass: Int32 = -1, oblAgent: Int32 = -1
        var obl: Int32 = -1, acl: Int32 = -1, advcl: Int32 = -1, appos: Int32 = -1, mark: Int32 = -1, aclRelcl: Int32 = -1, caseMarker: Int32 = -1, conj: Int32 = -1
        var compound: Int32 = -1, amod: Int32 = -1, nmodPoss: Int32 = -1, nmod: Int32 = -1, flat: Int32 = -1, flatName: Int32 = -1
    }

    init(model: SyntaxModel, policy: Policy, vocabulary: Vocabulary, rules text: String, frames: [String] = []) throws {
        self.model = model
        self.policy = policy
        var ids: [String: Int32] = [:]
        for (i, r) in model.relations.enumerated() where ids[r] == nil { ids[r] = Int32(i) }
        func id(_ name: String) -> Int32 { ids[name] ?? (name == "root" ? -2 : -1) }
        var r = RelationIDs()
        r.nsubj = id("nsubj"); r.nsubjPass = id("nsubj:pass"); r.obj = id("obj"); r.auxPass = id("aux:pass")
        r.oblAgent = id("obl:agent"); r.obl = id("obl"); r.acl = id("acl"); r.advcl = id("advcl"); r.appos = id("appos"); r.mark = id("mark"); r.aclRelcl = id("acl:relcl")
        r.caseMarker = id("case"); r.conj = id("conj"); r.compound = id("compound"); r.amod = id("amod")
        r.nmodPoss = id("nmod:poss"); r.nmod = id("nmod"); r.flat = id("flat"); r.flatName = id("flat:name")
        rel = r
        func word(_ w: String) -> Int32 { let i = vocabulary.id(w); return i >= 0 ? i : -3 }
        func compile(_ text: String) throws -> [CompiledRule] {
            try ArgumentFrame.parse(text).map { rule in
                CompiledRule(role: rule.role, steps: rule.steps.map { (up: $0.up, relation: id($0.relation)) }, voice: rule.voice,
                             pos: rule.pos, caseWords: Set(rule.caseWords.map(word)), kinds: rule.kinds, relative: rule.relative,
                             triggerRoles: rule.triggerRoles, anyModifier: rule.anyModifier,
                             marks: rule.marks.map(Set.init))
            }
        }
        rules = try compile(text)
        var compiled: [String: [CompiledRule]] = [:]
        for f in frames where compiled[f] == nil { compiled[f] = try compile(f) }
        self.frames = compiled

        relativizers = Set(["who", "which", "that", "whom"].map(word))
        by = word("by"); of = word("of")
        rootRelation = ids["root"] ?? -2
        openBrackets = Set(["(", "["].map(word)); closeBrackets = Set([")", "]"].map(word))
    }

    func acquire() -> SyntaxAnalyzer {
        lock.lock(); defer { lock.unlock() }
        return pool.popLast() ?? SyntaxAnalyzer(model: model)
    }

    func release(_ a: SyntaxAnalyzer) {
        lock.lock(); defer { lock.unlock() }
        pool.append(a)
    }
}

extension EventExtractor {
    /// This extractor with the syntax stage: `model` finds the roles of triggers under `policy`.
    public func withSyntax(_ model: SyntaxModel, policy: SyntaxStage.Policy = .fallback) -> EventExtractor {
        var e = self
        // The bundled rules are checked by the tests; a failure here is a programming error.
        // Entry frames were checked when the lexicon was read.
        let frames = triggers.allPayloads.compactMap(\.frame)
        e.syntax = try! SyntaxStage(model: model, policy: policy, vocabulary: vocabulary, rules: ArgumentFrame.rules, frames: frames)
        return e
    }
}

/// One sentence's parse, over the coder's tokens (bracketed asides left out).
struct SentenceParse {
    /// Parse word → token index.
    var token: [Int] = []
    /// Token offset in the sentence → parse word, -1 for tokens left out.
    var wordOf: [Int32] = []
    /// Head of each word, 0-based; -1 for the root.
    var heads: [Int32] = []
    var relations: [Int32] = []
    /// Part of speech of each word (UPOS).
    var tags: [UPOS] = []

    var count: Int { token.count }
}

/// The syntax stage's state in one sentence.
struct SyntaxScratch {
    var parsed = false
    var parse: SentenceParse?
    /// Roles the tree gave for the trigger being coded, which `events(for:)` takes instead of its own.
    var roles: SyntacticRoles?
    /// Set by `events(for:)` when it coded nothing for want of a source or target (so the tree may help).
    var missingRoles = false
}

/// A trigger's source and target as the tree names them.
struct SyntacticRoles: Equatable {
    var source: [Int32]?
    var target: [Int32]?
    /// The object is "each other"/"one another": the event runs both ways among the source's actors.
    var reciprocal = false
}

extension SentenceAnalysis {
    /// The events of trigger `fi`, with the syntax stage applied by its policy (the hook called from `run()`).
    mutating func eventsUsingSyntax(for fi: Int) -> [Event] {
        guard let stage = x.syntax, syntaxEligible(fi) else { return events(for: fi) }
        switch stage.policy {
        case .fallback:
            // Parsed only where the position rules failed for want of a party (not for the trigger's own reasons).
            syntax.missingRoles = false
            let positional = events(for: fi)
            guard positional.isEmpty, syntax.missingRoles else { return positional }
            takeTaggedReading(fi)
            guard let roles = syntacticRoles(for: fi), roles.source != nil else { return positional }
            return events(for: fi, roles: roles)
        case .replace:
            takeTaggedReading(fi)
            guard let roles = syntacticRoles(for: fi), roles.source != nil else { return events(for: fi) }
            return events(for: fi, roles: roles)
        }
    }

    /// `events(for:)` with the tree's roles in place of the position rules' ones.
    mutating func events(for fi: Int, roles: SyntacticRoles) -> [Event] {
        syntax.roles = roles
        defer { syntax.roles = nil }
        return events(for: fi)
    }

    /// Applies the tree's roles, if any, to the roles the position rules found (called inside `events(for:)`).
    func applySyntacticRoles(source: inout [Int32]?, target: inout [Int32]?) {
        guard let r = syntax.roles else { return }
        if let s = r.source { source = s }
        if let t = r.target { target = t } else if r.source != nil, let t = target, let s = source, t.allSatisfy(s.contains) { target = nil }
    }

    /// Whether the stage looks at trigger `fi`: a trigger with arguments in a sentence naming two or more actors.
    func syntaxEligible(_ fi: Int) -> Bool {
        switch found[fi].spec.role {
        case .speech, .evaluative, .must: return false
        default: break
        }
        guard range.count <= SyntaxStage.maxWords else { return false }
        var first: Int32 = -1
        for m in mentions { for a in m.actors { if first < 0 { first = a } else if a != first { return true } } }
        return false
    }

    /// Parses the sentence once (lazily), leaving out what brackets enclose.
    mutating func sentenceParse() -> SentenceParse? {
        if syntax.parsed { return syntax.parse }
        syntax.parsed = true
        guard let stage = x.syntax else { return nil }
        var p = SentenceParse()
        p.wordOf = Array(repeating: -1, count: range.count)
        var i = range.lowerBound
        while i < range.upperBound {
            if stage.openBrackets.contains(t[i].word) {
                // A short bracketed aside: skip it whole, brackets included.
                var j = i + 1
                while j < range.upperBound, j - i <= 12, !stage.closeBrackets.contains(t[j].word) { j += 1 }
                if j < range.upperBound, stage.closeBrackets.contains(t[j].word) { i = j + 1; continue }
            }
            p.wordOf[i - range.lowerBound] = Int32(p.token.count)
            p.token.append(i)
            i += 1
        }
        guard p.count > 0 else { return nil }
        let analyzer = stage.acquire()
        defer { stage.release(analyzer) }
        analyzer.reset()
        bytes.withUnsafeBufferPointer { b in
            for k in p.token {
                let s = Int(t[k].start), e = Int(t[k].end)
                analyzer.append(word: UnsafeBufferPointer(rebasing: b[s..<e]))
            }
        }
        analyzer.run()
        p.heads.reserveCapacity(p.count)
        p.relations.reserveCapacity(p.count)
        p.tags.reserveCapacity(p.count)
        for k in 0..<p.count {
            p.heads.append(Int32(analyzer.head(k) - 1))
            p.relations.append(Int32(analyzer.relationID(k)))
            p.tags.append(analyzer.tag(k))
        }
        syntax.parse = p
        return p
    }

    /// The trigger's head word in the parse: the word of its span whose head lies outside the span.
    func triggerHead(_ f: Found, _ p: SentenceParse) -> Int? {
        for q in f.start..<f.end {
            let wq = p.wordOf[q - range.lowerBound]
            guard wq >= 0 else { continue }
            let h = Int(p.heads[Int(wq)])
            if h < 0 || p.token[h] < f.start || p.token[h] >= f.end { return Int(wq) }
        }
        return nil
    }

    /// The tagger's part of speech chooses between a phrase's verb and noun readings ("in response to strikes by
    /// X on Y": a noun; "X strikes Y": a verb), where the lexicon has both for the same words and no controlling
    /// verb has coloured the trigger yet.
    mutating func takeTaggedReading(_ fi: Int) {
        guard let p = sentenceParse() else { return }
        let f = found[fi]
        guard f.controlTrigger == nil, f.forcedSource == nil, f.forcedModality == nil, let head = triggerHead(f, p) else { return }
        let tagged: TriggerPOS
        switch p.tags[head] {
        case .NOUN: tagged = .noun
        case .VERB: tagged = .verb
        default: return
        }
        guard tagged != f.spec.pos, f.spec.role == .event || f.spec.role == .host,
              let m = x.triggers.matches(t, from: f.start, limit: f.end).last, m.length == f.end - f.start,
              let other = m.payloads.first(where: { $0.pos == tagged && ($0.role == .event || $0.role == .host) }) else { return }
        found[fi].spec = other
    }

    /// The source and target the frame rules find for trigger `fi`, or nil when the tree names neither.
    mutating func syntacticRoles(for fi: Int) -> SyntacticRoles? {
        guard let stage = x.syntax, let p = sentenceParse() else { return nil }
        let f = found[fi]
        guard let head = triggerHead(f, p) else { return nil }
        let r = stage.rel
        func children(_ w: Int, _ relation: Int32) -> [Int] {
            guard relation >= 0 else { return [] }
            var out: [Int] = []
            for c in 0..<p.count where p.heads[c] == Int32(w) && p.relations[c] == relation { out.append(c) }
            return out
        }
        func hasChild(_ w: Int, _ relation: Int32) -> Bool {
            guard relation >= 0 else { return false }
            for c in 0..<p.count where p.heads[c] == Int32(w) && p.relations[c] == relation { return true }
            return false
        }
        func tokenWord(_ w: Int) -> Int32 { t[p.token[w]].word }
        /// A token's text in lower case ("" outside the sentence).
        func lower(_ i: Int) -> String { text(i, i + 1).lowercased() }
        func hasCase(_ w: Int, _ words: Set<Int32>) -> Bool {
            children(w, r.caseMarker).contains { words.contains(tokenWord($0)) }
        }
        // Voice, and the relative pronoun of a relative clause.
        let ownRelation = p.relations[head]
        let passive = hasChild(head, r.auxPass) || hasChild(head, r.nsubjPass) || hasChild(head, r.oblAgent)
            || ((ownRelation == r.acl || ownRelation == r.advcl) && children(head, r.obl).contains { hasCase($0, [stage.by]) })
        let relativeSubject = children(head, r.nsubj).contains { stage.relativizers.contains(tokenWord($0)) }
        let relativeObject = !relativeSubject && ownRelation == r.aclRelcl
            && (children(head, r.obj).allSatisfy { stage.relativizers.contains(tokenWord($0)) })
        let kind = f.spec.kind
        let w_ = w

        /// The actors a word names: its mention, or a modifier's; with those of its conjuncts.
        func actors(at w: Int, depth: Int = 0, anyModifier: Bool = false) -> [Int32] {
            var out: [Int32] = []
            func add(_ v: Int) {
                if let k = mentionIndex(at: p.token[v]) { for a in mentions[k].actors where !out.contains(a) { out.append(a) } }
            }
            add(w)
            // An adjective or noun modifier stands for its head only where the head is an organ or officer of
            // an actor ("the Russian military", "UN peacekeepers"), never for a thing ("UN Security Council resolutions"),
            // unless the rule says so (goods hit by a measure: "tariffs on Australian wine").
            let agentHead = w_.roleNouns.contains(tokenWord(w)) || w_.agentNouns.contains(tokenWord(w))
            // "Turkish and Greek leaders": every conjunct of the modifier of an organ or officer.
            let named = out
            if out.isEmpty || agentHead {
                for rel in [r.nmodPoss, r.compound, r.amod, r.flat, r.flatName] {
                    if !agentHead, !anyModifier, rel == r.compound || rel == r.amod { continue }
                    for c in children(w, rel) {
                        add(c)
                        if out == named, rel == r.compound { for c2 in children(c, r.amod) + children(c, r.nmodPoss) { add(c2) } }
                        if out != named { for cc in children(c, r.conj) { add(cc) } }
                    }
                    if out != named { break }
                }
            }
            if out.isEmpty {
                // An apposition names the same one ("Lai Ching-te, Taiwan's president").
                for c in children(w, r.appos) { add(c) }
            }
            if out.isEmpty, agentHead {
                // Nouns naming people or organs of a state: "the foreign ministers of India and Pakistan".
                for c in children(w, r.nmod) where hasCase(c, [stage.of]) {
                    for a in actors(at: c, depth: depth + 1) where !out.contains(a) { out.append(a) }
                }
            }
            if depth < 4 {
                for c in children(w, r.conj) {
                    for a in actors(at: c, depth: depth + 1) where !out.contains(a) { out.append(a) }
                }
            }
            return out
        }

        // Where the trigger hangs: a `trigger` rule for its part of speech lists the relations it may hang by; elsewhere
        // it is background unless its own dependents name both parties.
        var background = false
        for rule in stage.rules where rule.role == .trigger && (rule.pos == nil || rule.pos == f.spec.pos) {
            let own = p.heads[head] < 0 ? stage.rootRelation : ownRelation
            if !rule.steps.contains(where: { $0.relation == own }) { background = true }
        }
        var roles = SyntacticRoles()
        let roleName = ArgumentFrame.roleName(f.spec.role)
        let entryRules = f.spec.frame.flatMap { stage.frames[$0] } ?? []
        for rule in entryRules + stage.rules where rule.role != .trigger {
            if rule.role == .source ? roles.source != nil : roles.target != nil || roles.reciprocal { continue }
            if background, !rule.own { continue }
            if let v = rule.voice, v != (passive ? .passive : .active) { continue }
            if let ps = rule.pos, ps != f.spec.pos { continue }
            if let ks = rule.kinds { guard let k = kind, ks.contains(k) else { continue } }
            if let rs = rule.triggerRoles, !rs.contains(roleName) { continue }
            if let rv = rule.relative, rv == .subject ? !relativeSubject : !relativeObject { continue }
            if let ms = rule.marks {
                let own = children(head, r.mark)
                if own.isEmpty ? !ms.contains("none") : !own.allSatisfy({ ms.contains(lower(p.token[$0])) }) { continue }
            }
            var at = [head]
            for step in rule.steps {
                var next: [Int] = []
                for w in at {
                    if step.up {
                        if p.relations[w] == step.relation, p.heads[w] >= 0 { next.append(Int(p.heads[w])) }
                    } else {
                        next += children(w, step.relation)
                    }
                }
                at = next
                if at.isEmpty { break }
            }
            var found: [Int32] = []
            for w in at where rule.caseWords.isEmpty || hasCase(w, rule.caseWords) {
                // A word inside the trigger itself names no argument.
                if p.token[w] >= f.start && p.token[w] < f.end { continue }
                // "blamed each other", "met one another": the event runs both ways among the subject's actors.
                if rule.role == .target, stage.reciprocalWords.contains(lower(p.token[w]))
                    || stage.reciprocalHeads.contains(lower(p.token[w])) && stage.reciprocalWords.contains(lower(p.token[w] + 1)) {
                    roles.reciprocal = true
                    break
                }
                for a in actors(at: w, anyModifier: rule.anyModifier) where !found.contains(a) { found.append(a) }
            }
            guard !found.isEmpty else { continue }
            if rule.role == .source { roles.source = found } else { roles.target = found }
        }
        if background, roles.source == nil || roles.target == nil { return nil }
        if roles.reciprocal, (roles.source?.count ?? 0) < 2 { roles.reciprocal = false }
        if let s = roles.source, let tg = roles.target {
            let rest = tg.filter { !s.contains($0) }
            roles.target = rest.isEmpty ? nil : rest
        }
        if f.spec.role == .host { swap(&roles.source, &roles.target) }
        if EventExtractor.debug {
            let lexicon = x.lexicon
            let names = { (a: [Int32]?) in a.map { $0.map { lexicon.actors[Int($0)].id }.joined(separator: "+") } ?? "-" }
            print("  syntax \(f.spec.phrase): source \(names(roles.source)) target \(names(roles.target))")
        }
        return roles.source == nil && roles.target == nil ? nil : roles
    }
}
