import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftData
import StatecraftRender

/// `statecraft-bench render`: in-process Graphviz against the `dot` program on the same
/// DOT text, and (with `--soak`) the memory proof of the renderer.
struct BenchRender: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Benchmark rendering: libgvc in process against the dot program; --soak for the memory proof.")

    @OptionGroup var dictionary: DictionaryOptions

    @Option(help: "Timed repetitions per graph and way.")
    var repetitions: Int = 5

    @Option(help: ArgumentHelp("The Graphviz program to compare with.", valueName: "PATH"))
    var dotProgram: String = "/usr/bin/dot"

    @Option(help: ArgumentHelp("Instead of timing: N renders in one process, a failing one every --error-every, printing resident memory.", valueName: "N"))
    var soak: Int?

    @Option(help: ArgumentHelp("With --soak: a failing render every N-th (0: none).", valueName: "N"))
    var errorEvery: Int = 10

    @Option(help: ArgumentHelp("With --soak: the layout of the rendered map (geo: the dictionary's actors with coordinates).", valueName: "LAYOUT"))
    var soakLayout: String = "neato"

    @Option(help: ArgumentHelp("With --soak: render this DOT file instead of a synthetic map (diagnostics).", valueName: "FILE"))
    var soakDot: String?

    func run() throws {
        let ontology = try RelationOntology.bundled()
        let renderer = MapRenderer(ontology: ontology, coordinates: try MapCoordinates(contentsOf: BundledData.coordinatesURL))
        if let soak { return runSoak(renders: soak, renderer: renderer, ontology: ontology) }
        guard FileManager.default.isExecutableFile(atPath: dotProgram) else {
            throw CLIError("\(dotProgram): no dot program to compare with (install graphviz or pass --dot-program)")
        }
        let cases: [(String, [Event], MapLayout)] = [
            ("200 actors / 2,000 ties", SyntheticGraph.events(actors: 200, ties: 2000, seed: 1, ontology: ontology), .sfdp),
            ("100 actors / 200 ties (seed-like)", SyntheticGraph.events(actors: 100, ties: 200, seed: 2, ontology: ontology), .neato),
        ]
        print("graph                               nodes  edges  engine  in-process ms  dot program ms  ratio  same SVG")
        for (name, events, layout) in cases {
            let map = renderer.map(of: events, view: MapView())
            let dot = renderer.writer.write(map, layout: layout)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-bench-\(getpid()).dot")
            try Data(dot.utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }

            // One untimed run each way (plugins, fonts, page cache).
            let inProcessSVG = try GraphvizRenderer.shared.render(dot: dot, format: .svg, engine: layout.engine)
            let programSVG = try runDot(file)
            var inside: [Double] = [], outside: [Double] = []
            for _ in 0..<max(1, repetitions) {
                var t = DispatchTime.now().uptimeNanoseconds
                _ = try GraphvizRenderer.shared.render(dot: dot, format: .svg, engine: layout.engine)
                inside.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
                t = DispatchTime.now().uptimeNanoseconds
                _ = try runDot(file)
                outside.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
            let a = median(inside), b = median(outside)
            print(name.padding(toLength: 36, withPad: " ", startingAt: 0)
                  + pad(map.nodes.count, 5) + pad(map.edges.count, 7) + "  " + layout.engine.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
                  + pad(String(format: "%.1f", a), 15) + pad(String(format: "%.1f", b), 16)
                  + pad(String(format: "%.2fx", b / a), 7) + "  " + (inProcessSVG == programSVG ? "yes" : "no"))
        }
        // What `statecraft render` does from the same DOT text: the layout pass, the decorations and
        // the render pass in process, against the dot program laying out and rendering that text once.
        for (name, events, layout) in cases {
            let map = renderer.map(of: events, view: MapView())
            let dot = renderer.writer.write(map, layout: layout)
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-bench-\(getpid()).dot")
            try Data(dot.utf8).write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            _ = try renderer.render(graph: dot, of: map, layout: layout, format: .svg)
            _ = try runDot(file)
            var inside: [Double] = [], outside: [Double] = []
            for _ in 0..<max(1, repetitions) {
                var t = DispatchTime.now().uptimeNanoseconds
                _ = try renderer.render(graph: dot, of: map, layout: layout, format: .svg)
                inside.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
                t = DispatchTime.now().uptimeNanoseconds
                _ = try runDot(file)
                outside.append(Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6)
            }
            let a = median(inside), b = median(outside)
            print(("map, 2 passes: " + name).padding(toLength: 36, withPad: " ", startingAt: 0)
                  + pad(map.nodes.count, 5) + pad(map.edges.count, 7) + "  " + layout.engine.rawValue.padding(toLength: 6, withPad: " ", startingAt: 0)
                  + pad(String(format: "%.1f", a), 15) + pad(String(format: "%.1f", b), 16)
                  + pad(String(format: "%.2fx", b / a), 7) + "  -")
        }
        print("ratio = dot program time / in-process time (median of \(repetitions)); above 1 means in process is faster.")
        print("rows 1-2: one render of the same DOT text both ways; rows 3-4: what `render` does with that text")
        print("(layout pass, title/legend, render pass, all in process) against one dot program run on it.")
    }

    func runDot(_ file: URL) throws -> Data {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: dotProgram)
        p.arguments = ["-Tsvg", file.path]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CLIError("\(dotProgram) failed on \(file.path)") }
        return data
    }

    func runSoak(renders: Int, renderer: MapRenderer, ontology: RelationOntology) {
        let layout = MapLayout(rawValue: soakLayout) ?? .geo
        var events = SyntheticGraph.events(actors: 30, ties: 60, seed: 3, ontology: ontology)
        if layout == .geo, let dict = try? dictionary.load(), let coordinates = try? MapCoordinates(contentsOf: BundledData.coordinatesURL) {
            let cast = Array(dict.actors.filter { coordinates[$0.id] != nil }.sorted().prefix(24))
            if cast.count >= 4 {
                events = SyntheticGraph.events(cast: cast, ties: min(3 * cast.count, cast.count * (cast.count - 1) / 2), seed: 3, ontology: ontology)
            }
        }
        let map = renderer.map(of: events, view: MapView())
        let fileDOT = soakDot.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
        print("soak: \(renders) renders of " + (fileDOT == nil ? "a \(map.nodes.count)-actor, \(map.edges.count)-edge map (\(layout.rawValue), both passes, SVG)" : soakDot!)
              + (errorEvery > 0 ? ", every \(errorEvery)th a planted failure (syntax error / layout error in turn)" : ""))
        let result = RenderSoak.run(renders: renders, errorEvery: errorEvery, sampleEvery: max(1, renders / 10)) {
            if let fileDOT { return try GraphvizRenderer.shared.render(dot: fileDOT, format: .svg, engine: .nop2) }
            return try renderer.render(map, layout: layout, format: .svg)
        }
        print("renders  VmRSS KiB")
        for s in result.samples { print(pad(s.renders, 7) + pad(s.residentKiB, 11)) }
        let first = result.samples.count > 1 ? result.samples[1] : result.samples[0]
        let last = result.samples.last!
        print("succeeded \(result.succeeded), failed as planted \(result.failed), unexpected \(result.unexpected.count)")
        print("growth after the first \(first.renders) renders: \(last.residentKiB - first.residentKiB) KiB over \(last.renders - first.renders) renders")
        for u in result.unexpected.prefix(5) { print("unexpected: \(u)") }
    }

    func median(_ xs: [Double]) -> Double {
        let s = xs.sorted()
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    func pad(_ v: some CustomStringConvertible, _ n: Int) -> String {
        let s = v.description
        return String(repeating: " ", count: max(0, n - s.count)) + s
    }
}
