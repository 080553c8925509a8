/// The PLOVER event categories (Open Event Data Alliance), the coarse event ontology
/// that every ``Event`` carries next to Statecraft's finer ``RelationKind``.
public enum PLOVERCategory: String, Codable, CaseIterable, Sendable {
    case agree = "AGREE"
    case consult = "CONSULT"
    case support = "SUPPORT"
    case concede = "CONCEDE"
    case cooperate = "COOPERATE"
    case aid = "AID"
    case retreat = "RETREAT"
    case request = "REQUEST"
    case accuse = "ACCUSE"
    case reject = "REJECT"
    case threaten = "THREATEN"
    case protest = "PROTEST"
    case sanction = "SANCTION"
    case mobilize = "MOBILIZE"
    case coerce = "COERCE"
    case assault = "ASSAULT"
    case investigate = "INVESTIGATE"
}
