import ImpactKit

/// What each command does, in one line, per language: `impact --help` lists these and each command's help starts
/// with its own. The language is the one the command line asks for (`--lang`, else the environment), decided before
/// the parser reads a command's configuration (`Messages.chooseLanguage(for:)`). swift-argument-parser writes
/// its own headings ("USAGE:", "OPTIONS:") in English; the options' help is in OptionHelp, the longer texts under
/// the line in CommandDiscussions.
struct CommandAbstracts: WordTable {
    var impact: String
    var demo: String
    var new: String
    var newCanvas: String
    var newJourney: String
    var place: String
    var unplace: String
    var move: String
    var answer: String
    var apply: String
    var merge: String
    var revision: String
    var validate: String
    var report: @Sendable (String) -> String
    var compare: String
    var cohort: String
    var questions: String
    var changes: String
    var changesReport: String
    var changesSensitivity: String
    var export: String
    var render: String
    var format: String
    var template: String
    var actiescan: String
    var actiescanCompare: String
    var domains: String
    var bake: String
    var extract: String

    static let en = CommandAbstracts(
        impact: "Make the impact of hybrid learning environments visible (LIM canvas \"Impact in Beeld\").",
        demo:
            "Fill the canvas of a PZW-like student team at two moments, compare them as a journey with evidence for learning outcomes, print the evaluations, write the JSON.",
        new: "Start a new, empty canvas or journey.",
        newCanvas: "Start an empty LIM canvas \"Impact in Beeld\" (or one on your own template).",
        newJourney: "Start an empty journey (a group's canvases over time, with learning outcomes and evidence).",
        place: "Lay a card (or a free text) in a field of a domain; prints the new placement's id.",
        unplace: "Take a placement off the canvas by its id.",
        move: "Move a placement to a field of a domain, keeping its id, card or text and note.",
        answer: "Record (or replace) the answer to a reflection question; --withdraw removes it.",
        apply:
            "Apply a batch of operations (schema/operations.schema.json) all or nothing; prints the operations that undo it.",
        merge: "Merge two copies of one canvas (or journey) edited from a common base; prints the conflicts.",
        revision: "Print each document's revision: it changes with every edit and is equal for equal content.",
        validate:
            "Check ImpactKit documents of any type; prints OK or the error with its JSON pointer, line and column.",
        report: { "Evaluate any ImpactKit document (\($0)) and print the report." },
        compare:
            "Compare two moments: two canvas files (earlier first), or one journey file (first and last moment, or --from/--to).",
        cohort:
            "A coach's view over a folder of canvas and journey files: heat map, coverage, groups that need attention.",
        questions: "List the reflection and didactic questions for a variant and purpose (LIM §7.4, §8.3, §8.4, §9).",
        changes: "Stakeholder changes, Inner Development Goals and SROI (the SROI route with IDG).",
        changesReport: "The same as `impact report FILE` for a change log (kept for scripts written for 1.0).",
        changesSensitivity:
            "Recalculate the SROI with one parameter at several values, or test what the result hangs on.",
        export:
            "Export a document as CSV (RFC 4180, UTF-8), xAPI statements (1.0.3 or 2.0.0), a journey's Open Badges 3.0 credentials or a student's (signed with --sign-key), or the analytics tables as NDJSON.",
        render:
            "Draw a document as SVG: a canvas as the A1 poster, a journey's progress (--view poster: its latest canvas), an Actiescan radar, a change log's IDG chart.",
        format:
            "Rewrite canvas and journey files in canonical form (stable key order, unknown fields kept), atomically.",
        template:
            "Print a new instrument document to fill in (LIN toolkit, Proeftuin factsheet, IWP development model), prefilled with what the instrument gives.",
        actiescan: "Work with an Actiescan repeated over time.",
        actiescanCompare: "Compare two scans: change per theme and per question, weakest theme before and after.",
        domains: "List a canvas's domains, or work on some of them (LIM §8.2: the selected-domains variant).",
        bake: "Bake a credential (a VC-JWT or a signed credential's JSON) into a poster, PNG or SVG (OB 3.0 §5.3).",
        extract: "Print the credential baked into a PNG or SVG poster.")

    static let nl = CommandAbstracts(
        impact: "Maak de impact van hybride leeromgevingen zichtbaar (LIM-canvas „Impact in Beeld”).",
        demo:
            "Vul het canvas van een studententeam zoals bij PZW op twee momenten, vergelijk ze als leertraject met bewijs voor leeruitkomsten, toon de evaluaties en schrijf de JSON.",
        new: "Begin een nieuw, leeg canvas of leertraject.",
        newCanvas: "Begin een leeg LIM-canvas „Impact in Beeld” (of een op basis van een eigen template).",
        newJourney:
            "Begin een leeg leertraject (de canvassen van een groep in de loop van de tijd, met leeruitkomsten en bewijs).",
        place:
            "Leg een kaart (of een vrije tekst) in een veld van een domein; toont het id van de nieuwe plaatsing.",
        unplace: "Haal een plaatsing van het canvas, aan de hand van het id.",
        move: "Verplaats een plaatsing naar een veld van een domein; id, kaart of tekst en notitie blijven.",
        answer: "Leg het antwoord op een reflectievraag vast (of vervang het); --withdraw haalt het weg.",
        apply:
            "Voer een reeks bewerkingen (schema/operations.schema.json) in één keer uit (alles of niets); toont de bewerkingen die het ongedaan maken.",
        merge:
            "Voeg twee kopieën van één canvas (of leertraject) samen die vanuit dezelfde basis zijn bewerkt; toont de conflicten.",
        revision:
            "Toon de revisie van elk document: die verandert bij elke wijziging en is gelijk bij gelijke inhoud.",
        validate:
            "Controleer ImpactKit-documenten van elk soort; toont OK of de fout met JSON-pointer, regel en kolom.",
        report: { "Evalueer elk ImpactKit-document (\($0)) en toon het rapport." },
        compare:
            "Vergelijk twee momenten: twee canvasbestanden (het eerdere eerst), of één leertraject (eerste en laatste moment, of --from/--to).",
        cohort:
            "Overzicht voor de leercoach over een map met canvassen en leertrajecten: heatmap, dekking, groepen die aandacht vragen.",
        questions: "Toon de reflectie- en didactische vragen bij een variant en doel (LIM §7.4, §8.3, §8.4, §9).",
        changes: "Veranderingen bij belanghebbenden, Inner Development Goals en SROI (de SROI-route met IDG).",
        changesReport: "Hetzelfde als `impact report BESTAND` voor een veranderlog (blijft voor scripts uit 1.0).",
        changesSensitivity:
            "Reken de SROI opnieuw uit met één parameter op verschillende waarden, of toets waar de uitkomst op rust.",
        export:
            "Exporteer een document als CSV (RFC 4180, UTF-8), xAPI-statements (1.0.3 of 2.0.0), de Open Badges 3.0-credentials van een leertraject of die van een student (ondertekend met --sign-key), of de analysetabellen als NDJSON.",
        render:
            "Teken een document als SVG: een canvas als de A1-poster, de voortgang van een leertraject (--view poster: het laatste canvas), een Actiescan-radar, de IDG-grafiek van een veranderlog.",
        format:
            "Herschrijf canvas- en leertrajectbestanden in canonieke vorm (vaste volgorde van de sleutels, onbekende velden blijven), atomair.",
        template:
            "Toon een nieuw instrumentdocument om in te vullen (LIN-toolkit, Proeftuin-factsheet, IWP-ontwikkelmodel), met wat het instrument zelf al geeft.",
        actiescan: "Werk met een Actiescan die in de loop van de tijd wordt herhaald.",
        actiescanCompare: "Vergelijk twee scans: verandering per thema en per vraag, zwakste thema voor en na.",
        domains:
            "Toon de domeinen van een canvas, of werk met een deel ervan (LIM §8.2: de variant met gekozen domeinen).",
        bake:
            "Bak een credential (een VC-JWT of de JSON van een ondertekende credential) in een poster, PNG of SVG (OB 3.0 §5.3).",
        extract: "Toon de credential die in een PNG- of SVG-poster is gebakken.")

    var all: [String] {
        [
            impact, demo, new, newCanvas, newJourney, place, unplace, move, answer, apply, merge, revision, validate,
            report("canvas"), compare, cohort, questions, changes, changesReport, changesSensitivity, export, render,
            format, template, actiescan, actiescanCompare, domains, bake, extract,
        ]
    }

    /// The table of the language the command line chose.
    static var chosen: CommandAbstracts { of(Messages.language) }
}
