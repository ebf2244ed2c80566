/// Who values a result or takes part in an activity (LIM §3: value "according to stakeholders", strengthened by
/// co-creation "between those involved").
public enum Stakeholder: String, Vocabulary {
    public static let vocabularyName = "stakeholder group"
    case students
    case targetGroup = "target-group"
    case workFieldPartners = "work-field-partners"
    case teachers
    case researchers
    case policyMakers = "policy-makers"
    case other

    public var label: LocalizedText {
        switch self {
        case .students: return LocalizedText(nl: "studenten", en: "students")
        case .targetGroup: return LocalizedText(nl: "doelgroep/cliënten", en: "target group/clients")
        case .workFieldPartners: return LocalizedText(nl: "werkveldpartners", en: "work-field partners")
        case .teachers: return LocalizedText(nl: "docenten/coaches", en: "teachers/coaches")
        case .researchers: return LocalizedText(nl: "onderzoekers", en: "researchers")
        case .policyMakers: return LocalizedText(nl: "beleidsmakers", en: "policy makers")
        case .other: return LocalizedText(nl: "anderen", en: "others")
        }
    }
}

/// Where a change lands (LIM §3, design principle 3: "education, research, professional practice and society").
public enum Sphere: String, Vocabulary {
    public static let vocabularyName = "sphere"
    case education
    case research
    case practice
    case society

    public var label: LocalizedText {
        switch self {
        case .education: return LocalizedText(nl: "onderwijs", en: "education")
        case .research: return LocalizedText(nl: "onderzoek", en: "research")
        case .practice: return LocalizedText(nl: "beroepspraktijk", en: "professional practice")
        case .society: return LocalizedText(nl: "maatschappij", en: "society")
        }
    }
}
