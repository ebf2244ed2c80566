// libFuzzer target (issue 37 item 6): any bytes as a cohort cache, with and without a host key (the first byte
// chooses). Properties: ik_cohort_use_cache answers OK or a refusal whose code is the status; whatever it answered,
// the report of the same documents is byte for byte the report without a cache (a cache can save reading, never
// change a figure); and a cache the library wrote is taken again.
import Glibc
import ImpactKitABI

private let key = Array("a host's secret of 32 bytes....!".utf8)

/// Two small groups' canvases, made once through the API.
private let groups: [String] = (1...2).map { number in
    var error = ik_error()
    var canvas: OpaquePointer?
    guard ik_canvas_new(&canvas, "group-\(number)", nil, 0, nil, &error) == 0 else { abort() }
    defer { ik_canvas_free(canvas) }
    for (card, domain, field) in [
        ("act.workshop", "partners", "activity"), ("res.report", "knowledge", "result"),
    ].prefix(number) {
        guard ik_canvas_place(canvas, card, domain, field, nil, nil, &error) == 0 else { abort() }
    }
    let text = FuzzChecks.json(canvas)
    defer { ik_free(text) }
    return String(cString: text)
}

/// The cohort report of the groups, through a cohort given `cache` (nil: none) and, when `keyed`, the key.
private func report(cache: UnsafeRawBufferPointer?, keyed: Bool, written: inout String?) -> (Int32, String) {
    var error = ik_error()
    var cohort: OpaquePointer?
    guard ik_cohort_new(&cohort, nil, nil, &error) == 0 else { abort() }
    defer { ik_cohort_free(cohort) }
    if keyed, ik_cohort_set_cache_key(cohort, key, key.count, &error) != 0 { abort() }
    var used: Int32 = 0
    if let cache {
        used = ik_cohort_use_cache(cohort, cache.baseAddress?.assumingMemoryBound(to: CChar.self), cache.count, &error)
        if used != 0 && (error.code != used || used > 0 || used < -13) { abort() }
    }
    for (index, group) in groups.enumerated() {
        guard ik_cohort_add_json(cohort, "g\(index + 1).json", group, group.utf8.count, &error) == 0 else { abort() }
    }
    var out: UnsafeMutablePointer<CChar>?
    guard ik_cohort_evaluate(cohort, nil, &out, &error) == 0, let out else { abort() }
    defer { ik_free(out) }
    if used == 0 && cache != nil {
        var json: UnsafeMutablePointer<CChar>?
        guard ik_cohort_cache_json(cohort, &json, &error) == 0, let json else { abort() }
        written = String(cString: json)
        ik_free(json)
    }
    return (used, String(cString: out))
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCohortCache(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard size > 0 else { return 0 }
    let keyed = data[0] & 1 == 1
    var unused: String?
    let plain = report(cache: nil, keyed: false, written: &unused).1
    var written: String?
    let (used, cached) = report(
        cache: UnsafeRawBufferPointer(start: data + 1, count: size - 1), keyed: keyed, written: &written)
    if cached != plain { abort() }
    // The cache this run wrote is taken by the next one, which reports the same.
    if used == 0, let written {
        var again: String?
        let bytes = Array(written.utf8)
        let (reused, second) = bytes.withUnsafeBytes { report(cache: $0, keyed: keyed, written: &again) }
        if reused != 0 || second != plain { abort() }
    }
    return 0
}
