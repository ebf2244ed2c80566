/// The SROI texts' words (the study's section of the change log report, the sensitivity and simulation texts),
/// one table per language, as PosterWords and ChartWords are for the pictures.
struct SROITextWords: WordTable {
    // The study's section of the report.
    var discountRate: String
    var defaultRate: String
    var periods: String
    var discounting: String
    var source: @Sendable (_ source: String, _ licence: String?) -> String
    var noSource: String
    var adjustments:
        @Sendable (_ deadweight: String, _ attribution: String, _ displacement: String, _ dropOff: String)
            -> String
    var totalPresentValue: String
    var inputs: String
    var netPresentValue: String
    /// Why there is no ratio (also the JSON's `ratio_note`, kept there for 1.x readers).
    var noRatio: String
    // Sensitivity and simulation.
    var sensitivity: String
    var allOutcomes: String
    var theStudy: String
    var presentValue: String
    var net: String
    var studyRatio: String
    var tornado: String
    var study: String
    var swing: String
    var breakEven: String
    var doesNotCross: String
    var atShare: @Sendable (String) -> String
    var simulation: @Sendable (Int, UInt64) -> String
    var below: @Sendable (String) -> String

    static let nl = SROITextWords(
        discountRate: "Disconteringsvoet: ",
        defaultRate: " (niet opgegeven: standaard van ImpactKit, het tarief van het Britse Green Book)",
        periods: "Periode: ", discounting: ", verdisconteerd vanaf jaar 1; afname vanaf jaar 2",
        source: { source, licence in " (bron: \(source)" + (licence.map { ", licentie: \($0)" } ?? "") + ")" },
        noSource: " (bron niet opgegeven)",
        adjustments: { "deadweight \($0), attributie \($1), verplaatsing \($2), afname \($3) per jaar" },
        totalPresentValue: "Contante waarde: ", inputs: "Investering: ", netPresentValue: "Netto contante waarde: ",
        noRatio: "geen: de investering is 0 (geen inputs opgegeven), dus er is niets om door te delen",
        sensitivity: "SROI-gevoeligheid: ", allOutcomes: "alle uitkomsten", theStudy: "Studie zelf: ",
        presentValue: ", contante waarde ", net: ", netto ", studyRatio: "SROI-ratio van de studie: ",
        tornado: "Tornado (grootste uitslag eerst): de ratio bij de lage en de hoge waarde", study: "studie",
        swing: "uitslag", breakEven: "Omslagpunt (ratio 1 : 1):",
        doesNotCross: "komt binnen het bereik niet onder 1 : 1",
        atShare: { "bij \($0)% van de eigen waarde van elke uitkomst" },
        simulation: { "Simulatie: \($0) trekkingen (seed \($1))" }, below: { "\($0)% onder 1 : 1" })

    static let en = SROITextWords(
        discountRate: "Discount rate: ", defaultRate: " (not given: ImpactKit's default, the UK Green Book rate)",
        periods: "Periods: ", discounting: ", discounted from year 1; drop-off from year 2",
        source: { source, licence in " (source: \(source)" + (licence.map { ", licence: \($0)" } ?? "") + ")" },
        noSource: " (source not given)",
        adjustments: { "deadweight \($0), attribution \($1), displacement \($2), drop-off \($3) a year" },
        totalPresentValue: "Present value: ", inputs: "Inputs: ", netPresentValue: "Net present value: ",
        noRatio: "none: the inputs are worth 0 (none given), so there is nothing to divide by",
        sensitivity: "SROI sensitivity: ", allOutcomes: "all outcomes", theStudy: "The study: ",
        presentValue: ", present value ", net: ", net ", studyRatio: "The study's SROI ratio: ",
        tornado: "Tornado (largest swing first): the ratio at the low and the high value", study: "study",
        swing: "swing", breakEven: "Break-even (ratio 1 : 1):", doesNotCross: "does not cross 1 : 1 within its range",
        atShare: { "at \($0)% of every outcome's own value" },
        simulation: { "Simulation: \($0) draws (seed \($1))" }, below: { "\($0)% below 1 : 1" })

    var all: [String] {
        [
            discountRate, defaultRate, periods, discounting, source("a", nil), source("a", "b"), noSource,
            adjustments("1%", "2%", "3%", "4%"), totalPresentValue, inputs, netPresentValue, noRatio,
            sensitivity, allOutcomes, theStudy, presentValue, net, studyRatio, tornado, study, swing, breakEven,
            doesNotCross,
            atShare("50"), simulation(100, 1), below("5"),
        ]
    }
}
