/// One edit of a journey as data, as `CanvasOperation` is for a canvas: add or take back a moment, edit
/// a moment's canvas with canvas operations, list or take back a learning outcome, link or unlink evidence, and
/// name the journey. `Journey.apply` applies a batch all or nothing and returns the batch that undoes it.
///
/// JSON (schema/journey-operations.schema.json): an object with "op" and the operation's members, e.g.
/// `{"op": "edit", "moment": "week 5", "ops": [{"op": "place", "card": "act.workshop", "domain": "partners",
/// "field": "activity", "by": "s1"}]}`. Unknown members are refused: an operation with a typo must not half-apply.
public enum JourneyOperation: DocumentOperation {
    /// Adds a canvas as a moment: at the end, or at `position` (0-based; the undo of taking one out puts it back).
    case addMoment(Canvas, position: Int?)
    case removeMoment(label: String)
    /// Applies canvas operations, all or nothing, to the canvas of the moment with this label.
    case edit(moment: String, operations: [CanvasOperation])
    case addOutcome(LearningOutcome, position: Int?)
    case removeOutcome(id: String)
    case link(EvidenceLink, position: Int?)
    case unlink(outcome: String, moment: String, placement: String?, question: String?)
    case title(String)
    /// Sets (nil: clears) the group's name.
    case group(String?)
    /// Sets (nil: clears) the programme.
    case programme(String?)
}

extension JourneyOperation {
    /// The operation's name in JSON ("op").
    public var name: String {
        switch self {
        case .addMoment: return "moment"
        case .removeMoment: return "unmoment"
        case .edit: return "edit"
        case .addOutcome: return "outcome"
        case .removeOutcome: return "unoutcome"
        case .link: return "link"
        case .unlink: return "unlink"
        case .title: return "title"
        case .group: return "group"
        case .programme: return "programme"
        }
    }

    static let names = [
        "moment", "unmoment", "edit", "outcome", "unoutcome", "link", "unlink", "title", "group",
        "programme",
    ]

    /// Reads one operation; a member the operation does not have is refused with its pointer.
    public init(jsonValue value: JSONValue) throws {
        var reader = try ObjectReader(value)
        let name = try reader.required("op") { try $0.stringValue() }
        func position(_ reader: inout ObjectReader<JSONValue>) throws -> Int? {
            try reader.optional("position") { Int(try $0.integer(in: 0...Int64(Int32.max))) }
        }
        switch name {
        case "moment":
            let canvas = try reader.required("canvas") { try Canvas(jsonValue: $0) }
            self = .addMoment(canvas, position: try position(&reader))
        case "unmoment": self = .removeMoment(label: try reader.required("label") { try $0.stringValue() })
        case "edit":
            self = .edit(
                moment: try reader.required("moment") { try $0.stringValue() },
                operations: try reader.required("ops") { try CanvasOperation.batch(jsonValue: $0) })
        case "outcome":
            let item = try OperationItem.read(value, known: ["id", "title", "category"], skipping: ["position"])
            self = .addOutcome(try Journey.decodeOutcome(item), position: try position(&reader))
            return
        case "unoutcome": self = .removeOutcome(id: try reader.required("id") { try $0.stringValue() })
        case "link":
            let item = try OperationItem.read(
                value, known: ["outcome", "moment", "placement", "question", "justification"], skipping: ["position"])
            self = .link(try Journey.decodeLink(item), position: try position(&reader))
            return
        case "unlink":
            self = .unlink(
                outcome: try reader.required("outcome") { try $0.stringValue() },
                moment: try reader.required("moment") { try $0.stringValue() },
                placement: try reader.optional("placement") { try $0.stringValue() },
                question: try reader.optional("question") { try $0.stringValue() })
        case "title": self = .title(try reader.required("title") { try $0.nonEmptyString() })
        case "group": self = .group(try reader.optional("group") { try $0.nonEmptyString(maxLength: 200) })
        case "programme": self = .programme(try reader.optional("programme") { try $0.nonEmptyString(maxLength: 200) })
        default:
            throw ImpactKitError(
                .notFound,
                "unknown journey operation \"\(name.prefix(40))\" (use \(JourneyOperation.names.joined(separator: ", ")))",
                path: "/op")
        }
        if let stray = reader.unknown.members.first {
            throw OperationItem.stray(stray.key, in: name)
        }
    }

    public var jsonValue: JSONValue {
        var object = JSONObject()
        object.append("op", .string(name))
        switch self {
        case .addMoment(let canvas, let position):
            object.append("canvas", canvas.jsonValue)
            object.append("position", ifPresent: position.map { .int(Int64($0)) })
        case .removeMoment(let label): object.append("label", .string(label))
        case .edit(let moment, let operations):
            object.append("moment", .string(moment))
            object.append("ops", CanvasOperation.jsonValue(of: operations))
        case .addOutcome(let outcome, let position):
            object.append(contentsOf: OperationItem.members(of: outcome.jsonValue, unknown: outcome.unknown))
            object.append("position", ifPresent: position.map { .int(Int64($0)) })
        case .removeOutcome(let id): object.append("id", .string(id))
        case .link(let link, let position):
            object.append(contentsOf: OperationItem.members(of: link.jsonValue, unknown: link.unknown))
            object.append("position", ifPresent: position.map { .int(Int64($0)) })
        case .unlink(let outcome, let moment, let placement, let question):
            object.append("outcome", .string(outcome))
            object.append("moment", .string(moment))
            object.append("placement", ifPresent: placement.map(JSONValue.string))
            object.append("question", ifPresent: question.map(JSONValue.string))
        case .title(let title): object.append("title", .string(title))
        case .group(let group): object.append("group", group.map(JSONValue.string) ?? .null)
        case .programme(let programme): object.append("programme", programme.map(JSONValue.string) ?? .null)
        }
        return .object(object)
    }

}

extension Journey {
    /// Applies `operations` in order, all or nothing: when one is refused nothing changes, and the error's pointer
    /// names it ("/1/ops/0/id"). Returns the operations that undo the batch.
    ///
    /// `baseRevision` is the journey's revision the operations were made on: when the journey has moved on since,
    /// they are still applied if they still apply, and one on something gone since (a moment, an outcome, a
    /// placement a teammate took away) is refused as IK_ECONFLICT, not as a missing id.
    @discardableResult
    public mutating func apply(
        _ operations: [JourneyOperation], baseRevision: String? = nil
    ) throws -> [JourneyOperation] {
        try Revision.checkBase(baseRevision)
        var working = self
        var undo: [JourneyOperation] = []
        for (index, operation) in operations.enumerated() {
            do {
                undo.append(try at(index) { try working.perform(operation) })
            } catch let error as ImpactKitError {
                // The revision is hashed only on a refusal of a missing target (as Canvas.apply).
                let targets: Set<Substring> = ["id", "label", "moment", "outcome", "placement", "question"]
                throw Revision.conflict(error, base: baseRevision, what: "journey", isTarget: targets.contains) {
                    revision
                }
            }
        }
        self = working
        return undo.reversed()
    }

    /// Performs one operation and returns the one that undoes it.
    mutating func perform(_ operation: JourneyOperation) throws -> JourneyOperation {
        switch operation {
        case .addMoment(let canvas, let position):
            try at("canvas") { try insert(canvas, at: position ?? moments.count) }
            return .removeMoment(label: canvas.moment?.label ?? "")
        case .removeMoment(let label):
            let (canvas, position) = try removeMoment(label)
            return .addMoment(canvas, position: position)
        case .edit(let label, let operations):
            let undo = try editMoment(label) { canvas in try at("ops") { try canvas.apply(operations) } }
            return .edit(moment: label, operations: undo)
        case .addOutcome(let outcome, let position):
            try insert(outcome, at: position ?? outcomes.count)
            return .removeOutcome(id: outcome.id)
        case .removeOutcome(let id):
            let (outcome, position) = try removeOutcome(id)
            return .addOutcome(outcome, position: position)
        case .link(let link, let position):
            try insert(link, at: position ?? evidence.count)
            return .unlink(
                outcome: link.outcome, moment: link.moment, placement: link.placement, question: link.question)
        case .unlink(let outcome, let moment, let placement, let question):
            let (link, position) = try unlink(
                outcome: outcome, moment: moment, placement: placement, question: question)
            return .link(link, position: position)
        case .title(let title):
            let old = self.title
            self.title = try at("title") { try JSONValue.string(title).nonEmptyString() }
            return .title(old)
        case .group(let group):
            let old = self.group
            self.group = try at("group") { try group.map { try JSONValue.string($0).nonEmptyString(maxLength: 200) } }
            return .group(old)
        case .programme(let programme):
            let old = self.programme
            self.programme = try at("programme") {
                try programme.map { try JSONValue.string($0).nonEmptyString(maxLength: 200) }
            }
            return .programme(old)
        }
    }
}
