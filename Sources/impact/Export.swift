import ArgumentParser
import ImpactKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a canvas, journey (all moments) or change log as CSV (RFC 4180, UTF-8), or a canvas or journey as xAPI 1.0.3 statements.",
        discussion: "xAPI: --homepage names the platform whose accounts identify people; the output is a JSON array to POST to an LRS's /statements.")

    @Argument(help: "A canvas, journey or change-log JSON file.")
    var file: String

    @Option(help: "Export format: csv or xapi.")
    var format: ExportFormat = .csv

    enum ExportFormat: String, ExpressibleByArgument { case csv, xapi }

    @Option(help: "xAPI: the platform's address (account.homePage), e.g. https://lms.example.org.")
    var homepage: String?

    @Option(help: "xAPI: group (the team as one actor) or members (a statement per member).")
    var actor: String = "group"

    @Option(name: .customLong("account"), help: "xAPI: NAME=ACCOUNT, a member's account name on the platform (repeatable).")
    var accounts: [String] = []

    @Flag(help: "xAPI: attach the canvas poster (SVG) by its SHA-256.")
    var attachment = false

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = try language.language()
        if format == .xapi {
            print(try xapi(language: lang))
            return
        }
        let table: CSVTable
        switch try exitOnError({ try Files.loadDocument(file) }) {
        case .canvas(let canvas): table = canvas.placementsCSV(language: lang)
        case .journey(let journey):
            var all = CSVTable(header: [])
            for canvas in journey.moments {
                let part = canvas.placementsCSV(language: lang)
                all.header = part.header
                all.rows += part.rows
            }
            if all.header.isEmpty { all.header = try Canvas(title: "-").placementsCSV(language: lang).header }
            table = all
        case .changeLog(let log): table = log.changesCSV()
        case .instrument(let instrument):
            printError("\(file): no CSV export for \(type(of: instrument).schemaID)")
            throw ExitCode(1)
        }
        print(table.text, terminator: "")
    }

    private func xapi(language lang: Language) throws -> String {
        try exitOnError {
            guard let homepage else { throw CLIError("--format xapi needs --homepage (the platform's address)") }
            var settings = try XAPISettings(homepage: homepage)
            settings.actor = try XAPISettings.ActorMode(id: actor)
            settings.attachment = attachment
            for pair in accounts {
                let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw CLIError("--account wants NAME=ACCOUNT, got \(pair)") }
                settings.accounts[parts[0]] = parts[1]
            }
            switch try Files.loadDocument(file) {
            case .canvas(let canvas): return JSONWriter.string(XAPI.statements(for: canvas, settings: settings, language: lang))
            case .journey(let journey): return JSONWriter.string(XAPI.statements(for: journey, settings: settings, language: lang))
            default: throw CLIError("\(file): xAPI export takes a canvas or a journey")
            }
        }
    }
}
