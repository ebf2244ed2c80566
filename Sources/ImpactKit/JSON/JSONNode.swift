import CJansson

/// A JSON value as a decoder reads it: a `JSONValue` in memory, or a value of the tree jansson's parser built, read
/// in place (`JanssonView`). The document decoders are written once against this protocol, so a document read from
/// text goes from jansson's tree straight into the model, with no `JSONValue` tree in between (converting
/// that tree and freeing it was an eighth of a load), while documents built in memory decode exactly the same way.
protocol JSONNode: SendableMetatype {
    associatedtype Members: JSONMembers where Members.Node == Self

    /// The JSON type name used in error messages ("expected a string, found an array").
    var typeName: String { get }
    /// Whether a string may hold U+0000: a Swift-made `JSONValue` may, jansson's parse never does (it refuses
    /// "\u0000"), so reading a document does not scan its strings again.
    static var stringsMayHoldNUL: Bool { get }
    var isNull: Bool { get }
    var asString: String? { get }
    var asBool: Bool? { get }
    /// A JSON integer (not a number with a fraction or exponent).
    var asInteger: Int64? { get }
    /// A JSON number with a fraction or exponent.
    var asReal: Double? { get }
    var asItems: [Self]? { get }
    var asMembers: Members? { get }
    /// The value as a `JSONValue`: for members kept unknown and the few parts held as JSON (inline templates).
    func jsonValue() throws -> JSONValue
}

/// The members of a JSON object, by key.
protocol JSONMembers {
    associatedtype Node: JSONNode
    var count: Int { get }
    func value(_ key: String) -> Node?
    /// The members whose keys are not in `known`, in document order, as `JSONValue`s.
    func remaining(excluding known: TakenKeys) -> JSONObject
}

/// Public: what a Swift app reads a report with, beside the subscripts in JSONValueReading.swift.
extension JSONValue: JSONNode {
    static var stringsMayHoldNUL: Bool { true }
    public var isNull: Bool { self == .null }
    public var asString: String? { if case .string(let text) = self { return text } else { return nil } }
    public var asBool: Bool? { if case .bool(let flag) = self { return flag } else { return nil } }
    /// A JSON integer (not a number with a fraction or exponent).
    public var asInteger: Int64? { if case .int(let number) = self { return number } else { return nil } }
    /// A JSON number with a fraction or exponent.
    public var asReal: Double? { if case .double(let number) = self { return number } else { return nil } }
    public var asItems: [JSONValue]? { if case .array(let items) = self { return items } else { return nil } }
    public var asMembers: JSONObject? { if case .object(let object) = self { return object } else { return nil } }
    func jsonValue() -> JSONValue { self }
}

extension JSONObject: JSONMembers {
    func value(_ key: String) -> JSONValue? {
        members.first(where: { $0.key == key })?.value
    }

    func remaining(excluding known: TakenKeys) -> JSONObject {
        JSONObject(members.filter { !known.contains($0.key) })
    }
}

/// A value of jansson's own parse, read in place; valid while the tree lives (`JSONParser.withTree`). Its strings
/// were checked by the parser and the prescan (UTF-8, NUL, limits), so they are taken as they are.
extension JanssonView: JSONNode {
    static var stringsMayHoldNUL: Bool { false }
    var isNull: Bool { json.pointee.type == JSON_NULL }

    var asString: String? {
        guard json.pointee.type == JSON_STRING else { return nil }
        return Self.text(json_string_value(json), json_string_length(json))
    }

    var asBool: Bool? {
        switch json.pointee.type {
        case JSON_TRUE: return true
        case JSON_FALSE: return false
        default: return nil
        }
    }

    var asInteger: Int64? { json.pointee.type == JSON_INTEGER ? Int64(json_integer_value(json)) : nil }
    var asReal: Double? { json.pointee.type == JSON_REAL ? json_real_value(json) : nil }

    var asItems: [JanssonView]? {
        guard json.pointee.type == JSON_ARRAY else { return nil }
        let size = json_array_size(json)
        var items: [JanssonView] = []
        items.reserveCapacity(size)
        for index in 0..<size {
            if let item = json_array_get(json, index) { items.append(JanssonView(json: item)) }
        }
        return items
    }

    var asMembers: JanssonMembers? { json.pointee.type == JSON_OBJECT ? JanssonMembers(json: json) : nil }

    func jsonValue() throws -> JSONValue {
        try JanssonBridge.value(from: json, limits: .ceiling, depth: 0, parsed: true)
    }

    static func text(_ pointer: UnsafePointer<CChar>?, _ length: Int) -> String {
        guard let pointer else { return "" }
        return String(
            decoding: UnsafeRawBufferPointer(start: pointer, count: length).bindMemory(to: UInt8.self), as: UTF8.self)
    }
}

struct JanssonMembers: JSONMembers {
    let json: UnsafeMutablePointer<json_t>

    var count: Int { json_object_size(json) }

    func value(_ key: String) -> JanssonView? {
        // The key's own bytes and length: passing the String itself made a heap C copy per look-up.
        var key = key
        return key.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { json_object_getn(json, $0.baseAddress, $0.count) }
        }.map(JanssonView.init)
    }

    func remaining(excluding known: TakenKeys) -> JSONObject {
        var object = JSONObject()
        var iter = json_object_iter(json)
        while let current = iter {
            guard let keyPointer = json_object_iter_key(current), let child = json_object_iter_value(current) else {
                break
            }
            let key = JanssonView.text(keyPointer, json_object_iter_key_len(current))
            if !known.contains(key) {
                // Cannot fail: the prescan checked this tree under the caller's limits, and the conversion's own
                // limits are wider (Limits.ceiling).
                object.append(key, (try? JanssonView(json: child).jsonValue()) ?? .null)
            }
            iter = json_object_iter_next(json, current)
        }
        return object
    }
}
