/// A CoNLL-U problem, named by file and line: `dev.conllu:12: expected 10 tab-separated columns, found 7`.
public struct CoNLLUError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// Reads and writes CoNLL-U (https://universaldependencies.org/format.html).
///
/// Word lines keep their FORM exactly; multiword-token ranges are kept for output and empty
/// nodes (`8.1`) are dropped. Malformed input — a word line without 10 columns, ids out of
/// order, a head outside the sentence, heads forming a cycle, an unknown UPOS — is an error
/// naming the line.
public enum CoNLLU {
    /// The sentences of `text`. With `requireAnnotation`, every word must have UPOS, HEAD and DEPREL (training data).
    public static func read(_ text: String, file: String, requireAnnotation: Bool = false) throws -> [DependencySentence] {
        var sentences: [DependencySentence] = []
        try forEachSentence(text, file: file, requireAnnotation: requireAnnotation) { sentences.append($0) }
        return sentences
    }

    /// Calls `body` with each sentence of `text` in turn, without keeping them (for input of any size).
    public static func forEachSentence(_ text: String, file: String, requireAnnotation: Bool = false,
                                       _ body: (DependencySentence) throws -> Void) throws {
        var current = DependencySentence(words: [])
        var headLines: [Int] = []
        var lineNumber = 0
        func fail(_ line: Int, _ message: String) -> CoNLLUError { CoNLLUError(file: file, line: line, message: message) }

        func finish() throws {
            defer { current = DependencySentence(words: []); headLines.removeAll(keepingCapacity: true) }
            guard !current.words.isEmpty else {
                if !current.multiwordTokens.isEmpty { throw fail(lineNumber, "sentence has a multiword token but no words") }
                return
            }
            let n = current.words.count
            let known = current.heads.filter { $0 >= 0 }.count
            if known > 0 {
                if known < n, let i = current.heads.firstIndex(of: -1) {
                    throw fail(headLines[i], "HEAD is \"_\" while other words of the sentence have heads")
                }
                for (i, h) in current.heads.enumerated() where Int(h) > n {
                    throw fail(headLines[i], "HEAD \(h) is outside the sentence (\(n) words)")
                }
                if let i = DependencyTree.wordOnCycle(current.heads) {
                    throw fail(headLines[i], "the heads form a cycle through word \(i + 1)")
                }
            }
            if requireAnnotation {
                for i in 0..<n where current.tags[i] == nil || current.heads[i] < 0 || current.relations[i] == "_" {
                    throw fail(headLines[i], "word \(i + 1) lacks UPOS, HEAD or DEPREL (training data must be annotated)")
                }
            }
            try body(current)
        }

        var sawContent = false
        for rawLine in text.utf8.split(separator: 10, omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = Substring(rawLine)
            if line.utf8.last == 13 { line = Substring(line.utf8.dropLast()) }
            if line.utf8.allSatisfy({ $0 == 32 || $0 == 9 }) {
                try finish()
                sawContent = false
                continue
            }
            if !sawContent { current.line = lineNumber; sawContent = true }
            if line.first == "#" {
                if !current.words.isEmpty { throw fail(lineNumber, "comment line inside a sentence (a blank line must end the sentence first)") }
                current.comments.append(String(line))
                continue
            }
            let columns = line.utf8.split(separator: 9, omittingEmptySubsequences: false).map { Substring($0) }
            guard columns.count == 10 else {
                throw fail(lineNumber, "expected 10 tab-separated columns, found \(columns.count)")
            }
            let id = columns[0]
            if id.contains(".") {
                // An empty node of the enhanced graph: not a word of the basic tree.
                guard id.split(separator: ".").count == 2, id.split(separator: ".").allSatisfy({ Int($0) != nil }) else {
                    throw fail(lineNumber, "bad ID \"\(id)\"")
                }
                continue
            }
            if id.contains("-") {
                let parts = id.split(separator: "-", omittingEmptySubsequences: false)
                guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a == current.words.count + 1, b > a else {
                    throw fail(lineNumber, "bad multiword-token range \"\(id)\"")
                }
                current.multiwordTokens.append((current.words.count, String(line)))
                continue
            }
            guard let index = Int(id), index == current.words.count + 1 else {
                throw fail(lineNumber, "word ID \"\(id)\" out of sequence (expected \(current.words.count + 1))")
            }
            let form = columns[1]
            guard !form.isEmpty else { throw fail(lineNumber, "empty FORM") }
            var tag: UPOS? = nil
            if columns[3] != "_" {
                guard let t = UPOS(name: String(columns[3])) else { throw fail(lineNumber, "unknown UPOS \"\(columns[3])\"") }
                tag = t
            }
            var head: Int32 = -1
            if columns[6] != "_" {
                guard let h = Int32(columns[6]), h >= 0 else { throw fail(lineNumber, "bad HEAD \"\(columns[6])\"") }
                guard Int(h) != index else { throw fail(lineNumber, "word \(index) is its own head") }
                head = h
            }
            current.words.append(String(form))
            current.tags.append(tag)
            current.xtags.append(columns[4].isEmpty ? "_" : String(columns[4]))
            current.heads.append(head)
            current.relations.append(columns[7].isEmpty ? "_" : String(columns[7]))
            current.misc.append(columns[9].isEmpty ? "_" : String(columns[9]))
            headLines.append(lineNumber)
        }
        try finish()
    }

    /// Appends `sentence` in CoNLL-U: ID, FORM, UPOS, XPOS, HEAD, DEPREL and MISC filled, the other columns `_`; comments and multiword-token lines kept.
    public static func write(_ sentence: DependencySentence, into out: inout String) {
        for c in sentence.comments { out += c; out += "\n" }
        var mwt = 0
        for i in 0..<sentence.count {
            while mwt < sentence.multiwordTokens.count, sentence.multiwordTokens[mwt].before == i {
                out += sentence.multiwordTokens[mwt].line; out += "\n"; mwt += 1
            }
            out += String(i + 1); out += "\t"
            out += sentence.words[i]; out += "\t_\t"
            out += sentence.tags[i]?.name ?? "_"; out += "\t"
            out += i < sentence.xtags.count ? sentence.xtags[i] : "_"; out += "\t_\t"
            out += sentence.heads[i] >= 0 ? String(sentence.heads[i]) : "_"; out += "\t"
            out += sentence.relations[i]; out += "\t_\t"
            out += i < sentence.misc.count ? sentence.misc[i] : "_"
            out += "\n"
        }
        out += "\n"
    }
}
