import StatecraftAnalysis
import StatecraftCore

/// The graph the analysis commands work on, from the store's relation graph or from an edge list.
///
/// From the store (a ``RelationGraph``): nodes are the actors with ties (sorted by id) and the
/// directed weights are the arcs of ``TieGraph``, the one graph every command uses: `A → B`
/// carries the strength of A's events towards B (modality discounts and the half-life apply),
/// a symmetric kind (pact, talks…) split half each way, so that `w(A→B) + w(B→A)` is the
/// dyad's strength as `ties` prints it. The signed graph carries the arcs' net scores
/// (cooperation +, conflict −); the cooperative graph the strength of the events with a
/// positive Goldstein weight (arcs without any are left out).
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
        let ties = TieGraph(relations: graph, ontology: ontology)
        let labels = NodeLabels(names: ties.actors.map(\.id))
        var strength: [WeightedEdge] = [], signed: [WeightedEdge] = [], coop: [WeightedEdge] = []
        for arc in ties.arcs {
            let s = labels.id(of: arc.source.id)!, t = labels.id(of: arc.target.id)!
            strength.append(WeightedEdge(source: s, target: t, weight: arc.strength))
            signed.append(WeightedEdge(source: s, target: t, weight: arc.net))
            if arc.cooperative > 0 { coop.append(WeightedEdge(source: s, target: t, weight: arc.cooperative)) }
        }
        self.labels = labels
        directed = WeightedDigraph(nodeCount: labels.count, edges: strength)
        self.signed = WeightedDigraph(nodeCount: labels.count, edges: signed)
        cooperative = WeightedDigraph(nodeCount: labels.count, edges: coop)
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
