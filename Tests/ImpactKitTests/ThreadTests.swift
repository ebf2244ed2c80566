import CJansson
import Glibc
import ImpactKitABI
import Testing
@testable import ImpactKit
import ImpactKitC

/// Eight threads, each with its own handles, load / edit / evaluate / export through the C ABI in a loop.
/// Run under ThreadSanitizer by `make tsan` (part of `make test`).
@Suite("Threads")
struct ThreadTests {
    final class Work: @unchecked Sendable {
        let document: [CChar]
        var failures = [Int32](repeating: 0, count: 8)
        init(_ text: String) { document = Array(text.utf8CString) }
    }

    static func run(_ work: Work, _ index: Int) {
        for _ in 0..<40 {
            // Open as a document, edit through a canvas handle, report and export through a document again.
            var opened: OpaquePointer?
            var error = ik_error()
            let loaded = work.document.withUnsafeBufferPointer {
                ik_document_from_json(&opened, $0.baseAddress, $0.count - 1, nil, &error)
            }
            guard loaded == 0 else { work.failures[index] += 1; continue }
            var canvas: OpaquePointer?
            if ik_canvas_from_document(&canvas, opened, &error) != 0 { work.failures[index] += 1 }
            ik_document_free(opened)
            if ik_canvas_place(canvas, "res.advice-report", "complexity", "result", nil, nil, &error) != 0 {
                work.failures[index] += 1
            }
            var document: OpaquePointer?
            if ik_canvas_to_document(&document, canvas, &error) != 0 { work.failures[index] += 1 }
            var options = ik_report_options()
            _ = ik_report_options_init(&options, UInt32(IK_REPORT_OPTIONS_VERSION))
            var report: UnsafeMutablePointer<CChar>?
            var json: UnsafeMutablePointer<CChar>?
            var tree: UnsafeMutablePointer<json_t>?
            if ik_document_evaluate(document, &options, &report, &error) != 0 { work.failures[index] += 1 }
            if ik_document_to_json(document, &json, &error) != 0 { work.failures[index] += 1 }
            if ik_document_to_jansson(document, &tree, &error) != 0 { work.failures[index] += 1 }
            if let report, strstr(report, "\"cards\": 13") == nil { work.failures[index] += 1 }
            ik_free(report)
            ik_free(json)
            if let tree { json_decref_shim(tree) }
            ik_document_free(document)
            ik_canvas_free(canvas)
        }
    }

    @Test func eightThreadsWithTheirOwnHandles() throws {
        let text = try #require(readFile("\(repositoryRoot)/examples/data/pzw-bottendaal-week5.json"))
        let work = Work(text)
        var threads: [pthread_t] = []
        final class Box { let work: Work; let index: Int; init(_ w: Work, _ i: Int) { work = w; index = i } }
        for index in 0..<8 {
            var thread = pthread_t()
            let box = Unmanaged.passRetained(Box(work, index)).toOpaque()
            let created = pthread_create(
                &thread, nil,
                { raw in
                    let box = Unmanaged<Box>.fromOpaque(raw!).takeRetainedValue()
                    ThreadTests.run(box.work, box.index)
                    return nil
                }, box)
            #expect(created == 0)
            threads.append(thread)
        }
        for thread in threads { pthread_join(thread, nil) }
        #expect(work.failures == [Int32](repeating: 0, count: 8))
    }

    /// The library's own worker threads (ik_cohort_add_directory_jobs): a folder read on 4 threads, with a cache
    /// and a progress callback, reports what one thread does, and ThreadSanitizer sees no race in the batch slots.
    @Test func aFolderOnTheLibrarysWorkerThreads() throws {
        func report(jobs: UInt32) -> (String, Int) {
            final class Seen { var calls = 0 }
            let seen = Seen()
            var cohort: OpaquePointer?
            var error = ik_error()
            #expect(ik_cohort_new(&cohort, nil, nil, &error) == 0)
            #expect(ik_cohort_use_cache(cohort, nil, 0, &error) == 0)
            var added = 0
            let status = ik_cohort_add_directory_jobs(
                cohort, "\(repositoryRoot)/Tests/data/cohort", jobs,
                { context, _, _ in Unmanaged<Seen>.fromOpaque(context!).takeUnretainedValue().calls += 1 },
                Unmanaged.passUnretained(seen).toOpaque(), &added, nil, &error)
            #expect(status == 0 && added == 4)
            var text: UnsafeMutablePointer<CChar>?
            #expect(ik_cohort_evaluate(cohort, nil, &text, &error) == 0)
            defer { ik_free(text) }
            ik_cohort_free(cohort)
            return (text.map { String(cString: $0) } ?? "", seen.calls)
        }
        let one = report(jobs: 1)
        for _ in 0..<10 {
            let four = report(jobs: 4)
            #expect(four.0 == one.0 && four.1 == 5)
        }
        #expect(one.0.contains("\"groups\": 4"))
    }
}
