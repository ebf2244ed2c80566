import ArgumentParser
import ImpactKit

/// `impact changes sensitivity FILE --parameter P --values …` (seed 001); `impact changes report` is `impact report`.
struct Changes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.changes,
        subcommands: [ChangesReport.self, ChangesSensitivity.self])
}

/// `impact report` for change logs under its 1.0 name: the same report, kept for scripts (hidden from help).
struct ChangesReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: CommandAbstracts.chosen.changesReport,
        shouldDisplay: false)

    @Argument(help: helpText("A change-log JSON file (schema impactkit/changelog/1)."))
    var file: String

    @Option(
        help:
            helpText(
                "Dimensions whose share to report together (default: relating,collaborating — 'collaborating and connecting')."
            )
    )
    var dimensions: String?

    @OptionGroup var language: LanguageOption

    @Option(help: helpText("Output format: text or json."))
    var format: OutputFormat = .text

    @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

    func run() throws {
        try Report.print(
            file, language: try language.language(), asOf: nil, dimensions: dimensions, format: format,
            changeLogOnly: true)
    }
}

struct ChangesSensitivity: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: CommandAbstracts.chosen.changesSensitivity,
        discussion: CommandDiscussions.chosen.changesSensitivity)

    @Argument(help: helpText("A change-log JSON file with an \"sroi\" section."))
    var file: String

    @Option(
        help: helpText("deadweight, attribution, displacement, drop-off, discount-rate, duration, quantity or proxy."))
    var parameter: String?

    @Option(help: helpText("Comma-separated values, e.g. 0,10,20,30 (percentages as 0–100)."))
    var values: String?

    @Option(help: helpText("Only this SROI outcome (default: all)."))
    var outcome: String?

    @Flag(
        help: helpText("Every parameter of every outcome at a low and a high value, sorted by the swing of the ratio."))
    var tornado = false

    @Flag(help: helpText("For each parameter, the value at which the ratio crosses 1:1."))
    var breakeven = false

    @Option(help: helpText("With --tornado: also draw it as SVG into this file (atomically), in --lang."))
    var svg: String?

    @Option(help: helpText("Monte Carlo: this many runs over the --distribution settings."))
    var simulate: Int?

    @Option(help: helpText("The simulation's seed (the same seed repeats the run)."))
    var seed: Int = 1

    @Option(help: helpText("PARAMETER[@OUTCOME]:uniform:LOW:HIGH or …:triangular:LOW:MODE:HIGH (repeatable)."))
    var distribution: [String] = []

    @Option(help: helpText("PARAMETER=DOWN,UP: the tornado's width for a parameter (repeatable)."))
    var range: [String] = []

    @OptionGroup var language: LanguageOption

    @Option(help: helpText("Output format: text or json."))
    var format: OutputFormat = .text

    @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

    func run() throws {
        let output = try exitOnError { () throws -> String in
            guard let sroi = try Files.load(file, as: ChangeLog.self).sroi else {
                throw CLIError("\(file): a change log with an \"sroi\" section is needed")
            }
            do {
                let lang = try language.language()
                if svg != nil, !tornado { throw CLIError("--svg draws the tornado: give --tornado too") }
                if tornado || breakeven || simulate != nil {
                    let assurance = try assurance(sroi)
                    switch format {
                    case .text: return assurance.text(for: sroi, tornado: tornado, breakEven: breakeven, language: lang)
                    case .json: return JSONWriter.string(assuranceJSON(assurance))
                    }
                }
                guard let parameter, let values else {
                    throw CLIError("give --parameter and --values, or --tornado, --breakeven or --simulate")
                }
                let which = try SROIValuation.Parameter(id: parameter)
                let runs = try sroi.sensitivity(which, values: try numbers(values), outcome: outcome)
                switch format {
                case .text: return sroi.sensitivityText(runs, parameter: which, outcome: outcome, language: lang)
                case .json:
                    return JSONWriter.string(
                        sroi.sensitivityJSON(runs, parameter: which, outcome: outcome, language: lang))
                }
            } catch let error as ImpactKitError {
                throw CLIError(verbatim: described(error))
            }
        }
        emit(output)
    }

    private func numbers(_ text: String) throws -> [Double] {
        try text.split(separator: ",").map { part -> Double in
            guard let number = Double(part.trimmingPrefix(" ")) else {
                throw ImpactKitError(.invalidArgument, "\"\(part)\" is not a number")
            }
            return number
        }
    }

    /// The flags become the same settings object the C API reads, so they are checked the same way.
    private func assurance(_ sroi: SROIValuation) throws -> SROIAssurance {
        var settings = JSONObject()
        var ranges = JSONObject()
        for item in range {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { throw CLIError("--range wants PARAMETER=DOWN,UP, got \(item)") }
            ranges.append(parts[0], .array(try numbers(parts[1]).map(JSONValue.double)))
        }
        if !ranges.isEmpty { settings.append("ranges", .object(ranges)) }
        if let simulate {
            guard !distribution.isEmpty else { throw CLIError("--simulate needs at least one --distribution") }
            let distributions = try distribution.map { spec -> JSONValue in
                let parts = spec.split(separator: ":").map(String.init)
                guard parts.count == 4 || parts.count == 5 else {
                    throw CLIError(
                        "--distribution wants PARAMETER[@OUTCOME]:uniform:LOW:HIGH or …:triangular:LOW:MODE:HIGH, got \(spec)"
                    )
                }
                let target = parts[0].split(separator: "@", maxSplits: 1).map(String.init)
                var object = JSONObject()
                object.append("parameter", .string(target[0]))
                if target.count == 2 { object.append("outcome", .string(target[1])) }
                object.append("kind", .string(parts[1]))
                let bounds = try numbers(parts[2...].joined(separator: ","))
                object.append("low", .double(bounds[0]))
                if bounds.count == 3 { object.append("mode", .double(bounds[1])) }
                object.append("high", .double(bounds[bounds.count - 1]))
                return .object(object)
            }
            settings.append(
                "simulate",
                .object(
                    JSONObject([
                        .init(key: "runs", value: .int(Int64(simulate))), .init(key: "seed", value: .int(Int64(seed))),
                        .init(key: "distributions", value: .array(distributions)),
                    ])))
        }
        let assurance = try SROIAssurance(sroi, settings: try SROIAssuranceSettings(jsonValue: .object(settings)))
        if let svg {
            let names = Dictionary(sroi.outcomes.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            try Files.writeAtomically(
                assurance.tornadoSVG(outcomeNames: names, language: try language.language()), to: svg)
        }
        return assurance
    }

    /// Only the parts asked for (the ratio always).
    private func assuranceJSON(_ assurance: SROIAssurance) -> JSONValue {
        let report = assurance.jsonValue
        guard case .object(let object) = report else { return report }
        let wanted: Set<String> = Set(
            ["schema", "ratio"] + (tornado ? ["tornado"] : []) + (breakeven ? ["break_even"] : [])
                + (simulate != nil ? ["simulation"] : []))
        return .object(JSONObject(object.members.filter { wanted.contains($0.key) }))
    }
}
