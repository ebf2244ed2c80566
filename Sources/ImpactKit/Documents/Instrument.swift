/// What the six instruments of seeds 002–004 (LIN, Kirkpatrick, Fasemodel, Actiescan, Proeftuin, IWP) share as
/// documents: each starts with a schema id, an `id` and a `title`, starts from a template, and writes its report
/// as JSON and as text from the same settings. Hosts see them as `ImpactDocument`s; this protocol only lets the
/// six share how their header and report are written.
protocol SeedInstrument: ImpactDocument {
    static var reportSchemaID: String { get }
    var id: String { get }
    var title: String { get }
    /// The report's JSON; it contains the text as its "text" member.
    func reportJSON(_ settings: ReportSettings) throws -> JSONValue
    /// The report as text in `settings.language`.
    func reportText(_ settings: ReportSettings) throws -> String
}

extension SeedInstrument {
    /// Reads "schema" (must be ours), "id" and "title" — the three members every instrument starts with.
    static func header(_ reader: inout ObjectReader<JSONValue>) throws -> (id: String, title: String) {
        let schema = try reader.required("schema") { try $0.stringValue() }
        guard schema == schemaID else {
            throw ImpactKitError(
                .schema, "unsupported schema \"\(schema.prefix(60))\"; this version reads \(schemaID)", path: "/schema")
        }
        return (
            try reader.required("id") { try $0.identifier() }, try reader.required("title") { try $0.nonEmptyString() }
        )
    }

    /// The first members of every instrument document, in the order they are written.
    func headerObject() -> JSONObject {
        var object = JSONObject()
        object.append("schema", .string(Self.schemaID))
        object.append("id", .string(id))
        object.append("title", .string(title))
        return object
    }

    /// The first members of every instrument report.
    func reportHeader(_ context: ReportSettings) -> JSONObject {
        var object = JSONObject()
        object.append("schema", .string(Self.reportSchemaID))
        object.append("document", .string(id))
        object.append("title", .string(title))
        object.append("lang", .string(context.language.rawValue))
        return object
    }
}

extension JSONValue {
    /// A list of non-empty texts.
    func texts(maxLength: Int = 4096) throws -> [String] {
        try array { try $0.nonEmptyString(maxLength: maxLength) }
    }

    static func texts(_ items: [String]) -> JSONValue { .array(items.map { .string($0) }) }

    /// A non-negative number up to `maximum` (hours, weeks, money): NaN cannot come from JSON, negatives are refused.
    func amount(maximum: Double) throws -> Double {
        let value = try number()
        guard value >= 0, value <= maximum else {
            throw ImpactKitError(.range, "\(figure(value, .en)) is outside 0…\(figure(maximum, .en))")
        }
        return value
    }
}

/// The instruments' lists whose elements must differ in one member (an id, a label, a phase): the second of two is
/// IK_EEXIST at `/<list>/<index>/<field>`, so the host sees which one to fix.
func requireDistinct<T>(_ items: [T], list: String, what: String, field: String = "id", _ key: (T) -> String) throws {
    var seen = Set<String>()
    for (index, item) in items.enumerated() where !seen.insert(key(item)).inserted {
        throw ImpactKitError(
            .exists, "\(what) \"\(key(item).prefix(60))\" is listed twice", path: "/\(list)/\(index)/\(field)")
    }
}

/// An ordered scale a host may bring instead of ImpactKit's default (the Actiescan's spectrum, the Fasemodel's
/// stages): 2–10 points with nl/en labels, and positions on it numbered 1…n.
enum OrdinalScale {
    static let points = 2...10

    static func decode(_ value: JSONValue, what: String) throws -> [LocalizedText] {
        let labels = try value.array(LocalizedText.decode)
        guard points.contains(labels.count) else {
            throw ImpactKitError(
                .range, "a \(what) has \(points.lowerBound)–\(points.upperBound) points, not \(labels.count)")
        }
        return labels
    }

    /// What a position is on: the message names it ("position 7 is off the scale (1…5)", "stage 6 is outside the
    /// stages (1…5)"), each a whole sentence of its own.
    enum Positioned { case scalePoint, stage }

    /// A position 1…`count`.
    static func position(_ value: JSONValue, count: Int, on scale: Positioned) throws -> Int {
        let number = try value.integer(in: Int64.min...Int64.max)
        guard number >= 1, number <= Int64(count) else {
            switch scale {
            case .scalePoint: throw ImpactKitError(.range, "position \(number) is off the scale (1…\(count))")
            case .stage: throw ImpactKitError(.range, "stage \(number) is outside the stages (1…\(count))")
            }
        }
        return Int(number)
    }
}
