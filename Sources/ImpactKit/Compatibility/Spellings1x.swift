// The spellings of ImpactKit 1.0–1.2 that 1.3 replaced, kept so that Swift sources written against any 1.x release
// still compile (with a deprecation warning that names the new spelling). `make api-check` compares the public API
// with the last release's and fails on a removal not listed in scripts/api-breakage-allowlist.txt.
//
// They live here, on public types, because a `public` member of an extension of an internal protocol is not
// reachable from another module: 1.3's first versions declared them so, and a 1.2 source stopped compiling.

/// The 1.0 name of what is now an `ImpactDocument` with a template (see `ImpactDocument.hasTemplate`).
@available(*, deprecated, renamed: "ImpactDocument")
public typealias Instrument = ImpactDocument

/// What an instrument's report took in 1.0; `ReportSettings` holds the same and more.
@available(*, deprecated, renamed: "ReportSettings")
public struct ReportContext: Sendable {
    public var language: Language
    /// "YYYY-MM-DD"; nil = today (UTC).
    public var asOf: String?

    public init(language: Language = .en, asOf: String? = nil) {
        self.language = language
        self.asOf = asOf
    }

    /// The validated date the report is read on.
    public func day() throws -> String { try settings.day() }

    var settings: ReportSettings { ReportSettings(language: language, asOf: asOf) }
}

extension ImpactDocument {
    /// The 1.0 spelling of `report(settings).jsonValue`.
    @available(*, deprecated, message: "use report(_: ReportSettings).jsonValue")
    public func report(_ context: ReportContext) throws -> JSONValue { try report(context.settings).jsonValue }

    /// The 1.0 spelling of `report(settings).text`.
    @available(*, deprecated, message: "use report(_: ReportSettings).text")
    public func text(_ context: ReportContext) throws -> String { try report(context.settings).text }
}

extension IWPCoverage {
    @available(*, deprecated, message: "use jsonValue(for:_: ReportSettings)")
    public func jsonValue(for model: IWPModel, _ context: ReportContext) -> JSONValue {
        jsonValue(for: model, context.settings)
    }
}

extension KirkpatrickReport {
    @available(*, deprecated, message: "use jsonValue(for:_: ReportSettings)")
    public func jsonValue(for plan: KirkpatrickPlan, _ context: ReportContext) -> JSONValue {
        jsonValue(for: plan, context.settings)
    }
}

extension LINReport {
    @available(*, deprecated, message: "use jsonValue(for:_: ReportSettings)")
    public func jsonValue(for plan: LINPlan, _ context: ReportContext) -> JSONValue {
        jsonValue(for: plan, context.settings)
    }
}

// The results that are not documents had reportJSON(language:) and text(language:) until 1.2; now everything is
// `Reportable`. One spelling each, on each type (see above why not on their shared internal protocol).

extension Journey {
    @available(*, deprecated, message: "use report(_: ReportSettings).jsonValue")
    public func reportJSON(language: Language) -> JSONValue { reportValue(language: language) }

    @available(*, deprecated, message: "use report(_: ReportSettings).text")
    public func text(language: Language) -> String { reportText(language: language) }
}

extension Cohort {
    @available(*, deprecated, message: "use report(_: ReportSettings).jsonValue")
    public func reportJSON(language: Language) -> JSONValue { reportValue(language: language) }

    @available(*, deprecated, message: "use report(_: ReportSettings).text")
    public func text(language: Language) -> String { reportText(language: language) }
}

extension CanvasMerge {
    @available(*, deprecated, message: "use report(_: ReportSettings).jsonValue")
    public func reportJSON(language: Language) -> JSONValue { reportValue(language: language) }

    @available(*, deprecated, message: "use report(_: ReportSettings).text")
    public func text(language: Language) -> String { reportText(language: language) }
}

extension JourneyMerge {
    @available(*, deprecated, message: "use report(_: ReportSettings).jsonValue")
    public func reportJSON(language: Language) -> JSONValue { reportValue(language: language) }

    @available(*, deprecated, message: "use report(_: ReportSettings).text")
    public func text(language: Language) -> String { reportText(language: language) }
}

extension CanvasComparison {
    @available(*, deprecated, message: "use report(_: ReportSettings).jsonValue")
    public func reportJSON(language: Language) -> JSONValue { reportValue(language: language) }

    @available(*, deprecated, message: "use report(_: ReportSettings).text")
    public func text(language: Language) -> String { reportText(language: language) }
}

extension ImpactKitError {
    /// 1.2's initializer with a `String` message, for a host's own errors: the message is kept as written (it is
    /// not one of ImpactKit's, so it is not translated). Generic and disfavoured so that a literal still makes an
    /// `ErrorText` (with the identity other languages are rendered from): a plain `String` overload won over every
    /// literal in the library, disfavoured or not, and 4 350 errors lost their identity (ErrorIdentityTests).
    @_disfavoredOverload
    public init<Message: StringProtocol>(
        _ code: ErrorCode, _ message: Message, path: String = "", line: Int = 0, column: Int = 0
    ) {
        self.init(code, verbatim: String(message), path: path, line: line, column: column)
    }
}
