import Foundation
import StatecraftCore

/// What a CAMEO event code means for Statecraft.
public struct CAMEOCode: Sendable, Hashable, Codable {
    /// The code as a string ("042", "0332"): leading zeros matter.
    public let code: String
    /// The CAMEO description ("Make a visit").
    public let name: String
    /// Other spellings of the description (ICEWS uses some).
    public let names: [String]
    /// The Statecraft relation kind; nil for codes with no interstate relation (public statements).
    public let kind: RelationKind?
    public let plover: PLOVERCategory?
    /// `intended` for the CAMEO 03 "express intent" codes, else `asserted`.
    public let modality: Modality
    /// Whether Actor2 is the source ("Host a visit": the guest visits the host).
    public let reverse: Bool

    enum CodingKeys: String, CodingKey { case code, name, names, kind, plover, modality, reverse }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        name = try c.decode(String.self, forKey: .name)
        names = try c.decodeIfPresent([String].self, forKey: .names) ?? []
        kind = try c.decodeIfPresent(RelationKind.self, forKey: .kind)
        plover = try c.decodeIfPresent(PLOVERCategory.self, forKey: .plover)
        modality = try c.decodeIfPresent(Modality.self, forKey: .modality) ?? .asserted
        reverse = try c.decodeIfPresent(Bool.self, forKey: .reverse) ?? false
    }

    public init(code: String, name: String, names: [String] = [], kind: RelationKind?, plover: PLOVERCategory?,
                modality: Modality = .asserted, reverse: Bool = false) {
        self.code = code
        self.name = name
        self.names = names
        self.kind = kind
        self.plover = plover
        self.modality = modality
        self.reverse = reverse
    }
}

/// A CAMEO country code and the actor it stands for.
public struct CAMEOCountry: Sendable, Hashable, Codable {
    public let code: String
    public let id: String
    public let name: String
    public let kind: ActorKind
}

/// The CAMEO table (`Data/cameo.json`): event codes → kinds and PLOVER categories, and
/// country codes → actor ids. Lookups by bytes without allocation, for the GDELT importer.
public struct CAMEOTable: Sendable {
    public let codes: [CAMEOCode]
    public let countries: [CAMEOCountry]
    /// (length × 10000 + numeric value) → index in `codes`, −1 when unknown.
    private let codeSlots: [Int32]
    /// Normalised description → index in `codes`.
    private let byName: [String: Int]
    private let countryByCode: [String: Int]

    /// Loads and validates a table file; errors name the file and the entry.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DataFileError(file: url.path, entry: nil, problem: "cannot be read")
        }
        struct File: Decodable { let events: [CAMEOCode]; let countries: [CAMEOCountry] }
        let file: File
        do { file = try JSONDecoder().decode(File.self, from: data) } catch {
            throw DataFileError(file: url.path, entry: Self.entry(of: error), problem: "\(Self.describe(error))")
        }
        try self.init(codes: file.events, countries: file.countries, origin: url.path)
    }

    public init(codes: [CAMEOCode], countries: [CAMEOCountry], origin: String = "cameo") throws {
        var slots = [Int32](repeating: -1, count: 50_000)
        var names: [String: Int] = [:]
        for (i, c) in codes.enumerated() {
            let u = Array(c.code.utf8)
            guard (1...4).contains(u.count), u.allSatisfy({ (48...57).contains($0) }) else {
                throw DataFileError(file: origin, entry: c.code, problem: "a CAMEO code is 1 to 4 digits")
            }
            guard let key = Self.key(u[...]), slots[key] == -1 else {
                throw DataFileError(file: origin, entry: c.code, problem: "code appears twice")
            }
            if c.kind != nil && c.plover == nil {
                throw DataFileError(file: origin, entry: c.code, problem: "a code with a kind needs a PLOVER category")
            }
            slots[key] = Int32(i)
            for n in [c.name] + c.names { names[ActorDictionary.normalize(n)] = names[ActorDictionary.normalize(n)] ?? i }
        }
        var byCode: [String: Int] = [:]
        for (i, c) in countries.enumerated() {
            guard c.code.utf8.count == 3, c.code.utf8.allSatisfy({ (65...90).contains($0) }) else {
                throw DataFileError(file: origin, entry: c.code, problem: "a CAMEO country code is three capital letters")
            }
            guard !c.id.isEmpty, c.id.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) else {
                throw DataFileError(file: origin, entry: c.code, problem: "actor id '\(c.id)' must be upper-case")
            }
            guard byCode.updateValue(i, forKey: c.code) == nil else {
                throw DataFileError(file: origin, entry: c.code, problem: "country code appears twice")
            }
        }
        self.codes = codes
        self.countries = countries
        codeSlots = slots
        byName = names
        countryByCode = byCode
    }

    @inline(__always) static func key(_ digits: ArraySlice<UInt8>) -> Int? {
        guard (1...4).contains(digits.count) else { return nil }
        var v = 0
        for d in digits {
            guard d >= 48, d <= 57 else { return nil }
            v = v * 10 + Int(d - 48)
        }
        return digits.count * 10_000 + v
    }

    /// The code spelled by these bytes ("042"), nil when unknown.
    public func code(bytes p: UnsafeRawBufferPointer) -> CAMEOCode? {
        index(bytes: p).map { codes[$0] }
    }

    /// The index in ``codes`` of the code spelled by these bytes, nil when unknown.
    @inline(__always) public func index(bytes p: UnsafeRawBufferPointer) -> Int? {
        let n = p.count
        guard n >= 1, n <= 4 else { return nil }
        var v = 0
        for i in 0..<n {
            let d = p[i]
            guard d >= 48, d <= 57 else { return nil }
            v = v * 10 + Int(d - 48)
        }
        let slot = codeSlots[n * 10_000 + v]
        return slot < 0 ? nil : Int(slot)
    }

    /// The code spelled by `text`.
    public func code(_ text: String) -> CAMEOCode? {
        var s = text
        return s.withUTF8 { code(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// The code whose CAMEO description is `name` (any case and punctuation): "Make a visit" → 042.
    public func code(named name: String) -> CAMEOCode? {
        byName[ActorDictionary.normalize(name)].map { codes[$0] }
    }

    /// The country with this CAMEO code.
    public func country(code: String) -> CAMEOCountry? {
        countryByCode[code].map { countries[$0] }
    }

    private static func entry(of error: Error) -> String? {
        guard let e = error as? DecodingError else { return nil }
        let path: [CodingKey]
        switch e {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): path = c.codingPath
        case .keyNotFound(let k, let c): path = c.codingPath + [k]
        @unknown default: return nil
        }
        return path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }

    private static func describe(_ error: Error) -> String {
        guard let e = error as? DecodingError else { return "\(error)" }
        switch e {
        case .typeMismatch(let t, _): return "expected \(t)"
        case .valueNotFound(let t, _): return "missing \(t) value"
        case .keyNotFound(let k, _): return "missing field '\(k.stringValue)'"
        case .dataCorrupted(let c): return c.underlyingError == nil ? c.debugDescription : "not valid JSON"
        @unknown default: return "\(error)"
        }
    }
}
