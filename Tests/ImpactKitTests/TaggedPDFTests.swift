import Testing
@testable import ImpactKit

/// The incremental update that tags a picture's PDF, on a small PDF of the shape rsvg-convert writes.
@Suite("Tagged PDF")
struct TaggedPDFTests {
    /// A one-page PDF with a classic cross-reference table, a comment in the page's dictionary (cairo writes one)
    /// and a Type 2 CIDFont without a CIDToGIDMap.
    static func smallPDF() -> [UInt8] {
        var text = "%PDF-1.5\n"
        var offsets: [Int] = []
        func object(_ body: String) {
            offsets.append(text.utf8.count)
            text += "\(offsets.count) 0 obj\n\(body)\nendobj\n"
        }
        object("<< /Type /Catalog /Pages 2 0 R >>")
        object("<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>")
        object("<< /Type /Page % 1\n   /Parent 2 0 R\n   /MediaBox [ 0 0 10 10 ]\n   /Contents 4 0 R\n>>")
        object("<< /Length 10 >>\nstream\n0 0 5 5 re\nendstream")
        object("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /X >>")
        let table = text.utf8.count
        text += "xref\n0 6\n0000000000 65535 f \n"
        for offset in offsets {
            text += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n"
        }
        text += "trailer\n<< /Size 6\n   /Root 1 0 R\n>>\nstartxref\n\(table)\n%%EOF\n"
        return Array(text.utf8)
    }

    @Test func theUpdateTagsThePageAndKeepsTheOriginalBytes() throws {
        let original = Self.smallPDF()
        let tagged = try TaggedPDF.tag(original, title: "Poster & zo", language: .nl, description: "Drie van vijf — ok")
        #expect(Array(tagged.prefix(original.count)) == original)
        let update = String(decoding: tagged.dropFirst(original.count), as: UTF8.self)
        #expect(update.contains("1 0 obj\n<< /Type /Catalog /Pages 2 0 R  /MarkInfo << /Marked true >> /Lang (nl)"))
        #expect(update.contains("/Contents [ 6 0 R 4 0 R 7 0 R ]"))
        #expect(update.contains("/StructParents 0"))
        #expect(update.contains("/CIDToGIDMap /Identity"))
        #expect(update.contains("/Figure << /MCID 0 >> BDC"))
        #expect(update.contains("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Poster &amp; zo</rdf:li>"))
        // The description as UTF-16BE: "Drie" is 0044 0072 0069 0065; the dash U+2014 survives.
        #expect(update.contains("/Alt <FEFF0044007200690065") && update.contains("2014"))
        #expect(update.contains("/Size 14 /Root 1 0 R /Info 13 0 R /Prev "))
        // Every entry of the new cross-reference section points at its object's header.
        let xref = try #require(update.firstRange(of: "\nxref\n"))
        var checked = 0
        for line in update[xref.upperBound...].split(separator: "\n").prefix(while: { !$0.hasPrefix("trailer") }) {
            let fields = line.split(separator: " ")
            if fields.count == 2 { continue }  // "N 1": a subsection's first number
            let offset = try #require(Int(fields[0]))
            #expect(tagged[offset..<(offset + 6)].contains(UInt8(ascii: " ")))
            #expect(String(decoding: tagged[offset..<min(tagged.count, offset + 12)], as: UTF8.self).contains(" 0 obj"))
            checked += 1
        }
        #expect(checked == 11)  // catalog, page, font and eight new objects
    }

    /// What the SVG says is read from it: the first lang of two letters, the title and description unescaped
    /// ("&amp;lt;" is the text "&lt;"), and the page found whatever white space separates /Type and /Page.
    @Test func thePictureGivesTitleLanguageAndDescription() throws {
        let svg =
            #"<svg lang="nl-NL" x="1"><g lang="nl"><title id="ik-title">Poster &amp;lt; &lt;b&gt;</title>"#
            + #"<desc id="ik-desc">foto&#39;s &quot;x&quot; &amp; meer</desc></g></svg>"#
        // The same length as "/Type /Page": the cross-reference offsets stay right.
        let original = Array(
            String(decoding: Self.smallPDF(), as: UTF8.self).replacing("/Type /Page %", with: "/Type\n/Page %").utf8)
        let tagged = try TaggedPDF.tag(original, picture: svg)
        let update = String(decoding: tagged.dropFirst(original.count), as: UTF8.self)
        #expect(update.contains("/Lang (nl)"))
        #expect(update.contains("/Contents [ 6 0 R 4 0 R 7 0 R ]"))
        #expect(update.contains(#"<rdf:li xml:lang="x-default">Poster &amp;lt; &lt;b&gt;</rdf:li>"#))
        // "foto's "x" & meer" as UTF-16BE.
        #expect(update.contains("/Alt <FEFF0066006F0074006F002700730020002200780022002000260020006D006500650072>"))
        // No two-letter lang at all: English.
        let english = try TaggedPDF.tag(
            Self.smallPDF(), picture: #"<svg lang="nl-NL"><title id="ik-title">t</title></svg>"#)
        #expect(String(decoding: english.dropFirst(Self.smallPDF().count), as: UTF8.self).contains("/Lang (en)"))
    }

    /// The title and description are found on the bytes: a title that begins with a combining mark (its first
    /// scalar joins the tag's ">" into one Character) was not found by a String search, and the PDF had no title.
    @Test func aTitleThatBeginsWithACombiningMarkIsKept() throws {
        let svg = "<svg lang=\"nl\"><title id=\"ik-title\">\u{301}x</title><desc id=\"ik-desc\">\u{308}d</desc></svg>"
        let original = Self.smallPDF()
        let update = Array(try TaggedPDF.tag(original, picture: svg).dropFirst(original.count))
        let title = Array("<rdf:li xml:lang=\"x-default\">\u{301}x</rdf:li>".utf8)
        #expect(update.firstIndex(of: title, from: 0) != nil)
        // U+0308 U+0064 as UTF-16BE in the alternative text.
        #expect(update.firstIndex(of: Array("FEFF03080064".utf8), from: 0) != nil)
    }

    @Test func unescapingUndoesEscaping() {
        for text in ["", "plain", "foto's & <b>\"x\"</b>", "&amp;lt;", "&&lt;;", "a &#39 b", "\u{FEFF}é€😀&"] {
            #expect(SVGText.unescape(SVGText.escape(text)) == text)
        }
        #expect(SVGText.unescape("&amp;lt;") == "&lt;")
        #expect(SVGText.unescape("&unknown; &amp") == "&unknown; &amp")
    }

    /// Reached from the C ABI with any bytes: garbage and many unterminated objects end in a refusal, never a trap
    /// or a scan per object to the end of the file.
    @Test func hostileBytesAreRefused() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<200 {
            var bytes = Self.smallPDF()
            for _ in 0..<8 {
                let at = Int(generator.next() % UInt64(bytes.count))
                bytes[at] = UInt8(truncatingIfNeeded: generator.next())
            }
            _ = try? TaggedPDF.tag(bytes, title: "t", language: .en, description: "d")
        }
        let many = Array(String(repeating: "\n1 0 obj\n<< (", count: 20_000).utf8) + Array("\nstartxref\n1\n".utf8)
        #expect(caught { try TaggedPDF.tag(many, title: "", language: .en, description: "") }?.code == .schema)
    }

    @Test func whatIsNotSuchAPDFIsRefused() {
        #expect(
            caught { try TaggedPDF.tag(Array("not a pdf".utf8), title: "", language: .en, description: "") }?.code
                == .schema)
        let streamOnly = Array("%PDF-1.7\n1 0 obj\n<< >>\nendobj\nstartxref\n9\n%%EOF\n".utf8)
        #expect(caught { try TaggedPDF.tag(streamOnly, title: "", language: .en, description: "") }?.code == .schema)
    }
}
