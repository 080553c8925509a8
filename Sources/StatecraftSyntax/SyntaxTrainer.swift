/// Settings of a training run. The defaults are those of the shipped model.
public struct SyntaxTrainingOptions: Sendable {
    /// Seed of the shuffles and of the exploration: the same seed and data give the same model.
    public var seed: UInt64 = 1
    /// Passes over the training data; the pass scoring best on the development set is kept.
    public var taggerEpochs = 8
    public var parserEpochs = 15
    /// The parser is trained on tags predicted by taggers trained on the other folds (jackknifing).
    public var jackknifeFolds = 5
    /// After the first pass, the probability of following a wrong transition of the model (dynamic oracle).
    public var exploration = 0.9
    /// Rows of the weight tables, as powers of two.
    public var taggerRowBits = 20
    public var transitionRowBits = 22
    public var labellerRowBits = 19
    /// A relation subtype (`obl:tmod`) is kept when it labels at least this many training words, else only its universal relation.
    public var minimumSubtypeCount = 100
    /// A lifted relation (`obl|nmod`) is kept when it labels at least this many training words, else the lift is not recorded.
    public var minimumLiftedCount = 20
    /// Weight rows whose largest weight is below this are not written to the model file.
    public var pruning: Float = 1.0

    public init() {}
}

/// Trains a `SyntaxModel` from treebanks: first the tagger (and, by jackknifing, the tags the
/// parser is trained on), then the parser with a dynamic oracle on projectivised trees.
public struct SyntaxTrainer {
    public let options: SyntaxTrainingOptions
    let log: (String) -> Void

    public init(options: SyntaxTrainingOptions, log: @escaping (String) -> Void = { _ in }) {
        self.options = options
        self.log = log
    }

    /// A training sentence in the model's integers.
    struct Example {
        var shapes: [WordShape]          // node-indexed: 0 = root
        var tags: [UInt8]                // word-indexed gold universal tags
        var xtags: [UInt8]               // word-indexed gold XPOS ids
        var predictedTags: [UInt8]       // word-indexed jackknifed XPOS ids
        var heads: [Int32]               // node-indexed projective gold heads
        var labels: [Int32]              // node-indexed relation ids
    }

    static let rootShape: WordShape = {
        var w = WordShape(); w.form = 0x524F_4F54; w.norm = 0x524F_4F54; w.shape = 0x524F_4F54; w.flags = 64
        return w
    }()

    /// The relations the model distinguishes, and each training word's relation mapped to them.
    func relationNames(_ sentences: [DependencySentence]) -> [String] {
        var counts: [String: Int] = [:]
        for s in sentences { for r in s.relations { counts[r, default: 0] += 1 } }
        var lifted: [String: Int] = [:]
        var names = Set<String>()
        for s in sentences {
            let mapped = s.relations.map { mapRelation($0, counts) }
            for r in mapped { names.insert(r) }
            let p = PseudoProjective.projectivize(heads: s.heads, relations: mapped)
            for r in p.relations where r.contains(PseudoProjective.separator) { lifted[r, default: 0] += 1 }
        }
        for (r, c) in lifted where c >= options.minimumLiftedCount { names.insert(r) }
        return names.sorted()
    }

    func mapRelation(_ r: String, _ counts: [String: Int]) -> String {
        r.contains(":") && (counts[r] ?? 0) < options.minimumSubtypeCount ? String(DependencyRelation.universal(r)) : r
    }

    /// Trains on `train`, choosing the pass that scores best on `dev`.
    public func train(_ train: [DependencySentence], dev: [DependencySentence]) -> SyntaxModel {
        var counts: [String: Int] = [:]
        for s in train { for r in s.relations { counts[r, default: 0] += 1 } }
        let relations = relationNames(train)
        let relationIndex = Dictionary(uniqueKeysWithValues: relations.enumerated().map { ($1, Int32($0)) })
        var xposCounts: [String: Int] = [:]
        for s in train { for x in s.xtags { xposCounts[x, default: 0] += 1 } }
        let xposTags = xposCounts.filter { $0.value >= 1 }.keys.sorted()
        precondition(xposTags.count < 200, "too many XPOS tags")
        let xposIndex = Dictionary(uniqueKeysWithValues: xposTags.enumerated().map { ($1, UInt8($0)) })
        log("\(train.count) training sentences, \(train.reduce(0) { $0 + $1.count }) words, \(relations.count) relations, \(xposTags.count) XPOS tags")

        var examples: [Example] = train.map { s in
            let mapped = s.relations.map { mapRelation($0, counts) }
            let p = PseudoProjective.projectivize(heads: s.heads, relations: mapped)
            var labels: [Int32] = [-1]
            for r in p.relations {
                if let id = relationIndex[r] { labels.append(id); continue }
                let own = String(r.split(separator: PseudoProjective.separator).first ?? Substring(r))
                labels.append(relationIndex[own] ?? relationIndex[String(DependencyRelation.universal(own))] ?? 0)
            }
            return Example(shapes: [Self.rootShape] + s.words.map { WordShape(word: $0) },
                           tags: s.tags.map { $0!.rawValue }, xtags: s.xtags.map { xposIndex[$0]! }, predictedTags: [], heads: [-1] + p.heads, labels: labels)
        }

        // Tagger: jackknifed tags for the parser's training data, then the tagger on everything.
        let folds = max(1, options.jackknifeFolds)
        if folds > 1 {
            for f in 0..<folds {
                let trainIDs = examples.indices.filter { $0 % folds != f }
                let tagger = trainTagger(examples, trainIDs, xposCount: xposTags.count, dev: [], seed: options.seed &+ UInt64(f) &+ 100)
                let rows = UnsafeMutablePointer<Int>.allocate(capacity: PartOfSpeechTagger.maxFeatures)
                let scores = UnsafeMutablePointer<Float>.allocate(capacity: tagger.classes)
                defer { rows.deallocate(); scores.deallocate() }
                var correct = 0, total = 0
                for i in examples.indices where i % folds == f {
                    let n = examples[i].tags.count
                    var out = [UInt8](repeating: 0, count: n)
                    var outX = [UInt8](repeating: 0, count: n)
                    examples[i].shapes.withUnsafeBufferPointer { w in
                        out.withUnsafeMutableBufferPointer { t in
                            outX.withUnsafeMutableBufferPointer { x in
                                tagger.tag(w.baseAddress! + 1, n, upos: t.baseAddress!, xpos: x.baseAddress!, rows: rows, scores: scores)
                            }
                        }
                    }
                    for k in 0..<n where outX[k] == examples[i].xtags[k] { correct += 1 }
                    total += n
                    examples[i].predictedTags = outX
                }
                log("  jackknife fold \(f + 1)/\(folds): XPOS \(AttachmentScore.fixed(Double(correct) / Double(max(1, total))))")
            }
        } else {
            for i in examples.indices { examples[i].predictedTags = examples[i].xtags }
        }
        let tagger = trainTagger(examples, Array(examples.indices), xposCount: xposTags.count, dev: dev, seed: options.seed)

        // Parser.
        let (transitions, labeller) = trainParser(examples, relations: relations, xposTags: xposTags, tagger: tagger, dev: dev)
        return SyntaxModel(relations: relations, xposTags: xposTags, tagger: tagger.table, transitions: transitions, labeller: labeller)
    }

    /// Trains a tagger on the examples `ids`; with development sentences, keeps the best pass.
    func trainTagger(_ examples: [Example], _ ids: [Int], xposCount: Int, dev: [DependencySentence], seed: UInt64) -> PartOfSpeechTagger {
        let table = PerceptronTable(rowBits: options.taggerRowBits, classes: PartOfSpeechTagger.universalCount + xposCount, training: true)
        let tagger = PartOfSpeechTagger(table: table)
        var random = SeededGenerator(seed: seed)
        var order = ids
        let rows = UnsafeMutablePointer<Int>.allocate(capacity: PartOfSpeechTagger.maxFeatures)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: tagger.classes)
        defer { rows.deallocate(); scores.deallocate() }
        var scratch = [UInt8](repeating: 0, count: 1024)
        var scratchX = [UInt8](repeating: 0, count: 1024)
        var best: (PerceptronTable, Double)? = nil
        let devShapes = dev.map { $0.words.map { WordShape(word: $0) } }
        for epoch in 0..<options.taggerEpochs {
            order.shuffle(using: &random)
            var correct = 0, total = 0
            for i in order {
                let e = examples[i]
                let n = e.tags.count
                if scratch.count < n { scratch = [UInt8](repeating: 0, count: n); scratchX = scratch }
                e.shapes.withUnsafeBufferPointer { w in
                    e.tags.withUnsafeBufferPointer { g in
                        e.xtags.withUnsafeBufferPointer { gx in
                            scratch.withUnsafeMutableBufferPointer { t in
                                correct += tagger.train(w.baseAddress! + 1, gold: g.baseAddress!, goldX: gx.baseAddress!, n,
                                                        history: t.baseAddress!, rows: rows, scores: scores)
                            }
                        }
                    }
                }
                total += n
            }
            guard !dev.isEmpty else { continue }
            let averaged = table.averagedCopy()
            let candidate = PartOfSpeechTagger(table: averaged)
            var devCorrect = 0, devTotal = 0
            for (s, shapes) in zip(dev, devShapes) {
                let n = s.count
                if scratch.count < n { scratch = [UInt8](repeating: 0, count: n); scratchX = scratch }
                shapes.withUnsafeBufferPointer { w in
                    scratch.withUnsafeMutableBufferPointer { t in
                        scratchX.withUnsafeMutableBufferPointer { x in
                            candidate.tag(w.baseAddress!, n, upos: t.baseAddress!, xpos: x.baseAddress!, rows: rows, scores: scores)
                        }
                    }
                }
                for k in 0..<n where scratch[k] == s.tags[k]?.rawValue { devCorrect += 1 }
                devTotal += n
            }
            let accuracy = Double(devCorrect) / Double(max(1, devTotal))
            log("  tagger pass \(epoch + 1): train \(AttachmentScore.fixed(Double(correct) / Double(max(1, total))))  dev UPOS \(AttachmentScore.fixed(accuracy))")
            if best == nil || accuracy > best!.1 { best = (averaged, accuracy) }
        }
        return PartOfSpeechTagger(table: best?.0 ?? table.averagedCopy())
    }

    /// Trains the transition model and the labeller; keeps the pass with the best development LAS.
    func trainParser(_ examples: [Example], relations: [String], xposTags: [String], tagger: PartOfSpeechTagger,
                     dev: [DependencySentence]) -> (PerceptronTable, PerceptronTable) {
        let transitions = PerceptronTable(rowBits: options.transitionRowBits, classes: ArcHybridState.transitionCount, training: true)
        let labeller = PerceptronTable(rowBits: options.labellerRowBits, classes: relations.count, training: true)
        let parser = DependencyParser(transitions: transitions, labeller: labeller, labelCount: relations.count)
        let workspace = DependencyParser.Workspace()
        var random = SeededGenerator(seed: options.seed &+ 7)
        var order = Array(examples.indices)
        var norms: [UInt64] = [], tags: [UInt64] = []
        var best: (PerceptronTable, PerceptronTable, Double)? = nil
        for epoch in 0..<options.parserEpochs {
            order.shuffle(using: &random)
            var correct = 0, total = 0
            let explore = epoch == 0 ? 0 : options.exploration
            for i in order {
                let e = examples[i]
                let n = e.tags.count
                norms = e.shapes.map(\.norm)
                tags = [DependencyParser.rootTag] + e.predictedTags.map { DependencyParser.tagBase &+ UInt64($0) }
                var shapes = e.shapes
                norms.withUnsafeMutableBufferPointer { nb in
                    tags.withUnsafeMutableBufferPointer { tb in
                        shapes.withUnsafeMutableBufferPointer { sb in
                            e.heads.withUnsafeBufferPointer { hb in
                                e.labels.withUnsafeBufferPointer { lb in
                                    let nodes = DependencyParser.Nodes(norm: nb.baseAddress!, tag: tb.baseAddress!, shape: sb.baseAddress!)
                                    let (c, t) = parser.train(nodes, n, goldHeads: hb.baseAddress!, goldLabels: lb.baseAddress!,
                                                              explore: explore, random: &random, workspace)
                                    correct += c; total += t
                                }
                            }
                        }
                    }
                }
            }
            let model = SyntaxModel(relations: relations, xposTags: xposTags, tagger: tagger.table,
                                    transitions: transitions.averagedCopy(), labeller: labeller.averagedCopy())
            guard !dev.isEmpty else {
                log("  parser pass \(epoch + 1): transitions \(AttachmentScore.fixed(Double(correct) / Double(max(1, total))))")
                best = (model.parser.transitions, model.parser.labeller, 0)
                continue
            }
            let score = SyntaxAnalyzer(model: model).score(dev)
            log("  parser pass \(epoch + 1): transitions \(AttachmentScore.fixed(Double(correct) / Double(max(1, total))))  dev \(score.summary)")
            if best == nil || score.las > best!.2 { best = (model.parser.transitions, model.parser.labeller, score.las) }
        }
        return (best!.0, best!.1)
    }
}
