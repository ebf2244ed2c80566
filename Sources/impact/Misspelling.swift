import ArgumentParser

extension Impact {
    /// The mistake to report for `error`. The parser reports a missing required option before an unknown one, so
    /// `impact place F --card C --domian partners --field activity` said "Missing expected argument '--domain'"
    /// while the user had typed it, misspelt. Each missing option is given a stand-in value and the line parsed
    /// again (parsing only: nothing runs); when that meets an unknown option, the parser's own "Unknown option …
    /// Did you mean …" is the error shown. Otherwise the first error stands.
    static func mistake(behind error: Error, in arguments: [String]) -> Error {
        var probe = arguments
        var current = error
        let end = probe.firstIndex(of: "--") ?? probe.endIndex
        var inserted = 0
        // A command has a handful of required options; each round supplies one.
        for _ in 0..<8 {
            guard let option = missingOption(in: fullMessage(for: current)) else { return error }
            probe.insert(contentsOf: [option, "0"], at: end + inserted)
            inserted += 2
            do {
                _ = try parseAsRoot(probe)
                return error
            } catch let next {
                if fullMessage(for: next).hasPrefix("Error: Unknown option") { return next }
                current = next
            }
        }
        return error
    }

    /// "--domain" from "Error: Missing expected argument '--domain <domain>'"; nil for any other message or a
    /// missing positional argument.
    static func missingOption(in message: String) -> String? {
        let prefix = "Error: Missing expected argument '--"
        guard message.hasPrefix(prefix) else { return nil }
        let name = message.dropFirst(prefix.count - 2).prefix { $0 != " " && $0 != "'" && $0 != "\n" }
        return name.count > 2 ? String(name) : nil
    }
}
