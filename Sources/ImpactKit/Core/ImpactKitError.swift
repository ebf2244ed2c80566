/// Every failure in ImpactKit: a stable code, a message for people, and where in the input it happened.
public struct ImpactKitError: Error, Equatable, Sendable, CustomStringConvertible {
    public var code: ErrorCode
    public var message: String
    /// JSON pointer (RFC 6901) of the offending value, "" for the whole document or when not about a document.
    public var path: String
    /// 1-based line and column for JSON syntax errors; 0 when not applicable.
    public var line: Int
    public var column: Int

    public init(_ code: ErrorCode, _ message: String, path: String = "", line: Int = 0, column: Int = 0) {
        self.code = code
        self.message = message
        self.path = path
        self.line = line
        self.column = column
    }

    public var description: String {
        var text = "\(code.symbol): \(message)"
        if !path.isEmpty { text += " (at \(path))" }
        if line > 0 { text += " (line \(line), column \(column))" }
        return text
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

/// Runs `body` and, if it throws, adds `key` to the front of the error's JSON pointer. Free on success.
@inline(__always)
func at<T>(_ key: String, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as ImpactKitError { throw error.prefixed(by: key) }
}

@inline(__always)
func at<T>(_ index: Int, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let error as ImpactKitError { throw error.prefixed(by: String(index)) }
}
