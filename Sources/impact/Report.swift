import ArgumentParser
import ImpactKit

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Evaluate a canvas file and print the report.")

    @Argument(help: "A canvas JSON file.")
    var file: String

    @OptionGroup var language: LanguageOption

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    enum Format: String, ExpressibleByArgument { case text, json }

    func run() throws {
        let canvas: Canvas
        do {
            canvas = try Files.loadCanvas(file)
        } catch {
            printError("\(error)")
            throw ExitCode(1)
        }
        let evaluation = canvas.evaluate()
        let lang = try language.language()
        switch format {
        case .text: print(evaluation.text(for: canvas, language: lang), terminator: "")
        case .json: print(JSONWriter.string(evaluation.reportJSON(for: canvas, language: lang)), terminator: "")
        }
    }
}
