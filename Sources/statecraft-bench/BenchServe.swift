import ArgumentParser
import Foundation
import StatecraftCommandSupport

/// `statecraft-bench serve`: the explorer under load on loopback.
///
/// Starts `statecraft serve --port 0` on a store (by default a 1,000,000-row GDELT store built
/// as `statecraft-bench gdelt` builds it, in its own directory, when missing), requests every URL of the mix once
/// (cold: the first map of a period loads its events and goes through Graphviz), then lets
/// `--clients` clients, each on its own keep-alive connection, request pages, API calls and
/// maps for `--seconds`, and prints requests, errors and latency percentiles per group with
/// the server's resident memory after the warm-up, during and at the end of the run.
///
/// The client is a plain HTTP/1.1 client over POSIX sockets on one thread per connection:
/// it adds no dependency to the tool (AsyncHTTPClient is only in the tests' graph and would
/// bring SwiftNIO's TLS into the release build; URLSession on Linux would link
/// FoundationNetworking and libcurl into the binary) and little client overhead to the
/// latencies on a machine whose cores the server shares. Not a test: the numbers move with the
/// machine's load.
struct BenchServe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Load-test the explorer: concurrent clients over pages, API calls and maps on the 1M-event GDELT store.")

    @Option(help: ArgumentHelp("The store to serve (default: the GDELT store of `bench gdelt` with --rows rows, built when missing).", valueName: "PATH"))
    var db: String?

    @Option(help: "Rows of the GDELT store built when --db is absent.")
    var rows = 1_000_000

    @Option(help: ArgumentHelp("The GDELT 1.0 sample the rows are cycled from.", valueName: "FILE"))
    var sample = "../shared/data/events/gdelt1-sample.tsv"

    @Option(help: ArgumentHelp("Scratch directory for the GDELT file and store (built as bench gdelt builds them).", valueName: "DIR"))
    var dir = FileManager.default.temporaryDirectory.appendingPathComponent("statecraft-bench-serve").path

    @Option(help: "Concurrent clients (one keep-alive connection each).")
    var clients = 50

    @Option(help: "Duration of the loaded run in seconds.")
    var seconds = 30.0

    @Option(help: "Latency bar for pages and API calls, in milliseconds (p99).")
    var bar = 500.0

    func validate() throws {
        guard (1...1000).contains(clients) else { throw ValidationError("--clients must be from 1 to 1000") }
        guard seconds >= 1, seconds <= 3600 else { throw ValidationError("--seconds must be from 1 to 3600") }
        guard (1_000...10_000_000).contains(rows) else { throw ValidationError("--rows must be from 1000 to 10000000") }
    }

    func run() throws {
        let exe = try StatecraftBinary.path()
        let store = try db ?? buildGDELTStore(exe: exe)
        guard FileManager.default.fileExists(atPath: store) else { throw CLIError("\(store): no such store") }

        let server = try ServerProcess(exe: exe, store: store)
        defer { server.stop() }
        say("bench serve: \(clients) clients for \(Int(seconds)) s on \(server.base), store \(store)")

        let mix = try Mix(port: server.port)
        // Cold pass: every URL once, in order (fills the caches the loaded run reads).
        var cold: [Group: Double] = [:]
        var coldErrors: [String] = []
        let conn = try HTTPConnection(port: server.port)
        for (group, path) in mix.requests {
            let t = DispatchTime.now().uptimeNanoseconds
            let r = try? conn.get(path)
            let ms = Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6
            if r?.status != 200 { coldErrors.append("\(path): \(r.map { "HTTP \($0.status)" } ?? "no answer")") }
            cold[group] = max(cold[group] ?? 0, ms)
        }
        conn.close()
        say(String(format: "cold pass (%d URLs once each, slowest): pages %.0f ms, api %.0f ms, maps %.0f ms",
                     mix.requests.count, cold[.pages] ?? 0, cold[.api] ?? 0, cold[.maps] ?? 0))
        for e in coldErrors.prefix(5) { say("  cold error: \(e)") }

        let rssStart = server.residentMB()
        let results = Results()
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
        var samples: [Double] = []
        let group = DispatchGroup()
        for c in 0..<clients {
            let thread = Thread { [mix, port = server.port] in
                Self.client(index: c, mix: mix, port: port, deadline: deadline, results: results)
                group.leave()
            }
            thread.stackSize = 1 << 20
            group.enter()
            thread.start()
        }
        while group.wait(timeout: .now() + 5) == .timedOut { samples.append(server.residentMB()) }
        let rssEnd = server.residentMB()
        let peak = server.peakMB()

        say("group   requests  errors   p50 ms   p95 ms   p99 ms   max ms")
        var total = 0, errors = 0
        var passed = coldErrors.isEmpty
        for g in Group.allCases {
            let (lat, err) = results.take(g)
            total += lat.count + err
            errors += err
            let s = lat.sorted()
            func p(_ q: Double) -> Double { s.isEmpty ? 0 : s[min(s.count - 1, Int((Double(s.count) * q).rounded(.up)) - 1)] }
            say(String(format: "%-6@ %9d %7d %8.1f %8.1f %8.1f %8.1f", g.rawValue, lat.count + err, err,
                         p(0.5), p(0.95), p(0.99), s.last ?? 0))
            if err > 0 || (g != .maps && p(0.99) >= bar) { passed = false }
        }
        say(String(format: "all    %9d %7d   (%.0f requests/s)", total, errors, Double(total) / seconds))
        say(String(format: "server memory (RSS): %.0f MB after the cold pass, %.0f MB at the end; every 5 s: %@; peak %.0f MB",
                     rssStart, rssEnd, samples.map { String(format: "%.0f", $0) }.joined(separator: ", "), peak))
        let flat = rssEnd <= rssStart * 1.1 + 16
        say("bar (no errors, p99 < \(Int(bar)) ms for pages and API, memory flat within 10 %): "
              + (passed && flat ? "met" : "NOT met" + (flat ? "" : " (memory grew)")))
    }

    /// A line on standard output at once (print buffers when the output is a file).
    func say(_ line: String) { FileHandle.standardOutput.write(Data((line + "\n").utf8)) }

    // MARK: - The store

    /// The GDELT store `bench gdelt` builds (`DIR/store-ROWS.sqlite`), built when missing.
    func buildGDELTStore(exe: String) throws -> String {
        let store = "\(dir)/store-\(rows).sqlite"
        if FileManager.default.fileExists(atPath: store) { return store }
        guard FileManager.default.fileExists(atPath: sample) else { throw CLIError("\(sample): no such file (run from the package root or pass --db)") }
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let file = "\(dir)/gdelt-\(rows).tsv"
        if !FileManager.default.fileExists(atPath: file) {
            try BenchGDELT.write(rows: rows, tails: try BenchGDELT.sampleTails(sample), uniqueURL: false, to: file)
        }
        say("building \(store) from \(rows) GDELT rows...")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["import", "gdelt", file, "--db", store]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw CLIError("import gdelt \(file) failed (status \(p.terminationStatus))") }
        return store
    }

    // MARK: - The mix

    enum Group: String, CaseIterable, Sendable { case pages, api, maps }

    /// The requests: pages, API calls and maps over the store's strongest ties, each view once.
    struct Mix: Sendable {
        let requests: [(Group, String)]

        init(port: Int) throws {
            let conn = try HTTPConnection(port: port)
            defer { conn.close() }
            let r = try conn.get("/api/ties?top=8")
            guard r.status == 200, let list = try? JSONSerialization.jsonObject(with: r.body) as? [[String: Any]], !list.isEmpty
            else { throw CLIError("the explorer answered /api/ties with HTTP \(r.status); is the store empty?") }
            let pairs: [(String, String)] = list.compactMap {
                guard let s = ($0["source"] as? [String: Any])?["id"] as? String,
                      let t = ($0["target"] as? [String: Any])?["id"] as? String else { return nil }
                return (Self.segment(s), Self.segment(t))
            }
            let actors = Array(NSOrderedSet(array: pairs.flatMap { [$0.0, $0.1] }).array as! [String]).prefix(6)
            var out: [(Group, String)] = [(.pages, "/"), (.pages, "/?top=30"), (.maps, "/map.svg"), (.maps, "/map.svg?layout=geo")]
            for a in actors {
                out += [(.pages, "/actors/\(a)"), (.maps, "/map.svg?actor=\(a)"), (.api, "/api/actors?q=\(a.prefix(2))")]
            }
            for (a, b) in pairs.prefix(6) {
                out += [(.pages, "/relations/\(a)/\(b)"), (.api, "/api/relations/\(a)/\(b)"), (.api, "/api/timeline/\(a)/\(b)"),
                        (.maps, "/map.svg?a=\(a)&b=\(b)")]
            }
            if let (a, _) = pairs.first, let (_, z) = pairs.last { out.append((.api, "/api/path/\(a)/\(z)?k=3")) }
            out += [(.api, "/api/ties"), (.api, "/api/ties?top=50"), (.api, "/api/centrality?measure=pagerank"),
                    (.api, "/api/centrality?measure=betweenness&top=20"), (.api, "/api/centrality?measure=strength&weighted=true")]
            requests = out
        }

        static func segment(_ s: String) -> String {
            s.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? s
        }
    }

    /// One client: its own connection, requests drawn from the mix (a fixed sequence per
    /// client) until the deadline; a failed connection is counted and reopened.
    static func client(index: Int, mix: Mix, port: Int, deadline: UInt64, results: Results) {
        var state = UInt64(index) &* 0x9E37_79B9_7F4A_7C15 &+ 1
        var conn: HTTPConnection?
        while DispatchTime.now().uptimeNanoseconds < deadline {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let (group, path) = mix.requests[Int((state >> 33) % UInt64(mix.requests.count))]
            let t = DispatchTime.now().uptimeNanoseconds
            do {
                if conn == nil { conn = try HTTPConnection(port: port) }
                let r = try conn!.get(path)
                let ms = Double(DispatchTime.now().uptimeNanoseconds - t) / 1e6
                results.add(group, ms: ms, ok: r.status == 200)
                if !r.keepAlive { conn?.close(); conn = nil }
            } catch {
                results.add(group, ms: 0, ok: false)
                conn?.close()
                conn = nil
            }
        }
        conn?.close()
    }

    /// Latencies and error counts per group, from every client thread.
    final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var latencies: [Group: [Double]] = [:]
        private var errors: [Group: Int] = [:]

        func add(_ g: Group, ms: Double, ok: Bool) {
            lock.withLock {
                if ok { latencies[g, default: []].append(ms) } else { errors[g, default: 0] += 1 }
            }
        }

        func take(_ g: Group) -> ([Double], Int) { lock.withLock { (latencies[g] ?? [], errors[g] ?? 0) } }
    }

    // MARK: - The server

    /// `statecraft serve --port 0` as a child process; its URL is read from its first line.
    final class ServerProcess {
        let process = Process()
        let port: Int
        var base: String { "http://127.0.0.1:\(port)/" }

        init(exe: String, store: String) throws {
            process.executableURL = URL(fileURLWithPath: exe)
            process.arguments = ["serve", "--db", store, "--port", "0"]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            // "Statecraft explorer: http://127.0.0.1:PORT/  (...)"
            var line = Data()
            let handle = out.fileHandleForReading
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = handle.availableData
                if chunk.isEmpty { throw CLIError("statecraft serve stopped before listening (status \(process.isRunning ? 0 : process.terminationStatus))") }
                line.append(chunk)
            }
            let text = String(decoding: line, as: UTF8.self)
            guard let r = text.range(of: "127.0.0.1:"), let p = Int(text[r.upperBound...].prefix(while: \.isNumber)) else {
                process.terminate()
                throw CLIError("statecraft serve printed no URL: \(text.prefix(200))")
            }
            port = p
        }

        /// A field of `/proc/PID/status` in MB (0 where there is no /proc).
        private func status(_ field: String) -> Double {
            guard let text = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
                  let line = text.split(separator: "\n").first(where: { $0.hasPrefix(field + ":") }) else { return 0 }
            return (Double(line.split(separator: " ").dropFirst().first.map(String.init) ?? "") ?? 0) / 1024
        }

        func residentMB() -> Double { status("VmRSS") }
        func peakMB() -> Double { status("VmHWM") }

        func stop() {
            guard process.isRunning else { return }
            kill(process.processIdentifier, SIGINT)
            process.waitUntilExit()
        }
    }

    // MARK: - The client

    /// A blocking HTTP/1.1 client on one keep-alive connection to 127.0.0.1 (GET only;
    /// bodies by Content-Length or chunked).
    final class HTTPConnection: @unchecked Sendable {
        struct Answer {
            let status: Int
            let body: Data
            let keepAlive: Bool
        }

        struct Failure: Error, CustomStringConvertible {
            let description: String
        }

        private let fd: Int32
        private var buffer: [UInt8] = []

        init(port: Int) throws {
            fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard fd >= 0 else { throw Failure(description: "socket: errno \(errno)") }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = in_addr_t(UInt32(0x7F00_0001).bigEndian)
            let ok = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard ok == 0 else {
                let e = errno
                Glibc.close(fd)
                throw Failure(description: "connect: errno \(e)")
            }
            var one: Int32 = 1
            setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &one, socklen_t(MemoryLayout<Int32>.size))
            var timeout = timeval(tv_sec: 60, tv_usec: 0)
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        }

        func close() { Glibc.close(fd) }

        func get(_ path: String) throws -> Answer {
            let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: */*\r\n\r\n".utf8)
            var sent = 0
            while sent < request.count {
                let n = request[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                guard n > 0 else { throw Failure(description: "send: errno \(errno)") }
                sent += n
            }
            let head = try readHead()
            let lines = head.split(separator: "\r\n")
            guard let statusLine = lines.first, statusLine.hasPrefix("HTTP/1."),
                  let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else {
                throw Failure(description: "bad status line")
            }
            var length: Int?, chunked = false, keepAlive = true
            for line in lines.dropFirst() {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let name = line[..<colon].lowercased(), value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if name == "content-length" { length = Int(value) }
                if name == "transfer-encoding", value.lowercased().contains("chunked") { chunked = true }
                if name == "connection", value.lowercased() == "close" { keepAlive = false }
            }
            var body: [UInt8] = []
            if chunked {
                while true {
                    let sizeLine = try readLine()
                    guard let size = Int(sizeLine.split(separator: ";").first ?? "", radix: 16) else { throw Failure(description: "bad chunk") }
                    if size == 0 { _ = try readLine(); break }
                    body += try read(size)
                    _ = try readLine()
                }
            } else if let length {
                body = try read(length)
            } else {
                throw Failure(description: "no Content-Length")
            }
            return Answer(status: status, body: Data(body), keepAlive: keepAlive)
        }

        private func fill() throws {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw Failure(description: n == 0 ? "connection closed" : "recv: errno \(errno)") }
            buffer += chunk[0..<n]
        }

        private func readHead() throws -> String {
            let end: [UInt8] = [13, 10, 13, 10]
            var from = 0
            while true {
                if buffer.count >= 4 {
                    for i in from...(buffer.count - 4) where buffer[i] == 13 && Array(buffer[i..<(i + 4)]) == end {
                        let head = String(decoding: buffer[0..<i], as: UTF8.self)
                        buffer.removeFirst(i + 4)
                        return head
                    }
                    from = buffer.count - 3
                }
                try fill()
            }
        }

        private func readLine() throws -> String {
            while true {
                if let i = buffer.firstIndex(of: 10) {
                    let line = String(decoding: buffer[0..<i], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                    buffer.removeFirst(i + 1)
                    return line
                }
                try fill()
            }
        }

        private func read(_ count: Int) throws -> [UInt8] {
            while buffer.count < count { try fill() }
            let out = Array(buffer[0..<count])
            buffer.removeFirst(count)
            return out
        }
    }
}
