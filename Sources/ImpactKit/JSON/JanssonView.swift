import CJansson

/// A value of a jansson tree from jansson's own parser, read in place: for the decoders whose input is large and
/// regular (the cohort cache holds a row per group) and for which a `JSONValue` tree would double the work. The
/// parser has checked UTF-8, NUL bytes and the limits; every type is checked here with the messages ObjectReader
/// gives, so a refusal reads the same (and has its Dutch text).
struct JanssonView {
    let json: UnsafeMutablePointer<json_t>

    var typeName: String {
        switch json.pointee.type {
        case JSON_NULL: return "null"
        case JSON_TRUE, JSON_FALSE: return "a boolean"
        case JSON_INTEGER: return "an integer"
        case JSON_REAL: return "a number"
        case JSON_STRING: return "a string"
        case JSON_ARRAY: return "an array"
        default: return "an object"
        }
    }

    /// A member of an object.
    func member(_ key: String) throws -> JanssonView {
        guard json.pointee.type == JSON_OBJECT else { throw ImpactKitError(.schema, "expected an object, found \(typeName)") }
        guard let child = json_object_get(json, key) else {
            throw ImpactKitError(.schema, "missing required field \"\(key)\"", path: "/" + key)
        }
        return JanssonView(json: child)
    }

    /// Whether an object has the (optional) member `key`.
    func has(_ key: String) -> Bool {
        json.pointee.type == JSON_OBJECT && json_object_get(json, key) != nil
    }

    func string() throws -> String {
        guard json.pointee.type == JSON_STRING else { throw ImpactKitError(.schema, "expected a string, found \(typeName)") }
        guard let pointer = json_string_value(json) else { return "" }
        // Valid already: jansson's parser refuses invalid UTF-8 and NUL (JSONParser.withTree).
        return String(decoding: UnsafeRawBufferPointer(start: pointer, count: json_string_length(json)).bindMemory(to: UInt8.self),
                      as: UTF8.self)
    }

    func wholeNumber(in range: ClosedRange<Int>) throws -> Int {
        guard json.pointee.type == JSON_INTEGER else { throw ImpactKitError(.schema, "expected an integer, found \(typeName)") }
        let value = json_integer_value(json)
        guard value >= Int64(range.lowerBound), value <= Int64(range.upperBound) else {
            throw ImpactKitError(.range, "\(value) is outside \(range.lowerBound)…\(range.upperBound)")
        }
        return Int(value)
    }

    /// The items of an array, `count` of them when given.
    func items(count: Int? = nil) throws -> [JanssonView] {
        guard json.pointee.type == JSON_ARRAY else { throw ImpactKitError(.schema, "expected an array, found \(typeName)") }
        let size = json_array_size(json)
        if let count, size != count { throw ImpactKitError(.schema, "a cache row of the wrong shape") }
        return (0..<size).compactMap { json_array_get(json, $0).map(JanssonView.init) }
    }

    func localizedText() throws -> LocalizedText {
        LocalizedText(nl: try member("nl").string(), en: try member("en").string())
    }
}
