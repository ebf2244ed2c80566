// libFuzzer target (issue 32): a batch of operations, the bytes as JSON, applied to a canvas with three placements
// (p1 activity, p2 place, p3 result) and a chain. Refused: the canvas is exactly as it was. Accepted: the canvas
// reads back (an edit the library accepts gives a document it accepts) and every verb answers, and the undo it
// returned applies and brings back every byte, an item taken away coming back at the end of its list (so the canvas
// it gives reopens, but needs no verbs of its own: it holds what the setup's does).
import Glibc
import ImpactKitABI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOperations(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var canvas: OpaquePointer?
    var error = ik_error()
    guard ik_canvas_new(&canvas, "fuzz", nil, 0, nil, &error) == 0 else { abort() }
    defer { ik_canvas_free(canvas) }
    let setup =
        #"[{"op": "team", "team": [{"id": "s1", "name": "A"}, {"id": "s2", "name": "B"}]}, "#
        + #"{"op": "place", "id": "p1", "card": "act.workshop", "domain": "partners", "field": "activity", "by": "s1"}, "#
        + #"{"op": "place", "id": "p2", "card": "loc.school", "domain": "partners", "field": "place"}, "#
        + #"{"op": "place", "id": "p3", "card": "res.report", "domain": "knowledge", "field": "result", "effect": {"intended": true}}, "#
        + #"{"op": "chain", "id": "c1", "activity": "p1", "places": ["p2"], "results": ["p3"]}]"#
    guard ik_canvas_apply(canvas, setup, setup.utf8.count, nil, nil, &error) == 0 else { abort() }
    let before = FuzzChecks.json(canvas)
    defer { ik_free(before) }
    var undo: UnsafeMutablePointer<CChar>?
    let status = data.withMemoryRebound(to: CChar.self, capacity: size) {
        ik_canvas_apply(canvas, $0, size, nil, &undo, &error)
    }
    if status != 0 {
        if undo != nil { abort() }
        let after = FuzzChecks.json(canvas)
        if strcmp(before, after) != 0 { abort() }
        ik_free(after)
        return 0
    }
    FuzzChecks.roundTrip(canvas)
    guard let undo else { abort() }
    if ik_canvas_apply(canvas, undo, strlen(undo), nil, nil, &error) != 0 { abort() }
    ik_free(undo)
    let undone = FuzzChecks.json(canvas)
    ik_document_free(FuzzChecks.reopens(undone))
    if sortedBytes(before) != sortedBytes(undone) { abort() }
    ik_free(undone)
    return 0
}

/// A text's bytes in order: equal for two texts that hold the same lines in another order.
private func sortedBytes(_ text: UnsafePointer<CChar>) -> [CChar] {
    UnsafeBufferPointer(start: text, count: strlen(text)).sorted()
}
