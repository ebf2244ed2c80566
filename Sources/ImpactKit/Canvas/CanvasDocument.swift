/// The canvas as an ImpactKit document: report, poster, placements table and xAPI statements.
extension Canvas: ImpactDocument {
    public func report(_ settings: ReportSettings) throws -> any DocumentReport {
        CanvasReport(evaluation: evaluate(), canvas: self, language: settings.language)
    }

    public func svg(_ settings: ReportSettings) throws -> String { svg(language: settings.language) }

    public func csv(_ settings: ReportSettings) throws -> String { placementsCSV(language: settings.language).text }

    public func xapiStatements(_ settings: ReportSettings) throws -> JSONValue {
        try XAPI.statements(for: self, settings: try settings.requireXAPI(), language: settings.language)
    }

    public func xapiMultipart(_ settings: ReportSettings) throws -> XAPIMultipart {
        try XAPI.multipart(for: self, settings: try settings.requireXAPI(), language: settings.language)
    }
}
