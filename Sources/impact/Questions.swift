import ArgumentParser
import ImpactKit

struct Questions: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: CommandAbstracts.chosen.questions)

    @Option(help: helpText("standard, without-cards, selected-domains, coaches or stakeholders."))
    var variant: String = "standard"

    @Option(help: helpText("introduction, monitor-process, impact-conversation or reflection-accountability."))
    var purpose: String?

    @OptionGroup var language: LanguageOption

    @Option(help: helpText("Output format: text or json."))
    var format: OutputFormat = .text

    func run() throws {
        let lang = try language.language()
        let (questions, document) = try exitOnError { () throws -> ([ReflectionQuestion], JSONValue) in
            let variant = try Variant(id: self.variant)
            let purpose = try self.purpose.map(Purpose.init(id:))
            return (
                try QuestionSet.questions(variant: variant, purpose: purpose),
                try QuestionSet.jsonValue(variant: variant, purpose: purpose)
            )
        }
        switch format {
        case .json: emit(JSONWriter.string(document))
        case .text:
            for question in questions {
                emit(
                    "\(question.id)  [\(question.source.reference(section: question.section, lang))]  \(question.text[lang])"
                        + "\n")
            }
        }
    }
}
