import Foundation

/// How events add up to the strength of a tie.
///
/// Each distinct event (one fact per article; repeated mentions count once) contributes
///
///     c = |weight| × modality.discount × decay
///
/// where `weight` is the Goldstein weight (−10...10), the discount is 1 for asserted,
/// 0.6 intended, 0.5 alleged, 0.3 possible, 0.2 hypothetical and 0 denied, and
/// `decay = 0.5^(age / halfLife)` when a half-life is given (age in days before the
/// reference day), else 1. A tie's **strength** is the sum of its contributions (how much
/// is going on between the two, friend or foe); its **net** score is the signed sum
/// Σ sign(weight) × c (above zero: mostly cooperative; below: mostly conflictual).
/// A dyad {A, B} adds both directions; the directed graph every command uses is ``TieGraph``.
public struct TieStrength: Sendable {
    /// Half-life in days; nil for no decay.
    public var halfLifeDays: Double?
    /// The day ages are measured from (the latest event when nil).
    public var reference: Day?

    public init(halfLifeDays: Double? = nil, reference: Day? = nil) {
        self.halfLifeDays = halfLifeDays
        self.reference = reference
    }

    /// The unsigned contribution of one event.
    public func contribution(of event: Event) -> Double {
        var c = abs(event.weight) * event.modality.discount
        if let h = halfLifeDays, h > 0, let ref = reference, let d = event.date {
            let age = Double(max(0, ref.ordinal - d.ordinal))
            c *= pow(2, -age / h)
        }
        return c
    }

    /// The signed contribution of one event.
    public func signedContribution(of event: Event) -> Double {
        let c = contribution(of: event)
        return event.weight < 0 ? -c : c
    }
}
