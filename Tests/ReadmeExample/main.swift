import Foundation
import Statecraft

// An article as a string: the coder splits it into sentences and finds actors, triggers and modality.
let article = Article(id: "example", title: "Putin signs defence pact in Pyongyang", date: Day("2024-06-19"), text: """
    Russia and North Korea signed a mutual defence pact on Wednesday during Vladimir Putin's visit to Pyongyang.
    Putin said Moscow does not rule out sending weapons to North Korea.
    The United States imposed new sanctions on Russia.
    Washington warned Pyongyang against supplying missiles to Moscow.
    """)

let extractor = try EventExtractor.bundled()   // dictionary, ontology, lexicon and parser, as `statecraft extract`
let events = extractor.extract(article).events
for e in events {
    print("\(e.source.name) → \(e.target.name): \(e.kind.rawValue) [\(e.modality.rawValue)] \"\(e.trigger)\"")
}

// The strongest ties: strength is how much goes on, net its sign (cooperative above zero).
let graph = RelationGraph(events: events)
for tie in DyadScore.rank(graph).prefix(5) {
    let kinds = tie.dominantKinds.map(\.rawValue).joined(separator: ", ")
    print("\(tie.a.name) — \(tie.b.name): strength \(tie.strength), net \(tie.net) (\(kinds))")
}

// A map of the graph, laid out by Graphviz in process.
let renderer = MapRenderer(ontology: try .bundled(), coordinates: try .bundled())
let svg = try renderer.render(renderer.map(of: events, view: MapView()), format: .svg)
try svg.write(to: URL(fileURLWithPath: "ties.svg"))
print("wrote ties.svg (\(svg.count) bytes)")
