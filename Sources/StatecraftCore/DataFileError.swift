/// A problem in a data file (dictionary, ontology, coordinates), naming the file and the entry.
public struct DataFileError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let entry: String?
    public let problem: String

    public init(file: String, entry: String?, problem: String) {
        self.file = file
        self.entry = entry
        self.problem = problem
    }

    public var description: String {
        if let entry { return "\(file): entry \(entry): \(problem)" }
        return "\(file): \(problem)"
    }

    /// The coding path of a decoding error, as `relations[3].weight`.
    public static func entry(of error: Error) -> String? {
        guard let e = error as? DecodingError else { return nil }
        let path: [CodingKey]
        switch e {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .keyNotFound(_, let c), .dataCorrupted(let c):
            path = c.codingPath
            if case .keyNotFound(let key, _) = e { return render(path + [key]) }
        @unknown default: return nil
        }
        return path.isEmpty ? nil : render(path)
    }

    private static func render(_ path: [CodingKey]) -> String {
        var s = ""
        for key in path {
            if let i = key.intValue { s += "[\(i)]" } else { s += s.isEmpty ? key.stringValue : ".\(key.stringValue)" }
        }
        return s
    }

    /// A one-line description of a decoding error.
    public static func describe(_ error: Error) -> String {
        guard let e = error as? DecodingError else { return "\(error)" }
        switch e {
        case .typeMismatch(let t, _): return "expected \(t)"
        case .valueNotFound(let t, _): return "missing \(t) value"
        case .keyNotFound(let k, _): return "missing field '\(k.stringValue)'"
        case .dataCorrupted(let c):
            if let u = c.underlyingError { return "not valid JSON (\(u.localizedDescription))" }
            return c.debugDescription
        @unknown default: return "\(error)"
        }
    }
}
