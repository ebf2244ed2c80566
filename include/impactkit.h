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
#define IK_VERSION_MINOR 1
#define IK_VERSION_PATCH 0
#define IK_VERSION_STRING "0.1.0"

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

/* jansson's value type; declared here so this header needs no other header. */
struct json_t;

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
 * domain and field, coverage, palette, strongest and weakest domain, and the LIM §7.4 reflection questions
 * tied to what the canvas shows, with texts in opts->lang. *out_report: ik_free.
 * Errors: IK_EINVAL, IK_EHANDLE, IK_ERANGE (options). */
int ik_canvas_evaluate(const ik_canvas *canvas, const ik_options *opts, char **out_report, ik_error *error);

/* The same evaluation as text for people, in opts->lang. *out_text: ik_free. */
int ik_canvas_report_text(const ik_canvas *canvas, const ik_options *opts, char **out_text, ik_error *error);

/* DESTRUCTOR. Releases the canvas. NULL is a no-op. */
void ik_canvas_free(ik_canvas *canvas);

#ifdef __cplusplus
}
#endif

#endif /* IMPACTKIT_H */
