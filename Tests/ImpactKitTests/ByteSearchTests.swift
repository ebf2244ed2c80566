import Testing

@testable import ImpactKit

/// The byte searches the message patterns, the tagged PDF and the cohort cache's seal share: positions in the
/// collection's own indices, nil (never a trap) at every edge.
@Suite("Byte search")
struct ByteSearchTests {
    let text = Array("ab,ab,a".utf8)
    let ab = Array("ab".utf8)

    @Test func forwardFromAPosition() {
        #expect(text.firstIndex(of: ab, from: 0) == 0)
        #expect(text.firstIndex(of: ab, from: 1) == 3)
        #expect(text.firstIndex(of: ab, from: 4) == nil)
        #expect(text.firstIndex(of: Array("a".utf8), from: 6) == 6)
    }

    @Test func backwardWhollyBeforeAnEnd() {
        #expect(text.lastIndex(of: ab, before: text.count) == 3)
        #expect(text.lastIndex(of: ab, before: 5) == 3)
        #expect(text.lastIndex(of: ab, before: 4) == 0)
        #expect(text.lastIndex(of: ab, before: 1) == nil)
    }

    @Test func edgesGiveNil() {
        for start in [Int.min, -1, text.count, text.count + 5, Int.max] {
            #expect(text.firstIndex(of: ab, from: start) == nil)
            #expect(text[2...].firstIndex(of: ab, from: start) == nil)
        }
        for end in [Int.min, -1, 0, text.count + 1, Int.max] {
            #expect(text.lastIndex(of: ab, before: end) == nil)
            #expect(text[2...].lastIndex(of: ab, before: end) == nil)
        }
        #expect(text.firstIndex(of: [], from: 0) == nil)
        #expect(text.lastIndex(of: [], before: text.count) == nil)
        #expect([UInt8]().firstIndex(of: ab, from: 0) == nil)
        #expect([UInt8]().lastIndex(of: ab, before: 0) == nil)
    }

    @Test func aSliceAndARawBufferUseTheirOwnIndices() {
        let slice = text[2...]
        #expect(slice.firstIndex(of: ab, from: 2) == 3)
        #expect(slice.firstIndex(of: ab, from: 0) == nil)  // before the slice
        #expect(slice.lastIndex(of: ab, before: 5) == 3)
        #expect(slice.lastIndex(of: ab, before: 4) == nil)  // the "ab" at 0 is outside the slice
        text.withUnsafeBytes { raw in
            #expect(raw.lastIndex(of: ab, before: raw.count) == 3)
            #expect(raw.firstIndex(of: ab, from: 1) == 3)
        }
    }
}
