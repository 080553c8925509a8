import StatecraftExtraction

/// The identity of an article: the hex SHA-256 of its normalised text (whitespace runs
/// collapsed to one space, ends trimmed), so the same article re-read from another file,
/// or re-wrapped, is recognised and not stored twice.
public enum ContentHash {
    public static func of(_ text: String) -> String {
        var sha = SHA256()
        var pendingSpace = false
        var started = false
        var buffer: [UInt8] = []
        buffer.reserveCapacity(4096)
        for b in text.utf8 {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B {
                pendingSpace = started
                continue
            }
            if pendingSpace { buffer.append(0x20); pendingSpace = false }
            started = true
            buffer.append(b)
            if buffer.count >= 4000 {
                sha.update(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        sha.update(buffer)
        return sha.finalize().hex
    }

    public static func of(_ article: Article) -> String { of(article.text) }
}
