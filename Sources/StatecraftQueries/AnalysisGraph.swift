import StatecraftAnalysis
import StatecraftCore

/// The graph the analysis commands work on, from the store's relation graph or from an edge list.
///
/// From the store (a ``RelationGraph``): nodes are the actors with ties (sorted by id); the
/// directed weight `A → B` is the strength of A's events towards B (``TieStrength``, so
/// modality discounts and the half-life apply), a symmetric kind (pact, talks…) counting both
/// ways; the signed graph uses the signed contributions (cooperation +, conflict −); the
/// cooperative graph keeps the events with a positive Goldstein weight only.
/// From an edge list: all three are the file's weights.
public struct AnalysisGraph {
    public let labels: NodeLabels
    /// Tie strength by direction (non-negative from the store; the file's weights for `--edges`).
    public let directed: WeightedDigraph
    /// Signed ties: positive for cooperation, negative for conflict.
    public let signed: WeightedDigraph
    /// Cooperative ties only (for blocs).
    public let cooperative: WeightedDigraph
    /// Store mode: the relation graph and the dictionary for names.
    public let relations: RelationGraph?
    public let dictionary: ActorDictionary?

    public var isStore: Bool { relations != nil }

    public init(edgeList: LabeledGraph) {
        labels = edgeList.labels
        directed = edgeList.graph
        signed = edgeList.graph
        cooperative = edgeList.graph
        relations = nil
        dictionary = nil
    }

    public init(relations graph: RelationGraph, ontology: RelationOntology, dictionary: ActorDictionary) {
        let ids = graph.actors.keys.sorted()
        let labels = NodeLabels(names: ids)
        var strength: [WeightedEdge] = [], signed: [WeightedEdge] = [], coop: [WeightedEdge] = []
        for dyad in graph.dyadIndex.values {
            for e in dyad.events {
                let s = labels.id(of: e.source.id)!, t = labels.id(of: e.target.id)!
                let c = graph.measure.contribution(of: e), sc = graph.measure.signedContribution(of: e)
                let ends = ontology.definitions[e.kind]?.symmetric == true ? [(s, t), (t, s)] : [(s, t)]
                for (a, b) in ends {
                    strength.append(WeightedEdge(source: a, target: b, weight: c))
                    signed.append(WeightedEdge(source: a, target: b, weight: sc))
                    if e.weight > 0 { coop.append(WeightedEdge(source: a, target: b, weight: c)) }
                }
            }
        }
        self.labels = labels
        directed = WeightedDigraph(nodeCount: ids.count, edges: strength)
        self.signed = WeightedDigraph(nodeCount: ids.count, edges: signed)
        cooperative = WeightedDigraph(nodeCount: ids.count, edges: coop)
        relations = graph
        self.dictionary = dictionary
    }

    /// The node a user named: a node name or actor id as it stands, else (store mode) a name
    /// resolved through the dictionary. Unknown names are one-line errors with suggestions.
    public func node(_ text: String) throws -> Int {
        if let id = labels.id(of: text) { return id }
        guard let dictionary else { throw QueryError("node '\(text)' is not in the graph") }
        if let actor = dictionary.resolve(text) {
            guard let id = labels.id(of: actor.id) else {
                throw QueryError("\(actor.name) (\(actor.id)) has no ties in the store for this period")
            }
            return id
        }
        let hints = dictionary.suggestions(for: text).map { "\($0.name) (\($0.id))" }
        throw QueryError("unknown actor '\(text)'" + (hints.isEmpty ? "" : "; did you mean \(hints.joined(separator: ", "))?"),
                         suggestions: hints)
    }

    /// The actor behind a node (store mode).
    public func actor(_ node: Int) -> Actor? { relations?.actors[labels[node]] }

    /// `Name (ID)` in store mode, the node name otherwise.
    public func display(_ node: Int) -> String {
        if let a = actor(node) { return a.name == a.id ? a.id : "\(a.name) (\(a.id))" }
        return labels[node]
    }

    /// The JSON form of a node: an actor object `{"id","name","kind"}` in store mode, the name otherwise.
    public func json(_ node: Int) -> Any {
        if let a = actor(node) { return ["id": a.id, "name": a.name, "kind": a.kind.rawValue] }
        return labels[node]
    }

    /// The strongest event between two actors (either direction): the best evidence for a hop.
    public func bestEvidence(_ a: Int, _ b: Int) -> (dyad: Dyad, best: Event)? {
        guard let graph = relations, let dyad = graph.dyad(labels[a], labels[b]) else { return nil }
        let best = dyad.events.max { x, y in
            let cx = graph.measure.contribution(of: x), cy = graph.measure.contribution(of: y)
            return cx != cy ? cx < cy : (x.date?.ordinal ?? 0) < (y.date?.ordinal ?? 0)
        }
        return best.map { (dyad, $0) }
    }
}
