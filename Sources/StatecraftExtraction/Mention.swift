/// An actor named in a sentence: which tokens, which actors, and how it sits in the sentence.
struct Mention: Sendable {
    var start: Int
    var end: Int
    /// Actor indices into the lexicon (two for "the two countries").
    var actors: [Int32]
    var form: MentionForm
    /// Followed by `'s`: a possessor ("Russia's treaty").
    var possessive = false
    /// An adjective or possessor followed by a noun naming an organ or agent ("Russian troops").
    var agent = false
    /// Preceded by a preposition.
    var oblique = false
    /// The preposition before it, if any (word id).
    var preposition: Int32 = -1
    /// A plural demonym ("Afghans", "Palestinians").
    var plural = false
    /// A person (officeholder, or a title with a name).
    var person = false
    /// Resolved from a pronoun or pair expression rather than named.
    var resolved = false
    /// The pronoun was a speaker pronoun (we, our) resolved to the speaker later.
    var speakerPronoun = false
}
