import Testing
import ImpactKitABI
@testable import ImpactKit

/// The cohort cache (issue 23): a re-run reads only changed documents and reports byte for byte what a run without
/// the cache reports; a cache that is not this library's, not for these limits, or damaged is ignored as a whole.
@Suite("Cohort cache")
struct CohortCacheTests {
    /// The files of Tests/data/cohort (g1–g4 read, g5 broken).
    func documents() throws -> [(String, [UInt8])] {
        try ["g1-journey.json", "g2-canvas.json", "g3-journey.json", "g4-journey.json", "g5-broken.json"].map { name in
            (name, Array(try #require(readFile(repositoryRoot + "/Tests/data/cohort/" + name)).utf8))
        }
    }

    func run(_ files: [(String, [UInt8])], cache: inout CohortCache) throws -> String {
        var cohort = try Cohort()
        for (name, bytes) in files {
            _ = bytes.withUnsafeBytes { buffer in caught { try cohort.add(json: buffer, source: name, cache: &cache) } }
        }
        return JSONWriter.string(cohort.reportValue(language: .en))
    }

    func load(_ json: String, limits: Limits = .default, key: [UInt8]? = nil) -> CohortCache {
        Array(json.utf8).withUnsafeBytes { CohortCache(json: $0, limits: limits, key: key) }
    }

    /// An edited cache sealed again, as someone who can write the cache and knows the format could do: the deeper
    /// checks must hold on their own.
    func resealed(_ text: String, key: [UInt8]? = nil) -> String {
        guard let range = text.range(of: CacheSeal.member, options: .backwards) else { return text }
        return CacheSeal.sealed(String(text[..<range.lowerBound]) + "}", key: key)
    }

    @Test func aWarmRunReadsNothingAndReportsTheSame() throws {
        let files = try documents()
        var plain = try Cohort()
        for (name, bytes) in files {
            _ = bytes.withUnsafeBytes { buffer in caught { try plain.add(json: buffer, source: name) } }
        }
        var cold = CohortCache()
        let first = try run(files, cache: &cold)
        #expect(first == JSONWriter.string(plain.reportValue(language: .en)))
        #expect((cold.hits, cold.misses) == (0, 4))  // the broken file is not cached: it is read (and refused) again
        var warm = load(cold.json)
        #expect(warm.ignored == nil)
        #expect(try run(files, cache: &warm) == first)
        #expect((warm.hits, warm.misses) == (4, 0))
    }

    @Test func aChangedDocumentIsReadAgainAndARemovedOneLeavesTheCache() throws {
        var files = try documents()
        var cold = CohortCache()
        _ = try run(files, cache: &cold)
        // g2 is renamed; g4 is gone.
        files[1].1 = Array(
            String(decoding: files[1].1, as: UTF8.self).replacingFirst("Groep 2 (Lent)", with: "Groep 2 (Lent-Noord)")
                .utf8)
        files.remove(at: 3)
        var warm = load(cold.json)
        let report = try run(files, cache: &warm)
        #expect((warm.hits, warm.misses) == (2, 1))
        var fresh = CohortCache()
        #expect(try run(files, cache: &fresh) == report)
        #expect(warm.json == fresh.json)  // g4's entry is dropped; g2's is the new one
    }

    @Test func aForeignOrDamagedCacheIsIgnoredAsAWhole() throws {
        let files = try documents()
        var cold = CohortCache()
        _ = try run(files, cache: &cold)
        let good = cold.json
        let cases: [(String, String)] = [
            (
                resealed(good.replacingFirst("\"library\":\"\(IK_VERSION_STRING)\"", with: "\"library\":\"0.9.0\"")),
                "written by ImpactKit 0.9.0"
            ),
            (resealed(good.replacingFirst("cohort-cache/1", with: "cohort-cache/2")), "not a cohort cache"),
            (String(good.dropLast(5)), "not sealed (written by an older ImpactKit, or edited)"),
            (resealed(good.replacingFirst("\"entries\":[", with: "\"entries\":[[")), "invalid JSON"),
            (resealed(good.replacingFirst("\"covered\"", with: "\"halfway\"")), "a cache row of the wrong shape"),
            (resealed(good.replacingFirst("\"covered\",4,", with: "\"covered\",-4,")), "-4 is outside 0…1000000000"),
            (
                resealed(good.replacingFirst("\"names\":[", with: "\"names\":[],\"x\":[")),
                "a cache row of the wrong shape"
            ),
            // Issue 37, item 6: one summary edited, the JSON still valid: the seal no longer matches.
            (
                good.replacingFirst("\"partial\",1,0,0", with: "\"covered\",1,1,1"),
                "damaged: its content does not match its seal"
            ),
            // Sealed again by whoever edited it, it is caught where the figures disagree with each other.
            (
                resealed(good.replacingFirst("\"partial\",1,0,0", with: "\"covered\",1,0,0")),
                "a cache row whose coverage does not match its counts"
            ),
        ]
        for (damaged, reason) in cases {
            #expect(damaged != good, "\(reason): the test did not damage the cache")
            var cache = load(damaged)
            #expect(
                cache.ignored.map { $0.hasPrefix(reason) || $0.hasSuffix(reason) } == true,
                "\(reason): \(cache.ignored ?? "used")")
            _ = try run(files, cache: &cache)
            #expect((cache.hits, cache.misses) == (0, 4))
            #expect(cache.json == good)  // rebuilt as it should be
        }
        // With the host's key (a MAC): only the key's holder writes a cache this run trusts.
        let key = Array("a secret the host keeps".utf8)
        var keyed = CohortCache(key: key)
        _ = try run(files, cache: &keyed)
        let sealed = keyed.json
        #expect(sealed.contains("\"seal\":\"hmac-sha256:") && good.contains("\"seal\":\"sha256:"))
        var trusted = load(sealed, key: key)
        #expect(trusted.ignored == nil)
        _ = try run(files, cache: &trusted)
        #expect((trusted.hits, trusted.misses) == (4, 0))
        #expect(load(sealed).ignored == "sealed with a key; give the key it was written with")
        #expect(
            load(sealed, key: Array("another key of 16+ bytes".utf8)).ignored
                == "damaged: its content does not match its seal")
        #expect(load(good, key: key).ignored == "not sealed with the key given")
        let forged = resealed(sealed.replacingFirst("\"partial\",1,0,0", with: "\"covered\",1,1,1"))
        #expect(load(forged, key: key).ignored == "not sealed with the key given")
        // A newline an editor adds is not damage.
        #expect(load(good + "\n").ignored == nil)
        // Written under other reading limits: a document refused now may have been accepted then.
        var strict = Limits.default
        strict.maxDepth = 10
        #expect(load(good, limits: strict).ignored == "written under other reading limits")
    }

    @Test func stampsLetAHostSkipUnchangedSourcesAndAnUnchangedRunNeedsNoRewrite() throws {
        let files = try documents()
        var cold = CohortCache()
        _ = try run(files, cache: &cold)
        for (name, bytes) in files.prefix(4) {
            cold.stamp(source: name, stamp: "size:\(bytes.count)", digest: SHA256.hex(bytes))
        }
        #expect(!cold.isUnchanged)
        var warm = load(cold.json)
        let digest = SHA256.hex(files[0].1)
        #expect(warm.digest(source: files[0].0, stamp: "size:\(files[0].1.count)") == digest)
        #expect(warm.digest(source: files[0].0, stamp: "size:1") == nil)
        #expect(warm.digest(source: "other.json", stamp: "size:\(files[0].1.count)") == nil)
        _ = try run(files, cache: &warm)
        for (name, bytes) in files.prefix(4) {
            warm.stamp(source: name, stamp: "size:\(bytes.count)", digest: SHA256.hex(bytes))
        }
        #expect(warm.isUnchanged && warm.json == cold.json)
        // A stamp that points at no entry is a damaged cache.
        #expect(
            load(
                resealed(
                    cold.json.replacingFirst("[\"g1-journey.json\",\"size:", with: "[\"g1-journey.json\",\"size:")
                        .replacingFirst(digest + "\"]", with: String(repeating: "0", count: 64) + "\"]"))
            ).ignored
                == "a cache row of the wrong shape")
    }
}
