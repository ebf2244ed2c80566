import ArgumentParser
import ImpactKit

/// `--format text|json`, shared by the commands that print a report.
enum OutputFormat: String, ExpressibleByArgument { case text, json }

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
        abstract: "Evaluate any ImpactKit document (\(DocumentRegistry.types.map { $0.kindName }.joined(separator: ", "))) and print the report.")

    @Argument(help: "An ImpactKit JSON file.")
    var file: String

    @OptionGroup var language: LanguageOption

    @Option(name: .customLong("as-of"), help: "The day the report is read on (YYYY-MM-DD; Kirkpatrick plans: overdue evaluations). Default: today.")
    var asOf: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func run() throws {
        let lang = try language.language()
        // One verb for every document type (ImpactDocument): nothing here knows the types.
        let report = try exitOnError { try Files.loadDocument(file).report(ReportSettings(language: lang, asOf: asOf)) }
        emit(format == .text ? report.text : JSONWriter.string(report.jsonValue))
    }
}
