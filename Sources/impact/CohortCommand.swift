import ArgumentParser
import Foundation
import ImpactKit

struct CohortCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cohort",
        abstract: "A coach's view over a folder of canvas and journey files: heat map, coverage, groups that need attention.",
        discussion: """
            Reads every *.json file in DIR (sorted by name), one at a time. A file that cannot be read is reported \
            (on stderr and under "skipped") and the run goes on; --strict then exits 1. Shows progress on stderr \
            when stderr is a terminal.
            """)

    @Argument(help: "A folder of canvas and journey JSON files.")
    var directory: String

    @OptionGroup var language: LanguageOption

    @Option(help: "Output format: text, json or csv (the heat map).")
    var format: CohortFormat = .text

    enum CohortFormat: String, ExpressibleByArgument { case text, json, csv, svg }

    @Option(help: "Flag a group whose latest canvas has more empty domains than this.")
    var maxEmptyDomains = CohortThresholds.default.maxEmptyDomains

    @Option(help: "Flag a group with fewer result cards than this at a moment from --results-from-moment on.")
    var minResultCards = CohortThresholds.default.minResultCards

    @Option(help: "The first moment (1-based) at which results are expected.")
    var resultsFromMoment = CohortThresholds.default.resultsExpectedFromMoment

    @Option(help: "Flag a group that added fewer cards than this between two moments (and covered no new domain).")
    var minCardsAdded = CohortThresholds.default.minCardsAdded

    @Flag(help: "Exit 1 when any file had to be skipped.")
    var strict = false

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func run() throws {
        let lang = try language.language()
        var cohort = try exitOnError {
            do {
                return try Cohort(
                    thresholds: CohortThresholds(
                        maxEmptyDomains: maxEmptyDomains, minResultCards: minResultCards,
                        resultsExpectedFromMoment: resultsFromMoment, minCardsAdded: minCardsAdded))
            } catch let error as ImpactKitError {
                throw CLIError(error.localizedMessage(Messages.language))
            }
        }
        let names = try exitOnError { () throws -> [String] in
            do {
                return try FileManager.default.contentsOfDirectory(atPath: directory)
                    .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
            } catch {
                throw CLIError("\(directory): cannot list the folder")
            }
        }
        let progress = Progress(total: names.count)
        for (index, name) in names.enumerated() {
            let path = directory + "/" + name
            do {
                let bytes = try Files.read(path)
                try bytes.withUnsafeBytes { try cohort.add(json: $0, source: name, limits: Files.limits) }
            } catch let error as ImpactKitError {
                progress.clear()
                printError(localized("skipped \(path): \(described(error))"))
            } catch {
                // Files names the path and why (size over the limit, permission); the report names the file.
                let why = "\(error)".replacingOccurrences(of: path + ": ", with: "")
                cohort.skip(source: name, error: ImpactKitError(.invalidArgument, why))
                progress.clear()
                printError(localized("skipped \(path): \(why)"))
            }
            progress.show(index + 1)
        }
        progress.clear()
        switch format {
        case .text: emit(cohort.text(language: lang))
        case .json: emit(JSONWriter.string(cohort.reportJSON(language: lang)))
        case .csv: emit(cohort.heatMapCSV(language: lang).text)
        case .svg: emit(cohort.heatMapSVG(language: lang))
        }
        if strict && !cohort.skipped.isEmpty { throw ExitCode(1) }
    }
}

/// "1234/10000 files" on stderr, rewritten in place, only when stderr is a terminal (never in logs or pipes).
struct Progress {
    let total: Int
    let enabled = isatty(2) == 1

    func show(_ done: Int) {
        guard enabled, done % 100 == 0 || done == total else { return }
        FileHandle.standardError.write(Data("\r\(done)/\(total) files".utf8))
    }

    func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
