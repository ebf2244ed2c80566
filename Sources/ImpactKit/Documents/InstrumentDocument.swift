/// The six instruments are ImpactKit documents through their `Instrument` conformance: the report as of a day in
/// a language; the Actiescan also draws its radar.
extension KirkpatrickPlan: ImpactDocument {}
extension Fasemodel: ImpactDocument {}
extension LINPlan: ImpactDocument {}
extension Factsheet: ImpactDocument {}
extension IWPModel: ImpactDocument {}

extension Actiescan: ImpactDocument {
    public func svg(_ settings: ReportSettings) throws -> String { radarSVG(language: settings.language) }
}

extension Instrument {
    public func report(_ settings: ReportSettings) throws -> any DocumentReport {
        let context = settings.context
        let json = try report(context)
        let instrument = self
        // The text is written from the same document and settings; a failure here already failed above.
        return ComputedReport(jsonValue: json) { (try? instrument.text(context)) ?? "" }
    }
}
