/// The Fasemodel report's words, one table per language.
struct FasemodelWords: WordTable {
    var component:
        @Sendable (_ name: String, _ current: Int, _ now: String, _ ambition: Int, _ goal: String, _ gap: Int) -> String
    var allAtAmbition: String
    var noneShort: String
    var largestGaps: String
    var tiedAllNamed: String
    var moreSmaller: @Sendable (Int) -> String
    var beyond: String
    var stagesAreImpactKits: String

    static let nl = FasemodelWords(
        component: { "  \($0): nu \($1) (\($2)), ambitie \($3) (\($4)), verschil \($5)" },
        allAtAmbition: "Alle onderdelen staan op hun ambitie.",
        noneShort: "Geen onderdeel blijft achter bij zijn ambitie.",
        largestGaps: "Grootste verschillen: ",
        tiedAllNamed: " (gelijk verschil, alle genoemd)",
        moreSmaller: { "; nog \($0) met een kleiner verschil" },
        beyond: "Verder dan de ambitie: ",
        stagesAreImpactKits:
            "De namen van de stadia zijn van ImpactKit: de gepubliceerde stadia van het fasemodel (seed 002) zijn niet beschikbaar."
    )

    static let en = FasemodelWords(
        component: { "  \($0): now \($1) (\($2)), ambition \($3) (\($4)), gap \($5)" },
        allAtAmbition: "Every component is at its ambition.",
        noneShort: "No component falls short of its ambition.",
        largestGaps: "Largest gaps: ",
        tiedAllNamed: " (equal gaps, all named)",
        moreSmaller: { "; \($0) more with a smaller gap" },
        beyond: "Beyond its ambition: ",
        stagesAreImpactKits:
            "The stage names are ImpactKit's: the phase model's published stages (seed 002) are not available.")

    var all: [String] {
        [
            component("a", 1, "b", 2, "c", 1), allAtAmbition, noneShort, largestGaps, tiedAllNamed, moreSmaller(2),
            beyond, stagesAreImpactKits,
        ]
    }
}
