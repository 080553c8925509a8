// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Statecraft",
    platforms: [.macOS(.v13)],
    products: [
        // `import Statecraft`: the model, the coder, the store, the queries and the renderer, with the bundled data.
        .library(name: "Statecraft", targets: ["Statecraft"]),
        // The web explorer (`statecraft serve`) to embed: brings Hummingbird and SwiftNIO.
        .library(name: "StatecraftExplorer", targets: ["StatecraftExplorer"]),
        .executable(name: "statecraft", targets: ["StatecraftCLI"]),
        // The benchmarks against the peers in ../shared/bench (not installed).
        .executable(name: "statecraft-bench", targets: ["StatecraftBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Hummingbird's logging API (already one of its dependencies), to quieten the server's log.
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        // ZIP archives (GDELT's zipped exports), on the system zlib.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
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
            dependencies: ["StatecraftCore"],
            path: "Data",
            exclude: ["parser.model.README.md"],
            sources: ["BundledData.swift", "BundledData+Core.swift"],
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
        .target(
            name: "StatecraftInterchange",
            dependencies: [
                "StatecraftCore", "StatecraftStore", "StatecraftExtraction",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]),

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

        // The one module a library user imports: re-exports the modules above (not the explorer), with a DocC catalogue.
        .target(
            name: "Statecraft",
            dependencies: [
                "StatecraftCore", "StatecraftAnalysis", "StatecraftSyntax", "StatecraftExtraction", "StatecraftStore",
                "StatecraftRender", "StatecraftInterchange", "StatecraftQueries", "StatecraftData",
            ]),

        // What the two command-line tools share (package access only): the checked standard output, errors,
        // the entry point, --dictionary and --lexicon, the syntax stage's configuration.
        .target(
            name: "StatecraftCommandSupport",
            dependencies: [
                "StatecraftCore", "StatecraftData", "StatecraftExtraction", "StatecraftSyntax",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),

        // `statecraft`, the command-line tool (module StatecraftCLI, so it never collides with the module
        // Statecraft on a case-insensitive file system).
        .executableTarget(
            name: "StatecraftCLI",
            dependencies: [
                "StatecraftCore", "StatecraftAnalysis", "StatecraftExtraction", "StatecraftStore",
                "StatecraftRender", "StatecraftInterchange", "StatecraftData", "StatecraftQueries", "StatecraftExplorer",
                "StatecraftSyntax", "StatecraftCommandSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/statecraft"),

        // Benchmark harness pieces shared by statecraft-bench and the render tests (synthetic graphs, the render soak).
        .target(name: "StatecraftBenchmarks", dependencies: ["StatecraftCore", "StatecraftAnalysis", "StatecraftRender"]),
        // `statecraft-bench`: the benchmarks (its subcommands are listed in Sources/statecraft-bench/StatecraftBench.swift).
        .executableTarget(
            name: "StatecraftBench",
            dependencies: [
                "StatecraftCore", "StatecraftAnalysis", "StatecraftExtraction", "StatecraftStore", "StatecraftRender",
                "StatecraftInterchange", "StatecraftData", "StatecraftSyntax", "StatecraftCommandSupport",
                "StatecraftBenchmarks",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/statecraft-bench"),

        // The README's "Use as a library" example, compiled as it is (ReadmeExampleTests checks it is the README's block and runs it).
        .executableTarget(name: "ReadmeExample", dependencies: ["Statecraft"], path: "Tests/ReadmeExample"),

        .testTarget(name: "StatecraftCoreTests", dependencies: ["StatecraftCore", "StatecraftData"]),
        .testTarget(name: "StatecraftAnalysisTests", dependencies: ["StatecraftAnalysis"]),
        .testTarget(name: "StatecraftExtractionTests", dependencies: ["StatecraftExtraction", "StatecraftData", "StatecraftSyntax"]),
        .testTarget(name: "StatecraftStoreTests", dependencies: ["StatecraftStore", "StatecraftData"]),
        .testTarget(name: "StatecraftRenderTests", dependencies: ["StatecraftRender", "StatecraftData", "StatecraftBenchmarks"]),
        .testTarget(name: "StatecraftInterchangeTests", dependencies: ["StatecraftInterchange", "StatecraftData"]),
        .testTarget(name: "StatecraftSyntaxTests", dependencies: ["StatecraftSyntax", "StatecraftData"]),
        .testTarget(name: "StatecraftCLITests", dependencies: ["StatecraftCLI", "StatecraftBench"]),
        .testTarget(name: "StatecraftTests", dependencies: ["Statecraft", "ReadmeExample"]),
        // Deterministic mutations of every reader's inputs (make test runs them; see FuzzHarness.swift).
        .testTarget(
            name: "StatecraftFuzzTests",
            dependencies: ["StatecraftCore", "StatecraftAnalysis", "StatecraftData", "StatecraftExtraction",
                           "StatecraftInterchange", "StatecraftStore", "StatecraftSyntax"]),
        .testTarget(name: "StatecraftQueriesTests", dependencies: ["StatecraftQueries"]),
        .testTarget(
            name: "StatecraftExplorerTests",
            dependencies: [
                "StatecraftExplorer", "StatecraftStore", "StatecraftExtraction", "StatecraftData",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]),
    ]
)
