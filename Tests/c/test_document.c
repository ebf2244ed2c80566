/*
 * The document handle (ik_document_*) and report options: every document type through one verb set, IK_ENOTSUP
 * where a type lacks a verb, the report language given at open, in ik_report_options and by default, and the
 * typed handles converting to and from documents. Usage: test_document DATA_DIR.
 */
#define _POSIX_C_SOURCE 200809L  /* mkdtemp, unlink, rmdir under -std=c99 */
#include <impactkit.h>
#include <jansson.h>
#include <unistd.h>

#include "check.h"

static const char *data_dir = "examples/data";

static ik_document *open_doc(const char *name, const ik_options *opts) {
    size_t len = 0;
    char *text = read_file(data_dir, name, &len);
    ik_document *doc = NULL;
    ik_error err;
    CHECK(text != NULL);
    if (!text) return NULL;
    int status = ik_document_from_json(&doc, text, len, opts, &err);
    if (status != IK_OK) fprintf(stderr, "%s: %s %s\n", name, ik_strerror(status), err.message);
    CHECK(status == IK_OK);
    free(text);
    return doc;
}

static json_t *report(const ik_document *doc, const ik_report_options *ropts) {
    char *text = NULL;
    ik_error err;
    CHECK(ik_document_evaluate(doc, ropts, &text, &err) == IK_OK);
    json_t *parsed = text ? json_loads(text, 0, NULL) : NULL;
    ik_free(text);
    return parsed;
}

static int lang_of(const ik_document *doc, const ik_report_options *ropts, const char *lang) {
    json_t *parsed = report(doc, ropts);
    int same = parsed && strcmp(json_string_value(json_object_get(parsed, "lang")), lang) == 0;
    json_decref(parsed);
    return same;
}

static void test_every_kind(void) {
    static const char *files[][2] = {
        {"pzw-bottendaal-week5.json", "impactkit/canvas/1"},
        {"pzw-bottendaal.journey.json", "impactkit/journey/1"},
        {"pwmi-changelog.json", "impactkit/changelog/1"},
        {"instruments/lin-kirkpatrick.json", "impactkit/kirkpatrick/1"},
        {"instruments/lin-actiescan.json", "impactkit/actiescan/1"},
        {"instruments/lin-fasemodel.json", "impactkit/fasemodel/1"},
        {"instruments/lin-plan.json", "impactkit/lin/1"},
        {"instruments/proeftuin-praktijkleren.json", "impactkit/factsheet/1"},
        {"instruments/value-in-the-valley.json", "impactkit/iwp/1"},
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        ik_document *doc = open_doc(files[i][0], NULL);
        CHECK(doc && strcmp(ik_document_kind(doc), files[i][1]) == 0);
        /* Round trip through text and through jansson: stable. */
        char *first = NULL, *second = NULL;
        ik_error err;
        CHECK(ik_document_to_json(doc, &first, &err) == IK_OK);
        ik_document *again = NULL;
        CHECK(ik_document_from_json(&again, first, strlen(first), NULL, &err) == IK_OK);
        CHECK(ik_document_to_json(again, &second, &err) == IK_OK);
        CHECK(first && second && strcmp(first, second) == 0);
        json_t *value = NULL;
        CHECK(ik_document_to_jansson(doc, &value, &err) == IK_OK);
        ik_document *from_jansson = NULL;
        CHECK(ik_document_from_jansson(&from_jansson, value, NULL, &err) == IK_OK);
        CHECK(strcmp(ik_document_kind(from_jansson), files[i][1]) == 0);
        json_decref(value);
        /* Every type has a report, as JSON and as text. */
        char *text = NULL;
        json_t *parsed = report(doc, NULL);
        CHECK(parsed && strstr(json_string_value(json_object_get(parsed, "schema")), "-report/1") != NULL);
        json_decref(parsed);
        CHECK(ik_document_report_text(doc, NULL, &text, &err) == IK_OK && text && strlen(text) > 20);
        ik_free(text);
        ik_free(first);
        ik_free(second);
        ik_document_free(again);
        ik_document_free(from_jansson);
        ik_document_free(doc);
    }
}

static void test_language_reaches_the_report(void) {
    ik_options opts = IK_OPTIONS_INIT;
    opts.lang = "nl";
    ik_report_options ropts = IK_REPORT_OPTIONS_INIT;
    /* Default "en"; the language given at open; the report option over it. */
    ik_document *plain = open_doc("pzw-bottendaal-week5.json", NULL);
    ik_document *dutch = open_doc("pzw-bottendaal-week5.json", &opts);
    CHECK(lang_of(plain, NULL, "en"));
    CHECK(lang_of(dutch, NULL, "nl"));
    CHECK(lang_of(dutch, &ropts, "nl")); /* lang NULL in the options: the open language stays */
    ropts.lang = "en";
    CHECK(lang_of(dutch, &ropts, "en"));
    ropts.lang = "nl";
    CHECK(lang_of(plain, &ropts, "nl"));
    char *text = NULL;
    ik_error err;
    CHECK(ik_document_report_text(dutch, NULL, &text, &err) == IK_OK && strstr(text, "Sterkste domein: ") != NULL);
    ik_free(text);
    ropts.lang = "xx";
    text = (char *)0x1;
    CHECK(ik_document_evaluate(plain, &ropts, &text, &err) == IK_EINVAL && text == NULL);
    ik_report_options old = IK_REPORT_OPTIONS_INIT;
    old.version = 0;
    CHECK(ik_document_evaluate(plain, &old, &text, &err) == IK_ERANGE);
    CHECK(strcmp(err.message, "ik_report_options.version is 0; initialise with IK_REPORT_OPTIONS_INIT") == 0);
    old.version = 99;
    CHECK(ik_document_evaluate(plain, &old, &text, &err) == IK_ERANGE);
    ik_document_free(plain);
    ik_document_free(dutch);
    ik_report_options filled;
    CHECK(ik_report_options_init(&filled, IK_REPORT_OPTIONS_VERSION) == IK_OK && filled.lang == NULL);
    CHECK(ik_report_options_init(NULL, 1) == IK_EINVAL && ik_report_options_init(&filled, 2) == IK_ERANGE);
}

static void test_settings_by_operation(void) {
    ik_report_options ropts = IK_REPORT_OPTIONS_INIT;
    ik_error err;
    char *out = NULL;
    /* as_of: planned 2026-11-02, read 2026-11-23 → 21 days overdue. */
    ik_document *plan = open_doc("instruments/lin-kirkpatrick.json", NULL);
    ropts.as_of = "2026-11-23";
    json_t *parsed = report(plan, &ropts);
    CHECK(json_integer_value(json_object_get(json_array_get(json_object_get(parsed, "overdue"), 0), "days_overdue")) == 21);
    json_decref(parsed);
    ropts.as_of = "2026-02-30";
    CHECK(ik_document_evaluate(plan, &ropts, &out, &err) == IK_ERANGE || err.code == IK_EINVAL);
    ropts.as_of = NULL;
    /* dimensions: the share of Being + Acting in the PWMI log: c1, c3, c7 = 3 of 12 → 0.25. */
    ik_document *log = open_doc("pwmi-changelog.json", NULL);
    ropts.dimensions = "being,acting";
    parsed = report(log, &ropts);
    CHECK(json_integer_value(json_object_get(json_object_get(parsed, "selection"), "changes")) == 3);
    CHECK(json_real_value(json_object_get(json_object_get(parsed, "selection"), "share")) == 0.25);
    json_decref(parsed);
    ropts.dimensions = "being,feeling";
    CHECK(ik_document_evaluate(log, &ropts, &out, &err) == IK_EINVAL && strstr(err.message, "feeling") != NULL);
    /* A setting has one effect in one place (issue 37, item 9): a verb that does not use a setting ignores it,
     * however it is given; the verb that uses it refuses it. */
    ik_document *canvas = open_doc("pzw-bottendaal-end.json", NULL);
    ropts.as_of = "2026-02-30";
    ropts.xapi_settings = "";
    ropts.xapi_settings_len = 0;
    CHECK(ik_document_evaluate(canvas, &ropts, &out, &err) == IK_OK);
    ik_free(out);
    CHECK(ik_document_report_text(canvas, &ropts, &out, &err) == IK_OK);
    ik_free(out);
    CHECK(ik_document_to_xapi(canvas, &ropts, &out, &err) == IK_EINVAL && out == NULL);
    CHECK(contains(err.message, "ik_report_options.xapi_settings is empty (0 bytes)"));
    ropts.dimensions = NULL;
    ropts.xapi_settings = "{\"homepage\": ";
    ropts.xapi_settings_len = strlen(ropts.xapi_settings);
    CHECK(ik_document_evaluate(log, &ropts, &out, &err) == IK_OK);
    ik_free(out);
    CHECK(ik_document_evaluate(plan, &ropts, &out, &err) == IK_ERANGE && strcmp(err.path, "/as_of") == 0);
    CHECK(ik_document_to_xapi(canvas, &ropts, &out, &err) == IK_EJSON);
    ropts.as_of = NULL;
    ropts.xapi_settings = NULL;
    ropts.xapi_settings_len = 0;
    ik_document_free(canvas);
    ik_document_free(plan);
    ik_document_free(log);
}

static void test_verbs_a_kind_lacks(void) {
    ik_error err;
    char *out = NULL;
    ik_document *canvas = open_doc("pzw-bottendaal-end.json", NULL);
    ik_document *journey = open_doc("pzw-bottendaal.journey.json", NULL);
    ik_document *log = open_doc("pwmi-changelog.json", NULL);
    ik_document *lin = open_doc("instruments/lin-plan.json", NULL);
    ik_document *scan = open_doc("instruments/lin-actiescan.json", NULL);
    CHECK(ik_document_render_svg(canvas, NULL, &out, &err) == IK_OK && strncmp(out, "<svg", 4) == 0);
    ik_free(out);
    CHECK(ik_document_render_svg(scan, NULL, &out, &err) == IK_OK && strstr(out, "<polygon") != NULL);
    ik_free(out);
    CHECK(ik_document_render_svg(lin, NULL, &out, &err) == IK_ENOTSUP && out == NULL && contains(err.message, "no picture"));
    CHECK(strcmp(ik_strerror(IK_ENOTSUP), "IK_ENOTSUP") == 0 && strstr(err.message, "lin") != NULL);
    /* CSV: a journey's placements of every moment: 12 + 21 = 33 rows and the header. */
    CHECK(ik_document_to_csv(journey, NULL, &out, &err) == IK_OK);
    int lines = 0;
    for (const char *c = out; c && *c; c++) lines += *c == '\n';
    CHECK(lines == 34);
    ik_free(out);
    CHECK(ik_document_to_csv(log, NULL, &out, &err) == IK_OK);
    ik_free(out);
    CHECK(ik_document_to_csv(scan, NULL, &out, &err) == IK_ENOTSUP);
    /* xAPI: settings required, canvases and journeys only. */
    ik_report_options ropts = IK_REPORT_OPTIONS_INIT;
    CHECK(ik_document_to_xapi(canvas, &ropts, &out, &err) == IK_EINVAL && strstr(err.message, "homepage") != NULL);
    /* A homepage alone does not name the team's students: no real names by default. */
    ropts.xapi_settings = "{\"homepage\": \"https://lms.example.org\"}";
    ropts.xapi_settings_len = strlen(ropts.xapi_settings);
    CHECK(ik_document_to_xapi(journey, &ropts, &out, &err) == IK_EINVAL && strcmp(err.path, "/pseudonym_salt") == 0);
    const char *settings = "{\"homepage\": \"https://lms.example.org\", \"pseudonym_salt\": \"impactkit-test-salt-0001\"}";
    ropts.xapi_settings = settings;
    ropts.xapi_settings_len = strlen(settings);
    CHECK(ik_document_to_xapi(journey, &ropts, &out, &err) == IK_OK);
    json_t *statements = json_loads(out, 0, NULL);
    CHECK(json_is_array(statements) && json_array_size(statements) > 2);
    json_decref(statements);
    ik_free(out);
    CHECK(ik_document_to_xapi(log, &ropts, &out, &err) == IK_ENOTSUP);
    ropts.xapi_settings = "{\"homepage\": 7}";
    ropts.xapi_settings_len = strlen(ropts.xapi_settings);
    CHECK(ik_document_to_xapi(canvas, &ropts, &out, &err) != IK_OK && strcmp(err.path, "/homepage") == 0);
    /* Open Badges 3.0: a credential per learning outcome with evidence (the example journey: three), the student as
     * a salted hash only (OB 3.0's own example: "a@example.com" + "Kosher"), nothing returned on error. */
    const char *badges = "{\"issuer\": {\"id\": \"https://hogeschool.example.nl/issuers/pzw\", \"name\": \"Hogeschool\"},"
                         " \"recipient\": {\"identity\": \"a@example.com\", \"type\": \"emailAddress\", \"salt\": \"Kosher\"}}";
    CHECK(ik_document_to_ob3(journey, NULL, badges, strlen(badges), &out, &err) == IK_OK);
    json_t *credentials = json_loads(out, 0, NULL);
    CHECK(json_array_size(credentials) == 3);
    json_t *identity = json_array_get(json_object_get(json_object_get(json_array_get(credentials, 0), "credentialSubject"), "identifier"), 0);
    CHECK(strcmp(json_string_value(json_object_get(identity, "identityHash")),
                 "sha256$b5809d8a92f8858436d7e6b87c12ebc0ae1eac4baecc2c0b913aee2c922ef399") == 0);
    CHECK(!contains(out, "a@example.com"));
    json_decref(credentials);
    ik_free(out);
    out = (char *)0x1;
    CHECK(ik_document_to_ob3(canvas, NULL, badges, strlen(badges), &out, &err) == IK_ENOTSUP && out == NULL);
    CHECK(ik_document_to_ob3(journey, NULL, "{}", 2, &out, &err) == IK_EINVAL && strcmp(err.path, "/issuer") == 0);
    CHECK(ik_document_to_ob3(journey, NULL, NULL, 0, &out, &err) == IK_EINVAL && strstr(err.message, "settings_json"));
    CHECK(ik_document_to_ob3(journey, NULL, badges, strlen(badges), NULL, &err) == IK_EINVAL);
    CHECK(ik_document_to_ob3(journey, NULL, badges, (size_t)-1, &out, &err) == IK_ERANGE && out == NULL);
    ik_document_free(canvas);
    ik_document_free(journey);
    ik_document_free(log);
    ik_document_free(lin);
    ik_document_free(scan);
}

/* The library's list of kinds: one entry per kind it reads, with the verbs it answers; every kind listed opens
 * from its own template or is one of the three that start empty. */
static void test_kinds_listed(void) {
    ik_error err;
    char *out = NULL;
    CHECK(ik_document_kinds(&out, &err) == IK_OK);
    json_t *list = json_loads(out, 0, NULL);
    json_t *kinds = json_object_get(list, "kinds");
    CHECK(strcmp(json_string_value(json_object_get(list, "schema")), "impactkit/document-kinds/1") == 0);
    CHECK(json_array_size(kinds) == 9);
    size_t index;
    json_t *kind;
    int templates = 0;
    json_array_foreach(kinds, index, kind) {
        const char *schema = json_string_value(json_object_get(kind, "schema"));
        ik_document *doc = NULL;
        int status = ik_document_template(&doc, json_string_value(json_object_get(kind, "kind")), NULL, &err);
        CHECK(status == (json_is_true(json_object_get(kind, "template")) ? IK_OK : IK_ENOTSUP));
        CHECK(doc == NULL || strcmp(ik_document_kind(doc), schema) == 0);
        templates += doc != NULL;
        ik_document_free(doc);
        CHECK(json_string_value(json_object_get(json_object_get(kind, "title"), "nl")) != NULL);
    }
    CHECK(templates == 6);
    json_t *journey = json_array_get(kinds, 1);
    CHECK(strcmp(json_string_value(json_object_get(journey, "kind")), "journey") == 0);
    CHECK(json_array_size(json_object_get(journey, "verbs")) == 9);
    json_decref(list);
    ik_free(out);
    CHECK(ik_document_kinds(NULL, &err) == IK_EINVAL && strcmp(err.message, "out_json must not be NULL") == 0);
}

/* ik_document_save: the text ik_document_to_json gives, written whole; a directory is IK_EIO naming it, and the
 * arguments are checked. */
static void test_saved_whole(void) {
    ik_error err;
    char *json = NULL;
    ik_document *log = open_doc("pwmi-changelog.json", NULL);
    char dir[] = "/tmp/impactkit-save-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256];
    snprintf(path, sizeof path, "%s/log.json", dir);
    CHECK(ik_document_save(log, path, &err) == IK_OK);
    CHECK(ik_document_to_json(log, &json, &err) == IK_OK);
    FILE *file = fopen(path, "rb");
    char buffer[1 << 16];
    size_t read = file ? fread(buffer, 1, sizeof buffer, file) : 0;
    if (file) fclose(file);
    CHECK(read == strlen(json) && memcmp(buffer, json, read) == 0);
    ik_free(json);
    CHECK(ik_document_save(log, dir, &err) == IK_EIO && strstr(err.message, "it is a directory") != NULL);
    CHECK(strcmp(ik_strerror(IK_EIO), "IK_EIO") == 0);
    CHECK(ik_document_save(log, NULL, &err) == IK_EINVAL && strcmp(err.message, "path must not be NULL") == 0);
    CHECK(ik_document_save(log, "", &err) == IK_EINVAL);
    CHECK(ik_document_save(NULL, path, &err) == IK_EINVAL || err.code == IK_EHANDLE);
    unlink(path);
    rmdir(dir);
    ik_document_free(log);
}

static void test_templates_and_handles(void) {
    ik_error err;
    ik_options opts = IK_OPTIONS_INIT;
    opts.lang = "nl";
    ik_document *doc = NULL;
    CHECK(ik_document_template(&doc, "lin", &opts, &err) == IK_OK);
    CHECK(strcmp(ik_document_kind(doc), "impactkit/lin/1") == 0);
    char *text = NULL;
    CHECK(ik_document_report_text(doc, NULL, &text, &err) == IK_OK && strstr(text, "Waar de toolkit op rekent (§2.2") != NULL);
    ik_free(text);
    ik_document_free(doc);
    CHECK(ik_document_template(&doc, "impactkit/iwp/1", NULL, &err) == IK_OK);
    ik_document_free(doc);
    doc = (ik_document *)0x1;
    CHECK(ik_document_template(&doc, "canvas", NULL, &err) == IK_ENOTSUP && doc == NULL);
    CHECK(ik_document_template(&doc, "sroi", NULL, &err) == IK_ENOTFOUND);
    CHECK(ik_document_template(&doc, NULL, NULL, &err) == IK_EINVAL);
    CHECK(ik_document_from_json(&doc, "{\"schema\": \"impactkit/sroi/1\"}", 30, NULL, &err) == IK_ESCHEMA);
    CHECK(strcmp(err.path, "/schema") == 0);
    CHECK(ik_document_from_json(&doc, "[", 1, NULL, &err) == IK_EJSON && doc == NULL);
    CHECK(ik_document_from_json(NULL, "{}", 2, NULL, &err) == IK_EINVAL);
    /* SIZE_MAX as a length is named as given, not as "-1" (issue 19 item 10). */
    CHECK(ik_document_from_json(&doc, "{}", (size_t)-1, NULL, &err) == IK_ERANGE);
    CHECK(strstr(err.message, "18446744073709551615") != NULL);

    /* Not a document handle: kind is NULL, verbs say IK_EHANDLE, free ignores it. */
    uint64_t fake[4] = {0x1234, 0, 0, 0};
    CHECK(ik_document_kind((ik_document *)fake) == NULL && ik_document_kind(NULL) == NULL);
    CHECK(ik_document_to_json((ik_document *)fake, &text, &err) == IK_EHANDLE);
    ik_document_free((ik_document *)fake);
    ik_document_free(NULL);
    CHECK(fake[0] == 0x1234);

    /* A canvas handle to edit from a document, and back: the document is a copy of the canvas at that time. */
    ik_document *canvas_doc = open_doc("pzw-bottendaal-week5.json", &opts);
    ik_canvas *canvas = NULL;
    CHECK(ik_canvas_from_document(&canvas, canvas_doc, &err) == IK_OK);
    CHECK(ik_canvas_place(canvas, "act.workshop", "knowledge", "activity", NULL, NULL, &err) == IK_OK);
    ik_document *edited = NULL;
    CHECK(ik_canvas_to_document(&edited, canvas, &err) == IK_OK);
    json_t *before = report(canvas_doc, NULL), *after = report(edited, NULL);
    CHECK(json_integer_value(json_object_get(json_object_get(after, "totals"), "cards")) ==
          json_integer_value(json_object_get(json_object_get(before, "totals"), "cards")) + 1);
    CHECK(strcmp(json_string_value(json_object_get(after, "lang")), "nl") == 0); /* open options carry over */
    json_decref(before);
    json_decref(after);
    ik_journey *journey = NULL;
    CHECK(ik_journey_from_document(&journey, canvas_doc, &err) == IK_ENOTSUP && journey == NULL);
    CHECK(strstr(err.message, "is a canvas, not a journey") != NULL);
    ik_canvas *none = (ik_canvas *)0x1;
    CHECK(ik_canvas_from_document(&none, (ik_document *)fake, &err) == IK_EHANDLE && none == NULL);
    ik_document *journey_doc = open_doc("pzw-bottendaal.journey.json", NULL);
    CHECK(ik_journey_from_document(&journey, journey_doc, &err) == IK_OK);
    ik_document *back = NULL;
    CHECK(ik_journey_to_document(&back, journey, &err) == IK_OK && strcmp(ik_document_kind(back), "impactkit/journey/1") == 0);
    ik_document_free(back);
    ik_journey_free(journey);
    ik_document_free(journey_doc);
    ik_canvas_free(canvas);
    ik_document_free(edited);
    ik_document_free(canvas_doc);
}

static void test_copies(void) {
    ik_options opts = IK_OPTIONS_INIT;
    opts.lang = "nl";
    ik_document *original = open_doc("pzw-bottendaal-week5.json", &opts);
    ik_document *copy = NULL;
    ik_error err;
    CHECK(ik_document_copy(&copy, original, &err) == IK_OK && copy != NULL && copy != original);
    char *a = NULL, *b = NULL;
    CHECK(ik_document_to_json(original, &a, &err) == IK_OK && ik_document_to_json(copy, &b, &err) == IK_OK);
    CHECK(a && b && strcmp(a, b) == 0);
    ik_free(a);
    ik_free(b);
    CHECK(lang_of(copy, NULL, "nl")); /* the open options travel with the copy */
    ik_document_free(copy);
    CHECK(lang_of(original, NULL, "nl")); /* freeing the copy left the original live */
    copy = (ik_document *)0x1;
    CHECK(ik_document_copy(&copy, NULL, &err) == IK_EINVAL && copy == NULL);
    CHECK(ik_document_copy(NULL, original, &err) == IK_EINVAL);
    ik_cohort *cohort = NULL;
    CHECK(ik_cohort_new(&cohort, NULL, NULL, &err) == IK_OK);
    CHECK(ik_document_copy(&copy, (ik_document *)cohort, &err) == IK_EHANDLE && copy == NULL);
    ik_cohort_free(cohort);
    ik_document_free(original);
}

/* Issue 37, item 2: a document read just under max_document_bytes is written back in a form the same limits
 * accept — compact when indenting would take it over — and keeps its revision. */
static void test_written_within_the_limits(void) {
    ik_error err;
    size_t len = 0;
    char *text = read_file(data_dir, "pzw-bottendaal-end.json", &len);
    json_t *tree = json_loads(text, 0, NULL);
    char *compact = json_dumps(tree, JSON_COMPACT | JSON_PRESERVE_ORDER);
    json_decref(tree);
    ik_options opts = IK_OPTIONS_INIT;
    opts.max_document_bytes = strlen(compact) + 16;
    ik_document *doc = NULL, *again = NULL;
    CHECK(ik_document_from_json(&doc, compact, strlen(compact), &opts, &err) == IK_OK);
    char *out = NULL, *revision = NULL, *revision_again = NULL;
    CHECK(ik_document_to_json(doc, &out, &err) == IK_OK && out && strlen(out) <= opts.max_document_bytes);
    CHECK(strchr(out, '\n') == NULL); /* compact: indented it would be over the limit */
    CHECK(ik_document_from_json(&again, out, strlen(out), &opts, &err) == IK_OK);
    CHECK(ik_document_revision(doc, &revision, &err) == IK_OK && ik_document_revision(again, &revision_again, &err) == IK_OK);
    CHECK(revision && revision_again && strcmp(revision, revision_again) == 0);
    ik_free(out);
    /* With room to spare it is indented, as always. */
    ik_document_free(again);
    CHECK(ik_document_from_json(&again, compact, strlen(compact), NULL, &err) == IK_OK);
    CHECK(ik_document_to_json(again, &out, &err) == IK_OK && out && strcmp(out, text) == 0);
    ik_free(out);
    ik_free(revision);
    ik_free(revision_again);
    free(compact);
    free(text);
    ik_document_free(doc);
    ik_document_free(again);
}

/* Analytics rows (issue 24): NDJSON lines with the table's columns, exact figures of the example journey, the
 * salt demanded, every wrong argument refused with its code and nothing handed out. */
static int count_lines(const char *text) {
    int lines = 0;
    for (const char *c = text; *c; c++) lines += *c == '\n';
    return lines;
}

static void test_analytics_rows(void) {
    ik_document *journey = open_doc("pzw-bottendaal.journey.json", NULL);
    ik_document *log = open_doc("pwmi-changelog.json", NULL);
    static const char settings[] = "{\"pseudonym_salt\": \"analytics-test-salt-0123456789\", \"institution\": \"HvA\"}";
    char *out = NULL;
    ik_error err;
    CHECK(ik_document_analytics_rows(journey, "moments", settings, strlen(settings), &out, &err) == IK_OK);
    CHECK(out && count_lines(out) == 2);
    if (out) {
        char *second = strchr(out, '\n') + 1;
        json_t *end = json_loadb(second, strlen(second), JSON_DISABLE_EOF_CHECK, NULL);
        CHECK(end && json_integer_value(json_object_get(end, "cards")) == 21);
        CHECK(end && json_integer_value(json_object_get(end, "cards_added")) == 9);
        CHECK(end && json_integer_value(json_object_get(end, "domains_newly_covered")) == 3);
        CHECK(end && strncmp(json_string_value(json_object_get(end, "group")), "ik-", 3) == 0);
        CHECK(end && strcmp(json_object_iter_key(json_object_iter(end)), "institution") == 0);
        json_decref(end);
    }
    ik_free(out);
    out = NULL;
    CHECK(ik_document_analytics_rows(journey, "placements", settings, strlen(settings), &out, &err) == IK_OK);
    CHECK(out && count_lines(out) == 33);
    ik_free(out);
    out = NULL;
    /* A table the document has none of: an empty text, not an error. */
    CHECK(ik_document_analytics_rows(journey, "changes", settings, strlen(settings), &out, &err) == IK_OK);
    CHECK(out && out[0] == '\0');
    ik_free(out);
    out = NULL;
    CHECK(ik_document_analytics_rows(log, "sroi_outcomes", settings, strlen(settings), &out, &err) == IK_OK);
    CHECK(out && count_lines(out) == 2 && strstr(out, "\"impact\":6000.0") != NULL);
    ik_free(out);
    out = (char *)1;
    CHECK(ik_document_analytics_rows(journey, "cells", settings, strlen(settings), &out, &err) == IK_EINVAL && out == NULL);
    CHECK(strcmp(err.message, "unknown analytics table \"cells\" (use groups, moments, moment_domains, placements, "
                              "changes or sroi_outcomes)") == 0);
    CHECK(ik_document_analytics_rows(journey, "moments", "{}", 2, &out, &err) == IK_EINVAL && out == NULL);
    CHECK(strcmp(err.path, "/pseudonym_salt") == 0);
    CHECK(ik_document_analytics_rows(journey, "moments", NULL, 0, &out, &err) == IK_EINVAL && out == NULL);
    CHECK(ik_document_analytics_rows(journey, NULL, settings, strlen(settings), &out, &err) == IK_EINVAL);
    CHECK(ik_document_analytics_rows(NULL, "moments", settings, strlen(settings), &out, &err) == IK_EINVAL);
    static const char fake[64] = "not a handle";
    CHECK(ik_document_analytics_rows((const ik_document *)fake, "moments", settings, strlen(settings), &out, &err) == IK_EHANDLE);
    CHECK(ik_document_analytics_rows(journey, "moments", "{\"names\": ", 10, &out, &err) == IK_EJSON && out == NULL);
    CHECK(ik_document_analytics_rows(journey, "moments", settings, strlen(settings), NULL, &err) == IK_EINVAL);
    CHECK(ik_document_analytics_rows(journey, "moments\xff", settings, strlen(settings), &out, &err) == IK_EUTF8);
    char *schema = NULL;
    CHECK(ik_analytics_schema(&schema, &err) == IK_OK);
    json_t *parsed = schema ? json_loads(schema, 0, NULL) : NULL;
    CHECK(parsed && strcmp(json_string_value(json_object_get(parsed, "schema")), "impactkit/analytics/1") == 0);
    CHECK(parsed && json_array_size(json_object_get(json_object_get(parsed, "tables"), "moments")) == 27);
    json_decref(parsed);
    ik_free(schema);
    CHECK(ik_analytics_schema(NULL, &err) == IK_EINVAL);
    ik_document_free(journey);
    ik_document_free(log);
}

int main(int argc, char **argv) {
    if (argc > 1) data_dir = argv[1];
    test_every_kind();
    test_language_reaches_the_report();
    test_settings_by_operation();
    test_verbs_a_kind_lacks();
    test_kinds_listed();
    test_saved_whole();
    test_templates_and_handles();
    test_copies();
    test_written_within_the_limits();
    test_analytics_rows();
    printf("document: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
