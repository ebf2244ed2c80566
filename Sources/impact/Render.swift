import ArgumentParser
import ImpactKit

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a document as SVG: a canvas as the A1 poster, a journey's progress (or its latest canvas), an Actiescan radar, a change log's IDG chart.",
        discussion: """
            For a cohort's heat map use `impact cohort DIR --format svg`. PNG and PDF (--format png|pdf, with -o) are \
            converted from the SVG by rsvg-convert (librsvg) when it is installed; the SVG itself needs nothing.
            """)

    @Argument(help: "A canvas, journey, Actiescan or change-log JSON file.")
    var file: String

    @Option(name: .shortAndLong, help: "Write the SVG here (atomically) instead of to standard output.")
    var output: String?

    @Option(help: "svg, png or pdf (png and pdf need -o and rsvg-convert).")
    var format: PictureFormat = .svg

    @Option(help: "PNG only: the width in pixels (default: the picture's own).")
    var width: Int?

    enum PictureFormat: String, ExpressibleByArgument { case svg, png, pdf }

    func validate() throws {
        if format != .svg && output == nil { throw ValidationError("--format \(format.rawValue) writes a file: give -o FILE") }
        if let width, !(16...20000).contains(width) { throw ValidationError("--width must be 16–20000 pixels") }
        if width != nil && format != .png { throw ValidationError("--width is for --format png") }
    }

    @Option(help: "For a journey: progress (cards per domain over the moments) or poster (the latest canvas).")
    var view: JourneyView = .poster

    enum JourneyView: String, ExpressibleByArgument { case poster, progress }

    @OptionGroup var language: LanguageOption

    @OptionGroup(title: "Limits") var limits: LimitOptions

    func run() throws {
        let lang = try language.language()
        let svg = try exitOnError { () throws -> String in
            let document = try Files.loadDocument(file)
            // A journey's default view here is its latest canvas as the poster; the document's own picture is
            // its progress.
            if let journey = document as? Journey, view == .poster {
                guard let latest = journey.moments.last else { throw CLIError("\(file): the journey has no moments") }
                return latest.svg(language: lang)
            }
            do {
                return try document.svg(ReportSettings(language: lang))
            } catch let error as ImpactKitError where error.code == .notSupported {
                throw CLIError("\(file): \(error.localizedMessage(Messages.language)) (pictures: canvas, journey, Actiescan, change log)")
            }
        }
        if let output {
            try exitOnError {
                switch format {
                case .svg: try Files.writeAtomically(svg, to: output)
                case .png: try Files.writeAtomically(try PictureConverter.convert(svg, to: .png, width: width), to: output)
                case .pdf: try Files.writeAtomically(try PictureConverter.convert(svg, to: .pdf, width: nil), to: output)
                }
            }
        } else {
            emit(svg)
        }
    }
}
