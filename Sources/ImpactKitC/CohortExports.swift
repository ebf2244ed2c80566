#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import ImpactKit
import ImpactKitABI

// ik_cohort_*: translate arguments, call the core, translate results.

@c @implementation
public func ik_cohort_thresholds_init(
    _ thresholds: UnsafeMutablePointer<ik_cohort_thresholds>?, _ version: UInt32
)
    -> Int32
{
    guard let thresholds else { return ErrorCode.invalidArgument.rawValue }
    guard version == UInt32(IK_COHORT_THRESHOLDS_VERSION) else { return ErrorCode.range.rawValue }
    let defaults = CohortThresholds.default
    thresholds.pointee = ik_cohort_thresholds(
        version: version,
        max_empty_domains: Int32(clamping: defaults.maxEmptyDomains),
        min_result_cards: Int32(clamping: defaults.minResultCards),
        results_expected_from_moment: Int32(clamping: defaults.resultsExpectedFromMoment),
        min_cards_added: Int32(clamping: defaults.minCardsAdded))
    return 0
}

@c @implementation
public func ik_cohort_new(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ thresholds: UnsafePointer<ik_cohort_thresholds>?,
    _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, "out")
        let options = try HostOptions(opts)
        var settings = CohortThresholds.default
        if let given = thresholds?.pointee {
            guard given.version == UInt32(IK_COHORT_THRESHOLDS_VERSION) else {
                throw ImpactKitError(
                    .range,
                    "ik_cohort_thresholds.version is \(given.version); initialise with IK_COHORT_THRESHOLDS_INIT")
            }
            settings = CohortThresholds(
                maxEmptyDomains: Int(given.max_empty_domains), minResultCards: Int(given.min_result_cards),
                resultsExpectedFromMoment: Int(given.results_expected_from_moment),
                minCardsAdded: Int(given.min_cards_added))
        }
        out.pointee = cohortHandle(try Cohort(thresholds: settings), options: options)
    }
}

@c @implementation
public func ik_cohort_add_json(
    _ cohort: OpaquePointer?, _ source: UnsafePointer<CChar>?, _ json: UnsafePointer<CChar>?, _ len: Int,
    _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let box = try cohortBox(cohort)
        // Every document given is counted or listed under "skipped", always: a label that is not valid UTF-8 (a
        // Latin-1 file name) or too long is listed under a readable form of itself, with the reason.
        let number = "#\(box.value.groups + box.value.skipped.count + 1)"
        let label: String
        do {
            label = try optionalArgument(source, "source", limit: 4096) ?? number
        } catch let failure as ImpactKitError {
            box.value.skip(source: readableLabel(source, fallback: number), error: failure)
            throw failure
        }
        let bytes: UnsafeRawBufferPointer
        do {
            bytes = try document(json, len)
        } catch let failure as ImpactKitError {
            box.value.skip(source: label, error: failure)
            throw failure
        }
        if box.cache != nil {
            try box.value.add(json: bytes, source: label, limits: box.options.limits, cache: &box.cache!)
        } else {
            try box.value.add(json: bytes, source: label, limits: box.options.limits)
        }
    }
}

@c @implementation
public func ik_cohort_add_directory(
    _ cohort: OpaquePointer?, _ path: UnsafePointer<CChar>?, _ out_added: UnsafeMutablePointer<Int>?,
    _ out_skipped: OutString?, _ error: ErrorOut?
) -> Int32 {
    addDirectory(cohort, path, jobs: 1, progress: nil, context: nil, out_added, out_skipped, error)
}

@c @implementation
public func ik_cohort_add_directory_jobs(
    _ cohort: OpaquePointer?, _ path: UnsafePointer<CChar>?, _ jobs: UInt32, _ progress: ik_progress_fn?,
    _ context: UnsafeMutableRawPointer?, _ out_added: UnsafeMutablePointer<Int>?, _ out_skipped: OutString?,
    _ error: ErrorOut?
) -> Int32 {
    addDirectory(cohort, path, jobs: jobs, progress: progress, context: context, out_added, out_skipped, error)
}

private func addDirectory(
    _ cohort: OpaquePointer?, _ path: UnsafePointer<CChar>?, jobs: UInt32, progress: ik_progress_fn?,
    context: UnsafeMutableRawPointer?, _ out_added: UnsafeMutablePointer<Int>?, _ out_skipped: OutString?,
    _ error: ErrorOut?
) -> Int32 {
    var freeAfter: OpaquePointer?
    defer { if let freeAfter { ik_cohort_free(freeAfter) } }
    return boundary(error) {
        out_added?.pointee = 0
        out_skipped?.pointee = nil
        let box = try cohortBox(cohort)
        let folder = try pathArgument(path)
        guard jobs <= 256 else {
            throw ImpactKitError(.range, "jobs must be 0 (one per processor) to 256, got \(jobs)")
        }
        let report = progress.map { callback in { (done: Int, total: Int) in callback(context, done, total) } }
        box.busy = true
        let result: (added: Int, skipped: [(source: String, error: ImpactKitError)])
        do {
            defer {
                box.busy = false
                if box.freeWhenIdle { freeAfter = cohort }
            }
            result = try box.value.add(
                folder: folder, limits: box.options.limits, cache: &box.cache,
                jobs: jobs == 0 ? WorkerThreads.processors : Int(jobs), progress: report)
        }
        out_added?.pointee = result.added
        guard let out_skipped else { return }
        out_skipped.pointee = try cString(
            json: .array(
                result.skipped.map { entry in
                    var item = JSONObject()
                    item.append("source", .string(entry.source))
                    item.append("code", .int(Int64(entry.error.code.rawValue)))
                    item.append("symbol", .string(entry.error.code.symbol))
                    item.append("message", .string(entry.error.message))
                    item.append("path", .string(entry.error.path))
                    return .object(item)
                }))
    }
}

@c @implementation
public func ik_cohort_use_cache(
    _ cohort: OpaquePointer?, _ cache_json: UnsafePointer<CChar>?, _ len: Int, _ error: ErrorOut?
)
    -> Int32
{
    boundary(error) {
        let box = try cohortBox(cohort)
        guard cache_json != nil || len != 0 else {
            box.cache = CohortCache(limits: box.options.limits, key: box.cacheKey)
            return
        }
        let cache = CohortCache(
            json: try document(cache_json, len, "cache_json"), limits: box.options.limits, key: box.cacheKey)
        if let refusal = cache.refusal {
            throw ImpactKitError(
                refusal.code, "cache not used: \(refusal.message)", line: refusal.line, column: refusal.column)
        }
        box.cache = cache
    }
}

@c @implementation
public func ik_cohort_set_cache_key(
    _ cohort: OpaquePointer?, _ key: UnsafeRawPointer?, _ key_len: Int, _ error: ErrorOut?
) -> Int32 {
    boundary(error) {
        let box = try cohortBox(cohort)
        guard box.cache == nil else {
            throw ImpactKitError(.invalidArgument, "set the cache key before ik_cohort_use_cache")
        }
        if key == nil, key_len == 0 {
            box.cacheKey = nil
            return
        }
        let bytes = try document(key.map { $0.assumingMemoryBound(to: CChar.self) }, key_len, "key")
        guard bytes.count >= CohortCache.minimumKeyBytes else {
            throw ImpactKitError(
                .invalidArgument, "a cache key has at least \(CohortCache.minimumKeyBytes) bytes (got \(bytes.count))")
        }
        box.cacheKey = Array(bytes)
    }
}

@c @implementation
public func ik_cohort_cache_json(_ cohort: OpaquePointer?, _ out_json: OutString?, _ error: ErrorOut?) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        let box = try cohortBox(cohort)
        guard let cache = box.cache else {
            throw ImpactKitError(.invalidArgument, "this cohort has no cache: call ik_cohort_use_cache first")
        }
        out.pointee = try cString(cache.json)
    }
}

/// The body the cohort's four report verbs share: the settings over the cohort's open options, then `make`.
private func cohortText(
    _ cohort: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out: OutString?, _ name: String,
    _ error: ErrorOut?, _ make: (Cohort, Language) throws -> String
) -> Int32 {
    cohortOutput(cohort, ropts, out, name, error) { try cString(try make($0, $1)) }
}

/// The same body for a result that leaves in the writer's own buffer.
private func cohortOutput(
    _ cohort: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out: OutString?, _ name: String,
    _ error: ErrorOut?, _ make: (Cohort, Language) throws -> UnsafeMutablePointer<CChar>
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, name)
        let box = try cohortBox(cohort)
        out.pointee = try make(box.value, try ReportOptions.settings(ropts, defaults: box.options).language)
    }
}

@c @implementation
public func ik_cohort_evaluate(
    _ cohort: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out_report: OutString?, _ error: ErrorOut?
) -> Int32 {
    cohortOutput(cohort, ropts, out_report, "out_report", error) { try cString($0.reportOutput(language: $1)) }
}

@c @implementation
public func ik_cohort_report_text(
    _ cohort: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out_text: OutString?, _ error: ErrorOut?
) -> Int32 {
    cohortText(cohort, ropts, out_text, "out_text", error) { $0.reportText(language: $1) }
}

@c @implementation
public func ik_cohort_render_svg(
    _ cohort: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out_svg: OutString?, _ error: ErrorOut?
) -> Int32 {
    cohortText(cohort, ropts, out_svg, "out_svg", error) { $0.heatMapSVG(language: $1) }
}

@c @implementation
public func ik_cohort_to_csv(
    _ cohort: OpaquePointer?, _ ropts: UnsafePointer<ik_report_options>?, _ out_csv: OutString?, _ error: ErrorOut?
) -> Int32 {
    cohortText(cohort, ropts, out_csv, "out_csv", error) { $0.heatMapCSV(language: $1).text }
}

@c @implementation
public func ik_cohort_free(_ cohort: OpaquePointer?) {
    // Freed from a progress callback: the call working on it frees it when it returns.
    if let box = try? idleOrBusyCohortBox(cohort), box.busy {
        box.freeWhenIdle = true
        return
    }
    freeHandle(cohort, magic: HandleMagic.cohort)
}

/// A label for the report from bytes that are not a valid argument: invalid UTF-8 replaced (U+FFFD), cut to 200
/// bytes' worth with "…", or the document's number when there are no bytes.
private func readableLabel(_ pointer: UnsafePointer<CChar>?, fallback: String) -> String {
    guard let pointer else { return fallback }
    let length = strnlen(pointer, 4097)
    let bytes = UnsafeBufferPointer(
        start: UnsafeRawPointer(pointer).assumingMemoryBound(to: UInt8.self), count: min(length, 200))
    let text = String(decoding: bytes, as: UTF8.self)
    return length > 200 ? text + "…" : text
}
