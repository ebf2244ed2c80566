/// Error messages for people in their language. `ImpactKitError.message` (and `ik_error.message`) stays English, for
/// logs and searches. An error made at a call site carries its identity (ErrorText: which message, with its
/// arguments), and the text for people is made from that and the language's catalogue of every message case
/// (DutchErrorMessages). Only a message held as text — an `ik_error` a host copied or read back from a log, which
/// has no identity in 1.x — is read against the catalogue's patterns, its arguments (ids, numbers, names) set into
/// that language's text.
public enum ErrorMessages {
    /// The catalogue of each language but English, with the language's last touch to a filled-in text (Dutch
    /// makes adjectives agree, in the catalogue's words only).
    typealias Table = (
        entries: [Entry], words: [String: String], phrases: [(String, String)],
        agree: @Sendable (MessageText) -> String
    )
    static let tables: [Language: Table] = [
        .nl: (
            entries(DutchErrorMessages.entries), DutchErrorMessages.words, DutchErrorMessages.janssonPhrases,
            // A closure, not the method's name: a static method's reference is not inferred @Sendable, and the
            // instrumented (fuzz) build warned of a data race it cannot have.
            { DutchErrorMessages.agreeing($0) }
        )
    ]

    /// One case of a catalogue: its English pattern, read once, and its text in the language.
    struct Entry: Sendable {
        let english: MessagePattern
        let dutch: String
    }

    private static func entries(_ catalogue: [(english: String, dutch: String)]) -> [Entry] {
        catalogue.map { Entry(english: MessagePattern($0.english), dutch: $0.dutch) }
    }

    /// One case of a catalogue as ErrorText names it: its text in the language and the kinds of its placeholders.
    private typealias Case = (dutch: String, kinds: [Character])

    /// `message` (an ImpactKit error message in English) in `language`. A message no case matches (cut at the C
    /// struct's length, or from a newer library) gets the code's general sentence with the English detail after it.
    public static func localized(_ message: String, code: ErrorCode, language: Language) -> String {
        guard let table = tables[language] else { return message }
        if let found = firstMatch(message, in: table) { return table.agree(found) }
        var text = MessageText(catalogue: general(code, language) + " (")
        text.append(argument: message)
        text.append(catalogue: ")")
        return table.agree(text)
    }

    /// The message an error's identity names (`ImpactKitError.identity`: which message, with its arguments) in
    /// `language`, made from the catalogue case of that message — no reading of the English. Nil when the catalogue
    /// has no case for it (a message only a newer catalogue has); the caller then reads the text.
    static func localized(pattern: String, arguments: [String], language: Language) -> String? {
        guard let table = tables[language], let found = casesByPattern[language]?[pattern] else { return nil }
        return render(found, arguments, table)
    }

    /// Each language's catalogue by the pattern ErrorText writes, made once.
    private static let casesByPattern: [Language: [String: Case]] = tables.mapValues { cases(of: $0.entries) }

    /// A catalogue by the pattern ErrorText writes (every placeholder as {}), with the placeholders' kinds; the first
    /// case of a pattern wins, as it does when reading text.
    private static func cases(of entries: [Entry]) -> [String: Case] {
        var cases: [String: Case] = [:]
        for entry in entries where cases[entry.english.plain] == nil {
            cases[entry.english.plain] = (entry.dutch, entry.english.kinds)
        }
        return cases
    }

    /// A case with the arguments an identity gives, each in the table's language; nil when their number differs.
    private static func render(_ found: Case, _ arguments: [String], _ table: Table) -> String? {
        guard found.kinds.count == arguments.count else { return nil }
        return table.agree(fill(found.dutch, zip(arguments, found.kinds).map { convert($0, $1, table) }))
    }

    /// One argument in the table's language, by its placeholder's kind. A word the table gives and a nested
    /// message's own words are the catalogue's; lists (of ids), jansson's text (which quotes the input) and numbers
    /// are the caller's, even where the table translated a part of them ("of", jansson's phrases: none of which is
    /// an adjective that agrees).
    private static func convert(_ argument: String, _ kind: Character, _ table: Table) -> MessageText {
        switch kind {
        case "w": return word(argument, table.words)
        case "l": return MessageText(argument: list(argument, table.words))
        case "j": return MessageText(argument: phrases(argument, table.phrases))
        case "m": return nested(argument, table)
        default: return MessageText(argument: number(argument, table.words))
        }
    }

    /// `message` translated by a caller's own catalogue (the CLI's messages), with this language's words, lists,
    /// phrases and decimal separator; nil when no entry matches (the caller keeps the message as it is).
    public static func translate(
        _ message: String, entries: [(english: String, dutch: String)], language: Language
    ) -> String? {
        guard var table = tables[language] else { return nil }
        table.entries = self.entries(entries)
        return firstMatch(message, in: table).map(table.agree)
    }

    /// A message of a caller's own catalogue (the CLI's) by its identity (ErrorText), in `language`; nil when the
    /// catalogue has no case of that pattern.
    public static func translate(
        _ text: ErrorText, entries: [(english: String, dutch: String)], language: Language
    ) -> String? {
        guard let table = tables[language], let found = cases(of: self.entries(entries))[text.pattern] else {
            return nil
        }
        return render(found, text.arguments, table)
    }

    /// The text of the first case of `table` whose pattern `message` has, with its arguments set in; nil if none.
    private static func firstMatch(_ message: String, in table: Table) -> MessageText? {
        let bytes = Array(message.utf8)
        for entry in table.entries {
            if let arguments = entry.english.arguments(of: bytes) {
                return fill(entry.dutch, zip(arguments, entry.english.kinds).map { convert($0, $1, table) })
            }
        }
        return nil
    }

    /// The code's general sentence, for a message without its own case.
    static func general(_ code: ErrorCode, _ language: Language) -> String {
        switch (code, language) {
        case (_, .en): return message(code)
        case (.invalidArgument, .nl): return "ongeldig argument"
        case (.json, .nl): return "geen geldige JSON"
        case (.schema, .nl): return "geen geldig document"
        case (.notFound, .nl): return "niet gevonden"
        case (.exists, .nl): return "bestaat al"
        case (.range, .nl): return "getal buiten het toegestane bereik"
        case (.limit, .nl): return "groter dan een ingestelde grens"
        case (.noMemory, .nl): return "geen geheugen meer"
        case (.handle, .nl): return "geen geldige handle"
        case (.utf8, .nl): return "geen geldige UTF-8"
        case (.notSupported, .nl): return "niet mogelijk voor dit soort document"
        case (.conflict, .nl): return "het document is intussen gewijzigd"
        case (.io, .nl): return "het bestand kon niet gelezen of geschreven worden"
        }
    }

    private static func message(_ code: ErrorCode) -> String {
        switch code {
        case .invalidArgument: return "invalid argument"
        case .json: return "not valid JSON"
        case .schema: return "not a valid document"
        case .notFound: return "not found"
        case .exists: return "already exists"
        case .range: return "number out of range"
        case .limit: return "over a configured limit"
        case .noMemory: return "out of memory"
        case .handle: return "not a valid handle"
        case .utf8: return "not valid UTF-8"
        case .notSupported: return "not supported for this kind of document"
        case .conflict: return "the document has changed in the meantime"
        case .io: return "a file could not be read or written"
        }
    }

    /// A number argument ("150.5", "-0.25") with the language's decimal separator; any other argument as it is.
    private static func number(_ argument: String, _ words: [String: String]) -> String {
        guard let separator = words["."], argument.contains("."), Double(argument) != nil,
            argument.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" })
        else { return argument }
        return argument.replacingAll(".", with: separator)
    }

    /// An argument that is itself one of ImpactKit's messages ({m}), in the table's language when it has a case.
    private static func nested(_ english: String, _ table: Table) -> MessageText {
        firstMatch(english, in: table) ?? MessageText(argument: english)
    }

    /// "a, b or c" with the language's "or" (the items are ids and stay).
    private static func list(_ english: String, _ words: [String: String]) -> String {
        guard let or = words["or"] else { return english }
        var last: Range<String.Index>?
        var rest = english[...]
        while let found = rest.range(of: " or ") {
            last = found
            rest = english[found.upperBound...]
        }
        guard let last else { return english }
        return english[..<last.lowerBound] + " \(or) " + english[last.upperBound...]
    }

    /// jansson's English phrases ("'}' expected near 'x'") replaced by the language's, longest first.
    private static func phrases(_ english: String, _ phrases: [(String, String)]) -> String {
        var text = english
        for (from, to) in phrases { text = text.replacingAll(from, with: to) }
        return text
    }

    private static func word(_ english: String, _ words: [String: String]) -> MessageText {
        if let known = words[english] { return MessageText(catalogue: known) }
        // "a journey", "an iwp": the article goes, the kind stays (document kinds are ids).
        for article in ["a ", "an "] where english.hasPrefix(article) {
            var text = MessageText(catalogue: "een ")
            text.append(argument: english.dropFirst(article.count))
            return text
        }
        return MessageText(argument: english)
    }

    /// `{n}` replaced by the n-th argument in one pass, so an argument that itself reads "{2}" stays as it is.
    private static func fill(_ template: String, _ arguments: [MessageText]) -> MessageText {
        var out = MessageText(), characters = Array(template), index = 0, literal = ""
        while index < characters.count {
            if characters[index] == "{", index + 2 < characters.count, characters[index + 2] == "}",
                let number = characters[index + 1].wholeNumberValue, number >= 1, number <= arguments.count
            {
                out.append(catalogue: literal)
                literal = ""
                out.append(arguments[number - 1])
                index += 3
            } else {
                literal.append(characters[index])
                index += 1
            }
        }
        out.append(catalogue: literal)
        return out
    }
}

extension ImpactKitError {
    /// The message for people in `language` (the `message` property stays English, for logs).
    public func localizedMessage(_ language: Language) -> String {
        guard language != .en else { return message }
        if let identity,
            let text = ErrorMessages.localized(
                pattern: identity.pattern, arguments: identity.arguments, language: language)
        {
            return text
        }
        return ErrorMessages.localized(message, code: code, language: language)
    }

    /// `description` in `language`: "IK_ENOTFOUND: onbekende kaart "x" (bij /placements/3/card)".
    public func localizedDescription(_ language: Language) -> String {
        guard language != .en else { return description }
        return ErrorWords.of(language).describe(
            code, localizedMessage(language), path: path, line: line, column: column)
    }
}

extension StringProtocol {
    fileprivate func range(of needle: some StringProtocol) -> Range<Index>? {
        guard !needle.isEmpty else { return nil }
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(needle) { return start..<index(start, offsetBy: needle.count) }
            start = index(after: start)
        }
        return nil
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        var out = "", rest = self[...]
        while let found = rest.range(of: target) {
            out += rest[..<found.lowerBound] + replacement
            rest = rest[found.upperBound...]
        }
        return out + rest
    }
}
