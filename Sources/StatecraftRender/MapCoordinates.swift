import Foundation
import StatecraftCore

/// Where actors sit on a map: latitude and longitude in degrees, by actor id
/// (capitals for states, seats for organisations), and the bases of non-state groups.
///
/// Read from a JSON file `{"positions": {"RUS": [55.75, 37.62], ...}}` (`Data/coordinates.json`).
public struct MapCoordinates: Sendable {
    /// A point on the globe in degrees.
    public struct Point: Sendable, Hashable {
        public let latitude: Double
        public let longitude: Double
        public init(latitude: Double, longitude: Double) {
            self.latitude = latitude
            self.longitude = longitude
        }
    }

    public let positions: [String: Point]
    /// Non-state groups by the state they operate from (``ActorEntry/base``): maps place a group
    /// beside its base, never inside another country.
    public var bases: [String: String] = [:]

    public init(positions: [String: Point], bases: [String: String] = [:]) {
        self.positions = positions
        self.bases = bases
    }

    /// These coordinates with the bases of the dictionary's non-state groups.
    public func withBases(of dictionary: ActorDictionary) -> MapCoordinates {
        var copy = self
        for entry in dictionary.entries { if let base = entry.base { copy.bases[entry.id] = base } }
        return copy
    }

    /// Where an actor belongs on a map: its own position, else its base's.
    public func home(of id: String) -> Point? { positions[id] ?? bases[id].flatMap { positions[$0] } }

    /// Loads and validates a coordinates file; errors name the file and the entry.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw DataFileError(file: url.path, entry: nil, problem: "cannot be read")
        }
        try self.init(json: data, origin: url.path)
    }

    /// Parses `{"positions": {ID: [lat, lon]}}`.
    public init(json data: Data, origin: String = "coordinates") throws {
        guard let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw DataFileError(file: origin, entry: nil, problem: "not a JSON object")
        }
        guard let raw = root["positions"] as? [String: Any] else {
            throw DataFileError(file: origin, entry: nil, problem: "missing object 'positions'")
        }
        var out: [String: Point] = [:]
        for (id, value) in raw {
            guard let pair = value as? [Any], pair.count == 2,
                  let lat = (pair[0] as? NSNumber)?.doubleValue, let lon = (pair[1] as? NSNumber)?.doubleValue,
                  !(pair[0] is Bool), !(pair[1] is Bool) else {
                throw DataFileError(file: origin, entry: id, problem: "expected [latitude, longitude]")
            }
            guard (-90...90).contains(lat) else {
                throw DataFileError(file: origin, entry: id, problem: "latitude \(lat) is outside −90...90")
            }
            guard (-180...180).contains(lon) else {
                throw DataFileError(file: origin, entry: id, problem: "longitude \(lon) is outside −180...180")
            }
            out[id] = Point(latitude: lat, longitude: lon)
        }
        positions = out
    }

    public subscript(id: String) -> Point? { positions[id] }
}
