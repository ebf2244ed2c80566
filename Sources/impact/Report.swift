import ArgumentParser
import ImpactKit

/// `--format text|json`, shared by the commands that print a report.
enum OutputFormat: String, ExpressibleByArgument { case text, json }

/// Prints a loading error and exits 1 (the commands' shared way to refuse a file).
func exitOnError<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        printError("\(error)")
        throw ExitCode(1)
    }
}

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate any ImpactKit document (canvas, journey, change log, Kirkpatrick plan, Actiescan, Fasemodel, LIN plan, factsheet, IWP model) and print the report.")

    @Argument(help: "An ImpactKit JSON file.")
    var file: String

    @OptionGroup var language: LanguageOption

    @Option(name: .customLong("as-of"), help: "The day the report is read on (YYYY-MM-DD; Kirkpatrick plans: overdue evaluations). Default: today.")
    var asOf: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        let lang = try language.language()
        let document = try exitOnError { try Files.loadDocument(file) }
        switch (document, format) {
        case (.canvas(let canvas), .text): print(canvas.evaluate().text(for: canvas, language: lang), terminator: "")
        case (.canvas(let canvas), .json):
            print(JSONWriter.string(canvas.evaluate().reportJSON(for: canvas, language: lang)), terminator: "")
        case (.journey(let journey), .text): print(journey.text(language: lang), terminator: "")
        case (.journey(let journey), .json): print(JSONWriter.string(journey.reportJSON(language: lang)), terminator: "")
        case (.changeLog(let log), .text): print(log.report().text(for: log, language: lang), terminator: "")
        case (.changeLog(let log), .json):
            print(JSONWriter.string(log.report().jsonValue(for: log, language: lang)), terminator: "")
        case (.instrument(let instrument), _):
            let context = ReportContext(language: lang, asOf: asOf)
            let output = try exitOnError {
                format == .text ? try instrument.text(context) : JSONWriter.string(try instrument.report(context))
            }
            print(output, terminator: "")
        }
    }
}
