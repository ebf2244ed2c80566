import CJansson
import ImpactKit
import ImpactKitABI

// ik_journey_*: translate arguments, call the core, translate results.

@c @implementation
public func ik_journey_new(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ id: UnsafePointer<CChar>?, _ title: UnsafePointer<CChar>?,
    _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, "out")
        let options = try HostOptions(opts)
        let journey = try Journey(
            id: try optionalArgument(id, "id", limit: Identifier.maxLength),
            title: try argument(title, "title", limit: options.limits.maxStringBytes))
        out.pointee = journeyHandle(journey, options: options)
    }
}

@c @implementation
public func ik_journey_add_moment(_ journey: OpaquePointer?, _ canvas: OpaquePointer?, _ error: ErrorOut?) -> Int32 {
    boundary(error) {
        let box = try journeyBox(journey)
        try box.value.append(try documentValue(canvas, as: Canvas.self, name: "canvas").0)
    }
}

@c @implementation
public func ik_journey_add_outcome(
    _ journey: OpaquePointer?, _ outcome_id: UnsafePointer<CChar>?, _ title: UnsafePointer<CChar>?,
    _ category: UnsafePointer<CChar>?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let box = try journeyBox(journey)
        try box.value.add(
            LearningOutcome(
                id: try argument(outcome_id, "outcome_id", limit: Identifier.maxLength),
                title: try argument(title, "title", limit: box.options.limits.maxStringBytes),
                category: try optionalArgument(category, "category", limit: 32).map(LearningOutcome.Category.init(id:)))
        )
    }
}

@c @implementation
public func ik_journey_link_evidence(
    _ journey: OpaquePointer?, _ outcome_id: UnsafePointer<CChar>?, _ moment_label: UnsafePointer<CChar>?,
    _ placement_id: UnsafePointer<CChar>?, _ question_id: UnsafePointer<CChar>?,
    _ justification: UnsafePointer<CChar>?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let box = try journeyBox(journey)
        try box.value.link(
            EvidenceLink(
                outcome: try argument(outcome_id, "outcome_id", limit: Identifier.maxLength),
                moment: try argument(moment_label, "moment_label", limit: 200),
                placement: try optionalArgument(placement_id, "placement_id", limit: Identifier.maxLength),
                question: try optionalArgument(question_id, "question_id", limit: Identifier.maxLength),
                justification: try argument(justification, "justification", limit: box.options.limits.maxStringBytes)))
    }
}

@c @implementation
public func ik_journey_compare(
    _ journey: OpaquePointer?, _ from_label: UnsafePointer<CChar>?, _ to_label: UnsafePointer<CChar>?,
    _ ropts: UnsafePointer<ik_report_options>?, _ out_report: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_report, "out_report")
        let box = try journeyBox(journey)
        let settings = try ReportOptions.settings(ropts, defaults: box.options)
        let comparison = try box.value.compare(
            from: try optionalArgument(from_label, "from_label", limit: 200),
            to: try optionalArgument(to_label, "to_label", limit: 200))
        out.pointee = try cString(json: comparison.reportValue(language: settings.language))
    }
}

@c @implementation
public func ik_journey_free(_ journey: OpaquePointer?) {
    freeHandle(journey, magic: HandleMagic.journey)
}

@c @implementation
public func ik_journey_revision(_ journey: OpaquePointer?, _ out_revision: OutString?, _ error: ErrorOut?) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_revision, "out_revision")
        out.pointee = try cString(try journeyBox(journey).value.revision)
    }
}

@c @implementation
public func ik_journey_apply(
    _ journey: OpaquePointer?, _ ops_json: UnsafePointer<CChar>?, _ ops_len: Int,
    _ base_revision: UnsafePointer<CChar>?,
    _ out_undo: OutString?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        // out_undo may be NULL: a host that does not keep undo need not free it.
        if let out_undo { out_undo.pointee = nil }
        let box = try journeyBox(journey)
        let operations = try JourneyOperation.batch(
            jsonValue: try JSONParser.parse(try document(ops_json, ops_len, "ops_json"), limits: box.options.limits))
        let base = try optionalArgument(base_revision, "base_revision", limit: 64)
        let undo = try box.value.apply(operations, baseRevision: base)
        if let out_undo { out_undo.pointee = try cString(json: JourneyOperation.jsonValue(of: undo)) }
    }
}
