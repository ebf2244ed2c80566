/// The ways LIM is used (§7–§8): the standard canvas with cards, without cards (free text), a selection of
/// domains, the version for coaches/teachers/clients, and the one for representatives of education, research
/// and practice.
public enum Variant: String, Vocabulary {
    public static let vocabularyName = "variant"
    case standard
    case withoutCards = "without-cards"
    case selectedDomains = "selected-domains"
    case coaches
    case stakeholders
}
