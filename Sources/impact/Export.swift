import ArgumentParser
import Foundation
import ImpactKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.export,
        discussion: CommandDiscussions.chosen.export)

    @Argument(help: helpText("A canvas, journey or change-log JSON file; for ndjson also a folder of them."))
    var file: String

    @Option(
        help:
            helpText(
                "Export format: csv, xapi, xapi-multipart, ob3 (Open Badges 3.0 credentials of a journey, 1.0), credentials (a student's, ready to verify; --sign-key signs them), or ndjson (the analytics tables; parquet through Python)."
            )
    )
    var format: ExportFormat = .csv

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
        case csv, xapi, xapiMultipart = "xapi-multipart", ob3, credentials, ndjson, parquet
    }

    @OptionGroup var threads: ThreadOptions

    @Option(help: helpText("ndjson: the institution the rows belong to (written as a pseudonym unless --real-names)."))
    var institution: String?

    @Option(help: helpText("ndjson: the programme (a journey's own programme wins)."))
    var programme: String?

    @Option(help: helpText("ob3: the issuer's profile IRI, e.g. https://hogeschool.example.nl/issuers/pzw."))
    var issuer: String?

    @Option(help: helpText("ob3: the issuer's name."))
    var issuerName: String?

    @Option(
        help: helpText("ob3: the student's identifier (e-mail, student number); only its salted SHA-256 is written."))
    var recipient: String?

    @Option(help: helpText("ob3: the identifier's OB 3.0 identity type (emailAddress, sisSourcedId, ext:…)."))
    var recipientType: String = "emailAddress"

    @Option(help: helpText("ob3: the salt published with the hash (a random value per student)."))
    var recipientSalt: String?

    @Option(help: helpText("ob3: each evidence entry's URL, {moment} replaced by the moment label."))
    var posterURL: String?

    @Flag(help: helpText("ob3: each evidence entry carries its moment's poster as a data: URI."))
    var posterDataURI = false

    @Option(help: helpText("credentials: the team member (a card's `by`) whose credentials these are."))
    var member: String?

    @Option(help: helpText("credentials: the issue time (RFC 3339); default now. validFrom is never later."))
    var issuedAt: String?

    @Option(help: helpText("credentials: credentialSubject.id, e.g. the student's DID."))
    var subjectID: String?

    @Option(help: helpText("credentials: achievement.image, e.g. the poster's PNG URL."))
    var achievementImage: String?

    @Option(help: helpText("credentials: where the programme's learning outcomes are published (alignment)."))
    var alignmentBase: String?

    @Option(
        help:
            helpText(
                "credentials: sign each as a VC-JWT with this PEM key (Ed25519 or P-256); with Ed25519 the issuer defaults to its did:key."
            )
    )
    var signKey: String?

    @Option(
        help: helpText(
            "credentials: the key id a verifier resolves (default for Ed25519: its did:key verification method)."))
    var kid: String?

    @Flag(
        help: helpText(
            "credentials: also the student's Comprehensive Learner Record 2.0 (\"clr\"), signed like the credentials.")
    )
    var clr = false

    @Option(
        name: .shortAndLong,
        help:
            helpText(
                "xapi-multipart: write the request body here (atomically); ndjson: the folder for TABLE.ndjson and manifest.json. Needed for both."
            )
    )
    var output: String?

    @Option(help: helpText("xAPI: the platform's address (account.homePage), e.g. https://lms.example.org."))
    var homepage: String?

    @Option(help: helpText("xAPI: group (the team as one actor) or members (a statement per member)."))
    var actor: String = "group"

    @Option(
        name: .customLong("account"),
        help: helpText(
            "xAPI: MEMBER=ACCOUNT, a member (team id or name) and their account name on the platform (repeatable)."))
    var accounts: [String] = []

    @Option(
        help:
            helpText(
                "xAPI: a file holding the pseudonym salt (default: $IMPACTKIT_PSEUDONYM_SALT). Not on the command line, where ps shows it."
            )
    )
    var pseudonymSaltFile: String?

    @Option(
        help: helpText(
            "xAPI: 1.0.3 (default) or 2.0.0 (coaches and partners as context agents, the team as context group)."))
    var xapiVersion: String = "1.0.3"

    @Flag(help: helpText("xAPI: send team members' real names (an explicit choice; the default is pseudonyms)."))
    var realNames = false

    @Flag(
        help: helpText(
            "Exit 1 when any file had to be skipped, or (ndjson) holds a canvas or document an earlier file holds."))
    var strict = false

    @Flag(help: helpText("xAPI: attach the canvas poster (SVG) by its SHA-256. The poster names the team."))
    var attachment = false

    @Option(
        help: helpText(
            "xAPI: where the host serves the poster (the attachment's fileUrl), for --format xapi with --attachment."))
    var attachmentUrl: String?

    @OptionGroup var language: LanguageOption

    @OptionGroup(title: "Limits", visibility: .hidden) var limits: LimitOptions

    func run() throws {
        let lang = try language.language()
        switch format {
        case .xapi:
            emit(
                JSONWriter.string(
                    try exitOnError { try flagWording { try xapiDocument().xapiStatements(try xapiOptions(lang)) } }))
            return
        case .xapiMultipart:
            let request = try exitOnError { () throws -> XAPIMultipart in
                guard let output else { throw CLIError("--format xapi-multipart needs -o FILE (the request body)") }
                let request = try flagWording { try xapiDocument().xapiMultipart(try xapiOptions(lang)) }
                try Files.writeAtomically(request.body, to: output)
                return request
            }
            emit(request.contentType + "\n")
            return
        case .ob3:
            emit(JSONWriter.string(try exitOnError { try credentials(lang) }))
            return
        case .credentials:
            emit(JSONWriter.string(try exitOnError { try studentCredentials(lang) }))
            return
        case .ndjson:
            let skippedAny = try exitOnError { try analyticsExport(lang) }
            // As `impact cohort --strict`: the tables and manifest are written, and a pipeline still notices.
            if strict && skippedAny { throw ExitCode(1) }
            return
        case .parquet:
            _ = try exitOnError { () throws -> Int in
                throw CLIError(
                    "Parquet is written by the Python package with pyarrow: python -m impactkit.analytics \(file) --out DIR --format parquet; this command writes NDJSON, which ClickHouse reads as it is (FORMAT JSONEachRow)"
                )
            }
            return
        case .csv:
            break
        }
        let table = try exitOnError { () throws -> String in
            let document = try Files.loadDocument(file)
            do {
                return try document.csv(ReportSettings(language: lang))
            } catch let error as ImpactKitError where error.code == .notSupported {
                throw CLIError("\(file): \(error.localizedMessage(Messages.language))")
            }
        }
        emit(table)
    }

    private func xapiOptions(_ lang: Language) throws -> ReportSettings {
        guard let homepage else {
            throw CLIError("--format \(format.rawValue) needs --homepage (the platform's address)")
        }
        var settings = try XAPISettings(homepage: homepage)
        settings.actor = try XAPISettings.ActorMode(id: actor)
        settings.attachment = attachment || format == .xapiMultipart
        settings.names = realNames ? .real : .pseudonymous
        settings.version = try XAPISettings.Version(id: xapiVersion)
        for pair in accounts {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw CLIError("--account wants MEMBER=ACCOUNT, got \(pair)")
            }
            settings.accounts[parts[0]] = parts[1]
        }
        if let attachmentUrl {
            guard attachment else { throw CLIError("--attachment-url goes with --attachment") }
            // The library's check of an IRI, which the homepage gets too.
            settings.attachmentURL = try XAPISettings(homepage: attachmentUrl).homepage
        }
        // Statements naming a poster by hash alone, posted as JSON, leave the LRS without its bytes (xAPI asks for
        // a fileUrl or a multipart request); the CLI wrote them without a word.
        if settings.attachment && format == .xapi && settings.attachmentURL == nil {
            throw CLIError(
                """
                --attachment with --format xapi needs --attachment-url (where the poster is served); \
                --format xapi-multipart carries the poster itself
                """)
        }
        if let salt = try pseudonymSalt() { settings.pseudonymSalt = try XAPISettings.salt(salt) }
        var options = ReportSettings(language: lang)
        options.xapi = settings
        return options
    }

    /// The library names its settings; a person at the terminal needs the flags that give them.
    private func flagWording<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ImpactKitError where error.path == "/pseudonym_salt" {
            throw CLIError(
                """
                \(file): team members are not sent to an LRS by name by default: give a pseudonym salt \
                (--pseudonym-salt-file FILE or $IMPACTKIT_PSEUDONYM_SALT, at least 16 bytes), --account MEMBER=ACCOUNT \
                for every member, or --real-names
                """)
        }
    }

    /// The salt from its file (one trailing newline dropped, as editors add it) or the environment.
    func pseudonymSalt() throws -> [UInt8]? {
        if let pseudonymSaltFile {
            var bytes = try Files.read(pseudonymSaltFile)
            if bytes.last == UInt8(ascii: "\n") { bytes.removeLast() }
            if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
            return bytes
        }
        return ProcessInfo.processInfo.environment["IMPACTKIT_PSEUDONYM_SALT"].map { Array($0.utf8) }
    }

    /// A student's credentials (OpenBadgesExport), each signed as a VC-JWT when --sign-key is given: the export's
    /// report with the JWTs in place of the credentials.
    private func studentCredentials(_ lang: Language) throws -> JSONValue {
        let signer = try signKey.map { try CredentialSigner(file: $0) }
        var settings = try badgeSettings(issuer: issuer ?? signer?.didKey)
        settings.append("issued_at", .string(issuedAt ?? Self.now()))
        if let member { settings.append("member", .string(member)) }
        if let subjectID { settings.append("subject_id", .string(subjectID)) }
        if let achievementImage { settings.append("achievement_image", .string(achievementImage)) }
        if let alignmentBase { settings.append("alignment_base", .string(alignmentBase)) }
        let badges = try OpenBadgesSettings(jsonValue: .object(settings))
        guard let journey = try Files.loadDocument(file) as? Journey else {
            throw CLIError("\(file): Open Badges credentials come from a journey (its learning outcomes)")
        }
        let export = try OpenBadgesExport(journey: journey, settings: badges, language: lang)
        guard case .object(var report) = try export.report(ReportSettings(language: lang)).jsonValue else {
            return .null
        }
        if let signer {
            guard let keyID = kid ?? signer.didKey.map({ $0 + "#" + $0.dropFirst("did:key:".count) }) else {
                throw CLIError("a P-256 key needs --kid (the key a verifier resolves) and --issuer")
            }
            let tokens = try export.credentials.map { JSONValue.string(try signer.jwt($0, keyID: keyID)) }
            report["credentials"] = .array(tokens)
            if clr {
                let record = try LearnerRecord.credential(
                    journey: journey, settings: badges, members: tokens, language: lang)
                report["clr"] = .string(try signer.jwt(record, keyID: keyID))
            }
        } else if clr {
            report["clr"] = try LearnerRecord.credential(
                journey: journey, settings: badges, members: export.credentials, language: lang)
        }
        return .object(report)
    }

    /// Now, as RFC 3339 in UTC: the CLI is the host and may read the clock (the library never does).
    private static func now() -> String {
        var seconds = time(nil)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday),
            Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }

    /// The settings go through the same reader as the C API's JSON, so a flag is checked like a setting.
    private func credentials(_ lang: Language) throws -> JSONValue {
        let badges = try OpenBadgesSettings(jsonValue: .object(try badgeSettings(issuer: issuer)))
        let document = try Files.loadDocument(file)
        guard document is Journey else {
            throw CLIError("\(file): Open Badges credentials come from a journey (its learning outcomes)")
        }
        return try document.credentials(ReportSettings(language: lang), badges: badges)
    }

    /// Issuer, recipient and posters as the library's settings object.
    private func badgeSettings(issuer: String?) throws -> JSONObject {
        guard let issuer, let issuerName, let recipient, let recipientSalt else {
            throw CLIError(
                "--format \(format.rawValue) needs --issuer, --issuer-name, --recipient and --recipient-salt")
        }
        var settings = JSONObject()
        settings.append(
            "issuer",
            .object(
                JSONObject([.init(key: "id", value: .string(issuer)), .init(key: "name", value: .string(issuerName))])))
        settings.append(
            "recipient",
            .object(
                JSONObject([
                    .init(key: "identity", value: .string(recipient)),
                    .init(key: "type", value: .string(recipientType)),
                    .init(key: "salt", value: .string(recipientSalt)),
                ])))
        if let posterURL { settings.append("poster_url", .string(posterURL)) }
        if posterDataURI { settings.append("poster_data_uri", .bool(true)) }
        return settings
    }

    private func xapiDocument() throws -> any ImpactDocument {
        let document = try Files.loadDocument(file)
        guard document is Canvas || document is Journey else {
            throw CLIError("\(file): xAPI export takes a canvas or a journey")
        }
        // One URL cannot serve a journey's posters, one per moment: statements with two sha2 under one fileUrl.
        if attachmentUrl != nil, let journey = document as? Journey, journey.moments.count > 1 {
            throw CLIError(
                """
                --attachment-url names one poster, and a journey has one per moment: use --format xapi-multipart, \
                which carries each
                """)
        }
        return document
    }
}
