import ArgumentParser
import ImpactKit

/// `impact new canvas …` and `impact new journey …`: a coach starts a document from the command line. The
/// instruments with a prefilled form stay under `impact template`.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.new,
        subcommands: [NewCanvas.self, NewJourney.self])
}

struct NewCanvas: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "canvas",
        abstract: CommandAbstracts.chosen.newCanvas,
        discussion: CommandDiscussions.chosen.newCanvas)

    @Option(help: helpText("The canvas's title (required)."))
    var title: String

    @Option(help: helpText("A template JSON file (schema impactkit/template/1); default: the built-in LIM template."))
    var template: String?

    @Option(help: helpText("standard, without-cards, selected-domains, coaches or stakeholders."))
    var variant: String?

    @Option(
        help:
            helpText(
                "The didactic purpose (LIM §9): introduction, monitor-process, impact-conversation or reflection-accountability."
            )
    )
    var purpose: String?

    @Option(help: helpText("Comma-separated domain ids to work on (LIM §8.2; sets the variant selected-domains)."))
    var domains: String?

    @Option(help: helpText("The moment's label, e.g. \"Week 1\"."))
    var moment: String?

    @Option(help: helpText("The moment's date, YYYY-MM-DD (needs --moment)."))
    var date: String?

    @Option(help: helpText("Team member as NAME or NAME:ROLE (repeatable)."))
    var member: [String] = []

    @Option(help: helpText("The canvas id (default: a random one)."))
    var id: String?

    @Option(
        name: .shortAndLong,
        help: helpText("Write the canvas here (atomically; an existing file is not overwritten without --force)."))
    var output: String?

    @Flag(help: helpText("Overwrite an existing output file."))
    var force = false

    @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

    func validate() throws {
        if date != nil && moment == nil { throw ValidationError("--date belongs to a moment: give --moment too") }
    }

    func run() throws {
        let text = try exitOnError { () throws -> String in
            let chosen =
                try template.map { path -> CanvasTemplate in
                    do {
                        return try CanvasTemplate.decode(
                            try JSONParser.parse(
                                String(decoding: try Files.read(path), as: UTF8.self), limits: Files.limits))
                    } catch let error as ImpactKitError { throw CLIError("\(path): \(described(error))") }
                } ?? LIMTemplate.template
            var canvas = try Canvas(id: id, title: title, template: chosen)
            if variant != nil || purpose != nil {
                try canvas.use(
                    try variant.map(Variant.init(id:)) ?? .standard, purpose: try purpose.map(Purpose.init(id:)))
            }
            if let domains {
                try canvas.selectDomains(domains.split(separator: ",").map { String($0.trimmingPrefix(" ")) })
            }
            if let moment { canvas.moment = Moment(label: moment, date: date) }
            canvas.team = member.map { entry in
                let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
                return TeamMember(name: parts[0], role: parts.count == 2 ? parts[1] : nil)
            }
            // Read back through the decoder: the date, the team and every id get the checks a file gets.
            let json = JSONWriter.string(canvas.jsonValue)
            _ = try Canvas(jsonValue: try JSONParser.parse(json, limits: Files.limits))
            return json + "\n"
        }
        try writeNew(text, to: output, force: force)
    }
}

struct NewJourney: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "journey",
        abstract: CommandAbstracts.chosen.newJourney,
        discussion: CommandDiscussions.chosen.newJourney
    )

    @Option(help: helpText("The journey's title (required)."))
    var title: String

    @Option(help: helpText("The group's name."))
    var group: String?

    @Option(help: helpText("The journey id (default: a random one)."))
    var id: String?

    @Option(
        name: .shortAndLong,
        help: helpText("Write the journey here (atomically; an existing file is not overwritten without --force)."))
    var output: String?

    @Flag(help: helpText("Overwrite an existing output file."))
    var force = false

    func run() throws {
        let text = try exitOnError { () throws -> String in
            var journey = try Journey(id: id, title: title)
            journey.group = group
            return JSONWriter.string(journey.jsonValue)
        }
        try writeNew(text, to: output, force: force)
    }
}

/// A new document to a file (never silently over an existing one) or to standard output.
private func writeNew(_ text: String, to output: String?, force: Bool) throws {
    guard let output else { return emit(text) }
    try exitOnError {
        if !force, Files.exists(output) {
            throw CLIError(
                "\(output) exists; give --force to overwrite it, or edit it with impact place / unplace / answer")
        }
        try Files.writeDocument(text, to: output)
    }
}
