import ArgumentParser
import ImpactKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export a canvas, journey (all moments) or change log as CSV for spreadsheets (RFC 4180, UTF-8).")

    @Argument(help: "A canvas, journey or change-log JSON file.")
    var file: String

    @Option(help: "Export format (csv).")
    var format: ExportFormat = .csv

    enum ExportFormat: String, ExpressibleByArgument { case csv }

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = try language.language()
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
}
