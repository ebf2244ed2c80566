// libFuzzer target (issue 37 item 1, journeys): a sequence of journey edits with arbitrary strings (NUL-separated
// fields; the first byte of a command picks the edit): a moment from two canvases or from the bytes of a field, an
// outcome, an evidence link. Each edit either succeeds or fails; a failed edit leaves the journey exactly
// as it was, and after every edit the journey reopens from its own JSON (an edit the library accepts yields a
// document it accepts). At the end its figures come out in both languages.
import Glibc
import ImpactKitABI

/// Two moments of the example journey's group, cut to three placements and one answer each (a journey of whole
/// canvases is reopened after every edit, and small ones let the fuzzer try more edits).
private let canvases: [OpaquePointer?] = [
    #"{"schema":"impactkit/canvas/1","id":"pzw-bottendaal-week5","title":"Samen gezond in Bottendaal","template":"lim","variant":"standard","moment":{"label":"Week 5","date":"2026-10-02"},"team":[{"name":"Sanne de Vries","role":"student verpleegkunde"},{"name":"Daan Jansen","role":"student fysiotherapie"}],"cards":[],"placements":[{"id":"p1","card":"act.interview-target-group","domain":"target-group","field":"activity","note":"Zes ouderen geïnterviewd over bewegen en eten"},{"id":"p2","card":"act.home-visit","domain":"target-group","field":"activity"},{"id":"p3","card":"res.own-learning","domain":"interprofessional","field":"result"}],"chains":[],"reflections":[{"question":"lim.students.gain","answer":"Kennis uit de praktijk en onderzoek combineren we nog niet; we vragen de wijkverpleegkundige mee te lezen."}]}"#,
    #"{"schema":"impactkit/canvas/1","id":"pzw-bottendaal-end","title":"Samen gezond in Bottendaal","template":"lim","variant":"standard","moment":{"label":"Einde semester","date":"2027-01-22"},"team":[{"name":"Sanne de Vries","role":"student verpleegkunde"},{"name":"Daan Jansen","role":"student fysiotherapie"}],"cards":[],"placements":[{"id":"p1","card":"act.interview-target-group","domain":"target-group","field":"activity","note":"Zes ouderen geïnterviewd over bewegen en eten","interaction":{"mode":"direct"}},{"id":"p2","card":"act.home-visit","domain":"target-group","field":"activity"},{"id":"p3","card":"res.own-learning","domain":"interprofessional","field":"result"}],"chains":[],"reflections":[{"question":"lim.students.gain","answer":"De wijkverpleegkundige las mee; complexiteit blijft lastig: we willen de gemeente eerder betrekken."}]}"#,
].map { text in
    var error = ik_error()
    var document: OpaquePointer?
    guard ik_document_from_json(&document, text, text.utf8.count, nil, &error) == 0 else {
        fputs("FuzzJourneyEdits: a moment does not load (status \(error.code))\n", stderr)
        abort()
    }
    return document
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJourneyEdits(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var error = ik_error()
    var journey: OpaquePointer?
    guard ik_journey_new(&journey, "fuzz", "Fuzz", nil, &error) == 0 else { abort() }
    defer { ik_journey_free(journey) }
    var fields = FuzzChecks.Fields(data, size)
    let outcomes = ["lu1", "lu2"], labels = ["Week 5", "Einde semester"], placements = ["p1", "p2", "p3"]
    let categories: [String?] = ["impact", "process", "reflective", nil]
    // Twelve edits at most: each reopens a journey of whole canvases, and longer runs reach nothing new.
    var edits = 0
    // The journey as it stands, already reopened once: a refused edit leaves it byte for byte, so only an accepted
    // edit needs the (costly) reopening again.
    var current = FuzzChecks.json(journey: journey)
    reopensAsJourney(current)
    defer { ik_free(current) }
    while !fields.isEmpty && edits < 12 {
        edits += 1
        let command = fields.next()
        let selector = command.first.map { Int(UInt8(bitPattern: $0)) } ?? 0
        let a = fields.next(), b = fields.next(), c = fields.next()
        let outcome = a.count > 1 ? a : Array(outcomes[selector % 2].utf8CString)
        let label = b.count > 1 ? b : Array(labels[(selector / 2) % 2].utf8CString)
        var status: Int32 = 0
        switch selector % 5 {
        case 0: status = ik_journey_add_moment(journey, canvases[(selector / 5) % 2], &error)
        case 1:
            // A canvas made of the bytes of a field, as a host would pass one it read.
            var canvas: OpaquePointer?
            guard ik_document_from_json(&canvas, a, a.count - 1, nil, &error) == 0 else { continue }
            status = ik_journey_add_moment(journey, canvas, &error)
            ik_document_free(canvas)
        case 2:
            let category = categories[(selector / 5) % categories.count]
            status =
                category.map { ik_journey_add_outcome(journey, outcome, b, $0, &error) }
                ?? ik_journey_add_outcome(journey, outcome, b, c.count > 1 ? c : nil, &error)
        case 3:
            let placement = c.count > 1 ? c : Array(placements[(selector / 5) % 3].utf8CString)
            status = ik_journey_link_evidence(journey, outcome, label, placement, nil, b, &error)
        default:
            let question = c.count > 1 ? c : Array("lim.students.gain".utf8CString)
            status = ik_journey_link_evidence(journey, outcome, label, nil, question, a, &error)
        }
        let after = FuzzChecks.json(journey: journey)
        if status != 0 {
            if error.code != status || status > 0 || status < -13 { abort() }
            if strcmp(current, after) != 0 { abort() }
            ik_free(after)
        } else {
            reopensAsJourney(after)
            ik_free(current)
            current = after
        }
    }
    let document = FuzzChecks.reopensAsDocument(current)
    FuzzChecks.evaluates(document)
    ik_document_free(document)
    return 0
}

/// The journey's JSON opens again, as a document and as a journey, and writes back identically.
private func reopensAsJourney(_ text: UnsafePointer<CChar>) {
    var error = ik_error()
    let reopened = FuzzChecks.reopensAsDocument(text)
    var check: OpaquePointer?
    guard ik_journey_from_document(&check, reopened, &error) == 0 else { abort() }
    ik_journey_free(check)
    ik_document_free(reopened)
}
