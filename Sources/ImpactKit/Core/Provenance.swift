/// Where a text that ImpactKit ships comes from, so that nobody quotes ImpactKit's own wording as the seed's.
public enum Provenance: String, Vocabulary {
    public static let vocabularyName = "source"
    /// The seed text's own words (Dutch; the English is ImpactKit's translation).
    case seed
    /// The seed's own words, edited: a typo fixed, or words of one passage put together (the governance component
    /// of the Fasemodel template). What was edited is in docs/design-notes.md.
    case seedEdited = "seed-edited"
    /// ImpactKit's wording for something the seed describes without naming it (the five LIM domains come from
    /// the five conditions of LIM §3; §7.2's conversation topics put as questions).
    case derived
    /// ImpactKit's own: not in the seed (central questions per domain, most of the card deck).
    case impactkit

    /// What a list of questions prints beside a text that is not the seed's verbatim; nil for the seed's own.
    public var note: LocalizedText? {
        switch self {
        case .seed: return nil
        case .seedEdited: return LocalizedText(nl: "seed, bewerkt", en: "seed, edited")
        case .derived: return LocalizedText(nl: "verwoording van ImpactKit", en: "ImpactKit's wording")
        case .impactkit: return LocalizedText(nl: "van ImpactKit", en: "ImpactKit's")
        }
    }

    /// "§7.2" or "§7.2 · ImpactKit's wording": where a question comes from and whose words it is.
    public func reference(section: String, _ language: Language) -> String {
        "§" + section + (note.map { " · " + $0[language] } ?? "")
    }
}
