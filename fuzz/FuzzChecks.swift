// Properties every fuzz target checks on a canvas that loaded.
import Glibc
import ImpactKitABI

enum FuzzChecks {
    static func roundTrip(_ canvas: OpaquePointer?) {
        var error = ik_error()
        var first: UnsafeMutablePointer<CChar>?
        guard ik_canvas_to_json(canvas, &first, &error) == 0, let first else { abort() }
        var again: OpaquePointer?
        guard ik_canvas_from_json(&again, first, strlen(first), nil, &error) == 0 else { abort() }
        var second: UnsafeMutablePointer<CChar>?
        guard ik_canvas_to_json(again, &second, &error) == 0, let second else { abort() }
        if strcmp(first, second) != 0 { abort() }
        var report: UnsafeMutablePointer<CChar>?
        var options = ik_options()
        _ = ik_options_init(&options, UInt32(IK_OPTIONS_VERSION))
        guard ik_canvas_evaluate(again, &options, &report, &error) == 0 else { abort() }
        var text: UnsafeMutablePointer<CChar>?
        guard ik_canvas_report_text(again, &options, &text, &error) == 0 else { abort() }
        // The exports take every string of the document: none may trap, and the SVG may hold no raw "<script".
        var svg: UnsafeMutablePointer<CChar>?
        guard ik_canvas_render_svg(again, &options, &svg, &error) == 0, let svg else { abort() }
        if strstr(svg, "<script") != nil { abort() }
        ik_free(svg)
        var csv: UnsafeMutablePointer<CChar>?
        guard ik_canvas_to_csv(again, &options, &csv, &error) == 0 else { abort() }
        ik_free(csv)
        // xAPI statements of any loadable canvas, with every setting on, must be produced and be JSON again.
        let settings = #"{"homepage": "https://lms.example.org", "actor": "members", "attachment": true}"#
        var statements: UnsafeMutablePointer<CChar>?
        guard ik_canvas_to_xapi(again, settings, settings.utf8.count, &options, &statements, &error) == 0, let statements else { abort() }
        var parsed: OpaquePointer?
        guard ik_canvas_from_json(&parsed, statements, strlen(statements), nil, &error) == -3 else { abort() }  // an array: IK_ESCHEMA, not IK_EJSON
        ik_free(statements)
        ik_free(first)
        ik_free(second)
        ik_free(report)
        ik_free(text)
        ik_canvas_free(again)
    }
}
