/// Where a document writes itself, member by member: JSON text straight away (`JSONTextSink`, what `ik_*_to_json`
/// hands out, in the very buffer the caller receives) or a `JSONValue` tree (`JSONTreeSink`, for the Swift API and the exports built on it). A document's
/// writing code exists once; the text it gives is byte for byte what `JSONWriter` gives for its tree (tested), but
/// without building and freeing that tree first ("one fast writer").
protocol JSONSink: ~Copyable {
    mutating func beginObject()
    mutating func endObject()
    mutating func beginArray()
    mutating func endArray()
    /// The key of the next member of the object being written.
    mutating func key(_ key: String)
    mutating func string(_ text: String)
    mutating func int(_ number: Int64)
    /// A finite double in its shortest round-trip form; not finite is written as null.
    mutating func double(_ number: Double)
    mutating func bool(_ flag: Bool)
    mutating func null()
    /// Any value already held as JSON: unknown members kept from reading, inline templates.
    mutating func value(_ value: JSONValue)
}

extension JSONSink where Self: ~Copyable {
    mutating func member(_ key: String, _ text: String) {
        self.key(key)
        string(text)
    }

    mutating func member(_ key: String, _ number: Int) {
        self.key(key)
        int(Int64(number))
    }

    mutating func member(_ key: String, _ number: Double) {
        self.key(key)
        double(number)
    }

    mutating func member(_ key: String, _ flag: Bool) {
        self.key(key)
        bool(flag)
    }

    /// The text, or null when there is none.
    mutating func member(_ key: String, orNull text: String?) {
        self.key(key)
        if let text { string(text) } else { null() }
    }

    /// An array of strings.
    mutating func member<Texts: Sequence<String>>(_ key: String, strings texts: Texts) {
        self.key(key)
        beginArray()
        for text in texts { string(text) }
        endArray()
    }

    /// An object member written by `body`.
    mutating func member(_ key: String, object body: (inout Self) -> Void) {
        self.key(key)
        object(body)
    }

    mutating func member(_ key: String, ifPresent text: String?) {
        if let text { member(key, text) }
    }

    mutating func member(_ key: String, _ value: JSONValue) {
        self.key(key)
        self.value(value)
    }

    mutating func object(_ body: (inout Self) -> Void) {
        beginObject()
        body(&self)
        endObject()
    }

    /// An array of `items`, each written by `body`.
    mutating func member<Items: Sequence>(
        _ key: String, array items: Items, _ body: (inout Self, Items.Element) -> Void
    ) {
        self.key(key)
        beginArray()
        for item in items { body(&self, item) }
        endArray()
    }

    /// The members kept unknown, after the known ones, in the order they were read.
    mutating func members(_ unknown: JSONObject) {
        for member in unknown.members { self.member(member.key, member.value) }
    }
}

/// JSON text in JSONWriter's layout: two-space indentation (or none), `{}` and `[]` when empty.
struct JSONTextSink: JSONSink, ~Copyable {
    private var bytes: OutputBytes
    private let pretty: Bool
    /// Per open container: whether nothing has been written in it yet.
    private var empty: [Bool] = []
    /// After a key, the value follows on the same line.
    private var afterKey = false

    init(pretty: Bool = true, capacity: Int = 4096) {
        self.pretty = pretty
        bytes = OutputBytes(capacity: capacity)
    }

    /// Comma, newline and indentation before a value (or a key) in the open container.
    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        guard let last = empty.indices.last else { return }
        if empty[last] { empty[last] = false } else { bytes.append(UInt8(ascii: ",")) }
        JSONWriter.newline(into: &bytes, pretty: pretty, indent: empty.count)
    }

    private mutating func close(_ byte: UInt8) {
        let wasEmpty = empty.removeLast()
        if !wasEmpty { JSONWriter.newline(into: &bytes, pretty: pretty, indent: empty.count) }
        bytes.append(byte)
    }

    mutating func beginObject() {
        separate()
        bytes.append(UInt8(ascii: "{"))
        empty.append(true)
    }

    mutating func endObject() { close(UInt8(ascii: "}")) }

    mutating func beginArray() {
        separate()
        bytes.append(UInt8(ascii: "["))
        empty.append(true)
    }

    mutating func endArray() { close(UInt8(ascii: "]")) }

    mutating func key(_ key: String) {
        separate()
        JSONWriter.writeString(key, into: &bytes)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    /// A key already written as JSON text with its colon (`"name":`): a writer of many rows with the same columns
    /// escapes each column name once, not once a row. Compact output only (no space after the colon).
    mutating func encodedKey(_ text: [UInt8]) {
        separate()
        text.withUnsafeBufferPointer { bytes.append(contentsOf: $0) }
        afterKey = true
    }

    mutating func string(_ text: String) {
        separate()
        JSONWriter.writeString(text, into: &bytes)
    }

    mutating func int(_ number: Int64) {
        separate()
        JSONWriter.writeInt(number, into: &bytes)
    }

    mutating func double(_ number: Double) {
        separate()
        JSONWriter.writeDouble(number, into: &bytes)
    }

    mutating func bool(_ flag: Bool) {
        separate()
        JSONWriter.writeBool(flag, into: &bytes)
    }

    mutating func null() {
        separate()
        bytes.append("null")
    }

    mutating func value(_ value: JSONValue) {
        separate()
        JSONWriter.write(value, into: &bytes, pretty: pretty, indent: empty.count)
    }

    /// Ends a line at the root, between the values of NDJSON.
    mutating func lineBreak() { bytes.append(UInt8(ascii: "\n")) }

    /// The finished text, with JSONWriter's final newline when pretty.
    consuming func finish() -> OutputBytes {
        if pretty { bytes.append(UInt8(ascii: "\n")) }
        return bytes
    }
}

/// A `JSONValue` tree, built from the same calls.
struct JSONTreeSink: JSONSink {
    /// An open container and the key it will have in its parent (nil in an array or at the root). A struct
    /// changed in place through `open[last]`: an enum case popped, extended and pushed back copied its whole
    /// array on every element (the pop's copy was still alive), so a tree of n placements took O(n²) — 0.9 s for
    /// a merge of 8 000 cards.
    private struct Open {
        var isObject: Bool
        var object = JSONObject()
        var items: [JSONValue] = []
        var key: String?
    }

    private var open: [Open] = []
    private var pendingKey: String?
    private(set) var result: JSONValue = .null

    private mutating func add(_ value: JSONValue) {
        guard !open.isEmpty else {
            result = value
            return
        }
        let last = open.count - 1
        if open[last].isObject {
            open[last].object.append(pendingKey ?? "", value)
            pendingKey = nil
        } else {
            open[last].items.append(value)
        }
    }

    mutating func beginObject() {
        open.append(Open(isObject: true, key: pendingKey))
        pendingKey = nil
    }

    mutating func endObject() {
        guard let last = open.popLast(), last.isObject else { return }
        pendingKey = last.key
        add(.object(last.object))
    }

    mutating func beginArray() {
        open.append(Open(isObject: false, key: pendingKey))
        pendingKey = nil
    }

    mutating func endArray() {
        guard let last = open.popLast(), !last.isObject else { return }
        pendingKey = last.key
        add(.array(last.items))
    }

    mutating func key(_ key: String) { pendingKey = key }
    mutating func string(_ text: String) { add(.string(text)) }
    mutating func int(_ number: Int64) { add(.int(number)) }
    mutating func double(_ number: Double) { add(.double(number)) }
    mutating func bool(_ flag: Bool) { add(.bool(flag)) }
    mutating func null() { add(.null) }
    mutating func value(_ value: JSONValue) { add(value) }
}

/// A value that writes itself to a sink; `jsonValue` and the text both come from `write(to:)`.
///
/// `sinkTree` and `sinkOutput` are requirements (with the defaults below) rather than extension methods so that
/// each conforming type's witness is the default specialised for that type: called through `any
/// JSONSinkWritable`, an extension method would run `write(to:)` unspecialised, looking generic metadata up by
/// mangled name on every closure (measured: a tenth of a large canvas's evaluate).
protocol JSONSinkWritable {
    func write<Sink: JSONSink & ~Copyable>(to sink: inout Sink)
    var sinkTree: JSONValue { get }
    func sinkOutput(pretty: Bool) -> OutputBytes
}

extension JSONSinkWritable {
    /// The value as a tree, from the same writing code as its text.
    var sinkTree: JSONValue {
        var sink = JSONTreeSink()
        write(to: &sink)
        return sink.result
    }

    /// The value as JSON text, written straight from the model into the buffer a C caller receives.
    func sinkOutput(pretty: Bool = true) -> OutputBytes {
        var sink = JSONTextSink(pretty: pretty)
        write(to: &sink)
        return sink.finish()
    }

    func sinkOutput() -> OutputBytes { sinkOutput(pretty: true) }

    /// The same text as a Swift array.
    func sinkText(pretty: Bool = true) -> [UInt8] { sinkOutput(pretty: pretty).array() }
}
