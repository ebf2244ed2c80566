/// How a host wants its documents as analytics rows: who the rows belong to and how people and groups
/// are named. Read from a small JSON object, like the xAPI settings, so that a later version can add settings
/// without an ABI change.
///
/// Rows leave the institution and end up in a sector warehouse, so the default names nobody: institution,
/// programme, group, document and person are keyed hashes (`pseudonym_salt`, the same secret and the same person
/// pseudonyms as the xAPI export, so rows and statements join), and titles and free texts are left out. A host
/// that wants names says `"names": "real"`.
public struct AnalyticsSettings: Equatable, Sendable {
    public enum Names: String, Vocabulary, Sendable {
        case pseudonymous
        case real
        public static let vocabularyName = "names setting"
    }

    /// The institution the rows belong to (its short name or code); nil = not said.
    public var institution: String?
    /// The programme; a journey's own `programme` wins over it.
    public var programme: String?
    public var names: Names = .pseudonymous
    public var pseudonymSalt: [UInt8]?

    public init(
        institution: String? = nil, programme: String? = nil, names: Names = .pseudonymous,
        pseudonymSalt: [UInt8]? = nil
    ) {
        self.institution = institution
        self.programme = programme
        self.names = names
        self.pseudonymSalt = pseudonymSalt
    }

    public init(jsonValue value: JSONValue) throws {
        var reader = try ObjectReader(value)
        institution = try reader.optional("institution") { try $0.nonEmptyString(maxLength: 200) }
        programme = try reader.optional("programme") { try $0.nonEmptyString(maxLength: 200) }
        names = try reader.optional("names") { try Names(id: try $0.stringValue()) } ?? .pseudonymous
        pseudonymSalt = try reader.optional("pseudonym_salt") {
            try XAPISettings.salt(Array(try $0.stringValue().utf8))
        }
        if let first = reader.unknown.members.first {
            throw ImpactKitError(
                .invalidArgument, "unknown analytics setting \"\(first.key.prefix(40))\"", path: "/" + first.key)
        }
        try validated()
    }

    /// The settings, or IK_EINVAL when pseudonyms are asked for without a salt to key them.
    @discardableResult
    public func validated() throws -> AnalyticsSettings {
        guard names == .real || pseudonymSalt != nil else {
            let shortest = XAPISettings.shortestSalt
            throw ImpactKitError(
                .invalidArgument,
                "analytics rows name no group or person by default: give \"pseudonym_salt\" (a secret of at least \(shortest) bytes the host keeps) or \"names\": \"real\"",
                path: "/pseudonym_salt")
        }
        return self
    }

    /// What names a thing of `kind` ("institution", "programme", "group", "document") in the rows: itself with
    /// real names, else "ik-" and 32 hex digits of HMAC-SHA-256(salt, "kind:value"). People are keyed by their
    /// name alone, as in the xAPI export, so the two join.
    public func pseudonym(_ kind: String, _ value: String) -> String {
        Pseudonyms(self).pseudonym(kind, value)
    }

    public func person(_ name: String) -> String {
        Pseudonyms(self).person(name)
    }
}

/// The names of one export run (or one worker of it): AnalyticsSettings' pseudonyms — the rule lives here only —
/// each computed once. A
/// document asks ~14 times for ~4 distinct names (institution, programme, document, group), and the institution and
/// programme are the same for a whole run. Keyed by the HMAC's message itself, so a person and a thing with the
/// same message share one entry exactly as they share one pseudonym. Kept small: emptied past 65 536 names.
/// One thread at a time uses an instance (each worker has its own); it may be handed between threads.
package final class Pseudonyms: @unchecked Sendable {
    package let settings: AnalyticsSettings
    private var known: [String: String] = [:]

    package init(_ settings: AnalyticsSettings) {
        self.settings = settings
    }

    package func pseudonym(_ kind: String, _ value: String) -> String {
        guard settings.names == .pseudonymous, let salt = settings.pseudonymSalt else { return value }
        return keyed(salt, kind + ":" + value)
    }

    package func person(_ name: String) -> String {
        guard settings.names == .pseudonymous, let salt = settings.pseudonymSalt else { return name }
        return keyed(salt, name)
    }

    private func keyed(_ salt: [UInt8], _ message: String) -> String {
        if let name = known[message] { return name }
        if known.count >= 65_536 { known.removeAll(keepingCapacity: true) }
        let name = XAPISettings.pseudonym(of: message, salt: salt)
        known[message] = name
        return name
    }

    /// The first cells of every row (`AnalyticsTable.owner`): institution, programme (the document's own, else the
    /// settings'), document.
    func owner(programme: String?, document: String) -> [AnalyticsCell] {
        [
            .text(settings.institution.map { pseudonym("institution", $0) }),
            .text((programme ?? settings.programme).map { pseudonym("programme", $0) }),
            .text(pseudonym("document", document)),
        ]
    }
}
