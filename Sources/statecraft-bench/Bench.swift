import ArgumentParser
import Foundation

/// `statecraft-bench …`: benchmarks, side by side with the peers in `../shared/bench`:
/// `graph` (graph algorithms against igraph, NetworKit, NetworkX), `external`
/// (the `--external` protocol of `peers.py`), `extract` (the coder's MB/s against spaCy),
/// `gdelt` (GDELT import against pandas), `build` (corpus build, articles/s), `render`
/// (libgvc in process against the dot program), `parse` (tagging + parsing words/s against
/// spaCy), `spark` (the Spark job in local mode against `build` on the same cores), `serve` (the explorer
/// under load on loopback).
///
/// This is the one place where benchmarks are registered. Those that time the `statecraft`
/// command itself run the `statecraft` binary beside this one (``StatecraftBinary``).
@main
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "statecraft-bench",
        abstract: "Benchmarks of statecraft against peer tools (../shared/bench).",
        subcommands: [BenchGraph.self, BenchExternal.self, BenchExtract.self, BenchGDELT.self, BenchBuild.self, BenchRender.self, BenchParse.self, BenchSpark.self, BenchServe.self])

    static func main() async {
        await CommandEntry.main(Bench.self, arguments: Array(CommandLine.arguments.dropFirst()))
    }
}
