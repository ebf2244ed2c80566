/// The cohort view as a JSON document ("schema": "impactkit/cohort-report/1") and as text.
extension Cohort {
    public static let reportSchemaID = "impactkit/cohort-report/1"

    /// A share of the groups in ten-thousandths, half up.
    func share(_ count: Int) -> Int { Self.share(count, of: groups) }

    /// `count` of `whole` in ten-thousandths, half up; 0 when `whole` is 0.
    static func share(_ count: Int, of whole: Int) -> Int {
        whole == 0 ? 0 : (count * 20_000 + whole) / (2 * whole)
    }

    package func reportValue(language: Language) -> JSONValue {
        CohortReport(cohort: self, language: language).sinkTree
    }

    /// The report as JSON text in the buffer the C layer hands over, written straight from the figures (a
    /// cohort of 10⁵ groups has tens of thousands of attention entries: no tree is built for them first).
    package func reportOutput(language: Language) -> OutputBytes {
        CohortReport(cohort: self, language: language).sinkOutput()
    }

    package func reportText(language: Language) -> String {
        let words = CohortWords.of(language)
        var lines: [String] = []
        lines.append(words.summary(groups, moments, skipped.isEmpty ? nil : skipped.count))
        lines.append("")
        // One denominator per row: the groups that use the domain (§8.2 lets a group select its domains).
        lines.append(words.perDomainAndField)
        let header = CommonWords.of(language).domain
        let width = max(header.count, domains.map { $0.name[language].count }.max() ?? 0)
        func pad(_ text: String, _ size: Int) -> String {
            text + String(repeating: " ", count: max(0, size - text.count))
        }
        lines.append(
            pad(header, width) + "  " + Field.allCases.map { pad($0.label[language], 12) }.joined()
                + words.coveredInUse)
        for row in domains {
            let cells = row.cells.map { pad("\($0.groups) (\(WholePercent.of($0.groups, row.groupsInUse))%)", 12) }
                .joined()
            lines.append(pad(row.name[language], width) + "  " + cells + "\(row.covered)/\(row.groupsInUse)")
        }
        lines.append("")
        lines.append(words.coveredPerGroup)
        for (covered, count) in coverageDistribution.enumerated() where count > 0 {
            lines.append("  \(covered): \(count)")
        }
        lines.append("")
        if attention.isEmpty {
            lines.append(words.noAttention)
        } else {
            lines.append(words.attention(attention.count))
            for entry in attention {
                lines.append("• \(entry.title) [\(entry.source)]")
                for reason in entry.reasons { lines.append("  – " + reason.text[language]) }
            }
        }
        if !skipped.isEmpty {
            lines.append("")
            lines.append(words.skipped)
            for entry in skipped {
                let path = entry.error.path.isEmpty ? "" : " at \(entry.error.path)"
                lines.append("• \(entry.source): \(entry.error.code.symbol)\(path): \(entry.error.message)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The cohort report as a value that writes itself to a sink (text or tree, one writing code).
struct CohortReport: JSONSinkWritable {
    let cohort: Cohort
    let language: Language

    func write<Sink: JSONSink & ~Copyable>(to sink: inout Sink) {
        let cohort = cohort, language = language
        sink.object { sink in
            sink.member("schema", Cohort.reportSchemaID)
            sink.member("lang", language.rawValue)
            sink.member("thresholds", cohort.thresholds.jsonValue)
            sink.member("groups", cohort.groups)
            sink.member("moments", cohort.moments)
            sink.member("domains", array: cohort.domains) { sink, row in
                sink.object { sink in
                    sink.member("id", row.id)
                    sink.member("name", row.name[language])
                    sink.member("groups_in_use", row.groupsInUse)
                    sink.member("covered", row.covered)
                    sink.member("partial", row.partial)
                    sink.member("empty", row.empty)
                    sink.member("fields") { sink in
                        for (index, field) in Field.allCases.enumerated() {
                            sink.member(field.rawValue) { sink in
                                sink.member("cards", row.cells[index].cards)
                                sink.member("groups", row.cells[index].groups)
                                sink.member("share_of_groups", Double(cohort.share(row.cells[index].groups)) / 10_000)
                                sink.member(
                                    "share_of_groups_in_use",
                                    Double(Cohort.share(row.cells[index].groups, of: row.groupsInUse)) / 10_000)
                            }
                        }
                    }
                }
            }
            sink.member("coverage_distribution", array: cohort.coverageDistribution.enumerated()) { sink, item in
                sink.object { sink in
                    sink.member("covered_domains", item.offset)
                    sink.member("groups", item.element)
                }
            }
            sink.member("attention", array: cohort.attention) { sink, entry in
                sink.object { sink in
                    sink.member("source", entry.source)
                    sink.member("id", entry.id)
                    sink.member("title", entry.title)
                    sink.member("moment", orNull: entry.moment)
                    sink.member("reasons", array: entry.reasons) { sink, reason in
                        sink.object { sink in
                            sink.member("code", reason.code.rawValue)
                            sink.member("domains", strings: reason.domains)
                            sink.member("moments", strings: reason.moments)
                            sink.member("text", reason.text[language])
                        }
                    }
                }
            }
            sink.member("skipped", array: cohort.skipped) { sink, entry in
                sink.object { sink in
                    sink.member("source", entry.source)
                    sink.member("code", entry.error.code.symbol)
                    sink.member("path", entry.error.path)
                    sink.member("message", entry.error.message)
                }
            }
        }
    }
}
