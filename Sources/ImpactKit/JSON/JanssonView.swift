import CJansson

/// A value of a jansson tree from jansson's own parser, read in place: for the decoders whose input is large and
/// regular (the cohort cache holds a row per group) and for which a `JSONValue` tree would double the work. The
/// parser has checked UTF-8, NUL bytes and the limits. Its reading is JSONNode's (JSONNode.swift), so a refusal
/// reads as ObjectReader's do (and has its Dutch text); here only the cache rows' own helpers.
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
        guard let members = asMembers else { throw ImpactKitError(.schema, "expected an object, found \(typeName)") }
        guard let child = members.value(key) else {
            throw ImpactKitError(.schema, "missing required field \"\(key)\"", path: "/" + key)
        }
        return child
    }

    /// Whether an object has the (optional) member `key`.
    func has(_ key: String) -> Bool {
        asMembers?.value(key) != nil
    }

    /// The items of an array, `count` of them when given.
    func items(count: Int? = nil) throws -> [JanssonView] {
        let items = try arrayValue()
        if let count, items.count != count { throw ImpactKitError(.schema, "a cache row of the wrong shape") }
        return items
    }

    func localizedText() throws -> LocalizedText {
        LocalizedText(nl: try member("nl").stringValue(), en: try member("en").stringValue())
    }
}
