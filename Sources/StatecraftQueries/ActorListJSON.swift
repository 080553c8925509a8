import StatecraftCore

/// The actor list as `actors --format json` prints it: `[{"id","name","kind","aliases"}]`,
/// one actor a line, keys in that order.
public enum ActorListJSON {
    public static func encode(_ entries: [ActorEntry]) -> String {
        guard !entries.isEmpty else { return "[]" }
        let rows = entries.map { e in
            "  {\"id\": \(JSONOutput.string(e.id)), \"name\": \(JSONOutput.string(e.name)), \"kind\": \(JSONOutput.string(e.kind.rawValue)), "
                + "\"aliases\": [\(e.aliases.map(JSONOutput.string).joined(separator: ", "))]}"
        }
        return "[\n" + rows.joined(separator: ",\n") + "\n]"
    }
}
