import ArgumentParser

/// `statecraft bench …`: benchmarks, side by side with the peers in `../shared/bench`:
/// `bench graph` (graph algorithms against igraph, NetworKit, NetworkX), `bench external`
/// (the `--external` protocol of `peers.py`), `bench extract` (the coder's MB/s against spaCy),
/// `bench gdelt` (GDELT import against pandas), `bench build` (corpus build, articles/s),
/// `bench parse` (tagging + parsing words/s against spaCy), `bench spark` (the Spark job in local
/// mode against `build` on the same cores), `bench serve` (the explorer under load on loopback).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks against peer tools.",
        subcommands: [BenchGraph.self, BenchExternal.self, BenchExtract.self, BenchGDELT.self, BenchBuild.self, BenchRender.self, BenchParse.self, BenchSpark.self, BenchServe.self])
}
