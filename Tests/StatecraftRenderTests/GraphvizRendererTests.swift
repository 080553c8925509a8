import Foundation
import XCTest
import StatecraftBenchmarks
@testable import StatecraftRender

final class GraphvizRendererTests: XCTestCase {
    let renderer = GraphvizRenderer.shared

    func testRendersSVGPNGAndPDF() throws {
        let dot = #"digraph G { a [label="Alpha"]; a -> b; }"#
        let svg = String(decoding: try renderer.render(dot: dot, format: .svg, engine: .dot), as: UTF8.self)
        XCTAssertTrue(svg.contains("<svg"))
        XCTAssertTrue(svg.contains(">Alpha</text>"))
        let png = try renderer.render(dot: dot, format: .png, engine: .dot)
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        let pdf = try renderer.render(dot: dot, format: .pdf, engine: .dot)
        XCTAssertEqual(String(decoding: pdf.prefix(5), as: UTF8.self), "%PDF-")
    }

    func testEveryEngineLaysOut() throws {
        let dot = "graph G { a -- b; b -- c; c -- a; c -- d; }"
        for engine in GraphvizEngine.allCases where engine != .nop && engine != .nop2 {
            let svg = try renderer.render(dot: dot, format: .svg, engine: engine)
            XCTAssertTrue(String(decoding: svg, as: UTF8.self).contains("<title>d</title>"), "\(engine)")
        }
    }

    func testPinnedPositionsAreKept() throws {
        let dot = #"graph G { a [pos="100,50!"]; b [pos="300,200!"]; a -- b; }"#
        let svg = String(decoding: try renderer.render(dot: dot, format: .svg, engine: .nop), as: UTF8.self)
        // The two centres are 200 pt apart horizontally whatever the translation.
        let xs = svg.matches(of: /<ellipse[^>]* cx="([0-9.-]+)"/).compactMap { Double($0.1) }
        XCTAssertEqual(xs.count, 2)
        XCTAssertEqual(abs(xs[1] - xs[0]), 200, accuracy: 0.5)
    }

    func testSyntaxErrorCarriesGraphvizMessage() {
        XCTAssertThrowsError(try renderer.render(dot: "digraph { a -> ; }", format: .svg, engine: .dot)) { error in
            let e = error as! GraphvizError
            XCTAssertEqual(e.stage, .parse)
            XCTAssertTrue(e.message.contains("syntax error"), e.message)
            XCTAssertFalse(e.description.contains("\n"))
        }
    }

    func testLayoutErrorCarriesGraphvizMessage() {
        // neato -n needs a position for every node.
        XCTAssertThrowsError(try renderer.render(dot: #"graph { a [pos="1,1!"]; b; a -- b }"#, format: .svg, engine: .nop)) { error in
            let e = error as! GraphvizError
            XCTAssertEqual(e.stage, .layout)
            XCTAssertFalse(e.message.isEmpty)
        }
    }

    /// The public Swift wrapper's bug: after one error every later parse failed because
    /// the error count was never reset.
    func testRenderingWorksAgainAfterErrors() throws {
        for i in 0..<5 {
            XCTAssertThrowsError(try renderer.render(dot: "graph { \(i) -- }", format: .svg, engine: .dot))
            let svg = try renderer.render(dot: "graph { n\(i) -- m }", format: .svg, engine: .dot)
            XCTAssertTrue(String(decoding: svg, as: UTF8.self).contains("<title>n\(i)</title>"))
        }
    }

    func testConcurrentCallersAreSerialised() throws {
        let errors = ErrorCounter()
        let renderer = GraphvizRenderer.shared
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            do {
                if i % 4 == 0 {
                    _ = try? renderer.render(dot: "digraph { x -> }", format: .svg, engine: .dot)
                } else {
                    let svg = try renderer.render(dot: "digraph { c\(i) -> d\(i) }", format: .svg, engine: .dot)
                    if !String(decoding: svg, as: UTF8.self).contains("<title>c\(i)</title>") { errors.add() }
                }
            } catch { errors.add() }
        }
        XCTAssertEqual(errors.count, 0)
    }

    /// Anonymous graphs get a name from a process-wide counter (`%3`, then `%11`), so
    /// reproducible output needs a named graph, as the DOT writer always writes.
    func testOutputIsReproducible() throws {
        let dot = "digraph G { a -> b -> c; a -> c; }"
        for format in GraphvizFormat.allCases {
            for engine in [GraphvizEngine.dot, .neato, .sfdp] {
                let one = try renderer.render(dot: dot, format: format, engine: engine)
                let two = try renderer.render(dot: dot, format: format, engine: engine)
                XCTAssertEqual(one, two, "\(format) \(engine)")
            }
        }
    }

    func testPDFCreationDateIsFixed() throws {
        let pdf = try renderer.render(dot: "digraph { a }", format: .pdf, engine: .dot)
        let text = String(decoding: pdf, as: UTF8.self)
        XCTAssertTrue(text.contains("/CreationDate (D:20000101000000"), "cairo's stamp was not rewritten")
    }
}

final class ErrorCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func add() { lock.lock(); n += 1; lock.unlock() }
    var count: Int { lock.lock(); defer { lock.unlock() }; return n }
}

final class RenderSoakTests: XCTestCase {
    /// A leak of one parsed graph, layout or SVG buffer per render (tens of KiB each for
    /// the seed map) would add several MiB over 300 renders; the bound leaves room for
    /// allocator noise only. The full proof (1,000 renders) is `statecraft-bench render --soak`.
    func testMemoryStaysFlatAcrossRendersAndErrors() throws {
        guard RenderSoak.residentKiB() > 0 else { throw XCTSkip("no /proc/self/status on this system") }
        let renderer = MapRenderer(ontology: SeedFixture.ontology, coordinates: SeedFixture.coordinates)
        let dot = renderer.writer.write(renderer.map(of: SeedFixture.events, view: MapView()), layout: .geo)
        _ = RenderSoak.run(dot: dot, engine: .nop, renders: 50, sampleEvery: 50)  // warm-up: plugins, fonts
        let result = RenderSoak.run(dot: dot, engine: .nop, renders: 300, errorEvery: 10, sampleEvery: 100)
        XCTAssertEqual(result.unexpected, [])
        XCTAssertEqual(result.failed, 30)
        XCTAssertEqual(result.succeeded, 270)
        let growth = result.samples.last!.residentKiB - result.samples.first!.residentKiB
        XCTAssertLessThan(growth, 3 * 1024, "resident memory grew \(growth) KiB over 300 renders: \(result.samples.map(\.residentKiB))")
    }
}

final class DOTTextTests: XCTestCase {
    func testIdentifiersAreStableAndNeverCollide() {
        XCTAssertEqual(DOTText.identifier("n", "RUS"), "n-RUS")
        XCTAssertEqual(DOTText.identifier("e", "A-B", "C"), "e-A.2DB-C")
        XCTAssertNotEqual(DOTText.identifier("e", "A-B", "C"), DOTText.identifier("e", "A", "B-C"))
        XCTAssertNotEqual(DOTText.identifier("x", "a.2Db"), DOTText.identifier("x", "a-b"))
        XCTAssertTrue(DOTText.identifier("n", "\"><script>").allSatisfy { $0.isLetter || $0.isNumber || "-._".contains($0) })
    }

    func testQuotedStringsCannotBeClosedFromInside() {
        let q = DOTText.quoted("a \"b\" \\\" c\u{0}\nd")
        // Every quote inside is escaped, no backslash from the text survives, no control character.
        let inner = q.dropFirst().dropLast()
        XCTAssertEqual(q.first, "\"")
        XCTAssertEqual(q.last, "\"")
        XCTAssertFalse(inner.replacingOccurrences(of: "\\\"", with: "").contains("\""))
        XCTAssertFalse(inner.replacingOccurrences(of: "\\\"", with: "").contains("\\"))
        XCTAssertFalse(inner.unicodeScalars.contains { $0.value < 0x20 })
    }

    func testLongXDotIsSplitForTheDotLexer() throws {
        let ops = String(repeating: "L 2 0 0 10 10 ", count: 2000)
        let q = DOTText.quotedXDot(ops)
        let pieces = q.components(separatedBy: " +\n\t\t")
        XCTAssertGreaterThan(pieces.count, 5)
        XCTAssertTrue(pieces.allSatisfy { $0.utf8.count < 16_384 && $0.hasPrefix("\"") && $0.hasSuffix("\"") })
        XCTAssertEqual(pieces.map { String($0.dropFirst().dropLast()) }.joined(), ops)
        // Graphviz reads it back as one attribute.
        let svg = try GraphvizRenderer.shared.render(dot: "digraph \"x\" { graph [_background=\(q)]; a }", format: .svg, engine: .dot)
        XCTAssertGreaterThan(String(decoding: svg, as: UTF8.self).components(separatedBy: "<polyline").count, 2000)
    }
}
