import Foundation
import Hummingbird
import StatecraftQueries

/// Turns every failure into an answer with a content type: under `/api/` a JSON error
/// `{"error","status","suggestions":[{"id","name"}]}`, elsewhere an error page; an unknown
/// path is a 404 page, an unexpected error a 500 page — never a dropped connection.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let e as ExplorerError {
            return Self.reply(e, path: request.uri.path).response
        } catch let e as HTTPError where e.status == .notFound {
            return Self.reply(.notFound("no page at \(request.uri.path)"), path: request.uri.path).response
        } catch let e as HTTPError {
            return Self.reply(ExplorerError(status: Int(e.status.code), title: e.status.reasonPhrase, message: e.body ?? e.status.reasonPhrase),
                              path: request.uri.path).response
        } catch {
            return Self.reply(ExplorerError(status: 500, title: "Internal error", message: "\(error)"), path: request.uri.path).response
        }
    }

    static func reply(_ e: ExplorerError, path: String) -> Reply {
        if path.hasPrefix("/api/") {
            let doc: [String: Any] = ["error": e.message, "status": e.status,
                                      "suggestions": e.suggestions.map { ["id": $0.id, "name": $0.name] }]
            return .json(orderedJSON(doc, keyOrder: ["error", "status", "suggestions", "id", "name"]), status: e.status)
        }
        return .html(ErrorPage.render(e), status: e.status)
    }
}
