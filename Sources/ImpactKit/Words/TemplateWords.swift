/// The words the instruments' templates start a new document with, one table per language.
struct TemplateWords: WordTable {
    var kirkpatrickTitle: String
    var kirkpatrickIntervention: String
    var kirkpatrickRespondents: String
    var fasemodelTitle: String
    var factsheetTitle: String
    var iwpTitle: String
    var actiescanTitle: String
    var firstScan: String
    var linTitle: String

    static let nl = TemplateWords(
        kirkpatrickTitle: "Evaluatieplan LIN", kirkpatrickIntervention: "LIN-dag",
        kirkpatrickRespondents: "studenten en medewerkers", fasemodelTitle: "Fasemodel LIN",
        factsheetTitle: "Factsheet proeftuin", iwpTitle: "Innovatiewerkplaats", actiescanTitle: "Actiescan LIN",
        firstScan: "eerste scan", linTitle: "Opzet Leer- en InnovatieNetwerk")

    static let en = TemplateWords(
        kirkpatrickTitle: "LIN evaluation plan", kirkpatrickIntervention: "LIN day",
        kirkpatrickRespondents: "students and staff", fasemodelTitle: "LIN phase model",
        factsheetTitle: "Pilot factsheet", iwpTitle: "Innovation workplace", actiescanTitle: "LIN Actiescan",
        firstScan: "first scan", linTitle: "Setting up a Learning and Innovation Network")

    var all: [String] {
        [
            kirkpatrickTitle, kirkpatrickIntervention, kirkpatrickRespondents, fasemodelTitle, factsheetTitle, iwpTitle,
            actiescanTitle, firstScan, linTitle,
        ]
    }
}
