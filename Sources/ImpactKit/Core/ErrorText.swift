/// An error message as its call site writes it — `ImpactKitError(.notFound, "unknown card \"\(id)\"")` — and, kept
/// beside the English text, which message it is: the literal parts as a pattern with `{}` for each argument
/// ("unknown card \"{}\"") and the arguments. The text for people in another language is then made from this
/// identity and the language's catalogue (DutchErrorMessages), not by reading the English back.
///
/// Everything is held by one reference and built out of line: an error is made inside recursive readers, and a
/// bigger frame per nesting level would raise the stack a deep document needs (Tests/c/test_stack.c).
public struct ErrorText: ExpressibleByStringInterpolation, Sendable {
    let identity: ErrorIdentity

    public var text: String { identity.text }
    package var pattern: String { identity.pattern }
    package var arguments: [String] { identity.arguments }

    @inline(never)
    public init(stringLiteral value: String) {
        identity = ErrorIdentity(text: value, pattern: value, arguments: [])
    }

    @inline(never)
    public init(stringInterpolation: StringInterpolation) {
        identity = ErrorIdentity(
            text: stringInterpolation.text, pattern: stringInterpolation.pattern,
            arguments: stringInterpolation.arguments)
    }

    /// The parts as the call site's string interpolation gives them (a class: one pointer in the caller's frame).
    public final class StringInterpolation: StringInterpolationProtocol {
        var text = ""
        var pattern = ""
        var arguments: [String] = []

        @inline(never)
        public init(literalCapacity: Int, interpolationCount: Int) {}

        @inline(never)
        public func appendLiteral(_ literal: String) {
            text += literal
            pattern += literal
        }

        /// An argument, written as string interpolation writes it.
        @inline(never)
        public func appendInterpolation<T>(_ value: T) {
            let argument = String(describing: value)
            text += argument
            pattern += "{}"
            arguments.append(argument)
        }
    }
}

/// Which message an error is (its pattern) and its arguments, with the English text they make.
package final class ErrorIdentity: Sendable {
    package let text: String
    package let pattern: String
    package let arguments: [String]

    init(text: String, pattern: String, arguments: [String]) {
        self.text = text
        self.pattern = pattern
        self.arguments = arguments
    }
}
