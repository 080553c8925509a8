import ArgumentParser
import Foundation
import StatecraftExplorer
import StatecraftStore

/// `statecraft serve`: the web explorer over the store (read-only), until Ctrl-C.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Browse the graph in a web browser: maps, ties, evidence, and a JSON API.",
        discussion: """
            Reads the store without ever writing it (a build into the same store may run meanwhile). \
            Pages: / (overview), /actors/ID, /relations/A/B; maps: /map.svg; API: /api/ties, \
            /api/relations/A/B, /api/actors?q=, /api/centrality?measure=, /api/path/A/B, \
            /api/timeline/A/B. Every view takes since, until, kind, actorKind, minStrength, layout, \
            depth and top as query parameters. Binds 127.0.0.1 unless --host says otherwise.
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: ArgumentHelp("The address to listen on (0.0.0.0 opens it to the network).", valueName: "HOST"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("The port (0: any free port).", valueName: "PORT"))
    var port = 8080

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard !host.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--host must not be empty") }
    }

    func run() async throws {
        let explorer: Explorer
        do { explorer = try Explorer(storePath: store.path) } catch let e as StoreError { throw CLIError(e.description) }
        let path = store.path
        do {
            try await explorer.run(host: host, port: port) { url in
                FileHandle.standardOutput.write(Data("Statecraft explorer: \(url)  (store \(path); Ctrl-C stops)\n".utf8))
            }
        } catch let e as ServeFailure {
            throw CLIError("cannot serve on \(host):\(port): \(e)")
        } catch {
            let reason = "\(error)".split(whereSeparator: \.isNewline).joined(separator: " ")
            throw CLIError("cannot serve on \(host):\(port): \(reason)")
        }
    }
}
