import Foundation
import StatecraftCore
import StatecraftStore

/// Reading events for the analysis commands without creating a store as a side effect.
enum StoreAccess {
    static func events(_ options: StoreOptions, since: Day?, until: Day?) throws -> [Event] {
        let path = options.path
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("\(path): no store (run `statecraft build` first, or use --edges FILE)")
        }
        do {
            return try EventStore(path: path).events(since: since, until: until)
        } catch let e as StoreError {
            throw CLIError(e.description)
        }
    }
}
