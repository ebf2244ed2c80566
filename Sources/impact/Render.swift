import ArgumentParser
import ImpactKit

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a canvas (or a journey's latest moment) as SVG, laid out like the A1 poster.")

    @Argument(help: "A canvas or journey JSON file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write the SVG here (atomically) instead of to standard output.")
    var output: String?

    @OptionGroup var language: LanguageOption

    func run() throws {
        let lang = try language.language()
        let canvas = try exitOnError { () throws -> Canvas in
            switch try Files.loadDocument(file) {
            case .canvas(let canvas): return canvas
            case .journey(let journey):
                guard let latest = journey.moments.last else { throw CLIError("\(file): the journey has no moments") }
                return latest
            case .changeLog: throw CLIError("\(file): a change log has no canvas to draw")
            case .instrument(let instrument): throw CLIError("\(file): no picture for \(type(of: instrument).schemaID) yet")
            }
        }
        let svg = canvas.svg(language: lang)
        if let output {
            try Files.writeAtomically(svg, to: output)
        } else {
            print(svg, terminator: "")
        }
    }
}
