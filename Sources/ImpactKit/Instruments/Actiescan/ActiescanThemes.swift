/// The five themes of the LIN Actiescan and their questions (seed 002, "Actiescan — vul in waar je per onderdeel
/// op het spectrum staat"), with stable ids. The Dutch texts are the seed's; the English ones are ours.
public struct ActiescanTheme: Sendable, Equatable {
    public struct Question: Sendable, Equatable {
        public var id: String
        public var text: LocalizedText
    }

    public var id: String
    public var name: LocalizedText
    public var questions: [Question]

    public static let all: [ActiescanTheme] = [
        ActiescanTheme(
            id: "quality", name: LocalizedText(nl: "Kwaliteit van zorg verhogen", en: "Raise the quality of care"),
            questions: [
                Question(
                    id: "quality.wellbeing",
                    text: LocalizedText(
                        nl: "Dragen de ontworpen interventies bij aan het welzijn van de cliënt?",
                        en: "Do the interventions designed contribute to the client's wellbeing?")),
                Question(
                    id: "quality.room",
                    text: LocalizedText(
                        nl:
                            "Wordt de ruimte, ontstaan door de grote groep stagiairs, door zorgprofessionals gebruikt om de kwaliteit van zorg te verbeteren?",
                        en:
                            "Do care professionals use the time and room created by the large group of interns to improve the quality of care?"
                    )),
            ]),
        ActiescanTheme(
            id: "innovation",
            name: LocalizedText(nl: "Vergroten innovatief vermogen", en: "Increase innovative capacity"),
            questions: [
                Question(
                    id: "innovation.co-created",
                    text: LocalizedText(
                        nl: "Ontstaan de kwaliteitsprojecten uit samenwerking tussen zorgprofessionals en stagiairs?",
                        en: "Do the quality projects arise from collaboration between care professionals and interns?")),
                Question(
                    id: "innovation.novel",
                    text: LocalizedText(
                        nl: "Zijn de kwaliteitsprojecten vernieuwend van aard?",
                        en: "Are the quality projects innovative in nature?")),
                Question(
                    id: "innovation.embedded",
                    text: LocalizedText(
                        nl:
                            "Krijgen de kwaliteitsprojecten voldoende een plek in de dagelijkse praktijk na de afronding van het project?",
                        en: "Do the quality projects find enough of a place in daily practice after the project ends?")),
                Question(
                    id: "innovation.attitude",
                    text: LocalizedText(
                        nl: "Is sprake van een kritische, innovatieve houding tegenover de dagelijkse zorgpraktijk?",
                        en: "Is there a critical, innovative attitude towards daily care practice?")),
            ]),
        ActiescanTheme(
            id: "learning", name: LocalizedText(nl: "Vergroten leervermogen", en: "Increase learning capacity"),
            questions: [
                Question(
                    id: "learning.reflection",
                    text: LocalizedText(
                        nl: "Wordt er voldoende op de dagelijkse praktijk gereflecteerd?",
                        en: "Is there enough reflection on daily practice?")),
                Question(
                    id: "learning.exchange",
                    text: LocalizedText(
                        nl:
                            "Wordt er beide kanten op kennis uitgewisseld tussen het zittende zorgpersoneel en de stagiairs?",
                        en: "Is knowledge exchanged both ways between the existing care staff and the interns?")),
            ]),
        ActiescanTheme(
            id: "retention",
            name: LocalizedText(
                nl: "Binding van medewerkers aan organisatie",
                en: "Retaining employees (their bond with the organisation)"),
            questions: [
                Question(
                    id: "retention.growth",
                    text: LocalizedText(
                        nl: "Krijgen medewerkers gelegenheid persoonlijk te groeien binnen hun werk?",
                        en: "Do employees get the opportunity to grow personally in their work?")),
                Question(
                    id: "retention.students",
                    text: LocalizedText(
                        nl: "Zijn studenten enthousiast om binnen deze zorgtak aan het werk te blijven?",
                        en: "Are students keen to keep working in this branch of care?")),
            ]),
        ActiescanTheme(
            id: "research",
            name: LocalizedText(nl: "Dagelijkse zorg baseren op onderzoek", en: "Base daily care on research"),
            questions: [
                Question(
                    id: "research.exchange",
                    text: LocalizedText(
                        nl: "Hoe ziet de uitwisseling tussen de zorg- en onderwijsinstelling eruit?",
                        en: "What does the exchange between the care and the education institution look like?"))
            ]),
    ]

    /// Question id → (theme index, question).
    static let questionIndex: [String: (theme: Int, question: Question)] = {
        var index: [String: (Int, Question)] = [:]
        for (number, theme) in all.enumerated() {
            for question in theme.questions { index[question.id] = (number, question) }
        }
        return index
    }()

    /// ImpactKit's default spectrum. The seed names only its start ("Incidenteel"); the other four labels are
    /// ImpactKit's own (docs/design-notes.md, "What is the seeds' and what is ImpactKit's"), and a host may supply its own scale.
    public static let defaultScale: [LocalizedText] = [
        LocalizedText(nl: "Incidenteel", en: "Occasional"),
        LocalizedText(nl: "Op enkele plekken", en: "In places"),
        LocalizedText(nl: "Regelmatig", en: "Regular"),
        LocalizedText(nl: "Grotendeels ingebed", en: "Largely embedded"),
        LocalizedText(nl: "Structureel", en: "Structural"),
    ]
}
