import Foundation
import StatecraftCore
import StatecraftData
import StatecraftRender

/// The seed article's events as the gold file states them (`../shared/eval/seed-gold.jsonl`,
/// required events and two acceptable ones), built by hand so the renderer is tested
/// independently of extraction.
enum SeedFixture {
    static let dictionary = try! ActorDictionary(contentsOf: BundledData.actorsURL)
    static let ontology = try! RelationOntology(contentsOf: BundledData.relationsURL)
    static let coordinates = try! MapCoordinates(contentsOf: BundledData.coordinatesURL)
    static let day = Day("2024-06-20")!

    static func event(_ s: String, _ t: String, _ kind: RelationKind, _ modality: Modality = .asserted,
                      sentence: Int, _ evidence: String, article: String = "seed", date: Day? = day) -> Event {
        let def = ontology[kind]
        return Event(source: dictionary.actor(id: s)!, target: dictionary.actor(id: t)!, kind: kind, plover: def.plover,
                     modality: modality, weight: def.weight, date: date, article: article, sentence: sentence,
                     evidence: evidence, trigger: kind.rawValue)
    }

    static let events: [Event] = [
        event("RUS", "PRK", .armsSupply, .possible, sentence: 4, "Vladimir Putin said Thursday he does not rule out Russia sending arms to isolated North Korea in what Washington called an \"incredibly concerning\" statement that threatens instability on the divided Korean peninsula."),
        event("RUS", "PRK", .pact, sentence: 5, "On a trip to Vietnam following a state visit to Pyongyang where Russia and North Korea signed a mutual defence pact, Putin also warned South Korea not to arm Ukraine."),
        event("RUS", "KOR", .warning, sentence: 5, "On a trip to Vietnam following a state visit to Pyongyang where Russia and North Korea signed a mutual defence pact, Putin also warned South Korea not to arm Ukraine."),
        event("RUS", "UKR", .attack, sentence: 6, "The Russian president said prospects of Moscow providing weapons to North Korea are repercussions for the West arming Kyiv, which is battling against a Russian invasion now in its third year."),
        event("KOR", "RUS", .criticism, sentence: 9, "South Korea on Thursday called Russia's treaty with the North a \"grave concern\", with a senior official saying Seoul would \"reconsider\" its policy of not sending arms directly to Ukraine."),
        event("USA", "RUS", .criticism, sentence: 12, "The United States expressed deep unease over Putin's threat to send weapons to Pyongyang, warning such action could destabilize the Korean peninsula."),
        event("RUS", "VNM", .visit, sentence: 15, "Russia and Vietnam, a close Moscow ally since the Cold War, pledged to deepen ties during Putin's state visit aimed at bolstering alliances."),
        event("RUS", "VNM", .cooperation, .intended, sentence: 15, "Russia and Vietnam, a close Moscow ally since the Cold War, pledged to deepen ties during Putin's state visit aimed at bolstering alliances."),
        event("RUS", "VNM", .armsSupply, sentence: 17, "Russia has been Vietnam's main arms supplier for decades, but orders have dropped off in recent years as international sanctions related to the Ukraine conflict have intensified."),
        event("RUS", "VNM", .talks, sentence: 19, "Putin told reporters the talks were constructive and that both sides had \"identical or very close\" positions on key international issues."),
        event("USA", "RUS", .sanctions, sentence: 21, "Putin's Asia tour came as the United States, Britain and the European Union all announced new sanctions aimed at constraining Russia's war in Ukraine."),
        event("GBR", "RUS", .sanctions, sentence: 21, "Putin's Asia tour came as the United States, Britain and the European Union all announced new sanctions aimed at constraining Russia's war in Ukraine."),
        event("EU", "RUS", .sanctions, sentence: 21, "Putin's Asia tour came as the United States, Britain and the European Union all announced new sanctions aimed at constraining Russia's war in Ukraine."),
        event("G7", "UKR", .aid, .intended, sentence: 22, "The G7 meanwhile agreed to use profits from frozen Russian assets to provide a new $50 billion loan to Kyiv."),
        event("RUS", "PRK", .visit, sentence: 23, "Making his first visit to isolated North Korea in 24 years on Wednesday, Putin signed a strategic treaty with leader Kim Jong Un that included a commitment to come to each other's aid if attacked."),
        event("USA", "PRK", .accusation, sentence: 24, "Washington and its allies accuse North Korea of supplying ammunition and missiles to Russia for its war, and the new treaty has fuelled fears of more deliveries."),
        event("PRK", "RUS", .armsSupply, .alleged, sentence: 24, "Washington and its allies accuse North Korea of supplying ammunition and missiles to Russia for its war, and the new treaty has fuelled fears of more deliveries."),
        event("PRK", "RUS", .support, sentence: 26, "Kim vowed his \"full support and solidarity\" over the Ukraine war, which has also triggered rafts of United Nations sanctions on Moscow."),
        event("UN", "RUS", .sanctions, sentence: 26, "Kim vowed his \"full support and solidarity\" over the Ukraine war, which has also triggered rafts of United Nations sanctions on Moscow."),
        event("UKR", "RUS", .criticism, sentence: 27, "Mykhailo Podolyak, a senior aide to Ukraine's President Volodymyr Zelensky, said Putin's trip was a tour of \"yesterday's satellites of the USSR\" in search of \"military and technical aid and cannon fodder\"."),
        event("USA", "VNM", .visit, sentence: 30, "US President Joe Biden visited Hanoi in September to promote ties as his administration seeks to build up Vietnam as an alternative supplier of key high-tech components to reduce American dependence on China."),
        event("CHN", "VNM", .visit, sentence: 31, "Chinese President Xi Jinping followed suit, making his own state visit barely three months later."),
    ]

    /// Text an attacker could put in an article or a user dictionary.
    static let hostile = "He said \"stop\" {now} -> <script>alert('x')</script> ]]> &amp; &foo; &nbsp; &#0; &#x110000; \\N \\G \\\\ \\n \u{1}\u{7F} <!-- x --> ` ${y} onload=alert(1)"

    /// Events from an article full of hostile text, with a non-state actor whose name is hostile too.
    static var hostileEvents: [Event] {
        let evil = Actor(id: "EVIL\"><script>", name: "Evil \"Corp\" <script>alert(1)</script> {x} -> y \\N", kind: .nonstate)
        let rus = dictionary.actor(id: "RUS")!
        let def = ontology[.attack]
        return [
            Event(source: evil, target: rus, kind: .attack, plover: def.plover, modality: .alleged, weight: def.weight,
                  date: day, article: "evil]]><script>", sentence: 0, evidence: hostile, trigger: "attack"),
            Event(source: rus, target: evil, kind: .sanctions, plover: .sanction, modality: .asserted, weight: -8,
                  date: day, article: "evil", sentence: 1, evidence: "Russia sanctioned them. " + hostile, trigger: "<b>sanctioned</b>"),
        ]
    }
}
