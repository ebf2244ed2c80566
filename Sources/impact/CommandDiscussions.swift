import ImpactKit

/// What a command's help says under its one line (examples, rules, the environment), per language, as
/// `CommandAbstracts` is for the line itself. The man page is made with LC_ALL=C, so it shows the English.
struct CommandDiscussions: WordTable {
    var impact: String
    var newCanvas: String
    var newJourney: String
    var place: String
    var move: String
    var answer: String
    var apply: String
    var merge: String
    var revision: String
    var cohort: String
    var changesSensitivity: String
    var export: String
    var render: String
    var domains: String
    /// The kinds that have a template, in the language's "a, b or c".
    var template: @Sendable ([String]) -> String

    static let en = CommandDiscussions(
        impact: """
            Start a canvas with `impact new canvas --title TITLE`, lay cards with `impact place`, and see it with \
            `impact report` and `impact render` (SVG, or PNG/PDF where rsvg-convert is installed).

            Every command that reads documents takes the library's reading limits (--max-document-bytes, \
            --max-depth, --max-string-bytes, --max-elements): `impact COMMAND --help-hidden` shows them. Shell \
            completion, with the fields, domains, cards and languages: `impact --generate-completion-script bash`.

            ENVIRONMENT
              LC_ALL, LC_MESSAGES, LANG   the language of texts and messages when --lang is not given (nl_NL.UTF-8: Dutch)
              IMPACTKIT_PSEUDONYM_SALT    the secret that turns team members into pseudonyms in xAPI exports
              IMPACTKIT_RSVG_CONVERT      the rsvg-convert to use for --format png|pdf (default: the one on PATH)
              IMPACTKIT_CACHE_KEY         the key (at least 16 bytes) that seals `impact cohort --cache` (HMAC-SHA256)
            """,
        newCanvas: """
            Examples:
              impact new canvas --title "Proeftuin Zorg en Welzijn" --moment "Week 1" --date 2026-09-07 -o week1.json
              impact new canvas --title "Coaches" --variant coaches --domains target-group,partners -o coaches.json
            Then lay cards with `impact place`, answer questions with `impact answer`, and see the result with \
            `impact report` or `impact render`.
            """,
        newJourney:
            "Add moments by placing canvases in its \"moments\" list; a program adds them with ik_journey_add_moment (C), Journey.add_moment (Python), $journey->addMoment (PHP) or Journey.append (Swift).",
        place: """
            Example: impact place week1.json --card act.interview-target-group --domain target-group --field activity --note "12 interviews"
            Fields: activity, place, result. Domain ids: `impact domains FILE`; card ids: `impact domains FILE --cards`.
            """,
        move: """
            Example: impact move week1.json p3 --domain knowledge --field result
            The rules of `impact place` hold where it lands; a placement with an effect stays a result, one with an \
            interaction an activity, and one an impact chain links keeps its field.
            """,
        answer: "Question ids: `impact questions` (for the canvas's variant and purpose).",
        apply: """
            Example: impact apply week1.json ops.json > undo.json   (later: impact apply week1.json undo.json)
            ops.json: [{"op": "place", "card": "act.workshop", "domain": "partners", "field": "activity", "by": "s1"}, …]
            FILE may be a journey: its operations (schema/journey-operations.schema.json) add or take back moments, \
            outcomes and evidence, and edit a moment's canvas: [{"op": "edit", "moment": "Week 5", "ops": [...]}].
            With --base-revision (the revision the operations were made on) a file that moved on since still takes \
            the operations that still apply; one on something gone since is refused (IK_ECONFLICT).
            """,
        merge: """
            Example: impact merge week5-base.json week5-laptop.json week5-lms.json -o week5.json
            What each side changed is kept. Where both changed one thing differently, one version is kept by a rule \
            that does not depend on the order of OURS and THEIRS (the later "at", else the JSON that sorts last) and \
            the other is named in the report. Exit status 0 also with conflicts (they are resolved and reported).
            """,
        revision: """
            Example: rev=$(impact revision week1.json | cut -d' ' -f1); impact place week1.json --if-revision "$rev" …
            The edit is refused, and the file left as it is, when someone changed it after the revision was read.
            """,
        cohort: """
            Reads every *.json file in DIR (sorted by name) on --jobs threads, folding them in name order, so the \
            report does not depend on the threads. A file that cannot be read is reported (on stderr and under \
            "skipped") and the run goes on; --strict then exits 1. Shows progress on stderr when stderr is a terminal.

            --cache FILE keeps each document's summary, keyed by the SHA-256 of its bytes: the next run reads only \
            the documents that changed (a coach re-running the cohort every week). A file whose size, modification time \
            and inode are what the last run saw is not even read (as git and make trust a file's stamp; a file modified \
            within two seconds of a run is always read; --verify reads and hashes every file; the text report says how \
            many files were taken so). A cache from another \
            version, other limits, or damaged is ignored and rewritten (stderr says why); it is never trusted blindly.
            """,
        changesSensitivity: """
            --parameter P --values V1,V2,…  the ratio with one parameter at each value.
            --tornado, --breakeven, --simulate N [--seed S] --distribution …  the assurance figures (JSON, schema \
            impactkit/sroi-assurance/1): every parameter at a low and high value sorted by swing, where each \
            parameter crosses 1:1, and the 5th/50th/95th percentile of the ratio over N seeded draws. A distribution is \
            PARAMETER[@OUTCOME]:uniform:LOW:HIGH or PARAMETER[@OUTCOME]:triangular:LOW:MODE:HIGH; --range \
            PARAMETER=DOWN,UP replaces a tornado width (docs/sroi.md).
            """,
        export: """
            xAPI: --homepage names the platform whose accounts identify people; the output is a JSON array to POST to \
            an LRS's /statements. Team members are never sent by name unless --real-names is given: a member without \
            --account is a pseudonym keyed with the salt in --pseudonym-salt-file or $IMPACTKIT_PSEUDONYM_SALT (a \
            secret of at least 16 bytes; keep it and reuse it, so a student keeps one pseudonym).
            xapi-multipart: the statements and the poster as one multipart/mixed body, written to -o FILE; the \
            Content-Type to send with it is printed: curl -H "Content-Type: $(impact export … -o body)" \
            --data-binary @body …/statements
            """,
        render: """
            For a cohort's heat map use `impact cohort DIR --format svg`. PNG and PDF (--format png|pdf, with -o) are \
            converted from the SVG by rsvg-convert (librsvg) when it is installed; the SVG itself needs nothing.
            """,
        domains: "Without DOMAIN and --all, lists the template's domains and which are in use. With DOMAIN… the canvas "
            + "uses only those (and the selected-domains variant); --all uses every domain again. The changed canvas "
            + "goes to standard output, or with -o to a file (atomically; -o may name FILE itself).",
        template: { kinds in
            "KIND is \(listed(kinds, or: HelpWords.en.or)). The LIN plan carries the toolkit's "
                + "investment figures (project leader 8 h/week for 26 weeks, practice trainer 8, manager 2, 8 students above "
                + "formation, and teachers one day-part a week, which the toolkit links to 8 students), six months of "
                + "preparation, an agreement still to sign and a LIN day to fix; the Actiescan lists its eleven questions "
                + "and the IWP model its seven design principles, with the seed's texts."
        })

    static let nl = CommandDiscussions(
        impact: """
            Begin een canvas met `impact new canvas --title TITEL`, leg kaarten met `impact place` en bekijk het met \
            `impact report` en `impact render` (SVG, of PNG/PDF waar rsvg-convert geïnstalleerd is).

            Elke opdracht die documenten leest, kent de opties voor de leesgrenzen van de bibliotheek (--max-document-bytes, \
            --max-depth, --max-string-bytes, --max-elements): `impact OPDRACHT --help-hidden` toont ze. \
            Aanvullen in de shell, met de velden, domeinen, kaarten en talen: `impact --generate-completion-script bash`.

            OMGEVING
              LC_ALL, LC_MESSAGES, LANG   de taal van teksten en meldingen als --lang ontbreekt (nl_NL.UTF-8: Nederlands)
              IMPACTKIT_PSEUDONYM_SALT    het geheim waarmee teamleden in xAPI-exports gepseudonimiseerd worden
              IMPACTKIT_RSVG_CONVERT      de rsvg-convert voor --format png|pdf (standaard: die op PATH)
              IMPACTKIT_CACHE_KEY         de sleutel (minstens 16 bytes) die `impact cohort --cache` verzegelt (HMAC-SHA256)
            """,
        newCanvas: """
            Voorbeelden:
              impact new canvas --title "Proeftuin Zorg en Welzijn" --moment "Week 1" --date 2026-09-07 -o week1.json
              impact new canvas --title "Coaches" --variant coaches --domains target-group,partners -o coaches.json
            Leg daarna kaarten met `impact place`, beantwoord vragen met `impact answer` en bekijk het resultaat met \
            `impact report` of `impact render`.
            """,
        newJourney:
            "Voeg momenten toe door canvassen in de lijst \"moments\" te zetten; een programma voegt ze toe met ik_journey_add_moment (C), Journey.add_moment (Python), $journey->addMoment (PHP) of Journey.append (Swift).",
        place: """
            Voorbeeld: impact place week1.json --card act.interview-target-group --domain target-group --field activity --note "12 interviews"
            Velden: activity (activiteit), place (plaats), result (opbrengst). Domein-ids: `impact domains BESTAND`; \
            kaart-ids: `impact domains BESTAND --cards`.
            """,
        move: """
            Voorbeeld: impact move week1.json p3 --domain knowledge --field result
            Op de nieuwe plek gelden de regels van `impact place`; een plaatsing met een effect blijft een opbrengst, \
            een met een interactie een activiteit, en een die in een impactketen zit houdt haar veld.
            """,
        answer: "Vraag-ids: `impact questions` (voor de variant en het doel van het canvas).",
        apply: """
            Voorbeeld: impact apply week1.json ops.json > undo.json   (later: impact apply week1.json undo.json)
            ops.json: [{"op": "place", "card": "act.workshop", "domain": "partners", "field": "activity", "by": "s1"}, …]
            BESTAND mag een leertraject zijn: zijn bewerkingen (schema/journey-operations.schema.json) voegen momenten, \
            leeruitkomsten en bewijs toe of nemen ze terug, en wijzigen het canvas van een moment: \
            [{"op": "edit", "moment": "Week 5", "ops": [...]}].
            Met --base-revision (de revisie waarop de bewerkingen gemaakt zijn) neemt een bestand dat sindsdien \
            veranderd is de bewerkingen die nog passen; een bewerking op iets dat sindsdien weg is, wordt geweigerd \
            (IK_ECONFLICT).
            """,
        merge: """
            Voorbeeld: impact merge week5-base.json week5-laptop.json week5-lms.json -o week5.json
            Wat elke kant veranderde, blijft. Waar beide kanten iets verschillend veranderden, blijft één versie \
            volgens een regel die niet afhangt van de volgorde van OURS en THEIRS (de latere "at", anders de JSON die \
            als laatste sorteert) en de andere wordt in het rapport genoemd. Afsluitcode 0, ook bij conflicten (die \
            zijn opgelost en gemeld).
            """,
        revision: """
            Voorbeeld: rev=$(impact revision week1.json | cut -d' ' -f1); impact place week1.json --if-revision "$rev" …
            De wijziging wordt geweigerd, en het bestand blijft zoals het is, als iemand het veranderde nadat de \
            revisie gelezen was.
            """,
        cohort: """
            Leest elk *.json-bestand in MAP (op naam gesorteerd) op --jobs threads en voegt ze in naamvolgorde samen, \
            zodat het rapport niet van de threads afhangt. Een bestand dat niet te lezen is, wordt gemeld (op stderr en \
            onder "skipped") en de run gaat door; met --strict sluit hij dan af met code 1. Toont de voortgang op stderr als \
            stderr een terminal is.

            --cache BESTAND bewaart de samenvatting van elk document, met de SHA-256 van zijn bytes als sleutel: de \
            volgende run leest alleen de documenten die veranderd zijn (een coach die het cohort elke week opnieuw \
            draait). Een bestand waarvan grootte, wijzigingstijd en inode zijn wat de vorige run zag, wordt niet eens \
            gelezen (zoals git en make op de tijdstempel van een bestand vertrouwen; een bestand dat binnen twee seconden \
            van een run gewijzigd is, wordt altijd gelezen; --verify leest en hasht elk bestand; het tekstrapport zegt \
            hoeveel bestanden zo genomen zijn). Een cache van een andere versie, met andere grenzen of beschadigd, wordt \
            genegeerd en opnieuw geschreven (stderr zegt waarom); hij wordt nooit blind vertrouwd.
            """,
        changesSensitivity: """
            --parameter P --values W1,W2,…  de ratio met één parameter op elke waarde.
            --tornado, --breakeven, --simulate N [--seed S] --distribution …  de zekerheidscijfers (JSON, schema \
            impactkit/sroi-assurance/1): elke parameter op een lage en een hoge waarde, gesorteerd op uitslag, waar \
            elke parameter 1:1 passeert, en het 5e/50e/95e percentiel van de ratio over N trekkingen met startgetal. \
            Een verdeling is PARAMETER[@UITKOMST]:uniform:LAAG:HOOG of PARAMETER[@UITKOMST]:triangular:LAAG:MODUS:HOOG; \
            --range PARAMETER=OMLAAG,OMHOOG vervangt een breedte van de tornado (docs/sroi.md).
            """,
        export: """
            xAPI: --homepage noemt het platform waarvan de accounts mensen aanduiden; de uitvoer is een JSON-array om \
            naar /statements van een LRS te POSTen. Teamleden gaan nooit met hun naam mee tenzij --real-names gegeven \
            is: een teamlid zonder --account is een pseudoniem, afgeleid met het zout uit --pseudonym-salt-file of \
            $IMPACTKIT_PSEUDONYM_SALT (een geheim van minstens 16 bytes; bewaar het en gebruik het opnieuw, zodat een \
            student één pseudoniem houdt).
            xapi-multipart: de statements en de poster als één multipart/mixed-body, geschreven naar -o BESTAND; het \
            Content-Type dat erbij hoort wordt afgedrukt: curl -H "Content-Type: $(impact export … -o body)" \
            --data-binary @body …/statements
            """,
        render: """
            Voor de heatmap van een cohort: `impact cohort MAP --format svg`. PNG en PDF (--format png|pdf, met -o) \
            worden uit de SVG gemaakt door rsvg-convert (librsvg) als die geïnstalleerd is; de SVG zelf heeft niets nodig.
            """,
        domains:
            "Zonder domeinen (DOMAIN) en --all: toont de domeinen van de template en welke in gebruik zijn. Met domeinen "
            + "gebruikt het canvas alleen die (en de variant met gekozen domeinen); --all gebruikt weer alle domeinen. "
            + "Het gewijzigde canvas gaat naar standaarduitvoer, of met -o naar een bestand (atomair; -o mag BESTAND "
            + "zelf zijn).",
        template: { kinds in
            "De soort (KIND) is \(listed(kinds, or: HelpWords.nl.or)). Het LIN-plan bevat de investeringscijfers van de toolkit "
                + "(projectleider 8 uur per week gedurende 26 weken, praktijkopleider 8, leidinggevende 2, 8 studenten "
                + "boven formatie, en docenten één dagdeel per week, wat de toolkit aan 8 studenten koppelt), zes "
                + "maanden voorbereiding, een samenwerkingsovereenkomst die nog getekend moet worden en een LIN-dag die nog "
                + "vastgelegd moet worden; de Actiescan noemt zijn elf vragen en het IWP-model zijn zeven "
                + "ontwerpprincipes, met de teksten van de bron."
        })

    var all: [String] {
        [
            impact, newCanvas, newJourney, place, move, answer, apply, merge, revision, cohort, changesSensitivity,
            export, render, domains, template(["canvas"]),
        ]
    }

    /// The table of the language the command line chose.
    static var chosen: CommandDiscussions { of(Messages.language) }
}
