// libFuzzer target (issue 32, journeys): a batch of journey operations, the bytes as JSON, applied to a journey of
// two moments, an outcome and evidence linked to a placement and to an answer. Refused: the journey is exactly as
// it was. Accepted: the journey reads back (an edit the library accepts gives a document it accepts) and the undo
// it returned applies and brings back every byte.
import Glibc
import ImpactKitABI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJourneyOperations(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var journey: OpaquePointer?
    var error = ik_error()
    guard ik_journey_new(&journey, "fuzz", "Fuzz", nil, &error) == 0 else { abort() }
    defer { ik_journey_free(journey) }
    let start =
        #"{"schema": "impactkit/canvas/1", "id": "m1", "title": "t", "template": "lim", "moment": {"label": "start", "date": "2026-09-07"}}"#
    let later =
        #"{"schema": "impactkit/canvas/1", "id": "m2", "title": "t", "template": "lim", "moment": {"label": "week 5", "date": "2026-10-05"}}"#
    let setup =
        #"[{"op": "moment", "canvas": \#(start)}, {"op": "moment", "canvas": \#(later)}, "#
        + #"{"op": "edit", "moment": "week 5", "ops": [{"op": "place", "id": "p1", "card": "act.workshop", "domain": "partners", "field": "activity"}, "#
        + #"{"op": "answer", "question": "lim.students.judge", "answer": "Goed"}]}, "#
        + #"{"op": "outcome", "id": "lu1", "title": "Impact", "category": "impact"}, "#
        + #"{"op": "link", "outcome": "lu1", "moment": "week 5", "placement": "p1", "justification": "j"}, "#
        + #"{"op": "link", "outcome": "lu1", "moment": "week 5", "question": "lim.students.judge", "justification": "k"}]"#
    guard ik_journey_apply(journey, setup, setup.utf8.count, nil, nil, &error) == 0 else { abort() }
    let before = FuzzChecks.json(journey: journey)
    defer { ik_free(before) }
    var undo: UnsafeMutablePointer<CChar>?
    let status = data.withMemoryRebound(to: CChar.self, capacity: size) {
        ik_journey_apply(journey, $0, size, nil, &undo, &error)
    }
    if status != 0 {
        if undo != nil { abort() }
        let after = FuzzChecks.json(journey: journey)
        if strcmp(before, after) != 0 { abort() }
        ik_free(after)
        return 0
    }
    guard let undo else { abort() }
    let changed = FuzzChecks.json(journey: journey)
    var again: OpaquePointer?
    guard ik_document_from_json(&again, changed, strlen(changed), nil, &error) == 0 else { abort() }
    ik_document_free(again)
    ik_free(changed)
    // The undo is the library's own writing: an edit of a moment's canvas shows as one there.
    let edits = strstr(undo, "\"op\": \"edit\"") != nil
    if ik_journey_apply(journey, undo, strlen(undo), nil, nil, &error) != 0 { abort() }
    ik_free(undo)
    // Moments, outcomes and links go back where they were; a placement or answer that came back lies at the end of
    // its list, so only batches without a canvas edit ("edit") are compared byte for byte.
    let restored = FuzzChecks.json(journey: journey)
    if !edits, strcmp(before, restored) != 0 { abort() }
    ik_free(restored)
    return 0
}
