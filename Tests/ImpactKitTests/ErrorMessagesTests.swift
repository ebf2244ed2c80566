import Testing
@testable import ImpactKit

/// Errors in the user's language: the English message (for logs) unchanged, the Dutch text of the same case with
/// the same ids, numbers and names, worked by hand from the catalogue.
@Suite("Error messages for people")
struct ErrorMessagesTests {
    func error(_ body: () throws -> Void) -> ImpactKitError? {
        do { try body() } catch let error as ImpactKitError { return error } catch {}
        return nil
    }

    @Test func realErrorsInDutch() throws {
        let broken = try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-week5.json"))
            .replacingFirst("\"res.own-learning\"", with: "\"res.nope\"")
        let unknownCard = try #require(error { _ = try Canvas(json: broken) })
        #expect(unknownCard.message == "unknown card \"res.nope\"")
        #expect(unknownCard.localizedMessage(.nl) == "onbekende kaart \"res.nope\"")
        #expect(unknownCard.localizedMessage(.en) == unknownCard.message)

        let wrongType = try #require(
            error { _ = try Canvas(json: #"{"schema": "impactkit/canvas/1", "id": "x", "title": 5}"#) })
        #expect(wrongType.path == "/title")
        #expect(wrongType.localizedMessage(.nl) == "verwacht: een tekst, gevonden: een geheel getal")

        let variant = try #require(error { _ = try Variant(id: "poster") })
        #expect(
            variant.localizedMessage(.nl)
                == "onbekende variant \"poster\" (gebruik standard, without-cards, selected-domains, coaches of stakeholders)"
        )

        var canvas = try Canvas(id: "c", title: "C")
        let place = try #require(error { try canvas.place(card: "act.workshop", domain: "partners", field: .result) })
        // The field and card kind in Dutch too (they stood in English: "activity-kaarten … veld activity").
        #expect(
            place.localizedMessage(.nl) == "activiteitkaarten horen in het veld activiteit, niet in het veld opbrengst")

        let syntax = try #require(error { _ = try Canvas(json: "{\"schema\": ]") })
        #expect(syntax.message == "invalid JSON: unexpected token near ']'")
        #expect(syntax.localizedMessage(.nl) == "ongeldige JSON: onverwacht teken bij ']'")

        let percent = try #require(error { try SROIValuation.Parameter.deadweight.validate(150.5) })
        #expect(percent.message == "deadweight is 150.5%; it must be 0–100 %")
        #expect(percent.localizedMessage(.nl) == "deadweight is 150,5%; het moet 0–100 % zijn")
    }

    @Test func messagesWithBracesAndUnknownOnes() throws {
        let settings = ImpactKitError(.invalidArgument, "xAPI statements need settings (at least {\"homepage\": …})")
        #expect(
            settings.localizedMessage(.nl) == "xAPI-statements hebben instellingen nodig (minstens {\"homepage\": …})")
        // An argument that reads like a placeholder stays as it was given.
        let hostile = ImpactKitError(.notFound, "no moment \"{2}\" in this journey")
        #expect(hostile.localizedMessage(.nl) == "geen moment \"{2}\" in dit traject")
        // Not in the catalogue (a message cut at the C struct's length): the code's sentence, the English after it.
        let cut = ImpactKitError(.schema, "unsupported schema \"impactkit/canvas/9\"; this ver")
        #expect(
            cut.localizedMessage(.nl) == "geen geldig document (unsupported schema \"impactkit/canvas/9\"; this ver)")
    }

    /// Dutch agreement ("onbekend veld") changes the catalogue's words, never what the caller gave: before
    /// MessageText, a card id that read "onbekende veld " lost its "e" in the Dutch message about it.
    @Test func theCallersWordsNeverAgree() throws {
        let broken = try #require(readFile(repositoryRoot + "/examples/data/pzw-bottendaal-week5.json"))
            .replacingFirst("\"res.own-learning\"", with: "\"onbekende veld \"")
        let unknownCard = try #require(error { _ = try Canvas(json: broken) })
        #expect(unknownCard.message == "unknown card \"onbekende veld \"")
        #expect(unknownCard.identity != nil)
        // By its identity, and read back from the English text (a host's copy of the C struct).
        #expect(unknownCard.localizedMessage(.nl) == "onbekende kaart \"onbekende veld \"")
        #expect(
            ErrorMessages.localized(unknownCard.message, code: .notFound, language: .nl)
                == "onbekende kaart \"onbekende veld \"")
        // A word the catalogue gives still agrees beside an argument that must not.
        #expect(
            ErrorMessages.localized(
                "unknown field \"onbekende doel:\" (use onbekende veld or b)", code: .notFound, language: .nl)
                == "onbekend veld \"onbekende doel:\" (gebruik onbekende veld of b)")
        // No case: the English after the general sentence is the caller's too.
        #expect(
            ErrorMessages.localized("cut at onbekende veld \"x", code: .schema, language: .nl)
                == "geen geldig document (cut at onbekende veld \"x)")
        // A nested message ({m}) is the catalogue's words and arguments too.
        #expect(
            ErrorMessages.localized(
                "cache not used: unknown field \"onbekende veld \" (use a or b)", code: .io, language: .nl)
                == "cache niet gebruikt: onbekend veld \"onbekende veld \" (gebruik a of b)")
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return self[..<range.lowerBound] + replacement + self[range.upperBound...]
    }

    fileprivate func range(of needle: String) -> Range<Index>? {
        var start = startIndex
        while start < endIndex {
            if self[start...].hasPrefix(needle) { return start..<index(start, offsetBy: needle.count) }
            start = index(after: start)
        }
        return nil
    }
}
