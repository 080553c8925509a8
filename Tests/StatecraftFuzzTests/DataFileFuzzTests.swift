import Foundation
import StatecraftCore
import StatecraftData
import StatecraftExtraction
import StatecraftSyntax
import XCTest

/// The data files a user may give (an actor dictionary, a trigger lexicon) and the CoNLL-U reader on
/// mutated inputs: a value or an error naming the file, never a crash or hang.
final class DataFileFuzzTests: XCTestCase {
    func testActorDictionaries() {
        let text = """
            {"actors": [
              {"id": "RUS", "name": "Russia", "kind": "state", "names": ["Russian Federation"], "capital": "Moscow",
               "adjectives": ["Russian"], "metonyms": ["the Kremlin"],
               "leaders": [{"name": "Vladimir Putin", "aliases": ["Putin"], "role": "headOfState", "title": "President", "from": "2012-05-07", "to": null}]},
              {"id": "EU", "name": "European Union", "kind": "igo", "names": ["EU"], "seat": "Brussels", "members": ["FRA", "DEU"]},
              {"id": "HAMAS", "name": "Hamas", "kind": "nonstate"}
            ]}
            """
        let base = try! ActorDictionary.bundled()  // a user's file extends the bundled one
        FuzzHarness.run("actor-dictionary", seeds: [Array(text.utf8)], cases: 3000) { input, i in
            let url = URL(fileURLWithPath: FuzzHarness.file(input, "actors-\(i % 8).json"))
            _ = try ActorDictionary(contentsOf: url)
            if i % 10 == 0 {
                var d = base
                try d.add(contentsOf: url)
            }
        }
    }

    func testTriggerLexicons() {
        let text = """
            {"about": "test", "entries": [
              {"phrases": ["sign+ pact*", "conclude+|concluded deal"], "kind": "pact", "pos": "verb", "role": "event"},
              {"phrases": ["send+|sent arms to"], "pos": "verb", "role": "transfer"},
              {"phrases": ["vow+"], "pos": "verb", "role": "control", "control": "intend"},
              {"phrases": ["fire+ at"], "kind": "attack", "plover": "ASSAULT", "pos": "verb", "role": "event", "note": "n"}
            ], "exclude": ["sign+ deal"]}
            """
        FuzzHarness.run("lexicon", seeds: [Array(text.utf8)], cases: 3000) { input, i in
            var lexicon = TriggerLexicon()
            try lexicon.add(data: Data(input), file: "lexicon-\(i).json")
        }
    }

    func testCoNLLU() {
        let text = """
            # sent_id = 1
            # text = Russia signed a pact.
            1\tRussia\tRussia\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_
            2\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_
            3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_
            4\tpact\tpact\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No
            5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

            # sent_id = 2
            1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\t_
            1\tdo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_
            2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_
            3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_
            3.1\tgone\tgo\tVERB\t_\t_\t_\t_\t3:conj\t_

            """
        FuzzHarness.run("conllu", seeds: [Array(text.utf8)], cases: 3000) { input, i in
            let s = String(decoding: input, as: UTF8.self)
            var out = ""
            for sentence in try CoNLLU.read(s, file: "fuzz.conllu") { CoNLLU.write(sentence, into: &out) }
            _ = try? CoNLLU.read(s, file: "fuzz.conllu", requireAnnotation: true)
        }
    }
}
