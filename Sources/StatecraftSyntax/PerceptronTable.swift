/// A table of perceptron weights: one row of `classes` floats per hashed feature.
///
/// A feature's row is the top `rowBits` bits of its 64-bit hash. Training adds ±1 to two
/// classes of each active row and keeps the running sums needed for averaging (the
/// "averaged perceptron"); `freeze()` replaces the weights by their averages.
final class PerceptronTable: @unchecked Sendable {
    let rowBits: Int
    let classes: Int
    /// `rows × classes` weights.
    private(set) var weights: UnsafeMutablePointer<Float>
    /// Σ step × update per weight, for averaging; nil once frozen.
    private var accumulated: UnsafeMutablePointer<Double>?
    /// Training instances seen (the clock of the averaging).
    private(set) var step: Double = 1
    var count: Int { (1 << rowBits) * classes }

    init(rowBits: Int, classes: Int, training: Bool) {
        self.rowBits = rowBits
        self.classes = classes
        let n = (1 << rowBits) * classes
        weights = .allocate(capacity: n)
        weights.initialize(repeating: 0, count: n)
        if training {
            accumulated = .allocate(capacity: n)
            accumulated!.initialize(repeating: 0, count: n)
        }
    }

    deinit {
        weights.deallocate()
        accumulated?.deallocate()
    }

    /// The offset of a feature's row.
    @inline(__always)
    func row(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - rowBits)) &* classes }

    /// Adds the rows at `offsets` into `scores` (`classes` floats).
    @inline(__always)
    func score(_ offsets: UnsafePointer<Int>, _ n: Int, into scores: UnsafeMutablePointer<Float>) {
        scores.update(repeating: 0, count: classes)
        let w = weights
        let c = classes
        for f in 0..<n {
            let r = w + offsets[f]
            for k in 0..<c { scores[k] += r[k] }
        }
    }

    /// One training instance: moves the rows towards `truth` and away from `guess` (when they differ).
    func update(_ offsets: UnsafePointer<Int>, _ n: Int, truth: Int, guess: Int) {
        if truth != guess, let acc = accumulated {
            let s = step
            for f in 0..<n {
                let o = offsets[f]
                weights[o + truth] += 1; acc[o + truth] += s
                weights[o + guess] -= 1; acc[o + guess] -= s
            }
        }
        step += 1
    }

    /// Counts one training instance without an update.
    func tick() { step += 1 }

    /// The averaged weights (the table keeps training).
    func averagedCopy() -> PerceptronTable {
        let copy = PerceptronTable(rowBits: rowBits, classes: classes, training: false)
        if let acc = accumulated {
            for i in 0..<count { copy.weights[i] = Float(Double(weights[i]) - acc[i] / step) }
        } else {
            copy.weights.update(from: weights, count: count)
        }
        return copy
    }

    // MARK: - Storage

    /// Appends the non-zero rows, each as its row number, a Float32 scale and `classes` signed bytes.
    func encode(into out: inout BinaryWriter) {
        out.u32(UInt32(rowBits)); out.u32(UInt32(classes))
        var rows: [UInt32] = []
        for r in 0..<(1 << rowBits) {
            let base = weights + r * classes
            var m: Float = 0
            for k in 0..<classes { m = max(m, abs(base[k])) }
            if m > 1e-4 { rows.append(UInt32(r)) }
        }
        out.u32(UInt32(rows.count))
        for r in rows {
            let base = weights + Int(r) * classes
            var m: Float = 0
            for k in 0..<classes { m = max(m, abs(base[k])) }
            let scale = m / 127
            out.u32(r)
            out.f32(scale)
            for k in 0..<classes { out.i8(Int8((base[k] / scale).rounded())) }
        }
    }

    static func decode(_ input: inout BinaryReader) throws -> PerceptronTable {
        let bits = Int(try input.u32()), classes = Int(try input.u32())
        guard bits >= 4, bits <= 26, classes >= 1, classes <= 4096 else { throw input.error("bad weight table size") }
        let table = PerceptronTable(rowBits: bits, classes: classes, training: false)
        let n = Int(try input.u32())
        guard n <= 1 << bits else { throw input.error("bad weight table row count") }
        for _ in 0..<n {
            let r = Int(try input.u32())
            guard r < 1 << bits else { throw input.error("weight row out of range") }
            let scale = try input.f32()
            let base = table.weights + r * classes
            try input.i8s(classes) { k, v in base[k] = Float(v) * scale }
        }
        return table
    }
}
