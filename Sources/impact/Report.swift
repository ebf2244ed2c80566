import ArgumentParser
import ImpactKit

/// `--format text|json`, shared by the commands that print a report.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

/// Prints a loading error and exits 1 (the commands' shared way to refuse a file).
func exitOnError<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        printError(described(error))
        throw ExitCode(1)
    }
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.report(DocumentRegistry.types.map { $0.kindName }.joined(separator: ", ")))

    @Argument(help: helpText("An ImpactKit JSON file."))
    var file: String

    @OptionGroup var language: LanguageOption

    @Option(
        name: .customLong("as-of"),
        help: helpText(
            "The day the report is read on (YYYY-MM-DD; Kirkpatrick plans: overdue evaluations). Default: today."))
    var asOf: String?

    @Option(
        help:
            helpText(
                "Change logs: the IDG dimensions whose share to report together (default: relating,collaborating — 'collaborating and connecting')."
            )
    )
    var dimensions: String?

    @Option(help: helpText("Output format: text or json."))
    var format: OutputFormat = .text

    @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

    func run() throws {
        try Self.print(file, language: try language.language(), asOf: asOf, dimensions: dimensions, format: format)
    }

    /// One verb for every document type (ImpactDocument): nothing here knows the types. `changeLogOnly`: the file
    /// must be a change log (`impact changes report`).
    static func print(
        _ file: String, language: Language, asOf: String?, dimensions: String?, format: OutputFormat,
        changeLogOnly: Bool = false
    ) throws {
        let report = try exitOnError { () throws -> any DocumentReport in
            let chosen = try dimensions.map { list in
                try list.split(separator: ",").map { part -> IDGDimension in
                    do { return try IDGDimension(id: String(part)) } catch let error as ImpactKitError {
                        throw CLIError(verbatim: error.localizedMessage(Messages.language))
                    }
                }
            }
            let document = try Files.loadDocument(file)
            if changeLogOnly, !(document is ChangeLog) { throw Files.wrongKind(file, document, needed: ChangeLog.self) }
            return try document.report(ReportSettings(language: language, asOf: asOf, dimensions: chosen))
        }
        emit(format == .text ? report.text : JSONWriter.string(report.jsonValue))
    }
}
