import Testing
@testable import ImpactKit

/// Errors carry their identity (which message, with its arguments): Dutch is made from it, not by reading the
/// English back. Every error the mutations below provoke — a member taken away, given the wrong type, emptied, in
/// every document of examples/data — has an identity the catalogue knows, and the text made from it is the text
/// the reader of English makes (so the reader, kept for messages from a log, still agrees).
@Suite("Error identity")
struct ErrorIdentityTests {
    static let documents = [
        "pzw-bottendaal-week5.json", "pzw-bottendaal.journey.json", "pwmi-changelog.json",
        "instruments/lin-actiescan.json", "instruments/lin-fasemodel.json", "instruments/lin-kirkpatrick.json",
        "instruments/lin-plan.json", "instruments/proeftuin-praktijkleren.json", "instruments/value-in-the-valley.json",
    ]

    /// Every value of `value` with its pointer, depth first.
    static func members(_ value: JSONValue, _ path: [String] = []) -> [[String]] {
        switch value {
        case .object(let object):
            return object.members.flatMap { [path + [$0.key]] + members($0.value, path + [$0.key]) }
        case .array(let items):
            return items.enumerated().flatMap {
                [path + [String($0.offset)]] + members($0.element, path + [String($0.offset)])
            }
        default: return []
        }
    }

    /// `value` with the member at `path` replaced (nil: taken away).
    static func replacing(_ value: JSONValue, _ path: ArraySlice<String>, with new: JSONValue?) -> JSONValue {
        guard let key = path.first else { return new ?? .null }
        switch value {
        case .object(let object):
            var rebuilt: [JSONObject.Member] = []
            for member in object.members {
                if member.key != key { rebuilt.append(member); continue }
                if path.count == 1, new == nil { continue }
                rebuilt.append(.init(key: key, value: replacing(member.value, path.dropFirst(), with: new)))
            }
            return .object(JSONObject(rebuilt))
        case .array(var items):
            guard let index = Int(key), items.indices.contains(index) else { return value }
            if path.count == 1, new == nil {
                items.remove(at: index)
            } else {
                items[index] = replacing(items[index], path.dropFirst(), with: new)
            }
            return .array(items)
        default: return value
        }
    }

    static func mutations(of value: JSONValue) -> [JSONValue] {
        members(value).flatMap { path -> [JSONValue] in
            let slice = path[...]
            return [
                replacing(value, slice, with: nil), replacing(value, slice, with: .int(7)),
                replacing(value, slice, with: .string("")), replacing(value, slice, with: .double(-0.5)),
            ]
        }
    }

    @Test func everyProvokedErrorIsLocalisedFromItsIdentity() throws {
        var errors = 0, fromIdentity = 0, readerFellBack = 0
        var unknown: Set<String> = []
        for name in Self.documents {
            let document = try JSONParser.parse(try #require(readFile(repositoryRoot + "/examples/data/" + name)))
            for mutated in Self.mutations(of: document) {
                do {
                    _ = try DocumentRegistry.open(mutated)
                } catch let error as ImpactKitError {
                    errors += 1
                    guard let identity = error.identity else { continue }
                    guard
                        let dutch = ErrorMessages.localized(
                            pattern: identity.pattern, arguments: identity.arguments, language: .nl)
                    else {
                        unknown.insert(identity.pattern)
                        continue
                    }
                    fromIdentity += 1
                    #expect(error.localizedMessage(.nl) == dutch)
                    // Where reading the English finds the case too, both make the same text; where it cannot (an
                    // empty argument: `unknown card ""`), it falls back to the code's general sentence, and the
                    // identity does better.
                    let read = ErrorMessages.localized(error.message, code: error.code, language: .nl)
                    if read.hasPrefix(ErrorMessages.general(error.code, .nl))
                        && read.hasSuffix("(" + error.message + ")")
                    {
                        readerFellBack += 1
                        #expect(!dutch.contains(error.message) || error.message.allSatisfy { !$0.isLetter })
                    } else {
                        #expect(dutch == read, "\(error.message)")
                    }
                }
            }
        }
        #expect(errors > 2000, "\(errors) errors provoked")
        #expect(unknown.isEmpty, "patterns the catalogue lacks: \(unknown.sorted())")
        #expect(fromIdentity == errors, "\(fromIdentity) of \(errors) errors had an identity")
        print(
            "error identity: \(errors) errors provoked, \(fromIdentity) localised from their identity, "
                + "\(readerFellBack) of them unreadable from the English alone")
    }

    @Test func anErrorMadeFromTextHasNoIdentityAndIsReadBack() {
        let made = ImpactKitError(.notFound, "unknown card \"\("act.x")\"")
        #expect(made.identity?.pattern == "unknown card \"{}\"" && made.identity?.arguments == ["act.x"])
        let fromLog = ImpactKitError(.notFound, verbatim: made.message)
        #expect(fromLog.identity == nil && fromLog == made)
        #expect(fromLog.localizedMessage(.nl) == made.localizedMessage(.nl))
        var changed = made
        changed.message += " (more)"
        #expect(changed.identity == nil)
    }
}
