/// How serious a problem the dictionary check found is.
public enum CheckSeverity: String, Sendable, Hashable, Comparable {
    /// The dictionary cannot decide: a name resolves to no actor or to the wrong one,
    /// or the data contradict themselves. `statecraft actors --check` fails on these.
    case hard
    /// Resolved by precedence or by date, worth a look when extending the dictionary.
    case soft

    public static func < (a: CheckSeverity, b: CheckSeverity) -> Bool { a == .hard && b == .soft }
}

/// A surface form (normalised) that names more than one actor.
public struct AliasCollision: Sendable, Hashable {
    /// The normalised form, as ``ActorDictionary/normalize(_:)`` gives it ("brussels").
    public let alias: String
    /// The actors it names, sorted by id.
    public let actorIDs: [String]
    public let severity: CheckSeverity
    /// Why it collides: which forms of which actors, and how it is resolved if at all.
    public let detail: String
}

/// Two officeholder terms that should not overlap in time and do.
public struct TermOverlap: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// Two people hold the same single-holder office of one actor at once
        /// (head of state, head of government, foreign or defence minister).
        case sameOffice
        /// One person is in office for two different actors at once.
        case samePerson
    }

    public let kind: Kind
    public let actorID: String
    public let first: Officeholder
    /// The actor of the second term (the same as `actorID` for `.sameOffice`).
    public let otherActorID: String
    public let second: Officeholder
    /// Overlaps are data errors: always hard.
    public var severity: CheckSeverity { .hard }
}

/// What ``ActorDictionary/collisions()`` found.
public struct DictionaryCheckReport: Sendable {
    public let aliases: [AliasCollision]
    public let overlaps: [TermOverlap]

    /// The alias collisions that make resolution fail or guess.
    public var hardAliases: [AliasCollision] { aliases.filter { $0.severity == .hard } }
    /// Whether anything hard was found (hard alias collisions or overlapping terms).
    public var hasHardProblems: Bool { !hardAliases.isEmpty || !overlaps.isEmpty }
}

extension ActorDictionary {
    /// Roles that one person holds at a time for an actor.
    public static let singleHolderRoles: Set<Officeholder.Role> = [
        .headOfState, .headOfGovernment, .foreignMinister, .defenceMinister,
    ]

    /// Checks the dictionary for names that mean two actors and for terms that contradict each other.
    ///
    /// Alias collisions (a normalised form that names two or more actors):
    /// - **hard** when ``resolve(_:)`` cannot decide: the actors share the form at the same
    ///   precedence (id > name > metonym > capital > adjective), as "Congolese" would if both
    ///   Congos listed it; or when an officeholder's name or alias is shared by people of two
    ///   actors whose terms overlap (the form is ambiguous on the days both held office);
    /// - **soft** when precedence decides ("Brussels": the EU's metonym over Belgium's capital)
    ///   or when an officeholder alias equals another actor's name.
    ///
    /// Officeholder aliases whose terms do not overlap in time are not collisions
    /// ("Tusk" names Poland's prime minister and later the EU's Council president).
    ///
    /// Overlaps (always hard): two holders of one single-holder office of the same actor
    /// whose terms share more than the hand-over day, and one person in office for two
    /// different actors at the same time.
    public func collisions() -> DictionaryCheckReport {
        DictionaryCheckReport(aliases: aliasCollisions(), overlaps: sameOfficeOverlaps() + samePersonOverlaps())
    }

    private static func rank(_ form: AliasForm) -> Int? {
        switch form {
        case .id: return 0
        case .name: return 1
        case .metonym: return 2
        case .capital: return 3
        case .adjective: return 4
        case .officeholder: return nil
        }
    }

    private static func formName(_ form: AliasForm) -> String {
        switch form {
        case .id: return "id"
        case .name: return "name"
        case .metonym: return "metonym"
        case .capital: return "capital"
        case .adjective: return "adjective"
        case .officeholder(let o): return "\(o.role.rawValue) \(o.name)"
        }
    }

    /// Whether two terms share more than a hand-over day (an open end runs forever).
    static func termsOverlap(_ a: Officeholder, _ b: Officeholder) -> Bool {
        let a0 = a.from?.ordinal ?? Int.min, a1 = a.to?.ordinal ?? Int.max
        let b0 = b.from?.ordinal ?? Int.min, b1 = b.to?.ordinal ?? Int.max
        return a0 < b1 && b0 < a1
    }

    private func aliasCollisions() -> [AliasCollision] {
        var out: [AliasCollision] = []
        for (key, readings) in index {
            let actorIDs = Set(readings.map(\.actorID))
            guard actorIDs.count > 1 else { continue }
            // Actor forms: the best precedence each actor has for this key.
            var best: [String: Int] = [:]
            var people: [(String, Officeholder)] = []
            for r in readings {
                if let k = Self.rank(r.form) {
                    best[r.actorID] = min(best[r.actorID] ?? .max, k)
                } else if case .officeholder(let o) = r.form {
                    people.append((r.actorID, o))
                }
            }
            let describe = readings
                .map { "\($0.actorID) (\(Self.formName($0.form)))" }
                .sorted().reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
                .joined(separator: ", ")
            if best.count > 1 {
                let top = best.values.min()!
                let tied = best.filter { $0.value == top }.keys.sorted()
                if tied.count > 1 {
                    out.append(AliasCollision(alias: key, actorIDs: tied, severity: .hard,
                                              detail: "names \(tied.joined(separator: " and ")) at the same precedence: \(describe)"))
                } else {
                    out.append(AliasCollision(alias: key, actorIDs: best.keys.sorted(), severity: .soft,
                                              detail: "resolves to \(tied[0]) by precedence: \(describe)"))
                }
            }
            // People of different actors in office at the same time.
            var clash = Set<String>()
            for i in people.indices {
                for j in people.indices where j > i {
                    let (a, x) = people[i], (b, y) = people[j]
                    if a != b && Self.termsOverlap(x, y) { clash.insert(a); clash.insert(b) }
                }
            }
            if !clash.isEmpty {
                out.append(AliasCollision(alias: key, actorIDs: clash.sorted(), severity: .hard,
                                          detail: "officeholders of \(clash.sorted().joined(separator: " and ")) in office at the same time: \(describe)"))
            }
            // An officeholder alias that is also another actor's own form.
            if best.count == 1, let owner = best.keys.first, people.contains(where: { $0.0 != owner }) {
                out.append(AliasCollision(alias: key, actorIDs: actorIDs.sorted(), severity: .soft,
                                          detail: "resolves to \(owner), also an officeholder of another actor: \(describe)"))
            }
        }
        return out.sorted { ($0.severity, $0.alias) < ($1.severity, $1.alias) }
    }

    private func sameOfficeOverlaps() -> [TermOverlap] {
        var out: [TermOverlap] = []
        for e in entries {
            for role in Officeholder.Role.allCases where Self.singleHolderRoles.contains(role) {
                let terms = e.leaders.filter { $0.role == role }
                for i in terms.indices {
                    for j in terms.indices where j > i && Self.termsOverlap(terms[i], terms[j]) {
                        out.append(TermOverlap(kind: .sameOffice, actorID: e.id, first: terms[i],
                                               otherActorID: e.id, second: terms[j]))
                    }
                }
            }
        }
        return out
    }

    private func samePersonOverlaps() -> [TermOverlap] {
        var byPerson: [String: [(String, Officeholder)]] = [:]
        for e in entries {
            for l in e.leaders { byPerson[Self.normalize(l.name), default: []].append((e.id, l)) }
        }
        var out: [TermOverlap] = []
        for key in byPerson.keys.sorted() {
            let terms = byPerson[key]!
            for i in terms.indices {
                for j in terms.indices where j > i {
                    let (a, x) = terms[i], (b, y) = terms[j]
                    if a != b && Self.termsOverlap(x, y) {
                        out.append(TermOverlap(kind: .samePerson, actorID: a, first: x, otherActorID: b, second: y))
                    }
                }
            }
        }
        return out
    }
}
