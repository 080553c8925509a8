/// Phrase syntax of the trigger lexicon: `word+` (verb forms), `word*` (singular and plural), `a|b` (alternatives).
extension TriggerLexicon {
    /// Regular verb forms of `base` plus any irregular forms given.
    static func verbForms(_ base: String, irregular: [String]) -> [String] {
        var forms = [base]
        let chars = Array(base)
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let last = chars.last!
        let cvc = chars.count >= 3 && !vowels.contains(last) && vowels.contains(chars[chars.count - 2])
            && !vowels.contains(chars[chars.count - 3]) && !"wxy".contains(last)
        if base.hasSuffix("y"), chars.count >= 2, !vowels.contains(chars[chars.count - 2]) {
            let stem = String(chars.dropLast())
            forms += [stem + "ies", stem + "ied", base + "ing"]
        } else if base.hasSuffix("e") {
            forms += [base + "s", base + "d", String(chars.dropLast()) + "ing"]
            if base.hasSuffix("ee") { forms.append(base + "ing") }
        } else if base.hasSuffix("s") || base.hasSuffix("sh") || base.hasSuffix("ch") || base.hasSuffix("x") || base.hasSuffix("z") {
            forms += [base + "es", base + "ed", base + "ing"]
        } else {
            forms += [base + "s", base + "ed", base + "ing"]
            if cvc { forms += [base + String(last) + "ed", base + String(last) + "ing"] }
        }
        return forms + irregular
    }

    /// Every concrete phrase (list of words) of a lexicon phrase pattern.
    static func expand(_ pattern: String) -> [[String]] {
        var results: [[String]] = [[]]
        for part in pattern.split(separator: " ") {
            var alternatives: [String]
            if part.contains("+") {
                let pieces = part.split(separator: "|").map(String.init)
                let base = pieces[0].replacingOccurrences(of: "+", with: "")
                alternatives = verbForms(base, irregular: Array(pieces.dropFirst()))
            } else if part.hasSuffix("*") {
                let base = String(part.dropLast())
                alternatives = [base, base.hasSuffix("y") && !base.hasSuffix("ey") ? String(base.dropLast()) + "ies" : (base.hasSuffix("s") || base.hasSuffix("ch") || base.hasSuffix("sh") ? base + "es" : base + "s")]
            } else {
                alternatives = part.split(separator: "|").map(String.init)
            }
            results = results.flatMap { r in alternatives.map { r + [$0] } }
        }
        return results
    }
}

extension String {
    func replacingOccurrences(of a: String, with b: String) -> String {
        split(separator: Character(a), omittingEmptySubsequences: false).joined(separator: b)
    }
}
