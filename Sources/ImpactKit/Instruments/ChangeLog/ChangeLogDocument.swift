/// The change log as an ImpactKit document: report (with the chosen IDG dimensions), IDG picture, changes table.
extension ChangeLog: ImpactDocument {
    public static let kindTitle = LocalizedText(nl: "Veranderlog (IDG en SROI)", en: "Change log (IDG and SROI)")
    public static let verbs: DocumentVerbs = [.renderSVG, .toCSV]

    public func report(_ settings: ReportSettings) throws -> any DocumentReport {
        let computed = report(dimensions: try settings.chosenDimensions() ?? ChangeLogReport.collaboratingAndConnecting)
        let language = settings.language
        let log = self
        return ComputedReport(jsonValue: computed.jsonValue(for: log, language: language)) {
            computed.text(for: log, language: language)
        }
    }

    public func svg(_ settings: ReportSettings) throws -> String { idgSVG(language: settings.language) }

    public func csv(_ settings: ReportSettings) throws -> String { changesCSV().text }
}
