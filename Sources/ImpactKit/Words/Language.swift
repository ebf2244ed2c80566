/// The languages ImpactKit speaks. The instruments are Dutch; platforms are international.
public enum Language: String, Sendable, CaseIterable {
    case nl
    case en

    /// Parses "nl"/"en" (also "nl-NL", "en_GB"); anything else is an error rather than a silent fallback.
    public init(code: String) throws {
        let base = code.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        guard let language = Language(rawValue: base.lowercased()) else {
            throw ImpactKitError(.invalidArgument, "unsupported language \"\(code.prefix(20))\" (use \"nl\" or \"en\")")
        }
        self = language
    }
}

/// A text in Dutch and English.
public struct LocalizedText: Hashable, Sendable {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    public subscript(language: Language) -> String {
        switch language {
        case .nl: return nl
        case .en: return en
        }
    }

    var json: JSONValue {
        var object = JSONObject()
        object.append("nl", .string(nl))
        object.append("en", .string(en))
        return .object(object)
    }

    static func decode(_ value: JSONValue) throws -> LocalizedText {
        var reader = try ObjectReader(value)
        let nl = try reader.required("nl") { try $0.nonEmptyString() }
        let en = try reader.required("en") { try $0.nonEmptyString() }
        return LocalizedText(nl: nl, en: en)
    }
}
