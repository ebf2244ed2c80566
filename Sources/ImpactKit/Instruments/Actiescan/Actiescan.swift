/// A LIN Actiescan repeated over time: each scan places every question of the five themes on a spectrum from
/// "incidental" to "structural" (seed 002). Positions are 1…n on the document's scale (default five points).
public struct Actiescan: SeedInstrument, Equatable {
    public static let schemaID = "impactkit/actiescan/1"
    public static let reportSchemaID = "impactkit/actiescan-report/1"
    public static let comparisonSchemaID = "impactkit/actiescan-comparison/1"

    public struct Answer: Equatable, Sendable {
        public var question: String
        /// 1…n on the scale; nil = not answered yet (the template lists every question with `"position": null`).
        public var position: Int?
        public var note: String?
        public var unknown = JSONObject()

        public init(question: String, position: Int?, note: String? = nil) {
            self.question = question
            self.position = position
            self.note = note
        }
    }

    public struct Scan: Equatable, Sendable {
        public var label: String
        public var date: String?
        public var answers: [Answer] = []
        public var unknown = JSONObject()

        public init(label: String, date: String? = nil, answers: [Answer] = []) {
            self.label = label
            self.date = date
            self.answers = answers
        }
    }

    public var id: String
    public var title: String
    /// The host's own spectrum; nil = `ActiescanTheme.defaultScale` (and nothing is written).
    public var customScale: [LocalizedText]?
    public var scans: [Scan] = []
    public var unknown = JSONObject()

    public var scale: [LocalizedText] { customScale ?? ActiescanTheme.defaultScale }

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }

    /// One scan with the seed's eleven questions, each with its text (in `language`, kept as an unknown member so
    /// that it survives edits) and no position yet.
    public static func template(language: Language) -> Actiescan {
        var scan = Actiescan(id: "actiescan", title: TemplateWords.of(language).actiescanTitle)
        let answers = ActiescanTheme.all.flatMap(\.questions).map { question -> Answer in
            var answer = Answer(question: question.id, position: nil)
            answer.unknown.append("text", .string(question.text[language]))
            return answer
        }
        scan.scans = [Scan(label: TemplateWords.of(language).firstScan, answers: answers)]
        return scan
    }

    public func scan(labelled label: String) throws -> Scan {
        guard let scan = scans.first(where: { $0.label == label }) else {
            throw ImpactKitError(
                .notFound,
                "no scan labelled \"\(label.prefix(60))\" (scans: \(scans.map(\.label).joined(separator: ", ")))")
        }
        return scan
    }
}

extension Actiescan {
    public init(jsonValue value: JSONValue) throws {
        var reader = try ObjectReader(value)
        let (id, title) = try Self.header(&reader)
        var document = Actiescan(id: id, title: title)
        document.customScale = try reader.optional("scale") { try OrdinalScale.decode($0, what: "scale") }
        let points = document.scale.count
        document.scans = try reader.optional("scans") { try $0.array { try Self.decodeScan($0, points: points) } } ?? []
        try at("scans") {
            var labels = Set<String>()
            var lastDate: String?
            for (index, scan) in document.scans.enumerated() {
                guard labels.insert(scan.label).inserted else {
                    throw ImpactKitError(
                        .exists, "scan \"\(scan.label.prefix(60))\" is listed twice", path: "/\(index)/label")
                }
                if let date = scan.date {
                    if let lastDate, date < lastDate {
                        throw ImpactKitError(
                            .range, "scan dated \(date) comes after a scan of \(lastDate); list scans in time order",
                            path: "/\(index)/date")
                    }
                    lastDate = date
                }
            }
        }
        document.unknown = reader.unknown
        self = document
    }

    private static func decodeScan(_ value: JSONValue, points: Int) throws -> Scan {
        var reader = try ObjectReader(value)
        var scan = Scan(
            label: try reader.required("label") { try $0.nonEmptyString(maxLength: 200) },
            date: try reader.optional("date") { try CalendarDate.validate(try $0.stringValue()) })
        scan.answers = try reader.optional("answers") { try $0.array { try decodeAnswer($0, points: points) } } ?? []
        try requireDistinct(scan.answers, list: "answers", what: "question", field: "question") { $0.question }
        scan.unknown = reader.unknown
        return scan
    }

    private static func decodeAnswer(_ value: JSONValue, points: Int) throws -> Answer {
        var reader = try ObjectReader(value)
        let question = try reader.required("question") { value in
            let id = try value.stringValue()
            guard ActiescanTheme.questionIndex[id] != nil else {
                throw ImpactKitError(.notFound, "unknown Actiescan question \"\(id.prefix(60))\"")
            }
            return id
        }
        let position = try reader.required("position") { value -> Int? in
            if case .null = value { return nil }
            return try OrdinalScale.position(value, count: points, on: .scalePoint)
        }
        var answer = Answer(
            question: question, position: position, note: try reader.optional("note") { try $0.nonEmptyString() })
        answer.unknown = reader.unknown
        return answer
    }

    public var jsonValue: JSONValue {
        var object = headerObject()
        if let customScale { object.append("scale", .array(customScale.map(\.json))) }
        object.append(
            "scans",
            .array(
                scans.map { scan in
                    var item = JSONObject()
                    item.append("label", .string(scan.label))
                    item.append("date", ifPresent: scan.date.map(JSONValue.string))
                    item.append(
                        "answers",
                        .array(
                            scan.answers.map { answer in
                                var entry = JSONObject()
                                entry.append("question", .string(answer.question))
                                entry.append("position", answer.position.map { .int(Int64($0)) } ?? .null)
                                entry.append("note", ifPresent: answer.note.map(JSONValue.string))
                                entry.append(contentsOf: answer.unknown)
                                return .object(entry)
                            }))
                    item.append(contentsOf: scan.unknown)
                    return .object(item)
                }))
        object.append(contentsOf: unknown)
        return .object(object)
    }
}
