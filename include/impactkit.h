/*
 * impactkit.h — the C API of ImpactKit: make the impact of hybrid learning environments visible.
 *
 * This header is the contract. It is plain C99 (no includes beyond <stddef.h>, no compiler extensions) so that
 * C compilers, Python ctypes and PHP FFI can all read it. The library implements every declaration in Swift
 * with `@c @implementation`, so the compiler checks each implementation against this file.
 *
 * Conventions (the same for every document type):
 *   - Functions that can fail return an int status: IK_OK (0) or a negative IK_E* code. Results go through
 *     out-parameters: first for constructors and free functions (ik_canvas_from_json(&canvas, ...)), after
 *     the inputs for functions that act on a handle, whose handle comes first (ik_canvas_to_json(canvas,
 *     &json, ...)). The ik_error comes last. On failure out-parameters are set to NULL and nothing changed.
 *   - ik_error *error may be NULL. When given, it is cleared on success and filled on failure with the code, a
 *     message (English, UTF-8, NUL-terminated, truncated at a character boundary), the JSON pointer (RFC 6901)
 *     of the offending value ("" for the whole document or an argument) and, for JSON syntax errors, the
 *     1-based line and column (0 otherwise). No global or thread-local state is involved.
 *   - Ownership: handles (ik_canvas *) are released with their ik_<type>_free function, which accepts NULL.
 *     Every char * the library returns is NUL-terminated UTF-8 and released with ik_free. Every json_t * the
 *     library returns is a new reference that the caller releases with json_decref. Input pointers are only
 *     borrowed for the duration of the call.
 *   - Input: documents are UTF-8 with an explicit length (they need not be NUL-terminated). Short arguments
 *     (ids, titles, notes) are NUL-terminated UTF-8. Invalid UTF-8 gives IK_EUTF8.
 *   - Thread safety: the library has no mutable global state. Different handles may be used from different
 *     threads at the same time. One handle may be read (const functions) from several threads at once, but a
 *     call that changes it (non-const handle parameter) needs the caller's lock.
 *   - Limits on input size, nesting depth, string length and element count are set in ik_options; inputs over
 *     a limit give IK_ELIMIT and are not read.
 */
#ifndef IMPACTKIT_H
#define IMPACTKIT_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Version ------------------------------------------------------------------------------------------- */

#define IK_VERSION_MAJOR 0
#define IK_VERSION_MINOR 3
#define IK_VERSION_PATCH 0
#define IK_VERSION_STRING "0.3.0"

/* The library's version as "MAJOR.MINOR.PATCH". Static storage: do not free. Never fails. */
const char *ik_version(void);

/* ---- Status codes -------------------------------------------------------------------------------------- */

#define IK_OK        0   /* success */
#define IK_EINVAL   -1   /* invalid argument: NULL where a value is needed, malformed id, card in wrong field */
#define IK_EJSON    -2   /* not JSON: syntax error, truncated, duplicate key, NUL character */
#define IK_ESCHEMA  -3   /* JSON, but not a valid document: wrong type, missing field, unsupported schema id */
#define IK_ENOTFOUND -4  /* unknown id: card, domain, field, placement, question, template */
#define IK_EEXIST   -5   /* id already in use, or the same card already in that field */
#define IK_ERANGE   -6   /* number out of range (also integers beyond 64 bits in a document) */
#define IK_ELIMIT   -7   /* input over a configured limit (size, depth, string length, element count) */
#define IK_ENOMEM   -8   /* out of memory */
#define IK_EHANDLE  -9   /* not a live handle of the expected type (detected where possible) */
#define IK_EUTF8   -10   /* a string is not valid UTF-8 */
#define IK_ENOTSUP -11   /* the document type does not support the operation (a change log has no xAPI) */

/* The symbolic name of a status code ("IK_ENOTFOUND"), or "IK_UNKNOWN". Static storage: do not free. */
const char *ik_strerror(int code);

/* ---- Errors -------------------------------------------------------------------------------------------- */

#define IK_ERROR_PATH_LENGTH 128
#define IK_ERROR_MESSAGE_LENGTH 256

typedef struct ik_error {
    int code;                                 /* the IK_E* code, IK_OK after success */
    int line;                                 /* 1-based line of a JSON syntax error, else 0 */
    int column;                               /* 1-based column of a JSON syntax error, else 0 */
    char path[IK_ERROR_PATH_LENGTH];          /* JSON pointer of the offending value, "" if none */
    char message[IK_ERROR_MESSAGE_LENGTH];    /* what went wrong, for people */
} ik_error;

/* ---- Options ------------------------------------------------------------------------------------------- */

#define IK_OPTIONS_VERSION 1

/* Host settings. Pass NULL for defaults, or initialise with IK_OPTIONS_INIT / ik_options_init and change
 * fields. A zero limit means "the default". */
typedef struct ik_options {
    unsigned int version;       /* IK_OPTIONS_VERSION; lets later versions add fields compatibly */
    const char *lang;           /* "nl" or "en" (also "nl-NL" etc.) for report texts; NULL = "en" */
    size_t max_document_bytes;  /* largest document; default 16 MiB */
    size_t max_depth;           /* deepest nesting of arrays/objects; default 64, at most 512 */
    size_t max_string_bytes;    /* longest string or key; default 64 KiB */
    size_t max_elements;        /* most members of one array or object; default 100000 */
} ik_options;

#define IK_OPTIONS_INIT { IK_OPTIONS_VERSION, NULL, 0, 0, 0, 0 }

/* Fills *opts with defaults for the given IK_OPTIONS_VERSION (for bindings that cannot use the macro).
 * Errors: IK_EINVAL (opts NULL), IK_ERANGE (version unsupported). */
int ik_options_init(ik_options *opts, unsigned int version);

/* ---- Memory -------------------------------------------------------------------------------------------- */

/* Releases a string (or other buffer) returned by the library. NULL is a no-op. */
void ik_free(void *p);

/* ---- Report options -------------------------------------------------------------------------------------- */

#define IK_REPORT_OPTIONS_VERSION 1

/* How a report, picture, table or statement set is made, given to the document verbs below. NULL for defaults,
 * or initialise with IK_REPORT_OPTIONS_INIT / ik_report_options_init and change fields. */
typedef struct ik_report_options {
    unsigned int version;        /* IK_REPORT_OPTIONS_VERSION */
    const char *lang;            /* "nl" or "en"; NULL = the lang the document was opened with (ik_options), else "en" */
    const char *as_of;           /* "YYYY-MM-DD" the report is read on (Kirkpatrick plans); NULL = today (UTC) */
    const char *dimensions;      /* change logs: IDG dimensions whose share is stated, comma-separated; NULL = */
                                 /* "relating,collaborating" (seed 001) */
    const char *xapi_settings;   /* ik_document_to_xapi: a JSON object {"homepage": …}; read with the document's */
    size_t xapi_settings_len;    /* limits */
} ik_report_options;

#define IK_REPORT_OPTIONS_INIT { IK_REPORT_OPTIONS_VERSION, NULL, NULL, NULL, NULL, 0 }

/* Fills *opts with defaults for the given IK_REPORT_OPTIONS_VERSION (for bindings that cannot use the macro).
 * Errors: IK_EINVAL (opts NULL), IK_ERANGE (version unsupported). */
int ik_report_options_init(ik_report_options *opts, unsigned int version);

/* ---- Documents ------------------------------------------------------------------------------------------- */

/* Any ImpactKit document: canvas, journey, change log, Kirkpatrick plan, Actiescan, Fasemodel, LIN plan,
 * factsheet, IWP model. One handle and one set of verbs for all of them; a verb a type does not have gives
 * IK_ENOTSUP. See schema/ and docs/json-reference.md for every document and report. */
typedef struct ik_document ik_document;

/* jansson's value type; declared here so this header needs no other header. */
struct json_t;

/* CONSTRUCTOR. Reads any ImpactKit document; its "schema" member picks the type. All or nothing. opts->lang
 * becomes the document's default report language. *out: ik_document_free.
 * Errors: IK_EINVAL, IK_EJSON, IK_ESCHEMA (unknown schema, invalid document), IK_ENOTFOUND, IK_EEXIST, IK_ERANGE,
 * IK_ELIMIT, IK_EUTF8 — each with the JSON pointer of the offending value. */
int ik_document_from_json(ik_document **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. The same from a borrowed jansson value (not changed, not kept). */
int ik_document_from_jansson(ik_document **out, const struct json_t *json, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. A new document of `kind` ("kirkpatrick", "actiescan", "fasemodel", "lin", "factsheet", "iwp" or
 * a schema id) prefilled with what the seed gives, texts in opts->lang. Errors: IK_EINVAL, IK_EUTF8,
 * IK_ENOTFOUND (unknown kind), IK_ENOTSUP (canvas, journey and change log have constructors of their own). */
int ik_document_template(ik_document **out, const char *kind, const ik_options *opts, ik_error *error);
/* The document's schema id ("impactkit/canvas/1"); static storage, do not free. NULL when `doc` is not a live
 * document handle. Never fails otherwise. */
const char *ik_document_kind(const ik_document *doc);
/* The document as JSON text (stable key order, unknown members kept). *out_json: ik_free. */
int ik_document_to_json(const ik_document *doc, char **out_json, ik_error *error);
/* The document as a new jansson value (json_decref it). */
int ik_document_to_jansson(const ik_document *doc, struct json_t **out_json, ik_error *error);
/* The report as JSON ("schema": "impactkit/<kind>-report/1"). *out_report: ik_free.
 * Errors: IK_EINVAL (bad options: unknown lang or dimension), IK_ERANGE (as_of not a date), IK_EUTF8, IK_EHANDLE. */
int ik_document_evaluate(const ik_document *doc, const ik_report_options *ropts, char **out_report, ik_error *error);
/* The same report as text for people. *out_text: ik_free. Errors: as ik_document_evaluate. */
int ik_document_report_text(const ik_document *doc, const ik_report_options *ropts, char **out_text, ik_error *error);
/* IK_EXPERIMENTAL. The document as an SVG picture: a canvas as the A1 poster, a journey's progress, an Actiescan
 * radar, a change log's IDG bars. *out_svg: ik_free. Errors: IK_ENOTSUP (other kinds), as ik_document_evaluate. */
int ik_document_render_svg(const ik_document *doc, const ik_report_options *ropts, char **out_svg, ik_error *error);
/* The document as an RFC 4180 table: placements of a canvas or of every moment of a journey, a change log's
 * changes. *out_csv: ik_free. Errors: IK_ENOTSUP (other kinds), as ik_document_evaluate. */
int ik_document_to_csv(const ik_document *doc, const ik_report_options *ropts, char **out_csv, ik_error *error);
/* IK_EXPERIMENTAL. xAPI 1.0.3 statements (a JSON array) for a canvas or journey, made with
 * ropts->xapi_settings (required). *out_json: ik_free. Errors: IK_ENOTSUP (other kinds), IK_EINVAL (no settings),
 * IK_EJSON / IK_ESCHEMA / IK_ERANGE (settings, with their JSON pointer), as ik_document_evaluate. */
int ik_document_to_xapi(const ik_document *doc, const ik_report_options *ropts, char **out_json, ik_error *error);
/* DESTRUCTOR. NULL, and pointers that are not live document handles, are ignored. */
void ik_document_free(ik_document *doc);

/* ---- Templates and the card catalog -------------------------------------------------------------------- */

/* The built-in canvas template `template_id` ("lim": Impact in Beeld) as a JSON document
 * ("schema": "impactkit/template/1"): its domains with nl/en names and central questions, and its card deck
 * with stable ids, kinds and nl/en texts. A host may edit it and pass it to ik_canvas_new as its own template.
 * *out_json: ik_free. Errors: IK_EINVAL (NULL), IK_EUTF8, IK_ENOTFOUND (no such template). */
int ik_template_builtin(char **out_json, const char *template_id, ik_error *error);

/* ---- Canvas -------------------------------------------------------------------------------------------- */

/* A filled LIM canvas: domains × fields (activity / place / result), cards laid in them, team, moment,
 * reflection answers. Document: "schema": "impactkit/canvas/1". */
typedef struct ik_canvas ik_canvas;

/* CONSTRUCTOR. A new empty canvas with a random id and the given title.
 * template_json: NULL (with template_len 0) for the built-in LIM template, or a template document of
 * template_len bytes (see ik_template_builtin), copied into the canvas.
 * *out: ik_canvas_free. Errors: IK_EINVAL, IK_EUTF8, IK_EJSON, IK_ESCHEMA, IK_ELIMIT, IK_ERANGE (options). */
int ik_canvas_new(ik_canvas **out, const char *title, const char *template_json, size_t template_len,
                  const ik_options *opts, ik_error *error);

/* CONSTRUCTOR. Reads a canvas document of len bytes. Unknown fields are kept and written back unchanged.
 * All or nothing: on any error *out is NULL.
 * *out: ik_canvas_free. Errors: every IK_E* code except IK_EHANDLE. */
int ik_canvas_from_json(ik_canvas **out, const char *json, size_t len, const ik_options *opts, ik_error *error);

/* CONSTRUCTOR. As ik_canvas_from_json, from a jansson value. The caller keeps its reference to json. */
int ik_canvas_from_jansson(ik_canvas **out, const struct json_t *json, const ik_options *opts, ik_error *error);

/* The canvas as a JSON document: two-space indentation, known keys in a fixed order, unknown keys after them
 * in the order they were read, final newline. *out_json: ik_free. Errors: IK_EINVAL, IK_EHANDLE, IK_ENOMEM. */
int ik_canvas_to_json(const ik_canvas *canvas, char **out_json, ik_error *error);

/* The canvas as a new jansson value (json_decref it). Errors: IK_EINVAL, IK_EHANDLE, IK_ENOMEM. */
int ik_canvas_to_jansson(const ik_canvas *canvas, struct json_t **out_json, ik_error *error);

/* Lays card `card_id` (from the template's deck or the group's own cards) in `field` ("activity", "place" or
 * "result") of domain `domain_id`, with an optional note (NULL for none). Activity cards go in "activity",
 * location cards in "place", result cards in "result", blank cards anywhere.
 * out_placement_id may be NULL; else *out_placement_id receives the new placement's id (ik_free).
 * Errors: IK_EINVAL (NULL, wrong field for the card), IK_EUTF8, IK_ENOTFOUND (card, domain or field),
 * IK_EEXIST (the card already lies in that field), IK_EHANDLE. On error the canvas is unchanged. */
int ik_canvas_place(ik_canvas *canvas, const char *card_id, const char *domain_id, const char *field,
                    const char *note, char **out_placement_id, ik_error *error);

/* As ik_canvas_place, with a free text instead of a card (the variant without cards, LIM §8.1). */
int ik_canvas_place_text(ik_canvas *canvas, const char *text, const char *domain_id, const char *field,
                         const char *note, char **out_placement_id, ik_error *error);

/* Takes placement `placement_id` off the canvas. Errors: IK_EINVAL, IK_EUTF8, IK_ENOTFOUND, IK_EHANDLE. */
int ik_canvas_unplace(ik_canvas *canvas, const char *placement_id, ik_error *error);

/* The placements as a JSON array of {"id", "card" | "text", "domain", "field", "note"?} in the order laid.
 * *out_json: ik_free. Errors: IK_EINVAL, IK_EHANDLE. */
int ik_canvas_placements(const ik_canvas *canvas, char **out_json, ik_error *error);

/* Adds a card the group wrote itself. kind: "activity", "location", "result" or "blank" (NULL = "blank").
 * card_id must not be used by the template's deck or another own card.
 * Errors: IK_EINVAL, IK_EUTF8, IK_EEXIST, IK_EHANDLE. */
int ik_canvas_add_card(ik_canvas *canvas, const char *card_id, const char *kind, const char *text,
                       ik_error *error);

/* Every card the group can lay (the template's deck, then its own cards) as a JSON array of
 * {"id", "kind", "text": {"nl", "en"}, "custom"}. *out_json: ik_free. Errors: IK_EINVAL, IK_EHANDLE. */
int ik_canvas_cards(const ik_canvas *canvas, char **out_json, ik_error *error);

/* Records the answer to reflection question `question_id` (e.g. "lim.students.gain"), by person `by` (NULL
 * for the group). Replaces an earlier answer of the same person to the same question.
 * Errors: IK_EINVAL, IK_EUTF8, IK_ENOTFOUND (question), IK_EHANDLE. */
int ik_canvas_answer(ik_canvas *canvas, const char *question_id, const char *answer, const char *by,
                     ik_error *error);

/* Evaluates the canvas and returns the report document ("schema": "impactkit/canvas-report/1"): counts per
 * domain and field, coverage, palette, strongest and weakest domain (by card count, every tie named), and the
 * LIM §7.4 reflection questions tied to what the canvas shows, the question set of its variant and purpose, and
 * under "impact" the LIM §3 figures (spheres, intended/unintended, valued by, direct/indirect, co-creation,
 * chains) with gap prompts; texts in opts->lang. *out_report: ik_free.
 * Errors: IK_EINVAL, IK_EHANDLE, IK_ERANGE (options). */
int ik_canvas_evaluate(const ik_canvas *canvas, const ik_options *opts, char **out_report, ik_error *error);

/* The same evaluation as text for people, in opts->lang. *out_text: ik_free. */
int ik_canvas_report_text(const ik_canvas *canvas, const ik_options *opts, char **out_text, ik_error *error);

/* DESTRUCTOR. Releases the canvas. NULL is a no-op. */
void ik_canvas_free(ik_canvas *canvas);

/* Withdraws the answer of `by` (NULL: the group) to question `question_id`.
 * Errors: IK_EINVAL, IK_EUTF8, IK_ENOTFOUND (no such answer), IK_EHANDLE. */
int ik_canvas_unanswer(ik_canvas *canvas, const char *question_id, const char *by, ik_error *error);

/* Chooses how the canvas is used: variant "standard", "without-cards", "selected-domains", "coaches" or
 * "stakeholders", and for student variants an optional didactic purpose: "introduction" (LIM §7.2, first
 * use), "monitor-process", "impact-conversation", "reflection-accountability" (§9) or NULL. Together they
 * pick the question set.
 * Errors: IK_EINVAL (unknown variant or purpose; a purpose with the coaches or stakeholders variant), IK_EUTF8,
 * IK_EHANDLE. On error the canvas is unchanged. */
int ik_canvas_use(ik_canvas *canvas, const char *variant, const char *purpose, ik_error *error);

/* LIM §8.2, working on one or some domains: `domains` is a comma-separated list of the template's domain ids
 * (e.g. "target-group,partners"); the canvas switches to the "selected-domains" variant, keeping its purpose.
 * NULL selects all domains again (and a "selected-domains" canvas goes back to "standard").
 * Errors: IK_EINVAL (empty list; a placement would be left in a domain no longer selected), IK_ENOTFOUND
 * (unknown domain), IK_EEXIST (a domain twice), IK_EUTF8, IK_EHANDLE. On error the canvas is unchanged. */
int ik_canvas_select_domains(ik_canvas *canvas, const char *domains, ik_error *error);

/* CONSTRUCTOR. A canvas handle to edit, from a document handle of kind canvas (a copy; the document stays as it
 * is). *out: ik_canvas_free. Errors: IK_EINVAL (NULL), IK_EHANDLE, IK_ENOTSUP (the document is not a canvas). */
int ik_canvas_from_document(ik_canvas **out, const ik_document *doc, ik_error *error);
/* CONSTRUCTOR. A document handle holding the canvas as it is now (a copy; edits to the canvas after this do not
 * reach it). The canvas's open options carry over. *out: ik_document_free. Errors: IK_EINVAL, IK_EHANDLE. */
int ik_canvas_to_document(ik_document **out, const ik_canvas *canvas, ik_error *error);

/* Compares an earlier canvas `from` with a later one `to` (LIM §6: progress between moments) and returns the
 * comparison document ("schema": "impactkit/comparison/1"): cards added, removed and moved per domain and
 * field, domains newly covered or no longer covered, the change in the palette, a summary in opts->lang, and
 * under "not_compared" what could not be compared (domains not in use or not in the template at one moment,
 * differing variants). Cards match by card id, free texts by exact text. *out_report: ik_free.
 * Errors: IK_EINVAL, IK_EHANDLE, IK_ERANGE (options). */
int ik_canvas_compare(const ik_canvas *from, const ik_canvas *to, const ik_options *opts, char **out_report,
                      ik_error *error);

/* ---- Impact (LIM §3): effects, interactions, chains ----------------------------------------------------- */

/* Sets the effect of result placement `placement_id` from a JSON object of len bytes:
 * {"intended": true|false, "valence": "positive"|"negative", "valued_by": [stakeholder, ...],
 *  "spheres": ["education"|"research"|"practice"|"society", ...]} — every member optional (absent = not recorded).
 * Stakeholders: "students", "target-group", "work-field-partners", "teachers", "researchers", "policy-makers",
 * "other". effect_json NULL (len 0) clears the effect. The evaluation reports the figures under "impact".
 * Errors: IK_EINVAL (not a result placement, unknown sphere/stakeholder/valence), IK_ENOTFOUND (placement),
 * IK_EEXIST (a value listed twice), IK_EJSON, IK_ESCHEMA (wrong type; the path names the member), IK_EUTF8,
 * IK_ELIMIT, IK_EHANDLE. On error the canvas is unchanged. */
int ik_canvas_set_effect(ik_canvas *canvas, const char *placement_id, const char *effect_json, size_t len,
                         ik_error *error);

/* Sets the interaction of activity placement `placement_id`: {"mode": "direct"|"indirect", "carrier": "report"
 * (indirect only), "partners": [stakeholder, ...]} (co-creation partners), every member optional; NULL clears.
 * Errors: as ik_canvas_set_effect (IK_EINVAL also for a carrier with "direct"). */
int ik_canvas_set_interaction(ik_canvas *canvas, const char *placement_id, const char *interaction_json,
                              size_t len, ik_error *error);

/* Adds an impact chain: {"activity": placement id, "places": [ids], "results": [ids], "note": text, "id": id}
 * ("id" optional: the next free "c<n>"). The activity must lie in an activity field, places in place fields,
 * results in result fields (any domain); at least one place or result. A placement in a chain cannot be
 * unplaced until the chain is removed. out_chain_id may be NULL; else the chain's id (ik_free).
 * Errors: IK_EINVAL, IK_ENOTFOUND (placement), IK_EEXIST (chain id, a placement twice), IK_EJSON, IK_ESCHEMA,
 * IK_EUTF8, IK_EHANDLE. */
int ik_canvas_add_chain(ik_canvas *canvas, const char *chain_json, size_t len, char **out_chain_id,
                        ik_error *error);

/* Removes impact chain `chain_id`. Errors: IK_EINVAL, IK_EUTF8, IK_ENOTFOUND, IK_EHANDLE. */
int ik_canvas_remove_chain(ik_canvas *canvas, const char *chain_id, ik_error *error);

/* ---- Question sets ------------------------------------------------------------------------------------- */

/* The reflection and didactic questions for a variant (NULL = "standard") and purpose (NULL = none) as a
 * document ("schema": "impactkit/questions/1"): {"variant", "purpose", "questions": [{"id", "section",
 * "text": {"nl", "en"}}]}. Ids are stable; answers refer to them. *out_json: ik_free.
 * Errors: IK_EINVAL (NULL out_json, unknown variant/purpose, purpose with coaches/stakeholders), IK_EUTF8. */
int ik_questions(const char *variant, const char *purpose, char **out_json, ik_error *error);

/* ---- Journey ------------------------------------------------------------------------------------------- */

/* One group's canvases at successive moments, the programme's learning outcomes and the evidence linked to
 * them (LIM §6, §9.3, §10). Document: "schema": "impactkit/journey/1"; its "moments" are canvas documents in
 * time order, each with a moment label unique in the journey (dates, when given, strictly increasing). */
typedef struct ik_journey ik_journey;

/* CONSTRUCTOR. A new journey without moments. id: NULL for a random one. *out: ik_journey_free.
 * Errors: IK_EINVAL (NULL out or title, bad id, empty title), IK_EUTF8, IK_ERANGE (options). */
int ik_journey_new(ik_journey **out, const char *id, const char *title, const ik_options *opts, ik_error *error);

/* CONSTRUCTOR. Reads a journey document of len bytes; all or nothing. Errors carry the JSON pointer, e.g.
 * "/moments/1/moment/date" for moments out of order, "/evidence/0/outcome" for an unknown outcome.
 * *out: ik_journey_free. Errors: every IK_E* code except IK_EHANDLE. */
int ik_journey_from_json(ik_journey **out, const char *json, size_t len, const ik_options *opts, ik_error *error);

/* CONSTRUCTOR. As ik_journey_from_json, from a jansson value. The caller keeps its reference. */
int ik_journey_from_jansson(ik_journey **out, const struct json_t *json, const ik_options *opts,
                            ik_error *error);

/* The journey as a JSON document (same layout rules as ik_canvas_to_json). *out_json: ik_free. */
int ik_journey_to_json(const ik_journey *journey, char **out_json, ik_error *error);

/* The journey as a new jansson value (json_decref it). */
int ik_journey_to_jansson(const ik_journey *journey, struct json_t **out_json, ik_error *error);

/* Appends a copy of `canvas` as the next moment. The canvas needs a moment label not yet in the journey, an id
 * not yet in it, and (when dated) a date after the last dated moment. The caller keeps its canvas.
 * Errors: IK_EINVAL (NULL, out of order), IK_ESCHEMA (canvas without moment), IK_EEXIST, IK_EHANDLE. */
int ik_journey_add_moment(ik_journey *journey, const ik_canvas *canvas, ik_error *error);

/* Lists a learning outcome of the programme (LIM §10.2). category: "impact", "process", "reflective" or NULL.
 * Errors: IK_EINVAL, IK_EUTF8, IK_EEXIST (id in use), IK_EHANDLE. */
int ik_journey_add_outcome(ik_journey *journey, const char *outcome_id, const char *title, const char *category,
                           ik_error *error);

/* Links outcome `outcome_id` to evidence at moment `moment_label`: a placement (placement_id), a reflection
 * answer (question_id), or, with both NULL, the whole canvas of that moment; with a justification.
 * Errors: IK_EINVAL (both ids given, empty justification), IK_EUTF8, IK_ENOTFOUND (outcome, moment, placement,
 * or no answer to that question at that moment), IK_EEXIST (the same link twice), IK_EHANDLE. */
int ik_journey_link_evidence(ik_journey *journey, const char *outcome_id, const char *moment_label,
                             const char *placement_id, const char *question_id, const char *justification,
                             ik_error *error);

/* Compares moment `from_label` with the later moment `to_label` (NULL: the first and the last moment); the
 * document is as ik_canvas_compare's. *out_report: ik_free.
 * Errors: IK_EINVAL (fewer than two moments, from not before to), IK_ENOTFOUND (label), IK_EUTF8, IK_EHANDLE. */
int ik_journey_compare(const ik_journey *journey, const char *from_label, const char *to_label,
                       const ik_options *opts, char **out_report, ik_error *error);

/* Evaluates the journey ("schema": "impactkit/journey-report/1"): per moment the figures and the questions of
 * its set (asked, answered, open), the comparison of each moment with the next (and first with last when there
 * are three or more), and an evidence summary per learning outcome (moments, pieces, domains).
 * *out_report: ik_free. Errors: IK_EINVAL, IK_EHANDLE, IK_ERANGE (options). */
int ik_journey_evaluate(const ik_journey *journey, const ik_options *opts, char **out_report, ik_error *error);

/* The same evaluation as text for people, in opts->lang. *out_text: ik_free. */
int ik_journey_report_text(const ik_journey *journey, const ik_options *opts, char **out_text, ik_error *error);

/* DESTRUCTOR. NULL is a no-op. */
void ik_journey_free(ik_journey *journey);

/* CONSTRUCTOR. A journey handle to build on, from a document handle of kind journey (a copy).
 * *out: ik_journey_free. Errors: IK_EINVAL (NULL), IK_EHANDLE, IK_ENOTSUP (the document is not a journey). */
int ik_journey_from_document(ik_journey **out, const ik_document *doc, ik_error *error);
/* CONSTRUCTOR. A document handle holding the journey as it is now (a copy). *out: ik_document_free. */
int ik_journey_to_document(ik_document **out, const ik_journey *journey, ik_error *error);

/* ---- Cohort -------------------------------------------------------------------------------------------- */

/* A coach's view over many groups (LIM §9.1). Documents (canvases or journeys) are added one at a time and not
 * kept: memory holds counters and the groups that need attention, however many documents are added. */
typedef struct ik_cohort ik_cohort;

#define IK_COHORT_THRESHOLDS_VERSION 1

/* When a group needs attention. A group is flagged when its latest canvas has more than max_empty_domains
 * empty domains; when a canvas from moment results_expected_from_moment (1-based) on has fewer than
 * min_result_cards result cards; or when from one moment to the next fewer than min_cards_added cards were
 * added and no domain became covered. */
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

/* CONSTRUCTOR. thresholds: NULL for the defaults. opts: limits for the documents added later.
 * *out: ik_cohort_free. Errors: IK_EINVAL, IK_ERANGE (a threshold outside its range, bad version). */
int ik_cohort_new(ik_cohort **out, const ik_cohort_thresholds *thresholds, const ik_options *opts,
                  ik_error *error);

/* Adds one document of len bytes, a canvas or a journey, labelled `source` (e.g. its file name; NULL: "#n").
 * A document that cannot be read returns its error AND is listed under "skipped" in the report, so a run over
 * many files can go on; the cohort's figures are unchanged by it.
 * Errors: every IK_E* code (of the document), IK_EHANDLE. */
int ik_cohort_add_json(ik_cohort *cohort, const char *source, const char *json, size_t len, ik_error *error);

/* The cohort report ("schema": "impactkit/cohort-report/1"): thresholds, group and moment counts, per domain
 * the groups covering it and per field the cards and groups with cards (the heat map, latest moments), the
 * distribution of covered domains, the groups that need attention with coded reasons and texts in opts->lang,
 * and the skipped documents with their errors. *out_report: ik_free. */
int ik_cohort_evaluate(const ik_cohort *cohort, const ik_options *opts, char **out_report, ik_error *error);

/* The same report as text for people, in opts->lang. *out_text: ik_free. */
int ik_cohort_report_text(const ik_cohort *cohort, const ik_options *opts, char **out_text, ik_error *error);

/* DESTRUCTOR. NULL is a no-op. */
void ik_cohort_free(ik_cohort *cohort);

/* ---- Change log: stakeholder changes, Inner Development Goals, SROI (seed 001) ------------------------- */

/* An SROI-route study: the five steps, stakeholder groups and (pseudonymous) people, and their changes classified
 * by IDG dimension and skill, with SDGs (1–17) and helix actors; optionally an SROI valuation.
 * Document: "schema": "impactkit/changelog/1". */
typedef struct ik_changelog ik_changelog;

/* CONSTRUCTOR. Reads a change-log document; all or nothing. Errors carry the JSON pointer (e.g.
 * "/changes/4/person" for an unknown person, "/changes/9/sdgs/0" for SDG 18, "/sroi/outcomes/0/deadweight" for
 * a percentage outside 0–100 or strictly between 0 and 1, a probable fraction: percentages are 0–100 in every
 * document). *out: ik_changelog_free. Errors: every IK_E* code except IK_EHANDLE. */
int ik_changelog_from_json(ik_changelog **out, const char *json, size_t len, const ik_options *opts,
                           ik_error *error);

/* CONSTRUCTOR. As ik_changelog_from_json, from a jansson value. The caller keeps its reference. */
int ik_changelog_from_jansson(ik_changelog **out, const struct json_t *json, const ik_options *opts,
                              ik_error *error);

/* The document (layout as ik_canvas_to_json). *out_json: ik_free. */
int ik_changelog_to_json(const ik_changelog *log, char **out_json, ik_error *error);

/* The document as a new jansson value (json_decref it). */
int ik_changelog_to_jansson(const ik_changelog *log, struct json_t **out_json, ik_error *error);

/* The report ("schema": "impactkit/changelog-report/1"): changes, people, roles and groups; count and share per
 * IDG dimension and per skill; the share of the dimensions in `dimensions` (comma-separated, e.g.
 * "relating,collaborating"; NULL = that pair, "collaborating and connecting"); top three changes per group by
 * votes, then weight, then order in the log ("cut_by_tie" when the order decided); SDGs touched (n of 17) with
 * the changes behind each; quotes per group; and the SROI (present value per year, total, NPV, ratio) when the
 * study has one. *out_report: ik_free. Errors: IK_EINVAL (unknown dimension), IK_EUTF8, IK_EHANDLE. */
int ik_changelog_evaluate(const ik_changelog *log, const char *dimensions, const ik_options *opts,
                          char **out_report, ik_error *error);

/* The same report as text for people, in opts->lang. *out_text: ik_free. */
int ik_changelog_report_text(const ik_changelog *log, const char *dimensions, const ik_options *opts,
                             char **out_text, ik_error *error);

/* Recalculates the SROI with `parameter` ("deadweight", "attribution", "displacement", "drop-off",
 * "discount-rate", "duration", "quantity", "proxy") at each of the `count` values (percentages as 0–100), for
 * every outcome or only `outcome_id` (NULL = all). *out_json ("schema": "impactkit/sroi-sensitivity/1"): per
 * value the present value, NPV and ratio; ik_free.
 * Errors: IK_EINVAL (no SROI in the study, unknown parameter, count 0 or over 1000, values NULL), IK_ERANGE
 * (a value outside the parameter's range), IK_ENOTFOUND (outcome), IK_EUTF8, IK_EHANDLE. */
int ik_changelog_sensitivity(const ik_changelog *log, const char *parameter, const double *values, size_t count,
                             const char *outcome_id, char **out_json, ik_error *error);

/* DESTRUCTOR. NULL is a no-op. */
void ik_changelog_free(ik_changelog *log);

/* ---- Instruments of LIN, Proeftuin and IWP (seeds 002–004) ---------------------------------------------
 * Every instrument has the same functions as the other documents: _from_json, _from_jansson, _to_json,
 * _to_jansson, _evaluate, _report_text, _free, plus _template: a new document prefilled with what the seed gives
 * (themes and questions, the seven principles, the LIN investment figures …) in opts->lang. A handle of one
 * type passed to another type's function gives IK_EHANDLE. */

/* A Kirkpatrick evaluation plan (seed 002, phase 5): per level (1 reaction, 2 learning, 3 behaviour, 4 results)
 * the questions, respondents, instrument and planned day, and the findings recorded.
 * Document: "schema": "impactkit/kirkpatrick/1". */
typedef struct ik_kirkpatrick ik_kirkpatrick;

/* CONSTRUCTOR. Reads the document; all or nothing. Errors carry the JSON pointer, e.g. "/evaluations/2/level" for a level outside 1–4 (IK_ERANGE).
 * *out: ik_kirkpatrick_free. Errors: every IK_E* code except IK_EHANDLE. */
int ik_kirkpatrick_from_json(ik_kirkpatrick **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. As ik_kirkpatrick_from_json, from a jansson value. The caller keeps its reference. */
int ik_kirkpatrick_from_jansson(ik_kirkpatrick **out, const struct json_t *json, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. A new document to fill in, prefilled from the seed, texts in opts->lang. *out: ik_kirkpatrick_free. */
int ik_kirkpatrick_template(ik_kirkpatrick **out, const ik_options *opts, ik_error *error);
/* The document (unknown members kept, stable order). *out_json: ik_free. */
int ik_kirkpatrick_to_json(const ik_kirkpatrick *plan, char **out_json, ik_error *error);
/* The document as a new jansson value (json_decref it). */
int ik_kirkpatrick_to_jansson(const ik_kirkpatrick *plan, struct json_t **out_json, ik_error *error);
/* The report ("schema": "impactkit/kirkpatrick-report/1") as of `as_of` ("YYYY-MM-DD"; NULL = today, UTC): per level
 * its status (not-planned, planned, unscheduled, overdue, measured) and counts; the overdue evaluations with days
 * overdue; reaction evaluations planned or measured before the intervention or more than 7 days after it;
 * unscheduled evaluations.
 * Errors: IK_EINVAL or IK_ERANGE (as_of not a date), IK_EUTF8, IK_EHANDLE.
 * *out_report: ik_free. */
int ik_kirkpatrick_evaluate(const ik_kirkpatrick *plan, const char *as_of, const ik_options *opts, char **out_report, ik_error *error);
/* The same report as text for people, in opts->lang. *out_text: ik_free. */
int ik_kirkpatrick_report_text(const ik_kirkpatrick *plan, const char *as_of, const ik_options *opts, char **out_text, ik_error *error);
/* DESTRUCTOR. NULL is a no-op. */
void ik_kirkpatrick_free(ik_kirkpatrick *plan);

/* A LIN Actiescan repeated over time (seed 002): scans that place the questions of five themes on a spectrum
 * from "incidental" to "structural" (default 5 points; the document may carry its own scale of 2–10 points).
 * Document: "schema": "impactkit/actiescan/1". */
typedef struct ik_actiescan ik_actiescan;

/* CONSTRUCTOR. Reads the document; all or nothing. Errors carry the JSON pointer, e.g. "/scans/0/answers/3/position" off the scale (IK_ERANGE),
 * "/scans/1/answers/0/question" unknown (IK_ENOTFOUND), a question answered twice (IK_EEXIST).
 * *out: ik_actiescan_free. Errors: every IK_E* code except IK_EHANDLE. */
int ik_actiescan_from_json(ik_actiescan **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. As ik_actiescan_from_json, from a jansson value. The caller keeps its reference. */
int ik_actiescan_from_jansson(ik_actiescan **out, const struct json_t *json, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. A new document to fill in, prefilled from the seed, texts in opts->lang. *out: ik_actiescan_free. */
int ik_actiescan_template(ik_actiescan **out, const ik_options *opts, ik_error *error);
/* The document (unknown members kept, stable order). *out_json: ik_free. */
int ik_actiescan_to_json(const ik_actiescan *scan, char **out_json, ik_error *error);
/* The document as a new jansson value (json_decref it). */
int ik_actiescan_to_jansson(const ik_actiescan *scan, struct json_t **out_json, ik_error *error);
/* The report ("schema": "impactkit/actiescan-report/1"): per scan the answered questions, per theme the
 * mean position (2 decimals), its share of the scale (0–100) and every question with the seed's text and its
 * position, the weakest theme(s); the change between the last two scans, per theme over the questions answered in
 * both. Errors: IK_EINVAL, IK_EHANDLE, IK_ERANGE (options).
 * *out_report: ik_free. */
int ik_actiescan_evaluate(const ik_actiescan *scan, const ik_options *opts, char **out_report, ik_error *error);
/* The same report as text for people, in opts->lang. *out_text: ik_free. */
int ik_actiescan_report_text(const ik_actiescan *scan, const ik_options *opts, char **out_text, ik_error *error);
/* Compares the scans labelled `from_label` and `to_label` ("schema": "impactkit/actiescan-comparison/1"): per
 * theme the mean before and after and its change, per question answered in both the positions and the change;
 * improved, declined, unchanged and not comparable questions; the weakest theme(s) before and after.
 * *out_json: ik_free. Errors: IK_EINVAL (NULL), IK_ENOTFOUND (no such scan), IK_EUTF8, IK_EHANDLE. */
int ik_actiescan_compare(const ik_actiescan *scan, const char *from_label, const char *to_label,
                         const ik_options *opts, char **out_json, ik_error *error);
/* DESTRUCTOR. NULL is a no-op. */
void ik_actiescan_free(ik_actiescan *scan);

/* The LIN Fasemodel (seed 002): per component of the network its current development stage and the
 * steering group's ambition (stages 1…n; default four, ImpactKit's own labels, or the document's own 2–10).
 * Document: "schema": "impactkit/fasemodel/1". */
typedef struct ik_fasemodel ik_fasemodel;

/* CONSTRUCTOR. Reads the document; all or nothing. Errors carry the JSON pointer, e.g. "/components/2/ambition" outside the stages (IK_ERANGE).
 * *out: ik_fasemodel_free. Errors: every IK_E* code except IK_EHANDLE. */
int ik_fasemodel_from_json(ik_fasemodel **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. As ik_fasemodel_from_json, from a jansson value. The caller keeps its reference. */
int ik_fasemodel_from_jansson(ik_fasemodel **out, const struct json_t *json, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. A new document to fill in, prefilled from the seed, texts in opts->lang. *out: ik_fasemodel_free. */
int ik_fasemodel_template(ik_fasemodel **out, const ik_options *opts, ik_error *error);
/* The document (unknown members kept, stable order). *out_json: ik_free. */
int ik_fasemodel_to_json(const ik_fasemodel *model, char **out_json, ik_error *error);
/* The document as a new jansson value (json_decref it). */
int ik_fasemodel_to_jansson(const ik_fasemodel *model, struct json_t **out_json, ik_error *error);
/* The report ("schema": "impactkit/fasemodel-report/1"): per component current, ambition and gap; the
 * components short of their ambition, largest gap first; how many are at their ambition; those beyond it.
 * Errors: IK_EINVAL, IK_EHANDLE, IK_ERANGE (options).
 * *out_report: ik_free. */
int ik_fasemodel_evaluate(const ik_fasemodel *model, const ik_options *opts, char **out_report, ik_error *error);
/* The same report as text for people, in opts->lang. *out_text: ik_free. */
int ik_fasemodel_report_text(const ik_fasemodel *model, const ik_options *opts, char **out_text, ik_error *error);
/* DESTRUCTOR. NULL is a no-op. */
void ik_fasemodel_free(ik_fasemodel *model);

/* Setting up a Learning and Innovation Network (seed 002): the five phases (know, want, plan, execute,
 * evaluate) with their status, roles with hours per week, weeks and an optional hourly rate, students above
 * formation and the meeting room. Document: "schema": "impactkit/lin/1". */
typedef struct ik_lin ik_lin;

/* CONSTRUCTOR. Reads the document; all or nothing. Errors carry the JSON pointer, e.g. "/roles/1/hours_per_week" negative (IK_ERANGE), "/phases/0/status"
 * unknown (IK_EINVAL).
 * *out: ik_lin_free. Errors: every IK_E* code except IK_EHANDLE. */
int ik_lin_from_json(ik_lin **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. As ik_lin_from_json, from a jansson value. The caller keeps its reference. */
int ik_lin_from_jansson(ik_lin **out, const struct json_t *json, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. A new document to fill in, prefilled from the seed, texts in opts->lang. *out: ik_lin_free. */
int ik_lin_template(ik_lin **out, const ik_options *opts, ik_error *error);
/* The document (unknown members kept, stable order). *out_json: ik_free. */
int ik_lin_to_json(const ik_lin *plan, char **out_json, ik_error *error);
/* The document as a new jansson value (json_decref it). */
int ik_lin_to_jansson(const ik_lin *plan, struct json_t **out_json, ik_error *error);
/* The report ("schema": "impactkit/lin-report/1"): phase status and the current phase; the investment (hours
 * per role = hours per week × weeks, extra hours, cost where a rate is given, roles without a rate); the seed's
 * conditions (8 students above formation; project leader 8, practice trainer 8 and manager 2 h/week in every
 * one of the first 26 weeks; a meeting room; six months of preparation; a signed agreement or statement of intent;
 * a weekly LIN day of 3–8 hours), each met or not with a message in opts->lang, and the rule applied; teachers'
 * day-part a week apart ("teachers"), as the possibility the toolkit links to 8 students.
 * Errors: IK_EINVAL, IK_EHANDLE, IK_ERANGE (options). *out_report: ik_free. */
int ik_lin_evaluate(const ik_lin *plan, const ik_options *opts, char **out_report, ik_error *error);
/* The same report as text for people, in opts->lang. *out_text: ik_free. */
int ik_lin_report_text(const ik_lin *plan, const ik_options *opts, char **out_text, ik_error *error);
/* DESTRUCTOR. NULL is a no-op. */
void ik_lin_free(ik_lin *plan);

/* A Proeftuin factsheet (seed 003): goals, intended results, scale, achieved results (checked or not, linked
 * to a goal), intake and retained, observations per capacity, lessons, conditions, products.
 * Document: "schema": "impactkit/factsheet/1". */
typedef struct ik_factsheet ik_factsheet;

/* CONSTRUCTOR. Reads the document; all or nothing. Errors carry the JSON pointer, e.g. "/numbers/retained" more than intake (IK_ERANGE), "/achieved/2/goal"
 * unknown (IK_ENOTFOUND).
 * *out: ik_factsheet_free. Errors: every IK_E* code except IK_EHANDLE. */
int ik_factsheet_from_json(ik_factsheet **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. As ik_factsheet_from_json, from a jansson value. The caller keeps its reference. */
int ik_factsheet_from_jansson(ik_factsheet **out, const struct json_t *json, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. A new document to fill in, prefilled from the seed, texts in opts->lang. *out: ik_factsheet_free. */
int ik_factsheet_template(ik_factsheet **out, const ik_options *opts, ik_error *error);
/* The document (unknown members kept, stable order). *out_json: ik_free. */
int ik_factsheet_to_json(const ik_factsheet *sheet, char **out_json, ik_error *error);
/* The document as a new jansson value (json_decref it). */
int ik_factsheet_to_jansson(const ik_factsheet *sheet, struct json_t **out_json, ik_error *error);
/* The report ("schema": "impactkit/factsheet-report/1"): goals met and open, results achieved or not,
 * intake, retained, left and retention (87 of 96 → 0.90625, 90.6 %), observations per capacity, and the sheet as
 * text in opts->lang. Errors: IK_EINVAL, IK_EHANDLE, IK_ERANGE (options).
 * *out_report: ik_free. */
int ik_factsheet_evaluate(const ik_factsheet *sheet, const ik_options *opts, char **out_report, ik_error *error);
/* The same report as text for people, in opts->lang. *out_text: ik_free. */
int ik_factsheet_report_text(const ik_factsheet *sheet, const ik_options *opts, char **out_text, ik_error *error);
/* DESTRUCTOR. NULL is a no-op. */
void ik_factsheet_free(ik_factsheet *sheet);

/* An innovation workplace described with the IWP development model (seed 004): starting points, yields,
 * processes, design, how each of the seven design principles is shaped, and rows of characteristic → effects
 * (J, S or J+S) → conditions with "to improve" and "no consensus" marks. Document: "schema": "impactkit/iwp/1". */
typedef struct ik_iwp ik_iwp;

/* CONSTRUCTOR. Reads the document; all or nothing. Errors carry the JSON pointer, e.g. "/characteristics/4/principles/1" for an unknown principle
 * (IK_ENOTFOUND), "/characteristics/0/effects/0/for" not J, S or J+S (IK_EINVAL).
 * *out: ik_iwp_free. Errors: every IK_E* code except IK_EHANDLE. */
int ik_iwp_from_json(ik_iwp **out, const char *json, size_t len, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. As ik_iwp_from_json, from a jansson value. The caller keeps its reference. */
int ik_iwp_from_jansson(ik_iwp **out, const struct json_t *json, const ik_options *opts, ik_error *error);
/* CONSTRUCTOR. A new document to fill in, prefilled from the seed, texts in opts->lang. *out: ik_iwp_free. */
int ik_iwp_template(ik_iwp **out, const ik_options *opts, ik_error *error);
/* The document (unknown members kept, stable order). *out_json: ik_free. */
int ik_iwp_to_json(const ik_iwp *model, char **out_json, ik_error *error);
/* The document as a new jansson value (json_decref it). */
int ik_iwp_to_jansson(const ik_iwp *model, struct json_t **out_json, ik_error *error);
/* The coverage report ("schema": "impactkit/iwp-report/1"): per principle whether it is shaped, its
 * characteristics, effects by J/S/J+S and conditions; principles without characteristics; characteristics with
 * effects but no conditions; open improvement points; effects without consensus; characteristics serving several
 * principles; empty sections. Errors: IK_EINVAL, IK_EHANDLE, IK_ERANGE (options).
 * *out_report: ik_free. */
int ik_iwp_evaluate(const ik_iwp *model, const ik_options *opts, char **out_report, ik_error *error);
/* The same report as text for people, in opts->lang. *out_text: ik_free. */
int ik_iwp_report_text(const ik_iwp *model, const ik_options *opts, char **out_text, ik_error *error);
/* DESTRUCTOR. NULL is a no-op. */
void ik_iwp_free(ik_iwp *model);
/* ---- Pictures ------------------------------------------------------------------------------------------- */

/* The canvas as a standalone SVG document laid out like the A1 poster: title, moment, team, a column per domain
 * with its central question, the three fields with the cards as chips coloured by kind, a legend; labels in
 * opts->lang. Every user-supplied string is escaped (no markup or script can be injected into a page embedding
 * it); long texts are wrapped or shortened with "…". No external tools are used. *out_svg: ik_free.
 * Errors: IK_EINVAL, IK_EHANDLE, IK_ERANGE (options). */
int ik_canvas_render_svg(const ik_canvas *canvas, const ik_options *opts, char **out_svg, ik_error *error);

/* A journey's progress: per domain (rows) and moment (columns) a bar of the cards laid, split by field, with the
 * count; "not in use" where a moment leaves the domain out. Same escaping and ownership as ik_canvas_render_svg. */
int ik_journey_render_svg(const ik_journey *journey, const ik_options *opts, char **out_svg, ik_error *error);

/* The cohort's heat map: domains × fields, each cell shaded by the share of groups with cards there, with groups
 * and cards counted, and covered / partial / empty per domain. */
int ik_cohort_render_svg(const ik_cohort *cohort, const ik_options *opts, char **out_svg, ik_error *error);

/* The Actiescan as a radar: the five themes as axes, the scale's points as rings, the (at most four) latest scans
 * as polygons of their theme means; unanswered themes and the weakest theme named in the legend. */
int ik_actiescan_render_svg(const ik_actiescan *scan, const ik_options *opts, char **out_svg, ik_error *error);

/* The change log's changes per IDG dimension as bars with count and share (and the unclassified ones). */
int ik_changelog_render_svg(const ik_changelog *log, const ik_options *opts, char **out_svg, ik_error *error);

/* ---- xAPI 1.0.3 statements for a Learning Record Store ------------------------------------------------------
 * `settings` is a JSON object of `settings_len` bytes ("schema/xapi-settings.schema.json"):
 *   {"homepage": "https://lms.example.org",   required: account.homePage of every person and of the team
 *    "activity_base": "https://…/",           optional: prefix of activity ids (default homepage + "/impactkit/")
 *    "actor": "group" | "members",            optional: the team as an xAPI Group (default), or one statement per
 *                                             member with the team in context.team
 *    "accounts": {"Sanne": "s1234567"},       optional: member name → account name (default the name)
 *    "attachment": true,                      optional: attach the poster by SHA-256 ("sha2") and length; the
 *                                             bytes are exactly ik_canvas_render_svg's output in opts->lang
 *    "attachment_url": "https://…/poster.svg"} optional: the attachment's fileUrl
 * Statements: "mapped impact" (https://impactkit.dev/xapi/verbs/mapped-impact) on the canvas with its figures in
 * the result extension https://impactkit.dev/xapi/extensions/canvas-figures, and ADL "answered" per reflection
 * answer (response = the answer; parent = the canvas). Ids are derived from the content: the same export gives the
 * same ids. Timestamps are the moment's date at 00:00 UTC (none without a date). *out_json: a JSON array, ik_free.
 * Errors: IK_EINVAL (NULL, homepage missing or not an http(s) IRI, unknown setting or actor mode), IK_EJSON,
 * IK_ESCHEMA, IK_EUTF8, IK_EHANDLE. */
int ik_canvas_to_xapi(const ik_canvas *canvas, const char *settings, size_t settings_len, const ik_options *opts,
                      char **out_json, ik_error *error);

/* The statements of every moment of a journey, in moment order, each with the journey as grouping activity and
 * the team as the group identified by the journey. Same settings and errors as ik_canvas_to_xapi. */
int ik_journey_to_xapi(const ik_journey *journey, const char *settings, size_t settings_len, const ik_options *opts,
                       char **out_json, ik_error *error);

/* ---- CSV for spreadsheets (RFC 4180: CRLF, quoted fields, UTF-8 without BOM; a field starting with = + - @
 * that is not a number gets a leading apostrophe so a spreadsheet does not run it as a formula) ---------------- */

/* One row per placement: canvas, moment, date, placement, domain (name in opts->lang), field, card, text, note,
 * intended, spheres, valued_by, interaction, partners (lists joined by ";"). *out_csv: ik_free.
 * Errors: IK_EINVAL, IK_EHANDLE, IK_ERANGE (options). */
int ik_canvas_to_csv(const ik_canvas *canvas, const ik_options *opts, char **out_csv, ik_error *error);

/* The cohort heat map: one row per domain and field with cards, groups with cards, share of groups (4 decimals)
 * and groups using the domain. *out_csv: ik_free. */
int ik_cohort_to_csv(const ik_cohort *cohort, const ik_options *opts, char **out_csv, ik_error *error);

/* One row per change: change, person, group, role, statement, quote, votes, weight, dimension, skill, sdgs,
 * helices. *out_csv: ik_free. */
int ik_changelog_to_csv(const ik_changelog *log, char **out_csv, ik_error *error);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTKIT_H */
