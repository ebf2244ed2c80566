import Testing

@testable import ImpactKit

@Suite("Message patterns (reading an English message back)")
struct MessagePatternTests {
    private func read(_ message: String, _ pattern: String) -> [String]? {
        MessagePattern(pattern).arguments(of: Array(message.utf8))
    }

    @Test func placeholdersAndTheirKinds() {
        let pattern = MessagePattern("expected {w} at {}, got {l}: {j} ({m})")
        #expect(pattern.kinds == ["w", " ", "l", "j", "m"])
        #expect(pattern.plain == "expected {} at {}, got {}: {} ({})")
    }

    @Test func aBraceThatOpensNoPlaceholderIsText() {
        let pattern = MessagePattern(#"xapi settings must be an object like {"homepage": …}, got {}"#)
        #expect(pattern.kinds == [" "])
        #expect(pattern.plain == #"xapi settings must be an object like {"homepage": …}, got {}"#)
        #expect(MessagePattern("{x} and {{}").plain == "{x} and {{}")
        #expect(read("{x} and {42", "{x} and {{}") == ["42"])
    }

    @Test func argumentsAreTheTextBetweenTheLiteralParts() {
        #expect(read(#"unknown card "res.nope""#, #"unknown card "{}""#) == ["res.nope"])
        // Each argument runs to the first occurrence of the next literal; the last literal is at the end.
        #expect(read("a at b at c", "{} at {}") == ["a", "b at c"])
        #expect(read("drop-off is 1.5%; it must be 0–100 %", "drop-off is {}%; it must be 0–100 %") == ["1.5"])
        // Arguments in any script, bytes compared exactly: an argument keeps its own bytes (Swift's == would call
        // é and e + ´ equal, so the bytes are compared), and a literal é does not match e + ´.
        #expect(read("onbekende kaart café", "onbekende kaart {}") == ["café"])
        #expect(read("kaart cafe\u{301}", "kaart {}")?.map { Array($0.utf8) } == [Array("cafe\u{301}".utf8)])
        #expect(read("kaart cafe\u{301}", "kaart café") == nil)
        // A combining mark after a literal belongs to the argument, as the message was written.
        #expect(
            read("unknown card \"\u{301}x\"", "unknown card \"{}\"")?.map { Array($0.utf8) } == [Array("\u{301}x".utf8)]
        )
        #expect(read("plain message", "plain message") == [])
    }

    @Test func whatDoesNotHaveTheShapeIsNotRead() {
        #expect(read(#"unknown card """#, #"unknown card "{}""#) == nil)  // an empty argument
        #expect(read("unknown card", #"unknown card "{}""#) == nil)  // shorter than the literals
        #expect(read("plain message!", "plain message") == nil)
        #expect(read("xy", "{}{}") == nil)  // two placeholders with nothing between them
        #expect(read("a and b", "{} or {}") == nil)
        #expect(read("", "{}") == nil)
    }

    @Test func theDutchAdjectiveAgreesWithANeuterNounOnly() {
        let agree: (String) -> String = DutchErrorMessages.agreeing
        #expect(agree(#"onbekend veld "x""#) == #"onbekend veld "x""#)
        #expect(agree(#"onbekende veld "x""#) == #"onbekend veld "x""#)
        #expect(agree("onbekende soort document: x") == "onbekend soort document: x")
        #expect(agree("onbekende rol \"x\" (onbekende domein)") == "onbekende rol \"x\" (onbekend domein)")
        // The noun must end there: "veldnaam" is another word, and a noun at the very end has no ending to check.
        #expect(agree("onbekende veldnaam x") == "onbekende veldnaam x")
        #expect(agree("onbekende veld") == "onbekende veld")
        #expect(agree("onbekende onbekende doel:") == "onbekende onbekend doel:")
        #expect(agree("") == "")
        // Bytes, as messages are read: a combining mark after the space does not hide the noun's end.
        #expect(agree("onbekende veld \u{301}x").utf8.elementsEqual("onbekend veld \u{301}x".utf8))
    }

    @Test func onlyTheCataloguesAdjectiveAgrees() {
        var message = MessageText(catalogue: "onbekende kaart \"")
        message.append(argument: "onbekende veld ")
        message.append(catalogue: "\" (onbekende ")
        message.append(catalogue: "doel")
        message.append(catalogue: ")")
        #expect(DutchErrorMessages.agreeing(message) == "onbekende kaart \"onbekende veld \" (onbekend doel)")
        // Half of the adjective the caller's: it does not agree either.
        var half = MessageText(catalogue: "onbeken")
        half.append(argument: "de veld ")
        #expect(DutchErrorMessages.agreeing(half) == "onbekende veld ")
        // The noun may be the caller's ({w} of a word the table lacks): the catalogue's adjective agrees with it.
        var noun = MessageText(catalogue: "onbekende ")
        noun.append(argument: "veld x")
        #expect(DutchErrorMessages.agreeing(noun) == "onbekend veld x")
    }
}
