/// The ways LIM is used (§7–§8): the standard canvas with cards, without cards (free text), a selection of
/// domains, the version for coaches/teachers/clients, and the one for representatives of education, research
/// and practice.
public enum Variant: String, Sendable, CaseIterable {
    case standard
    case withoutCards = "without-cards"
    case selectedDomains = "selected-domains"
    case coaches
    case stakeholders

    public init(id: String) throws {
        guard let variant = Variant(rawValue: id) else {
            throw ImpactKitError(
                .invalidArgument,
                "unknown variant \"\(id.prefix(40))\" (use \(Variant.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        self = variant
    }
}
