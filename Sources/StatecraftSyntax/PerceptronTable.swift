import Foundation

/// A table of perceptron weights: one row of `classes` scores per hashed feature.
///
/// A feature's row is the top `rowBits` bits of its 64-bit hash. In training the weights are
/// floats: an update adds ±1 to two classes of each active row and keeps the running sums
/// needed for averaging (the "averaged perceptron"); `averagedCopy()` gives the averages. A
/// table read from a model file keeps each row as signed bytes with one float scale per row
/// (a quarter of the memory), which is also how the file stores it.
final class PerceptronTable: @unchecked Sendable {
    let rowBits: Int
    let classes: Int
    var rows: Int { 1 << rowBits }
    /// Float weights (training and averaged tables), `rows × classes`; nil when quantised.
    private var weights: UnsafeMutablePointer<Float>?
    /// Σ step × update per weight, for averaging; nil unless training.
    private var accumulated: UnsafeMutablePointer<Double>?
    /// Quantised rows (tables read from a file): each `stride` bytes, a Float32 scale then `classes` signed bytes,
    /// so that a feature costs one memory access.
    private var packed: UnsafeMutableRawPointer?
    private let stride: Int
    /// Training instances seen (the clock of the averaging).
    private(set) var step: Double = 1

    init(rowBits: Int, classes: Int, training: Bool) {
        self.rowBits = rowBits
        self.classes = classes
        stride = 0
        let n = (1 << rowBits) * classes
        weights = .allocate(capacity: n)
        weights!.initialize(repeating: 0, count: n)
        if training {
            accumulated = .allocate(capacity: n)
            accumulated!.initialize(repeating: 0, count: n)
        }
    }

    /// An empty quantised table (filled by `decode`).
    private init(quantizedRowBits rowBits: Int, classes: Int) {
        self.rowBits = rowBits
        self.classes = classes
        stride = (4 + classes + 3) & ~3
        packed = .allocate(byteCount: (1 << rowBits) * stride, alignment: 64)
        packed!.initializeMemory(as: UInt8.self, repeating: 0, count: (1 << rowBits) * stride)
    }

    deinit {
        weights?.deallocate()
        accumulated?.deallocate()
        packed?.deallocate()
    }

    /// Bytes held in memory for scoring.
    var memoryBytes: Int { packed != nil ? rows * stride : rows * classes * 4 }

    /// A feature's row.
    @inline(__always)
    func row(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - rowBits)) }

    /// Sums the rows `features[0..<n]` into `scores` (`classes` floats).
    @inline(__always)
    func score(_ features: UnsafePointer<Int>, _ n: Int, into scores: UnsafeMutablePointer<Float>) {
        scores.update(repeating: 0, count: classes)
        let c = classes
        if let w = weights {
            for f in 0..<n {
                let r = w + features[f] &* c
                for k in 0..<c { scores[k] += r[k] }
            }
        } else if let p = packed {
            let st = stride
            if c == 3 {
                // The transition model: three sums kept in registers.
                var a: Float = 0, b: Float = 0, d: Float = 0
                for f in 0..<n {
                    let base = p + features[f] &* st
                    let s = base.load(as: Float.self)
                    let r = (base + 4).assumingMemoryBound(to: Int8.self)
                    a += Float(r[0]) * s; b += Float(r[1]) * s; d += Float(r[2]) * s
                }
                scores[0] = a; scores[1] = b; scores[2] = d
                return
            }
            for f in 0..<n {
                let base = p + features[f] &* st
                let s = base.load(as: Float.self)
                if s == 0 { continue }
                let r = (base + 4).assumingMemoryBound(to: Int8.self)
                for k in 0..<c { scores[k] += Float(r[k]) * s }
            }
        }
    }

    /// Sums the rows into scores of the classes `range` only.
    @inline(__always)
    func score(_ features: UnsafePointer<Int>, _ n: Int, classes range: Range<Int>, into scores: UnsafeMutablePointer<Float>) {
        let lo = range.lowerBound, m = range.count
        scores.update(repeating: 0, count: m)
        let c = classes
        if let w = weights {
            for f in 0..<n {
                let r = w + features[f] &* c + lo
                for k in 0..<m { scores[k] += r[k] }
            }
        } else if let p = packed {
            let st = stride
            for f in 0..<n {
                let base = p + features[f] &* st
                let s = base.load(as: Float.self)
                if s == 0 { continue }
                let r = (base + 4).assumingMemoryBound(to: Int8.self) + lo
                for k in 0..<m { scores[k] += Float(r[k]) * s }
            }
        }
    }

    /// One training decision: moves the rows towards `truth` and away from `guess` when they differ;
    /// with `advance`, counts one training instance.
    func update(_ features: UnsafePointer<Int>, _ n: Int, truth: Int, guess: Int, advance: Bool = true) {
        if truth != guess, let w = weights, let acc = accumulated {
            let s = step
            for f in 0..<n {
                let o = features[f] &* classes
                w[o + truth] += 1; acc[o + truth] += s
                w[o + guess] -= 1; acc[o + guess] -= s
            }
        }
        if advance { step += 1 }
    }

    /// Counts one training instance without an update.
    func tick() { step += 1 }

    /// The averaged weights (the table keeps training).
    func averagedCopy() -> PerceptronTable {
        let copy = PerceptronTable(rowBits: rowBits, classes: classes, training: false)
        let n = rows * classes
        if let w = weights, let acc = accumulated {
            let out = copy.weights!
            for i in 0..<n { out[i] = Float(Double(w[i]) - acc[i] / step) }
        } else if let w = weights {
            copy.weights!.update(from: w, count: n)
        }
        return copy
    }

    // MARK: - Storage

    /// The weights of row `r` as floats.
    private func rowValues(_ r: Int, into out: inout [Float]) {
        if let w = weights {
            for k in 0..<classes { out[k] = w[r * classes + k] }
        } else if let p = packed {
            let base = p + r * stride
            let s = base.load(as: Float.self)
            let q = (base + 4).assumingMemoryBound(to: Int8.self)
            for k in 0..<classes { out[k] = Float(q[k]) * s }
        }
    }

    /// The scale of a row as one byte: 2^((code - 160) / 8), the smallest such at least `m / 127`.
    static func scaleCode(_ m: Float) -> UInt8 {
        let code = (8 * log2(Double(m) / 127)).rounded(.up) + 160
        return UInt8(max(1, min(255, code)))
    }

    static func scale(_ code: UInt8) -> Float { Float(pow(2, (Double(code) - 160) / 8)) }

    /// Appends the rows whose largest weight reaches `threshold`, each as its row number (delta-coded), a one-byte
    /// scale and `classes` signed bytes.
    func encode(into out: inout BinaryWriter, threshold: Float = 1e-4) {
        out.u32(UInt32(rowBits)); out.u32(UInt32(classes))
        var values = [Float](repeating: 0, count: classes)
        var kept: [(Int, Float)] = []
        for r in 0..<rows {
            rowValues(r, into: &values)
            var m: Float = 0
            for v in values { m = max(m, abs(v)) }
            if m >= threshold, m > 0 { kept.append((r, m)) }
        }
        out.u32(UInt32(kept.count))
        var previous = -1
        for (r, m) in kept {
            rowValues(r, into: &values)
            let code = Self.scaleCode(m)
            let scale = Self.scale(code)
            out.varint(UInt64(r - previous)); previous = r
            out.bytes.append(code)
            for v in values { out.i8(Int8(max(-127, min(127, (v / scale).rounded())))) }
        }
    }

    static func decode(_ input: inout BinaryReader) throws -> PerceptronTable {
        let bits = Int(try input.u32()), classes = Int(try input.u32())
        guard bits >= 4, bits <= 26, classes >= 1, classes <= 4096 else { throw input.error("bad weight table size") }
        let table = PerceptronTable(quantizedRowBits: bits, classes: classes)
        let n = Int(try input.u32())
        guard n <= 1 << bits else { throw input.error("bad weight table row count") }
        var r = -1
        let p = table.packed!
        var scales = [Float](repeating: 0, count: 256)
        for code in 1..<256 { scales[code] = scale(UInt8(code)) }
        for _ in 0..<n {
            r += Int(try input.varint())
            guard r >= 0, r < 1 << bits else { throw input.error("weight row out of range") }
            let base = p + r * table.stride
            base.storeBytes(of: scales[Int(try input.u8())], as: Float.self)
            try input.copyBytes(classes, to: base + 4)
        }
        return table
    }
}
