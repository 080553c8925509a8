// `import Statecraft`: one module for the whole library. It re-exports
//
// - StatecraftCore: actors and the dictionary, days, modality, relation kinds and the ontology, events,
//   tie strength, the relation graph;
// - StatecraftExtraction: article readers and the event coder;
// - StatecraftSyntax: the tagger and dependency parser;
// - StatecraftStore: the SQLite store;
// - StatecraftQueries: ties, relations, centrality, paths and timelines with their JSON contracts;
// - StatecraftAnalysis: graph algorithms;
// - StatecraftRender: maps through Graphviz, in process;
// - StatecraftInterchange: GDELT, edge-list, CSV and corpus import; JSON, GraphML, GEXF, CSV and DOT export;
// - StatecraftData: the bundled data files (`ActorDictionary.bundled()`, `RelationOntology.bundled()`,
//   `MapCoordinates.bundled()`, `EventExtractor.bundled()`).
//
// The web explorer is a product of its own (`StatecraftExplorer`), as it brings Hummingbird and SwiftNIO.
@_exported import StatecraftAnalysis
@_exported import StatecraftCore
@_exported import StatecraftData
@_exported import StatecraftExtraction
@_exported import StatecraftInterchange
@_exported import StatecraftQueries
@_exported import StatecraftRender
@_exported import StatecraftStore
@_exported import StatecraftSyntax
