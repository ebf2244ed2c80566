/*
 * impactkit.h — the C API of ImpactKit 1: make the impact of hybrid learning environments visible.
 *
 * Read it top to bottom: conventions, status codes and errors, options, documents (one handle and one set of
 * verbs for every document type), then the types a host edits or builds (canvas, journey, cohort) and the
 * analyses of one document (comparisons, the Actiescan, SROI sensitivity). Every document and report is
 * described in schema/ (one <kind>.schema.json each) and docs/json-reference.md; docs/c-api-guide.md walks through it.
 *
 *     #include <impactkit.h>
 *     ik_document *doc; ik_error err; char *report;
 *     ik_options opts = IK_OPTIONS_INIT; opts.lang = "nl";
 *     if (ik_document_from_json(&doc, json, len, &opts, &err) != IK_OK) {
 *         fprintf(stderr, "%s: %s (at %s)\n", ik_strerror(err.code), err.message, err.path); return 1;
 *     }
 *     ik_document_report_text(doc, NULL, &report, &err);   // any document: canvas, journey, change log, …
 *     puts(report);
 *     ik_free(report);
 *     ik_document_free(doc);
 *
 * ABI policy. Within major version 1 nothing is removed and no signature, struct layout or meaning changes: a
 * program built against 1.x runs with every later 1.y (SONAME libimpactkit.so.1). New functions, new status codes,
 * new document kinds and new members at the end of the versioned option structs may be added; check the struct's
 * version field. Output documents may gain members (readers keep members they do not know). What is marked
 * IK_EXPERIMENTAL (pictures, xAPI, the instruments whose scales are ImpactKit's own) may change in a minor
 * version, and the change is then named in the release notes.
 *
 * Conventions:
 *   - Functions that can fail return an int status: IK_OK (0) or a negative IK_E* code. Results go through
 *     out-parameters: first for constructors (ik_document_from_json(&doc, …)), after the inputs for functions
 *     that act on a handle, whose handle comes first. The ik_error comes last. On failure out-parameters are set
 *     to NULL and nothing changed.
 *   - ik_error *error may be NULL. When given, it is cleared on success and filled on failure with the code, a
 *     message (English, UTF-8, cut at a character boundary), the JSON pointer (RFC 6901) of the offending value
 *     ("" for the whole document or an argument) and, for JSON syntax errors, the 1-based line and column.
 *   - Ownership: handles are released with their ik_<type>_free function, which accepts NULL. Every char * the
 *     library returns is NUL-terminated UTF-8 and released with ik_free. Every json_t * it returns is a new
 *     reference (json_decref). Input pointers are only borrowed for the call.
 *   - Input: documents are UTF-8 with an explicit length. Short arguments (ids, titles, notes) are NUL-terminated
 *     UTF-8. Invalid UTF-8 gives IK_EUTF8. Limits (size, depth, string length, element count) are set in
 *     ik_options; input over a limit gives IK_ELIMIT and is checked in one pass over the bytes before any JSON
 *     tree is built, so refusing it costs a small fraction of its size (measured: a 16 MiB document of 5.6 million
 *     empty objects is refused with the peak memory 2 MiB higher, 0.13 times its size).
 *   - Thread safety: handles share nothing. Different handles may be used from different threads at once; one
 *     handle may be read (const parameter) from several threads, but a call that changes it needs the caller's lock.
 *     The one process-wide change: on first use the library wraps jansson's allocator (json_set_alloc_funcs, once,
 *     chaining to the functions set before it, to notice a failed allocation) and seeds jansson's hash function
 *     (json_object_seed(0): a random seed, once, before any thread parses). A host that sets its own jansson allocator does so before its first ImpactKit call
 *     and never again while ImpactKit's trees may be alive, as jansson itself requires.
 *   - Settings travel by operation: reading limits (and a default report language) in ik_options, given when a
 *     handle is opened; report settings in ik_report_options, given to each report verb. A report option set
 *     there wins over the handle's default.
 *   - Stack: ImpactKit's JSON reading, writing and reports recurse once per nesting level. The deepest document
 *     allowed (max_depth 128) needs 72 KiB of the calling thread's stack, the default 64 needs 40 KiB (measured
 *     on the release library: about 32 KiB plus 0.45 KiB a level), so a thread of 128 KiB (musl's default) is
 *     enough. Deeper input is refused before any recursion starts.
 *   - Out of memory: an allocation jansson makes for a call that fails turns the whole call into IK_ENOMEM with
 *     nothing returned (tested by failing each of a run's 712 jansson allocations in turn). ImpactKit chains its
 *     allocation functions in front of jansson's current ones on first use, so a host that installs its own with
 *     json_set_alloc_funcs does so before its first ImpactKit call. Swift's own allocation failures end the
 *     process, as they do in every Swift program.
 */
#ifndef IMPACTKIT_H
#define IMPACTKIT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Version --------------------------------------------------------------------------------------------------- */

#define IK_VERSION_MAJOR 1
#define IK_VERSION_MINOR 3
#define IK_VERSION_PATCH 0
#define IK_VERSION_STRING "1.3.0"
/* MAJOR * 1000000 + MINOR * 1000 + PATCH, for comparisons: #if IK_VERSION_NUMBER >= 1001000 */
#define IK_VERSION_NUMBER 1003000

/* Marks a declaration that may still change within major version 1 (see the ABI policy above), as sqlite marks
 * SQLITE_EXPERIMENTAL: empty, so it changes nothing for a compiler; a host can grep for it. */
#define IK_EXPERIMENTAL

/* The library's version as "MAJOR.MINOR.PATCH". Static storage: do not free. Never fails. */
const char *ik_version(void);
/* The library's IK_VERSION_NUMBER (the one it was built with, which may be newer than this header). */
int ik_version_number(void);

/* ---- Status codes and errors ----------------------------------------------------------------------------------- */

typedef enum ik_status {
    IK_OK = 0,          /* success */
    IK_EINVAL = -1,     /* invalid argument: NULL where a value is needed, malformed id, card in the wrong field */
    IK_EJSON = -2,      /* not JSON: syntax error, truncated, duplicate key, NUL character */
    IK_ESCHEMA = -3,    /* JSON, but not a valid document: wrong type, missing member, unsupported schema id */
    IK_ENOTFOUND = -4,  /* unknown id: card, domain, field, placement, question, template, document kind */
    IK_EEXIST = -5,     /* an id, label or link already there, or listed twice (a card may lie twice in a field) */
    IK_ERANGE = -6,     /* number out of range (also integers beyond 64 bits in a document) */
    IK_ELIMIT = -7,     /* input over a configured limit (size, depth, string length, element count) */
    IK_ENOMEM = -8,     /* out of memory */
    IK_EHANDLE = -9,    /* not a live handle of the expected type (detected where possible) */
    IK_EUTF8 = -10,     /* a string is not valid UTF-8 */
    IK_ENOTSUP = -11,   /* the document kind does not have the operation (a change log has no xAPI statements) */
    IK_ECONFLICT = -12, /* since 1.1: the change was made on a revision the document has moved on from, or what it
                           changes is no longer there as it was: read the document again and redo the change */
    IK_EIO = -13        /* since 1.3: a file could not be read or written (the message names it and says why) */
} ik_status;

/* The symbolic name of a status code ("IK_ENOTFOUND"), or "IK_UNKNOWN". Static storage: do not free. */
const char *ik_strerror(int code);

#define IK_ERROR_PATH_LENGTH 128
#define IK_ERROR_MESSAGE_LENGTH 256

typedef struct ik_error {
    int code;                                 /* the IK_E* code, IK_OK after success */
    int line;                                 /* 1-based line of a JSON syntax error, else 0 */
    int column;                               /* 1-based column of a JSON syntax error, else 0 */
    char path[IK_ERROR_PATH_LENGTH];          /* JSON pointer of the offending value, "" if none */
    char message[IK_ERROR_MESSAGE_LENGTH];    /* what went wrong, for people */
} ik_error;

/* The message of an error for people, in `lang` ("nl" or "en", also "nl-NL"; NULL: "en"). error->message stays
 * English, for logs; this is the same case in the language asked, with its ids, numbers and names, e.g.
 * "unknown card \"res.nope\"" -> "onbekende kaart \"res.nope\"". It works on any ik_error the host holds (one
 * copied, or read back from a log); a message cut at IK_ERROR_MESSAGE_LENGTH or from a newer library gets the
 * code's general sentence with the English message after it. *out_text is released with ik_free.
 * IK_EINVAL: error or out_text NULL, error->code IK_OK, or an unsupported lang; IK_ERANGE: not an IK_E* code;
 * IK_EUTF8: error->message is not NUL-terminated UTF-8 within its buffer. */
int ik_error_localize(const ik_error *error, const char *lang, char **out_text, ik_error *err);

/* Since 1.3. The whole description of an error for people, in `lang` (as ik_error_localize): the code, the
 * message in that language, where it happened and, for JSON syntax, the line and column, e.g.
 * "IK_ENOTFOUND: onbekende kaart \"res.nope\" (bij /placements/3/card)". The bindings' str(error) is this, so
 * every layer words an error the same way. *out_text: ik_free. Errors as ik_error_localize; IK_EUTF8 also for
 * error->path. */
int ik_error_describe(const ik_error *error, const char *lang, char **out_text, ik_error *err);

/* Since 1.3. A PDF of one of ImpactKit's pictures made accessible (PDF/UA-1): `pdf` as a converter drew `svg`
 * (rsvg-convert writes such a PDF: one page, a classic cross-reference table), with an incremental update that
 * tags the page as one Figure whose alternative text is the picture's description (its report), and states the
 * language and title (from the SVG) in the catalog and XMP metadata. The drawing is left as it is. *out_pdf holds
 * *out_len bytes (and a NUL after them); ik_free. The bindings' picture converters call this for PDF.
 * IK_EINVAL: a NULL argument; IK_EUTF8: svg is not UTF-8; IK_ESCHEMA: pdf is not such a PDF (no trailer, no page). */
int ik_picture_tag_pdf(const char *svg, size_t svg_len, const unsigned char *pdf, size_t pdf_len,
                       unsigned char **out_pdf, size_t *out_len, ik_error *err);

/* Releases a string (or other buffer) returned by the library. NULL is a no-op. */
void ik_free(void *p);

/* ---- Options: reading (ik_options) and reports (ik_report_options) --------------------------------------------- */

#define IK_OPTIONS_VERSION 1

/* Given when a handle is opened or created. NULL for defaults, or IK_OPTIONS_INIT / ik_options_init and change
 * fields. A zero limit means "the default"; SIZE_MAX the largest there is (for max_depth its ceiling, 128; another value over 128 is IK_ERANGE). Besides these,
 * since 1.3 a document whose tree would take more than 16 times its size (plus 4 MiB) is refused with IK_ELIMIT
 * before it is built: the library's own documents take 5–10 times, 16 MiB of `{},{},…` would have taken 1.2 GB.
 * All limits are checked in one pass over the bytes, so refusing a document costs no more than a fraction of it. */
typedef struct ik_options {
    unsigned int version;       /* IK_OPTIONS_VERSION */
    const char *lang;           /* default report language of the handle: "nl" or "en" ("nl-NL" …); NULL = "en" */
    size_t max_document_bytes;  /* largest document; default 16 MiB */
    size_t max_depth;           /* deepest nesting of arrays/objects; default 64, at most 128 (see Stack) */
    size_t max_string_bytes;    /* longest string or key; default 64 KiB */
    size_t max_elements;        /* most members of one array or object; default 100000 */
} ik_options;

#define IK_OPTIONS_INIT { IK_OPTIONS_VERSION, NULL, 0, 0, 0, 0 }

/* Fills *opts with defaults (for bindings that cannot use the macro). Errors: IK_EINVAL (NULL), IK_ERANGE. */
int ik_options_init(ik_options *opts, unsigned int version);

#define IK_REPORT_OPTIONS_VERSION 1

/* Given to each report verb. NULL for defaults, or IK_REPORT_OPTIONS_INIT / ik_report_options_init. A setting is
 * checked by the verb that uses it (as_of by a dated plan, dimensions by a change log, xapi_settings by the xAPI
 * verbs) and ignored by the others (since 1.3; 1.0 to 1.2 refused a bad setting on every verb). */
typedef struct ik_report_options {
    unsigned int version;       /* IK_REPORT_OPTIONS_VERSION */
    const char *lang;           /* "nl" or "en"; NULL = the handle's default (ik_options.lang at open) */
    const char *as_of;          /* "YYYY-MM-DD" a dated plan is read on (Kirkpatrick); NULL = today (UTC) */
    const char *dimensions;     /* change logs: IDG dimensions whose share is stated, comma-separated;
                                   NULL = "relating,collaborating" (seed 001: collaborating and connecting) */
    const char *xapi_settings;  /* ik_document_to_xapi: a JSON object (schema/xapi-settings.schema.json), */
    size_t xapi_settings_len;   /* read with the handle's limits */
} ik_report_options;

#define IK_REPORT_OPTIONS_INIT { IK_REPORT_OPTIONS_VERSION, NULL, NULL, NULL, NULL, 0 }

/* Fills *opts with defaults (for bindings that cannot use the macro). Errors: IK_EINVAL (NULL), IK_ERANGE. */
int ik_report_options_init(ik_report_options *opts, unsigned int version);

/* ---- Documents ------------------------------------------------------------------------------------------------- */

/* Any ImpactKit document, told apart by its "schema" member: canvas ("impactkit/canvas/1"), journey, changelog,
 * kirkpatrick, actiescan, fasemodel, lin, factsheet, iwp. Round trips keep members this version does not know and
 * write keys in a stable order. A verb a kind does not have gives IK_ENOTSUP. */
typedef struct ik_document ik_document;

/* jansson's value type; declared here so this header needs no other header. */
struct json_t;

/* CONSTRUCTOR. Reads any document of len bytes; all or nothing. *out: ik_document_free.
 * Errors: IK_EINVAL, IK_EJSON, IK_ESCHEMA (unknown schema or invalid document), IK_ENOTFOUND, IK_EEXIST, IK_ERANGE,
 * IK_ELIMIT, IK_EUTF8 — each with the JSON pointer of the offending value (e.g. "/changes/4/person"). */
int ik_document_from_json(ik_document **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. The same from a borrowed jansson value (not changed, not kept). */
int ik_document_from_jansson(ik_document **out, const struct json_t *json, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. A new document of `kind` ("kirkpatrick", "actiescan", "fasemodel", "lin", "factsheet", "iwp" or a
 * schema id) prefilled with what the seed gives — themes and questions, the seven principles, the LIN figures —
 * texts in opts->lang. Errors: IK_EINVAL, IK_EUTF8, IK_ENOTFOUND (unknown kind), IK_ENOTSUP (canvas, journey
 * and change log start from ik_canvas_new, ik_journey_new or a document). */
int ik_document_template(ik_document **out, const char *kind, const ik_options *opts, ik_error *error);
/* The document's schema id ("impactkit/canvas/1"); static storage. NULL when `doc` is not a live document. */
const char *ik_document_kind(const ik_document *doc);
/* Since 1.3. Every kind of document this library reads, as JSON ("schema": "impactkit/document-kinds/1"):
 *   {"kinds": [{"schema": "impactkit/canvas/1", "kind": "canvas", "title": {"nl": "…", "en": "…"},
 *               "verbs": ["evaluate", "report_text", "render_svg", …], "template": false}, …]}
 * in the library's order; "verbs" names the ik_document_* (and apply/merge) functions the kind answers without
 * IK_ENOTSUP, "template" whether ik_document_template starts one. A host lists kinds from here rather than from a
 * list of its own, so a library that gained a kind needs no new binding. *out_json: ik_free. Errors: IK_EINVAL
 * (NULL out_json). */
int ik_document_kinds(char **out_json, ik_error *error);
/* The document as JSON text: two-space indentation, known keys in a fixed order, unknown keys after them in the
 * order read, final newline. Since 1.3, when the indented text would be larger than the handle's
 * max_document_bytes it is written compact (no indentation, no final newline), so a document that was accepted
 * reads back with the limits it was read with. *out_json: ik_free. Errors: IK_EINVAL, IK_EHANDLE, IK_ENOMEM. */
int ik_document_to_json(const ik_document *doc, char **out_json, ik_error *error);
/* The document as a new jansson value (json_decref it). Errors: IK_EINVAL, IK_EHANDLE, IK_ENOMEM. */
int ik_document_to_jansson(const ik_document *doc, struct json_t **out_json, ik_error *error);
/* Since 1.1. The document's revision: "r-" and 32 hex digits of the SHA-256 of its JSON text as
 * ik_document_to_json writes it indented. It changes with every edit and is equal for equal content (the input's
 * key order and whitespace do not count; unknown members do), so a host can compare and swap: keep it in a
 * database version column or send it as an HTTP ETag, and refuse a change made on another revision.
 * *out_revision: ik_free.
 * Errors: IK_EINVAL, IK_EHANDLE, IK_ENOMEM. */
int ik_document_revision(const ik_document *doc, char **out_revision, ik_error *error);
/* Since 1.3. Writes the document to the file `path` (bytes as the system has them, not necessarily UTF-8) as
 * ik_document_to_json writes it, whole or not at all: into an exclusive temporary file beside it, flushed, given
 * the old file's mode and owner (a new one: 0666 less the umask), renamed over it, the folder flushed. A reader or
 * a crash sees the old file or the new one, never a mix; a symbolic link is written through; temporaries a killed
 * writer left are removed. The one implementation Python's and PHP's save and the CLI use.
 * Errors: IK_EINVAL (NULL or empty path), IK_ELIMIT (over PATH_MAX), IK_EHANDLE, IK_ENOMEM, IK_EIO (a directory,
 * FIFO or device at `path`, no such folder, no permission, disk full: the message names the file and the reason;
 * the file is then as it was). */
int ik_document_save(const ik_document *doc, const char *path, ik_error *error);
/* The report as JSON ("schema": "impactkit/<kind>-report/1", see schema/ and docs/json-reference.md): a canvas's
 * figures per domain and field, coverage, palette, strongest and weakest domain (every tie named), reflection
 * questions and the LIM §3 impact figures; a journey's moments, progress and evidence per learning outcome; a
 * change log's IDG split, voted top changes, SDGs and SROI with every assumption; each instrument's report.
 * *out_report: ik_free. Errors: IK_EINVAL (unknown lang or dimension, as_of not YYYY-MM-DD, NULL out), IK_ERANGE
 * (as_of a day no calendar has, such as 2026-02-30; options version), IK_EUTF8, IK_EHANDLE. */
int ik_document_evaluate(const ik_document *doc, const ik_report_options *ropts, char **out_report, ik_error *error);
/* The same report as text for people. *out_text: ik_free. Errors: as ik_document_evaluate. */
int ik_document_report_text(const ik_document *doc, const ik_report_options *ropts, char **out_text, ik_error *error);
/* IK_EXPERIMENTAL. The document as a standalone SVG picture: a canvas as the A1 poster, a journey's progress per
 * domain and moment, an Actiescan's radar with its questions, a change log's IDG bars. Every user string is
 * escaped; no external tools are used. *out_svg: ik_free. Errors: IK_ENOTSUP (other kinds), as evaluate. */
IK_EXPERIMENTAL int ik_document_render_svg(const ik_document *doc, const ik_report_options *ropts, char **out_svg, ik_error *error);
/* The document as an RFC 4180 table (CRLF, quoted fields, UTF-8 without BOM; a field starting with = + - @ that is
 * not a number gets a leading apostrophe): one row per placement of a canvas or of every moment of a journey, one
 * row per change of a change log. *out_csv: ik_free. Errors: IK_ENOTSUP (other kinds), as ik_document_evaluate. */
int ik_document_to_csv(const ik_document *doc, const ik_report_options *ropts, char **out_csv, ik_error *error);
/* IK_EXPERIMENTAL. xAPI 1.0.3 (or 2.0.0) statements (a JSON array) for a canvas or a journey, made with ropts->xapi_settings:
 *   {"homepage": "https://lms.example.org",   required: account.homePage of every person and of the team
 *    "activity_base": "https://…/",           prefix of activity ids (default homepage + "/impactkit/")
 *    "actor": "group" | "members",            the team as an xAPI Group (default), or a statement per member
 *    "accounts": {"s1": "s1234567"},          member id (since 1.3; looked up first) or name → account name
 *    "names": "pseudonymous" | "real",        how a member without an account is named (default pseudonymous)
 *    "pseudonym_salt": "…",                   the host's secret key of the pseudonyms (16 to 1024 bytes)
 *    "version": "1.0.3" | "2.0.0",            2.0.0: coaches and work-field partners as context.contextAgents,
 *                                             the team as context.contextGroups (docs/xapi.md); default 1.0.3
 *    "roles": {"coach": […], "work-field-partner": […]},  2.0: words that mark a member's free-text role
 *    "attachment": true,                      attach the poster by SHA-256 and length (ik_document_render_svg's
 *                                             bytes in the same language)
 *    "attachment_url": "https://…/poster.svg"} the attachment's fileUrl
 * Privacy: by default no statement carries a person's name. A member listed in "accounts" is that account; any
 * other member is "ik-" + the first 32 hex digits of HMAC-SHA-256(pseudonym_salt, name), the same for the same
 * salt and name; agents have no "name". Real names are sent only with "names": "real". A team with a member who
 * has no account, without a salt and without "names": "real", is refused (IK_EINVAL, path "/pseudonym_salt").
 * Attachments: without attachment_url the statements must be sent as ik_document_to_xapi_multipart's body (an
 * LRS refuses application/json statements whose attachment has no fileUrl).
 * Statement ids come from the content: the same export gives the same ids. *out_json: ik_free.
 * Errors: IK_ENOTSUP (other kinds), IK_EINVAL (no settings, no homepage, homepage not an http(s) IRI or with
 * user:password@ in it, unknown setting, salt too short or missing), IK_EJSON / IK_ESCHEMA (settings), as
 * ik_document_evaluate. */
IK_EXPERIMENTAL int ik_document_to_xapi(const ik_document *doc, const ik_report_options *ropts, char **out_json, ik_error *error);
/* IK_EXPERIMENTAL. The same statements and the bytes of their attachments as one xAPI 1.0.3 multipart/mixed
 * request body (part 3 §1.5.2): the statements (compact JSON) first as application/json, then each distinct poster
 * once with Content-Transfer-Encoding: binary and X-Experience-API-Hash, CRLF line ends. POST *out_body to the
 * LRS's /statements with *out_content_type ("multipart/mixed; boundary=…") as Content-Type. Both ik_free; on
 * error both are NULL. Errors: as ik_document_to_xapi. */
IK_EXPERIMENTAL int ik_document_to_xapi_multipart(const ik_document *doc, const ik_report_options *ropts, char **out_body,
                                  char **out_content_type, ik_error *error);
/* IK_EXPERIMENTAL. Open Badges 3.0 credentials (a JSON array) for a journey: one unsigned OpenBadgeCredential per
 * learning outcome with evidence, for one student, made with settings_json (settings_len bytes; see
 * schema/ob3-settings.schema.json and docs/open-badges.md):
 *   {"issuer": {"id": "https://…", "name": "…"},                         required: the issuing organisation
 *    "recipient": {"identity": "s1234567", "type": "sisSourcedId", "salt": "…"},   required: written only as
 *                                            "sha256$" + hex SHA-256(identity + salt), with the salt (OB 3.0)
 *    "achievement_base": "https://…/",       prefix of achievement ids (default issuer id + "/achievements/")
 *    "criteria": {"lu-impact": "…"},         the programme's criteria narrative per outcome id
 *    "poster_data_uri": true | "poster_url": "https://…/{moment}",  evidence id: the poster of the moment
 *    "valid_from": "2027-01-22T00:00:00Z"}   default the date of the latest moment holding evidence
 * Each evidence entry is a card, reflection answer or whole canvas with the student's justification, and names its
 * canvas document and moment ("impactkit:canvas", "impactkit:moment"). The same journey and settings give the same
 * credentials, ids included. No proof: signing is the host's or its badge platform's. *out_json: ik_free.
 * Errors: IK_ENOTSUP (not a journey), IK_EINVAL (settings missing, unknown or wrong; undated moments without
 * valid_from), IK_ENOTFOUND (criteria for an outcome the journey lacks, at /criteria/<id>), IK_EJSON /
 * IK_ESCHEMA / IK_ELIMIT (settings), IK_EHANDLE. */
IK_EXPERIMENTAL int ik_document_to_ob3(const ik_document *doc, const ik_report_options *ropts, const char *settings_json,
                       size_t settings_len, char **out_json, ik_error *error);
/* ---- Verifiable credentials (since 1.3; docs/open-badges.md) ----------------------------------------------------
 * What a verifier, a wallet and a badge platform accept: per student, signed, baked into the poster. Keys never
 * enter the library: ik_vc_jwt_signing_input gives the bytes to sign, the host signs them with its own key, and
 * ik_vc_jwt_assemble makes the VC-JWT. (Data Integrity eddsa-rdfc-2022 needs JSON-LD canonicalisation: the Python
 * binding offers it, on pyld.) */

/* Since 1.3. A journey's Open Badges 3.0 credentials as verifiers take them, with a report:
 * {"schema": "impactkit/ob3-export/1", "member", "credentials": [...], "withheld": [{"outcome", "title", "team",
 * "others"}], "text"}. settings_json as ik_document_to_ob3 (issuer, recipient, achievement_base, criteria, poster_*,
 * valid_from; the issuer id may be a did:key or did:web) plus:
 *   "member": "s1"                 the team member (a canvas's `by`) whose credentials these are: their own
 *                                  evidence and the team's (marked so), never a teammate's; an outcome without
 *                                  evidence of their own gets none and is listed in "withheld"
 *   "issued_at": "…Z"              the issue time (required unless valid_from): validFrom is the latest evidence
 *                                  moment's date, or this when that date lies after it
 *   "subject_id": "did:…"          credentialSubject.id (the JWT's sub)
 *   "achievement_image": "https://…/poster.png" | "data:image/png;base64,…"   achievement.image
 *   "alignment_base": "https://…/"  where the programme's learning outcomes are published (alignment targetUrl)
 *   "edubadges": {"badgeclasses": {"lu-impact": "<entity id>"}, "eppn": "…" and/or "email": "…",
 *                 "evidence_url": "https://…/{outcome}"}   SURF edubadges direct awards in the report's "edubadges"
 *                                  (badgeclass, eppn, recipient_email, evidence_url, name, description, narrative)
 * Each credential has only terms the VC 2.0 and OB 3.0.3 contexts define (ready for either proof format),
 * achievementType Competency, an alignment, credentialSchema, and a moment's poster at most once. *out_json: ik_free.
 * Errors: IK_ENOTSUP (not a journey), IK_EINVAL (settings; no issued_at), IK_ENOTFOUND (criteria for an unknown
 * outcome; a member not in the team — when no canvas lists member ids, one who made nothing), IK_EJSON / IK_ESCHEMA / IK_ELIMIT (settings), IK_EHANDLE. */
int ik_journey_credentials(const ik_document *doc, const ik_report_options *ropts, const char *settings_json,
                           size_t settings_len, char **out_json, ik_error *error);
/* Since 1.3. A student's Comprehensive Learner Record 2.0 for the journey: a ClrCredential holding their achievement
 * credentials_json (a JSON array of what ik_journey_credentials gave, as the host signed them: objects with an
 * embedded proof, or VC-JWT strings, which go in as VC 2.0 EnvelopedVerifiableCredentials), with the achievements
 * they record; settings_json as ik_journey_credentials (issuer, recipient, issued_at …). Sign the record the same
 * way. *out_json: ik_free. Errors: IK_ENOTSUP (not a journey), IK_EINVAL (no credentials, one of another issuer, an
 * entry neither a JWT nor an object, no issued_at), settings as ik_journey_credentials, IK_EJSON, IK_EHANDLE. */
int ik_journey_learner_record(const ik_document *doc, const ik_report_options *ropts, const char *settings_json,
                              size_t settings_len, const char *credentials_json, size_t credentials_len,
                              char **out_json, ik_error *error);
/* Since 1.3. What to sign for a VC-JWT (OB 3.0 §8.2): base64url(header) "." base64url(payload), where the header is
 * {"alg", "kid", "typ": "JWT"} and the payload the credential with iss (issuer id), jti (id), nbf (validFrom), exp
 * (validUntil) and sub (credentialSubject.id) when it has them. alg: "EdDSA" (Ed25519), "ES256" or "RS256"; kid: the
 * key a verifier resolves, e.g. "did:key:z6Mk…#z6Mk…". *out_input: ik_free. Errors: IK_EINVAL (other alg, empty
 * kid, not a VerifiableCredential, a proof already, no issuer / id / validFrom), IK_ERANGE (validFrom not a real
 * time), IK_EJSON, IK_ELIMIT. */
int ik_vc_jwt_signing_input(const char *credential_json, size_t credential_len, const char *alg, const char *kid,
                            char **out_input, ik_error *error);
/* Since 1.3. The VC-JWT: signing_input "." base64url(signature). The signature's length is checked against the
 * header's alg (EdDSA and ES256: 64 bytes, r||s for ES256; RS256: the modulus' length). *out_jwt: ik_free.
 * Errors: IK_EINVAL (not a signing input of ik_vc_jwt_signing_input, a signature of the wrong length). */
int ik_vc_jwt_assemble(const char *signing_input, const unsigned char *signature, size_t signature_len,
                       char **out_jwt, ik_error *error);
/* Since 1.3. The image (a PNG, or SVG text such as ik_document_render_svg gives) with a credential baked in (OB 3.0
 * §5.3): a VC-JWT, or the JSON of a credential with an embedded proof. SVG: an <openbadges:credential> element
 * (the JWT in its verify attribute, JSON as CDATA text); PNG: an iTXt chunk "openbadgecredential" before IEND.
 * *out_image holds *out_len bytes and a NUL; ik_free. Errors: IK_EINVAL (NULL, not a PNG or SVG, a damaged PNG,
 * one baked already, a credential that is neither a JWT nor a JSON object), IK_EJSON, IK_ELIMIT (over 256 MiB). */
int ik_ob3_bake(const unsigned char *image, size_t image_len, const char *credential, unsigned char **out_image,
                size_t *out_len, ik_error *error);
/* Since 1.3. The credential baked into a PNG or SVG (what ik_ob3_bake or another OB 3.0 tool put there).
 * *out_credential: ik_free. Errors: IK_ENOTFOUND (none baked), IK_ENOTSUP (a compressed iTXt), IK_EINVAL. */
int ik_ob3_extract(const unsigned char *image, size_t image_len, char **out_credential, ik_error *error);

/* CONSTRUCTOR. An independent copy of `doc` with the same open options (language, limits): what a binding's
 * copy.copy() or PHP clone gives, so that two objects never own one handle. Errors: IK_EINVAL, IK_EHANDLE.
 * *out: ik_document_free. */
int ik_document_copy(ik_document **out, const ik_document *doc, ik_error *error);
/* DESTRUCTOR. NULL, and pointers that are not live document handles, are ignored. */
void ik_document_free(ik_document *doc);

/* ---- Analyses of documents ------------------------------------------------------------------------------------- */

/* Since 1.2 (version node IMPACTKIT_1.1). CONSTRUCTOR. Merges two copies of one canvas, `ours` and `theirs`, both
 * edited from `base` (a team's offline copy, two hosts): what each side changed is kept; where both changed one thing
 * differently one version is kept by a rule that does not depend on which side is "ours" (the later `at`, else the JSON
 * that sorts last) and the other is reported — a card edited on both sides, changed here and removed there (the change
 * is kept), the same card laid twice, a chain whose card is gone (dropped), one question answered twice. So merging in
 * either order gives the same canvas. *out: the merged canvas (ik_document_free); out_report (may be NULL): "schema":
 * "impactkit/merge-report/1" with the conflicts and a text in ropts->lang (ik_free). Errors: IK_ENOTSUP (not canvases),
 * IK_EINVAL (not one canvas: different ids), IK_EHANDLE, options as ik_document_evaluate. */
int ik_canvas_merge(ik_document **out, const ik_document *base, const ik_document *ours, const ik_document *theirs,
                    const ik_report_options *ropts, char **out_report, ik_error *error);
/* Since 1.2 (version node IMPACTKIT_1.1). CONSTRUCTOR. The same for two copies of one journey: a moment both have is
 * merged as a canvas (its conflicts named "label: …"), a moment one copy added is kept (base order, then new ones by
 * date and label), outcomes merge by id and evidence links by what they link; a link whose card is gone is dropped and
 * reported. Errors: IK_ENOTSUP (not journeys), IK_EINVAL (not one journey), IK_ESCHEMA/IK_EINVAL when the merged
 * moments break a journey's rules (two new moments on one day), IK_EHANDLE. */
int ik_journey_merge(ik_document **out, const ik_document *base, const ik_document *ours, const ik_document *theirs,
                     const ik_report_options *ropts, char **out_report, ik_error *error);
/* Compares an earlier canvas `from` with a later one `to` (LIM §6: progress between moments):
 * "schema": "impactkit/comparison/1" — cards added, removed and moved per domain and field, domains newly covered
 * or no longer covered, the change in the palette, a summary, and under "not_compared" what could not be compared.
 * Cards match by card id, free texts by exact text. *out_report: ik_free.
 * Errors: IK_ENOTSUP (either is not a canvas), IK_EINVAL, IK_EHANDLE, options as ik_document_evaluate. */
int ik_document_compare(const ik_document *from, const ik_document *to, const ik_report_options *ropts,
                        char **out_report, ik_error *error);

/* IK_EXPERIMENTAL. Two scans of an Actiescan document side by side ("schema": "impactkit/actiescan-comparison/1"):
 * per theme the change of the mean over the questions answered in both, per question the change of position, the
 * weakest theme before and after. *out_report: ik_free.
 * Errors: IK_ENOTSUP (not an Actiescan), IK_ENOTFOUND (label, with path "/from" or "/to"), IK_EINVAL, IK_EUTF8. */
IK_EXPERIMENTAL int ik_actiescan_compare(const ik_document *scan, const char *from_label, const char *to_label,
                         const ik_report_options *ropts, char **out_report, ik_error *error);

/* What the SROI result hangs on (SVI assurance), as JSON "impactkit/sroi-assurance/1": a tornado (each parameter
 * of each outcome, and the discount rate, at a low and a high value, sorted by the swing of the ratio), the
 * break-even value of each parameter (where the ratio crosses 1:1; null: not within its range) and, when asked, a
 * Monte Carlo simulation (5th/50th/95th percentile of the ratio, runs below 1:1), seeded so a run repeats exactly.
 * settings_json (settings_len bytes; NULL/0: the defaults, schema/sroi-assurance-settings.schema.json):
 *   {"ranges": {"proxy": [20, 20], …},          down/up: % of the value (quantity, proxy), points (percentages,
 *                                               discount rate), years (duration); defaults in docs/sroi.md
 *    "simulate": {"runs": 10000, "seed": 42, "distributions": [{"parameter": "proxy", "outcome": "o1" (optional),
 *                 "kind": "uniform" | "triangular", "low": 50, "mode": 90 (triangular), "high": 150}, …]},
 *    "max_outcome_years": 1000000000}          the most work (since 1.3): a run over it is refused before it starts
 * Time is linear in outcomes (since 1.3; the tornado was quadratic) and in runs × outcomes for the simulation.
 * *out_json: ik_free. Errors: IK_EINVAL (no SROI section, no inputs, unknown setting), IK_ERANGE (a value outside
 * its parameter's range), IK_ENOTFOUND (outcome), IK_ELIMIT (max_outcome_years), IK_EJSON / IK_ESCHEMA
 * (settings), IK_EHANDLE. */
int ik_changelog_assurance(const ik_document *log, const ik_report_options *ropts, const char *settings_json,
                           size_t settings_len, char **out_json, ik_error *error);
/* Recalculates a change log's SROI with `parameter` ("deadweight", "attribution", "displacement", "drop-off",
 * "discount-rate", "duration", "quantity", "proxy") at each of the `count` values (percentages 0–100), for every
 * outcome or only `outcome_id` (NULL = all): "schema": "impactkit/sroi-sensitivity/1", with the outcome and
 * parameter varied, the study's assumptions and own result, and per value the present value, NPV and ratio
 * (texts in ropts->lang). *out_json: ik_free. Errors: IK_ENOTSUP (not a change log), IK_EINVAL (no SROI, unknown
 * parameter, count 0 or over 1000, values NULL), IK_ERANGE (a value outside the parameter's range, or strictly
 * between 0 and 1 for a percentage), IK_ENOTFOUND (outcome), IK_EUTF8, IK_EHANDLE. */
int ik_changelog_sensitivity(const ik_document *log, const char *parameter, const double *values, size_t count,
                             const char *outcome_id, const ik_report_options *ropts, char **out_json,
                             ik_error *error);

/* ---- Analytics: documents as rows for a warehouse (ClickHouse, DuckDB, pandas) ----------------------------------- */

/* The document's rows of one analytics table as NDJSON: one compact JSON object a line, its members exactly the
 * table's columns in order (ik_analytics_schema; schema/analytics-1.json; docs/sector-analytics.md). table:
 * "groups", "moments", "moment_domains", "placements" (canvases and journeys), "changes", "sroi_outcomes" (change
 * logs); a table the document has no rows for gives "" (so one loop can ask every document for every table).
 * settings_json (settings_len bytes): {"pseudonym_salt": "secret of 16+ bytes", "institution": "…", "programme":
 * "…", "names": "pseudonymous" (default) | "real"}. By default institution, programme, group, document and person
 * are keyed hashes ("ik-" + 32 hex digits of HMAC-SHA-256; people as in ik_document_to_xapi, so rows and
 * statements join) and titles and free texts are left out; without a salt only "names": "real" is accepted.
 * *out_ndjson: ik_free. Errors: IK_EINVAL (unknown table or setting, no salt, NULL), IK_EJSON / IK_ESCHEMA
 * (settings), IK_EUTF8, IK_EHANDLE. */
int ik_document_analytics_rows(const ik_document *doc, const char *table, const char *settings_json,
                               size_t settings_len, char **out_ndjson, ik_error *error);
/* The analytics tables and their columns as JSON ("schema": "impactkit/analytics/1"): {"tables": {"placements":
 * [{"name", "type" (ClickHouse's: String, Nullable(Int64), Array(String), …), "description"}, …], …}}.
 * *out_json: ik_free. Errors: IK_EINVAL (NULL out). */
int ik_analytics_schema(char **out_json, ik_error *error);

/* ---- Canvas: the LIM canvas "Impact in Beeld", edited card by card --------------------------------------------- */

/* A filled LIM canvas: domains × fields (activity / place / result), cards laid in them, team, moment, reflection
 * answers, effects, interactions and impact chains. Report and export it as a document (ik_canvas_to_document). */
typedef struct ik_canvas ik_canvas;

/* The built-in canvas template `template_id` ("lim": Impact in Beeld) as a JSON document
 * ("schema": "impactkit/template/1"): domains with nl/en names and central questions, the card deck with stable
 * ids, kinds and nl/en texts, and where each text comes from (the seed or ImpactKit). A host may edit it and pass
 * it to ik_canvas_new. *out_json: ik_free. Errors: IK_EINVAL, IK_EUTF8, IK_ENOTFOUND. */
int ik_template_builtin(char **out_json, const char *template_id, ik_error *error);

/* The reflection and didactic questions for a variant (NULL = "standard") and purpose (NULL = none) as a document
 * ("schema": "impactkit/questions/1"): {"variant", "purpose", "questions": [{"id", "section", "text": {"nl",
 * "en"}, "source"}]}. *out_json: ik_free. Errors: IK_EINVAL (unknown variant or purpose, a purpose with the
 * coaches or stakeholders variant), IK_EUTF8. */
int ik_questions(const char *variant, const char *purpose, char **out_json, ik_error *error);

/* CONSTRUCTOR. A new empty canvas with a random id and the given title. template_json: NULL (len 0) for the
 * built-in LIM template, or a template document (see ik_template_builtin), copied into the canvas.
 * *out: ik_canvas_free. Errors: IK_EINVAL, IK_EUTF8, IK_EJSON, IK_ESCHEMA, IK_ELIMIT, IK_ERANGE (options). */
int ik_canvas_new(ik_canvas **out, const char *title, const char *template_json, size_t template_len,
                  const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. A canvas to edit from a document of kind canvas (a copy: the document stays as it is; the
 * document's open options carry over). *out: ik_canvas_free. Errors: IK_EINVAL, IK_EHANDLE, IK_ENOTSUP. */
int ik_canvas_from_document(ik_canvas **out, const ik_document *doc, ik_error *error);
/* CONSTRUCTOR. A document holding the canvas as it is now (a copy), to report, export or save it.
 * *out: ik_document_free. Errors: IK_EINVAL, IK_EHANDLE. */
int ik_canvas_to_document(ik_document **out, const ik_canvas *canvas, ik_error *error);
/* Since 1.1. The canvas's revision as it is now: what ik_document_revision gives for ik_canvas_to_document's
 * document, without making one. *out_revision: ik_free. Errors: IK_EINVAL, IK_EHANDLE, IK_ENOMEM. */
int ik_canvas_revision(const ik_canvas *canvas, char **out_revision, ik_error *error);

/* Lays card `card_id` (from the template's deck or the group's own cards) in `field` ("activity", "place" or
 * "result") of domain `domain_id`, with an optional note. Activity cards go in "activity", location cards in
 * "place", result cards in "result", blank cards anywhere. out_placement_id may be NULL; else it receives the
 * new placement's id (ik_free): since 1.2 "p-" and 12 random hex digits, so two copies of a canvas never give
 * their new cards the same id (1.0 gave "p<n>"; a host that wants its own ids lays cards with ik_canvas_apply).
 * The same card may lie twice in one field (two placements, as on paper).
 * Errors: IK_EINVAL (wrong field for the card), IK_EUTF8, IK_ENOTFOUND (card, domain or field), IK_EHANDLE.
 * On error nothing changed. */
int ik_canvas_place(ik_canvas *canvas, const char *card_id, const char *domain_id, const char *field,
                    const char *note, char **out_placement_id, ik_error *error);
/* As ik_canvas_place, with a free text instead of a card (the variant without cards, LIM §8.1). */
int ik_canvas_place_text(ik_canvas *canvas, const char *text, const char *domain_id, const char *field,
                         const char *note, char **out_placement_id, ik_error *error);
/* Takes placement `placement_id` off the canvas; one an impact chain links stays until the chain is removed.
 * Errors: IK_EINVAL, IK_EUTF8, IK_ENOTFOUND, IK_EHANDLE. */
int ik_canvas_unplace(ik_canvas *canvas, const char *placement_id, ik_error *error);
/* Moves placement `placement_id` to `field` of domain `domain_id`, keeping its id, card or text, note, effect or
 * interaction and its place in the order; the rules of ik_canvas_place hold where it lands. A placement with an
 * effect stays a result, one with an interaction an activity, and one an impact chain links keeps its field.
 * Errors: IK_EINVAL, IK_EUTF8, IK_ENOTFOUND, IK_EEXIST, IK_EHANDLE. On error nothing changed.
 * Edits by id (place, unplace, move, set effect/interaction) take constant time at any canvas size. */
int ik_canvas_move(ik_canvas *canvas, const char *placement_id, const char *domain_id, const char *field,
                   ik_error *error);
/* The placements as a JSON array of {"id", "card" | "text", "domain", "field", "note"?} in the order laid.
 * *out_json: ik_free. Errors: IK_EINVAL, IK_EHANDLE. */
int ik_canvas_placements(const ik_canvas *canvas, char **out_json, ik_error *error);
/* Adds a card the group wrote itself. kind: "activity", "location", "result" or "blank" (NULL = "blank"). card_id
 * must not be used by the template's deck or another own card. Errors: IK_EINVAL, IK_EUTF8, IK_EEXIST, IK_EHANDLE. */
int ik_canvas_add_card(ik_canvas *canvas, const char *card_id, const char *kind, const char *text, ik_error *error);
/* Every card the group can lay (the template's deck, then its own cards) as a JSON array of
 * {"id", "kind", "text": {"nl", "en"}, "custom"}. *out_json: ik_free. Errors: IK_EINVAL, IK_EHANDLE. */
int ik_canvas_cards(const ik_canvas *canvas, char **out_json, ik_error *error);
/* Records the answer to question `question_id` (e.g. "lim.students.gain") by person `by` (NULL: the group),
 * replacing an earlier answer of the same person. Errors: IK_EINVAL, IK_EUTF8, IK_ENOTFOUND (question), IK_EHANDLE. */
int ik_canvas_answer(ik_canvas *canvas, const char *question_id, const char *answer, const char *by, ik_error *error);
/* Withdraws the answer of `by` (NULL: the group). Errors: IK_EINVAL, IK_EUTF8, IK_ENOTFOUND, IK_EHANDLE. */
int ik_canvas_unanswer(ik_canvas *canvas, const char *question_id, const char *by, ik_error *error);
/* Chooses how the canvas is used: variant "standard", "without-cards", "selected-domains", "coaches" or
 * "stakeholders", and for student variants a purpose: "introduction" (LIM §7.2, first use), "monitor-process",
 * "impact-conversation", "reflection-accountability" (§9) or NULL. Together they pick the question set.
 * Errors: IK_EINVAL (unknown variant or purpose, a purpose with coaches or stakeholders), IK_EUTF8, IK_EHANDLE. */
int ik_canvas_use(ik_canvas *canvas, const char *variant, const char *purpose, ik_error *error);
/* LIM §8.2, working on some domains: `domains` lists the template's domain ids, comma-separated
 * ("target-group,partners"); the canvas switches to the "selected-domains" variant, keeping its purpose. NULL
 * selects all domains again (a "selected-domains" canvas goes back to "standard"). Errors: IK_EINVAL (empty list,
 * a card would be left outside the selection), IK_ENOTFOUND, IK_EEXIST (a domain twice), IK_EUTF8, IK_EHANDLE. */
int ik_canvas_select_domains(ik_canvas *canvas, const char *domains, ik_error *error);

/* Since 1.1. Applies a batch of operations (a JSON array of ops_len bytes; schema/operations.schema.json), all or
 * nothing: every edit above as data — {"op": "place", "card", "domain", "field", "note"?, "id"?, "by"?, "at"?},
 * "unplace", "move", "note", "effect", "interaction", "chain", "unchain", "answer", "withdraw", "card", "uncard",
 * "use", "domains", "team" — so a browser, a log and an undo speak one format. `by` names a team member by id,
 * `at` is an RFC 3339 time the host gives. base_revision (may be NULL) is the revision (ik_canvas_revision) the
 * operations were made on: when the canvas has moved on they are still applied if they still apply, and one on
 * something gone since is refused with IK_ECONFLICT. A member an operation does not have is refused (IK_EINVAL);
 * members of a placement, chain, answer or own card that this version does not know travel in "extra": {…}
 * (since 1.2; the undo of taking such an item away carries them there, so it applies). out_undo (may be NULL)
 * receives the operations that undo the batch (ik_free). Errors: those of each edit, with the JSON pointer of the
 * operation ("/2/field"), IK_ECONFLICT, IK_EJSON, IK_ELIMIT, IK_EUTF8, IK_EHANDLE. On error nothing changed. */
int ik_canvas_apply(ik_canvas *canvas, const char *ops_json, size_t ops_len, const char *base_revision,
                    char **out_undo, ik_error *error);
/* Impact (LIM §3). Sets the effect of result placement `placement_id` from a JSON object of len bytes:
 * {"intended": true|false, "valence": "positive"|"negative", "valued_by": [stakeholder, …],
 *  "spheres": ["education"|"research"|"practice"|"society", …]}, every member optional (absent = not recorded).
 * Stakeholders: "students", "target-group", "work-field-partners", "teachers", "researchers", "policy-makers",
 * "other". NULL (len 0) clears. Errors: IK_EINVAL (not a result placement, unknown value), IK_ENOTFOUND, IK_EEXIST
 * (a value twice), IK_EJSON, IK_ESCHEMA (the path names the member), IK_EUTF8, IK_ELIMIT, IK_EHANDLE. */
int ik_canvas_set_effect(ik_canvas *canvas, const char *placement_id, const char *effect_json, size_t len,
                         ik_error *error);
/* Sets the interaction of activity placement `placement_id`: {"mode": "direct"|"indirect", "carrier": "report"
 * (indirect only), "partners": [stakeholder, …]} (co-creation partners); NULL clears. Errors: as set_effect. */
int ik_canvas_set_interaction(ik_canvas *canvas, const char *placement_id, const char *interaction_json,
                              size_t len, ik_error *error);
/* Adds an impact chain: {"activity": placement id, "places": [ids], "results": [ids], "note": text, "id": id}
 * ("id" optional: "c-" and 12 random hex digits); at least one place or result, each in its own kind of field (any
 * domain). A placement in a chain cannot be unplaced until the chain is removed. out_chain_id may be NULL.
 * Errors: IK_EINVAL, IK_ENOTFOUND, IK_EEXIST, IK_EJSON, IK_ESCHEMA, IK_EUTF8, IK_EHANDLE. */
int ik_canvas_add_chain(ik_canvas *canvas, const char *chain_json, size_t len, char **out_chain_id, ik_error *error);
/* Removes impact chain `chain_id`. Errors: IK_EINVAL, IK_EUTF8, IK_ENOTFOUND, IK_EHANDLE. */
int ik_canvas_remove_chain(ik_canvas *canvas, const char *chain_id, ik_error *error);
/* DESTRUCTOR. NULL is a no-op. */
void ik_canvas_free(ik_canvas *canvas);

/* ---- Journey: one group's canvases over time, with learning outcomes and evidence ------------------------------- */

/* Canvases at successive moments (labels unique, dates increasing), the programme's learning outcomes and the
 * evidence linked to them (LIM §6, §9.3, §10). Report and export it as a document (ik_journey_to_document). */
typedef struct ik_journey ik_journey;

/* CONSTRUCTOR. A new journey without moments. id: NULL for a random one. *out: ik_journey_free.
 * Errors: IK_EINVAL (bad id, empty title), IK_EUTF8, IK_ERANGE (options). */
int ik_journey_new(ik_journey **out, const char *id, const char *title, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. A journey to build on from a document of kind journey (a copy). Errors: IK_EINVAL, IK_EHANDLE,
 * IK_ENOTSUP. */
int ik_journey_from_document(ik_journey **out, const ik_document *doc, ik_error *error);
/* CONSTRUCTOR. A document holding the journey as it is now (a copy). *out: ik_document_free. */
int ik_journey_to_document(ik_document **out, const ik_journey *journey, ik_error *error);
/* Appends a copy of canvas document `canvas` as the next moment: it needs a moment label and id not yet in the
 * journey and (when dated) a date after the last dated moment. Errors: IK_ENOTSUP (not a canvas), IK_EINVAL (out
 * of order), IK_ESCHEMA (no moment), IK_EEXIST, IK_EHANDLE. */
int ik_journey_add_moment(ik_journey *journey, const ik_document *canvas, ik_error *error);
/* Lists a learning outcome (LIM §10.2). category: "impact", "process", "reflective" or NULL.
 * Errors: IK_EINVAL, IK_EUTF8, IK_EEXIST, IK_EHANDLE. */
int ik_journey_add_outcome(ik_journey *journey, const char *outcome_id, const char *title, const char *category,
                           ik_error *error);
/* Links outcome `outcome_id` to evidence at moment `moment_label`: a placement (placement_id), a reflection answer
 * (question_id), or with both NULL the whole canvas of that moment, with a justification. Errors: IK_EINVAL,
 * IK_EUTF8, IK_ENOTFOUND (outcome, moment, placement, no such answer there), IK_EEXIST (the same link twice). */
int ik_journey_link_evidence(ik_journey *journey, const char *outcome_id, const char *moment_label,
                             const char *placement_id, const char *question_id, const char *justification,
                             ik_error *error);
/* Compares moment `from_label` with the later `to_label` (NULL: the first and the last), as ik_document_compare.
 * Errors: IK_EINVAL (fewer than two moments, from not before to), IK_ENOTFOUND (label), IK_EUTF8, IK_EHANDLE. */
int ik_journey_compare(const ik_journey *journey, const char *from_label, const char *to_label,
                       const ik_report_options *ropts, char **out_report, ik_error *error);
/* Since 1.2. The journey's revision as it is now (as ik_document_revision of ik_journey_to_document's copy).
 * *out_revision: ik_free. Errors: IK_EINVAL (out_revision NULL), IK_EHANDLE. */
int ik_journey_revision(const ik_journey *journey, char **out_revision, ik_error *error);
/* Since 1.2. Applies a batch of journey operations (a JSON array of ops_len bytes;
 * schema/journey-operations.schema.json), all or nothing, as ik_canvas_apply does for a canvas:
 * {"op": "moment", "canvas": {canvas document}, "position"?}, "unmoment" (label), "edit" (moment, ops: canvas
 * operations on that moment's canvas), "outcome" (id, title, category?, position?), "unoutcome" (id), "link"
 * (outcome, moment, placement?, question?, justification, position?), "unlink", "title", "group", "programme".
 * An edit that would leave an evidence link without its placement or answer, or take away a moment or outcome
 * evidence is linked to, is refused (IK_EINVAL: unlink it first). base_revision (may be NULL) is the journey's
 * revision (ik_journey_revision) the operations were made on: one on something gone since is IK_ECONFLICT.
 * out_undo (may be NULL) receives the operations that undo the batch (ik_free); they put moments, outcomes and
 * links back where they were. Errors: those of each edit with the pointer of the operation ("/1/ops/0/id"),
 * IK_ECONFLICT, IK_ERANGE (position), IK_EJSON, IK_ELIMIT, IK_EUTF8, IK_EHANDLE. On error nothing changed. */
int ik_journey_apply(ik_journey *journey, const char *ops_json, size_t ops_len, const char *base_revision,
                     char **out_undo, ik_error *error);
/* DESTRUCTOR. NULL is a no-op. */
void ik_journey_free(ik_journey *journey);

/* ---- Cohort: a coach's view over many groups ------------------------------------------------------------------- */

/* Canvases and journeys are added one at a time and not kept: memory holds counters and the groups that need
 * attention, however many documents are added (LIM §9.1). */
typedef struct ik_cohort ik_cohort;

#define IK_COHORT_THRESHOLDS_VERSION 1

/* When a group needs attention: its latest canvas has more than max_empty_domains empty domains; a canvas from
 * moment results_expected_from_moment (1-based) on has fewer than min_result_cards result cards; or from one
 * moment to the next fewer than min_cards_added cards were added and no domain became covered. */
typedef struct ik_cohort_thresholds {
    unsigned int version;               /* IK_COHORT_THRESHOLDS_VERSION */
    int max_empty_domains;              /* default 0 */
    int min_result_cards;               /* default 1 */
    int results_expected_from_moment;   /* default 2 (e.g. "by week 5") */
    int min_cards_added;                /* default 1 */
} ik_cohort_thresholds;

#define IK_COHORT_THRESHOLDS_INIT { IK_COHORT_THRESHOLDS_VERSION, 0, 1, 2, 1 }

/* Fills *thresholds with the defaults. Errors: IK_EINVAL (NULL), IK_ERANGE (version unsupported). */
int ik_cohort_thresholds_init(ik_cohort_thresholds *thresholds, unsigned int version);
/* CONSTRUCTOR. thresholds: NULL for the defaults. opts: limits for the documents added later, and the default
 * report language. *out: ik_cohort_free. Errors: IK_EINVAL, IK_ERANGE (a threshold out of range, bad version). */
int ik_cohort_new(ik_cohort **out, const ik_cohort_thresholds *thresholds, const ik_options *opts, ik_error *error);
/* Adds one canvas or journey document of len bytes, labelled `source` (e.g. its file name; NULL: "#n"). A document
 * that cannot be read returns its error AND is listed under "skipped" in the report, so a run over many files can
 * go on; the figures are unchanged by it. Errors: every IK_E* code of the document, IK_EHANDLE. */
int ik_cohort_add_json(ik_cohort *cohort, const char *source, const char *json, size_t len, ik_error *error);
/* Since 1.3. Adds every document of the folder `path` (bytes as the system has them): its *.json files, hidden
 * ones left out, in the byte order of their names, each labelled with its name — as the CLI, Python and PHP read a
 * folder. A file that cannot be read (IK_EIO), is over max_document_bytes (IK_ELIMIT, not read) or is refused is
 * listed under "skipped" and the run goes on; IK_OK then still. *out_added (may be NULL): the documents added.
 * *out_skipped (may be NULL; ik_free): this call's skipped files as a JSON array of {"source", "code", "symbol",
 * "message", "path"}: "code" the number (-2), "symbol" its name ("IK_EJSON"), which the report's "skipped" gives
 * as its "code". Errors: IK_EINVAL (NULL or empty path), IK_EIO (the folder cannot be listed: nothing
 * added), IK_EHANDLE. */
int ik_cohort_add_directory(ik_cohort *cohort, const char *path, size_t *out_added, char **out_skipped,
                            ik_error *error);
/* Since 1.3. What a long call reports as it goes: `done` of `total` steps (here: the folder's documents folded in so
 * far), with the host's `context`. Called on the thread that made the call, never at once from two threads, so a
 * host may update its own progress bar from it; it must not use the handle the call is working on (such calls
 * return IK_EINVAL; ik_cohort_free is put off until the call returns). */
typedef void (*ik_progress_fn)(void *context, size_t done, size_t total);
/* Since 1.3. As ik_cohort_add_directory, reading, hashing and summarising the files on `jobs` threads (1: the
 * calling thread only; 0: one per processor online; at most 256), a batch at a time, and folding them in name order
 * on the calling thread: the report is byte for byte that of ik_cohort_add_directory for any `jobs`. The threads
 * are the library's own, started and joined within the call. progress (may be NULL) is called after each document
 * with context. Errors: those of ik_cohort_add_directory, IK_ERANGE (jobs over 256), IK_EINVAL (called from a
 * progress callback of the same cohort). */
int ik_cohort_add_directory_jobs(ik_cohort *cohort, const char *path, unsigned int jobs, ik_progress_fn progress,
                                 void *context, size_t *out_added, char **out_skipped, ik_error *error);
/* Makes later ik_cohort_add_json calls read a document only when the cache has no summary of its exact bytes
 * (keyed by their SHA-256): a coach's weekly re-run reads only what changed, and reports byte for byte what a run
 * without the cache reports. cache_json: what ik_cohort_cache_json gave after an earlier run (the host keeps it, in
 * a file or a database), or NULL with len 0 to start an empty cache. A cache from another library version, for
 * other reading limits, or damaged in any way is refused as a whole with the reason (IK_ESCHEMA, IK_EJSON, …) and
 * the cohort stays without one: call again with NULL to start afresh. Errors: IK_EHANDLE, those of the cache. */
int ik_cohort_use_cache(ik_cohort *cohort, const char *cache_json, size_t len, ik_error *error);
/* Since 1.3. The key (key_len >= 16 bytes, a secret the host keeps) that seals the cache: ik_cohort_use_cache then
 * trusts only a cache sealed with it (HMAC-SHA256 over the content) and ik_cohort_cache_json seals with it. Without
 * a key a cache carries the SHA-256 of its content, which finds damage but not an edit by someone who can write
 * the cache and recompute it; a cache written before 1.3 has no seal and is not used (the run rebuilds it). Call
 * before ik_cohort_use_cache; NULL with 0 removes the key. Errors: IK_EINVAL (shorter than 16 bytes, a cache already
 * in use), IK_EHANDLE. */
int ik_cohort_set_cache_key(ik_cohort *cohort, const void *key, size_t key_len, ik_error *error);
/* The cache to keep for the next run: a summary per document added since ik_cohort_use_cache (documents not added
 * this time are dropped; a document that could not be read is never cached). Compact JSON. *out_json: ik_free.
 * Errors: IK_EINVAL (no cache in use), IK_EHANDLE. */
int ik_cohort_cache_json(const ik_cohort *cohort, char **out_json, ik_error *error);
/* The cohort report ("schema": "impactkit/cohort-report/1"): thresholds, counts, per domain and field the groups
 * and cards (the heat map of the latest moments), the distribution of covered domains, the groups that need
 * attention with coded reasons, and the skipped documents. *out_report: ik_free. */
int ik_cohort_evaluate(const ik_cohort *cohort, const ik_report_options *ropts, char **out_report, ik_error *error);
/* The same report as text for people. *out_text: ik_free. */
int ik_cohort_report_text(const ik_cohort *cohort, const ik_report_options *ropts, char **out_text, ik_error *error);
/* IK_EXPERIMENTAL. The heat map as SVG: domains × fields shaded by the share of groups with cards there. */
IK_EXPERIMENTAL int ik_cohort_render_svg(const ik_cohort *cohort, const ik_report_options *ropts, char **out_svg, ik_error *error);
/* The heat map as CSV: per domain and field the cards, groups with cards, share of groups (4 decimals) and groups
 * using the domain. *out_csv: ik_free. */
int ik_cohort_to_csv(const ik_cohort *cohort, const ik_report_options *ropts, char **out_csv, ik_error *error);
/* DESTRUCTOR. NULL is a no-op. */
void ik_cohort_free(ik_cohort *cohort);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTKIT_H */
