/// The three fields every domain of the canvas has: what do you do, where do you do it, what does it yield.
public enum Field: String, Vocabulary {
    public static let vocabularyName = "field"
    public static let unknownCode = ErrorCode.notFound
    case activity
    case place
    case result

    /// As Vocabulary's, without its generic look-up: every edit through the C API reads a field.
    public init(id: String) throws {
        switch id {
        case "activity": self = .activity
        case "place": self = .place
        case "result": self = .result
        default: throw Field.unknown(id)
        }
    }

    public var name: LocalizedText {
        switch self {
        case .activity: return LocalizedText(nl: "Wat doe je?", en: "What do you do?")
        case .place: return LocalizedText(nl: "Waar doe je het?", en: "Where do you do it?")
        case .result: return LocalizedText(nl: "Wat levert het op?", en: "What does it yield?")
        }
    }

    /// A one-word label for tables.
    public var label: LocalizedText {
        switch self {
        case .activity: return LocalizedText(nl: "activiteit", en: "activity")
        case .place: return LocalizedText(nl: "plaats", en: "place")
        case .result: return LocalizedText(nl: "opbrengst", en: "result")
        }
    }
}

/// The kinds of inventory card (inventarisatiekaartjes).
public enum CardKind: String, Vocabulary {
    public static let vocabularyName = "card kind"
    case activity
    case location
    case result
    /// A blank card the group writes itself; it fits any field.
    case blank

    /// Cards go into the matching field (LIM §7.3); blank cards go anywhere.
    public func fits(_ field: Field) -> Bool {
        switch self {
        case .activity: return field == .activity
        case .location: return field == .place
        case .result: return field == .result
        case .blank: return true
        }
    }
}
