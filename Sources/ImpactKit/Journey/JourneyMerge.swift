/// Three-way merge of two copies of one journey, by the rules of `CanvasMerge`: a moment both copies have
/// is merged as a canvas (its conflicts named "label: …"), a moment one copy added is kept, moments in the base's
/// order and then the new ones by date and label; outcomes merge by id, evidence links by what they link. A link
/// whose card is gone after the merge is dropped and reported. The same journey whichever copy is "ours".
public struct JourneyMerge: Sendable {
    public var journey: Journey
    public var conflicts: [CanvasMerge.Conflict]

    public init(base: Journey, ours: Journey, theirs: Journey) throws {
        guard base.id == ours.id, base.id == theirs.id else {
            throw ImpactKitError(
                .invalidArgument,
                "a merge takes three versions of one journey; the ids are \"\(base.id)\", \"\(ours.id)\" and \"\(theirs.id)\""
            )
        }
        typealias M = CanvasMerge
        var conflicts: [M.Conflict] = []
        func object(_ journey: Journey) -> JSONObject {
            if case .object(let members) = journey.jsonValue { return members }
            return JSONObject()
        }
        let b = object(base), o = object(ours), t = object(theirs)
        var merged = JSONObject()
        let lists: Set<String> = ["outcomes", "moments", "evidence"]
        for key in M.keys(b, o, t) where !lists.contains(key) {
            if let value = M.threeWay(b[key], o[key], t[key], subject: key, kind: .fieldEditedTwice, into: &conflicts) {
                merged.append(key, value)
            }
        }
        merged.append(
            "outcomes",
            .array(
                M.mergeByKey(
                    M.items(b["outcomes"]), M.items(o["outcomes"]), M.items(t["outcomes"]), key: { M.string($0, "id") },
                    kinds: (.fieldEditedTwice, .editedAndRemoved, nil), into: &conflicts)))

        // Moments by label: one both copies have is merged as a canvas.
        func label(_ moment: JSONValue) -> String { M.member(moment, "moment").map { M.string($0, "label") } ?? "" }
        func date(_ moment: JSONValue) -> String { M.member(moment, "moment").map { M.string($0, "date") } ?? "" }
        let bm = M.items(b["moments"]), om = M.items(o["moments"]), tm = M.items(t["moments"])
        let ours = Dictionary(om.map { (label($0), $0) }, uniquingKeysWith: { a, _ in a })
        let theirs = Dictionary(tm.map { (label($0), $0) }, uniquingKeysWith: { a, _ in a })
        var moments: [JSONValue] = []
        for moment in bm {
            let name = label(moment)
            guard let mine = ours[name], let other = theirs[name] else { continue }  // moments are only ever added
            let merge = try CanvasMerge(
                base: try Canvas(jsonValue: moment), ours: try Canvas(jsonValue: mine),
                theirs: try Canvas(jsonValue: other))
            conflicts += merge.conflicts.map {
                M.Conflict(kind: $0.kind, subject: name + ": " + $0.subject, kept: $0.kept, dropped: $0.dropped)
            }
            moments.append(merge.canvas.jsonValue)
        }
        let known = Set(bm.map(label))
        let fresh = (om + tm).filter { !known.contains(label($0)) }
        var added: [String: JSONValue] = [:]
        for moment in fresh {
            let name = label(moment)
            if let earlier = added[name], earlier != moment {
                // The same new label on both sides with different canvases: one kept by the rule, the other said.
                let (kept, dropped) = M.pick(earlier, moment)
                if !conflicts.contains(where: { $0.subject == name && $0.kind == .fieldEditedTwice }) {
                    conflicts.append(M.Conflict(kind: .fieldEditedTwice, subject: name, kept: kept, dropped: dropped))
                }
                added[name] = kept
            } else {
                added[name] = moment
            }
        }
        moments += added.values.sorted { (date($0), label($0)) < (date($1), label($1)) }
        merged.append("moments", .array(moments))

        // Evidence by what it links; a link whose card is gone after the merge goes too, and is said.
        var cards: [String: Set<String>] = [:]
        for moment in moments {
            cards[label(moment)] = Set(M.items(M.member(moment, "placements")).map { M.string($0, "id") })
        }
        var evidence = M.mergeByKey(
            M.items(b["evidence"]), M.items(o["evidence"]), M.items(t["evidence"]),
            key: { link in
                ["outcome", "moment", "placement", "question"].map { M.string(link, $0) }.joined(separator: "\u{1F}")
            },
            kinds: (.fieldEditedTwice, .editedAndRemoved, nil), into: &conflicts)
        evidence.removeAll { link in
            let placement = M.string(link, "placement")
            guard !placement.isEmpty, !(cards[M.string(link, "moment")]?.contains(placement) ?? false) else {
                return false
            }
            conflicts.append(
                M.Conflict(
                    kind: .evidenceLostPlacement, subject: M.string(link, "moment") + ": " + placement, kept: .null,
                    dropped: link))
            return true
        }
        merged.append("evidence", .array(evidence))
        journey = try Journey(jsonValue: .object(merged))
        self.conflicts = conflicts
    }

    package func reportValue(language: Language) -> JSONValue {
        CanvasMerge.report(of: "journey", journey.id, revision: journey.revision, conflicts, language: language)
    }

    package func reportText(language: Language) -> String { CanvasMerge.text(conflicts, language: language) }
}
