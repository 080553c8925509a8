/// The bound on one event's weight.
///
/// Text-coded events carry their kind's Goldstein weight (−10...10); imported datasets may set
/// their own (a CSV weight column, GDELT's NumMentions with `--weight mentions`). Every weight
/// that enters the store is finite with |weight| ≤ ``limit``, so sums over any realistic number
/// of events (a billion events at the limit is 1e15) stay finite and exact enough to print.
public enum EventWeight {
    /// The largest magnitude one event may carry: 1,000,000.
    public static let limit: Double = 1_000_000

    /// Why `weight` cannot be stored, or nil when it can.
    public static func problem(_ weight: Double) -> String? {
        guard weight.isFinite else { return "weight is not a finite number" }
        guard abs(weight) <= limit else { return "weight \(weight) is beyond ±1000000 (the bound on one event's weight)" }
        return nil
    }
}
