import ImpactKit

/// What the command line puts in the chosen language around swift-argument-parser's own text: the options' help
/// (OptionHelp's table), the help's headings and default notes, a value list's "or", and the system's reasons for a
/// failed read or write (strerror is English whatever the locale). English leaves the parser's words as they are.
struct HelpWords: WordTable {
    var optionHelp: @Sendable (String) -> String
    /// Whole lines of a help text, and pieces inside its lines.
    var lines: [String: String]
    var pieces: [(english: String, translated: String)]
    /// "a, b or c" in a sentence, and inside the parser's quoted value lists ("'svg', 'png' or 'pdf'").
    var or: String
    /// glibc's strerror texts of the reasons a file cannot be read or written.
    var systemReasons: [(english: String, translated: String)]

    static let en = HelpWords(optionHelp: { $0 }, lines: [:], pieces: [], or: "or", systemReasons: [])

    static let nl = HelpWords(
        optionHelp: { OptionHelp.dutch[$0] ?? $0 },
        lines: [
            "ARGUMENTS:": "ARGUMENTEN:", "OPTIONS:": "OPTIES:", "SUBCOMMANDS:": "OPDRACHTEN:",
            "LIMITS:": "LEESGRENZEN:",
        ],
        pieces: [
            ("(default: ", "(standaard: "), ("(values: ", "(waarden: "), ("; default: ", "; standaard: "),
            ("Show the version.", "Toon de versie."), ("Show help information.", "Toon deze hulp."),
            ("(default)", "(standaard)"),
        ],
        or: "of",
        systemReasons: [
            ("No such file or directory", "bestand of map bestaat niet"),
            ("Permission denied", "geen toegang"),
            ("Is a directory", "is een map"),
            ("Not a directory", "is geen map"),
            ("No space left on device", "schijf vol"),
            ("Disk quota exceeded", "schijfquotum overschreden"),
            ("File exists", "bestaat al"),
            ("Read-only file system", "alleen-lezen bestandssysteem"),
            ("File name too long", "bestandsnaam te lang"),
            ("Too many levels of symbolic links", "te veel symbolische koppelingen"),
            ("Input/output error", "invoer-/uitvoerfout"),
            ("Directory not empty", "map is niet leeg"),
        ])

    var all: [String] { [optionHelp("The domain id."), or] + lines.values + pieces.map(\.translated) }

    /// The table of the language the command line chose.
    static var chosen: HelpWords { of(Messages.language) }
}
