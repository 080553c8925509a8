import Foundation

/// The data files that ship with Statecraft: the actor dictionary, the relation
/// ontology, map coordinates and the bundled articles.
public enum BundledData {
    /// `actors.json`: every actor with its names, capital, adjectives, metonyms and officeholders.
    public static var actorsURL: URL { url("actors.json") }
    /// `relations.json`: the relation ontology.
    public static var relationsURL: URL { url("relations.json") }
    /// `coordinates.json`: map positions of states and organisation seats.
    public static var coordinatesURL: URL { url("coordinates.json") }
    /// `cameo.json`: CAMEO event codes → relation kinds and PLOVER categories; CAMEO country codes → actor ids.
    public static var cameoURL: URL { url("cameo.json") }
    /// `lexicon.json`: the hand-curated trigger lexicon (overrides the generated one).
    public static var lexiconURL: URL { url("lexicon.json") }
    /// `lexicon-petrarch.json`: trigger phrases generated from PETRARCH2's CAMEO verb dictionary.
    public static var generatedLexiconURL: URL { url("lexicon-petrarch.json") }
    /// `articles/`: the bundled articles.
    public static var articlesURL: URL { url("articles") }

    private static func url(_ name: String) -> URL {
        Bundle.module.resourceURL!.appendingPathComponent(name)
    }
}
