import CJansson
import ImpactKit
import ImpactKitABI

// The shared bodies of ik_<type>_from_json / _from_jansson / _to_json / _to_jansson: every document type has the
// same four (docs/design-notes.md, "C ABI"), and only the decoder and the handle differ.

/// ik_<type>_from_json: reads `len` bytes with the host's limits and hands out a new handle.
func readDocument<Value>(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<CChar>?, _ len: Int,
    _ opts: UnsafePointer<ik_options>?, _ error: ErrorOut?,
    decode: (UnsafeRawBufferPointer, Limits) throws -> Value, handle: (Value, HostOptions) -> OpaquePointer
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, "out")
        let options = try HostOptions(opts)
        let value = try decode(try document(json, len), options.limits)
        out.pointee = handle(value, options)
    }
}

/// ik_<type>_from_jansson: the same from a borrowed jansson value.
func readJansson<Value>(
    _ out: UnsafeMutablePointer<OpaquePointer?>?, _ json: UnsafePointer<json_t>?, _ opts: UnsafePointer<ik_options>?,
    _ error: ErrorOut?, decode: (JSONValue) throws -> Value, handle: (Value, HostOptions) -> OpaquePointer
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out, "out")
        let options = try HostOptions(opts)
        guard let json else { throw ImpactKitError(.invalidArgument, "json must not be NULL") }
        out.pointee = handle(try decode(try JanssonBridge.value(from: json, limits: options.limits)), options)
    }
}

/// ik_<type>_to_jansson: the document as a new jansson value for json_decref.
func writeJansson(
    _ out_json: UnsafeMutablePointer<UnsafeMutablePointer<json_t>?>?, _ error: ErrorOut?,
    _ document: () throws -> JSONValue
) -> Int32 {
    boundary(error) {
        let out = try outParameter(out_json, "out_json")
        guard let json = JanssonBridge.jansson(from: try document()) else {
            throw ImpactKitError(.noMemory, "out of memory building the jansson value")
        }
        out.pointee = json
    }
}
