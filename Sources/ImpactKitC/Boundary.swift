#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import ImpactKit
import ImpactKitABI

// The boundary between C callers and the Swift core: every export runs its body through `boundary`, which turns
// a thrown ImpactKitError into a status code and a filled ik_error. Nothing in here may trap.

/// Runs `body`, clears `error` on success, fills it on failure, and returns the status.
func boundary(_ errorOut: UnsafeMutablePointer<ik_error>?, _ body: () throws -> Void) -> Int32 {
    let failure: ImpactKitError
    do {
        try body()
        if let errorOut { clear(errorOut) }
        return 0
    } catch let thrown as ImpactKitError {
        failure = thrown
    } catch {
        // The core throws only ImpactKitError; anything else is still reported, never propagated.
        failure = ImpactKitError(.invalidArgument, "unexpected error: \(error)")
    }
    if let errorOut { fill(errorOut, with: failure) }
    return failure.code.rawValue
}

private func clear(_ error: UnsafeMutablePointer<ik_error>) {
    error.pointee.code = 0
    error.pointee.line = 0
    error.pointee.column = 0
    withUnsafeMutableBytes(of: &error.pointee.path) { copy("", into: $0) }
    withUnsafeMutableBytes(of: &error.pointee.message) { copy("", into: $0) }
}

private func fill(_ error: UnsafeMutablePointer<ik_error>, with failure: ImpactKitError) {
    error.pointee.code = failure.code.rawValue
    error.pointee.line = Int32(clamping: failure.line)
    error.pointee.column = Int32(clamping: failure.column)
    withUnsafeMutableBytes(of: &error.pointee.path) { copy(failure.path, into: $0) }
    withUnsafeMutableBytes(of: &error.pointee.message) { copy(failure.message, into: $0) }
}

/// Copies UTF-8 text into a fixed C buffer, NUL-terminated, cut at a character boundary when too long.
private func copy(_ text: String, into buffer: UnsafeMutableRawBufferPointer) {
    guard buffer.count > 0 else { return }
    let utf8 = Array(text.utf8)
    var length = min(utf8.count, buffer.count - 1)
    // Do not end inside a multi-byte sequence: back up over continuation bytes (10xxxxxx) of a cut character.
    if length < utf8.count {
        while length > 0 && (utf8[length] & 0xC0) == 0x80 { length -= 1 }
    }
    for index in 0..<length { buffer[index] = utf8[index] }
    buffer[length] = 0
}

// MARK: Arguments

/// A required NUL-terminated UTF-8 argument, read at most `limit` bytes far.
/// A file or folder path: bytes, not necessarily UTF-8 (a Latin-1 name on an old share is a name all the same).
func pathArgument(_ path: UnsafePointer<CChar>?) throws -> FilePath {
    guard let path else { throw ImpactKitError(.invalidArgument, "path must not be NULL") }
    let length = strnlen(path, Int(PATH_MAX) + 1)
    guard length > 0 else { throw ImpactKitError(.invalidArgument, "path must not be empty") }
    guard length <= Int(PATH_MAX) else {
        throw ImpactKitError(.limit, "path is longer than the limit of \(PATH_MAX) bytes")
    }
    return FilePath(bytes: Array(UnsafeRawBufferPointer(start: path, count: length)))
}

func argument(
    _ pointer: UnsafePointer<CChar>?, _ name: String, limit: Int = Limits.defaultMaxStringBytes
) throws -> String {
    guard let pointer else { throw ImpactKitError(.invalidArgument, "\(name) must not be NULL") }
    let length = strnlen(pointer, limit + 1)
    guard length <= limit else {
        throw ImpactKitError(.limit, "\(name) is longer than the limit of \(limit) bytes")
    }
    let bytes = UnsafeRawBufferPointer(start: pointer, count: length).bindMemory(to: UInt8.self)
    // Ids, fields and most texts are ASCII, which is valid UTF-8 as it stands: the non-generic decoding path
    // then skips the generic validator (a quarter of an edit's instructions, most of it metadata look-ups).
    if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
        throw ImpactKitError(.utf8, "\(name) is not valid UTF-8")
    }
    return text
}

/// An optional NUL-terminated UTF-8 argument: NULL means absent.
func optionalArgument(
    _ pointer: UnsafePointer<CChar>?, _ name: String, limit: Int = Limits.defaultMaxStringBytes
) throws
    -> String?
{
    guard pointer != nil else { return nil }
    return try argument(pointer, name, limit: limit)
}

/// A language argument ("nl", "en", "nl-NL" …; NULL means absent): the one place a C string becomes a `Language`,
/// which the core then turns into its word tables.
func languageArgument(_ pointer: UnsafePointer<CChar>?, _ name: String) throws -> Language? {
    try optionalArgument(pointer, name, limit: 32).map(Language.init(code:))
}

/// A document argument: `length` bytes at `pointer`.
func document(_ pointer: UnsafePointer<CChar>?, _ length: Int, _ name: String = "json") throws -> UnsafeRawBufferPointer
{
    // size_t arrives as Int: SIZE_MAX (a "length" of -1 passed by mistake) shows as negative; name it as given.
    guard length >= 0 else {
        throw ImpactKitError(
            .range, "\(name) length \(UInt(bitPattern: length)) is larger than any document (SIZE_MAX?)")
    }
    guard let pointer else {
        throw ImpactKitError(.invalidArgument, "\(name) must not be NULL")
    }
    return UnsafeRawBufferPointer(start: pointer, count: length)
}

/// An optional JSON argument: NULL with length 0 means absent; otherwise parsed with the host's limits.
func optionalDocument(
    _ pointer: UnsafePointer<CChar>?, _ length: Int, _ name: String, limits: Limits
) throws -> JSONValue? {
    if pointer == nil && length == 0 { return nil }
    return try JSONParser.parse(try document(pointer, length, name), limits: limits)
}

/// Checks an out-parameter and sets what it points to NULL, so callers never see a stale value on failure.
func outParameter<T>(_ pointer: UnsafeMutablePointer<T?>?, _ name: String) throws -> UnsafeMutablePointer<T?> {
    guard let pointer else { throw ImpactKitError(.invalidArgument, "\(name) must not be NULL") }
    pointer.pointee = nil
    return pointer
}

// MARK: Results

/// Hands the writer's own malloc'd buffer to the caller (who frees it with ik_free): JSON leaves without a copy.
func cString(_ output: consuming OutputBytes) throws -> UnsafeMutablePointer<CChar> {
    guard let bytes = output.handOver() else { throw ImpactKitError(.noMemory, "out of memory") }
    return UnsafeMutableRawPointer(bytes).assumingMemoryBound(to: CChar.self)
}

/// A JSON value written straight into the buffer the caller receives.
func cString(json value: JSONValue) throws -> UnsafeMutablePointer<CChar> {
    try cString(JSONWriter.output(value))
}

/// Copies a Swift string into a malloc'd NUL-terminated buffer that the caller frees with ik_free.
func cString(_ text: String) throws -> UnsafeMutablePointer<CChar> {
    var text = text
    return try text.withUTF8 { try cString(copying: $0) }
}

/// Copies bytes into a malloc'd buffer with a NUL after them, which the caller frees with ik_free.
func cString(copying source: UnsafeBufferPointer<UInt8>) throws -> UnsafeMutablePointer<CChar> {
    guard let buffer = malloc(source.count + 1) else { throw ImpactKitError(.noMemory, "out of memory") }
    if let base = source.baseAddress { memcpy(buffer, base, source.count) }
    let chars = buffer.assumingMemoryBound(to: CChar.self)
    chars[source.count] = 0
    return chars
}

// MARK: Options

struct HostOptions {
    var limits = Limits.default
    var language = Language.en

    init() {}

    init(_ pointer: UnsafePointer<ik_options>?) throws {
        guard let options = pointer?.pointee else { return }
        guard options.version >= 1 else {
            throw ImpactKitError(.range, "ik_options.version is 0; initialise with IK_OPTIONS_INIT")
        }
        guard options.version <= UInt32(IK_OPTIONS_VERSION) else {
            throw ImpactKitError(
                .range, "ik_options.version \(options.version) is newer than this library (\(IK_OPTIONS_VERSION))")
        }
        if let chosen = try languageArgument(options.lang, "ik_options.lang") { language = chosen }
        // size_t arrives as Int: read it unsigned, so SIZE_MAX ("as much as there is") is the largest limit, not -1.
        func limit(_ value: Int, _ fallback: Int) -> Int {
            value == 0 ? fallback : Int(clamping: UInt(bitPattern: value))
        }
        // The depth has a ceiling: SIZE_MAX means that ceiling, as the header says; any other value over it is
        // refused naming the value as given (it was clamped to 2^63-1 in the message).
        let depth = UInt(bitPattern: options.max_depth)
        if depth > UInt(Limits.depthCeiling), depth != UInt.max {
            throw ImpactKitError(.range, "max_depth must be between 2 and \(Limits.depthCeiling), got \(depth)")
        }
        limits = try Limits(
            maxDocumentBytes: limit(options.max_document_bytes, Limits.defaultMaxDocumentBytes),
            maxDepth: depth == UInt.max ? Limits.depthCeiling : limit(options.max_depth, Limits.defaultMaxDepth),
            maxStringBytes: limit(options.max_string_bytes, Limits.defaultMaxStringBytes),
            maxElements: limit(options.max_elements, Limits.defaultMaxElements)
        ).validated()
    }
}
