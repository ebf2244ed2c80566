/// The seven design principles for innovation workplaces (seed 004, after Cremers et al. 2016), with the seed's
/// Dutch texts and our English ones.
public enum DesignPrinciple: String, Vocabulary, Sendable {
    case authenticWorkEnvironment = "authentic-work-environment"
    case learningCommunity = "learning-community"
    case useDiversity = "use-diversity"
    case integrateLearningAndWorking = "integrate-learning-and-working"
    case facilitateReflection = "facilitate-reflection"
    case organisationSupports = "organisation-supports-learning-and-working"
    case embedding = "embedding-in-environment"

    public static let vocabularyName = "design principle"
    public static var unknownCode: ErrorCode { .notFound }

    public var name: LocalizedText {
        switch self {
        case .authenticWorkEnvironment:
            return LocalizedText(nl: "Creëer een authentieke werkomgeving", en: "Create an authentic work environment")
        case .learningCommunity:
            return LocalizedText(nl: "Vorm een lerende gemeenschap", en: "Form a learning community")
        case .useDiversity: return LocalizedText(nl: "Maak gebruik van diversiteit", en: "Make use of diversity")
        case .integrateLearningAndWorking:
            return LocalizedText(nl: "Integreer leren en werken", en: "Integrate learning and working")
        case .facilitateReflection: return LocalizedText(nl: "Faciliteer reflectie", en: "Facilitate reflection")
        case .organisationSupports:
            return LocalizedText(
                nl: "Organisatie ondersteunt leren én werken", en: "The organisation supports both learning and working"
            )
        case .embedding:
            return LocalizedText(
                nl: "Zorg voor een goede inbedding in de omgeving", en: "Embed the workplace well in its environment")
        }
    }

    public var description: LocalizedText {
        switch self {
        case .authenticWorkEnvironment:
            return LocalizedText(
                nl:
                    "De innovatiewerkplaats (context, taken en activiteiten, rollen en communicatie) representeert de (beroeps)praktijk, er is een professionele werkcultuur en organisatie.",
                en:
                    "The innovation workplace (context, tasks and activities, roles and communication) represents professional practice; there is a professional work culture and organisation."
            )
        case .learningCommunity:
            return LocalizedText(
                nl:
                    "Elke deelnemer ervaart dat hij/zij deel uitmaakt van een gemeenschap. Iedere deelnemer leert, ieder op zijn eigen niveau.",
                en:
                    "Every participant experiences being part of a community. Every participant learns, each at their own level."
            )
        case .useDiversity:
            return LocalizedText(
                nl:
                    "Diversiteit is ingebouwd, wordt gewaardeerd en er wordt nuttig gebruik van gemaakt op het niveau van teams, de organisatie en in- en externe netwerken.",
                en:
                    "Diversity is built in, valued and put to good use at the level of teams, the organisation and internal and external networks."
            )
        case .integrateLearningAndWorking:
            return LocalizedText(
                nl:
                    "Leren en werken zijn met elkaar vervlochten. De deelnemers leren door het uitvoeren van authentieke taken, ondersteund door educatieve interventies die zijn afgestemd op de individuele lerende.",
                en:
                    "Learning and working are intertwined. Participants learn by carrying out authentic tasks, supported by educational interventions tailored to the individual learner."
            )
        case .facilitateReflection:
            return LocalizedText(
                nl:
                    "Deelnemers leren door te reflecteren op taken en ervaringen, als persoon, als team en als organisatie. Kritische situaties of gebeurtenissen zijn het startpunt voor reflecteren en leren.",
                en:
                    "Participants learn by reflecting on tasks and experiences, as a person, a team and an organisation. Critical situations or events are the starting point for reflection and learning."
            )
        case .organisationSupports:
            return LocalizedText(
                nl:
                    "De organisatiestructuur en cultuur ondersteunt het werkproces én kenniscreatie en het delen van kennis op alle niveaus (individu, team, organisatie, maatschappij).",
                en:
                    "The organisational structure and culture support both the work process and the creation and sharing of knowledge at every level (individual, team, organisation, society)."
            )
        case .embedding:
            return LocalizedText(
                nl:
                    "De innovatiewerkplaats is afgestemd op haar omgeving (partnerorganisaties en andere stakeholders).",
                en:
                    "The innovation workplace is attuned to its environment (partner organisations and other stakeholders)."
            )
        }
    }
}
