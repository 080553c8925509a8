import Foundation
import Hummingbird
import Logging
import NIOCore
import StatecraftStore

/// The web explorer behind `statecraft serve`: server-rendered pages over a store opened
/// read-only, clickable Graphviz maps, and a JSON API with the CLI's contracts.
///
/// Pages: `/` (overview map, strongest ties, search, period and counts), `/actors/{ID}`,
/// `/relations/{A}/{B}`, `/search?q=`. Maps: `/map.svg` (`actor=`, `a=`&`b=`, and the view
/// parameters). API: `/api/ties`, `/api/relations/{A}/{B}`, `/api/actors?q=`,
/// `/api/centrality?measure=`, `/api/path/{A}/{B}`, `/api/timeline/{A}/{B}`. Every page and map
/// takes the view parameters `since`, `until`, `kind`, `actorKind`, `minStrength`, `layout`,
/// `depth`, `top` (see ``ViewParameters``).
public struct Explorer: Sendable {
    let state: ExplorerState

    /// Opens the store at `storePath` read-only; throws ``StoreError`` when it is missing or unusable.
    public init(storePath: String) throws {
        state = try ExplorerState(storePath: storePath)
    }

    /// The explorer's routes on a new router.
    public func router() -> Router<BasicRequestContext> {
        let router = Router()
        ExplorerRoutes(state: state).register(on: router)
        return router
    }

    /// An application serving the explorer on `host:port` (port 0: any free port);
    /// `onRunning` gets the URL to open once the server listens.
    public func application(host: String = "127.0.0.1", port: Int = 8080,
                            onRunning: @escaping @Sendable (String) -> Void = { _ in }) -> some ApplicationProtocol {
        var logger = Logger(label: "statecraft.serve")
        logger.logLevel = .warning
        return Application(
            router: router(),
            configuration: .init(address: .hostname(host, port: port), serverName: "statecraft"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? port
                let shown = host.contains(":") ? "[\(host)]" : host
                onRunning("http://\(shown):\(port)/")
            },
            logger: logger)
    }
}

extension Explorer {
    /// Serves until SIGINT or SIGTERM (a graceful shutdown). Throws ``ServeFailure`` when the
    /// address cannot be bound.
    public func run(host: String, port: Int, onRunning: @escaping @Sendable (String) -> Void) async throws {
        do {
            try await application(host: host, port: port, onRunning: onRunning).runService()
        } catch let e as IOError {
            throw ServeFailure(e)
        }
    }
}

/// Why the explorer could not listen, in one line for the user: the port is in use, the
/// address is not this machine's, a privileged port.
public struct ServeFailure: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(_ error: IOError) {
        switch error.errnoCode {
        case EADDRINUSE: description = "the port is in use (another server? --port 0 takes any free port)"
        case EADDRNOTAVAIL: description = "the address is not one of this machine's"
        case EACCES: description = "permission denied (ports below 1024 need privileges)"
        default: description = String(cString: strerror(error.errnoCode)).lowercased()
        }
    }
}
