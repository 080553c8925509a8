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
                "StatecraftStore", "StatecraftRender", "StatecraftInterchange", "StatecraftQueries",
                "StatecraftExplorer", "StatecraftSyntax",
            ]),
        .executable(name: "statecraft", targets: ["statecraft"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's logging API (already one of its dependencies), to quieten the server's log.
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        // SwiftNIO (under Hummingbird): its IOError tells the explorer why it could not listen.
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.81.0"),
    ],
    targets: [
        // Graphviz's C API (libgvc + libcgraph), found through pkg-config.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]),

        // The bundled data: actor dictionary, relation ontology, coordinates, articles, the parser model.
        .target(
            name: "StatecraftData",
            path: "Data",
            exclude: ["parser.model.README.md"],
            sources: ["BundledData.swift"],
            resources: [
                .copy("actors.json"),
                .copy("relations.json"),
                .copy("coordinates.json"),
                .copy("cameo.json"),
                .copy("agents.json"),
                .copy("lexicon.json"),
                .copy("lexicon-petrarch.json"),
                .copy("articles"),
                // The tagger and dependency parser (`statecraft train-parser`; see parser.model.README.md).
                .copy("parser.model"),
            ]),

        // Actors, relation ontology, events, tie strength, the relation graph. No dependencies.
        .target(name: "StatecraftCore"),
        // Graph algorithms over compressed adjacency with integer ids. No dependencies.
        .target(name: "StatecraftAnalysis"),
        // Part-of-speech tagging and dependency parsing (Universal Dependencies). No dependencies.
        .target(name: "StatecraftSyntax"),
        // Text -> events.
        .target(name: "StatecraftExtraction", dependencies: ["StatecraftCore", "StatecraftData", "StatecraftSyntax"]),
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

        // The query answers the CLI prints and the explorer serves, with their JSON contracts.
        .target(name: "StatecraftQueries", dependencies: ["StatecraftCore", "StatecraftAnalysis", "StatecraftStore"]),
        // `statecraft serve`: the web explorer (Hummingbird), pages, maps and the JSON API over a read-only store.
        .target(
            name: "StatecraftExplorer",
            dependencies: [
                "StatecraftCore", "StatecraftAnalysis", "StatecraftStore", "StatecraftRender", "StatecraftQueries",
                "StatecraftData", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
            ],
            resources: [.copy("Assets")]),

        .executableTarget(
            name: "statecraft",
            dependencies: [
                "StatecraftCore", "StatecraftAnalysis", "StatecraftExtraction", "StatecraftStore",
                "StatecraftRender", "StatecraftInterchange", "StatecraftData", "StatecraftQueries", "StatecraftExplorer",
                "StatecraftSyntax",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        .testTarget(name: "StatecraftCoreTests", dependencies: ["StatecraftCore", "StatecraftData"]),
        .testTarget(name: "StatecraftAnalysisTests", dependencies: ["StatecraftAnalysis"]),
        .testTarget(name: "StatecraftExtractionTests", dependencies: ["StatecraftExtraction", "StatecraftData", "StatecraftSyntax"]),
        .testTarget(name: "StatecraftStoreTests", dependencies: ["StatecraftStore", "StatecraftData"]),
        .testTarget(name: "StatecraftRenderTests", dependencies: ["StatecraftRender", "StatecraftData"]),
        .testTarget(name: "StatecraftInterchangeTests", dependencies: ["StatecraftInterchange", "StatecraftData"]),
        .testTarget(name: "StatecraftSyntaxTests", dependencies: ["StatecraftSyntax", "StatecraftData"]),
        .testTarget(name: "StatecraftCLITests", dependencies: ["statecraft"]),
        .testTarget(name: "StatecraftQueriesTests", dependencies: ["StatecraftQueries"]),
        .testTarget(
            name: "StatecraftExplorerTests",
            dependencies: [
                "StatecraftExplorer", "StatecraftStore", "StatecraftExtraction", "StatecraftData",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ]
)
