/// Little-endian writing of the model file.
struct BinaryWriter {
    var bytes: [UInt8] = []
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
    mutating func f32(_ v: Float) { u32(v.bitPattern) }
    mutating func i8(_ v: Int8) { bytes.append(UInt8(bitPattern: v)) }
    mutating func varint(_ v: UInt64) {
        var x = v
        while x >= 0x80 { bytes.append(UInt8(x & 0x7F) | 0x80); x >>= 7 }
        bytes.append(UInt8(x))
    }
    mutating func string(_ s: String) { u32(UInt32(s.utf8.count)); bytes.append(contentsOf: s.utf8) }
}

/// Little-endian reading of the model file, with bounds checks.
struct BinaryReader {
    let bytes: UnsafeRawBufferPointer
    var position = 0
    let name: String

    func error(_ message: String) -> SyntaxModelError { SyntaxModelError("\(name): \(message) at byte \(position)") }

    mutating func u32() throws -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("truncated model file") }
        let v = bytes.loadUnaligned(fromByteOffset: position, as: UInt32.self)
        position += 4
        return UInt32(littleEndian: v)
    }
    mutating func u8() throws -> UInt8 {
        guard position < bytes.count else { throw error("truncated model file") }
        position += 1
        return bytes[position - 1]
    }
    mutating func f32() throws -> Float { Float(bitPattern: try u32()) }
    mutating func copyBytes(_ n: Int, to destination: UnsafeMutableRawPointer) throws {
        guard position + n <= bytes.count else { throw error("truncated model file") }
        destination.copyMemory(from: bytes.baseAddress! + position, byteCount: n)
        position += n
    }
    mutating func varint() throws -> UInt64 {
        var v: UInt64 = 0, shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw error("truncated model file") }
            let b = bytes[position]; position += 1
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
        }
    }
    mutating func string() throws -> String {
        let n = Int(try u32())
        guard n < 1 << 20, position + n <= bytes.count else { throw error("truncated model file") }
        let s = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + n)]), as: UTF8.self)
        position += n
        return s
    }
}

/// A model file that cannot be read.
public struct SyntaxModelError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
