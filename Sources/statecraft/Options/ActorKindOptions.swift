import ArgumentParser
import StatecraftCore
import StatecraftStore

/// `--actor-kind state,igo,bloc,nonstate`: only ties whose two actors are of these kinds
/// (comma-separated or repeated; all kinds when absent), as the explorer's `actorKind`.
struct ActorKindOptions: ParsableArguments {
    @Option(name: .customLong("actor-kind"), help: ArgumentHelp(
        "Only ties between actors of these kinds (state, igo, bloc, nonstate; comma-separated).", valueName: "KINDS"))
    var actorKind: [String] = []

    /// The kinds named (empty: no filter).
    var kinds: Set<ActorKind> { Set(actorKind.flatMap { (try? Self.parse($0)) ?? [] }) }

    func validate() throws {
        for value in actorKind { _ = try Self.parse(value) }
    }

    /// The events between actors of the kinds named (all when none is named).
    func filter(_ events: [Event]) -> [Event] {
        let kinds = self.kinds
        if kinds.isEmpty { return events }
        return events.filter { kinds.contains($0.source.kind) && kinds.contains($0.target.kind) }
    }

    /// The tie totals between actors of the kinds named (all when none is named).
    func filter(_ totals: [DatedTieTotal]) -> [DatedTieTotal] {
        let kinds = self.kinds
        if kinds.isEmpty { return totals }
        return totals.filter { kinds.contains($0.total.source.kind) && kinds.contains($0.total.target.kind) }
    }

    /// The running totals between actors of the kinds named (all when none is named).
    func filter(_ totals: [TieTotal]) -> [TieTotal] {
        let kinds = self.kinds
        if kinds.isEmpty { return totals }
        return totals.filter { kinds.contains($0.source.kind) && kinds.contains($0.target.kind) }
    }

    static func parse(_ value: String) throws -> [ActorKind] {
        try value.split(separator: ",").map { part in
            let name = part.trimmingCharacters(in: .whitespaces).lowercased()
            guard let kind = ActorKind(rawValue: name) else {
                throw ValidationError("unknown actor kind '\(name)' (state, igo, bloc, nonstate)")
            }
            return kind
        }
    }
}
