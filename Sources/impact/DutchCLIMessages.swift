import ImpactKit

/// The Dutch text of the CLI's own messages (files, options), as DutchErrorMessages is for the library's: the English
/// message with `{}` for each argument, the Dutch with `{1}`, `{2}`, …. Library errors inside them are already in the
/// user's language; the system's own reason for a failed read or write (strerror, English whatever the locale) is
/// put in the user's language by `HelpWords.systemReasons`.
enum DutchCLIMessages {
    static let entries: [(english: String, dutch: String)] = [
        // The commands' own checks of their options (ValidationError, printed by the parser as "Error: …").
        ("--jobs must be 1–256", "--jobs moet 1–256 zijn"),
        ("{} wrote a PDF ImpactKit cannot tag: {}", "{1} schreef een PDF die ImpactKit niet kan taggen: {2}"),
        ("give two canvas files or one journey file", "geef twee canvasbestanden of één leertraject"),
        (
            "--from and --to choose moments of a journey; with two canvas files leave them out",
            "--from en --to kiezen momenten van een leertraject; laat ze weg bij twee canvasbestanden"
        ),
        ("give domains or --all, not both", "geef domeinen of --all, niet allebei"),
        ("--cards only lists; leave out domains and --all", "--cards toont alleen; laat domeinen en --all weg"),
        ("give --card or --text (one of them)", "geef --card of --text (één van de twee)"),
        ("give --domain, --field or both", "geef --domain, --field of allebei"),
        ("--withdraw takes no answer text", "bij --withdraw hoort geen antwoordtekst"),
        ("give the answer text (or --withdraw)", "geef de antwoordtekst (of --withdraw)"),
        ("--date belongs to a moment: give --moment too", "--date hoort bij een moment: geef ook --moment"),
        ("--format {} writes a file: give -o FILE", "--format {1} schrijft een bestand: geef -o BESTAND"),
        ("--width must be 16–20000 pixels", "--width moet 16–20000 pixels zijn"),
        ("--width is for --format png", "--width is voor --format png"),
        (
            "cache: {} of {} files taken from the cache unread, by their unchanged size, time and inode (--verify reads and hashes every file)",
            "cache: {1} van {2} bestanden uit de cache genomen zonder ze te lezen, op hun ongewijzigde grootte, tijd en inode (--verify leest en hasht elk bestand)"
        ),
        ("the cache key has {} bytes; give at least {}", "de cachesleutel heeft {1} bytes; geef er minstens {2}"),
        ("{}: cannot read the file: {}", "{1}: kan het bestand niet lezen: {2}"),
        (
            "{}: changed since revision {} (now {}); read it again and redo the edit",
            "{1}: gewijzigd sinds revisie {2} (nu {3}); lees het opnieuw en doe de wijziging nog eens"
        ),
        (
            "--if-revision \"{}\" is not a revision (r- and 32 hex digits: the first word `impact revision FILE` prints)",
            "--if-revision \"{1}\" is geen revisie (r- en 32 hexadecimale cijfers: het eerste woord dat `impact revision BESTAND` toont)"
        ),
        ("cannot lock {} to edit {}: {}", "kan {1} niet vergrendelen om {2} te bewerken: {3}"),
        ("{}: is a directory, not a document", "{1}: is een map, geen document"),
        (
            "{}: {} bytes, over the limit of {} (raise it with --max-document-bytes)",
            "{1}: {2} bytes, boven de grens van {3} (verhoog die met --max-document-bytes)"
        ),
        (
            "{}: more than {} bytes, over the limit (raise it with --max-document-bytes)",
            "{1}: meer dan {2} bytes, boven de grens (verhoog die met --max-document-bytes)"
        ),
        (
            "{}: not written: it would be {} bytes, over the limit of {} for reading it back (raise it with --max-document-bytes here and wherever it is read)",
            "{1}: niet geschreven: het zou {2} bytes worden, boven de grens van {3} om het terug te lezen (verhoog die met --max-document-bytes hier en overal waar het gelezen wordt)"
        ),
        ("{}: {w} is needed here, this is {w} ({}){}", "{1}: hier is {2} nodig, dit is {3} ({4}){5}"),
        ("{}: {w} is needed here, this is {w} ({})", "{1}: hier is {2} nodig, dit is {3} ({4})"),
        (
            "{}: one file must be a journey, this is {w} ({}); to compare canvases give two files",
            "{1}: geef je één bestand, dan moet dat een leertraject zijn; dit is {2} ({3}); geef twee bestanden om canvassen te vergelijken"
        ),
        (
            "{}: one file must be a journey, this is {w} ({}); to compare two scans use `impact actiescan compare`",
            "{1}: geef je één bestand, dan moet dat een leertraject zijn; dit is {2} ({3}); vergelijk twee scans met `impact actiescan compare`"
        ),
        (
            "{}: one file must be a journey, this is {w} ({})",
            "{1}: geef je één bestand, dan moet dat een leertraject zijn; dit is {2} ({3})"
        ),
        (
            "{}: one file must be a journey, this is {w} ({}){}",
            "{1}: geef je één bestand, dan moet dat een leertraject zijn; dit is {2} ({3}){4}"
        ),
        ("not read", "niet gelezen"),
        (
            "{} exists; give --force to overwrite it, or edit it with impact place / unplace / answer",
            "{1} bestaat al; geef --force om het te overschrijven, of bewerk het met impact place / unplace / answer"
        ),
        (
            "a {} has no form to fill in: start one with `impact new {} --title …`",
            "een {1} heeft geen formulier om in te vullen: begin er een met `impact new {2} --title …`"
        ),
        ("{} has no template here", "{1} heeft hier geen sjabloon"),
        ("{} has {} scan(s); a comparison needs two", "{1} heeft {2} scan(s); een vergelijking heeft er twee nodig"),
        ("{}: the journey has no moments", "{1}: het leertraject heeft geen momenten"),
        ("{}: {} (pictures: {})", "{1}: {2} (afbeeldingen: {3})"),
        (
            "{}: a change log with an \"sroi\" section is needed",
            "{1}: hier is een veranderlog met een \"sroi\"-deel nodig"
        ),
        ("--svg draws the tornado: give --tornado too", "--svg tekent de tornado: geef ook --tornado"),
        (
            "give --parameter and --values, or --tornado, --breakeven or --simulate",
            "geef --parameter en --values, of --tornado, --breakeven of --simulate"
        ),
        ("--range wants PARAMETER=DOWN,UP, got {}", "--range verwacht PARAMETER=OMLAAG,OMHOOG, niet: {1}"),
        ("--simulate needs at least one --distribution", "--simulate heeft minstens één --distribution nodig"),
        (
            "--distribution wants PARAMETER[@OUTCOME]:uniform:LOW:HIGH or …:triangular:LOW:MODE:HIGH, got {}",
            "--distribution verwacht PARAMETER[@UITKOMST]:uniform:LAAG:HOOG of …:triangular:LAAG:MODUS:HOOG, niet: {1}"
        ),
        (
            "--format ndjson needs -o DIR (the folder for the tables)",
            "--format ndjson heeft -o MAP nodig (de map voor de tabellen)"
        ),
        (
            "analytics rows name no group or person by default: give a pseudonym salt (--pseudonym-salt-file FILE or $IMPACTKIT_PSEUDONYM_SALT, at least 16 bytes) or --real-names",
            "analyserijen noemen standaard geen groep of persoon: geef een pseudoniem-salt (--pseudonym-salt-file BESTAND of $IMPACTKIT_PSEUDONYM_SALT, minstens 16 bytes) of --real-names"
        ),
        (
            "Parquet is written by the Python package with pyarrow: python -m impactkit.analytics {} --out DIR --format parquet; this command writes NDJSON, which ClickHouse reads as it is (FORMAT JSONEachRow)",
            "Parquet schrijft het Python-pakket met pyarrow: python -m impactkit.analytics {1} --out MAP --format parquet; deze opdracht schrijft NDJSON, dat ClickHouse zo leest (FORMAT JSONEachRow)"
        ),
        (
            "--format xapi-multipart needs -o FILE (the request body)",
            "--format xapi-multipart heeft -o BESTAND nodig (de inhoud van het verzoek)"
        ),
        (
            "--format {} needs --homepage (the platform's address)",
            "--format {1} heeft --homepage nodig (het adres van het platform)"
        ),
        ("--account wants MEMBER=ACCOUNT, got {}", "--account verwacht TEAMLID=ACCOUNT, niet: {1}"),
        ("--attachment-url goes with --attachment", "--attachment-url hoort bij --attachment"),
        (
            "--attachment-url names one poster, and a journey has one per moment: use --format xapi-multipart, which carries each",
            "--attachment-url noemt één poster, en een leertraject heeft er een per moment: gebruik --format xapi-multipart, dat ze allemaal meeneemt"
        ),
        (
            "--attachment with --format xapi needs --attachment-url (where the poster is served); --format xapi-multipart carries the poster itself",
            "--attachment met --format xapi heeft --attachment-url nodig (waar de poster te vinden is); --format xapi-multipart neemt de poster zelf mee"
        ),
        (
            "{}: team members are not sent to an LRS by name by default: give a pseudonym salt (--pseudonym-salt-file FILE or $IMPACTKIT_PSEUDONYM_SALT, at least 16 bytes), --account MEMBER=ACCOUNT for every member, or --real-names",
            "{1}: teamleden gaan standaard niet met naam naar een LRS: geef een pseudoniem-salt (--pseudonym-salt-file BESTAND of $IMPACTKIT_PSEUDONYM_SALT, minstens 16 bytes), --account TEAMLID=ACCOUNT voor elk teamlid, of --real-names"
        ),
        (
            "--format {} needs --issuer, --issuer-name, --recipient and --recipient-salt",
            "--format {1} heeft --issuer, --issuer-name, --recipient en --recipient-salt nodig"
        ),
        ("{}: not a PEM key file (Ed25519 or P-256)", "{1}: geen PEM-sleutelbestand (Ed25519 of P-256)"),
        ("cannot create the folder {}: {}", "kan de map {1} niet maken: {2}"),
        (
            "a P-256 key needs --kid (the key a verifier resolves) and --issuer",
            "een P-256-sleutel heeft --kid (de sleutel die een verificateur opzoekt) en --issuer nodig"
        ),
        (
            "{}: Open Badges credentials come from a journey (its learning outcomes)",
            "{1}: Open Badges-credentials komen uit een leertraject (zijn leeruitkomsten)"
        ),
        ("{}: xAPI export takes a canvas or a journey", "{1}: xAPI-export neemt een canvas of een leertraject"),
        (
            "--format {} needs rsvg-convert (Debian/Ubuntu: apt install librsvg2-bin; macOS: brew install librsvg); without it, use the SVG",
            "--format {1} heeft rsvg-convert nodig (Debian/Ubuntu: apt install librsvg2-bin; macOS: brew install librsvg); gebruik zonder dat de SVG"
        ),
        ("{} could not convert the picture: {}", "{1} kon de afbeelding niet omzetten: {2}"),
        ("skipped {}: {}", "overgeslagen {1}: {2}"),
        (
            "{}: cache not used ({}); every document is read and the cache rewritten",
            "{1}: cache niet gebruikt ({2}); elk document wordt gelezen en de cache opnieuw geschreven"
        ),
        // `impact merge`: the two copies, then the library's message (already in the user's language).
        ("{}, {}: {}", "{1}, {2}: {3}"),
    ]
}
