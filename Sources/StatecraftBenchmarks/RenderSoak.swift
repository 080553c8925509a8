import Foundation
import StatecraftRender

/// Renders the same map many times in one process, with a failing render every
/// `errorEvery`-th call, and samples the resident memory: the proof that graphs,
/// layouts, render buffers and error state are released on every path.
public enum RenderSoak {
    /// One memory sample.
    public struct Sample: Sendable {
        public let renders: Int
        public let residentKiB: Int
    }

    public struct Result: Sendable {
        public let samples: [Sample]
        public let succeeded: Int
        public let failed: Int
        /// Failures that were not the planted ones, or planted ones that did not fail.
        public let unexpected: [String]
    }

    /// The planted failures, in turn: a syntax error, and a layout error (pinned layout without positions).
    static let brokenInputs: [(dot: String, engine: GraphvizEngine)] = [
        ("digraph \"broken\" { a -> ; }", .dot),
        ("graph \"unpinned\" { a [pos=\"1,1!\"]; b; a -- b; }", .nop),
    ]

    /// Runs `renders` renders of `dot` (engine `engine`, SVG), a planted failure every `errorEvery`-th,
    /// sampling memory every `sampleEvery` renders.
    public static func run(dot: String, engine: GraphvizEngine, renders: Int, errorEvery: Int = 10,
                           sampleEvery: Int = 100) -> Result {
        run(renders: renders, errorEvery: errorEvery, sampleEvery: sampleEvery) {
            try GraphvizRenderer.shared.render(dot: dot, format: .svg, engine: engine)
        }
    }

    /// Runs `renders` calls of `render` (a whole map: both passes, every decoration), a
    /// planted failure every `errorEvery`-th, sampling memory every `sampleEvery` renders.
    public static func run(renders: Int, errorEvery: Int = 10, sampleEvery: Int = 100,
                           render: () throws -> Data) -> Result {
        var samples = [Sample(renders: 0, residentKiB: residentKiB())]
        var ok = 0, failed = 0
        var unexpected: [String] = []
        for i in 1...max(1, renders) {
            if errorEvery > 0, i % errorEvery == 0 {
                let broken = brokenInputs[(i / errorEvery) % brokenInputs.count]
                do {
                    _ = try GraphvizRenderer.shared.render(dot: broken.dot, format: .svg, engine: broken.engine)
                    unexpected.append("render \(i): the broken input rendered")
                } catch {
                    failed += 1
                }
            } else {
                do {
                    _ = try render()
                    ok += 1
                } catch {
                    unexpected.append("render \(i): \(error)")
                }
            }
            if i % sampleEvery == 0 { samples.append(Sample(renders: i, residentKiB: residentKiB())) }
        }
        return Result(samples: samples, succeeded: ok, failed: failed, unexpected: unexpected)
    }

    /// The process's resident set size (`VmRSS` in /proc/self/status), in KiB; 0 where unavailable.
    public static func residentKiB() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.split(whereSeparator: \.isWhitespace).dropFirst().first ?? "") ?? 0
        }
        return 0
    }
}
