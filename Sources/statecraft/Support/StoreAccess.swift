import Foundation
import StatecraftCore
import StatecraftStore

/// Reading events for the analysis commands (never creates a store).
enum StoreAccess {
    static func events(_ options: StoreOptions, since: Day?, until: Day?, includingBackground: Bool = false) throws -> [Event] {
        do {
            return try options.open().events(since: since, until: until, includingBackground: includingBackground)
        } catch let e as StoreError {
            if case .missing = e { throw CLIError(e.description + "; or analyse an edge list with --edges FILE") }
            throw CLIError(e.description)
        }
    }
}
