/// The canvas as an ImpactKit document: report, poster, placements table and xAPI statements.
extension Canvas: ImpactDocument, DirectlyRead {
    public static let kindTitle = LocalizedText(
        nl: "LIM-canvas „Impact in Beeld”", en: "LIM canvas \"Impact in Beeld\"")
    public static let verbs: DocumentVerbs = [.renderSVG, .toCSV, .toXAPI, .apply]

    static func read(tree: JanssonView) throws -> Canvas { try Canvas(node: tree) }

    /// A large canvas is read placement by placement, without jansson's whole tree (CanvasPiecewiseLoad).
    static func readWithoutTree(_ bytes: UnsafeRawBufferPointer, limits: Limits) -> Canvas? {
        piecewise(bytes, limits: limits)
    }

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
