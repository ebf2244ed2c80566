import ArgumentParser

extension Impact {
    /// The mistake to report for `error`. The parser reports a missing required option, and a command's own
    /// validation ("give --card or --text"), before an unknown one, so `impact place F --domian partners` said
    /// "Missing expected argument '--domain'" while the user had typed it, misspelt. Each option such an error
    /// names that the line lacks is given a stand-in value and the line parsed again (parsing only: nothing runs);
    /// when that meets an unknown option, the parser's own "Unknown option … Did you mean …" is the error shown.
    /// Otherwise the first error stands.
    static func mistake(behind error: Error, in arguments: [String]) -> Error {
        var probe = arguments
        var current = error
        let end = probe.firstIndex(of: "--") ?? probe.endIndex
        var inserted = 0
        // A command has a handful of required options; each round supplies one.
        for _ in 0..<8 {
            guard let option = missingOption(in: fullMessage(for: current), given: probe) else { return error }
            probe.insert(contentsOf: [option, "0"], at: end + inserted)
            inserted += 2
            do {
                _ = try parseAsRoot(probe)
                return error
            } catch let next {
                let message = fullMessage(for: next)
                if message.hasPrefix("Error: Unknown option") { return isMisspelling(message) ? next : error }
                current = next
            }
        }
        return error
    }

    /// Whether the parser's unknown option is worth reporting before the first error: one it has no suggestion
    /// for, or a misspelling ("'--domian'. Did you mean '--domain'?", two edits at most). The parser suggests its
    /// nearest option for anything, '--card' for a '--lang' that `place` does not take, and that line is not what
    /// the user got wrong first.
    static func isMisspelling(_ message: String) -> Bool {
        let line = message.prefix { $0 != "\n" }  // the usage lines below quote 'impact … --help'
        let quoted = line.split(separator: "'", omittingEmptySubsequences: false)
        guard quoted.count >= 4 else { return true }
        return editDistance(Array(quoted[1]), Array(quoted[3])) <= 2
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var row = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var previous = row[0]
            row[0] = i + 1
            for (j, y) in b.enumerated() {
                let substituted = previous + (x == y ? 0 : 1)
                previous = row[j + 1]
                row[j + 1] = min(substituted, row[j] + 1, row[j + 1] + 1)
            }
        }
        return row[b.count]
    }

    /// The first option the error's first line names that `given` lacks: "--domain" from "Error: Missing expected
    /// argument '--domain <domain>'", "--card" from "Error: give --card or --text (one of them)"; nil when it names
    /// none (a missing positional argument, an unknown option, a bad value of an option the line has).
    static func missingOption(in message: String, given: [String]) -> String? {
        let line = message.prefix { $0 != "\n" }
        var rest = line[...]
        while let start = rest.range(of: "--") {
            let name = rest[start.lowerBound...].prefix { $0 == "-" || $0.isLetter || $0.isNumber }
            rest = rest[start.upperBound...]
            if name.count > 2, !name.hasSuffix("-"), !given.contains(String(name)) { return String(name) }
        }
        return nil
    }
}
