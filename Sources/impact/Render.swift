import ArgumentParser
import ImpactKit

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.render,
        discussion: CommandDiscussions.chosen.render)

    @Argument(help: helpText("A canvas, journey, Actiescan or change-log JSON file."))
    var file: String

    @Option(name: .shortAndLong, help: helpText("Write the SVG here (atomically) instead of to standard output."))
    var output: String?

    @Option(help: helpText("svg, png or pdf (png and pdf need -o and rsvg-convert)."))
    var format: PictureFormat = .svg

    @Option(help: helpText("PNG only: the width in pixels (default: the picture's own)."))
    var width: Int?

    enum PictureFormat: String, ExpressibleByArgument, CaseIterable { case svg, png, pdf }

    func validate() throws {
        if format != .svg && output == nil {
            throw ValidationError("--format \(format.rawValue) writes a file: give -o FILE")
        }
        if let width, !(16...20000).contains(width) { throw ValidationError("--width must be 16–20000 pixels") }
        if width != nil && format != .png { throw ValidationError("--width is for --format png") }
    }

    /// A journey draws its progress, as `ik_document_render_svg` and every binding draw it: one verb, one picture.
    @Option(
        help: helpText(
            "For a journey: progress (cards per domain over the moments, the default) or poster (the latest canvas)."))
    var view: JourneyView = .progress

    enum JourneyView: String, ExpressibleByArgument { case poster, progress }

    /// The kinds that draw themselves, from the library's registry.
    static let drawn = DocumentRegistry.types.filter { $0.verbs.contains(.renderSVG) }.map { $0.kindName }.joined(
        separator: ", ")

    @OptionGroup var language: LanguageOption

    @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

    func run() throws {
        let lang = try language.language()
        let svg = try exitOnError { () throws -> String in
            let document = try Files.loadDocument(file)
            // The latest canvas of a journey as the poster, when asked for; otherwise the document's own picture.
            if let journey = document as? Journey, view == .poster {
                guard let latest = journey.moments.last else { throw CLIError("\(file): the journey has no moments") }
                return latest.svg(language: lang)
            }
            do {
                return try document.svg(ReportSettings(language: lang))
            } catch let error as ImpactKitError where error.code == .notSupported {
                throw CLIError("\(file): \(error.localizedMessage(Messages.language)) (pictures: \(Self.drawn))")
            }
        }
        if let output {
            try exitOnError {
                switch format {
                case .svg: try Files.writeAtomically(svg, to: output)
                case .png:
                    try Files.writeAtomically(try PictureConverter.convert(svg, to: .png, width: width), to: output)
                case .pdf:
                    try Files.writeAtomically(try PictureConverter.convert(svg, to: .pdf, width: nil), to: output)
                }
            }
        } else {
            emit(svg)
        }
    }
}
