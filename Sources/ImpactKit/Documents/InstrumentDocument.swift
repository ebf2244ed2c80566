/// The six instruments are ImpactKit documents through `SeedInstrument`: the report as of a day in
/// a language; the Actiescan also draws its radar.
extension KirkpatrickPlan {
    public static let kindTitle = LocalizedText(nl: "Evaluatieplan (Kirkpatrick)", en: "Evaluation plan (Kirkpatrick)")
}

extension Fasemodel {
    public static let kindTitle = LocalizedText(nl: "Fasemodel LIN", en: "LIN phase model")
}

extension LINPlan {
    public static let kindTitle = LocalizedText(
        nl: "Opzet Leer- en InnovatieNetwerk", en: "Setting up a Learning and Innovation Network")
}

extension Factsheet {
    public static let kindTitle = LocalizedText(nl: "Factsheet proeftuin", en: "Pilot factsheet")
}

extension IWPModel {
    public static let kindTitle = LocalizedText(
        nl: "Ontwikkelmodel innovatiewerkplaats", en: "Innovation workplace development model")
}

extension Actiescan {
    public static let kindTitle = LocalizedText(nl: "Actiescan LIN", en: "LIN Actiescan")
    public static let verbs: DocumentVerbs = [.renderSVG]

    public func svg(_ settings: ReportSettings) throws -> String { radarSVG(language: settings.language) }
}

extension SeedInstrument {
    /// Every instrument starts from its template (seeds 002–004).
    public static var hasTemplate: Bool { true }

    public func report(_ settings: ReportSettings) throws -> any DocumentReport {
        let json = try reportJSON(settings)
        let instrument = self
        // The text is written from the same document and settings; a failure here already failed above.
        return ComputedReport(jsonValue: json) { (try? instrument.reportText(settings)) ?? "" }
    }
}
