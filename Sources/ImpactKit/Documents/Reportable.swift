/// Everything ImpactKit reports on — each document, a cohort, a merge, a comparison of two moments — has one
/// spelling for its report: `report(settings)`, one computation that is then written as JSON (`jsonValue`) or as
/// text (`text`) in `settings.language`.
public protocol Reportable: Sendable {
    func report(_ settings: ReportSettings) throws -> any DocumentReport
}

/// The results that are not documents report through the same spelling as documents do.
extension Cohort: Reportable {
    public func report(_ settings: ReportSettings) throws -> any DocumentReport { twoPart(self, settings) }
}

extension CanvasMerge: Reportable {
    public func report(_ settings: ReportSettings) throws -> any DocumentReport { twoPart(self, settings) }
}

extension JourneyMerge: Reportable {
    public func report(_ settings: ReportSettings) throws -> any DocumentReport { twoPart(self, settings) }
}

extension CanvasComparison: Reportable {
    public func report(_ settings: ReportSettings) throws -> any DocumentReport { twoPart(self, settings) }
}

/// A result whose report is written in two parts from the same value: the JSON and the text.
protocol ReportedInTwoParts: Sendable {
    func reportValue(language: Language) -> JSONValue
    func reportText(language: Language) -> String
}

extension Cohort: ReportedInTwoParts {}
extension CanvasMerge: ReportedInTwoParts {}
extension JourneyMerge: ReportedInTwoParts {}
extension CanvasComparison: ReportedInTwoParts {}
extension Journey: ReportedInTwoParts {}

func twoPart(_ result: some ReportedInTwoParts, _ settings: ReportSettings) -> any DocumentReport {
    let language = settings.language
    return ComputedReport(jsonValue: result.reportValue(language: language)) { result.reportText(language: language) }
}
