/// One group's canvases at successive moments (LIM §6: e.g. start, week 5, end of semester), the programme's
/// learning outcomes and the evidence the group links to them.
///
/// A value type: every mutating method checks first and changes nothing when it throws.
public struct Journey: Equatable, Sendable {
    public static let schemaID = "impactkit/journey/1"

    public var id: String
    public var title: String
    /// The group's name, e.g. "PZW groep 3".
    public var group: String?
    /// The programme whose learning outcomes are listed, e.g. "Verpleegkunde, jaar 3".
    public var programme: String?
    public private(set) var outcomes: [LearningOutcome]
    /// The canvases in time order; each has a moment with a label unique in the journey.
    public private(set) var moments: [Canvas]
    public private(set) var evidence: [EvidenceLink]
    public var unknown: JSONObject

    public init(id: String? = nil, title: String) throws {
        self.id = try id.map(Identifier.validate) ?? "journey-" + String(Canvas.randomID().dropFirst("canvas-".count))
        self.title = try JSONValue.string(title).nonEmptyString()
        self.outcomes = []
        self.moments = []
        self.evidence = []
        self.unknown = JSONObject()
    }

    // MARK: Looking things up

    public func moment(_ label: String) -> Canvas? {
        moments.first { $0.moment?.label == label }
    }

    public func outcome(_ id: String) -> LearningOutcome? {
        outcomes.first { $0.id == id }
    }

    // MARK: Changing the journey

    /// Adds the canvas of the next moment. It needs a moment label not used before and, when dated, a date after
    /// every earlier dated moment.
    public mutating func append(_ canvas: Canvas) throws {
        try check(canvas)
        moments.append(canvas)
    }

    public mutating func add(_ outcome: LearningOutcome) throws {
        try check(outcome)
        outcomes.append(outcome)
    }

    /// Links an outcome to evidence; the outcome, moment, placement or answer must exist.
    public mutating func link(_ link: EvidenceLink) throws {
        try check(link)
        evidence.append(link)
    }

    // MARK: Taking things back, putting them back (the journey operations and their undo)

    /// Puts `canvas` in as a moment at `position` (0-based, `moments.count` appends), keeping the time order.
    public mutating func insert(_ canvas: Canvas, at position: Int) throws {
        try Self.check(position, in: moments.count)
        try check(canvas, before: position)
        moments.insert(canvas, at: position)
    }

    /// Takes out the moment `label` and returns its canvas; evidence linked to it is unlinked first.
    @discardableResult
    public mutating func removeMoment(_ label: String) throws -> (canvas: Canvas, position: Int) {
        guard let position = moments.firstIndex(where: { $0.moment?.label == label }) else {
            throw ImpactKitError(.notFound, "no moment \"\(label.prefix(40))\" in this journey", path: "/label")
        }
        if let link = evidence.first(where: { $0.moment == label }) {
            throw ImpactKitError(
                .invalidArgument,
                "moment \"\(label.prefix(40))\" is evidence for learning outcome \"\(link.outcome)\"; unlink it first",
                path: "/label")
        }
        return (moments.remove(at: position), position)
    }

    /// Changes the canvas of moment `label` by `body`, all or nothing: the canvas keeps its moment and every
    /// evidence link into it still finds its placement or answer, or nothing changes.
    public mutating func editMoment<T>(_ label: String, _ body: (inout Canvas) throws -> T) throws -> T {
        guard let position = moments.firstIndex(where: { $0.moment?.label == label }) else {
            throw ImpactKitError(.notFound, "no moment \"\(label.prefix(40))\" in this journey", path: "/moment")
        }
        var canvas = moments[position]
        let result = try body(&canvas)
        guard canvas.moment == moments[position].moment, canvas.id == moments[position].id else {
            throw ImpactKitError(.invalidArgument, "an edit of a moment keeps its id, label and date", path: "/moment")
        }
        for link in evidence where link.moment == label {
            if let placement = link.placement, canvas.placement(placement) == nil {
                throw ImpactKitError(
                    .invalidArgument,
                    "placement \"\(placement)\" is evidence for learning outcome \"\(link.outcome)\"; unlink it first")
            }
            if let question = link.question, !canvas.reflections.contains(where: { $0.question == question }) {
                throw ImpactKitError(
                    .invalidArgument,
                    "the answer to \"\(question.prefix(40))\" is evidence for learning outcome \"\(link.outcome)\"; unlink it first"
                )
            }
        }
        moments[position] = canvas
        return result
    }

    /// Puts `outcome` in the list at `position` (0-based).
    public mutating func insert(_ outcome: LearningOutcome, at position: Int) throws {
        try Self.check(position, in: outcomes.count)
        try check(outcome)
        outcomes.insert(outcome, at: position)
    }

    /// Takes learning outcome `id` off the list; evidence linked to it is unlinked first.
    @discardableResult
    public mutating func removeOutcome(_ id: String) throws -> (outcome: LearningOutcome, position: Int) {
        guard let position = outcomes.firstIndex(where: { $0.id == id }) else {
            throw ImpactKitError(.notFound, "unknown learning outcome \"\(id.prefix(40))\"", path: "/id")
        }
        if evidence.contains(where: { $0.outcome == id }) {
            throw ImpactKitError(
                .invalidArgument, "learning outcome \"\(id.prefix(40))\" has evidence linked; unlink it first",
                path: "/id")
        }
        return (outcomes.remove(at: position), position)
    }

    /// Links evidence at `position` (0-based) of the evidence list.
    public mutating func insert(_ link: EvidenceLink, at position: Int) throws {
        try Self.check(position, in: evidence.count)
        try check(link)
        evidence.insert(link, at: position)
    }

    /// Removes the link from `outcome` to the evidence at `moment` (a placement, an answer, or neither: the canvas).
    @discardableResult
    public mutating func unlink(
        outcome: String, moment: String, placement: String? = nil, question: String? = nil
    ) throws -> (link: EvidenceLink, position: Int) {
        guard
            let position = evidence.firstIndex(where: {
                $0.outcome == outcome && $0.moment == moment && $0.placement == placement && $0.question == question
            })
        else {
            throw ImpactKitError(
                .notFound, "no such evidence linked to \"\(outcome.prefix(40))\" at \"\(moment.prefix(40))\"",
                path: "/outcome")
        }
        return (evidence.remove(at: position), position)
    }

    // MARK: Rules

    /// A position to put something in at: 0 … count (count: at the end).
    private static func check(_ position: Int, in count: Int) throws {
        guard (0...count).contains(position) else {
            throw ImpactKitError(.range, "position \(position) is outside 0…\(count)", path: "/position")
        }
    }

    func check(_ canvas: Canvas) throws { try check(canvas, before: moments.count) }

    /// The rules for a moment put in before `position`: a label and id new to the journey, and a date after every
    /// dated moment before it and before every dated moment after it.
    func check(_ canvas: Canvas, before position: Int) throws {
        guard let moment = canvas.moment else {
            throw ImpactKitError(
                .schema, "a canvas in a journey needs a moment (label and, best, a date) to place it in time",
                path: "/moment")
        }
        if moments.contains(where: { $0.moment?.label == moment.label }) {
            throw ImpactKitError(
                .exists, "moment \"\(moment.label.prefix(60))\" is already in the journey", path: "/moment/label")
        }
        if moments.contains(where: { $0.id == canvas.id }) {
            throw ImpactKitError(.exists, "canvas \"\(canvas.id)\" is already a moment of the journey", path: "/id")
        }
        if let date = moment.date,
            let earlier = moments[..<position].last(where: { $0.moment?.date != nil }),
            let earlierMoment = earlier.moment,
            let earlierDate = earlierMoment.date, date <= earlierDate
        {
            throw ImpactKitError(
                .invalidArgument,
                "moments must be in time order: \"\(moment.label.prefix(40))\" (\(date)) is not after \"\(earlierMoment.label.prefix(40))\" (\(earlierDate))",
                path: "/moment/date")
        }
        if let date = moment.date,
            let later = moments[position...].first(where: { $0.moment?.date != nil }), let laterMoment = later.moment,
            let laterDate = laterMoment.date, date >= laterDate
        {
            throw ImpactKitError(
                .invalidArgument,
                "moments must be in time order: \"\(moment.label.prefix(40))\" (\(date)) is not before \"\(laterMoment.label.prefix(40))\" (\(laterDate))",
                path: "/moment/date")
        }
    }

    func check(_ outcome: LearningOutcome) throws {
        _ = try at("id") { try Identifier.validate(outcome.id) }
        if self.outcome(outcome.id) != nil {
            throw ImpactKitError(.exists, "learning outcome \"\(outcome.id)\" is already listed", path: "/id")
        }
        _ = try at("title") { try JSONValue.string(outcome.title).nonEmptyString() }
    }

    func check(_ link: EvidenceLink) throws {
        guard outcome(link.outcome) != nil else {
            throw ImpactKitError(.notFound, "unknown learning outcome \"\(link.outcome.prefix(40))\"", path: "/outcome")
        }
        guard let canvas = moment(link.moment) else {
            throw ImpactKitError(.notFound, "no moment \"\(link.moment.prefix(40))\" in this journey", path: "/moment")
        }
        switch (link.placement, link.question) {
        case (let placement?, nil):
            guard canvas.placement(placement) != nil else {
                throw ImpactKitError(
                    .notFound,
                    "no placement \"\(placement.prefix(40))\" on the canvas of \"\(link.moment.prefix(40))\"",
                    path: "/placement")
            }
        case (nil, let question?):
            guard canvas.reflections.contains(where: { $0.question == question }) else {
                throw ImpactKitError(
                    .notFound, "no answer to \"\(question.prefix(40))\" at \"\(link.moment.prefix(40))\"",
                    path: "/question")
            }
        case (nil, nil):
            break
        case (_?, _?):
            throw ImpactKitError(.invalidArgument, "evidence is a placement or an answer, not both")
        }
        _ = try at("justification") { try JSONValue.string(link.justification).nonEmptyString() }
        if evidence.contains(where: {
            $0.outcome == link.outcome && $0.moment == link.moment && $0.placement == link.placement
                && $0.question == link.question
        }) {
            throw ImpactKitError(.exists, "this evidence is already linked to \"\(link.outcome)\"")
        }
    }
}
