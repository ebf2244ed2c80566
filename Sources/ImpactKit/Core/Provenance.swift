/// Where a text that ImpactKit ships comes from, so that nobody quotes ImpactKit's own wording as the seed's.
public enum Provenance: String, Vocabulary {
    public static let vocabularyName = "source"
    /// The seed text's own words (Dutch; the English is ImpactKit's translation).
    case seed
    /// ImpactKit's wording for something the seed describes without naming it (the five LIM domains come from
    /// the five conditions of LIM §3; §7.2's conversation topics put as questions).
    case derived
    /// ImpactKit's own: not in the seed (central questions per domain, most of the card deck).
    case impactkit
}
