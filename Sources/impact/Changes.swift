import ArgumentParser
import ImpactKit

/// `impact changes report FILE` and `impact changes sensitivity FILE --parameter P --values …` (seed 001).
struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Stakeholder changes, Inner Development Goals and SROI (seed 001).",
        subcommands: [ChangesReport.self, ChangesSensitivity.self])
}

struct ChangesReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Changes per IDG dimension and skill, top three per group, SDGs, quotes, and the SROI when present.")

    @Argument(help: "A change-log JSON file (schema impactkit/changelog/1).")
    var file: String

    @Option(help: "Dimensions whose share to report together (default: relating,collaborating — 'collaborating and connecting').")
    var dimensions: String = "relating,collaborating"

    @OptionGroup var language: LanguageOption

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func run() throws {
        let lang = try language.language()
        let (log, chosen) = try exitOnError { () throws -> (ChangeLog, [IDGDimension]) in
            let chosen = try dimensions.split(separator: ",").map { part -> IDGDimension in
                do { return try IDGDimension(id: String(part)) } catch let error as ImpactKitError { throw CLIError(error.message) }
            }
            return (try Files.load(file, as: ChangeLog.self), chosen)
        }
        let report = log.report(dimensions: chosen)
        switch format {
        case .text: emit(report.text(for: log, language: lang))
        case .json: emit(JSONWriter.string(report.jsonValue(for: log, language: lang)))
        }
    }
}

struct ChangesSensitivity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity", abstract: "Recalculate the SROI with one parameter at several values.")

    @Argument(help: "A change-log JSON file with an \"sroi\" section.")
    var file: String

    @Option(help: "deadweight, attribution, displacement, drop-off, discount-rate, duration, quantity or proxy.")
    var parameter: String

    @Option(help: "Comma-separated values, e.g. 0,10,20,30 (percentages as 0–100).")
    var values: String

    @Option(help: "Only this SROI outcome (default: all).")
    var outcome: String?

    @OptionGroup var language: LanguageOption

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func run() throws {
        let json = try exitOnError { () throws -> JSONValue in
            guard let sroi = try Files.load(file, as: ChangeLog.self).sroi else {
                throw CLIError("\(file): a change log with an \"sroi\" section is needed")
            }
            do {
                let lang = try language.language()
                let parameter = try SROIValuation.Parameter(id: parameter)
                let numbers = try values.split(separator: ",").map { part -> Double in
                    guard let number = Double(part.trimmingPrefix(" ")) else {
                        throw ImpactKitError(.invalidArgument, "\"\(part)\" is not a number")
                    }
                    return number
                }
                let runs = try sroi.sensitivity(parameter, values: numbers, outcome: outcome)
                return sroi.sensitivityJSON(runs, parameter: parameter, outcome: outcome, language: lang)
            } catch let error as ImpactKitError {
                throw CLIError("\(error)")
            }
        }
        emit(JSONWriter.string(json))
    }
}
