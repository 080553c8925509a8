import ArgumentParser

/// `statecraft bench …`: benchmarks, side by side with the peer libraries. A command group:
/// `bench graph` (our graph algorithms against the peers' measured medians) and `bench external`
/// (the `--external` protocol of `../shared/bench/graphs/peers.py`).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Benchmarks against peer tools.",
        subcommands: [BenchGraph.self, BenchExternal.self])
}
