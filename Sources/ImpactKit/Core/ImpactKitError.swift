/// Every failure in ImpactKit: a stable code, a message for people, and where in the input it happened.
public struct ImpactKitError: Error, Equatable, Sendable, CustomStringConvertible {
    public var code: ErrorCode
    /// English, for logs and searches (`ik_error.message`). Changing it drops the identity below.
    public var message: String { didSet { identity = nil } }
    /// Which message this is and its arguments (ErrorText), when it was made at a call site: the other
    /// languages are rendered from it. Nil for a message made from text (read back from a log, or changed).
    /// Held by reference: errors travel up recursive readers inside their frames, and one pointer keeps the
    /// stack a deep document needs where the header states it (Tests/c/test_stack.c).
    package private(set) var identity: ErrorIdentity?
    /// JSON pointer (RFC 6901) of the offending value, "" for the whole document or when not about a document.
    public var path: String
    /// 1-based line and column for JSON syntax errors; 0 when not applicable.
    public var line: Int
    public var column: Int

    @inline(never)
    public init(_ code: ErrorCode, _ message: ErrorText, path: String = "", line: Int = 0, column: Int = 0) {
        self.code = code
        self.message = message.text
        identity = message.identity
        self.path = path
        self.line = line
        self.column = column
    }

    /// An error whose message is text made elsewhere (a host's, or one read back from a log): it has no identity,
    /// and other languages read the text against the catalogue.
    public init(_ code: ErrorCode, verbatim message: String, path: String = "", line: Int = 0, column: Int = 0) {
        self.code = code
        self.message = message
        self.path = path
        self.line = line
        self.column = column
    }

    /// Equal when code, message, pointer and position are: the identity is how the message was made, not what it
    /// says.
    public static func == (a: ImpactKitError, b: ImpactKitError) -> Bool {
        a.code == b.code && a.message == b.message && a.path == b.path && a.line == b.line && a.column == b.column
    }

    public var description: String {
        ErrorWords.en.describe(code, message, path: path, line: line, column: column)
    }

    /// Prefixes one JSON pointer component; used while an error travels up through nested decoders.
    func prefixed(by component: String) -> ImpactKitError {
        var copy = self
        copy.path = "/" + JSONPointer.escape(component) + path
        return copy
    }
}

enum JSONPointer {
    /// RFC 6901: "~" becomes "~0" and "/" becomes "~1".
    static func escape(_ component: String) -> String {
        guard component.contains(where: { $0 == "~" || $0 == "/" }) else { return component }
        var out = ""
        for ch in component {
            switch ch {
            case "~": out += "~0"
            case "/": out += "~1"
            default: out.append(ch)
            }
        }
        return out
    }
}

/// Runs `body` and, if it throws, adds `key` to the front of the error's JSON pointer. Free on success; the error
/// is handled out of line, so that the frames of recursive readers (one per nesting level of a document) do not
/// hold it (Tests/c/test_stack.c measures the stack a deep document needs).
@inline(__always)
func at<T>(_ key: String, _ body: () throws -> T) throws -> T {
    do { return try body() } catch { throw prefixing(error, key) }
}

@inline(__always)
func at<T>(_ index: Int, _ body: () throws -> T) throws -> T {
    do { return try body() } catch { throw prefixing(error, index) }
}

@inline(never)
private func prefixing(_ error: any Error, _ key: String) -> any Error {
    (error as? ImpactKitError)?.prefixed(by: key) ?? error
}

@inline(never)
private func prefixing(_ error: any Error, _ index: Int) -> any Error {
    (error as? ImpactKitError)?.prefixed(by: String(index)) ?? error
}
