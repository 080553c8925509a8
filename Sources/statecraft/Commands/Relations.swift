import ArgumentParser
import Foundation
import StatecraftCore
import StatecraftStore

/// `statecraft relations A B`: everything that passed between two actors, with evidence.
struct Relations: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how two actors relate: typed ties both ways, with evidence.",
        discussion: "A and B accept ids, names and aliases in any case: PRK, \"north korea\", DPRK, Pyongyang.")

    @Argument(help: "The first actor.") var a: String
    @Argument(help: "The second actor.") var b: String
    @OptionGroup var store: StoreOptions
    @OptionGroup var dictionary: DictionaryOptions
    @OptionGroup var period: PeriodOptions

    @Option(help: "Evidence events to show per direction and kind (the weightiest first).")
    var evidence: Int = 3

    @Flag(help: "Show every event, not only the best evidence of each tie.")
    var all = false

    @Option(help: "text or json.")
    var format: OutputFormat = .text

    func validate() throws {
        guard evidence > 0 else { throw ValidationError("--evidence must be at least 1") }
    }

    func run() throws {
        let db = try store.open()
        // Ids and names of stored actors resolve without loading the dictionary (which
        // costs tens of milliseconds); aliases ("DPRK", "Pyongyang") go through it.
        let stored = try db.actors()
        func storedActor(_ text: String) -> Actor? {
            let key = text.trimmingCharacters(in: .whitespaces)
            if let hit = stored[key.uppercased()] { return hit }
            return stored.values.first { $0.name.caseInsensitiveCompare(key) == .orderedSame }
        }
        var dict: ActorDictionary?
        func resolve(_ text: String) throws -> Actor {
            if dictionary.dictionary.isEmpty, let hit = storedActor(text) { return hit }
            if dict == nil { dict = try dictionary.load() }
            return try dict!.require(text)
        }
        let x = try resolve(a), y = try resolve(b)
        guard x.id != y.id else { throw CLIError("'\(a)' and '\(b)' are the same actor (\(x.id))") }
        let report = try RelationsReport.load(from: db, a: x, b: y, since: period.since, until: period.until,
                                              perTie: all ? nil : evidence, includingBackground: period.withBackground)
        switch format {
        case .json: try JSONOutput.print(report.json)
        case .text: print(report.text, terminator: "")
        }
    }
}
