import StatecraftData
import StatecraftRender

extension MapCoordinates {
    /// The bundled map positions (`Data/coordinates.json`): states by their capital or centre,
    /// organisations by their seat; the `geo` layout places actors there.
    public static func bundled() throws -> MapCoordinates {
        try MapCoordinates(contentsOf: BundledData.coordinatesURL)
    }
}
