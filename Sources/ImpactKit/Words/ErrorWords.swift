/// How an error's description names where it happened, around the message itself: the library's, the CLI's and
/// the bindings' descriptions all come from here.
struct ErrorWords: WordTable {
    /// "(at /placements/3/card)"
    var at: @Sendable (String) -> String
    /// "(line 2, column 5)"
    var position: @Sendable (Int, Int) -> String

    static let nl = ErrorWords(at: { "(bij \($0))" }, position: { "(regel \($0), kolom \($1))" })
    static let en = ErrorWords(at: { "(at \($0))" }, position: { "(line \($0), column \($1))" })

    var all: [String] { [at("/x"), position(1, 2)] }

    /// "IK_ENOTFOUND: unknown card "x" (at /placements/3/card)": the code, the message and where.
    func describe(_ code: ErrorCode, _ message: String, path: String, line: Int, column: Int) -> String {
        var text = "\(code.symbol): \(message)"
        if !path.isEmpty { text += " " + at(path) }
        if line > 0 { text += " " + position(line, column) }
        return text
    }
}
