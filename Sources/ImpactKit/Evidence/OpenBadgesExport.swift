/// A journey's Open Badges 3.0 credentials as a verifier, a wallet and a badge platform take them (since 1.3):
/// per student — with a `member` in the settings, their own evidence (cards they laid, answers they gave) and the
/// team's (a whole canvas, what no one is recorded for), marked as the team's, never a teammate's — and ready to
/// sign: only terms the VC 2.0 and OB 3.0.3 contexts define (a Data Integrity proof signs the RDF those give, and a
/// verifier refuses a term they leave unsigned), `achievementType`, criteria, alignment to the programme's learning
/// outcome, an image, `credentialSchema`, `credentialSubject.id` when the host has one. An outcome for which the
/// student has no evidence of their own gets no credential and is listed under `withheld`, with why.
///
/// validFrom is the latest evidence moment's date, or the issue time when that date lies ahead of it (a verifier
/// answers "not yet valid" to a credential valid from next month); the host gives the issue time (`issued_at`):
/// ImpactKit never reads the clock. The same journey and settings give the same export, ids included.
public struct OpenBadgesExport: Equatable, Sendable {
    public var member: String?
    public var credentials: [JSONValue]
    /// Outcomes with evidence but none of the member's own.
    public var withheld: [Withheld]
    /// With edubadges settings: a direct award per credential whose outcome has a badge class (SURF edubadges'
    /// /directaward/create items: badgeclass, eppn and/or recipient_email, evidence_url, narrative, name,
    /// description); nil without them.
    public var directAwards: [JSONValue]?
    /// Outcomes with a credential but no edubadges badge class (said in the report, not silently dropped).
    public var unawarded: [String] = []
    public var language: Language

    /// An outcome without a credential for the member: its id and title, and the pieces of the team and of others.
    public struct Withheld: Equatable, Sendable {
        public var outcome: String
        public var title: String
        public var team: Int
        public var others: Int
    }

    public static let contexts = [
        "https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    /// The 1EdTech JSON schema an OpenBadgeCredential is checked against, named in `credentialSchema`.
    public static let schema =
        "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json"

    /// A member is one of the team's ids; a journey whose canvases list no ids knows its members only by the `by`
    /// of what they made. Anyone else is refused, not answered with an export that withholds everything: a typo,
    /// or a journey without authors, would look like a student who earned nothing.
    static func checkMember(_ member: String, of journey: Journey) throws {
        let ids = Set(journey.moments.flatMap { $0.team.compactMap(\.id) })
        if !ids.isEmpty {
            guard ids.contains(member) else {
                throw ImpactKitError(
                    .notFound, "\"\(member.prefix(40))\" is no member of the team (its canvases list the members)",
                    path: "/member")
            }
            return
        }
        let authors = journey.moments.lazy.flatMap { canvas in
            canvas.placements.lazy.compactMap(\.by) + canvas.chains.lazy.compactMap(\.by)
                + canvas.reflections.lazy.compactMap(\.by)
        }
        guard authors.contains(member) else {
            throw ImpactKitError(
                .notFound,
                "\"\(member.prefix(40))\" made nothing on this journey, and its canvases list no member ids (team[].id): nothing can be credited to them",
                path: "/member")
        }
    }

    public init(journey: Journey, settings: OpenBadgesSettings, language: Language) throws {
        try OpenBadges.checkCriteria(settings, in: journey)
        if let member = settings.member { try Self.checkMember(member, of: journey) }
        guard settings.validFrom != nil || settings.issuedAt != nil else {
            throw ImpactKitError(
                .invalidArgument,
                "give \"issued_at\" (now, RFC 3339): validFrom must not lie after it, and ImpactKit never reads the clock",
                path: "/issued_at")
        }
        self.member = settings.member
        self.language = language
        credentials = []
        withheld = []
        directAwards = settings.edubadges == nil ? nil : []
        for outcome in settings.edubadges?.badgeClasses.keys.sorted() ?? [] where journey.outcome(outcome) == nil {
            throw ImpactKitError(
                .notFound, "unknown learning outcome \"\(outcome.prefix(40))\"",
                path: "/edubadges/badgeclasses/" + JSONPointer.escape(outcome))
        }
        for summary in journey.evidenceSummaries where !summary.pieces.isEmpty {
            let own = summary.pieces.filter { settings.member == nil || $0.by == settings.member }
            let team = settings.member == nil ? [] : summary.pieces.filter { $0.by == nil }
            guard !own.isEmpty else {
                withheld.append(
                    Withheld(
                        outcome: summary.outcome.id, title: summary.outcome.title, team: team.count,
                        others: summary.pieces.count - team.count))
                continue
            }
            let credential = try Self.credential(
                summary, own: own, team: team, journey: journey, settings: settings, language: language)
            credentials.append(credential)
            if let edubadges = settings.edubadges {
                guard let badgeClass = edubadges.badgeClasses[summary.outcome.id] else {
                    unawarded.append(summary.outcome.id)
                    continue
                }
                directAwards?.append(
                    Self.directAward(
                        credential, own: own, badgeClass: badgeClass, edubadges: edubadges, outcome: summary.outcome.id)
                )
            }
        }
    }

    private static func credential(
        _ summary: EvidenceSummary, own: [EvidenceSummary.Piece], team: [EvidenceSummary.Piece], journey: Journey,
        settings: OpenBadgesSettings, language: Language
    ) throws -> JSONValue {
        let outcome = summary.outcome
        // In the journey's order (moment by moment), the student's own and the team's together.
        let member = settings.member
        let pieces = summary.pieces.filter { member == nil || $0.by == member || $0.by == nil }
        let latest = pieces.compactMap { journey.moment($0.link.moment)?.moment?.date }.max()
        let validFrom = try settings.validFrom ?? Self.validFrom(latest: latest, issuedAt: settings.issuedAt)
        var body = JSONObject()
        body.append("@context", .texts(contexts))
        body.append("type", .texts(["VerifiableCredential", "OpenBadgeCredential"]))
        body.append("name", .string(outcome.title))
        body.append(
            "description",
            .string(narrative(outcome, own: own, team: team, journey: journey, settings: settings)[language]))
        body.append("issuer", .object(OpenBadges.issuer(settings)))
        body.append("validFrom", .string(validFrom))
        var schema = JSONObject()
        schema.append("id", .string(Self.schema))
        // OB 3.0.3 and VC 2.0 name it JsonSchema (the 2019 validator name is no context term).
        schema.append("type", .string("JsonSchema"))
        body.append("credentialSchema", .array([.object(schema)]))
        body.append("credentialSubject", subject(outcome, journey: journey, settings: settings, language: language))
        var shown: Set<String> = []
        var posters: [String: String] = [:]
        body.append(
            "evidence",
            .array(
                pieces.map { piece in
                    let first = shown.insert(piece.link.moment).inserted
                    return evidence(
                        piece, teams: settings.member != nil && piece.by == nil, first: first, journey: journey,
                        settings: settings, language: language, posters: &posters)
                }))
        return OpenBadges.identified(body)  // the member's evidence is in the content, so in the id
    }

    /// One edubadges direct award: the badge class, the student, where the evidence is, and in the narrative the
    /// student's own justifications.
    private static func directAward(
        _ credential: JSONValue, own: [EvidenceSummary.Piece], badgeClass: String,
        edubadges: OpenBadgesSettings.Edubadges, outcome: String
    ) -> JSONValue {
        guard case .object(let body) = credential else { return .null }
        var award = JSONObject()
        award.append("badgeclass", .string(badgeClass))
        award.append("eppn", ifPresent: edubadges.eppn.map(JSONValue.string))
        award.append("recipient_email", ifPresent: edubadges.email.map(JSONValue.string))
        award.append(
            "evidence_url",
            ifPresent: edubadges.evidenceURL.map {
                .string($0.replacing("{outcome}", with: OpenBadges.percentEncoded(outcome)))
            })
        award.append("name", body["name"] ?? .null)
        award.append("description", body["description"] ?? .null)
        award.append("narrative", .string(own.map(\.link.justification).joined(separator: " · ")))
        return .object(award)
    }

    /// The latest evidence moment's day, unless it lies after the issue time (then the issue time).
    static func validFrom(latest: String?, issuedAt: String?) throws -> String {
        guard let issuedAt else {
            throw ImpactKitError(.invalidArgument, "give \"issued_at\" (now, RFC 3339)", path: "/issued_at")
        }
        guard let latest else { return issuedAt }
        let day = latest + "T00:00:00Z"
        return try Timestamp.unixSeconds(day) <= Timestamp.unixSeconds(issuedAt) ? day : issuedAt
    }

    /// The credential's description: the outcome, then what of it is the student's own and what the team's.
    private static func narrative(
        _ outcome: LearningOutcome, own: [EvidenceSummary.Piece], team: [EvidenceSummary.Piece], journey: Journey,
        settings: OpenBadgesSettings
    ) -> LocalizedText {
        let lead = OpenBadges.description(of: outcome, in: journey)
        guard settings.member != nil else { return lead }
        func counted(_ pieces: [EvidenceSummary.Piece]) -> LocalizedText {
            let cards = pieces.filter { $0.link.kind == .placement }.count
            let answers = pieces.filter { $0.link.kind == .answer }.count
            let canvases = pieces.filter { $0.link.kind == .canvas }.count
            var nl: [String] = []
            var en: [String] = []
            if cards > 0 {
                nl.append("\(cards) \(cards == 1 ? "kaart" : "kaarten")")
                en.append("\(cards) \(cards == 1 ? "card" : "cards")")
            }
            if answers > 0 {
                nl.append("\(answers) \(answers == 1 ? "reflectieantwoord" : "reflectieantwoorden")")
                en.append("\(answers) \(answers == 1 ? "reflection answer" : "reflection answers")")
            }
            if canvases > 0 {
                nl.append("\(canvases) \(canvases == 1 ? "heel canvas" : "hele canvassen")")
                en.append("\(canvases) \(canvases == 1 ? "whole canvas" : "whole canvases")")
            }
            return LocalizedText(nl: nl.joined(separator: ", "), en: en.joined(separator: ", "))
        }
        let mine = counted(own)
        let ours = counted(team)
        return LocalizedText(
            nl: lead.nl + ". Eigen bewijs van de student: \(mine.nl)"
                + (team.isEmpty ? "." : "; van het team: \(ours.nl)."),
            en: lead.en + ". The student's own evidence: \(mine.en)"
                + (team.isEmpty ? "." : "; the team's: \(ours.en)."))
    }

    private static func subject(
        _ outcome: LearningOutcome, journey: Journey, settings: OpenBadgesSettings, language: Language
    ) -> JSONValue {
        let identity = OpenBadges.identity(settings)
        var criteria = JSONObject()
        criteria.append(
            "narrative",
            .string(
                settings.criteria[outcome.id]
                    ?? LocalizedText(
                        nl:
                            "Aangetoond met eigen bewijs uit het LIM-canvas (Impact in Beeld) van de groep: kaarten die de student "
                            + "legde of reflectieantwoorden die de student gaf, elk met een onderbouwing.",
                        en:
                            "Shown with the student's own evidence from the group's LIM canvas (Impact in View): cards the "
                            + "student laid or reflection answers the student gave, each with a justification.")[
                        language]))
        var achievement = JSONObject()
        achievement.append("id", .string(settings.achievementBase + outcome.id))
        achievement.append("type", .texts(["Achievement"]))
        // A programme's learning outcome is a competency (OB 3.0 AchievementType).
        achievement.append("achievementType", .string("Competency"))
        achievement.append("name", .string(outcome.title))
        achievement.append("description", .string(OpenBadges.description(of: outcome, in: journey)[language]))
        achievement.append("criteria", .object(criteria))
        if let image = settings.achievementImage {
            var picture = JSONObject()
            picture.append("id", .string(image))
            picture.append("type", .string("Image"))
            picture.append(
                "caption",
                .string(LocalizedText(nl: "Poster van het LIM-canvas", en: "Poster of the LIM canvas")[language]))
            achievement.append("image", .object(picture))
        }
        var alignment = JSONObject()
        alignment.append("type", .texts(["Alignment"]))
        alignment.append("targetName", .string(outcome.title))
        alignment.append(
            "targetUrl",
            .string((settings.alignmentBase ?? settings.achievementBase) + OpenBadges.percentEncoded(outcome.id)))
        alignment.append("targetCode", .string(outcome.id))
        if let programme = journey.programme { alignment.append("targetFramework", .string(programme)) }
        achievement.append("alignment", .array([.object(alignment)]))
        achievement.append("inLanguage", .string(language.rawValue))
        if let category = outcome.category { achievement.append("tag", .texts([category.rawValue])) }
        var subject = JSONObject()
        subject.append("id", ifPresent: settings.subjectID.map(JSONValue.string))
        subject.append("type", .texts(["AchievementSubject"]))
        subject.append("identifier", .array([.object(identity)]))
        subject.append("achievement", .object(achievement))
        return .object(subject)
    }

    private static func evidence(
        _ piece: EvidenceSummary.Piece, teams: Bool, first: Bool, journey: Journey, settings: OpenBadgesSettings,
        language: Language, posters: inout [String: String]
    ) -> JSONValue {
        let link = piece.link
        let canvas = journey.moment(link.moment)
        var object = OpenBadges.evidenceEntry(
            piece, canvas: canvas, withPoster: first, settings: settings, language: language, posters: &posters)
        let place = OpenBadges.location(of: piece, canvas: canvas)
        let document = canvas.map { " (\($0.id))" } ?? ""
        object.append("description", .string(place[language] + document))
        let genre = OpenBadges.genre(link.kind)
        object.append(
            "genre",
            .string(
                teams
                    ? LocalizedText(nl: genre.nl + " (van het team)", en: genre.en + " (the team's)")[language]
                    : genre[language]))
        return .object(object)
    }
}

extension OpenBadgesExport: Reportable, ReportedInTwoParts {
    public func report(_ settings: ReportSettings) throws -> any DocumentReport { twoPart(self, settings) }

    /// `{"schema": "impactkit/ob3-export/1", "member", "credentials", "withheld", "text"}`.
    func reportValue(language: Language) -> JSONValue {
        var object = JSONObject()
        object.append("schema", .string("impactkit/ob3-export/1"))
        object.append("member", member.map(JSONValue.string) ?? .null)
        object.append("credentials", .array(credentials))
        object.append(
            "withheld",
            .array(
                withheld.map { item in
                    var entry = JSONObject()
                    entry.append("outcome", .string(item.outcome))
                    entry.append("title", .string(item.title))
                    entry.append("team", .int(Int64(item.team)))
                    entry.append("others", .int(Int64(item.others)))
                    return .object(entry)
                }))
        if let directAwards { object.append("edubadges", .array(directAwards)) }
        object.append("text", .string(reportText(language: language)))
        return .object(object)
    }

    func reportText(language: Language) -> String {
        let who = member ?? LocalizedText(nl: "het team", en: "the team")[language]
        var lines = [
            LocalizedText(
                nl: "\(who): \(credentials.count) \(credentials.count == 1 ? "credential" : "credentials")",
                en: "\(who): \(credentials.count) \(credentials.count == 1 ? "credential" : "credentials")")[language]
        ]
        for item in withheld {
            lines.append(
                LocalizedText(
                    nl:
                        "geen credential voor \(item.outcome) (\(item.title)): geen eigen bewijs; van het team \(item.team), van teamgenoten \(item.others)",
                    en:
                        "no credential for \(item.outcome) (\(item.title)): no own evidence; the team's \(item.team), teammates' \(item.others)"
                )[language])
        }
        if !unawarded.isEmpty {
            lines.append(
                LocalizedText(
                    nl: "geen edubadges-badgeklasse voor \(unawarded.joined(separator: ", ")): niet doorgegeven",
                    en: "no edubadges badge class for \(unawarded.joined(separator: ", ")): not handed on")[language])
        }
        return lines.joined(separator: "\n")
    }
}
