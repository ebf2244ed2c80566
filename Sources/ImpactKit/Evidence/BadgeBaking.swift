/// A credential baked into its image, as OB 3.0 §5.3 says, and read back: in an SVG an
/// `<openbadges:credential>` element (a VC-JWT in its `verify` attribute, a credential with an embedded proof as
/// its text), in a PNG an uncompressed `iTXt` chunk with the keyword `openbadgecredential` before IEND. The poster
/// a team made then carries the badge it earned; any OB 3.0 verifier finds it there.
public enum BadgeBaking {
    public static let namespace = "https://purl.imsglobal.org/ob/v3p0"
    static let keyword = Array("openbadgecredential".utf8)
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    /// Whether the bytes are a PNG (by its signature); otherwise they are taken as SVG text.
    public static func isPNG(_ bytes: [UInt8]) -> Bool { bytes.starts(with: pngSignature) }

    /// The image with the credential (a compact JWT, or the JSON of a credential with an embedded proof) baked in.
    public static func bake(_ image: [UInt8], credential: String) throws -> [UInt8] {
        let credential = try checked(credential)
        if isPNG(image) { return try bakePNG(image, credential: credential) }
        guard let svg = String(validating: image, as: UTF8.self) else {
            throw ImpactKitError(.invalidArgument, "the image is neither a PNG nor SVG text (UTF-8)")
        }
        return Array(try bakeSVG(svg, credential: credential).utf8)
    }

    /// The credential baked into an image; IK_ENOTFOUND when it carries none.
    public static func extract(_ image: [UInt8]) throws -> String {
        if isPNG(image) { return try extractPNG(image) }
        guard let svg = String(validating: image, as: UTF8.self) else {
            throw ImpactKitError(.invalidArgument, "the image is neither a PNG nor SVG text (UTF-8)")
        }
        return try extractSVG(svg)
    }

    /// A compact JWT (three base64url parts) or a JSON object: what a verifier can take.
    private static func checked(_ credential: String) throws -> String {
        let text = trimmed(credential)
        if text.hasPrefix("{") {
            guard case .object? = try? JSONParser.parse(text) else {
                throw ImpactKitError(.json, "the credential is not a JSON object")
            }
            return text
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && Base64.decodeURL(String($0)) != nil }) else {
            throw ImpactKitError(.invalidArgument, "the credential is neither a compact JWT nor a JSON object")
        }
        return text
    }

    // MARK: SVG

    static func bakeSVG(_ svg: String, credential: String) throws -> String {
        guard svg.firstRange(of: "<openbadges:credential") == nil else {
            throw ImpactKitError(.invalidArgument, "the SVG carries a credential already")
        }
        guard let open = svg.firstRange(of: "<svg"), let end = svg[open.upperBound...].firstIndex(of: ">") else {
            throw ImpactKitError(.invalidArgument, "no <svg> element in the image")
        }
        let selfClosing = svg[svg.index(before: end)] == "/"
        let tagEnd = selfClosing ? svg.index(before: end) : end
        let declared = svg[open.upperBound..<tagEnd].contains("xmlns:openbadges=")
        let element =
            credential.hasPrefix("{")
            // A JSON credential as CDATA text; "]]>" inside it (possible in a narrative) split across two sections.
            ? "<openbadges:credential><![CDATA[" + credential.replacing("]]>", with: "]]]]><![CDATA[>")
                + "]]></openbadges:credential>"
            : "<openbadges:credential verify=\"" + credential + "\"/>"
        var out = String(svg[..<tagEnd])
        if !declared { out += " xmlns:openbadges=\"\(namespace)\"" }
        out += selfClosing ? ">" + element + "</svg>" : ">" + element
        out += svg[svg.index(after: end)...]
        return out
    }

    static func extractSVG(_ svg: String) throws -> String {
        guard let start = svg.firstRange(of: "<openbadges:credential"),
            let close = svg[start.upperBound...].firstIndex(of: ">")
        else {
            throw ImpactKitError(.notFound, "the SVG carries no <openbadges:credential>")
        }
        let attributes = svg[start.upperBound..<close]
        if let verify = attributes.firstRange(of: "verify=\"") {
            let value = attributes[verify.upperBound...].prefix { $0 != "\"" }
            return xmlUnescaped(String(value))
        }
        guard let end = svg[close...].firstRange(of: "</openbadges:credential>") else {
            throw ImpactKitError(.invalidArgument, "the <openbadges:credential> element is not closed")
        }
        var body = String(svg[svg.index(after: close)..<end.lowerBound])
        var text = ""
        while let cdata = body.firstRange(of: "<![CDATA[") {
            text += xmlUnescaped(String(body[..<cdata.lowerBound]))
            guard let finish = body[cdata.upperBound...].firstRange(of: "]]>") else {
                throw ImpactKitError(.invalidArgument, "an unclosed CDATA section in <openbadges:credential>")
            }
            text += body[cdata.upperBound..<finish.lowerBound]
            body = String(body[finish.upperBound...])
        }
        text += xmlUnescaped(body)
        let credential = trimmed(text)
        guard !credential.isEmpty else {
            throw ImpactKitError(.notFound, "the <openbadges:credential> element is empty")
        }
        return credential
    }

    private static func trimmed(_ text: String) -> String {
        String(text.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }

    private static func xmlUnescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&apos;", with: "'").replacing("&amp;", with: "&")
    }

    // MARK: PNG

    /// The chunks of a PNG (type and the range of its data), checked: lengths within the file, CRCs right, IEND last.
    private static func chunks(_ png: [UInt8]) throws -> [(type: [UInt8], data: Range<Int>)] {
        var chunks: [(type: [UInt8], data: Range<Int>)] = []
        var index = pngSignature.count
        while index < png.count {
            guard png.count - index >= 12 else { throw ImpactKitError(.invalidArgument, "the PNG ends inside a chunk") }
            let length =
                Int(png[index]) << 24 | Int(png[index + 1]) << 16 | Int(png[index + 2]) << 8 | Int(png[index + 3])
            guard length <= png.count - index - 12 else {
                throw ImpactKitError(.invalidArgument, "a PNG chunk is longer than the file")
            }
            let type = Array(png[index + 4..<index + 8])
            let data = index + 8..<index + 8 + length
            let stored = png[data.upperBound..<data.upperBound + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            guard CRC32.checksum(png[index + 4..<data.upperBound]) == stored else {
                throw ImpactKitError(.invalidArgument, "a PNG chunk's CRC is wrong (a damaged file)")
            }
            chunks.append((type, data))
            index = data.upperBound + 4
            if type == Array("IEND".utf8) { break }
        }
        guard chunks.last?.type == Array("IEND".utf8) else {
            throw ImpactKitError(.invalidArgument, "the PNG has no IEND")
        }
        return chunks
    }

    static func bakePNG(_ png: [UInt8], credential: String) throws -> [UInt8] {
        let list = try chunks(png)
        if list.contains(where: { $0.type == Array("iTXt".utf8) && png[$0.data].starts(with: keyword + [0]) }) {
            throw ImpactKitError(.invalidArgument, "the PNG carries a credential already")
        }
        // iTXt: keyword, NUL, compression flag 0, method 0, no language tag, NUL, no translated keyword, NUL, text.
        let data = keyword + [0, 0, 0, 0, 0] + Array(credential.utf8)
        let type = Array("iTXt".utf8)
        var chunk: [UInt8] = []
        chunk.reserveCapacity(data.count + 12)
        let length = UInt32(data.count)
        chunk += [UInt8(length >> 24), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
        chunk += type + data
        let crc = CRC32.checksum(type + data)
        chunk += [UInt8(crc >> 24), UInt8(crc >> 16 & 0xFF), UInt8(crc >> 8 & 0xFF), UInt8(crc & 0xFF)]
        // Before IEND (its 12 bytes end the file).
        let iend = list[list.count - 1].data.lowerBound - 8
        return Array(png[..<iend]) + chunk + Array(png[iend...])
    }

    static func extractPNG(_ png: [UInt8]) throws -> String {
        for chunk in try chunks(png) where chunk.type == Array("iTXt".utf8) {
            let data = Array(png[chunk.data])
            guard data.starts(with: keyword + [0]), data.count >= keyword.count + 3 else { continue }
            guard data[keyword.count + 1] == 0 else {
                throw ImpactKitError(
                    .notSupported, "the PNG's credential is compressed; ImpactKit reads it uncompressed")
            }
            // After the flags: language tag NUL, translated keyword NUL, then the text.
            var index = keyword.count + 3
            for _ in 0..<2 {
                guard let nul = data[index...].firstIndex(of: 0) else {
                    throw ImpactKitError(.invalidArgument, "the PNG's iTXt chunk is cut short")
                }
                index = nul + 1
            }
            guard let text = String(validating: data[index...], as: UTF8.self), !text.isEmpty else {
                throw ImpactKitError(.invalidArgument, "the PNG's credential is not UTF-8 text")
            }
            return text
        }
        throw ImpactKitError(.notFound, "the PNG carries no openbadgecredential iTXt chunk")
    }
}

/// CRC-32 (ISO 3309, as PNG chunks use it).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum<Bytes: Sequence>(_ bytes: Bytes) -> UInt32 where Bytes.Element == UInt8 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
