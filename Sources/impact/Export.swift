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

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func run() throws {
        let lang = try language.language()
        if format == .xapi {
            emit(try xapi(language: lang) + "\n")
            return
        }
        let table = try exitOnError { () throws -> String in
            let document = try Files.loadDocument(file)
            do {
                return try document.csv(ReportSettings(language: lang))
            } catch let error as ImpactKitError where error.code == .notSupported {
                throw CLIError("\(file): \(error.message)")
            }
        }
        emit(table)
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
            var options = ReportSettings(language: lang)
            options.xapi = settings
            let document = try Files.loadDocument(file)
            do {
                return JSONWriter.string(try document.xapiStatements(options))
            } catch let error as ImpactKitError where error.code == .notSupported {
                throw CLIError("\(file): xAPI export takes a canvas or a journey")
            }
        }
    }
}
