/// The three didactic purposes of LIM §9: what a coach wants the canvas to do for the students' learning.
public enum Purpose: String, Vocabulary {
    public static let vocabularyName = "purpose"
    /// §7.2: the first use with a group; the introduction questions come before §7.4's.
    case introduction
    /// §9.1: follow the (research) process and see where a group needs speed or help.
    case monitorProcess = "monitor-process"
    /// §9.2: get the conversation on impact going.
    case impactConversation = "impact-conversation"
    /// §9.3: reflection and accountability, e.g. as evidence for learning outcomes.
    case reflectionAccountability = "reflection-accountability"

    public var label: LocalizedText {
        switch self {
        case .introduction:
            return LocalizedText(nl: "Introductie aan studenten", en: "Introduction to students")
        case .monitorProcess:
            return LocalizedText(nl: "Monitoren onderzoeksproces", en: "Monitoring the research process")
        case .impactConversation:
            return LocalizedText(nl: "Bevorderen gesprek over impact", en: "Promoting the conversation on impact")
        case .reflectionAccountability:
            return LocalizedText(nl: "Reflectie & verantwoording", en: "Reflection & accountability")
        }
    }
}
