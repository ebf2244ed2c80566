// libFuzzer target (issue 37, the 1.1 entry points): three documents from the bytes (split at NUL bytes) as base,
// ours and theirs, merged as canvases and as journeys, compared, and their revisions taken. Properties: a document
// that loads has a revision; a merge answers OK with a document and a report, or a refusal with nothing handed out;
// a merged document reopens from its own JSON identically, and merging theirs into ours gives the same document as
// ours into theirs (the header's promise: the result does not depend on which side is "ours").
import CJansson
import Glibc
import ImpactKitABI

/// The report language as a C string that outlives the options holding it.
private let language = UnsafePointer(strdup("en")!)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMerge(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var parts: [[CChar]] = [[]]
    for index in 0..<size {
        if data[index] == 0 && parts.count < 3 {
            parts.append([])
        } else {
            parts[parts.count - 1].append(CChar(bitPattern: data[index]))
        }
    }
    while parts.count < 3 { parts.append(parts[parts.count - 1]) }
    var error = ik_error()
    var documents: [OpaquePointer?] = []
    defer { documents.forEach { ik_document_free($0) } }
    for part in parts {
        var document: OpaquePointer?
        let status = part.withUnsafeBufferPointer {
            ik_document_from_json(&document, $0.baseAddress, $0.count, nil, &error)
        }
        guard status == 0 else {
            if document != nil || error.code != status { abort() }
            return 0
        }
        var revision: UnsafeMutablePointer<CChar>?
        guard ik_document_revision(document, &revision, &error) == 0, revision != nil else { abort() }
        ik_free(revision)
        documents.append(document)
    }
    let (base, ours, theirs) = (documents[0], documents[1], documents[2])
    var options = ik_report_options(
        version: 1, lang: language, as_of: nil, dimensions: nil, xapi_settings: nil, xapi_settings_len: 0)
    typealias Merge = (
        UnsafeMutablePointer<OpaquePointer?>?, OpaquePointer?, OpaquePointer?, OpaquePointer?,
        UnsafePointer<ik_report_options>?, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
        UnsafeMutablePointer<ik_error>?
    ) -> Int32
    for merge in [ik_canvas_merge as Merge, ik_journey_merge as Merge] {
        var merged: OpaquePointer?
        var report: UnsafeMutablePointer<CChar>?
        let status = merge(&merged, base, ours, theirs, &options, &report, &error)
        guard status == 0 else {
            if merged != nil || report != nil || error.code != status || status > 0 || status < -12 { abort() }
            continue
        }
        guard let merged, let report, FuzzChecks.isJSON(report) else { abort() }
        ik_free(report)
        let text = FuzzChecks.documentJSON(merged)
        ik_document_free(FuzzChecks.reopensAsDocument(text))
        // The other order gives the same document.
        var swapped: OpaquePointer?
        guard merge(&swapped, base, theirs, ours, &options, nil, &error) == 0 else { abort() }
        let other = FuzzChecks.documentJSON(swapped)
        if strcmp(text, other) != 0 { abort() }
        ik_free(other)
        ik_free(text)
        ik_document_free(swapped)
        ik_document_free(merged)
    }
    var comparison: UnsafeMutablePointer<CChar>?
    let compared = ik_document_compare(ours, theirs, &options, &comparison, &error)
    if compared == 0 {
        guard let comparison, FuzzChecks.isJSON(comparison) else { abort() }
        ik_free(comparison)
    } else if comparison != nil || error.code != compared {
        abort()
    }
    return 0
}
