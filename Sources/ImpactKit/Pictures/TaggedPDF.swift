/// A picture's PDF (as rsvg-convert writes it: one page, a classic cross-reference table) made accessible without
/// drawing it again: an incremental update, appended after the PDF's own bytes, that marks the page's content as
/// one tagged Figure whose alternative text is the picture's description (the report), and states the language,
/// the title and PDF/UA-1 (ISO 14289-1) in the catalog and the XMP metadata. The drawing itself is untouched, so
/// any reader shows the same page; a screen reader reads the description.
package enum TaggedPDF {
    /// `pdf` drawn from `svg`, one of ImpactKit's pictures: its title, language and description (the report) are
    /// read from the SVG's <title>, lang and <desc>, where SVGDocument wrote them.
    package static func tag(_ pdf: [UInt8], picture svg: String) throws -> [UInt8] {
        // On the bytes, as the PDF is read: String's firstRange(of:) compared Characters and cost a sixth of tagging.
        let bytes = Array(svg.utf8)
        func element(_ name: String) -> String {
            let open = Array("<\(name) id=\"ik-\(name)\">".utf8), close = Array("</\(name)>".utf8)
            guard let start = bytes.firstIndex(of: open, from: 0),
                let end = bytes.firstIndex(of: close, from: start + open.count)
            else { return "" }
            return SVGText.unescape(String(decoding: bytes[(start + open.count)..<end], as: UTF8.self))
        }
        let code = languageCode(of: bytes) ?? "en"
        return try tag(
            pdf, title: element("title"), language: (try? Language(code: code)) ?? .en, description: element("desc"))
    }

    /// The two letters of the first ` lang="xx"` in the SVG's bytes. On bytes, as the PDF is read: a regular
    /// expression here was compiled again on every call.
    private static func languageCode(of bytes: [UInt8]) -> String? {
        let attribute = Array(#" lang=""#.utf8)
        var from = 0
        while let found = bytes.firstIndex(of: attribute, from: from) {
            let start = found + attribute.count
            if start + 3 <= bytes.count, bytes[start + 2] == UInt8(ascii: "\""),
                bytes[start..<(start + 2)].allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") })
            {
                return String(decoding: bytes[start..<(start + 2)], as: UTF8.self)
            }
            from = found + 1
        }
        return nil
    }

    package static func tag(_ pdf: [UInt8], title: String, language: Language, description: String) throws -> [UInt8] {
        let file = PDFFile(bytes: pdf)
        let previous = try file.lastCrossReference()
        let trailer = try file.lastTrailer()
        guard let root = trailer.reference("/Root"), let size = trailer.integer("/Size") else {
            throw ImpactKitError(.schema, "the PDF's trailer names no /Root or /Size")
        }
        let objects = file.objects()
        let catalog = try file.dictionary(of: root, in: objects)
        // Every object's dictionary read once: the page is the first that is one, the fonts are looked at below.
        let dictionaries = objects.keys.sorted().compactMap { number in
            (try? file.dictionary(of: number, in: objects)).map { (number: number, dictionary: $0) }
        }
        guard let (page, pageDictionary) = dictionaries.first(where: { $0.dictionary.isPage }) else {
            throw ImpactKitError(.schema, "the PDF has no page")
        }
        guard let contents = pageDictionary.value(of: "/Contents") else {
            throw ImpactKitError(.schema, "the PDF's page has no /Contents")
        }
        // New objects after the PDF's own: the marked-content brackets, the structure tree, metadata and info.
        let begin = size, end = size + 1, treeRoot = size + 2, document = size + 3, figure = size + 4
        let parentTree = size + 5, metadata = size + 6, info = size + 7
        let lang = language.rawValue
        var update = PDFUpdate(start: file.bytes.count)
        update.add(
            root,
            catalog.adding(
                "/MarkInfo << /Marked true >> /Lang (\(lang)) /StructTreeRoot \(treeRoot) 0 R /Metadata \(metadata) 0 R"
                    + " /ViewerPreferences << /DisplayDocTitle true >>"))
        let wrapped = "[ \(begin) 0 R " + contents.trimmingBrackets() + " \(end) 0 R ]"
        update.add(page, pageDictionary.replacing("/Contents", with: wrapped).adding("/StructParents 0 /Tabs /S"))
        // A Type 2 CIDFont without a CIDToGIDMap maps CIDs to glyphs one to one (PDF 32000 9.7.4.2); PDF/UA wants
        // that said, not assumed.
        for (number, font) in dictionaries
        where font.text.contains("/CIDFontType2") && !font.text.contains("/CIDToGIDMap") {
            update.add(number, font.adding("/CIDToGIDMap /Identity"))
        }
        update.add(begin, stream: Array("/Figure << /MCID 0 >> BDC\n".utf8))
        update.add(end, stream: Array("\nEMC\n".utf8))
        update.add(
            treeRoot,
            "<< /Type /StructTreeRoot /K \(document) 0 R /ParentTree \(parentTree) 0 R /ParentTreeNextKey 1 >>")
        update.add(document, "<< /Type /StructElem /S /Document /P \(treeRoot) 0 R /K [ \(figure) 0 R ] >>")
        update.add(
            figure,
            "<< /Type /StructElem /S /Figure /P \(document) 0 R /Pg \(page) 0 R /K 0 /Lang (\(lang)) /Alt "
                + PDFText.string(description) + " >>")
        update.add(parentTree, "<< /Nums [ 0 [ \(figure) 0 R ] ] >>")
        update.add(metadata, stream: XMP.packet(title: title, language: lang), type: "/Type /Metadata /Subtype /XML")
        update.add(info, "<< /Title " + PDFText.string(title) + " /Producer (ImpactKit) >>")
        let identity = trailer.value(of: "/ID").map { " /ID " + $0 } ?? ""
        return file.bytes
            + update.finished(
                trailer: "/Size \(info + 1) /Root \(root) 0 R /Info \(info) 0 R /Prev \(previous)\(identity)")
    }
}

/// The bytes of a PDF, read as far as the update needs: its objects' dictionaries and its last trailer.
private struct PDFFile {
    let bytes: [UInt8]

    func lastCrossReference() throws -> Int {
        guard let at = lastIndex(of: "startxref") else { throw ImpactKitError(.schema, "not a PDF: no startxref") }
        let digits = bytes[(at + 9)...].drop { $0 == 10 || $0 == 13 || $0 == 32 }.prefix { $0 >= 48 && $0 <= 57 }
        guard let offset = Int(String(decoding: digits, as: UTF8.self)) else {
            throw ImpactKitError(.schema, "not a PDF: startxref has no offset")
        }
        return offset
    }

    func lastTrailer() throws -> PDFDictionary {
        guard let at = lastIndex(of: "trailer"), let dictionary = dictionary(from: at + 7) else {
            throw ImpactKitError(.schema, "this PDF has no trailer (a cross-reference stream is not read here)")
        }
        return dictionary
    }

    /// Where each object's dictionary may start: just after its "N 0 obj" at a line's start (one pass; a later
    /// definition of a number, an earlier incremental update's, wins).
    func objects() -> [Int: Int] {
        var found: [Int: Int] = [:]
        var index = 0
        while let header = firstIndex(of: " 0 obj", from: index) {
            var start = header
            while start > 0, header - start < 10, bytes[start - 1] >= 48, bytes[start - 1] <= 57 { start -= 1 }
            if start < header, start == 0 || bytes[start - 1] == 10 || bytes[start - 1] == 13,
                let number = Int(String(decoding: bytes[start..<header], as: UTF8.self))
            {
                found[number] = header + 6
            }
            index = header + 6
        }
        return found
    }

    func dictionary(of number: Int, in objects: [Int: Int]) throws -> PDFDictionary {
        guard let start = objects[number], let dictionary = dictionary(from: start) else {
            throw ImpactKitError(.schema, "the PDF has no object \(number) with a dictionary")
        }
        return dictionary
    }

    /// The dictionary that starts at `start` after white space (after "N 0 obj" or "trailer"): from "<<" to its
    /// matching ">>", comments and strings skipped. Nothing further is searched, so reading every object's
    /// dictionary reads the file about once.
    private func dictionary(from start: Int) -> PDFDictionary? {
        var open = start
        while open < bytes.count, [9, 10, 13, 32].contains(bytes[open]) { open += 1 }
        guard open + 1 < bytes.count, bytes[open] == UInt8(ascii: "<"), bytes[open + 1] == UInt8(ascii: "<") else {
            return nil
        }
        // A dictionary this tagging reads (catalog, page, font, trailer) is small: one that runs on for more than
        // 64 KiB is not one of them, and a hostile file cannot make each of its objects scan to the end.
        var depth = 0, index = open
        while index + 1 < bytes.count, index - open < 1 << 16 {
            switch bytes[index] {
            case UInt8(ascii: "%"):
                while index < bytes.count, bytes[index] != 10, bytes[index] != 13 { index += 1 }
                continue
            case UInt8(ascii: "("):
                var nesting = 0
                while index < bytes.count {
                    if bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
                    if bytes[index] == UInt8(ascii: "(") { nesting += 1 }
                    if bytes[index] == UInt8(ascii: ")") { nesting -= 1; if nesting == 0 { break } }
                    index += 1
                }
            case UInt8(ascii: "<") where bytes[index + 1] == UInt8(ascii: "<"):
                depth += 1
                index += 1
            case UInt8(ascii: ">") where bytes[index + 1] == UInt8(ascii: ">"):
                depth -= 1
                index += 1
                if depth == 0 { return PDFDictionary(text: String(decoding: bytes[open...index], as: UTF8.self)) }
            default: break
            }
            index += 1
        }
        return nil
    }

    private func lastIndex(of text: String) -> Int? {
        bytes.lastIndex(of: Array(text.utf8), before: bytes.count)
    }

    private func firstIndex(of text: String, from start: Int) -> Int? {
        bytes.firstIndex(of: Array(text.utf8), from: start)
    }
}

/// One dictionary's text ("<< … >>"), changed by adding keys or replacing one key's value.
private struct PDFDictionary {
    let text: String

    /// "/Type /Page", not "/Pages": on the bytes, with PDF's white space between (a regular expression here was
    /// compiled again for every object of the file, a fifth of tagging a PDF).
    var isPage: Bool {
        let bytes = Array(text.utf8), type = Array("/Type".utf8), page = Array("/Page".utf8)
        var from = 0
        while let found = bytes.firstIndex(of: type, from: from) {
            var next = found + type.count
            while next < bytes.count, Self.isWhiteSpace(bytes[next]) { next += 1 }
            let after = next + page.count
            if after <= bytes.count, bytes[next..<after].elementsEqual(page),
                after == bytes.count || !Self.isLetter(bytes[after])
            {
                return true
            }
            from = found + 1
        }
        return false
    }

    /// PDF's white-space characters (PDF 32000 7.2.2).
    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x20: return true
        default: return false
        }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
    }

    /// Where `key`'s value starts: after the key (not a longer name that starts with it) and its spaces.
    private func valueStart(_ key: String) -> String.Index? {
        for found in text.ranges(of: key) {
            let after = text[found.upperBound...]
            guard let next = after.first, !next.isLetter else { continue }
            return after.firstIndex { $0 != " " && $0 != "\n" && $0 != "\r" } ?? after.endIndex
        }
        return nil
    }

    /// The value after `key` up to the next key or the end (a reference, a number, an array, a name).
    func value(of key: String) -> String? {
        guard let start = valueStart(key) else { return nil }
        return String(text[start..<valueEnd(start)])
    }

    private func valueEnd(_ start: String.Index) -> String.Index {
        let rest = text[start...]
        if rest.first == "[" { return rest.firstIndex(of: "]").map { text.index(after: $0) } ?? rest.endIndex }
        let stop = rest.dropFirst().firstIndex { $0 == "/" || $0 == ">" || $0 == "\n" || $0 == "\r" } ?? rest.endIndex
        var end = stop
        while end > start, text[text.index(before: end)] == " " { end = text.index(before: end) }
        return end
    }

    func integer(_ key: String) -> Int? { value(of: key).flatMap { Int($0) } }

    /// "N 0 R" → N.
    func reference(_ key: String) -> Int? { value(of: key).flatMap { Int($0.split(separator: " ").first ?? "") } }

    func adding(_ entries: String) -> String {
        guard let close = text.ranges(of: ">>").last else { return text }
        return String(text[..<close.lowerBound]) + " " + entries + " >>"
    }

    func replacing(_ key: String, with value: String) -> PDFDictionary {
        guard let start = valueStart(key) else { return self }
        var changed = text
        changed.replaceSubrange(start..<valueEnd(start), with: value)
        return PDFDictionary(text: changed)
    }
}

extension String {
    /// An array's items without its brackets ("[ 4 0 R 5 0 R ]" → "4 0 R 5 0 R"), or the value itself.
    fileprivate func trimmingBrackets() -> String {
        guard hasPrefix("["), hasSuffix("]") else { return self }
        return String(dropFirst().dropLast().drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}

/// The appended objects, their offsets and the cross-reference section that lists them.
private struct PDFUpdate {
    let start: Int
    var bytes: [UInt8] = Array("\n".utf8)
    var offsets: [(number: Int, offset: Int)] = []

    init(start: Int) { self.start = start }

    mutating func add(_ number: Int, _ dictionary: String) {
        offsets.append((number, start + bytes.count))
        bytes += Array("\(number) 0 obj\n\(dictionary)\nendobj\n".utf8)
    }

    mutating func add(_ number: Int, stream: [UInt8], type: String = "") {
        offsets.append((number, start + bytes.count))
        let head = type.isEmpty ? "" : type + " "
        bytes += Array("\(number) 0 obj\n<< \(head)/Length \(stream.count) >>\nstream\n".utf8)
        bytes += stream + Array("\nendstream\nendobj\n".utf8)
    }

    func finished(trailer: String) -> [UInt8] {
        let table = start + bytes.count
        var text = "xref\n"
        for (number, offset) in offsets.sorted(by: { $0.number < $1.number }) {
            let padded = String(repeating: "0", count: max(0, 10 - String(offset).count)) + String(offset)
            text += "\(number) 1\n\(padded) 00000 n \n"
        }
        text += "trailer\n<< \(trailer) >>\nstartxref\n\(table)\n%%EOF\n"
        return bytes + Array(text.utf8)
    }
}

/// Text in a PDF: a UTF-16BE hex string with its byte-order mark, so any language's letters survive.
private enum PDFText {
    static func string(_ text: String) -> String {
        let hex = "0123456789ABCDEF".map { $0 }
        var out = "<FEFF"
        for unit in text.utf16 {
            for shift in [12, 8, 4, 0] { out.append(hex[Int(unit >> UInt16(shift)) & 15]) }
        }
        return out + ">"
    }
}

/// The XMP metadata PDF/UA asks for: the title (dc:title), the language and the PDF/UA part.
private enum XMP {
    static func packet(title: String, language: String) -> [UInt8] {
        let escaped = SVGText.escape(title)  // the same XML escaping as the picture's own texts
        return Array(
            """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" \
            xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <dc:title><rdf:Alt><rdf:li xml:lang="x-default">\(escaped)</rdf:li></rdf:Alt></dc:title>
            <dc:language><rdf:Bag><rdf:li>\(language)</rdf:li></rdf:Bag></dc:language>
            <pdfuaid:part>1</pdfuaid:part>
            </rdf:Description></rdf:RDF></x:xmpmeta>
            <?xpacket end="w"?>
            """.utf8)
    }
}
