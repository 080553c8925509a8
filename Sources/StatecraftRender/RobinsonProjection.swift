import Foundation

/// The Robinson projection (1963), the compromise world projection of atlases: neither
/// equal-area nor conformal, it keeps the continents' shapes recognisable and compresses
/// high latitudes, where few capitals are.
///
/// Uses Robinson's published table (every 5° of latitude) with linear interpolation.
/// `x` grows east, `y` grows north; both in units of the Earth's radius.
public enum RobinsonProjection {
    /// (X, Y) multipliers for 0°, 5°, ..., 90° of latitude.
    private static let table: [(Double, Double)] = [
        (1.0000, 0.0000), (0.9986, 0.0620), (0.9954, 0.1240), (0.9900, 0.1860), (0.9822, 0.2480),
        (0.9730, 0.3100), (0.9600, 0.3720), (0.9427, 0.4340), (0.9216, 0.4958), (0.8962, 0.5571),
        (0.8679, 0.6176), (0.8350, 0.6769), (0.7986, 0.7346), (0.7597, 0.7903), (0.7186, 0.8435),
        (0.6732, 0.8936), (0.6213, 0.9394), (0.5722, 0.9761), (0.5322, 1.0000),
    ]

    /// Projects a latitude and longitude in degrees.
    public static func project(latitude: Double, longitude: Double) -> (x: Double, y: Double) {
        let lat = min(90, max(-90, latitude))
        let position = abs(lat) / 5
        let i = min(Int(position), table.count - 2)
        let f = position - Double(i)
        let xm = table[i].0 + (table[i + 1].0 - table[i].0) * f
        let ym = table[i].1 + (table[i + 1].1 - table[i].1) * f
        let x = 0.8487 * xm * longitude * .pi / 180
        let y = 1.3523 * ym * (lat < 0 ? -1 : 1)
        return (x, y)
    }
}
