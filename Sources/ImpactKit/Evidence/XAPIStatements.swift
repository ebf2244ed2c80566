/// A canvas (or each moment of a journey) and its reflection answers as xAPI 1.0.3 statements: the team (or each
/// member) "mapped impact" on the canvas, with the canvas figures as a result extension, and "answered" each
/// reflection question with the answer as the response. Statement ids are derived from the content (same export,
/// same ids), so posting an export twice does not duplicate it in the LRS.
public enum XAPI {
    /// The vocabulary ImpactKit owns: verbs, activity types, extensions and the attachment usage type.
    public static let vocabulary = "https://impactkit.dev/xapi"
    public static let mappedImpact = vocabulary + "/verbs/mapped-impact"
    /// ADL's verb and activity type for questions, which LRS reports already understand.
    public static let answered = "http://adlnet.gov/expapi/verbs/answered"
    public static let questionType = "http://adlnet.gov/expapi/activities/question"
    public static let canvasType = vocabulary + "/activities/lim-canvas"
    public static let journeyType = vocabulary + "/activities/lim-journey"
    public static let figuresExtension = vocabulary + "/extensions/canvas-figures"
    public static let momentExtension = vocabulary + "/extensions/moment"
    public static let posterUsage = vocabulary + "/attachments/canvas-poster"
    /// xAPI 2.0 relevantTypes of context agents and groups.
    public static let coachRole = vocabulary + "/roles/coach"
    public static let workFieldPartnerRole = vocabulary + "/roles/work-field-partner"
    public static let teamRole = vocabulary + "/roles/team"

    /// The statements for one canvas, as a JSON array. Throws when a team member could only be named by their real
    /// name and the settings neither allow that nor give a pseudonym salt or an account.
    public static func statements(for canvas: Canvas, settings: XAPISettings, language: Language) throws -> JSONValue {
        .array(try export([canvas], journey: nil, settings: settings, language: language).statements)
    }

    /// The statements for every moment of a journey, in moment order, grouped under the journey activity.
    public static func statements(for journey: Journey, settings: XAPISettings, language: Language) throws -> JSONValue
    {
        .array(try export(journey.moments, journey: journey, settings: settings, language: language).statements)
    }

    /// The statements with their attachments' bytes as one multipart/mixed request body (xAPI 1.0.3 part 3 §1.5.2):
    /// what an LRS needs when an attachment has no fileUrl.
    public static func multipart(for canvas: Canvas, settings: XAPISettings, language: Language) throws -> XAPIMultipart
    {
        let export = try export([canvas], journey: nil, settings: settings, language: language)
        return XAPIMultipart(statements: .array(export.statements), attachments: export.attachments)
    }

    /// The same for every moment of a journey; a poster used by several statements is sent once.
    public static func multipart(
        for journey: Journey, settings: XAPISettings, language: Language
    ) throws -> XAPIMultipart {
        let export = try export(journey.moments, journey: journey, settings: settings, language: language)
        return XAPIMultipart(statements: .array(export.statements), attachments: export.attachments)
    }

    private static func export(
        _ canvases: [Canvas], journey: Journey?, settings: XAPISettings, language: Language
    ) throws -> (statements: [JSONValue], attachments: [XAPIMultipart.Attachment]) {
        var identities: [String: (account: String, name: String?)] = [:]
        for member in canvases.lazy.flatMap(\.team) where identities[member.name] == nil {
            identities[member.name] = try settings.identity(of: member)
        }
        let builder = Builder(settings: settings, language: language, journey: journey, identities: identities)
        var statements: [JSONValue] = []
        var attachments: [XAPIMultipart.Attachment] = []
        for (index, canvas) in canvases.enumerated() {
            let poster =
                settings.attachment
                ? XAPIMultipart.Attachment(contentType: "image/svg+xml", bytes: canvas.svg(language: language)) : nil
            statements += builder.statements(for: canvas, moment: (index + 1, canvases.count), poster: poster)
            if let poster, !attachments.contains(where: { $0.sha2 == poster.sha2 }) { attachments.append(poster) }
        }
        return (statements, attachments)
    }

    private struct Builder {
        let settings: XAPISettings
        let language: Language
        let journey: Journey?
        /// Member name → how the member is named in statements (checked before building, so building cannot fail).
        let identities: [String: (account: String, name: String?)]

        /// `moment`: the canvas's 1-based place among the document's moments, and how many there are.
        func statements(
            for canvas: Canvas, moment: (index: Int, of: Int), poster: XAPIMultipart.Attachment?
        ) -> [JSONValue] {
            let group = self.group(canvas)
            let canvasActivity = activity(
                id: settings.activityBase + "canvas/" + canvas.id, type: XAPI.canvasType, name: canvas.title,
                description: canvas.moment.map { $0.label })
            var out: [JSONValue] = []
            let students = self.students(canvas)
            let actors: [JSONValue] = settings.actor == .members && !students.isEmpty ? students.map(agent) : [group]
            let attachment = poster.map(self.attachment)
            // One evaluation per canvas, however many members each get a statement of it.
            let extensions = JSONValue.object(
                JSONObject([.init(key: XAPI.figuresExtension, value: figures(canvas, moment: moment))]))
            for actor in actors {
                var statement = JSONObject()
                statement.append("actor", actor)
                statement.append("verb", verb(XAPI.mappedImpact, nl: "bracht impact in beeld", en: "mapped impact"))
                statement.append("object", canvasActivity)
                var result = JSONObject()
                result.append("completion", .bool(true))
                result.append("extensions", extensions)
                statement.append("result", .object(result))
                statement.append(
                    "context", context(canvas, team: settings.actor == .members ? group : nil, parent: nil))
                statement.append("timestamp", ifPresent: timestamp(canvas))
                if let attachment { statement.append("attachments", .array([attachment])) }
                out.append(identified(versioned(statement)))
            }
            for answer in canvas.reflections {
                // By id first: the name alone sent every answer a platform recorded by member id as the group's.
                let member = answer.by.flatMap(canvas.member(by:))
                let actor = settings.actor == .members ? member.map(agent) ?? group : group
                let question = ReflectionQuestions.question(answer.question)
                var object = JSONObject()
                object.append("objectType", .string("Activity"))
                object.append("id", .string(settings.activityBase + "questions/" + answer.question))
                var definition = JSONObject()
                definition.append("type", .string(XAPI.questionType))
                definition.append("name", question.map { $0.text.json } ?? languageMap(answer.question))
                object.append("definition", .object(definition))
                var statement = JSONObject()
                statement.append("actor", actor)
                statement.append("verb", verb(XAPI.answered, nl: "beantwoordde", en: "answered"))
                statement.append("object", .object(object))
                statement.append("result", .object(JSONObject([.init(key: "response", value: .string(answer.answer))])))
                statement.append(
                    "context",
                    context(
                        canvas, team: settings.actor == .members && member != nil ? group : nil, parent: canvasActivity)
                )
                statement.append("timestamp", ifPresent: timestamp(canvas))
                out.append(identified(versioned(statement)))
            }
            // Identical statements (the same answer twice, two members of one name) would share an id: keep one.
            var seen = Set<String>()
            return out.filter { statement in
                guard case .object(let object) = statement, case .string(let id)? = object["id"] else { return true }
                return seen.insert(id).inserted
            }
        }

        /// xAPI 2.0 statements say so ("version" is the statement's, the request header the host's).
        private func versioned(_ statement: JSONObject) -> JSONObject {
            guard settings.version == .v2_0_0 else { return statement }
            var statement = statement
            statement.append("version", .string(XAPISettings.Version.v2_0_0.rawValue))
            return statement
        }

        /// The members who are the team: in 1.0.3 everyone (as before); in 2.0 the students, coaches and work-field
        /// partners going into context.contextAgents instead.
        private func students(_ canvas: Canvas) -> [TeamMember] {
            settings.version == .v2_0_0 ? canvas.team.filter { settings.role(of: $0) == .student } : canvas.team
        }

        /// The statement with its id first: a UUID from the SHA-256 of everything else, so the same statement
        /// always gets the same id and any difference (actor, figures, attachment, answer) a new one — an LRS then
        /// neither duplicates a re-export nor refuses a changed one as a conflict.
        private func identified(_ statement: JSONObject) -> JSONValue {
            var object = JSONObject()
            object.append("id", .string(SHA256.uuid(JSONWriter.string(.object(statement), pretty: false))))
            object.append(contentsOf: statement)
            return .object(object)
        }

        private func languageMap(_ text: String) -> JSONValue {
            .object(JSONObject([.init(key: language.rawValue, value: .string(text))]))
        }

        private func verb(_ id: String, nl: String, en: String) -> JSONValue {
            var object = JSONObject()
            object.append("id", .string(id))
            object.append("display", LocalizedText(nl: nl, en: en).json)
            return .object(object)
        }

        private func activity(id: String, type: String, name: String, description: String?) -> JSONValue {
            var definition = JSONObject()
            definition.append("type", .string(type))
            definition.append("name", languageMap(name))
            definition.append("description", ifPresent: description.map(languageMap))
            var object = JSONObject()
            object.append("objectType", .string("Activity"))
            object.append("id", .string(id))
            object.append("definition", .object(definition))
            return .object(object)
        }

        private func agent(_ member: TeamMember) -> JSONValue {
            // Every member's identity was made before building; the fallback is never reached but names nobody.
            let identity = identities[member.name] ?? (account: "ik-unknown", name: nil)
            var account = JSONObject()
            account.append("homePage", .string(settings.homepage))
            account.append("name", .string(identity.account))
            var object = JSONObject()
            object.append("objectType", .string("Agent"))
            object.append("name", ifPresent: identity.name.map(JSONValue.string))
            object.append("account", .object(account))
            return .object(object)
        }

        /// The team as an identified Group: its account is the canvas (or journey) on the platform.
        private func group(_ canvas: Canvas) -> JSONValue {
            var account = JSONObject()
            account.append("homePage", .string(settings.homepage))
            account.append(
                "name", .string(journey.map { "impactkit:journey:" + $0.id } ?? "impactkit:canvas:" + canvas.id))
            var object = JSONObject()
            object.append("objectType", .string("Group"))
            object.append("name", .string(journey?.group ?? journey?.title ?? canvas.title))
            object.append("account", .object(account))
            let students = self.students(canvas)
            if !students.isEmpty { object.append("member", .array(students.map(agent))) }
            return .object(object)
        }

        private func context(_ canvas: Canvas, team: JSONValue?, parent: JSONValue?) -> JSONValue {
            var context = JSONObject()
            context.append("platform", .string("ImpactKit"))
            context.append("language", .string(language.rawValue))
            if settings.version == .v2_0_0 {
                // 2.0: the team as a context group, coaches and partners as context agents, each with its role.
                if let team {
                    context.append(
                        "contextGroups",
                        .array([
                            .object(
                                JSONObject([
                                    .init(key: "objectType", value: .string("contextGroup")),
                                    .init(key: "group", value: team),
                                    .init(key: "relevantTypes", value: .texts([XAPI.teamRole])),
                                ]))
                        ]))
                }
                let agents: [JSONValue] = canvas.team.compactMap { member in
                    let type: String
                    switch settings.role(of: member) {
                    case .student: return nil
                    case .coach: type = XAPI.coachRole
                    case .workFieldPartner: type = XAPI.workFieldPartnerRole
                    }
                    return .object(
                        JSONObject([
                            .init(key: "objectType", value: .string("contextAgent")),
                            .init(key: "agent", value: agent(member)),
                            .init(key: "relevantTypes", value: .texts([type])),
                        ]))
                }
                if !agents.isEmpty { context.append("contextAgents", .array(agents)) }
            } else {
                context.append("team", ifPresent: team)
            }
            var activities = JSONObject()
            if let parent { activities.append("parent", .array([parent])) }
            if let journey {
                activities.append(
                    "grouping",
                    .array([
                        activity(
                            id: settings.activityBase + "journeys/" + journey.id, type: XAPI.journeyType,
                            name: journey.title,
                            description: journey.programme)
                    ]))
            }
            if !activities.isEmpty { context.append("contextActivities", .object(activities)) }
            var extensions = JSONObject()
            if let moment = canvas.moment {
                extensions.append(XAPI.momentExtension, moment.jsonValue(keepingUnknown: false))
            }
            if !extensions.isEmpty { context.append("extensions", .object(extensions)) }
            return .object(context)
        }

        private func timestamp(_ canvas: Canvas) -> JSONValue? {
            canvas.moment?.date.map { .string($0 + "T00:00:00Z") }
        }

        /// The canvas figures a portfolio or dashboard shows: cards per field and per domain, coverage, palette;
        /// and what a warehouse needs to rebuild a cohort's heat map from statements alone: each domain's
        /// cards per field, and the moment's place in its journey (the latest is the one a heat map counts).
        private func figures(_ canvas: Canvas, moment: (index: Int, of: Int)) -> JSONValue {
            let evaluation = canvas.evaluate()
            var object = JSONObject()
            object.append("cards", .int(Int64(evaluation.totalCards)))
            object.append("activity", .int(Int64(evaluation.total(in: .activity))))
            object.append("place", .int(Int64(evaluation.total(in: .place))))
            object.append("result", .int(Int64(evaluation.total(in: .result))))
            object.append(
                "domains",
                .array(
                    evaluation.domains.map { figures in
                        var item = JSONObject()
                        item.append("domain", .string(figures.domain.id))
                        item.append("cards", .int(Int64(figures.cards)))
                        item.append("coverage", .string(figures.coverage.rawValue))
                        for field in Field.allCases {
                            item.append(field.rawValue, .int(Int64(figures.count(in: field))))
                        }
                        return .object(item)
                    }))
            object.append("moment_index", .int(Int64(moment.index)))
            object.append("moments", .int(Int64(moment.of)))
            // Lists, so that a tie reaches the LRS as a tie.
            object.append("strongest", .texts(evaluation.strongest.map(CanvasEvaluation.domains(of:)) ?? []))
            object.append("weakest", .texts(evaluation.weakest.map(CanvasEvaluation.domains(of:)) ?? []))
            return .object(object)
        }

        /// The poster as an attachment: the SHA-256 and length of exactly what `canvas.svg(language:)` returns.
        private func attachment(_ poster: XAPIMultipart.Attachment) -> JSONValue {
            var object = JSONObject()
            object.append("usageType", .string(XAPI.posterUsage))
            object.append("display", LocalizedText(nl: "Canvas als poster (SVG)", en: "Canvas as a poster (SVG)").json)
            object.append("contentType", .string(poster.contentType))
            object.append("length", .int(Int64(poster.bytes.utf8.count)))
            object.append("sha2", .string(poster.sha2))
            object.append("fileUrl", ifPresent: settings.attachmentURL.map(JSONValue.string))
            return .object(object)
        }
    }
}
