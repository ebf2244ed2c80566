// libFuzzer target: a sequence of edits with arbitrary string arguments (invalid UTF-8, ids of any shape).
// Each edit either succeeds or fails; a failed edit must leave the document exactly as it was, and after every edit
// the canvas must reopen from its own JSON (issue 37: an edit the library accepts yields a document it accepts).
import Glibc
import ImpactKitABI

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEdits(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var canvas: OpaquePointer?
    var error = ik_error()
    guard ik_canvas_new(&canvas, "fuzz", nil, 0, nil, &error) == 0 else { abort() }
    defer { ik_canvas_free(canvas) }
    // Input: NUL-separated fields; the first byte of each command picks the edit.
    var fields = FuzzChecks.Fields(data, size)
    let domains = ["target-group", "partners", "complexity", "interprofessional", "knowledge"]
    let fieldNames = ["activity", "place", "result"]
    // The canvas as it stands, already reopened once: a refused edit leaves it byte for byte, so only an accepted
    // edit needs the (costly) reopening again.
    var current = FuzzChecks.json(canvas)
    ik_document_free(FuzzChecks.reopens(current))
    // Sixty-four edits at most: each accepted one reopens the canvas, so an input cost the square of its length and
    // the runs slowed from 470 to 110 per second as the corpus grew long inputs (fuzz/runs.tsv, 1.3.0), while the
    // holes are a few edits deep (issue 37's took one) and 64 fill all fifteen cells several times over.
    var edits = 0
    while !fields.isEmpty && edits < 64 {
        edits += 1
        let command = fields.next()
        let selector = command.first.map { Int(UInt8(bitPattern: $0)) } ?? 0
        let a = fields.next(), b = fields.next()
        let domain = domains[selector % domains.count]
        let field = fieldNames[(selector / 5) % fieldNames.count]
        var status: Int32 = 0
        var id: UnsafeMutablePointer<CChar>?
        // Placements are "p1", "p2", …: a guessable id makes the impact edits reach their checks.
        let placement = Array("p\(selector % 7 + 1)".utf8CString)
        switch selector % 14 {
        case 0: status = ik_canvas_place(canvas, a, domain, field, b.count > 1 ? b : nil, &id, &error)
        case 1: status = ik_canvas_place_text(canvas, a, domain, field, nil, &id, &error)
        case 2: status = ik_canvas_unplace(canvas, a.count > 1 ? a : placement, &error)
        case 3: status = ik_canvas_add_card(canvas, a, b, a, &error)
        case 4: status = ik_canvas_answer(canvas, a, b, nil, &error)
        case 5: status = ik_canvas_set_effect(canvas, placement, b, b.count - 1, &error)
        case 6: status = ik_canvas_set_interaction(canvas, placement, b, b.count - 1, &error)
        case 7: status = ik_canvas_add_chain(canvas, b, b.count - 1, &id, &error)
        case 8: status = ik_canvas_remove_chain(canvas, a, &error)
        case 9: status = ik_canvas_use(canvas, a, b.count > 1 ? b : nil, &error)
        case 10: status = ik_canvas_unanswer(canvas, a, nil, &error)
        // Fuzzed ids, or a real pair so that selections that succeed (and later refusals) are reached too.
        case 11:
            status = ik_canvas_select_domains(canvas, b.count > 1 ? a : Array("\(domain),partners".utf8CString), &error)
        case 12:
            status = ik_canvas_move(
                canvas, a.count > 1 ? a : placement, b.count > 1 ? b : Array(domain.utf8CString), field, &error)
        default: status = ik_canvas_place(canvas, a, b, field, nil, nil, &error)
        }
        ik_free(id)
        let after = FuzzChecks.json(canvas)
        if status != 0 {
            if strcmp(current, after) != 0 { abort() }
            ik_free(after)
        } else {
            ik_document_free(FuzzChecks.reopens(after))
            ik_free(current)
            current = after
        }
    }
    let document = FuzzChecks.reopens(current)
    ik_free(current)
    FuzzChecks.evaluates(document)
    ik_document_free(document)
    return 0
}
