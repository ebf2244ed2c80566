// 1.2.0 had its JSON parser and writer, hashes, Base64 and generator public, and its Swift guide printed a report
// with `JSONWriter.string(report.jsonValue)`. After 1.2.0 they became package-internal, which swift-api-digester
// does not count as a break; they are public again for 1.x sources. Each 1.2 spelling, from an app's plain import,
// against published test vectors.
import ImpactKit
import Testing

@Suite("1.2's public helpers, from an app's plain import")
struct PublicHelpers12Tests {
    @Test func theGuideOf12PrintsAReportWithJSONWriter() throws {
        let bytes = Array(try example("pzw-bottendaal-end.json").utf8)
        let document = try bytes.withUnsafeBytes { try DocumentRegistry.open($0) }
        let report = try document.report(ReportSettings(language: .nl, asOf: "2026-11-23"))
        let json = JSONWriter.string(report.jsonValue)  // the 1.2 guide's line
        #expect(json.hasPrefix("{\n  \"schema\": \"impactkit/canvas-report/1\""))
        #expect(json == report.jsonValue.jsonText())
        let compact = Array(report.jsonValue.jsonText(pretty: false).utf8)
        #expect(JSONWriter.bytes(report.jsonValue, pretty: false) == compact)
        #expect(try JSONParser.parse(json) == report.jsonValue)
        let again = try Array(json.utf8).withUnsafeBytes { try JSONParser.parse($0) }
        #expect(again == report.jsonValue)
    }

    @Test func hashesAndBase64GiveThePublishedVectors() {
        // FIPS 180-4 "abc"; RFC 4231 test case 2; RFC 4648 §10.
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hexDigits(SHA256.digest(Array("abc".utf8))) == SHA256.hex(Array("abc".utf8)))
        let digest = Array("abc".utf8).withUnsafeBytes { SHA256.digest($0) }
        #expect(digest == SHA256.digest(Array("abc".utf8)))
        let mac = HMAC.sha256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
        #expect(SHA256.hexDigits(mac) == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        #expect(Base64.encode(Array("foobar".utf8)) == "Zm9vYmFy")
        // Version 8 layout over SHA-256("impactkit"), worked with Python's hashlib.
        #expect(SHA256.uuid("impactkit") == "2074e923-65b7-8b04-8784-ff3c1592091d")
    }

    @Test func splitMix64RepeatsTheReferenceSequence() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)  // the reference implementation's first output for seed 0
        var again = SplitMix64(seed: 0)
        #expect(again.unit() == 0.8833108082136426)
        #expect(Int.random(in: 0..<10, using: &again) >= 0)
    }
}
