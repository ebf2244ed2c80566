/// What a canvas is made of: its impact domains and its deck of inventory cards. The LIM template
/// ("Impact in Beeld") is built in; an institution that names its domains differently loads its own from JSON.
public struct CanvasTemplate: Equatable, Sendable {
    public static let schemaID = "impactkit/template/1"

    public var id: String
    public var name: LocalizedText
    /// Read-only from outside: the lookup indexes below must stay in step (build a new template to change them).
    public private(set) var domains: [Domain]
    public private(set) var cards: [Card]
    public var unknown: JSONObject

    private var cardIndex: [String: Int]
    private var domainIndex: [String: Int]

    public init(
        id: String, name: LocalizedText, domains: [Domain], cards: [Card], unknown: JSONObject = JSONObject()
    )
        throws
    {
        guard !domains.isEmpty else { throw ImpactKitError(.schema, "a template needs at least one domain") }
        self.id = try Identifier.validate(id)
        self.name = name
        self.domains = domains
        self.cards = cards
        self.unknown = unknown
        self.domainIndex = [:]
        self.cardIndex = [:]
        for (index, domain) in domains.enumerated() {
            _ = try at("domains") { try at(index) { try Identifier.validate(domain.id) } }
            guard domainIndex.updateValue(index, forKey: domain.id) == nil else {
                throw ImpactKitError(.exists, "duplicate domain id \"\(domain.id)\"", path: "/domains/\(index)/id")
            }
        }
        for (index, card) in cards.enumerated() {
            _ = try at("cards") { try at(index) { try Identifier.validate(card.id) } }
            guard cardIndex.updateValue(index, forKey: card.id) == nil else {
                throw ImpactKitError(.exists, "duplicate card id \"\(card.id)\"", path: "/cards/\(index)/id")
            }
        }
    }

    /// For built-in templates whose ids are known to be valid and distinct (a test checks them by decoding).
    init(builtin id: String, name: LocalizedText, domains: [Domain], cards: [Card]) {
        self.id = id
        self.name = name
        self.domains = domains
        self.cards = cards
        self.unknown = JSONObject()
        self.domainIndex = Dictionary(domains.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.cardIndex = Dictionary(cards.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func domain(_ id: String) -> Domain? {
        domainIndex[id].map { domains[$0] }
    }

    /// Whether the template has domain `id` (without copying it out).
    public func hasDomain(_ id: String) -> Bool {
        domainIndex[id] != nil
    }

    /// The kind of deck card `id` (without copying the card out: placing reads only the kind).
    func cardKind(_ id: String) -> CardKind? {
        cardIndex[id].map { cards[$0].kind }
    }

    public func card(_ id: String) -> Card? {
        cardIndex[id].map { cards[$0] }
    }

    /// The position of a domain in the template; reports list domains in this order.
    public func order(of domainID: String) -> Int? { domainIndex[domainID] }

    public static func == (lhs: CanvasTemplate, rhs: CanvasTemplate) -> Bool {
        lhs.id == rhs.id && lhs.name == rhs.name && lhs.domains == rhs.domains && lhs.cards == rhs.cards
            && lhs.unknown == rhs.unknown
    }

    /// Built-in templates by id.
    public static func builtin(_ id: String) -> CanvasTemplate? {
        id == LIMTemplate.id ? LIMTemplate.template : nil
    }
}

extension CanvasTemplate {
    public static func decode(_ value: JSONValue) throws -> CanvasTemplate {
        var reader = try ObjectReader(value)
        let schema = try reader.required("schema") { try $0.stringValue() }
        guard schema == schemaID else {
            throw ImpactKitError(
                .schema, "unsupported template schema \"\(schema.prefix(60))\" (this version reads \(schemaID))",
                path: "/schema")
        }
        let id = try reader.required("id") { try $0.identifier() }
        let name = try reader.required("name", LocalizedText.decode)
        let domains = try reader.required("domains") { value in
            try value.array { item -> Domain in
                var domain = try ObjectReader(item)
                let result = Domain(
                    id: try domain.required("id") { try $0.identifier() },
                    name: try domain.required("name", LocalizedText.decode),
                    question: try domain.required("question", LocalizedText.decode),
                    color: try domain.optional("color") { try Color.validate(try $0.stringValue()) },
                    nameSource: try domain.optional("name_source") { try Provenance(id: try $0.stringValue()) },
                    questionSource: try domain.optional("question_source") { try Provenance(id: try $0.stringValue()) })
                return result
            }
        }
        let cards =
            try reader.optional("cards") { value in
                try value.array { item -> Card in
                    var card = try ObjectReader(item)
                    return Card(
                        id: try card.required("id") { try $0.identifier() },
                        kind: try card.required("kind") { try CardKind(id: try $0.stringValue()) },
                        text: try card.required("text", LocalizedText.decode),
                        source: try card.optional("source") { try Provenance(id: try $0.stringValue()) })
                }
            } ?? []
        return try CanvasTemplate(id: id, name: name, domains: domains, cards: cards, unknown: reader.unknown)
    }

    public var json: JSONValue {
        var object = JSONObject()
        object.append("schema", .string(Self.schemaID))
        object.append("id", .string(id))
        object.append("name", name.json)
        object.append(
            "domains",
            .array(
                domains.map { domain in
                    var item = JSONObject()
                    item.append("id", .string(domain.id))
                    item.append("name", domain.name.json)
                    item.append("question", domain.question.json)
                    item.append("color", ifPresent: domain.color.map(JSONValue.string))
                    item.append("name_source", ifPresent: domain.nameSource.map { .string($0.rawValue) })
                    item.append("question_source", ifPresent: domain.questionSource.map { .string($0.rawValue) })
                    return .object(item)
                }))
        object.append(
            "cards",
            .array(
                cards.map { card in
                    var item = JSONObject()
                    item.append("id", .string(card.id))
                    item.append("kind", .string(card.kind.rawValue))
                    item.append("text", card.text.json)
                    item.append("source", ifPresent: card.source.map { .string($0.rawValue) })
                    return .object(item)
                }))
        object.append(contentsOf: unknown)
        return .object(object)
    }
}

enum Color {
    static func validate(_ text: String) throws -> String {
        let bytes = Array(text.utf8)
        let isHex =
            bytes.count == 7 && bytes[0] == UInt8(ascii: "#")
            && bytes.dropFirst().allSatisfy {
                ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) || ($0 >= 65 && $0 <= 70)
            }
        guard isHex else { throw ImpactKitError(.invalidArgument, "colour must look like \"#1f77b4\"") }
        return text
    }
}
