/// The journey as an ImpactKit document: report, progress picture, every moment's placements, xAPI statements.
extension Journey: ImpactDocument, DirectlyRead {
    public static let kindTitle = LocalizedText(nl: "Leertraject", en: "Learning journey")
    public static let verbs: DocumentVerbs = [.renderSVG, .toCSV, .toXAPI, .toOB3, .apply]

    static func read(tree: JanssonView) throws -> Journey { try Journey(node: tree) }

    public func report(_ settings: ReportSettings) throws -> any DocumentReport { twoPart(self, settings) }

    public func svg(_ settings: ReportSettings) throws -> String { progressSVG(language: settings.language) }

    /// The placements of every moment in one table (the header alone when there are none).
    public func placementsCSV(language: Language) -> CSVTable {
        var all = CSVTable(header: Canvas.placementsHeader)
        for canvas in moments { all.rows += canvas.placementsCSV(language: language).rows }
        return all
    }

    public func csv(_ settings: ReportSettings) throws -> String { placementsCSV(language: settings.language).text }

    public func xapiStatements(_ settings: ReportSettings) throws -> JSONValue {
        try XAPI.statements(for: self, settings: try settings.requireXAPI(), language: settings.language)
    }

    public func credentials(_ settings: ReportSettings, badges: OpenBadgesSettings) throws -> JSONValue {
        try OpenBadges.credentials(for: self, settings: badges, language: settings.language)
    }

    public func xapiMultipart(_ settings: ReportSettings) throws -> XAPIMultipart {
        try XAPI.multipart(for: self, settings: try settings.requireXAPI(), language: settings.language)
    }
}
