/* Short ways through the 1.0 API for the C tests: a typed canvas or journey handle read from JSON, written to
 * JSON, or reported in a language, each by way of a document handle (ik_canvas_to_document → ik_document_*),
 * which is how a host does it. static inline: each test uses some of them. */
#ifndef IMPACTKIT_TEST_DOCUMENTS_H
#define IMPACTKIT_TEST_DOCUMENTS_H

#include <impactkit.h>

/* Report options carrying only a language (NULL: the handle's default). */
static inline ik_report_options lang_options(const char *lang) {
    ik_report_options ropts = IK_REPORT_OPTIONS_INIT;
    ropts.lang = lang;
    return ropts;
}

/* The same as a pointer to a compound literal, for a call's argument list. */
#define LANG_OPTIONS(lang) (&(ik_report_options){IK_REPORT_OPTIONS_VERSION, (lang), NULL, NULL, NULL, 0})

typedef int (*document_verb)(const ik_document *, const ik_report_options *, char **, ik_error *);

static inline int canvas_from_json(ik_canvas **out, const char *json, size_t len, const ik_options *opts,
                                   ik_error *error) {
    ik_document *doc = NULL;
    if (out) *out = NULL;
    int status = ik_document_from_json(&doc, json, len, opts, error);
    if (status == IK_OK) status = ik_canvas_from_document(out, doc, error);
    ik_document_free(doc);
    return status;
}

static inline int canvas_from_jansson(ik_canvas **out, const struct json_t *json, const ik_options *opts,
                                      ik_error *error) {
    ik_document *doc = NULL;
    if (out) *out = NULL;
    int status = ik_document_from_jansson(&doc, json, opts, error);
    if (status == IK_OK) status = ik_canvas_from_document(out, doc, error);
    ik_document_free(doc);
    return status;
}

/* Runs a document verb on the canvas as it is now, in `lang`. */
static inline int canvas_verb(const ik_canvas *canvas, document_verb verb, const char *lang, char **out,
                              ik_error *error) {
    ik_document *doc = NULL;
    if (out) *out = NULL;
    int status = ik_canvas_to_document(&doc, canvas, error);
    ik_report_options ropts = lang_options(lang);
    if (status == IK_OK) status = verb(doc, &ropts, out, error);
    ik_document_free(doc);
    return status;
}

static inline int canvas_to_json(const ik_canvas *canvas, char **out, ik_error *error) {
    ik_document *doc = NULL;
    if (out) *out = NULL;
    int status = ik_canvas_to_document(&doc, canvas, error);
    if (status == IK_OK) status = ik_document_to_json(doc, out, error);
    ik_document_free(doc);
    return status;
}

static inline int canvas_to_jansson(const ik_canvas *canvas, struct json_t **out, ik_error *error) {
    ik_document *doc = NULL;
    if (out) *out = NULL;
    int status = ik_canvas_to_document(&doc, canvas, error);
    if (status == IK_OK) status = ik_document_to_jansson(doc, out, error);
    ik_document_free(doc);
    return status;
}

static inline int journey_from_json(ik_journey **out, const char *json, size_t len, const ik_options *opts,
                                    ik_error *error) {
    ik_document *doc = NULL;
    if (out) *out = NULL;
    int status = ik_document_from_json(&doc, json, len, opts, error);
    if (status == IK_OK) status = ik_journey_from_document(out, doc, error);
    ik_document_free(doc);
    return status;
}

static inline int journey_verb(const ik_journey *journey, document_verb verb, const char *lang, char **out,
                               ik_error *error) {
    ik_document *doc = NULL;
    if (out) *out = NULL;
    int status = ik_journey_to_document(&doc, journey, error);
    ik_report_options ropts = lang_options(lang);
    if (status == IK_OK) status = verb(doc, &ropts, out, error);
    ik_document_free(doc);
    return status;
}

static inline int journey_to_json(const ik_journey *journey, char **out, ik_error *error) {
    ik_document *doc = NULL;
    if (out) *out = NULL;
    int status = ik_journey_to_document(&doc, journey, error);
    if (status == IK_OK) status = ik_document_to_json(doc, out, error);
    ik_document_free(doc);
    return status;
}

static inline int journey_to_jansson(const ik_journey *journey, struct json_t **out, ik_error *error) {
    ik_document *doc = NULL;
    if (out) *out = NULL;
    int status = ik_journey_to_document(&doc, journey, error);
    if (status == IK_OK) status = ik_document_to_jansson(doc, out, error);
    ik_document_free(doc);
    return status;
}

static inline int journey_from_jansson(ik_journey **out, const struct json_t *json, const ik_options *opts,
                                       ik_error *error) {
    ik_document *doc = NULL;
    if (out) *out = NULL;
    int status = ik_document_from_jansson(&doc, json, opts, error);
    if (status == IK_OK) status = ik_journey_from_document(out, doc, error);
    ik_document_free(doc);
    return status;
}

/* Adds the canvas as the journey's next moment (the journey takes canvas documents). */
static inline int journey_add_canvas(ik_journey *journey, const ik_canvas *canvas, ik_error *error) {
    ik_document *doc = NULL;
    int status = ik_canvas_to_document(&doc, canvas, error);
    if (status == IK_OK) status = ik_journey_add_moment(journey, doc, error);
    ik_document_free(doc);
    return status;
}

/* Compares two canvases as documents, in `lang`. */
static inline int canvas_compare(const ik_canvas *from, const ik_canvas *to, const char *lang, char **out,
                                 ik_error *error) {
    ik_document *a = NULL, *b = NULL;
    if (out) *out = NULL;
    int status = ik_canvas_to_document(&a, from, error);
    if (status == IK_OK) status = ik_canvas_to_document(&b, to, error);
    ik_report_options ropts = lang_options(lang);
    if (status == IK_OK) status = ik_document_compare(a, b, &ropts, out, error);
    ik_document_free(a);
    ik_document_free(b);
    return status;
}

/* xAPI statements of the canvas or journey with `settings` (len bytes), in `lang`. */
static inline int canvas_to_xapi(const ik_canvas *canvas, const char *settings, size_t len, const char *lang,
                                 char **out, ik_error *error) {
    ik_document *doc = NULL;
    if (out) *out = NULL;
    int status = ik_canvas_to_document(&doc, canvas, error);
    ik_report_options ropts = lang_options(lang);
    ropts.xapi_settings = settings;
    ropts.xapi_settings_len = len;
    if (status == IK_OK) status = ik_document_to_xapi(doc, &ropts, out, error);
    ik_document_free(doc);
    return status;
}

static inline int journey_to_xapi(const ik_journey *journey, const char *settings, size_t len, const char *lang,
                                  char **out, ik_error *error) {
    ik_document *doc = NULL;
    if (out) *out = NULL;
    int status = ik_journey_to_document(&doc, journey, error);
    ik_report_options ropts = lang_options(lang);
    ropts.xapi_settings = settings;
    ropts.xapi_settings_len = len;
    if (status == IK_OK) status = ik_document_to_xapi(doc, &ropts, out, error);
    ik_document_free(doc);
    return status;
}

#endif
