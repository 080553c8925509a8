// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Statecraft",
    platforms: [.macOS(.v13)],
    products: [
        .library(
            name: "Statecraft",
            targets: [
                "StatecraftCore", "StatecraftAnalysis", "StatecraftExtraction",
                "StatecraftStore", "StatecraftRender", "StatecraftInterchange",
            ]),
        .executable(name: "statecraft", targets: ["statecraft"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Graphviz's C API (libgvc + libcgraph), found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]),

        // The bundled data: actor dictionary, relation ontology, coordinates, articles.
        .target(
            name: "StatecraftData",
            path: "Data",
            exclude: [],
            sources: ["BundledData.swift"],
            resources: [
                .copy("actors.json"),
                .copy("relations.json"),
                .copy("coordinates.json"),
                .copy("cameo.json"),
                .copy("lexicon.json"),
                .copy("lexicon-petrarch.json"),
                .copy("articles"),
            ]),

        // Actors, relation ontology, events, tie strength, the relation graph. No dependencies.
        .target(name: "StatecraftCore"),
        // Graph algorithms over compressed adjacency with integer ids. No dependencies.
        .target(name: "StatecraftAnalysis"),
        // Text -> events.
        .target(name: "StatecraftExtraction", dependencies: ["StatecraftCore", "StatecraftData"]),
        // SQLite store through GRDB.
        .target(
            name: "StatecraftStore",
            dependencies: [
                "StatecraftCore", .product(name: "GRDB", package: "GRDB.swift"),
                // The SQLite C API under GRDB, for the bulk importer's prepared statements.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]),
        // DOT writing and in-process Graphviz rendering.
        .target(name: "StatecraftRender", dependencies: ["StatecraftCore", "StatecraftAnalysis", "CGraphviz"]),
        // Event data in (GDELT, ICEWS edges, CSV, corpora) and out (JSON, GraphML, GEXF, CSV, DOT).
        .target(name: "StatecraftInterchange", dependencies: ["StatecraftCore", "StatecraftStore", "StatecraftExtraction"]),

        .executableTarget(
            name: "statecraft",
            dependencies: [
                "StatecraftCore", "StatecraftAnalysis", "StatecraftExtraction", "StatecraftStore",
                "StatecraftRender", "StatecraftInterchange", "StatecraftData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "StatecraftCoreTests", dependencies: ["StatecraftCore", "StatecraftData"]),
        .testTarget(name: "StatecraftAnalysisTests", dependencies: ["StatecraftAnalysis"]),
        .testTarget(name: "StatecraftExtractionTests", dependencies: ["StatecraftExtraction", "StatecraftData"]),
        .testTarget(name: "StatecraftStoreTests", dependencies: ["StatecraftStore", "StatecraftData"]),
        .testTarget(name: "StatecraftRenderTests", dependencies: ["StatecraftRender", "StatecraftData"]),
        .testTarget(name: "StatecraftInterchangeTests", dependencies: ["StatecraftInterchange", "StatecraftData"]),
        .testTarget(name: "StatecraftCLITests", dependencies: ["statecraft"]),
    ]
)
