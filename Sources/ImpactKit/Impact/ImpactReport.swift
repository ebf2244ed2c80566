/// The impact figures in reports: the "impact" member of the canvas report and the lines of its text.
extension ImpactFigures {
    public func jsonValue(language: Language) -> JSONValue {
        var sink = JSONTreeSink()
        write(language: language, to: &sink)
        return sink.result
    }

    func write<Sink: JSONSink & ~Copyable>(language: Language, to sink: inout Sink) {
        sink.object { sink in
            sink.member("results") { sink in
                sink.member("total", results)
                sink.member("with_spheres", resultsWithSpheres)
                sink.member("spheres") { sink in
                    for sphere in Sphere.allCases {
                        sink.member(sphere.rawValue) { sink in
                            sink.member("results", count(in: sphere))
                            sink.member("share", Double(share(of: sphere)) / 10_000)
                        }
                    }
                }
                sink.member("intended", intended)
                sink.member("unintended", unintended)
                sink.member("intention_unknown", unknownIntention)
                sink.member("positive", positive)
                sink.member("negative", negative)
                sink.member("valued_by") { sink in
                    for stakeholder in Stakeholder.allCases {
                        sink.member(stakeholder.rawValue, count(valuedBy: stakeholder))
                    }
                }
                sink.member("unvalued", unvalued)
            }
            sink.member("activities") { sink in
                sink.member("total", activities)
                sink.member("direct", direct)
                sink.member("indirect", indirect)
                sink.member("mode_unknown", unknownMode)
                sink.member("co_created", coCreated)
                sink.member("co_created_share", Double(coCreatedShare) / 10_000)
            }
            sink.member("chains") { sink in
                sink.member("count", chains)
                sink.member("activities_without_result", strings: activitiesWithoutResult)
                sink.member("results_without_activity", strings: resultsWithoutActivity)
            }
            sink.member("prompts", array: prompts) { sink, prompt in
                sink.object { sink in
                    sink.member("code", prompt.code.rawValue)
                    sink.member("text", prompt.text[language])
                    sink.member("subjects", strings: prompt.subjects)
                }
            }
        }
    }

    /// Lines for the text report; empty when nothing about impact was recorded and no chains exist.
    public func lines(language: Language) -> [String] {
        let words = CanvasReportWords.of(language)
        var lines = ["Impact (LIM §3):"]
        if resultsWithSpheres > 0 {
            let parts = Sphere.allCases.map { "\($0.label[language]) \(count(in: $0))" }
            lines.append("  " + words.resultsLandIn + parts.joined(separator: ", "))
        }
        if intended + unintended > 0 { lines.append("  " + words.intentions(intended, unintended, unknownIntention)) }
        if activitiesWithInteraction > 0 {
            lines.append("  " + words.interactions(direct, indirect, coCreated, activitiesWithInteraction))
        }
        if chains > 0 { lines.append("  " + words.chains(chains)) }
        for prompt in prompts { lines.append("  • " + prompt.text[language]) }
        return lines.count > 1 ? lines : []
    }
}
