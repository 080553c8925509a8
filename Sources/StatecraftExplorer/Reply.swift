import Foundation
import Hummingbird

/// What a handler answers, before it becomes a Hummingbird `Response`: every reply has a
/// content type, and pages forbid inline scripts and outside sources (`Content-Security-Policy`),
/// so even text that slipped through escaping could not run.
struct Reply: Sendable {
    var status: Int = 200
    var contentType: String
    var body: Data
    var location: String?

    static func html(_ text: String, status: Int = 200) -> Reply {
        Reply(status: status, contentType: "text/html; charset=utf-8", body: Data(text.utf8))
    }

    static func json(_ text: String, status: Int = 200) -> Reply {
        Reply(status: status, contentType: "application/json; charset=utf-8", body: Data((text + "\n").utf8))
    }

    static func svg(_ text: String) -> Reply {
        Reply(contentType: "image/svg+xml; charset=utf-8", body: Data(text.utf8))
    }

    /// A 303 to `location` (a path on this server).
    static func redirect(_ location: String) -> Reply {
        Reply(status: 303, contentType: "text/plain; charset=utf-8", body: Data("See \(location)\n".utf8), location: location)
    }

    static let securityPolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    var response: Response {
        var headers: HTTPFields = [.contentType: contentType]
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        headers[.init("Content-Security-Policy")!] = Self.securityPolicy
        headers[.cacheControl] = "no-cache"
        if let location { headers[.location] = location }
        return Response(status: .init(code: status), headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}

/// Runs blocking work (SQLite reads, Graphviz through its serial owner) off Swift's cooperative threads.
func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result { try body() }) }
    }
}
