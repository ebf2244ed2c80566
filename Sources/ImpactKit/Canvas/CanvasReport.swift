/// The canvas report as one value that writes itself: straight into the caller's buffer through the C ABI, or as
/// a tree for the Swift API, from one piece of writing code (a small canvas's evaluate spent ~45 % of
/// its time building and freeing the report's tree before writing it).
struct CanvasReport: DocumentReport, JSONSinkWritable {
    let evaluation: CanvasEvaluation
    let canvas: Canvas
    let language: Language

    var jsonValue: JSONValue { sinkTree }
    var text: String { evaluation.text(for: canvas, language: language) }

    func write<Sink: JSONSink & ~Copyable>(to sink: inout Sink) {
        let evaluation = evaluation, canvas = canvas, language = language
        sink.object { sink in
            sink.member("schema", CanvasEvaluation.reportSchemaID)
            sink.member("canvas", canvas.id)
            sink.member("title", canvas.title)
            sink.member("template", canvas.template.id)
            sink.member("variant", canvas.variant.rawValue)
            sink.member("purpose", orNull: canvas.purpose?.rawValue)
            sink.member("lang", language.rawValue)
            if let moment = canvas.moment {
                sink.member("moment") { sink in
                    sink.member("label", moment.label)
                    sink.member("date", ifPresent: moment.date)
                }
            }
            sink.member("totals") { sink in
                sink.member("cards", evaluation.totalCards)
                for field in Field.allCases { sink.member(field.rawValue, evaluation.total(in: field)) }
            }
            sink.member("domains", array: evaluation.domains) { sink, item in
                sink.object { sink in
                    sink.member("id", item.domain.id)
                    sink.member("name", item.domain.name[language])
                    sink.member("cards", item.cards)
                    sink.member("fields") { sink in
                        for field in Field.allCases { sink.member(field.rawValue, item.count(in: field)) }
                    }
                    sink.member("coverage", item.coverage.rawValue)
                    sink.member("missing", strings: item.missing.lazy.map(\.rawValue))
                }
            }
            sink.member("coverage") { sink in
                for kind in [CanvasEvaluation.Coverage.covered, .partial, .empty] {
                    sink.member(kind.rawValue, strings: evaluation.domains(kind))
                }
            }
            sink.member("palette", array: evaluation.domains) { sink, item in
                sink.object { sink in
                    sink.member("domain", item.domain.id)
                    sink.member("share", evaluation.share(of: item))
                    sink.member("color", ifPresent: item.domain.color)
                }
            }
            Self.standout("strongest", evaluation.strongest, to: &sink)
            Self.standout("weakest", evaluation.weakest, to: &sink)
            sink.member("reflection", array: evaluation.prompts) { sink, prompt in
                sink.object { sink in
                    sink.member("question", prompt.question.id)
                    sink.member("text", prompt.question.text[language])
                    sink.member("basis", prompt.basis[language])
                    sink.member("domains", strings: prompt.domains)
                    sink.member(
                        "answers",
                        strings: canvas.reflections.lazy.filter { $0.question == prompt.question.id }.map(\.answer))
                }
            }
            sink.member("questions", array: canvas.questionsWithAnswers) { sink, entry in
                sink.object { sink in
                    sink.member("id", entry.question.id)
                    sink.member("section", entry.question.section)
                    sink.member("text", entry.question.text[language])
                    sink.member("in_set", entry.inSet)
                    sink.member("answers", array: entry.answers) { sink, answer in
                        sink.object { sink in
                            sink.member("answer", answer.answer)
                            sink.member("by", ifPresent: answer.by)
                        }
                    }
                }
            }
            sink.key("impact")
            canvas.impact.write(language: language, to: &sink)
            sink.key("contributions")
            Contributions(canvas).write(domains: canvas.domains, to: &sink)
        }
    }

    private static func standout<Sink: JSONSink & ~Copyable>(
        _ key: String, _ value: CanvasEvaluation.Standout?, to sink: inout Sink
    ) {
        sink.key(key)
        guard let value else { return sink.null() }
        sink.object { sink in
            sink.member("domain", value.domain)
            sink.member("cards", value.cards)
            sink.member("tied_with", strings: value.tiedWith)
            sink.member("domains", strings: CanvasEvaluation.domains(of: value))
        }
    }
}
