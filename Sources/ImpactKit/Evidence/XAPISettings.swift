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

    /// The xAPI version the statements follow. 1.0.3 stays the default while LRSs (Ralph, Moodle's logstore_xapi)
    /// take only that one.
    public enum Version: String, Vocabulary, Sendable {
        case v1_0_3 = "1.0.3"
        /// IEEE 9274.1.1: coaches and work-field partners as context.contextAgents, the team as
        /// context.contextGroups, "version": "2.0.0" on every statement.
        case v2_0_0 = "2.0.0"
        public static let vocabularyName = "xAPI version"
    }

    /// How team members are named to the LRS. Students' names are personal data an LRS keeps for years and shares
    /// with dashboards, so the default names nobody: it sends pseudonyms, and real names only when a host says so.
    public enum Names: String, Vocabulary, Sendable {
        /// account.name is the host's account mapping or else a keyed hash of the name; agents carry no "name".
        case pseudonymous
        /// account.name is the host's account mapping or else the member's name; agents carry the name.
        case real
        public static let vocabularyName = "names setting"
    }

    /// The platform whose accounts identify people (xAPI account.homePage), e.g. "https://lms.example.org".
    public var homepage: String
    /// Prefix of the activity ids; default the homepage followed by "/impactkit/".
    public var activityBase: String
    public var actor: ActorMode = .group
    /// Team member id or name → account name on the platform (login id), the id looked up first; a member not
    /// listed gets a pseudonym (or, with `names` `.real`, their name).
    public var accounts: [String: String] = [:]
    public var names: Names = .pseudonymous
    public var version: Version = .v1_0_3
    /// xAPI 2.0: words that mark a team member's free-text role as a coach or a work-field partner (lower case,
    /// matched anywhere in the role); every other member is a student of the team.
    public var coachRoles = ["coach", "docent", "begeleider", "teacher", "tutor", "lecturer"]
    public var partnerRoles = ["opdrachtgever", "werkveld", "partner", "client", "klant", "wijkteam"]
    /// The key of the pseudonyms: a secret the host keeps and reuses, so that one student keeps one pseudonym
    /// over moments and exports. Never written into a statement.
    public var pseudonymSalt: [UInt8]?
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
        accounts =
            try reader.optional("accounts") { try $0.stringMap(maxLength: 256, of: "member id or name → account") }
            ?? [:]
        names = try reader.optional("names") { try Names(id: try $0.stringValue()) } ?? .pseudonymous
        version = try reader.optional("version") { try Version(id: try $0.stringValue()) } ?? .v1_0_3
        if let roles = try reader.optional("roles", { $0 }) {
            var roleReader = try at("roles") { try ObjectReader(roles) }
            func words(_ key: String) throws -> [String]? {
                try at("roles") {
                    try roleReader.optional(key) { value in
                        guard case .array(let items) = value else {
                            throw ImpactKitError(.schema, "expected an array of words")
                        }
                        return try items.enumerated().map { index, item in
                            try at(index) { try item.nonEmptyString(maxLength: 64).lowercased() }
                        }
                    }
                }
            }
            coachRoles = try words("coach") ?? coachRoles
            partnerRoles = try words("work-field-partner") ?? partnerRoles
            if let first = roleReader.unknown.members.first {
                throw ImpactKitError(
                    .invalidArgument, "unknown role \"\(first.key.prefix(40))\" (coach, work-field-partner)",
                    path: "/roles/" + first.key)
            }
        }
        pseudonymSalt = try reader.optional("pseudonym_salt") { try Self.salt(Array(try $0.stringValue().utf8)) }
        attachment = try reader.optional("attachment") { try $0.boolValue() } ?? false
        attachmentURL = try reader.optional("attachment_url") { try Self.iri(try $0.stringValue()) }
        let unknown = reader.unknown
        if let first = unknown.members.first {
            // Settings are not a document: an unknown key is a typo the host wants to hear about.
            throw ImpactKitError(
                .invalidArgument, "unknown xAPI setting \"\(first.key.prefix(40))\"", path: "/" + first.key)
        }
    }

    static let shortestSalt = 16

    /// A pseudonym salt as given (a settings member, a CLI salt file), or the reason it cannot be one.
    public static func salt(_ bytes: [UInt8]) throws -> [UInt8] {
        guard bytes.count >= shortestSalt, bytes.count <= 1024 else {
            throw ImpactKitError(
                .invalidArgument,
                "a pseudonym salt needs \(shortestSalt) to 1024 bytes (got \(bytes.count)): a short one can be guessed")
        }
        return bytes
    }

    /// What a team member is, by the words of its free-text role.
    public enum Role: Sendable { case student, coach, workFieldPartner }

    public func role(of member: TeamMember) -> Role {
        guard let role = member.role?.lowercased() else { return .student }
        if coachRoles.contains(where: { role.contains($0) }) { return .coach }
        if partnerRoles.contains(where: { role.contains($0) }) { return .workFieldPartner }
        return .student
    }

    /// How a team member appears in a statement: the account name, and the display name when real names are chosen.
    /// `accounts` is looked up by the member's id first (what a platform knows its users by, since team members have
    /// ids), then by their name; the pseudonym is of the name, as before, so statements already sent keep their actor.
    public func identity(of member: TeamMember) throws -> (account: String, name: String?) {
        try identity(of: member.name, account: member.id.flatMap { accounts[$0] } ?? accounts[member.name])
    }

    /// The same for a member known by name only.
    public func identity(of member: String) throws -> (account: String, name: String?) {
        try identity(of: member, account: accounts[member])
    }

    private func identity(of member: String, account: String?) throws -> (account: String, name: String?) {
        if names == .real { return (account ?? member, member) }
        if let account { return (account, nil) }
        guard let salt = pseudonymSalt else {
            throw ImpactKitError(
                .invalidArgument,
                """
                team member names are not sent to an LRS by default: give "pseudonym_salt" (a secret of at least \
                \(Self.shortestSalt) bytes the host keeps), an "accounts" entry for every member, or "names": "real"
                """, path: "/pseudonym_salt")
        }
        return (Self.pseudonym(of: member, salt: salt), nil)
    }

    /// "ik-" and 32 hex digits of HMAC-SHA-256(salt, message): a member's account here, and every pseudonym of the
    /// analytics rows (Pseudonyms), so statements and rows join.
    static func pseudonym(of message: String, salt: [UInt8]) -> String {
        "ik-" + SHA256.hexDigits(Array(HMAC.sha256(key: salt, message: message.utf8).prefix(16)))
    }

    /// An absolute http(s) IRI without spaces or control characters (xAPI readers such as Moodle treat only
    /// http(s) as IRIs).
    static func iri(_ text: String) throws -> String {
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), text.utf8.count > 8, text.utf8.count <= 2048,
            text.unicodeScalars.allSatisfy({
                $0.value > 0x20 && $0.value != 0x7F && !"<>\"{}|\\^`".unicodeScalars.contains($0)
            })
        else {
            throw ImpactKitError(.invalidArgument, "\"\(text.prefix(60))\" is not an absolute http(s) IRI")
        }
        // user:password@ in the authority would be copied into every statement (and every LRS that stores them).
        let authority = text.drop { $0 != "/" }.dropFirst(2).prefix { !"/?#".contains($0) }
        guard !authority.contains("@") else {
            throw ImpactKitError(
                // The message leaves the IRI out: error logs are no place for a password either.
                .invalidArgument,
                "the IRI carries credentials (user@ or user:password@ before the host); give it without them")
        }
        return text
    }

    static func withSlash(_ text: String) -> String { text.hasSuffix("/") ? text : text + "/" }
}
