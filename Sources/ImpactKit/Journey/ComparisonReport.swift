/// A comparison as a JSON document ("schema": "impactkit/comparison/1") and as text, in one language.
extension CanvasComparison {
    public static let reportSchemaID = "impactkit/comparison/1"

    package func reportValue(language: Language) -> JSONValue {
        var report = JSONObject()
        report.append("schema", .string(Self.reportSchemaID))
        report.append("lang", .string(language.rawValue))
        report.append("from", before.jsonValue)
        report.append("to", after.jsonValue)
        var totals = JSONObject()
        totals.append("cards_before", .int(Int64(cardsBefore)))
        totals.append("cards_after", .int(Int64(cardsAfter)))
        totals.append("added", .int(Int64(added)))
        totals.append("removed", .int(Int64(removed)))
        totals.append("moved", .int(Int64(moved)))
        report.append("totals", .object(totals))
        report.append("domains", .array(domains.map { domainJSON($0, language) }))
        report.append("newly_covered", .array(newlyCovered.map(JSONValue.string)))
        report.append("lost_coverage", .array(lostCoverage.map(JSONValue.string)))
        report.append(
            "not_compared",
            .array(
                caveats.map { caveat in
                    var item = JSONObject()
                    item.append("code", .string(caveat.code.rawValue))
                    item.append("domains", .array(caveat.domains.map(JSONValue.string)))
                    item.append("text", .string(caveat.text[language]))
                    return .object(item)
                }))
        report.append("impact", impactJSON)
        report.append("summary", .string(summary[language]))
        return .object(report)
    }

    /// The LIM §3 figures before and after: results per sphere, intended/unintended, direct/indirect,
    /// co-created activities and chains.
    private var impactJSON: JSONValue {
        func figures(_ impact: ImpactFigures) -> JSONValue {
            var object = JSONObject()
            var spheres = JSONObject()
            for sphere in Sphere.allCases { spheres.append(sphere.rawValue, .int(Int64(impact.count(in: sphere)))) }
            object.append("spheres", .object(spheres))
            object.append("intended", .int(Int64(impact.intended)))
            object.append("unintended", .int(Int64(impact.unintended)))
            object.append("direct", .int(Int64(impact.direct)))
            object.append("indirect", .int(Int64(impact.indirect)))
            object.append("co_created", .int(Int64(impact.coCreated)))
            object.append("chains", .int(Int64(impact.chains)))
            return .object(object)
        }
        return beforeAfter(figures(impactBefore), figures(impactAfter))
    }

    /// "research 0 → 2, unintended 1 → 3" for the impact figures that changed; nil when none did.
    func impactChanges(_ language: Language) -> String? {
        var parts: [String] = []
        for sphere in Sphere.allCases where impactBefore.count(in: sphere) != impactAfter.count(in: sphere) {
            parts.append(
                "\(sphere.label[language]) \(impactBefore.count(in: sphere)) → \(impactAfter.count(in: sphere))")
        }
        let words = ComparisonWords.of(language)
        let pairs: [(String, Int, Int)] = [
            (words.intended, impactBefore.intended, impactAfter.intended),
            (words.unintended, impactBefore.unintended, impactAfter.unintended),
            ("direct", impactBefore.direct, impactAfter.direct),
            ("indirect", impactBefore.indirect, impactAfter.indirect),
            (words.coCreated, impactBefore.coCreated, impactAfter.coCreated),
        ]
        for (name, old, new) in pairs where old != new { parts.append("\(name) \(old) → \(new)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    private func domainJSON(_ change: DomainChange, _ language: Language) -> JSONValue {
        var domain = JSONObject()
        domain.append("id", .string(change.domain.id))
        domain.append("name", .string(change.domain.name[language]))
        domain.append("cards", beforeAfter(.int(Int64(change.cardsBefore)), .int(Int64(change.cardsAfter))))
        domain.append(
            "coverage", beforeAfter(.string(change.coverageBefore.rawValue), .string(change.coverageAfter.rawValue)))
        var share = JSONObject()
        share.append("before", .double(Double(change.shareBefore) / 10_000))
        share.append("after", .double(Double(change.shareAfter) / 10_000))
        share.append("change", .double(Double(change.shareChange) / 10_000))
        domain.append("share", .object(share))
        var fields = JSONObject()
        for field in change.fields {
            var item = JSONObject()
            item.append("added", .array(field.added.map { itemJSON($0, language) }))
            item.append("removed", .array(field.removed.map { itemJSON($0, language) }))
            item.append("moved_in", .array(field.movedIn.map { moveJSON($0, "from", $0.from, language) }))
            item.append("moved_out", .array(field.movedOut.map { moveJSON($0, "to", $0.to, language) }))
            fields.append(field.field.rawValue, .object(item))
        }
        domain.append("fields", .object(fields))
        return .object(domain)
    }

    private func beforeAfter(_ before: JSONValue, _ after: JSONValue) -> JSONValue {
        var object = JSONObject()
        object.append("before", before)
        object.append("after", after)
        return .object(object)
    }

    private func itemJSON(_ item: Item, _ language: Language) -> JSONValue {
        var object = JSONObject()
        object.append("card", ifPresent: item.card.map(JSONValue.string))
        object.append("text", .string(text(of: item)[language]))
        return .object(object)
    }

    private func moveJSON(_ move: Move, _ key: String, _ slot: Slot, _ language: Language) -> JSONValue {
        guard case .object(var object) = itemJSON(move.item, language) else { return .null }
        var where_ = JSONObject()
        where_.append("domain", .string(slot.domain))
        where_.append("field", .string(slot.field.rawValue))
        object.append(key, .object(where_))
        return .object(object)
    }

    private func name(_ id: String, _ language: Language) -> String {
        domains.first { $0.domain.id == id }?.domain.name[language] ?? id
    }

    /// "From start to week 5: 9 cards added, 1 removed, 1 moved. Newly covered: … Largest growth: …"
    public var summary: LocalizedText {
        func names(_ ids: [String], _ language: Language) -> String {
            ids.map { name($0, language) }.joined(separator: ", ")
        }
        var nl =
            "Van \(before.label) naar \(after.label): \(added) erbij, \(removed) weg, \(moved) verplaatst"
            + " (\(cardsBefore) → \(counted(cardsAfter, "kaart", "kaarten")))."
        var en =
            "From \(before.label) to \(after.label): \(added) added, \(removed) removed, \(moved) moved"
            + " (\(cardsBefore) → \(counted(cardsAfter, "card", "cards")))."
        if !newlyCovered.isEmpty {
            nl += " Nieuw gedekt: \(names(newlyCovered, .nl))."
            en += " Newly covered: \(names(newlyCovered, .en))."
        }
        if !lostCoverage.isEmpty {
            nl += " Niet meer gedekt: \(names(lostCoverage, .nl))."
            en += " No longer covered: \(names(lostCoverage, .en))."
        }
        // Largest growth: every domain with the largest positive change in cards; a tie names them all.
        let growth = domains.map { ($0.domain.id, $0.cardsAfter - $0.cardsBefore) }
        if let best = growth.map(\.1).max(), best > 0 {
            let tied = growth.filter { $0.1 == best }.map(\.0)
            if tied.count == 1 {
                nl += " Grootste groei: \(names(tied, .nl)) (+\(best))."
                en += " Largest growth: \(names(tied, .en)) (+\(best))."
            } else {
                nl += " Grootste groei (gelijk, elk +\(best)): \(names(tied, .nl))."
                en += " Largest growth (tied, +\(best) each): \(names(tied, .en))."
            }
        }
        if added == 0 && removed == 0 && moved == 0 {
            nl += " Er is niets veranderd."
            en += " Nothing changed."
        }
        if !caveats.isEmpty {
            nl += " Let op: " + caveats.map(\.text.nl).joined(separator: " ")
            en += " Note: " + caveats.map(\.text.en).joined(separator: " ")
        }
        return LocalizedText(nl: nl, en: en)
    }

    /// The comparison as text for people.
    package func reportText(language: Language) -> String {
        let words = ComparisonWords.of(language)
        var lines = [summary[language]]
        if let changes = impactChanges(language) { lines.append("Impact (LIM §3): " + changes) }
        lines.append("")
        for change in domains {
            let delta = change.cardsAfter - change.cardsBefore
            let sign = delta > 0 ? "+" : ""
            lines.append(
                "\(change.domain.name[language]): \(change.cardsBefore) → \(change.cardsAfter) (\(sign)\(delta)), "
                    + "\(change.coverageBefore.label[language]) → \(change.coverageAfter.label[language])")
            for field in change.fields where !field.isEmpty {
                var parts: [String] = []
                if !field.added.isEmpty {
                    parts.append("+ " + field.added.map { text(of: $0)[language] }.joined(separator: "; "))
                }
                if !field.removed.isEmpty {
                    parts.append("− " + field.removed.map { text(of: $0)[language] }.joined(separator: "; "))
                }
                for move in field.movedIn {
                    parts.append(
                        "← " + text(of: move.item)[language] + words.movedFrom + name(move.from.domain, language) + ")")
                }
                for move in field.movedOut {
                    parts.append(
                        "→ " + text(of: move.item)[language] + words.movedTo + name(move.to.domain, language) + ")")
                }
                lines.append("  \(field.field.label[language]): " + parts.joined(separator: " | "))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Canvas.Summary {
    var jsonValue: JSONValue {
        var object = JSONObject()
        object.append("canvas", .string(canvas))
        object.append("moment", moment?.jsonValue(keepingUnknown: false) ?? .null)
        object.append("variant", .string(variant.rawValue))
        return .object(object)
    }
}
