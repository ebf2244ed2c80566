// docs/swift-guide.md's code, compiled and run from an app's plain import. Each region between "guide:" markers
// must stand in the guide as written (the test reads both files), so the guide cannot drift from code that runs.
import ImpactKit
import Testing

@Suite("The Swift guide's code")
struct SwiftGuideTests {
    @Test func aTeamCanvas() throws {
        // guide: team
        var canvas = try Canvas(id: "wijkteam", title: "Samen gezond in de wijk")
        try canvas.replaceTeam([TeamMember(id: "s1", name: "Noor"), TeamMember(id: "s2", name: "Daan")])
        let seen = canvas.revision  // what Daan's page showed
        let interview = try canvas.place(
            card: "act.interview-target-group", domain: "target-group", field: .activity,
            by: "s1", at: "2026-09-28T10:15:00Z")
        try canvas.answer("lim.students.gain", "Wat bewoners zelf willen", by: "s2")
        // A change as data, applied all or nothing on the revision it was made on; it returns its own undo.
        let undo = try canvas.apply([.move(id: interview.id, domain: "partners", field: nil)], baseRevision: seen)
        try canvas.apply(undo)
        // Two copies edited apart, merged against the copy both started from.
        var ours = canvas
        var theirs = canvas
        try ours.place(card: "loc.community-centre", domain: "target-group", field: .place, by: "s1")
        try theirs.place(text: "Buurthuis De Brug", domain: "partners", field: .place, by: "s2")
        let merge = try CanvasMerge(base: canvas, ours: ours, theirs: theirs)
        print(merge.canvas.placements.count, merge.conflicts.count)  // 3 0
        // guide: end
        #expect(merge.canvas.placements.count == 3 && merge.conflicts.isEmpty)
        #expect(merge.canvas.placements.map(\.by).sorted { ($0 ?? "") < ($1 ?? "") } == ["s1", "s1", "s2"])
        #expect(canvas.placement(interview.id)?.domain == "target-group")
    }

    @Test func errorsInTheUsersLanguage() throws {
        // guide: errors
        do {
            var canvas = try Canvas(title: "Samen gezond in de wijk")
            try canvas.place(card: "res.prototype", domain: "target-group", field: .place)
        } catch let error as ImpactKitError {
            print(error.code, error.path)  // invalidArgument /field
            print(error.localizedMessage(.nl))  // opbrengstkaarten horen in het veld opbrengst, niet in het veld plaats
        }
        // guide: end
        var canvas = try Canvas(title: "Samen gezond in de wijk")
        let error = try #require(
            { () -> ImpactKitError? in
                do { try canvas.place(card: "res.prototype", domain: "target-group", field: .place) } catch {
                    return error as? ImpactKitError
                }
                return nil
            }())
        #expect(error.code == .invalidArgument && error.path == "/field")
        #expect(error.localizedMessage(.nl) == "opbrengstkaarten horen in het veld opbrengst, niet in het veld plaats")
    }

    /// Every marked region of this file stands in the guide, line for line (indentation aside).
    @Test func theGuideShowsThisCode() throws {
        let guide = try text(repositoryRoot + "/docs/swift-guide.md")
        let lines = try text(#filePath).split(separator: "\n", omittingEmptySubsequences: false)
        var regions: [[Substring]] = []
        var current: [Substring]?
        for line in lines {
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("// guide: end") {
                regions.append(current ?? [])
                current = nil
            } else if trimmed.hasPrefix("// guide: ") {
                current = []
            } else if current != nil {
                current?.append(line.dropFirst(8))
            }
        }
        #expect(regions.count == 2)
        for region in regions {
            let code = region.joined(separator: "\n")
            #expect(guide.contains(code), "docs/swift-guide.md lacks:\n\(code)")
        }
    }
}
