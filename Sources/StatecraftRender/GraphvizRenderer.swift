import CGraphviz
import Foundation

/// Renders DOT text to SVG, PNG or PDF through libgvc, in process.
///
/// **One owner, one context.** Graphviz's C library is not thread-safe and keeps its
/// error state in process-wide globals (`agerrno`, the maximum error level, the user
/// error function), so the process has exactly one renderer, ``shared``: it owns one
/// long-lived `GVC_t` (created once; Graphviz leaks its plugin lists when a context is
/// freed, so it is never freed) and runs every call on one private serial queue.
/// Nothing else in Statecraft may call cgraph or gvc.
///
/// **Each call** resets the error count (`agreseterrors`) and the captured messages,
/// parses with `agmemread`, lays out with `gvLayout`, renders with `gvRenderData`, and
/// checks `agerrors()` after each step. Graphviz's messages reach a C callback
/// installed with `agseterrf` (so they never go to stderr) and the `Error:` lines
/// become the ``GraphvizError``. `gvFreeRenderData`, `gvFreeLayout` and `agclose` run
/// on every path, errors included (`defer` in reverse order of acquisition).
///
/// Graphviz versions: written against 2.42/2.43 (Debian 12), where `gvRenderData`'s
/// length is `unsigned int *` (newer releases take `size_t *`: the `length` variable
/// below is the one line to change) and `gvFreeRenderData` exists (since 2.29).
/// Cairo 1.16 stamps PDFs with the current time; the renderer rewrites that stamp
/// (see ``ReproducibleOutput``) so output is byte-for-byte reproducible. Anonymous graphs
/// get a name from a process-wide counter: reproducible output needs a named graph.
///
/// Leaks inside Graphviz 2.42 (valgrind, none allocated from Statecraft's code): every
/// HTML-like label (`htmlparse`, `sizeArray`), `splines=curved` (`makeStraightEdges`),
/// bold/italic font flags (pango markup), and, ~1 KB a render, `neato -n` set-up
/// (`init_nop`) and the spline router. The maps avoid the first three (see ``XDotDrawing``).
public final class GraphvizRenderer: @unchecked Sendable {
    /// The process's only renderer.
    public static let shared = GraphvizRenderer()

    private let queue = DispatchQueue(label: "statecraft.graphviz")
    /// The long-lived context; touched only on `queue`.
    private let context: OpaquePointer

    private init() {
        guard let gvc = gvContext() else { fatalError("Graphviz: gvContext() returned NULL (out of memory)") }
        context = gvc
        _ = agseterrf(graphvizMessageSink)
    }

    /// Lays out `dot` with `engine` and renders it in `format`.
    ///
    /// - Throws: ``GraphvizError`` with Graphviz's message when the text does not parse,
    ///   the layout fails or the renderer fails. Warnings do not throw.
    public func render(dot: String, format: GraphvizFormat, engine: GraphvizEngine) throws -> Data {
        try queue.sync {
            let data = try renderOnQueue(dot: dot, device: format.deviceName, engine: engine.rawValue)
            return format == .pdf ? ReproducibleOutput.fixingPDFCreationDate(data) : data
        }
    }

    /// Lays out `dot` with `engine` and returns it as DOT with every position set
    /// (`pos`, `lp`, `bb`: Graphviz's `-Tdot` output), for a second pass with ``GraphvizEngine/nop2``.
    public func layOut(dot: String, engine: GraphvizEngine) throws -> String {
        try queue.sync {
            String(decoding: try renderOnQueue(dot: dot, device: "dot", engine: engine.rawValue), as: UTF8.self)
        }
    }

    /// The version of the Graphviz library in use (`gvcVersion`), such as "2.43.0".
    public var graphvizVersion: String {
        queue.sync { gvcVersion(context).map { String(cString: $0) } ?? "unknown" }
    }

    /// The warnings Graphviz printed during the last call (for diagnostics).
    public var lastWarnings: [String] {
        queue.sync { GraphvizMessages.lines(prefix: "Warning") }
    }

    /// The body of ``render(dot:format:engine:)``; runs on `queue` only.
    private func renderOnQueue(dot: String, device: String, engine: String) throws -> Data {
        agreseterrors()
        GraphvizMessages.reset()

        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw GraphvizError(stage: .parse, message: GraphvizMessages.errorSummary(or: "the DOT text does not parse"))
        }
        defer { agclose(graph) }
        if agerrors() > 0 {
            throw GraphvizError(stage: .parse, message: GraphvizMessages.errorSummary(or: "the DOT text does not parse"))
        }

        let laidOut = gvLayout(context, graph, engine)
        defer { gvFreeLayout(context, graph) }
        if laidOut != 0 || agerrors() > 0 {
            throw GraphvizError(stage: .layout, message: GraphvizMessages.errorSummary(or: "layout engine \(engine) failed"))
        }

        var buffer: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0  // `unsigned int` in Graphviz 2.42; `size_t` from 2.50 on.
        let rendered = gvRenderData(context, graph, device, &buffer, &length)
        defer { if let buffer { gvFreeRenderData(buffer) } }
        if rendered != 0 || agerrors() > 0 {
            throw GraphvizError(stage: .render, message: GraphvizMessages.errorSummary(or: "rendering \(device) failed"))
        }
        guard let buffer else { return Data() }
        return Data(bytes: buffer, count: Int(length))
    }
}

/// The C callback Graphviz calls with each piece of each message ("Error", ": ", text).
private let graphvizMessageSink: agusererrf = { piece in
    if let piece { GraphvizMessages.text += String(cString: piece) }
    return 0
}

/// The messages Graphviz printed during the current call. Only touched from the
/// renderer's queue (the callback runs synchronously inside Graphviz calls made there).
private enum GraphvizMessages {
    nonisolated(unsafe) static var text = ""

    static func reset() { text = "" }

    /// The message lines that start with `prefix:` (prefix removed), continuation lines joined.
    static func lines(prefix: String) -> [String] {
        var out: [String] = []
        var current: String?
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("Error:") || line.hasPrefix("Warning:") {
                if let current { out.append(current) }
                current = line.hasPrefix(prefix + ":") ? String(line.dropFirst(prefix.count + 1)) : nil
            } else if current != nil {
                current! += " " + line
            }
        }
        if let current { out.append(current) }
        return out.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
    }

    /// Every `Error:` message in one line, or `fallback` when Graphviz said nothing.
    static func errorSummary(or fallback: String) -> String {
        let errors = lines(prefix: "Error")
        return errors.isEmpty ? fallback : errors.joined(separator: "; ")
    }
}
