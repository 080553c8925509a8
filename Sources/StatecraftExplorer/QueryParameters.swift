import Foundation

/// The parameters of a request's query string, in order, decoded as browsers encode forms
/// (`+` is a space, then percent-decoding). A key may repeat (`kind=pact&kind=visit`).
struct QueryParameters: Sendable {
    private(set) var pairs: [(key: String, value: String)] = []

    init(_ query: String?) {
        guard let query, !query.isEmpty else { return }
        for part in query.split(separator: "&", omittingEmptySubsequences: true) {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ s: Substring) -> String {
                let spaced = s.replacingOccurrences(of: "+", with: " ")
                return spaced.removingPercentEncoding ?? spaced
            }
            pairs.append((decode(kv[0]), kv.count > 1 ? decode(kv[1]) : ""))
        }
    }

    /// The last non-empty value of `key` (empty form fields count as absent).
    subscript(_ key: String) -> String? {
        pairs.last { $0.key == key && !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }?.value
            .trimmingCharacters(in: .whitespaces)
    }

    /// Every non-empty value of `key`, comma-separated values split (`kind=pact,visit`).
    func all(_ key: String) -> [String] {
        pairs.filter { $0.key == key }.flatMap { $0.value.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
