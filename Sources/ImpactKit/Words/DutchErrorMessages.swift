/// The Dutch text of every error message ImpactKit gives, one entry per case: the English message as written where
/// the error is raised (each `{}` an argument, each `{w}` an argument that is itself a word to translate, such as
/// "a string" or "variant", `{l}` a list "a, b or c", `{j}` jansson's text, `{m}` one of these messages), and the Dutch text (`{1}`, `{2}`, … the arguments in the English order). A test reads
/// every `ImpactKitError(…, "…")` in the sources and checks it has its entry here, so a new message cannot ship in
/// English only; a third language is one more table of this shape (ErrorMessages.tables).
enum DutchErrorMessages {
    static let entries: [(english: String, dutch: String)] = [
        // Host policies (AtomicFile): the file and the system's reason, which stays in the system's words.
        (
            "cannot write {}: {} (creating a temporary file in {})",
            "kan {1} niet schrijven: {2} (bij het maken van een tijdelijk bestand in {3})"
        ),
        (
            "cannot write {}: a symbolic link to a file that cannot be reached ({})",
            "kan {1} niet schrijven: een symbolische link naar een bestand dat niet bereikbaar is ({2})"
        ),
        (
            "cannot write {}: it is {w}; ImpactKit writes regular files only",
            "kan {1} niet schrijven: het is {2}; ImpactKit schrijft alleen gewone bestanden"
        ),
        ("cannot write {}: {} (keeping its mode)", "kan {1} niet schrijven: {2} (bij het behouden van de rechten)"),
        ("cannot write {}: {}", "kan {1} niet schrijven: {2}"),
        ("path must not be empty", "path mag niet leeg zijn"),
        // Verifiable credentials (OpenBadgesExport, CredentialJWT, BadgeBaking; issue 36).
        ("a PNG chunk is longer than the file", "een PNG-blok is langer dan het bestand"),
        ("a PNG chunk's CRC is wrong (a damaged file)", "de CRC van een PNG-blok klopt niet (een beschadigd bestand)"),
        (
            "an unclosed CDATA section in <openbadges:credential>",
            "een niet afgesloten CDATA-sectie in <openbadges:credential>"
        ),
        ("no <svg> element in the image", "geen <svg>-element in de afbeelding"),
        ("the <openbadges:credential> element is empty", "het element <openbadges:credential> is leeg"),
        ("the <openbadges:credential> element is not closed", "het element <openbadges:credential> is niet afgesloten"),
        ("the PNG carries a credential already", "de PNG bevat al een credential"),
        ("the PNG carries no openbadgecredential iTXt chunk", "de PNG bevat geen iTXt-blok openbadgecredential"),
        ("the PNG ends inside a chunk", "de PNG eindigt midden in een blok"),
        ("the PNG has no IEND", "de PNG heeft geen IEND"),
        (
            "the PNG's credential is compressed; ImpactKit reads it uncompressed",
            "de credential in de PNG is gecomprimeerd; ImpactKit leest hem ongecomprimeerd"
        ),
        ("the PNG's credential is not UTF-8 text", "de credential in de PNG is geen UTF-8-tekst"),
        ("the PNG's iTXt chunk is cut short", "het iTXt-blok van de PNG is afgebroken"),
        ("the SVG carries a credential already", "de SVG bevat al een credential"),
        ("the SVG carries no <openbadges:credential>", "de SVG bevat geen <openbadges:credential>"),
        (
            "the credential is neither a compact JWT nor a JSON object",
            "de credential is geen compacte JWT en geen JSON-object"
        ),
        ("the credential is not a JSON object", "de credential is geen JSON-object"),
        ("the image is neither a PNG nor SVG text (UTF-8)", "de afbeelding is geen PNG en geen SVG-tekst (UTF-8)"),
        (
            "\"{}\" is not a signing algorithm ImpactKit assembles (EdDSA, ES256, RS256)",
            "„{1}” is geen ondertekeningsalgoritme dat ImpactKit samenstelt (EdDSA, ES256, RS256)"
        ),
        ("a credential is a JSON object", "een credential is een JSON-object"),
        (
            "not a signing input ImpactKit made (header.payload)",
            "geen te ondertekenen invoer die ImpactKit maakte (header.payload)"
        ),
        (
            "not a verifiable credential (its type lacks VerifiableCredential)",
            "geen verifieerbare credential (VerifiableCredential ontbreekt in zijn type)"
        ),
        (
            "the credential carries a proof already: sign it one way",
            "de credential draagt al een bewijs: onderteken hem op één manier"
        ),
        ("the credential has no id (the JWT's jti)", "de credential heeft geen id (de jti van de JWT)"),
        ("the credential has no validFrom (the JWT's nbf)", "de credential heeft geen validFrom (de nbf van de JWT)"),
        ("the credential names no issuer id", "de credential noemt geen id van de uitgever"),
        (
            "the key id must be a non-empty text without spaces (a DID URL, a URL)",
            "de sleutel-id moet een niet-lege tekst zonder spaties zijn (een DID-URL, een URL)"
        ),
        (
            "\"{}\" is a setting of the 1.3 export (ik_journey_credentials, OpenBadges.export)",
            "„{1}” is een instelling van de export van 1.3 (ik_journey_credentials, OpenBadges.export)"
        ),
        (
            "\"{}\" is no member of the team (its canvases list the members)",
            "„{1}” is geen lid van het team (de canvassen noemen de leden)"
        ),
        (
            "\"{}\" made nothing on this journey, and its canvases list no member ids (team[].id): nothing can be credited to them",
            "„{1}” heeft niets gemaakt in dit leertraject, en de canvassen noemen geen leden-id's (team[].id): er valt hun niets toe te kennen"
        ),
        ("give \"issued_at\" (now, RFC 3339)", "geef \"issued_at\" (nu, RFC 3339)"),
        (
            "give \"issued_at\" (now, RFC 3339): validFrom must not lie after it, and ImpactKit never reads the clock",
            "geef \"issued_at\" (nu, RFC 3339): validFrom mag er niet na liggen, en ImpactKit leest nooit de klok"
        ),
        (
            "\"{}\" is not an absolute IRI (did:…, mailto:…, https://…)",
            "„{1}” is geen absolute IRI (did:…, mailto:…, https://…)"
        ),
        (
            "an achievement image is data:image/png or data:image/svg+xml, base64",
            "een afbeelding van een prestatie is data:image/png of data:image/svg+xml, base64"
        ),
        ("an image over 256 MiB is refused", "een afbeelding boven 256 MiB wordt geweigerd"),
        ("image must not be NULL or empty", "image mag niet NULL of leeg zijn"),
        ("signature must be 1 to 4096 bytes", "signature moet 1 tot 4096 bytes zijn"),
        ("a {} signature is {} bytes, not {}", "een {1}-handtekening is {2} bytes, niet {3}"),
        (
            "a learner record holds the student's credentials: give at least one",
            "een overzicht van leerresultaten bevat de credentials van de student: geef er minstens één"
        ),
        (
            "a credential of another issuer cannot go in this learner record",
            "een credential van een andere uitgever kan niet in dit overzicht van leerresultaten"
        ),
        (
            "edubadges awards to an eppn or an e-mail address: give \"eppn\" or \"email\"",
            "edubadges kent toe aan een eppn of een e-mailadres: geef \"eppn\" of \"email\""
        ),
        ("\"{}\" is not an e-mail address", "„{1}” is geen e-mailadres"),
        (
            "credentials_json must be a JSON array of credentials",
            "credentials_json moet een JSON-array van credentials zijn"
        ),
        // Tagging a picture's PDF (TaggedPDF): what the PDF lacks.
        ("the PDF's trailer names no /Root or /Size", "de trailer van de PDF noemt geen /Root of /Size"),
        ("the PDF has no page", "de PDF heeft geen pagina"),
        ("the PDF's page has no /Contents", "de pagina van de PDF heeft geen /Contents"),
        ("not a PDF: no startxref", "geen PDF: startxref ontbreekt"),
        ("not a PDF: startxref has no offset", "geen PDF: startxref heeft geen positie"),
        (
            "this PDF has no trailer (a cross-reference stream is not read here)",
            "deze PDF heeft geen trailer (een cross-reference-stream wordt hier niet gelezen)"
        ),
        ("the PDF has no object {} with a dictionary", "de PDF heeft geen object {1} met een dictionary"),
        ("cannot list the folder {}: {}", "kan de map {1} niet lezen: {2}"),
        ("{} was not read", "{1} is niet gelezen"),
        ("jobs must be 0 (one per processor) to 256, got {}", "jobs moet 0 (één per processor) tot 256 zijn, niet {1}"),
        (
            "the cohort is busy: a progress callback may not use the cohort its call is reading into",
            "het cohort is bezig: een voortgangsfunctie mag het cohort waarin haar aanroep leest niet gebruiken"
        ),
        ("cannot read {}: it is not a regular file", "kan {1} niet lezen: het is geen gewoon bestand"),
        ("cannot read {}: {}", "kan {1} niet lezen: {2}"),
        ("the document is {} bytes, over the limit of {}", "het document is {1} bytes, meer dan de grens van {2}"),
        ("the document is over the limit of {} bytes", "het document is groter dan de grens van {1} bytes"),
        // JSON and limits (the messages a host sees most).
        ("empty document", "leeg document"),
        ("invalid JSON: a NUL byte outside a string", "ongeldige JSON: een NUL-byte buiten een tekst"),
        (
            "invalid JSON: the document ends in a NUL byte (does its length count a C string's terminator?)",
            "ongeldige JSON: het document eindigt op een NUL-byte (telt de lengte het afsluitteken van een C-string mee?)"
        ),
        ("invalid JSON: {j}", "ongeldige JSON: {1}"),
        ("string contains a NUL character", "de tekst bevat een NUL-teken"),
        ("unknown jansson value type", "onbekend soort jansson-waarde"),
        (
            "document is {} bytes, more than the limit of {} bytes",
            "het document is {1} bytes, meer dan de grens van {2} bytes"
        ),
        (
            "document is nested deeper than the limit of {} levels",
            "het document is dieper genest dan de grens van {1} niveaus"
        ),
        (
            "string of {} bytes is longer than the limit of {} bytes",
            "een tekst van {1} bytes is langer dan de grens van {2} bytes"
        ),
        ("a string is longer than the limit of {} bytes", "een tekst is langer dan de grens van {1} bytes"),
        (
            "an array or object has more than the limit of {} elements",
            "een lijst of object heeft meer dan de grens van {1} elementen"
        ),
        ("{} elements are more than the limit of {}", "{1} elementen zijn meer dan de grens van {2}"),
        ("{} is longer than the limit of {} bytes", "{1} is langer dan de grens van {2} bytes"),
        ("text of {} bytes is longer than {} bytes", "een tekst van {1} bytes is langer dan {2} bytes"),
        (
            "out of memory while reading the document ({} bytes)",
            "geen geheugen meer bij het lezen van het document ({1} bytes)"
        ),
        ("out of memory building the jansson value", "geen geheugen meer bij het maken van de jansson-waarde"),
        ("out of memory", "geen geheugen meer"),
        // Document shape.
        ("not an ImpactKit document (no \"schema\" string)", "geen ImpactKit-document (geen tekst \"schema\")"),
        (
            "missing required field \"proxy\" (or a \"proxy_id\" from the catalogue)",
            "verplicht veld \"proxy\" ontbreekt (of een \"proxy_id\" uit de catalogus)"
        ),
        ("missing required field \"{}\"", "verplicht veld \"{1}\" ontbreekt"),
        ("expected an object, found {w}", "verwacht: een object, gevonden: {1}"),
        ("expected an array, found {w}", "verwacht: een lijst, gevonden: {1}"),
        ("expected a string, found {w}", "verwacht: een tekst, gevonden: {1}"),
        ("expected an integer, found {w}", "verwacht: een geheel getal, gevonden: {1}"),
        ("expected a number, found {w}", "verwacht: een getal, gevonden: {1}"),
        ("expected true or false, found {w}", "verwacht: true of false, gevonden: {1}"),
        ("expected {w}, found {w}", "verwacht: {1}, gevonden: {2}"),
        ("expected an object of {}", "verwacht: een object met {1}"),
        ("expected an object", "verwacht: een object"),
        ("expected an array of words", "verwacht: een lijst woorden"),
        ("expected [down, up]", "verwacht: [omlaag, omhoog]"),
        ("expected 1–1000 distributions", "verwacht: 1–1000 verdelingen"),
        (
            "unsupported template schema \"{}\" (this version reads {})",
            "niet ondersteund sjabloonschema \"{1}\" (deze versie leest {2})"
        ),
        ("unsupported schema \"{}\"; expected one of {}", "niet ondersteund schema \"{1}\"; verwacht een van {2}"),
        (
            "unsupported schema \"{}\"; this version reads {} — is this a {} document?",
            "niet ondersteund schema \"{1}\"; deze versie leest {2} — is dit een {3}-document?"
        ),
        (
            "unsupported schema \"{}\"; this version reads {} — this is a canvas; a journey holds canvases under \"moments\"",
            "niet ondersteund schema \"{1}\"; deze versie leest {2} — dit is een canvas; een traject bevat canvassen onder \"moments\""
        ),
        ("unsupported schema \"{}\"; this version reads {}", "niet ondersteund schema \"{1}\"; deze versie leest {2}"),
        ("a template needs at least one domain", "een sjabloon heeft minstens één domein nodig"),
        (
            "a canvas in a journey needs a moment (label and, best, a date) to place it in time",
            "een canvas in een traject heeft een moment nodig (een label en het liefst een datum) om het in de tijd te plaatsen"
        ),
        (
            "a cohort takes canvases and journeys, not a {} document",
            "een cohort neemt canvassen en trajecten, geen {1}-document"
        ),
        // A cohort cache that is not used (the reason is shown, the cache rebuilt).
        ("a cache row of the wrong shape", "een cacheregel van de verkeerde vorm"),
        ("cache not used: {m}", "cache niet gebruikt: {1}"),
        (
            "this cohort has no cache: call ik_cohort_use_cache first",
            "dit cohort heeft geen cache: roep eerst ik_cohort_use_cache aan"
        ),
        ("not a cohort cache", "geen cohortcache"),
        ("written by ImpactKit {}", "geschreven door ImpactKit {1}"),
        ("written under other reading limits", "geschreven onder andere leesgrenzen"),
        ("not a SHA-256", "geen SHA-256"),
        ("unexpected error", "onverwachte fout"),
        // Ids, vocabularies, lookups.
        ("unknown {w} \"{}\" (use {l})", "onbekende {1} \"{2}\" (gebruik {3})"),
        (
            "\"{}\" is not a valid id (1–{} characters of a–z A–Z 0–9 . _ - :)",
            "\"{1}\" is geen geldige id (1–{2} tekens uit a–z A–Z 0–9 . _ - :)"
        ),
        ("unknown card \"{}\"", "onbekende kaart \"{1}\""),
        // Team work: authorship, revisions, operations.
        ("no team member \"{}\" (the team's ids: {})", "geen teamlid \"{1}\" (de ids van het team: {2})"),
        (
            "a time must look like 2026-09-28T10:15:00Z (RFC 3339, with Z or an offset), got \"{}\"",
            "een tijd ziet eruit als 2026-09-28T10:15:00Z (RFC 3339, met Z of een verschuiving), gekregen: \"{1}\""
        ),
        ("{} is not a time of day", "{1} is geen tijd van de dag"),
        ("a move needs a domain, a field or both", "een verplaatsing heeft een domein, een veld of beide nodig"),
        ("unknown operation \"{}\" (use {l})", "onbekende bewerking \"{1}\" (gebruik {2})"),
        ("operation \"{}\" has no member \"{}\"", "bewerking \"{1}\" heeft geen onderdeel \"{2}\""),
        ("{m}; the canvas has changed since revision {}", "{1}; het canvas is gewijzigd sinds revisie {2}"),
        (
            "ik_report_options.xapi_settings is empty (0 bytes); give a JSON object, or NULL and 0 for none",
            "ik_report_options.xapi_settings is leeg (0 bytes); geef een JSON-object, of NULL en 0 voor geen"
        ),
        (
            "this assurance run would compute {} outcome-years, more than the limit of {}; use fewer simulation runs or raise \"max_outcome_years\"",
            "deze zekerheidsanalyse zou {1} uitkomstjaren berekenen, meer dan de grens van {2}; gebruik minder simulaties of verhoog \"max_outcome_years\""
        ),
        (
            "not sealed (written by an older ImpactKit, or edited)",
            "niet verzegeld (geschreven door een oudere ImpactKit, of bewerkt)"
        ),
        (
            "sealed with a key; give the key it was written with",
            "verzegeld met een sleutel; geef de sleutel waarmee hij is geschreven"
        ),
        ("not sealed with the key given", "niet verzegeld met de gegeven sleutel"),
        ("damaged: its content does not match its seal", "beschadigd: de inhoud past niet bij het zegel"),
        (
            "a cache row whose coverage does not match its counts",
            "een cacheregel waarvan de dekking niet past bij de aantallen"
        ),
        ("a cache key has at least {} bytes (got {})", "een cachesleutel heeft minstens {1} bytes (gekregen: {2})"),
        (
            "reading this document would take about {} MiB, more than {} times its {} bytes ({} arrays and objects, {} values)",
            "dit document lezen zou ongeveer {1} MiB kosten, meer dan {2} keer zijn {3} bytes ({4} lijsten en objecten, {5} waarden)"
        ),
        ("set the cache key before ik_cohort_use_cache", "geef de cachesleutel vóór ik_cohort_use_cache"),
        ("{m}; the journey has changed since revision {}", "{1}; het traject is gewijzigd sinds revisie {2}"),
        ("unknown journey operation \"{}\" (use {l})", "onbekende trajectbewerking \"{1}\" (gebruik {2})"),
        (
            "expected an object of members to keep, found {w}",
            "verwacht: een object met te bewaren onderdelen, gevonden: {1}"
        ),
        (
            "\"{}\" is a member of its own; give it beside \"op\", not in \"extra\"",
            "\"{1}\" is een eigen onderdeel; geef het naast \"op\", niet in \"extra\""
        ),
        ("position {} is outside 0…{}", "positie {1} ligt buiten 0…{2}"),
        (
            "moment \"{}\" is evidence for learning outcome \"{}\"; unlink it first",
            "moment \"{1}\" is bewijs voor leerresultaat \"{2}\"; maak die koppeling eerst los"
        ),
        (
            "placement \"{}\" is evidence for learning outcome \"{}\"; unlink it first",
            "plaatsing \"{1}\" is bewijs voor leerresultaat \"{2}\"; maak die koppeling eerst los"
        ),
        (
            "the answer to \"{}\" is evidence for learning outcome \"{}\"; unlink it first",
            "het antwoord op \"{1}\" is bewijs voor leerresultaat \"{2}\"; maak die koppeling eerst los"
        ),
        (
            "learning outcome \"{}\" has evidence linked; unlink it first",
            "aan leerresultaat \"{1}\" is bewijs gekoppeld; maak die koppeling eerst los"
        ),
        ("no such evidence linked to \"{}\" at \"{}\"", "zulk bewijs is niet gekoppeld aan \"{1}\" bij \"{2}\""),
        (
            "an edit of a moment keeps its id, label and date",
            "een bewerking van een moment houdt zijn id, label en datum"
        ),
        (
            "moments must be in time order: \"{}\" ({}) is not before \"{}\" ({})",
            "momenten staan in volgorde van tijd: \"{1}\" ({2}) ligt niet voor \"{3}\" ({4})"
        ),
        ("\"{}\" is not a revision (r- and 32 hex digits)", "\"{1}\" is geen revisie (r- en 32 hexadecimale cijfers)"),
        ("no own card \"{}\" on this canvas", "geen eigen kaart \"{1}\" op dit canvas"),
        (
            "a merge takes three versions of one journey; the ids are \"{}\", \"{}\" and \"{}\"",
            "samenvoegen neemt drie versies van één traject; de ids zijn \"{1}\", \"{2}\" en \"{3}\""
        ),
        (
            "a merge takes three versions of one canvas; the ids are \"{}\", \"{}\" and \"{}\"",
            "samenvoegen neemt drie versies van één canvas; de ids zijn \"{1}\", \"{2}\" en \"{3}\""
        ),
        (
            "own card \"{}\" lies on the canvas as \"{}\"; take it off first",
            "eigen kaart \"{1}\" ligt op het canvas als \"{2}\"; haal die er eerst af"
        ),
        (
            "team member \"{}\" made part of the canvas; keep them in the team",
            "teamlid \"{1}\" maakte een deel van het canvas; houd die in het team"
        ),
        ("unknown domain \"{}\" in template \"{}\"", "onbekend domein \"{1}\" in sjabloon \"{2}\""),
        ("unknown built-in template \"{}\"", "onbekend ingebouwd sjabloon \"{1}\""),
        ("no built-in template \"{}\" (built in: lim)", "geen ingebouwd sjabloon \"{1}\" (ingebouwd: lim)"),
        ("unknown document type \"{}\" (use {l})", "onbekend soort document \"{1}\" (gebruik {2})"),
        ("unknown reflection question \"{}\"", "onbekende reflectievraag \"{1}\""),
        ("unknown learning outcome \"{}\"", "onbekend leerresultaat \"{1}\""),
        ("unknown person \"{}\"", "onbekende persoon \"{1}\""),
        ("unknown goal \"{}\"", "onbekend doel \"{1}\""),
        ("unknown stakeholder group \"{}\"", "onbekende belanghebbendengroep \"{1}\""),
        ("unknown Actiescan question \"{}\"", "onbekende Actiescan-vraag \"{1}\""),
        (
            "unknown IDG skill \"{}\" (23 skills, e.g. \"trust\", \"co-creation-skills\")",
            "onbekende IDG-vaardigheid \"{1}\" (23 vaardigheden, bijvoorbeeld \"trust\", \"co-creation-skills\")"
        ),
        (
            "unknown capacity \"{}\" (use {l} or give a \"label\")",
            "onbekend vermogen \"{1}\" (gebruik {2} of geef een \"label\")"
        ),
        ("unknown role \"{}\" (coach, work-field-partner)", "onbekende rol \"{1}\" (coach, work-field-partner)"),
        ("unknown xAPI setting \"{}\"", "onbekende xAPI-instelling \"{1}\""),
        ("unknown analytics setting \"{}\"", "onbekende analyse-instelling \"{1}\""),
        ("unknown Open Badges setting \"{}\"", "onbekende Open Badges-instelling \"{1}\""),
        ("unknown assurance setting \"{}\"", "onbekende assurance-instelling \"{1}\""),
        ("unknown simulation setting \"{}\"", "onbekende simulatie-instelling \"{1}\""),
        ("unknown distribution setting \"{}\"", "onbekende verdelingsinstelling \"{1}\""),
        (
            "unsupported language \"{}\" (use \"nl\" or \"en\")",
            "niet ondersteunde taal \"{1}\" (gebruik \"nl\" of \"en\")"
        ),
        ("no placement \"{}\" on this canvas", "geen plaatsing \"{1}\" op dit canvas"),
        ("no placement \"{}\" on the canvas of \"{}\"", "geen plaatsing \"{1}\" op het canvas van \"{2}\""),
        ("no impact chain \"{}\" on this canvas", "geen impactketen \"{1}\" op dit canvas"),
        ("no moment \"{}\" in this journey", "geen moment \"{1}\" in dit traject"),
        ("no answer to \"{}\" to withdraw", "geen antwoord op \"{1}\" om in te trekken"),
        ("no answer to \"{}\" at \"{}\"", "geen antwoord op \"{1}\" bij \"{2}\""),
        ("no SROI outcome \"{}\"", "geen SROI-uitkomst \"{1}\""),
        (
            "no proxy \"{}\" in the study's catalogue (\"proxies\")",
            "geen proxy \"{1}\" in de catalogus van de studie (\"proxies\")"
        ),
        ("no scan labelled \"{}\" (scans: {})", "geen scan met label \"{1}\" (scans: {2})"),
        ("role \"{}\" is not a role of group \"{}\" ({})", "\"{1}\" is geen rol van groep \"{2}\" ({3})"),
        ("domain \"{}\" is not in use on this canvas", "domein \"{1}\" is op dit canvas niet in gebruik"),
        ("demo: no placement of {}", "demo: geen plaatsing van {1}"),
        // Twice, already used.
        ("card id \"{}\" is already a card of the template", "kaart-id \"{1}\" is al een kaart van het sjabloon"),
        ("card id \"{}\" is already used", "kaart-id \"{1}\" is al in gebruik"),
        ("canvas \"{}\" is already a moment of the journey", "canvas \"{1}\" is al een moment van het traject"),
        ("duplicate card id \"{}\"", "dubbele kaart-id \"{1}\""),
        ("duplicate domain id \"{}\"", "dubbele domein-id \"{1}\""),
        ("domain \"{}\" is selected twice", "domein \"{1}\" is twee keer gekozen"),
        ("impact chain id \"{}\" is already used", "impactketen-id \"{1}\" is al in gebruik"),
        ("placement id \"{}\" is already used", "plaatsings-id \"{1}\" is al in gebruik"),
        ("learning outcome \"{}\" is already listed", "leerresultaat \"{1}\" staat er al"),
        ("moment \"{}\" is already in the journey", "moment \"{1}\" zit al in het traject"),
        ("principle \"{}\" is described twice", "principe \"{1}\" is twee keer beschreven"),
        ("this evidence is already linked to \"{}\"", "dit bewijs is al gekoppeld aan \"{1}\""),
        ("{w} \"{}\" is listed twice", "{1} \"{2}\" staat er twee keer"),
        ("listed twice", "staat er twee keer"),
        // Arguments and rules.
        ("{} must not be NULL", "{1} mag niet NULL zijn"),
        (
            "error.code is IK_OK: there is no error to describe",
            "error.code is IK_OK: er is geen fout om te beschrijven"
        ),
        ("error.code {} is not an IK_E* code", "error.code {1} is geen IK_E*-code"),
        ("{} is not NUL-terminated within its {} bytes", "{1} eindigt niet met NUL binnen zijn {2} bytes"),
        ("{} is not valid UTF-8", "{1} is geen geldige UTF-8"),
        ("json must not be NULL", "json mag niet NULL zijn"),
        ("values must not be NULL", "values mag niet NULL zijn"),
        (
            "settings_json must not be NULL: give at least {\"pseudonym_salt\": …} or {\"names\": \"real\"}",
            "settings_json mag niet NULL zijn: geef minstens {\"pseudonym_salt\": …} of {\"names\": \"real\"}"
        ),
        ("must not be empty", "mag niet leeg zijn"),
        ("{} has already been freed", "{1} is al vrijgegeven"),
        ("{} is not a live handle of this type", "{1} is geen levende handle van dit soort"),
        ("{} is not a valid handle", "{1} is geen geldige handle"),
        (
            "ik_options.version is 0; initialise with IK_OPTIONS_INIT",
            "ik_options.version is 0; initialiseer met IK_OPTIONS_INIT"
        ),
        (
            "ik_report_options.version is 0; initialise with IK_REPORT_OPTIONS_INIT",
            "ik_report_options.version is 0; initialiseer met IK_REPORT_OPTIONS_INIT"
        ),
        (
            "ik_options.version {} is newer than this library ({})",
            "ik_options.version {1} is nieuwer dan deze bibliotheek ({2})"
        ),
        (
            "ik_report_options.version {} is newer than this library ({})",
            "ik_report_options.version {1} is nieuwer dan deze bibliotheek ({2})"
        ),
        (
            "ik_cohort_thresholds.version is {}; initialise with IK_COHORT_THRESHOLDS_INIT",
            "ik_cohort_thresholds.version is {1}; initialiseer met IK_COHORT_THRESHOLDS_INIT"
        ),
        ("\"{}\" is not a number", "\"{1}\" is geen getal"),
        ("\"{}\" is not an absolute http(s) IRI", "\"{1}\" is geen absolute http(s)-IRI"),
        (
            "\"{}\" is not an OB 3.0 identity type (e.g. emailAddress, sisSourcedId, ext:…)",
            "\"{1}\" is geen OB 3.0-identiteitstype (bijvoorbeeld emailAddress, sisSourcedId, ext:…)"
        ),
        ("{} is not a helix of the {} model", "{1} is geen helix van het {2}-model"),
        ("{w} cards go in the {w} field, not in {w}", "{1}kaarten horen in het veld {2}, niet in het veld {3}"),
        (
            "a carrier (report, video, …) goes with an indirect interaction, not a direct one",
            "een drager (rapport, video, …) hoort bij een indirecte interactie, niet bij een directe"
        ),
        ("a characteristic serves at least one principle", "een kenmerk dient minstens één principe"),
        (
            "a placement has either a card or a text, not both",
            "een plaatsing heeft een kaart of een tekst, niet allebei"
        ),
        ("a placement needs a card or a text", "een plaatsing heeft een kaart of een tekst nodig"),
        (
            "a pseudonym salt needs {} to 1024 bytes (got {}): a short one can be guessed",
            "een pseudoniem-salt heeft {1} tot 1024 bytes nodig (gekregen: {2}): een korte is te raden"
        ),
        ("a uniform distribution has no mode", "een uniforme verdeling heeft geen modus"),
        (
            "an effect describes a result; placement \"{}\" lies in the {} field",
            "een effect beschrijft een opbrengst; plaatsing \"{1}\" ligt in het veld {2}"
        ),
        (
            "an interaction describes an activity; placement \"{}\" lies in the {} field",
            "een interactie beschrijft een activiteit; plaatsing \"{1}\" ligt in het veld {2}"
        ),
        (
            "an impact chain links its activity to at least one place or result",
            "een impactketen verbindt zijn activiteit met minstens één plaats of opbrengst"
        ),
        ("colour must look like \"#1f77b4\"", "een kleur ziet eruit als \"#1f77b4\""),
        (
            "compare an earlier moment with a later one (\"{}\" is not before \"{}\")",
            "vergelijk een eerder moment met een later (\"{1}\" ligt niet voor \"{2}\")"
        ),
        (
            "currency must be an ISO 4217 code such as EUR, got \"{}\"",
            "een valuta is een ISO 4217-code zoals EUR, gekregen: \"{1}\""
        ),
        ("date must look like 2026-09-28, got \"{}\"", "een datum ziet eruit als 2026-09-28, gekregen: \"{1}\""),
        ("evidence is a placement or an answer, not both", "bewijs is een plaatsing of een antwoord, niet allebei"),
        ("give 1–1000 values (count is {})", "geef 1–1000 waarden (het aantal is {1})"),
        ("give 1–1000 values for a sensitivity run", "geef 1–1000 waarden voor een gevoeligheidsberekening"),
        (
            "give \"poster_data_uri\" or \"poster_url\", not both",
            "geef \"poster_data_uri\" of \"poster_url\", niet allebei"
        ),
        (
            "moments must be in time order: \"{}\" ({}) is not after \"{}\" ({})",
            "momenten staan in volgorde van tijd: \"{1}\" ({2}) ligt niet na \"{3}\" ({4})"
        ),
        ("placement \"{}\" lies in the {} field, not in {}", "plaatsing \"{1}\" ligt in het veld {2}, niet in {3}"),
        (
            "placement \"{}\" is part of impact chain \"{}\"; remove the chain first",
            "plaatsing \"{1}\" hoort bij impactketen \"{2}\"; verwijder eerst de keten"
        ),
        (
            "placement \"{}\" is part of impact chain \"{}\" as {}; remove the chain first",
            "plaatsing \"{1}\" hoort als {3} bij impactketen \"{2}\"; verwijder eerst de keten"
        ),
        (
            "placement \"{}\" lies in domain \"{}\", which would no longer be in use",
            "plaatsing \"{1}\" ligt in domein \"{2}\", dat dan niet meer in gebruik zou zijn"
        ),
        ("select at least one domain", "kies minstens één domein"),
        ("skill \"{}\" belongs to {}, not to {}", "vaardigheid \"{1}\" hoort bij {2}, niet bij {3}"),
        (
            "analytics rows name no group or person by default: give \"pseudonym_salt\" (a secret of at least {} bytes the host keeps) or \"names\": \"real\"",
            "analyserijen noemen standaard geen groep of persoon: geef \"pseudonym_salt\" (een geheim van minstens {1} bytes dat het platform bewaart) of \"names\": \"real\""
        ),
        (
            "team member names are not sent to an LRS by default: give \"pseudonym_salt\" (a secret of at least {} bytes the host keeps), an \"accounts\" entry for every member, or \"names\": \"real\"",
            "namen van teamleden gaan standaard niet naar een LRS: geef \"pseudonym_salt\" (een geheim van minstens {1} bytes dat het platform bewaart), een \"accounts\"-regel voor elk teamlid, of \"names\": \"real\""
        ),
        (
            "the didactic purposes (LIM §7.2, §9) are for student groups; the {} variant has its own questions",
            "de didactische doelen (LIM §7.2, §9) zijn voor studentgroepen; de variant {1} heeft eigen vragen"
        ),
        ("the journey has no moments to compare", "het traject heeft geen momenten om te vergelijken"),
        (
            "the moments with evidence for \"{}\" have no dates: give \"valid_from\"",
            "de momenten met bewijs voor \"{1}\" hebben geen datum: geef \"valid_from\""
        ),
        (
            "the study has no inputs, so there is no ratio to test",
            "de studie heeft geen inputs, dus er is geen ratio om te toetsen"
        ),
        ("this study has no SROI valuation", "deze studie heeft geen SROI-waardering"),
        (
            "valid_from must be a date and time with a zone, e.g. 2027-01-22T00:00:00Z",
            "valid_from is een datum en tijd met zone, bijvoorbeeld 2027-01-22T00:00:00Z"
        ),
        (
            "xAPI settings need \"homepage\": the platform whose accounts identify people",
            "xAPI-instellingen hebben \"homepage\" nodig: het platform waarvan de accounts mensen aanduiden"
        ),
        (
            "xAPI statements need settings (at least {\"homepage\": …})",
            "xAPI-statements hebben instellingen nodig (minstens {\"homepage\": …})"
        ),
        (
            "Open Badges settings need \"issuer\": {\"id\", \"name\"}",
            "Open Badges-instellingen hebben \"issuer\" nodig: {\"id\", \"name\"}"
        ),
        (
            "Open Badges settings need \"recipient\": {\"identity\", \"type\", \"salt\"}",
            "Open Badges-instellingen hebben \"recipient\" nodig: {\"identity\", \"type\", \"salt\"}"
        ),
        ("unexpected error: {}", "onverwachte fout: {1}"),
        // What a document type does not have.
        ("{w} has no CSV export", "{1} heeft geen CSV-export"),
        (
            "{w} has no learning outcomes to credential (journeys have)",
            "{1} heeft geen leerresultaten om een badge voor te geven (trajecten wel)"
        ),
        ("{w} has no picture", "{1} heeft geen afbeelding"),
        (
            "{w} has no xAPI statements (canvases and journeys have)",
            "{1} heeft geen xAPI-statements (canvassen en trajecten wel)"
        ),
        ("{w} has no xAPI statements", "{1} heeft geen xAPI-statements"),
        (
            "{w} has no template here; start one with its constructor",
            "{1} heeft hier geen sjabloon; begin er een met zijn constructor"
        ),
        ("{} is {w}, not {w}", "{1} is {2}, geen {3}"),
        // Numbers out of range.
        ("SDG {} does not exist (1–17)", "SDG {1} bestaat niet (1–17)"),
        (
            "{w} is {}: percentages are written 0–100 here (25 for 25 %), so {} would mean {} %; values between 0 and 1 are refused as probable fractions",
            "{1} is {2}: percentages staan hier als 0–100 (25 voor 25 %), dus {3} zou {4} % betekenen; waarden tussen 0 en 1 worden geweigerd als waarschijnlijke breuken"
        ),
        ("{w} is {}%; it must be 0–100 %", "{1} is {2}%; het moet 0–100 % zijn"),
        ("{w} cannot be negative ({})", "{1} kan niet negatief zijn ({2})"),
        ("{w} must be a finite number", "{1} moet een eindig getal zijn"),
        ("key \"{}\" is given twice in one object", "sleutel \"{1}\" staat twee keer in één object"),
        (
            "{} is before 1900-01-01, the earliest day ImpactKit takes",
            "{1} ligt voor 1900-01-01, de vroegste dag die ImpactKit aanneemt"
        ),
        ("{} is not a calendar date", "{1} is geen bestaande datum"),
        ("{} must be positive, got {}", "{1} moet positief zijn, gekregen: {2}"),
        (
            "{} length {} is larger than any document (SIZE_MAX?)",
            "lengte van {1} is {2}, groter dan elk document (SIZE_MAX?)"
        ),
        ("max_depth must be between 2 and {}, got {}", "max_depth moet tussen 2 en {1} liggen, gekregen: {2}"),
        ("a {w} has {}–{} points, not {}", "een {1} heeft {2}–{3} punten, niet {4}"),
        // Before the general "{} is outside …" below, which would otherwise take them half-translated.
        ("position {} is off the scale (1…{})", "positie {1} valt buiten de schaal (1…{2})"),
        ("stage {} is outside the stages (1…{})", "stadium {1} valt buiten de stadia (1…{2})"),
        ("{} is outside 0…{}", "{1} ligt buiten 0…{2}"),
        ("a range width must be 0 or more", "een bereikbreedte is 0 of meer"),
        (
            "a triangular distribution needs a mode between low and high",
            "een driehoeksverdeling heeft een modus tussen laag en hoog nodig"
        ),
        ("an input's value cannot be negative", "de waarde van een input kan niet negatief zijn"),
        (
            "duration is {}; it must be a whole number of years, 1–50",
            "de duur is {1}; die moet een heel aantal jaren zijn, 1–50"
        ),
        (
            "level {} is outside 1…4 (1 reaction, 2 learning, 3 behaviour, 4 results)",
            "niveau {1} ligt buiten 1…4 (1 reactie, 2 leren, 3 gedrag, 4 resultaten)"
        ),
        ("low ({}) is above high ({})", "laag ({1}) ligt boven hoog ({2})"),
        ("retained ({}) is more than intake ({})", "behouden ({1}) is meer dan de instroom ({2})"),
        (
            "scan dated {} comes after a scan of {}; list scans in time order",
            "de scan van {1} komt na een scan van {2}; zet scans in volgorde van tijd"
        ),
        ("votes cannot be negative ({})", "stemmen kunnen niet negatief zijn ({1})"),
        ("weight must be a finite number ≥ 0", "een gewicht is een eindig getal ≥ 0"),
        ("{} is {}; it must be {}…{}", "{1} is {2}; het moet {3}…{4} zijn"),
        ("{} is outside {}…{}", "{1} ligt buiten {2}…{3}"),
        // The shape those two are built from, for any later use of it.

        // The bindings' own checks (Python, PHP), before anything reaches the library: the same catalogue, so their
        // localized() / getLocalizedMessage('nl') is Dutch too (bindings/python/tests/test_localized_errors.py reads
        // them from the bindings' sources). Last, so the library's own cases are matched first.
        (
            "{} must be an integer from 0 to 2**64-1, got {}",
            "{1} moet een geheel getal van 0 tot 2**64-1 zijn, niet {2}"
        ),
        (
            "dimensions must be a sequence of IDG dimension ids, not one string",
            "dimensions moet een reeks IDG-dimensie-id's zijn, geen losse tekst"
        ),
        ("dimensions must be a list of IDG dimension ids", "dimensions moet een lijst van IDG-dimensie-id's zijn"),
        ("{} must be a str, got {}", "{1} moet een str zijn, niet {2}"),
        ("{} must be a string, got {}", "{1} moet een string zijn, niet {2}"),
        ("{} contains a NUL character", "{1} bevat een NUL-teken"),
        ("a document must be str or bytes, got {}", "een document moet str of bytes zijn, niet {1}"),
        (
            "jobs must be 1 to 256 (None: one per processor), got {}",
            "jobs moet 1 tot en met 256 zijn (None: één per processor), niet {1}"
        ),
        ("the {} is closed", "{1} is al gesloten"),
        (
            "operations are a list: put the one operation in [ ]",
            "operaties horen in een lijst: zet die ene operatie tussen [ ]"
        ),
        (
            "operations must be a list of dicts or their JSON, got {}",
            "operaties moeten een lijst van dicts zijn, of hun JSON, niet {1}"
        ),
        ("later must be a Canvas, got {}", "later moet een Canvas zijn, niet {1}"),
        ("canvas must be a Canvas, got {}", "canvas moet een Canvas zijn, niet {1}"),
        ("{} must be a 32-bit integer, got {}", "{1} moet een geheel getal van 32 bits zijn, niet {2}"),
        ("{} must be a 32-bit integer", "{1} moet een geheel getal van 32 bits zijn"),
        ("{} must be a non-negative integer", "{1} moet een geheel getal van 0 of meer zijn"),
        ("key must be bytes, got {}", "key moet bytes zijn, niet {1}"),
        ("did:key is made here for Ed25519 keys", "did:key wordt hier alleen voor Ed25519-sleutels gemaakt"),
        (
            "sign with an Ed25519, P-256 or RSA (2048 bits or more) private key",
            "onderteken met een geheime Ed25519-, P-256- of RSA-sleutel (RSA 2048 bits of meer)"
        ),
        ("give the kid a verifier resolves the {} key by", "geef de kid waarmee een verifier de {1}-sleutel vindt"),
        (
            "the context {} is not shipped with impactkit (never fetched)",
            "de context {1} levert impactkit niet mee (en haalt die nooit op)"
        ),
        (
            "Data Integrity proofs need pyld (pip install \"impactkit[credentials]\")",
            "Data Integrity-bewijzen hebben pyld nodig (pip install \"impactkit[credentials]\")"
        ),
        (
            "the credential's @context {} is not one impactkit ships (a verifier would refuse an unpinned context)",
            "de @context {1} van de credential levert impactkit niet mee (een verifier zou een niet-vastgelegde context weigeren)"
        ),
        (
            "eddsa-rdfc-2022 signs with an Ed25519 private key",
            "eddsa-rdfc-2022 ondertekent met een geheime Ed25519-sleutel"
        ),
        (
            "an Ed25519 secret key is 64 bytes (sodium_crypto_sign_secretkey)",
            "een geheime Ed25519-sleutel is 64 bytes (sodium_crypto_sign_secretkey)"
        ),
        ("an Ed25519 public key is 32 bytes", "een publieke Ed25519-sleutel is 32 bytes"),
        ("unsupported schema \"{}\"; expected {}", "niet ondersteund schema \"{1}\"; verwacht {2}"),
        ("format must be 'png' or 'pdf', got {}", "format moet 'png' of 'pdf' zijn, niet {1}"),
        ("width must be 16–20000 pixels, got {}", "width moet 16–20000 pixels zijn, niet {1}"),
        ("width is for PNG, 16–20000 pixels", "width is alleen voor PNG, 16–20000 pixels"),
        ("width is for PNG", "width is alleen voor PNG"),
        (
            "PNG and PDF need CairoSVG (pip install cairosvg) or rsvg-convert (apt install librsvg2-bin); the SVG itself needs nothing",
            "PNG en PDF hebben CairoSVG (pip install cairosvg) of rsvg-convert (apt install librsvg2-bin) nodig; de SVG zelf heeft niets nodig"
        ),
        (
            "PNG and PDF need rsvg-convert (apt install librsvg2-bin); the SVG itself needs nothing",
            "PNG en PDF hebben rsvg-convert (apt install librsvg2-bin) nodig; de SVG zelf heeft niets nodig"
        ),
        ("{} could not convert the picture: {}", "{1} kon de afbeelding niet omzetten: {2}"),
        ("could not start {}", "kon {1} niet starten"),
        ("not a domain id: {}", "geen domein-id: {1}"),
        ("unknown threshold \"{}\"", "onbekende drempel \"{1}\""),
        ("unknown option \"{}\"; known: {}", "onbekende optie \"{1}\"; bekend zijn: {2}"),
        (
            "a cohort cannot be cloned; build a new one from the same inputs",
            "een cohort kan niet gekloond worden; bouw een nieuw cohort uit dezelfde invoer"
        ),
        (
            "ImpactKit\\Cohort cannot be serialized (it holds a library handle): keep its documents, or a cache (useCache), and build it again",
            "ImpactKit\\Cohort kan niet geserialiseerd worden (het houdt een handle van de bibliotheek vast): bewaar de documenten, of een cache (useCache), en bouw het opnieuw"
        ),
        (
            "{} cannot be serialized (it holds a library handle): store toJson() and open it again with fromJson()",
            "{1} kan niet geserialiseerd worden (het houdt een handle van de bibliotheek vast): bewaar toJson() en open het weer met fromJson()"
        ),
        ("cannot read {}", "kan {1} niet lezen"),
        ("{} cannot be written as JSON: {}", "{1} kan niet als JSON geschreven worden: {2}"),
    ]

    /// Arguments that are words themselves ({w}): JSON type names, vocabulary names, document kinds.
    static let words: [String: String] = [
        "a directory": "een map", "a FIFO": "een FIFO", "a device": "een apparaat", "a socket": "een socket",
        "not a regular file": "geen gewoon bestand",
        "null": "null", "a boolean": "true of false", "an integer": "een geheel getal", "a number": "een getal",
        "a string": "een tekst", "an array": "een lijst", "an object": "een object", "true or false": "true of false",
        "IDG dimension": "IDG-dimensie", "SROI parameter": "SROI-parameter", "actor mode": "actormodus",
        "audience": "publiek", "card kind": "kaartsoort", "cooperation agreement": "samenwerkingsovereenkomst",
        "design principle": "ontwerpprincipe", "distribution": "verdeling", "field": "veld",
        "helix actor": "helixactor",
        "helix model": "helixmodel", "interaction mode": "interactievorm", "names setting": "namen-instelling",
        "analytics table": "analysetabel",
        "outcome category": "uitkomstcategorie", "phase status": "fasestatus", "phase": "fase", "purpose": "doel",
        "role": "rol", "route": "route", "source": "bron", "sphere": "sfeer",
        "stakeholder group": "belanghebbendengroep",
        "valence": "valentie", "variant": "variant", "weekday": "weekdag", "xAPI version": "xAPI-versie",
        "change": "verandering", "person": "persoon", "placement": "plaatsing", "scan": "scan",
        "SROI outcome": "SROI-uitkomst", "catalogue proxy": "catalogusproxy", "characteristic": "kenmerk",
        "component": "onderdeel", "evaluation": "evaluatie", "goal": "doel", "phase model": "fasemodel",
        "question": "vraag", "scale": "schaal",
        // The canvas's fields and card kinds, as the poster names them (activiteit, plaats, opbrengst).
        "activity": "activiteit", "place": "plaats", "location": "plaats", "result": "opbrengst",
        // SROI parameters, as their ids appear in messages ("attributie is 0,25: …"; the JSON pointer keeps the id).
        "deadweight": "deadweight", "attribution": "attributie", "displacement": "verplaatsing", "drop-off": "afname",
        "discount-rate": "discontovoet", "quantity": "hoeveelheid", "proxy": "financiële proxy",
        "a canvas": "een canvas", "a journey": "een traject", "a changelog": "een veranderlog", "or": "of",
        // The decimal separator of numbers in messages: "150,5" (one number format per language in every text).
        ".": ",",
    ]

    /// Nouns with "het" among the words above: an adjective before them has no -e ("onbekend veld", not
    /// "onbekende veld").
    static let neuterNouns = [
        "veld", "doel", "publiek", "ontwerpprincipe", "helixmodel", "onderdeel", "kenmerk",
        "fasemodel", "sjabloon", "domein", "soort document",
    ]

    /// `message`'s text with "onbekende" agreeing with a neuter noun after it ("onbekend veld \"x\""); the noun ends at a
    /// space, quote, colon or parenthesis, compared as bytes (as messages are read back: a combining mark after the
    /// space does not hide the end). Only an adjective the catalogue wrote agrees: an argument (a card's id, a
    /// quote of the input) stays as the caller gave it. One pass: every localized message goes through here, and a
    /// search per noun and ending made this the larger part of localizing one.
    static func agreeing(_ message: MessageText) -> String {
        let bytes = message.bytes
        guard let first = adjective.first else { return message.text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == first, bytes[index...].starts(with: adjective),
                message.isCatalogue(index..<(index + adjective.count)),
                neuterNounFollows(bytes, index + adjective.count)
            {
                out += adjective.dropLast(2)
                out.append(UInt8(ascii: " "))
                index += adjective.count
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `text`, all of it the catalogue's, with its adjectives agreeing.
    static func agreeing(_ text: String) -> String {
        agreeing(MessageText(catalogue: text))
    }

    private static let adjective = Array("onbekende ".utf8)
    private static let neuterNounBytes = neuterNouns.map { Array($0.utf8) }
    private static let nounEnds: [UInt8] = [
        UInt8(ascii: " "), UInt8(ascii: "\""), UInt8(ascii: ":"), UInt8(ascii: ")"),
    ]

    private static func neuterNounFollows(_ bytes: [UInt8], _ start: Int) -> Bool {
        neuterNounBytes.contains { noun in
            let end = start + noun.count
            return end < bytes.count && bytes[start..<end].elementsEqual(noun) && nounEnds.contains(bytes[end])
        }
    }

    /// jansson's descriptions of a syntax error (load.c), longest first so a phrase is not half-replaced.
    static let janssonPhrases: [(String, String)] = [
        ("(a NUL character) is not allowed in a string", "(een NUL-teken) is niet toegestaan in een tekst"),
        ("'[' or '{' expected", "'[' of '{' verwacht"),
        ("string or '}' expected", "tekst of '}' verwacht"),
        ("end of file expected", "einde van het bestand verwacht"),
        ("premature end of input", "onverwacht einde van de invoer"),
        ("maximum parsing depth reached", "maximale diepte bereikt"),
        ("NUL byte in object key not supported", "NUL-byte in een objectsleutel wordt niet ondersteund"),
        ("duplicate object key", "dubbele objectsleutel"),
        ("unexpected newline", "onverwachte nieuwe regel"),
        ("unexpected token", "onverwacht teken"),
        ("invalid Unicode escape", "ongeldige Unicode-escape"),
        ("invalid Unicode", "ongeldige Unicode"),
        ("invalid escape", "ongeldige escape"),
        ("invalid token", "ongeldig teken"),
        ("invalid syntax", "ongeldige syntaxis"),
        ("control character", "stuurteken"),
        ("too big negative integer", "te groot negatief geheel getal"),
        ("too big integer", "te groot geheel getal"),
        ("real number overflow", "getal te groot"),
        ("unable to decode byte", "kan byte niet lezen"),
        ("Unable to decode byte", "kan byte niet lezen"),
        ("':' expected", "':' verwacht"),
        ("'}' expected", "'}' verwacht"),
        ("']' expected", "']' verwacht"),
        ("near end of file", "bij het einde van het bestand"),
        (" near ", " bij "),
    ]
}
