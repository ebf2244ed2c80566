/// How a host wants its xAPI statements: whose accounts identify people, where activities live, whether each team
/// member or the team as a group is the actor, and whether the canvas poster goes along as an attachment. Read
/// from a small JSON object so that a later version can add settings without an ABI change.
public struct XAPISettings: Equatable, Sendable {
    public enum ActorMode: String, Vocabulary, Sendable {
        /// One statement per event with the team as an xAPI Group (its members listed).
        case group
        /// One statement per team member, the team in context.team.
        case members
        public static let vocabularyName = "actor mode"
    }

    /// The platform whose accounts identify people (xAPI account.homePage), e.g. "https://lms.example.org".
    public var homepage: String
    /// Prefix of the activity ids; default the homepage followed by "/impactkit/".
    public var activityBase: String
    public var actor: ActorMode = .group
    /// Team member name → account name on the platform (login id); a member not listed uses their name.
    public var accounts: [String: String] = [:]
    /// Attach the canvas poster (SVG) by its SHA-256 (xAPI attachments; the host sends the bytes).
    public var attachment = false
    /// Where the platform serves the poster, if it does (attachment fileUrl).
    public var attachmentURL: String?

    public init(homepage: String) throws {
        self.homepage = try Self.iri(homepage)
        activityBase = Self.withSlash(self.homepage) + "impactkit/"
    }

    public init(jsonValue value: JSONValue) throws {
        var reader = try ObjectReader(value)
        // Without a homepage no person can be named at all: an argument the host must give (IK_EINVAL), as documented.
        guard let homepage = try reader.optional("homepage", { try Self.iri(try $0.stringValue()) }) else {
            throw ImpactKitError(
                .invalidArgument, "xAPI settings need \"homepage\": the platform whose accounts identify people",
                path: "/homepage")
        }
        try self.init(homepage: homepage)
        if let base = try reader.optional("activity_base", { try Self.iri(try $0.stringValue()) }) {
            activityBase = Self.withSlash(base)
        }
        actor = try reader.optional("actor") { try ActorMode(id: try $0.stringValue()) } ?? .group
        accounts = try reader.optional("accounts") { value in
            guard case .object(let object) = value else { throw ImpactKitError(.schema, "expected an object of name → account") }
            var accounts: [String: String] = [:]
            for member in object.members {
                accounts[member.key] = try at(member.key) { try member.value.nonEmptyString(maxLength: 256) }
            }
            return accounts
        } ?? [:]
        attachment = try reader.optional("attachment") { try $0.boolValue() } ?? false
        attachmentURL = try reader.optional("attachment_url") { try Self.iri(try $0.stringValue()) }
        let unknown = reader.unknown
        if let first = unknown.members.first {
            // Settings are not a document: an unknown key is a typo the host wants to hear about.
            throw ImpactKitError(.invalidArgument, "unknown xAPI setting \"\(first.key.prefix(40))\"", path: "/" + first.key)
        }
    }

    /// An absolute http(s) IRI without spaces or control characters (xAPI readers such as Moodle treat only
    /// http(s) as IRIs).
    static func iri(_ text: String) throws -> String {
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), text.utf8.count > 8, text.utf8.count <= 2048,
            text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && !"<>\"{}|\\^`".unicodeScalars.contains($0) })
        else {
            throw ImpactKitError(.invalidArgument, "\"\(text.prefix(60))\" is not an absolute http(s) IRI")
        }
        // user:password@ in the authority would be copied into every statement (and every LRS that stores them).
        let authority = text.drop { $0 != "/" }.dropFirst(2).prefix { !"/?#".contains($0) }
        guard !authority.contains("@") else {
            throw ImpactKitError(
                // The message leaves the IRI out: error logs are no place for a password either.
                .invalidArgument, "the IRI carries credentials (user@ or user:password@ before the host); give it without them")
        }
        return text
    }

    private static func withSlash(_ text: String) -> String { text.hasSuffix("/") ? text : text + "/" }
}
