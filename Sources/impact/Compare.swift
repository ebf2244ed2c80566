import ArgumentParser
import ImpactKit

struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.compare
    )

    @Argument(help: helpText("Two canvas files, or one journey file."))
    var files: [String]

    @Option(help: helpText("Journey only: the label of the earlier moment (default: the first)."))
    var from: String?

    @Option(help: helpText("Journey only: the label of the later moment (default: the last)."))
    var to: String?

    @OptionGroup var language: LanguageOption

    @Option(help: helpText("Output format: text or json."))
    var format: OutputFormat = .text

    func validate() throws {
        guard (1...2).contains(files.count) else {
            throw ValidationError("give two canvas files or one journey file")
        }
        if files.count == 2 && (from != nil || to != nil) {
            throw ValidationError("--from and --to choose moments of a journey; with two canvas files leave them out")
        }
    }

    @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

    func run() throws {
        let lang = try language.language()
        let comparison = try exitOnError { () throws -> CanvasComparison in
            if files.count == 2 {
                return try Files.loadCanvas(files[0]).compare(to: try Files.loadCanvas(files[1]))
            }
            let document = try Files.loadDocument(files[0])
            guard let journey = document as? Journey else {
                let kind = type(of: document).schemaID
                let described = DocumentRegistry.described(DocumentRegistry.kindName(of: kind))
                if document is Canvas {
                    throw CLIError(
                        "\(files[0]): one file must be a journey, this is \(described) (\(kind)); to compare canvases give two files"
                    )
                } else if document is Actiescan {
                    throw CLIError(
                        "\(files[0]): one file must be a journey, this is \(described) (\(kind)); to compare two scans use `impact actiescan compare`"
                    )
                }
                throw CLIError("\(files[0]): one file must be a journey, this is \(described) (\(kind))")
            }
            do {
                return try journey.compare(from: from, to: to)
            } catch let error as ImpactKitError {
                throw CLIError("\(files[0]): \(described(error))")
            }
        }
        switch format {
        case .text: emit(comparison.reportText(language: lang))
        case .json: emit(JSONWriter.string(comparison.reportValue(language: lang)))
        }
    }
}
