import ArgumentParser
import ImpactKit

/// The help of an option or argument in the chosen language (`--lang`, else the environment's), as the commands'
/// one-line help is: the English text is how a declaration names its help (and what the man page, made with
/// LC_ALL=C, shows), the table below its Dutch. `Tests/cli/help_words.py` fails when a declaration's text has no
/// entry, or when a help is written without going through here.
func helpText(_ english: String, valueName: String? = nil) -> ArgumentHelp {
    ArgumentHelp(HelpWords.chosen.optionHelp(english), valueName: valueName)
}

enum OptionHelp {
    static let dutch: [String: String] = Dictionary(entries, uniquingKeysWith: { first, _ in first })

    static let entries: [(String, String)] = [
        (
            "The poster: a PNG, or an SVG as impact render writes it.",
            "De poster: een PNG, of een SVG zoals impact render die schrijft."
        ),
        (
            "A file holding the credential: a VC-JWT, or a credential's JSON with its proof ('-': stdin).",
            "Een bestand met de credential: een VC-JWT, of de JSON van een credential met zijn proof ('-': standaardinvoer)."
        ),
        (
            "Where to write the baked image (atomically).",
            "Waar de afbeelding met de credential erin komt (atomair geschreven)."
        ),
        ("A PNG or SVG with a baked credential.", "Een PNG of SVG met een ingebakken credential."),
        (
            "A change-log JSON file (schema impactkit/changelog/1).",
            "Een JSON-bestand met een veranderlog (schema impactkit/changelog/1)."
        ),
        (
            "Dimensions whose share to report together (default: relating,collaborating — 'collaborating and connecting').",
            "IDG-clusters waarvan het aandeel samen wordt gerapporteerd (standaard: relating,collaborating — 'samenwerken en verbinden')."
        ),
        ("Output format: text or json.", "Uitvoerformaat: text of json."),
        (
            "A change-log JSON file with an \"sroi\" section.",
            "Een JSON-bestand met een veranderlog met een \"sroi\"-deel."
        ),
        (
            "deadweight, attribution, displacement, drop-off, discount-rate, duration, quantity or proxy.",
            "deadweight, attribution, displacement, drop-off, discount-rate, duration, quantity of proxy."
        ),
        (
            "Comma-separated values, e.g. 0,10,20,30 (percentages as 0–100).",
            "Waarden gescheiden door komma's, bijv. 0,10,20,30 (percentages als 0–100)."
        ),
        ("Only this SROI outcome (default: all).", "Alleen deze SROI-uitkomst (standaard: alle)."),
        (
            "Every parameter of every outcome at a low and a high value, sorted by the swing of the ratio.",
            "Elke parameter van elke uitkomst op een lage en een hoge waarde, gesorteerd op hoe ver de ratio uitslaat."
        ),
        (
            "For each parameter, the value at which the ratio crosses 1:1.",
            "Per parameter de waarde waarbij de ratio 1:1 passeert."
        ),
        (
            "With --tornado: also draw it as SVG into this file (atomically), in --lang.",
            "Met --tornado: teken de tornado ook als SVG in dit bestand (atomair), in de taal van --lang."
        ),
        (
            "Monte Carlo: this many runs over the --distribution settings.",
            "Monte Carlo: zoveel trekkingen over de instellingen van --distribution."
        ),
        (
            "The simulation's seed (the same seed repeats the run).",
            "Het startgetal van de simulatie (hetzelfde startgetal herhaalt de run)."
        ),
        (
            "PARAMETER[@OUTCOME]:uniform:LOW:HIGH or …:triangular:LOW:MODE:HIGH (repeatable).",
            "PARAMETER[@UITKOMST]:uniform:LAAG:HOOG of …:triangular:LAAG:MODUS:HOOG (herhaalbaar)."
        ),
        (
            "PARAMETER=DOWN,UP: the tornado's width for a parameter (repeatable).",
            "PARAMETER=OMLAAG,OMHOOG: de breedte van de tornado voor een parameter (herhaalbaar)."
        ),
        ("A folder of canvas and journey JSON files.", "Een map met JSON-bestanden van canvassen en leertrajecten."),
        (
            "Output format: text, json, csv (the heat map) or svg (the heat map as a picture).",
            "Uitvoerformaat: text, json, csv (de heatmap) of svg (de heatmap als afbeelding)."
        ),
        (
            "Flag a group whose latest canvas has more empty domains than this.",
            "Markeer een groep waarvan het laatste canvas meer lege domeinen heeft dan dit aantal."
        ),
        (
            "Flag a group with fewer result cards than this at a moment from --results-from-moment on.",
            "Markeer een groep met minder opbrengstkaarten dan dit aantal op een moment vanaf --results-from-moment."
        ),
        (
            "The first moment (1-based) at which results are expected.",
            "Het eerste moment (vanaf 1 geteld) waarop opbrengsten worden verwacht."
        ),
        (
            "Flag a group that added fewer cards than this between two moments (and covered no new domain).",
            "Markeer een groep die tussen twee momenten minder kaarten toevoegde dan dit aantal (en geen nieuw domein vulde)."
        ),
        ("Exit 1 when any file had to be skipped.", "Sluit af met code 1 als er een bestand is overgeslagen."),
        (
            "Exit 1 when any file had to be skipped, or (ndjson) holds a canvas or document an earlier file holds.",
            "Sluit af met code 1 als er een bestand is overgeslagen, of (ndjson) iets bevat wat een eerder bestand bevat."
        ),
        (
            "Keep each document's summary here between runs (created when missing, rewritten atomically).",
            "Bewaar de samenvatting van elk document hier tussen runs (aangemaakt als hij ontbreekt, atomair herschreven)."
        ),
        (
            "With --cache: read and hash every file, even one whose size, time and inode are unchanged.",
            "Met --cache: lees en hash elk bestand, ook als grootte, tijd en inode ongewijzigd zijn."
        ),
        (
            "With --cache: a file holding a key (at least 16 bytes; default: $IMPACTKIT_CACHE_KEY) that seals the cache, so that only who holds the key can write a cache this run trusts.",
            "Met --cache: een bestand met een sleutel (minstens 16 bytes; standaard: $IMPACTKIT_CACHE_KEY) die de cache verzegelt, zodat alleen wie de sleutel heeft een cache kan schrijven die deze run vertrouwt."
        ),
        ("Two canvas files, or one journey file.", "Twee canvasbestanden, of één leertrajectbestand."),
        (
            "Journey only: the label of the earlier moment (default: the first).",
            "Alleen leertrajecten: het label van het eerdere moment (standaard: het eerste)."
        ),
        (
            "Journey only: the label of the later moment (default: the last).",
            "Alleen leertrajecten: het label van het latere moment (standaard: het laatste)."
        ),
        ("Folder for the canvas and report files.", "Map voor het canvas en de rapportbestanden."),
        ("The canvas file.", "Het canvasbestand."),
        (
            "Domain ids to work on, e.g. target-group partners.",
            "Ids van de domeinen om aan te werken, bijv. target-group partners."
        ),
        ("Use all domains again.", "Werk weer met alle domeinen."),
        (
            "List the cards the group can lay (the template's deck and its own cards) instead.",
            "Toon in plaats daarvan de kaarten die de groep kan leggen (de stapel van de template en de eigen kaarten van de groep)."
        ),
        (
            "Write the changed canvas here instead of to standard output.",
            "Schrijf het gewijzigde canvas hierheen in plaats van naar standaarduitvoer."
        ),
        ("A canvas JSON file, changed in place.", "Een JSON-bestand met een canvas; het bestand zelf wordt gewijzigd."),
        (
            "Write the changed canvas here instead of over FILE.",
            "Schrijf het gewijzigde canvas hierheen in plaats van BESTAND te overschrijven."
        ),
        (
            "Refuse the edit unless FILE is still at this revision (`impact revision FILE`).",
            "Weiger de wijziging tenzij BESTAND nog op deze revisie staat (`impact revision BESTAND`)."
        ),
        (
            "A card id of the template's deck or the group's own cards.",
            "Het id van een kaart uit de stapel van de template of uit de eigen kaarten van de groep."
        ),
        (
            "A free text instead of a card (the without-cards variant).",
            "Een vrije tekst in plaats van een kaart (de variant zonder kaarten)."
        ),
        ("The domain id.", "Het id van het domein."),
        ("activity, place or result.", "activity (activiteit), place (plaats) of result (opbrengst)."),
        ("What the group wrote on or beside the card.", "Wat de groep op of naast de kaart schreef."),
        (
            "The placement's id (default: p- and 12 random hex digits, which no copy of the file gives another card).",
            "Het id van de plaatsing (standaard: p- en 12 willekeurige hexcijfers, zodat ook een kopie van het bestand dit id nooit aan een andere kaart geeft)."
        ),
        ("The placement's id, e.g. p3.", "Het id van de plaatsing, bijv. p3."),
        (
            "The domain id to move it to (default: where it lies).",
            "Het id van het domein waarheen de plaatsing gaat (standaard: het huidige domein)."
        ),
        (
            "activity, place or result (default: where it lies).",
            "activity (activiteit), place (plaats) of result (opbrengst) (standaard: het huidige veld)."
        ),
        ("The question's id, e.g. lim.students.learned.", "Het id van de vraag, bijv. lim.students.learned."),
        ("The answer (leave out with --withdraw).", "Het antwoord (weglaten bij --withdraw)."),
        (
            "A team member's name: the answer is theirs, not the group's.",
            "De naam van een teamlid: het antwoord is van hem of haar, niet van de groep."
        ),
        ("Withdraw the answer instead.", "Trek in plaats daarvan het antwoord in."),
        (
            "A JSON file with an array of operations ('-' for standard input).",
            "Een JSON-bestand met een lijst bewerkingen ('-' voor standaardinvoer)."
        ),
        ("The revision the operations were made on.", "De revisie waarop de bewerkingen zijn gemaakt."),
        (
            "A canvas, journey or change-log JSON file; for ndjson also a folder of them.",
            "Een JSON-bestand met een canvas, leertraject of veranderlog; bij ndjson ook een map daarvan."
        ),
        (
            "Export format: csv, xapi, xapi-multipart, ob3 (Open Badges 3.0 credentials of a journey, 1.0), credentials (a student's, ready to verify; --sign-key signs them), or ndjson (the analytics tables; parquet through Python).",
            "Exportformaat: csv, xapi, xapi-multipart, ob3 (Open Badges 3.0-credentials van een leertraject, 1.0), credentials (die van een student, klaar om te verifiëren; --sign-key ondertekent ze) of ndjson (de analysetabellen; parquet via Python)."
        ),
        (
            "ndjson: the institution the rows belong to (written as a pseudonym unless --real-names).",
            "ndjson: de instelling waar de rijen bij horen (als pseudoniem geschreven, tenzij --real-names)."
        ),
        (
            "ndjson: the programme (a journey's own programme wins).",
            "ndjson: de opleiding (de eigen opleiding van een leertraject gaat voor)."
        ),
        (
            "ob3: the issuer's profile IRI, e.g. https://hogeschool.example.nl/issuers/pzw.",
            "ob3: de profiel-IRI van de uitgever, bijv. https://hogeschool.example.nl/issuers/pzw."
        ),
        ("ob3: the issuer's name.", "ob3: de naam van de uitgever."),
        (
            "ob3: the student's identifier (e-mail, student number); only its salted SHA-256 is written.",
            "ob3: de identificatie van de student (e-mail, studentnummer); alleen de gezouten SHA-256 ervan wordt geschreven."
        ),
        (
            "ob3: the identifier's OB 3.0 identity type (emailAddress, sisSourcedId, ext:…).",
            "ob3: het OB 3.0-identiteitstype van de identificatie (emailAddress, sisSourcedId, ext:…)."
        ),
        (
            "ob3: the salt published with the hash (a random value per student).",
            "ob3: het zout dat met de hash wordt gepubliceerd (een willekeurige waarde per student)."
        ),
        (
            "ob3: each evidence entry's URL, {moment} replaced by the moment label.",
            "ob3: de URL van elk bewijsstuk, met {moment} vervangen door het label van het moment."
        ),
        (
            "ob3: each evidence entry carries its moment's poster as a data: URI.",
            "ob3: elk bewijsstuk draagt de poster van zijn moment als data:-URI."
        ),
        (
            "credentials: the team member (a card's `by`) whose credentials these are.",
            "credentials: het teamlid (de `by` van een kaart) van wie deze credentials zijn."
        ),
        (
            "credentials: the issue time (RFC 3339); default now. validFrom is never later.",
            "credentials: het tijdstip van uitgifte (RFC 3339); standaard nu. validFrom ligt nooit later."
        ),
        (
            "credentials: credentialSubject.id, e.g. the student's DID.",
            "credentials: credentialSubject.id, bijv. de DID van de student."
        ),
        (
            "credentials: achievement.image, e.g. the poster's PNG URL.",
            "credentials: achievement.image, bijv. de URL van de poster als PNG."
        ),
        (
            "credentials: where the programme's learning outcomes are published (alignment).",
            "credentials: waar de leeruitkomsten van de opleiding gepubliceerd zijn (alignment)."
        ),
        (
            "credentials: sign each as a VC-JWT with this PEM key (Ed25519 or P-256); with Ed25519 the issuer defaults to its did:key.",
            "credentials: onderteken elk als VC-JWT met deze PEM-sleutel (Ed25519 of P-256); bij Ed25519 is de uitgever standaard zijn did:key."
        ),
        (
            "credentials: the key id a verifier resolves (default for Ed25519: its did:key verification method).",
            "credentials: het sleutel-id dat een verificateur opzoekt (standaard bij Ed25519: zijn did:key-verificatiemethode)."
        ),
        (
            "credentials: also the student's Comprehensive Learner Record 2.0 (\"clr\"), signed like the credentials.",
            "credentials: ook het Comprehensive Learner Record 2.0 van de student (\"clr\"), ondertekend zoals de credentials."
        ),
        (
            "xapi-multipart: write the request body here (atomically); ndjson: the folder for TABLE.ndjson and manifest.json. Needed for both.",
            "xapi-multipart: schrijf de body van het verzoek hierheen (atomair); ndjson: de map voor TABEL.ndjson en manifest.json. Nodig voor beide."
        ),
        (
            "xAPI: the platform's address (account.homePage), e.g. https://lms.example.org.",
            "xAPI: het adres van het platform (account.homePage), bijv. https://lms.example.org."
        ),
        (
            "xAPI: group (the team as one actor) or members (a statement per member).",
            "xAPI: group (het team als één actor) of members (een statement per teamlid)."
        ),
        (
            "xAPI: MEMBER=ACCOUNT, a member (team id or name) and their account name on the platform (repeatable).",
            "xAPI: TEAMLID=ACCOUNT, een teamlid (id of naam in het team) en zijn accountnaam op het platform (herhaalbaar)."
        ),
        (
            "xAPI: a file holding the pseudonym salt (default: $IMPACTKIT_PSEUDONYM_SALT). Not on the command line, where ps shows it.",
            "xAPI: een bestand met het zout van de pseudoniemen (standaard: $IMPACTKIT_PSEUDONYM_SALT). Niet op de opdrachtregel, waar ps het toont."
        ),
        (
            "xAPI: 1.0.3 (default) or 2.0.0 (coaches and partners as context agents, the team as context group).",
            "xAPI: 1.0.3 (standaard) of 2.0.0 (coaches en partners als contextagents, het team als contextgroep)."
        ),
        (
            "xAPI: send team members' real names (an explicit choice; the default is pseudonyms).",
            "xAPI: stuur de echte namen van teamleden (een bewuste keuze; standaard zijn het pseudoniemen)."
        ),
        (
            "xAPI: attach the canvas poster (SVG) by its SHA-256. The poster names the team.",
            "xAPI: voeg de canvasposter (SVG) bij, aangeduid met zijn SHA-256. De poster noemt het team bij naam."
        ),
        (
            "xAPI: where the host serves the poster (the attachment's fileUrl), for --format xapi with --attachment.",
            "xAPI: waar het platform de poster aanbiedt (de fileUrl van de bijlage), voor --format xapi met --attachment."
        ),
        (
            "Canvas or journey JSON files to rewrite in place.",
            "JSON-bestanden met canvassen of leertrajecten; de bestanden zelf worden herschreven."
        ),
        (
            "Only report which files are not in canonical form; exit 1 if any.",
            "Meld alleen welke bestanden niet in canonieke vorm zijn; sluit af met code 1 als er zulke zijn."
        ),
        (
            "Language of the texts and messages: nl or en (default: from LC_ALL / LC_MESSAGES / LANG, else en).",
            "Taal van de teksten en meldingen: nl of en (standaard: uit LC_ALL / LC_MESSAGES / LANG, anders en)."
        ),
        ("Largest document in bytes.", "Maximale documentgrootte in bytes."),
        (
            "Deepest nesting of arrays and objects (at most \(Limits.depthCeiling)).",
            "Maximale nestingdiepte van arrays en objecten (hoogstens \(Limits.depthCeiling))."
        ),
        ("Longest string in bytes.", "Maximale stringlengte in bytes."),
        ("Most members of one array or object.", "Maximaal aantal elementen in één array of object."),
        ("The version both copies started from.", "De versie waar beide kopieën van uitgingen."),
        ("One edited copy.", "De ene bewerkte kopie."),
        ("The other edited copy.", "De andere bewerkte kopie."),
        ("Write the merged canvas here.", "Schrijf het samengevoegde canvas hierheen."),
        ("The report: text or json.", "Het rapport: text of json."),
        ("The canvas's title (required).", "De titel van het canvas (verplicht)."),
        (
            "A template JSON file (schema impactkit/template/1); default: the built-in LIM template.",
            "Een JSON-bestand met een template (schema impactkit/template/1); standaard: de ingebouwde LIM-template."
        ),
        (
            "standard, without-cards, selected-domains, coaches or stakeholders.",
            "standard (standaard), without-cards (zonder inventarisatiekaartjes, §8.1), selected-domains (losse impactdomeinen, §8.2), coaches (begeleiders, §8.3) of stakeholders (vertegenwoordigers van onderwijs, onderzoek en beroepspraktijk, §8.4)."
        ),
        (
            "The didactic purpose (LIM §9): introduction, monitor-process, impact-conversation or reflection-accountability.",
            "Het didactische doel (LIM §9): introduction (introductie), monitor-process (monitoren onderzoeksproces, §9.1), impact-conversation (bevorderen gesprek over impact, §9.2) of reflection-accountability (reflectie & verantwoording, §9.3)."
        ),
        (
            "Comma-separated domain ids to work on (LIM §8.2; sets the variant selected-domains).",
            "Ids van de domeinen om aan te werken, gescheiden door komma's (LIM §8.2; zet de variant selected-domains)."
        ),
        ("The moment's label, e.g. \"Week 1\".", "Het label van het moment, bijv. \"Week 1\"."),
        (
            "The moment's date, YYYY-MM-DD (needs --moment).",
            "De datum van het moment, JJJJ-MM-DD (alleen met --moment)."
        ),
        ("Team member as NAME or NAME:ROLE (repeatable).", "Teamlid als NAAM of NAAM:ROL (herhaalbaar)."),
        ("The canvas id (default: a random one).", "Het id van het canvas (standaard: een willekeurig id)."),
        (
            "Write the canvas here (atomically; an existing file is not overwritten without --force).",
            "Schrijf het canvas hierheen (atomair; een bestaand bestand wordt niet overschreven zonder --force)."
        ),
        ("Overwrite an existing output file.", "Overschrijf een bestaand uitvoerbestand."),
        ("The journey's title (required).", "De titel van het leertraject (verplicht)."),
        ("The group's name.", "De naam van de groep."),
        ("The journey id (default: a random one).", "Het id van het leertraject (standaard: een willekeurig id)."),
        (
            "Write the journey here (atomically; an existing file is not overwritten without --force).",
            "Schrijf het leertraject hierheen (atomair; een bestaand bestand wordt niet overschreven zonder --force)."
        ),
        (
            "introduction, monitor-process, impact-conversation or reflection-accountability.",
            "introduction (introductie), monitor-process (monitoren onderzoeksproces), impact-conversation (bevorderen gesprek over impact) of reflection-accountability (reflectie & verantwoording)."
        ),
        (
            "A canvas, journey, Actiescan or change-log JSON file.",
            "Een JSON-bestand met een canvas, leertraject, Actiescan of veranderlog."
        ),
        (
            "Write the SVG here (atomically) instead of to standard output.",
            "Schrijf de SVG hierheen (atomair) in plaats van naar standaarduitvoer."
        ),
        (
            "svg, png or pdf (png and pdf need -o and rsvg-convert).",
            "svg, png of pdf (png en pdf vragen -o en rsvg-convert)."
        ),
        (
            "PNG only: the width in pixels (default: the picture's own).",
            "Alleen PNG: de breedte in pixels (standaard: die van de afbeelding zelf)."
        ),
        (
            "For a journey: progress (cards per domain over the moments, the default) or poster (the latest canvas).",
            "Bij een leertraject: progress (kaarten per domein over de momenten, de standaard) of poster (het laatste canvas)."
        ),
        ("An ImpactKit JSON file.", "Een JSON-bestand van ImpactKit."),
        (
            "The day the report is read on (YYYY-MM-DD; Kirkpatrick plans: overdue evaluations). Default: today.",
            "Peildatum van het rapport (JJJJ-MM-DD; Kirkpatrick-plannen: achterstallige evaluaties). Standaard: vandaag."
        ),
        (
            "Change logs: the IDG dimensions whose share to report together (default: relating,collaborating — 'collaborating and connecting').",
            "Veranderlogs: de IDG-clusters waarvan het aandeel samen wordt gerapporteerd (standaard: relating,collaborating — 'samenwerken en verbinden')."
        ),
        ("ImpactKit JSON files.", "JSON-bestanden van ImpactKit."),
        (
            "Write the document here (atomically) instead of to standard output.",
            "Schrijf het document hierheen (atomair) in plaats van naar standaarduitvoer."
        ),
        ("An Actiescan JSON file.", "Een JSON-bestand met een Actiescan."),
        (
            "Label of the earlier scan (default: the second-last).",
            "Label van de eerdere scan (standaard: de voorlaatste)."
        ),
        ("Label of the later scan (default: the last).", "Label van de latere scan (standaard: de laatste)."),
        (
            "Threads reading documents (default: the machine's cores).",
            "Aantal threads dat documenten leest (standaard: het aantal processorkernen)."
        ),
    ]
}
