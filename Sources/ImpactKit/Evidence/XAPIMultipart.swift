/// Statements and the raw bytes of their attachments as one multipart/mixed request body, as xAPI 1.0.3 requires
/// for an attachment without a fileUrl (part 3 §1.5.2; RFC 2046): the statements first as application/json, then
/// one part per distinct attachment with Content-Transfer-Encoding binary and X-Experience-API-Hash, lines ending
/// in CRLF. POST it to the LRS's /statements with `contentType` as the Content-Type header.
public struct XAPIMultipart: Equatable, Sendable {
    /// One attachment's bytes, identified by the SHA-256 the statement declares.
    public struct Attachment: Equatable, Sendable {
        public let contentType: String
        public let bytes: String
        public let sha2: String

        public init(contentType: String, bytes: String) {
            self.contentType = contentType
            self.bytes = bytes
            sha2 = SHA256.hex(bytes.utf8)
        }
    }

    /// `multipart/mixed; boundary=…`, the value of the request's Content-Type header.
    public let contentType: String
    public let body: String

    public init(statements: JSONValue, attachments: [Attachment]) {
        let json = JSONWriter.string(statements, pretty: false)
        // The boundary comes from the content (the same export, the same body) and must occur in no part.
        var boundary = "impactkit-" + SHA256.hex((json + attachments.map(\.sha2).joined()).utf8).prefix(32)
        while json.contains(boundary) || attachments.contains(where: { $0.bytes.contains(boundary) }) {
            boundary += "x"
        }
        var body = "--\(boundary)\r\nContent-Type: application/json\r\n\r\n\(json)"
        for attachment in attachments {
            body +=
                "\r\n--\(boundary)\r\nContent-Type: \(attachment.contentType)\r\nContent-Transfer-Encoding: binary\r\n"
            body += "X-Experience-API-Hash: \(attachment.sha2)\r\n\r\n\(attachment.bytes)"
        }
        body += "\r\n--\(boundary)--\r\n"
        contentType = "multipart/mixed; boundary=" + boundary
        self.body = body
    }
}
