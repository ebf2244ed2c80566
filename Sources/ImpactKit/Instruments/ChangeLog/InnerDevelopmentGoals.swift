/// The Inner Development Goals framework (2021): five dimensions with 23 skills. Seed 001 classifies every
/// stakeholder change into a dimension and, where known, a skill.
public enum IDGDimension: String, Vocabulary {
    public static let vocabularyName = "IDG dimension"
    case being, thinking, relating, collaborating, acting

    public var label: LocalizedText {
        switch self {
        case .being: return LocalizedText(nl: "Zijn (Being)", en: "Being")
        case .thinking: return LocalizedText(nl: "Denken (Thinking)", en: "Thinking")
        case .relating: return LocalizedText(nl: "Verbinden (Relating)", en: "Relating")
        case .collaborating: return LocalizedText(nl: "Samenwerken (Collaborating)", en: "Collaborating")
        case .acting: return LocalizedText(nl: "Handelen (Acting)", en: "Acting")
        }
    }
}

/// One of the 23 IDG skills, with its dimension.
public struct IDGSkill: Equatable, Sendable {
    public var id: String
    public var dimension: IDGDimension
    public var label: LocalizedText

    /// All 23 skills in the framework's order.
    public static let all: [IDGSkill] = [
        skill("inner-compass", .being, "Innerlijk kompas", "Inner compass"),
        skill("integrity-and-authenticity", .being, "Integriteit en authenticiteit", "Integrity and authenticity"),
        skill("openness-and-learning-mindset", .being, "Openheid en leerhouding", "Openness and learning mindset"),
        skill("self-awareness", .being, "Zelfbewustzijn", "Self-awareness"),
        skill("presence", .being, "Aanwezigheid", "Presence"),
        skill("critical-thinking", .thinking, "Kritisch denken", "Critical thinking"),
        skill("complexity-awareness", .thinking, "Bewustzijn van complexiteit", "Complexity awareness"),
        skill("perspective-skills", .thinking, "Perspectief nemen", "Perspective skills"),
        skill("sense-making", .thinking, "Betekenis geven", "Sense-making"),
        skill(
            "long-term-orientation-and-visioning", .thinking, "Langetermijnoriëntatie en visie",
            "Long-term orientation and visioning"),
        skill("appreciation", .relating, "Waardering", "Appreciation"),
        skill("connectedness", .relating, "Verbondenheid", "Connectedness"),
        skill("humility", .relating, "Nederigheid", "Humility"),
        skill("empathy-and-compassion", .relating, "Empathie en compassie", "Empathy and compassion"),
        skill("communication-skills", .collaborating, "Communicatievaardigheden", "Communication skills"),
        skill("co-creation-skills", .collaborating, "Co-creatievaardigheden", "Co-creation skills"),
        skill(
            "inclusive-mindset-and-intercultural-competence", .collaborating,
            "Inclusieve houding en interculturele competentie", "Inclusive mindset and intercultural competence"),
        skill("trust", .collaborating, "Vertrouwen", "Trust"),
        skill("mobilisation-skills", .collaborating, "Mobilisatievaardigheden", "Mobilisation skills"),
        skill("courage", .acting, "Moed", "Courage"),
        skill("creativity", .acting, "Creativiteit", "Creativity"),
        skill("optimism", .acting, "Optimisme", "Optimism"),
        skill("perseverance", .acting, "Doorzettingsvermogen", "Perseverance"),
    ]

    private static func skill(_ id: String, _ dimension: IDGDimension, _ nl: String, _ en: String) -> IDGSkill {
        IDGSkill(id: id, dimension: dimension, label: LocalizedText(nl: nl, en: en))
    }

    public static func skill(_ id: String) throws -> IDGSkill {
        guard let skill = all.first(where: { $0.id == id }) else {
            throw ImpactKitError(
                .invalidArgument,
                "unknown IDG skill \"\(id.prefix(60))\" (23 skills, e.g. \"trust\", \"co-creation-skills\")")
        }
        return skill
    }
}

/// Helix models and their actors (seed 001 step 4: which helices a change touches). The study chooses the model.
public enum HelixModel: String, Vocabulary {
    public static let vocabularyName = "helix model"
    case triple, quadruple, quintuple, penta

    public var actors: [HelixActor] {
        switch self {
        case .triple: return [.education, .business, .government]
        case .quadruple: return [.education, .business, .government, .civilSociety]
        case .quintuple: return [.education, .business, .government, .civilSociety, .environment]
        case .penta: return [.education, .business, .government, .civilSociety, .media]
        }
    }
}

public enum HelixActor: String, Vocabulary {
    public static let vocabularyName = "helix actor"
    case education, business, government
    case civilSociety = "civil-society"
    case environment, media
}
