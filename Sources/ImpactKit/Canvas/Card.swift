/// An inventory card: from the template's deck (text in nl and en) or written by the group (text as written).
public struct Card: Equatable, Sendable {
    public var id: String
    public var kind: CardKind
    public var text: LocalizedText
    /// True for a card the group wrote itself.
    public var isCustom: Bool
    /// Where a deck card's text comes from; nil for the group's own cards and host templates that do not say.
    public var source: Provenance?

    public init(id: String, kind: CardKind, text: LocalizedText, isCustom: Bool = false, source: Provenance? = nil) {
        self.id = id
        self.kind = kind
        self.text = text
        self.isCustom = isCustom
        self.source = source
    }
}

/// A card a group writes itself (a filled-in blank card, or its own activity/location/result card).
/// Its text stays in the language the group wrote it in.
public struct CustomCard: Equatable, Sendable {
    public var id: String
    public var kind: CardKind
    public var text: String
    /// Fields of this card that this version does not know, kept for the round trip.
    public var unknown: JSONObject

    public init(id: String, kind: CardKind = .blank, text: String, unknown: JSONObject = JSONObject()) {
        self.id = id
        self.kind = kind
        self.text = text
        self.unknown = unknown
    }

    public var card: Card {
        Card(id: id, kind: kind, text: LocalizedText(nl: text, en: text), isCustom: true)
    }
}

extension Card {
    /// The card as listed in a catalog: {"id", "kind", "text": {"nl", "en"}, "custom"}.
    public var jsonValue: JSONValue {
        var item = JSONObject()
        item.append("id", .string(id))
        item.append("kind", .string(kind.rawValue))
        item.append("text", text.json)
        item.append("custom", .bool(isCustom))
        return .object(item)
    }
}
