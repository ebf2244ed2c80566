/*
 * Exercises every function of include/impactkit.h through the installed header and shared library, including
 * the NULL and bad-input paths. Usage: test_abi DATA_DIR (the folder with the example canvases).
 * Prints "N passed, M failed" and exits non-zero on any failure.
 */
#include <stdint.h>
#include <impactkit.h>
#include <jansson.h>

#include "check.h"
#include "documents.h"

static void test_library(void) {
    CHECK(strcmp(ik_version(), IK_VERSION_STRING) == 0);
    CHECK(strcmp(ik_strerror(IK_OK), "IK_OK") == 0);
    CHECK(strcmp(ik_strerror(IK_ENOTFOUND), "IK_ENOTFOUND") == 0);
    CHECK(strcmp(ik_strerror(IK_EUTF8), "IK_EUTF8") == 0);
    CHECK(strcmp(ik_strerror(12345), "IK_UNKNOWN") == 0);

    ik_options opts;
    memset(&opts, 0xff, sizeof opts);
    CHECK(ik_options_init(&opts, IK_OPTIONS_VERSION) == IK_OK);
    CHECK(opts.version == IK_OPTIONS_VERSION && opts.lang == NULL && opts.max_depth == 0);
    CHECK(ik_options_init(NULL, IK_OPTIONS_VERSION) == IK_EINVAL);
    CHECK(ik_options_init(&opts, 99) == IK_ERANGE);
    ik_free(NULL);
}

static void test_template(void) {
    ik_error err;
    char *json = NULL;
    CHECK(ik_template_builtin(&json, "lim", &err) == IK_OK);
    CHECK(err.code == IK_OK && err.message[0] == 0);
    CHECK(contains(json, "\"schema\": \"impactkit/template/1\""));
    CHECK(contains(json, "\"act.workshop\""));
    CHECK(contains(json, "Betrokkenheid bij de doelgroep"));
    json_t *parsed = json_loads(json, 0, NULL);
    CHECK(parsed && json_array_size(json_object_get(parsed, "domains")) == 5);
    CHECK(parsed && json_array_size(json_object_get(parsed, "cards")) >= 36);
    json_decref(parsed);
    ik_free(json);

    json = (char *)0x1;
    CHECK(ik_template_builtin(&json, "nope", &err) == IK_ENOTFOUND);
    CHECK(json == NULL);
    CHECK(err.code == IK_ENOTFOUND && contains(err.message, "nope"));
    CHECK(ik_template_builtin(NULL, "lim", &err) == IK_EINVAL);
    CHECK(ik_template_builtin(&json, NULL, &err) == IK_EINVAL);
    CHECK(contains(err.message, "template_id must not be NULL"));
    CHECK(ik_template_builtin(&json, "li\xc3\x28", &err) == IK_EUTF8);
    CHECK(ik_template_builtin(&json, "nope", NULL) == IK_ENOTFOUND); /* error may be NULL */
}

static void test_new(void) {
    ik_error err;
    ik_canvas *canvas = NULL;
    CHECK(ik_canvas_new(&canvas, "Leeg canvas", NULL, 0, NULL, &err) == IK_OK);
    char *json = NULL;
    CHECK(canvas_to_json(canvas, &json, &err) == IK_OK);
    CHECK(contains(json, "\"title\": \"Leeg canvas\""));
    CHECK(contains(json, "\"template\": \"lim\""));
    CHECK(contains(json, "\"id\": \"canvas-"));
    ik_free(json);
    ik_canvas_free(canvas);

    const char *tmpl =
        "{\"schema\": \"impactkit/template/1\", \"id\": \"own\", \"name\": {\"nl\": \"Eigen\", \"en\": \"Own\"},"
        " \"domains\": [{\"id\": \"region\", \"name\": {\"nl\": \"Regio\", \"en\": \"Region\"},"
        " \"question\": {\"nl\": \"Wat?\", \"en\": \"What?\"}}]}";
    CHECK(ik_canvas_new(&canvas, "Eigen", tmpl, strlen(tmpl), NULL, &err) == IK_OK);
    char *id = NULL;
    CHECK(ik_canvas_place_text(canvas, "Rondetafel", "region", "activity", NULL, &id, &err) == IK_OK);
    /* A new id is drawn from the OS (issue 32): "p-" and 12 hex digits, never shared by a copy's new cards. */
    CHECK(id && strncmp(id, "p-", 2) == 0 && strlen(id) == 14);
    ik_free(id);
    CHECK(ik_canvas_place(canvas, "act.workshop", "region", "activity", NULL, NULL, &err) == IK_ENOTFOUND);
    ik_canvas_free(canvas);

    canvas = (ik_canvas *)0x1;
    CHECK(ik_canvas_new(&canvas, "x", "{\"schema\": ", 11, NULL, &err) == IK_EJSON);
    CHECK(canvas == NULL);
    CHECK(err.line == 1 && err.column > 0);
    CHECK(ik_canvas_new(&canvas, NULL, NULL, 0, NULL, &err) == IK_EINVAL);
    CHECK(strcmp(err.message, "title must not be NULL") == 0);
    CHECK(ik_canvas_new(&canvas, "\xff\xfe", NULL, 0, NULL, &err) == IK_EUTF8);
    CHECK(ik_canvas_new(&canvas, "", NULL, 0, NULL, &err) == IK_EINVAL);
    CHECK(ik_canvas_new(NULL, "x", NULL, 0, NULL, &err) == IK_EINVAL);
    CHECK(ik_canvas_new(&canvas, "x", NULL, 5, NULL, &err) == IK_EINVAL);

    ik_options opts = IK_OPTIONS_INIT;
    opts.lang = "fr";
    CHECK(ik_canvas_new(&canvas, "x", NULL, 0, &opts, &err) == IK_EINVAL);
    CHECK(contains(err.message, "unsupported language"));
    opts.lang = NULL;
    opts.max_depth = 100000;
    CHECK(ik_canvas_new(&canvas, "x", NULL, 0, &opts, &err) == IK_ERANGE);
    opts.max_depth = 0;
    /* size_t is read unsigned (issue 37 item 10: SIZE_MAX was "must be positive, got -1"): SIZE_MAX is "as much
     * as there is", the largest limit — for the depth its ceiling, 128; another depth over it is refused with the
     * value as given (2^63 was shown as 2^63-1). */
    opts.max_document_bytes = SIZE_MAX;
    opts.max_elements = SIZE_MAX;
    CHECK(ik_canvas_new(&canvas, "x", NULL, 0, &opts, &err) == IK_OK);
    ik_canvas_free(canvas);
    canvas = NULL;
    opts.max_document_bytes = opts.max_elements = 0;
    opts.max_depth = SIZE_MAX;
    CHECK(ik_canvas_new(&canvas, "x", NULL, 0, &opts, &err) == IK_OK);
    ik_canvas_free(canvas);
    canvas = NULL;
    opts.max_depth = (size_t)1 << 63;
    CHECK(ik_canvas_new(&canvas, "x", NULL, 0, &opts, &err) == IK_ERANGE);
    CHECK(strcmp(err.message, "max_depth must be between 2 and 128, got 9223372036854775808") == 0);
    opts.max_depth = 0;
    opts.version = 0;   /* the header lists IK_ERANGE for a wrong version, as ik_cohort_thresholds has it */
    CHECK(ik_canvas_new(&canvas, "x", NULL, 0, &opts, &err) == IK_ERANGE);
    CHECK(strcmp(err.message, "ik_options.version is 0; initialise with IK_OPTIONS_INIT") == 0);
    opts.version = IK_OPTIONS_VERSION + 1;
    CHECK(ik_canvas_new(&canvas, "x", NULL, 0, &opts, &err) == IK_ERANGE);
}

static void test_from_json(const char *data_dir) {
    ik_error err;
    size_t len = 0;
    char *text = read_file(data_dir, "pzw-bottendaal-week5.json", &len);
    CHECK(text != NULL);
    if (!text) return;

    ik_canvas *canvas = NULL;
    /* Explicit length: the buffer need not be NUL-terminated at len. */
    CHECK(canvas_from_json(&canvas, text, len, NULL, &err) == IK_OK);
    char *json = NULL;
    CHECK(canvas_to_json(canvas, &json, &err) == IK_OK);
    CHECK(json && strcmp(json, text) == 0); /* byte-for-byte round trip */
    ik_free(json);

    json_t *tree = NULL;
    CHECK(canvas_to_jansson(canvas, &tree, &err) == IK_OK);
    json_t *expected = json_loads(text, 0, NULL);
    CHECK(tree && expected && json_equal(tree, expected));
    ik_canvas *again = NULL;
    CHECK(canvas_from_jansson(&again, tree, NULL, &err) == IK_OK);
    CHECK(canvas_to_json(again, &json, &err) == IK_OK);
    CHECK(json && strcmp(json, text) == 0);
    ik_free(json);
    ik_canvas_free(again);
    json_decref(expected);
    json_decref(tree);

    /* A jansson value of the wrong document type. */
    json_t *wrong = json_pack("{s:s}", "schema", "impactkit/canvas-report/1");
    CHECK(canvas_from_jansson(&again, wrong, NULL, &err) == IK_ESCHEMA);
    CHECK(strcmp(err.path, "/schema") == 0);
    json_decref(wrong);
    CHECK(canvas_from_jansson(&again, NULL, NULL, &err) == IK_EINVAL);
    CHECK(canvas_to_jansson(NULL, &tree, &err) == IK_EINVAL);
    CHECK(tree == NULL);

    /* Truncated: a syntax error with line and column. */
    CHECK(canvas_from_json(&again, text, len / 2, NULL, &err) == IK_EJSON);
    CHECK(again == NULL && err.line > 1 && err.column > 0);
    /* Invalid UTF-8 inside a string. */
    char *broken = malloc(len + 1);
    memcpy(broken, text, len + 1);
    char *title = strstr(broken, "Samen");
    title[0] = (char)0xC3;
    title[1] = (char)0x28;
    CHECK(canvas_from_json(&again, broken, len, NULL, &err) == IK_EUTF8);
    /* A NUL byte inside the document. */
    memcpy(broken, text, len);
    broken[len / 3] = 0;
    CHECK(canvas_from_json(&again, broken, len, NULL, &err) == IK_EJSON);
    free(broken);

    /* Limits. */
    ik_options opts = IK_OPTIONS_INIT;
    opts.max_document_bytes = len - 1;
    CHECK(canvas_from_json(&again, text, len, &opts, &err) == IK_ELIMIT);
    opts.max_document_bytes = len;
    CHECK(canvas_from_json(&again, text, len, &opts, &err) == IK_OK);
    ik_canvas_free(again);
    opts.max_document_bytes = 0;
    opts.max_depth = 2; /* the example nests 3 deep: canvas → team → member */
    CHECK(canvas_from_json(&again, text, len, &opts, &err) == IK_ELIMIT);
    CHECK(contains(err.message, "nested deeper than the limit of 2"));
    opts.max_depth = 3;
    CHECK(canvas_from_json(&again, text, len, &opts, &err) == IK_OK);
    ik_canvas_free(again);

    const char *bad[][3] = {
        {"[]", "/schema", "not an ImpactKit document (no \"schema\" string)"},
        {"{\"schema\": \"impactkit/canvas/1\", \"id\": \"x\", \"title\": 5, \"template\": \"lim\"}", "/title",
         "expected a string, found an integer"},
        {"{\"schema\": \"impactkit/canvas/1\", \"id\": \"x\", \"title\": \"t\", \"template\": \"lim\","
         " \"placements\": [{\"id\": \"p1\", \"card\": \"act.nope\", \"domain\": \"partners\", \"field\": \"activity\"}]}",
         "/placements/0/card", "unknown card \"act.nope\""},
    };
    int codes[] = {IK_ESCHEMA, IK_ESCHEMA, IK_ENOTFOUND};
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
        CHECK(canvas_from_json(&again, bad[i][0], strlen(bad[i][0]), NULL, &err) == codes[i]);
        CHECK(err.code == codes[i] && strcmp(err.path, bad[i][1]) == 0 && strcmp(err.message, bad[i][2]) == 0);
    }
    CHECK(canvas_from_json(&again, NULL, 10, NULL, &err) == IK_EINVAL);
    CHECK(canvas_from_json(&again, "", 0, NULL, &err) == IK_EJSON);
    CHECK(canvas_from_json(NULL, text, len, NULL, &err) == IK_EINVAL);

    free(text);
    ik_canvas_free(canvas);
}

static void test_editing(const char *data_dir) {
    ik_error err;
    size_t len = 0;
    char *text = read_file(data_dir, "pzw-bottendaal-week5.json", &len);
    ik_canvas *canvas = NULL;
    CHECK(canvas_from_json(&canvas, text, len, NULL, &err) == IK_OK);
    free(text);

    char *before = NULL;
    CHECK(canvas_to_json(canvas, &before, &err) == IK_OK);

    /* Every bad edit fails with its code and leaves the canvas unchanged. */
    char *id = (char *)0x1;
    CHECK(ik_canvas_place(canvas, "act.workshop", "partners", "result", NULL, &id, &err) == IK_EINVAL);
    CHECK(id == NULL);
    CHECK(strcmp(err.path, "/field") == 0);
    CHECK(ik_canvas_place(canvas, "act.nope", "partners", "activity", NULL, NULL, &err) == IK_ENOTFOUND);
    CHECK(ik_canvas_place(canvas, "act.workshop", "nowhere", "activity", NULL, NULL, &err) == IK_ENOTFOUND);
    CHECK(ik_canvas_place(canvas, "act.workshop", "partners", "why", NULL, NULL, &err) == IK_ENOTFOUND);
    CHECK(ik_canvas_place(canvas, NULL, "partners", "activity", NULL, NULL, &err) == IK_EINVAL);
    CHECK(ik_canvas_place(canvas, "act.workshop", "partners", "activity", "\xc0\xaf", NULL, &err) == IK_EUTF8);
    CHECK(ik_canvas_place(canvas, "act.workshop", "partners", "activity", "", NULL, &err) == IK_EINVAL);
    CHECK(ik_canvas_place_text(canvas, "", "partners", "activity", NULL, NULL, &err) == IK_EINVAL);
    CHECK(ik_canvas_unplace(canvas, "p99", &err) == IK_ENOTFOUND);
    CHECK(ik_canvas_unplace(canvas, NULL, &err) == IK_EINVAL);
    CHECK(ik_canvas_add_card(canvas, "act.workshop", "activity", "Dubbel", &err) == IK_EEXIST);
    CHECK(ik_canvas_add_card(canvas, "own.x", "poster", "Soort?", &err) == IK_EINVAL);
    CHECK(ik_canvas_add_card(canvas, "own x", NULL, "Spatie", &err) == IK_EINVAL);
    CHECK(ik_canvas_answer(canvas, "lim.students.nope", "x", NULL, &err) == IK_ENOTFOUND);
    CHECK(ik_canvas_answer(canvas, "lim.students.gain", NULL, NULL, &err) == IK_EINVAL);
    char *after = NULL;
    CHECK(canvas_to_json(canvas, &after, &err) == IK_OK);
    CHECK(before && after && strcmp(before, after) == 0);
    ik_free(after);

    /* Good edits. */
    char *advice = NULL, *walk = NULL, *talk = NULL;
    CHECK(ik_canvas_place(canvas, "res.advice-report", "complexity", "result", "Advies aan de gemeente", &advice, &err)
          == IK_OK);
    CHECK(advice && strncmp(advice, "p-", 2) == 0 && strlen(advice) == 14);
    CHECK(ik_canvas_add_card(canvas, "own.walk", NULL, "Wandeling door de wijk", &err) == IK_OK);
    CHECK(ik_canvas_place(canvas, "own.walk", "knowledge", "place", NULL, &walk, &err) == IK_OK);
    CHECK(advice && walk && strcmp(walk, advice) != 0);
    CHECK(ik_canvas_place_text(canvas, "Gesprek met de huisarts", "knowledge", "activity", NULL, &talk, &err) == IK_OK);
    CHECK(advice && ik_canvas_unplace(canvas, advice, &err) == IK_OK);
    CHECK(advice && ik_canvas_unplace(canvas, advice, &err) == IK_ENOTFOUND);
    CHECK(ik_canvas_answer(canvas, "lim.students.notice", "Kennis komt op gang", "Noor", &err) == IK_OK);

    char *placements = NULL;
    CHECK(ik_canvas_placements(canvas, &placements, &err) == IK_OK);
    json_t *list = json_loads(placements, 0, NULL);
    CHECK(list && json_array_size(list) == 14);
    json_t *last = json_array_get(list, json_array_size(list) - 1);
    CHECK(last && strcmp(json_string_value(json_object_get(last, "text")), "Gesprek met de huisarts") == 0);
    CHECK(last && talk && strcmp(json_string_value(json_object_get(last, "id")), talk) == 0);
    json_decref(list);
    ik_free(placements);
    ik_free(advice);
    ik_free(walk);
    ik_free(talk);

    char *cards = NULL;
    CHECK(ik_canvas_cards(canvas, &cards, &err) == IK_OK);
    json_t *deck = json_loads(cards, 0, NULL);
    CHECK(deck && json_array_size(deck) == 43 + 2);
    json_t *own = json_array_get(deck, json_array_size(deck) - 1);
    CHECK(own && json_is_true(json_object_get(own, "custom")));
    CHECK(own && strcmp(json_string_value(json_object_get(own, "kind")), "blank") == 0);
    json_decref(deck);
    ik_free(cards);

    /* Evaluation: knowledge now has an activity and a place (partial), so nothing is empty any more. */
    char *report = NULL;
    ik_options opts = IK_OPTIONS_INIT;
    opts.lang = "nl";
    CHECK(canvas_verb(canvas, ik_document_evaluate, opts.lang, &report, &err) == IK_OK);
    json_t *doc = json_loads(report, 0, NULL);
    CHECK(doc != NULL);
    if (doc) {
        CHECK(strcmp(json_string_value(json_object_get(doc, "schema")), "impactkit/canvas-report/1") == 0);
        CHECK(strcmp(json_string_value(json_object_get(doc, "lang")), "nl") == 0);
        json_t *totals = json_object_get(doc, "totals");
        CHECK(json_integer_value(json_object_get(totals, "cards")) == 14);
        CHECK(json_integer_value(json_object_get(totals, "activity")) == 7);
        CHECK(json_integer_value(json_object_get(totals, "place")) == 5);
        CHECK(json_integer_value(json_object_get(totals, "result")) == 2);
        json_t *coverage = json_object_get(doc, "coverage");
        CHECK(json_array_size(json_object_get(coverage, "covered")) == 2);
        CHECK(json_array_size(json_object_get(coverage, "empty")) == 0);
        json_t *strongest = json_object_get(doc, "strongest");
        CHECK(strcmp(json_string_value(json_object_get(strongest, "domain")), "target-group") == 0);
        CHECK(json_integer_value(json_object_get(strongest, "cards")) == 6);
        json_t *weakest = json_object_get(doc, "weakest");
        CHECK(strcmp(json_string_value(json_object_get(weakest, "domain")), "complexity") == 0);
        json_t *palette = json_object_get(doc, "palette");
        CHECK(json_real_value(json_object_get(json_array_get(palette, 0), "share")) == 0.4286); /* 6/14 */
        json_t *domains = json_object_get(doc, "domains");
        CHECK(strcmp(json_string_value(json_object_get(json_array_get(domains, 4), "name")),
                     "Combineren van verschillende kennis") == 0);
        json_decref(doc);
    }
    ik_free(report);

    char *textual = NULL;
    CHECK(canvas_verb(canvas, ik_document_report_text, opts.lang, &textual, &err) == IK_OK);
    CHECK(contains(textual, "Sterkste domein: Betrokkenheid bij de doelgroep"));
    CHECK(contains(textual, "» Kennis komt op gang — Noor"));
    ik_free(textual);
    opts.lang = "en";
    CHECK(canvas_verb(canvas, ik_document_report_text, opts.lang, &textual, &err) == IK_OK);
    CHECK(contains(textual, "Weakest domain: Dealing with complexity"));
    ik_free(textual);

    ik_free(before);
    ik_canvas_free(canvas);
}


/* LIM §3 through the ABI: effects, interactions, chains, and the "impact" section of the report. Hand-computed:
 * results r1 (intended, practice + society, valued by the target group) and r2 (no effect); activity a1 (direct,
 * co-created with work-field partners); chain a1 → r1. */
static void test_impact(void) {
    ik_error err;
    ik_canvas *canvas = NULL;
    char *r1 = NULL, *r2 = NULL, *a1 = NULL, *chain = NULL, *report = NULL;
    CHECK(ik_canvas_new(&canvas, "Impact", NULL, 0, NULL, &err) == IK_OK);
    CHECK(ik_canvas_place(canvas, "res.prototype", "target-group", "result", NULL, &r1, &err) == IK_OK);
    CHECK(ik_canvas_place(canvas, "res.poster", "partners", "result", NULL, &r2, &err) == IK_OK);
    CHECK(ik_canvas_place(canvas, "act.workshop", "target-group", "activity", NULL, &a1, &err) == IK_OK);

    const char *effect = "{\"intended\": true, \"valued_by\": [\"target-group\"], \"spheres\": [\"practice\", \"society\"]}";
    CHECK(ik_canvas_set_effect(canvas, r1, effect, strlen(effect), &err) == IK_OK);
    CHECK(ik_canvas_set_effect(canvas, a1, effect, strlen(effect), &err) == IK_EINVAL);
    CHECK(contains(err.message, "an effect describes a result"));
    const char *bad = "{\"spheres\": [\"space\"]}";
    CHECK(ik_canvas_set_effect(canvas, r2, bad, strlen(bad), &err) == IK_EINVAL);
    CHECK(strcmp(err.path, "/spheres/0") == 0);
    CHECK(ik_canvas_set_effect(canvas, r2, "{\"intended\": 1}", 15, &err) == IK_ESCHEMA);
    CHECK(strcmp(err.path, "/intended") == 0);
    CHECK(ik_canvas_set_effect(canvas, "p99", NULL, 0, &err) == IK_ENOTFOUND);
    CHECK(ik_canvas_set_effect(canvas, r2, "{", 1, &err) == IK_EJSON);

    const char *interaction = "{\"mode\": \"direct\", \"partners\": [\"work-field-partners\"]}";
    CHECK(ik_canvas_set_interaction(canvas, a1, interaction, strlen(interaction), &err) == IK_OK);
    const char *carrier = "{\"mode\": \"direct\", \"carrier\": \"video\"}";
    CHECK(ik_canvas_set_interaction(canvas, a1, carrier, strlen(carrier), &err) == IK_EINVAL);

    char json[128];
    snprintf(json, sizeof json, "{\"activity\": \"%s\", \"results\": [\"%s\"]}", a1, r1);
    CHECK(ik_canvas_add_chain(canvas, json, strlen(json), &chain, &err) == IK_OK);
    CHECK(chain && strncmp(chain, "c-", 2) == 0 && strlen(chain) == 14);
    snprintf(json, sizeof json, "{\"activity\": \"%s\", \"results\": [\"%s\"]}", r1, r2);
    CHECK(ik_canvas_add_chain(canvas, json, strlen(json), NULL, &err) == IK_EINVAL);
    CHECK(strcmp(err.path, "/activity") == 0);
    CHECK(ik_canvas_unplace(canvas, r1, &err) == IK_EINVAL);
    CHECK(contains(err.message, "remove the chain first"));

    CHECK(canvas_verb(canvas, ik_document_evaluate, NULL, &report, &err) == IK_OK);
    json_t *parsed = json_loads(report, 0, NULL);
    json_t *impact = json_object_get(parsed, "impact");
    json_t *results = json_object_get(impact, "results");
    CHECK(json_integer_value(json_object_get(results, "total")) == 2);
    CHECK(json_integer_value(json_object_get(results, "intended")) == 1);
    CHECK(json_integer_value(json_object_get(results, "intention_unknown")) == 1);
    json_t *practice = json_object_get(json_object_get(results, "spheres"), "practice");
    CHECK(json_real_value(json_object_get(practice, "share")) == 1.0);
    json_t *activities = json_object_get(impact, "activities");
    CHECK(json_real_value(json_object_get(activities, "co_created_share")) == 1.0);
    json_t *orphans = json_object_get(json_object_get(impact, "chains"), "results_without_activity");
    CHECK(json_array_size(orphans) == 1 && strcmp(json_string_value(json_array_get(orphans, 0)), r2) == 0);
    json_decref(parsed);
    ik_free(report);

    char *csv = NULL;
    CHECK(canvas_verb(canvas, ik_document_to_csv, NULL, &csv, &err) == IK_OK);
    CHECK(csv && strncmp(csv, "canvas,moment,date,placement,domain,field,card,text,note,intended,spheres,valued_by,interaction,partners\r\n", 101) == 0);
    CHECK(contains(csv, ",Engagement with the target group,result,res.prototype,Prototype,,yes,practice;society,target-group,,\r\n"));
    ik_free(csv);
    CHECK(canvas_verb(canvas, ik_document_to_csv, NULL, NULL, &err) == IK_EINVAL);
    char *svg = NULL;
    CHECK(canvas_verb(canvas, ik_document_render_svg, NULL, &svg, &err) == IK_OK);
    const char *svg_start = "<svg xmlns=\"http://www.w3.org/2000/svg\"";
    CHECK(svg && strncmp(svg, svg_start, strlen(svg_start)) == 0);
    CHECK(contains(svg, ">Prototype</text>") && contains(svg, "</svg>\n"));
    ik_free(svg);
    CHECK(canvas_verb(NULL, ik_document_render_svg, NULL, &svg, &err) == IK_EINVAL && svg == NULL);
    CHECK(chain && ik_canvas_remove_chain(canvas, chain, &err) == IK_OK);
    CHECK(chain && ik_canvas_remove_chain(canvas, chain, &err) == IK_ENOTFOUND);
    CHECK(ik_canvas_unplace(canvas, r1, &err) == IK_OK);
    ik_free(r1);
    ik_free(r2);
    ik_free(a1);
    ik_free(chain);
    ik_canvas_free(canvas);
}

/* Moving by id: keeps id, note and order; refuses what placing would refuse, and then changes nothing. */
/* Issue 32: a revision token, equal for equal content, moving with every edit; the canvas's equals its document's. */
static void test_revision(void) {
    ik_error err;
    ik_canvas *canvas = NULL;
    ik_document *doc = NULL;
    char *first = NULL, *again = NULL, *from_doc = NULL, *edited = NULL, *id = NULL;
    CHECK(ik_canvas_new(&canvas, "Revisies", NULL, 0, NULL, &err) == IK_OK);
    CHECK(ik_canvas_revision(canvas, &first, &err) == IK_OK);
    CHECK(first && strlen(first) == 34 && strncmp(first, "r-", 2) == 0);
    CHECK(ik_canvas_to_document(&doc, canvas, &err) == IK_OK);
    CHECK(ik_document_revision(doc, &from_doc, &err) == IK_OK);
    CHECK(first && from_doc && strcmp(first, from_doc) == 0);
    CHECK(ik_canvas_place(canvas, "act.workshop", "partners", "activity", NULL, &id, &err) == IK_OK);
    CHECK(ik_canvas_revision(canvas, &edited, &err) == IK_OK);
    CHECK(first && edited && strcmp(first, edited) != 0);
    CHECK(ik_canvas_unplace(canvas, id, &err) == IK_OK);
    CHECK(ik_canvas_revision(canvas, &again, &err) == IK_OK);
    CHECK(first && again && strcmp(first, again) == 0);
    CHECK(ik_canvas_revision(canvas, NULL, &err) == IK_EINVAL);
    char *none = (char *)0x1;
    CHECK(ik_document_revision(NULL, &none, &err) == IK_EINVAL && none == NULL);
    CHECK(ik_document_revision((const ik_document *)canvas, &none, &err) == IK_EHANDLE && none == NULL);
    ik_free(first);
    ik_free(again);
    ik_free(from_doc);
    ik_free(edited);
    ik_free(id);
    ik_document_free(doc);
    ik_canvas_free(canvas);
}

/* Issue 32: a batch of operations, all or nothing, with its undo; a stale revision turns "gone" into a conflict. */
static void test_apply(void) {
    ik_error err;
    ik_canvas *canvas = NULL;
    char *start = NULL, *undo = NULL, *after = NULL, *seen = NULL;
    CHECK(ik_canvas_new(&canvas, "Samen", NULL, 0, NULL, &err) == IK_OK);
    CHECK(ik_canvas_revision(canvas, &start, &err) == IK_OK);
    const char *ops = "[{\"op\": \"place\", \"id\": \"w1\", \"card\": \"act.workshop\", \"domain\": \"partners\","
                      " \"field\": \"activity\", \"by\": \"s1\", \"at\": \"2026-09-28T10:15:00Z\"},"
                      " {\"op\": \"note\", \"id\": \"w1\", \"note\": \"met de wijkagent\"}]";
    CHECK(ik_canvas_apply(canvas, ops, strlen(ops), NULL, &undo, &err) == IK_OK);
    CHECK(undo && strstr(undo, "\"op\": \"unplace\"") && strstr(undo, "\"op\": \"note\""));
    /* The undo brings the canvas back to its first revision. */
    CHECK(undo && ik_canvas_apply(canvas, undo, strlen(undo), NULL, NULL, &err) == IK_OK);
    CHECK(ik_canvas_revision(canvas, &after, &err) == IK_OK);
    CHECK(start && after && strcmp(start, after) == 0);
    /* All or nothing, with the operation's pointer. */
    const char *bad = "[{\"op\": \"place\", \"id\": \"w2\", \"card\": \"act.workshop\", \"domain\": \"partners\", \"field\": \"activity\"},"
                      " {\"op\": \"place\", \"card\": \"act.workshop\", \"domain\": \"partners\", \"field\": \"result\"}]";
    char *undo2 = (char *)0x1;
    CHECK(ik_canvas_apply(canvas, bad, strlen(bad), NULL, &undo2, &err) == IK_EINVAL);
    CHECK(undo2 == NULL && strcmp(err.path, "/1/field") == 0);
    ik_free(after);
    after = NULL;
    CHECK(ik_canvas_revision(canvas, &after, &err) == IK_OK);
    CHECK(start && after && strcmp(start, after) == 0);
    /* A teammate removed w3 after this member saw the canvas: moving it on that revision is a conflict. */
    const char *lay = "[{\"op\": \"place\", \"id\": \"w3\", \"card\": \"act.workshop\", \"domain\": \"partners\", \"field\": \"activity\"}]";
    CHECK(ik_canvas_apply(canvas, lay, strlen(lay), NULL, NULL, &err) == IK_OK);
    CHECK(ik_canvas_revision(canvas, &seen, &err) == IK_OK);
    CHECK(ik_canvas_unplace(canvas, "w3", &err) == IK_OK);
    const char *move = "[{\"op\": \"move\", \"id\": \"w3\", \"domain\": \"knowledge\"}]";
    CHECK(ik_canvas_apply(canvas, move, strlen(move), seen, NULL, &err) == IK_ECONFLICT);
    CHECK(strcmp(err.path, "/0/id") == 0 && strcmp(ik_strerror(IK_ECONFLICT), "IK_ECONFLICT") == 0);
    CHECK(ik_canvas_apply(canvas, move, strlen(move), NULL, NULL, &err) == IK_ENOTFOUND);
    CHECK(ik_canvas_apply(canvas, move, strlen(move), "r-1", NULL, &err) == IK_EINVAL);
    CHECK(ik_canvas_apply(canvas, "[", 1, NULL, NULL, &err) == IK_EJSON);
    CHECK(ik_canvas_apply(canvas, NULL, 0, NULL, NULL, &err) == IK_EINVAL);
    CHECK(ik_canvas_apply(NULL, move, strlen(move), NULL, NULL, &err) == IK_EINVAL);
    ik_free(start);
    ik_free(undo);
    ik_free(after);
    ik_free(seen);
    ik_canvas_free(canvas);
}

/* Issue 32: two copies of one canvas merged with their base, in either order the same canvas; conflicts reported. */
static void test_merge(void) {
    ik_error err;
    ik_canvas *canvas = NULL;
    ik_document *base = NULL, *ours = NULL, *theirs = NULL, *one = NULL, *other = NULL;
    char *report = NULL, *a = NULL, *b = NULL;
    CHECK(ik_canvas_new(&canvas, "Samen", NULL, 0, NULL, &err) == IK_OK);
    const char *lay = "[{\"op\": \"place\", \"id\": \"p1\", \"card\": \"act.workshop\", \"domain\": \"partners\", \"field\": \"activity\"}]";
    CHECK(ik_canvas_apply(canvas, lay, strlen(lay), NULL, NULL, &err) == IK_OK);
    CHECK(ik_canvas_to_document(&base, canvas, &err) == IK_OK);
    const char *mine = "[{\"op\": \"note\", \"id\": \"p1\", \"note\": \"alpha\"}, {\"op\": \"place\", \"id\": \"m1\", \"card\": \"act.survey\", \"domain\": \"knowledge\", \"field\": \"activity\"}]";
    CHECK(ik_canvas_apply(canvas, mine, strlen(mine), NULL, NULL, &err) == IK_OK);
    CHECK(ik_canvas_to_document(&ours, canvas, &err) == IK_OK);
    ik_canvas_free(canvas);
    canvas = NULL;
    CHECK(ik_canvas_from_document(&canvas, base, &err) == IK_OK);
    const char *yours = "[{\"op\": \"note\", \"id\": \"p1\", \"note\": \"beta\"}, {\"op\": \"place\", \"id\": \"t1\", \"card\": \"act.survey\", \"domain\": \"complexity\", \"field\": \"activity\"}]";
    CHECK(ik_canvas_apply(canvas, yours, strlen(yours), NULL, NULL, &err) == IK_OK);
    CHECK(ik_canvas_to_document(&theirs, canvas, &err) == IK_OK);
    CHECK(ik_canvas_merge(&one, base, ours, theirs, NULL, &report, &err) == IK_OK);
    CHECK(report && contains(report, "\"kind\": \"placement-edited-twice\"") && contains(report, "impactkit/merge-report/1"));
    CHECK(ik_canvas_merge(&other, base, theirs, ours, NULL, NULL, &err) == IK_OK);
    CHECK(ik_document_to_json(one, &a, &err) == IK_OK && ik_document_to_json(other, &b, &err) == IK_OK);
    CHECK(a && b && strcmp(a, b) == 0 && contains(a, "\"m1\"") && contains(a, "\"t1\"") && contains(a, "\"beta\""));
    ik_document *out = (ik_document *)0x1;
    CHECK(ik_canvas_merge(&out, base, ours, NULL, NULL, NULL, &err) == IK_EINVAL && out == NULL);
    ik_document *plan = NULL;
    CHECK(ik_document_template(&plan, "lin", NULL, &err) == IK_OK);
    CHECK(ik_canvas_merge(&out, base, ours, plan, NULL, NULL, &err) == IK_ENOTSUP);
    ik_document_free(plan);
    ik_free(report);
    ik_free(a);
    ik_free(b);
    ik_document_free(base);
    ik_document_free(ours);
    ik_document_free(theirs);
    ik_document_free(one);
    ik_document_free(other);
    ik_canvas_free(canvas);
}

static void test_move(void) {
    ik_error err;
    ik_canvas *canvas = NULL;
    char *before = NULL, *after = NULL, *placements = NULL;
    CHECK(ik_canvas_new(&canvas, "Verplaatsen", NULL, 0, NULL, &err) == IK_OK);
    /* The host's own ids p1, p2, p3, through operations (ik_canvas_place draws them). */
    const char *lay = "[{\"op\": \"place\", \"id\": \"p1\", \"card\": \"act.workshop\", \"domain\": \"partners\", \"field\": \"activity\", \"note\": \"met de wijkagent\"},"
                      " {\"op\": \"place\", \"id\": \"p2\", \"card\": \"act.workshop\", \"domain\": \"knowledge\", \"field\": \"activity\"},"
                      " {\"op\": \"place\", \"id\": \"p3\", \"text\": \"Rapport\", \"domain\": \"partners\", \"field\": \"result\"}]";
    CHECK(ik_canvas_apply(canvas, lay, strlen(lay), NULL, NULL, &err) == IK_OK);
    const char *effect = "{\"intended\": true}";
    CHECK(ik_canvas_set_effect(canvas, "p3", effect, strlen(effect), &err) == IK_OK);
    CHECK(canvas_to_json(canvas, &before, &err) == IK_OK);

    CHECK(ik_canvas_move(canvas, "p2", "knowledge", "result", &err) == IK_EINVAL);
    CHECK(strcmp(err.message, "activity cards go in the activity field, not in result") == 0);
    CHECK(strcmp(err.path, "/field") == 0);
    CHECK(ik_canvas_move(canvas, "p9", "partners", "activity", &err) == IK_ENOTFOUND);
    CHECK(ik_canvas_move(canvas, "p2", "nowhere", "activity", &err) == IK_ENOTFOUND);
    CHECK(ik_canvas_move(canvas, "p2", "partners", "why", &err) == IK_ENOTFOUND);
    CHECK(ik_canvas_move(canvas, "p3", "partners", "place", &err) == IK_EINVAL);
    CHECK(contains(err.message, "an effect describes a result"));
    CHECK(ik_canvas_move(canvas, NULL, "partners", "place", &err) == IK_EINVAL);
    CHECK(ik_canvas_move(canvas, "p2", "\xc0\xaf", "place", &err) == IK_EUTF8);
    CHECK(ik_canvas_move(NULL, "p2", "partners", "place", &err) == IK_EINVAL);
    CHECK(canvas_to_json(canvas, &after, &err) == IK_OK);
    CHECK(before && after && strcmp(before, after) == 0);

    CHECK(ik_canvas_move(canvas, "p1", "complexity", "activity", &err) == IK_OK);
    CHECK(ik_canvas_move(canvas, "p3", "target-group", "result", &err) == IK_OK);
    CHECK(ik_canvas_placements(canvas, &placements, &err) == IK_OK);
    json_t *list = json_loads(placements, 0, NULL);
    CHECK(list && json_array_size(list) == 3);
    json_t *first = json_array_get(list, 0);
    CHECK(first && strcmp(json_string_value(json_object_get(first, "id")), "p1") == 0);
    CHECK(first && strcmp(json_string_value(json_object_get(first, "domain")), "complexity") == 0);
    CHECK(first && strcmp(json_string_value(json_object_get(first, "note")), "met de wijkagent") == 0);
    json_t *third = json_array_get(list, 2);
    CHECK(third && json_is_true(json_object_get(json_object_get(third, "effect"), "intended")));
    json_decref(list);
    /* Two workshops in one field are two placements, as on paper (issue 31 item 19): the move that 1.0 refused. */
    CHECK(ik_canvas_move(canvas, "p2", "complexity", "activity", &err) == IK_OK);
    char *twice = NULL;
    CHECK(ik_canvas_place(canvas, "act.workshop", "complexity", "activity", "met de huisarts", &twice, &err) == IK_OK);
    CHECK(twice && strncmp(twice, "p-", 2) == 0);
    ik_free(twice);
    ik_free(placements);
    ik_free(before);
    ik_free(after);
    ik_canvas_free(canvas);
}

static void test_handles(void) {
    ik_error err;
    char *json = NULL;
    CHECK(canvas_to_json(NULL, &json, &err) == IK_EINVAL);
    CHECK(strcmp(err.message, "canvas must not be NULL") == 0);
    /* A pointer that is not a canvas handle. */
    uint64_t fake[4] = {0x1234, 0, 0, 0};
    CHECK(canvas_to_json((ik_canvas *)fake, &json, &err) == IK_EHANDLE);
    CHECK(ik_canvas_place((ik_canvas *)fake, "act.workshop", "partners", "activity", NULL, NULL, &err) == IK_EHANDLE);
    CHECK(canvas_verb((ik_canvas *)fake, ik_document_evaluate, NULL, &json, &err) == IK_EHANDLE);
    ik_canvas_free((ik_canvas *)fake); /* ignored, not freed */
    CHECK(fake[0] == 0x1234);
    ik_canvas_free(NULL);

    ik_canvas *canvas = NULL;
    CHECK(ik_canvas_new(&canvas, "h", NULL, 0, NULL, NULL) == IK_OK);
    CHECK(canvas_to_json(canvas, NULL, &err) == IK_EINVAL);
    CHECK(ik_canvas_placements(canvas, NULL, &err) == IK_EINVAL);
    CHECK(ik_canvas_cards(canvas, NULL, &err) == IK_EINVAL);
    CHECK(canvas_verb(canvas, ik_document_evaluate, NULL, NULL, &err) == IK_EINVAL);
    CHECK(canvas_verb(canvas, ik_document_report_text, NULL, NULL, &err) == IK_EINVAL);
    CHECK(canvas_to_jansson(canvas, NULL, &err) == IK_EINVAL);
    ik_options opts = IK_OPTIONS_INIT;
    opts.lang = "xx";
    CHECK(canvas_verb(canvas, ik_document_evaluate, opts.lang, &json, &err) == IK_EINVAL);
    CHECK(json == NULL);
    ik_canvas_free(canvas);
}

/* LIM §8.2 through the C ABI: choosing the domains switches the variant; refusals leave the canvas as it was. */
static void test_select_domains(void) {
    ik_error err;
    ik_canvas *canvas = NULL;
    char *report = NULL;
    CHECK(ik_canvas_new(&canvas, "s", NULL, 0, NULL, &err) == IK_OK);
    CHECK(ik_canvas_use(canvas, "standard", "introduction", &err) == IK_OK);
    CHECK(ik_canvas_select_domains(canvas, "partners,target-group", &err) == IK_OK);
    CHECK(ik_canvas_place(canvas, "act.workshop", "partners", "activity", NULL, NULL, &err) == IK_OK);
    CHECK(ik_canvas_select_domains(canvas, "target-group", &err) == IK_EINVAL); /* a card lies in partners */
    CHECK(strstr(err.message, "would no longer be in use") != NULL);
    CHECK(ik_canvas_select_domains(canvas, "partners,nope", &err) == IK_ENOTFOUND);
    CHECK(strcmp(err.path, "/1") == 0);
    CHECK(ik_canvas_select_domains(canvas, "partners,partners", &err) == IK_EEXIST);
    CHECK(ik_canvas_select_domains(canvas, "", &err) == IK_EINVAL);
    CHECK(ik_canvas_select_domains(canvas, "\xff", &err) == IK_EUTF8);
    CHECK(ik_canvas_select_domains(NULL, "partners", &err) == IK_EINVAL);
    CHECK(canvas_verb(canvas, ik_document_evaluate, NULL, &report, &err) == IK_OK);
    json_t *parsed = json_loads(report, 0, NULL);
    CHECK(strcmp(json_string_value(json_object_get(parsed, "variant")), "selected-domains") == 0);
    CHECK(strcmp(json_string_value(json_object_get(parsed, "purpose")), "introduction") == 0);
    CHECK(json_array_size(json_object_get(parsed, "domains")) == 2);
    /* The introduction (§7.2) questions come first in the set: 4 of §7.2 + 4 of §7.4. */
    CHECK(json_array_size(json_object_get(parsed, "questions")) == 8);
    json_decref(parsed);
    ik_free(report);
    CHECK(ik_canvas_select_domains(canvas, NULL, &err) == IK_OK);
    CHECK(canvas_verb(canvas, ik_document_evaluate, NULL, &report, &err) == IK_OK);
    parsed = json_loads(report, 0, NULL);
    CHECK(strcmp(json_string_value(json_object_get(parsed, "variant")), "standard") == 0);
    CHECK(json_array_size(json_object_get(parsed, "domains")) == 5);
    json_decref(parsed);
    ik_free(report);
    ik_canvas_free(canvas);
}

/* Errors for people in their language: ik_error.message stays English; ik_error_localize gives the same case in
 * Dutch from any ik_error the host holds, and refuses what it cannot read. */
static void test_localized_errors(void) {
    ik_error err, failure;
    ik_document *doc = NULL;
    const char *broken = "{\"schema\": \"impactkit/canvas/1\", \"id\": \"x\", \"title\": 5}";
    CHECK(ik_document_from_json(&doc, broken, strlen(broken), NULL, &err) == IK_ESCHEMA && doc == NULL);
    CHECK(strcmp(err.message, "expected a string, found an integer") == 0 && strcmp(err.path, "/title") == 0);
    char *text = NULL;
    CHECK(ik_error_localize(&err, "nl", &text, &failure) == IK_OK);
    CHECK(text && strcmp(text, "verwacht: een tekst, gevonden: een geheel getal") == 0);
    ik_free(text);
    CHECK(ik_error_localize(&err, NULL, &text, &failure) == IK_OK && text && strcmp(text, err.message) == 0);
    ik_free(text);
    /* A message with no NUL in its buffer is not read past the buffer's end. */
    ik_error unterminated = err;
    memset(unterminated.message, 'x', sizeof unterminated.message);
    CHECK(ik_error_localize(&unterminated, "nl", &text, &failure) == IK_EUTF8 && text == NULL);
    CHECK(ik_error_localize(NULL, "nl", &text, &failure) == IK_EINVAL);
    CHECK(ik_error_localize(&err, "nl", NULL, &failure) == IK_EINVAL);
    CHECK(ik_error_localize(&err, "de", &text, &failure) == IK_EINVAL && text == NULL);
    err.code = 7;
    CHECK(ik_error_localize(&err, "nl", &text, &failure) == IK_ERANGE);
}

/* Since 1.3: a picture's PDF tagged for screen readers, on a one-page PDF of the shape rsvg-convert writes. */
static void test_tagged_pdf(void) {
    const char *objects[] = {
        "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [ 3 0 R ] /Count 1 >>",
        "<< /Type /Page % 1\n /Parent 2 0 R /MediaBox [ 0 0 10 10 ] /Contents 4 0 R >>",
        "<< /Length 10 >>\nstream\n0 0 5 5 re\nendstream",
    };
    char pdf[2048];
    size_t used = (size_t)snprintf(pdf, sizeof pdf, "%%PDF-1.5\n"), offsets[4];
    for (int i = 0; i < 4; i++) {
        offsets[i] = used;
        used += (size_t)snprintf(pdf + used, sizeof pdf - used, "%d 0 obj\n%s\nendobj\n", i + 1, objects[i]);
    }
    size_t table = used;
    used += (size_t)snprintf(pdf + used, sizeof pdf - used, "xref\n0 5\n0000000000 65535 f \n");
    for (int i = 0; i < 4; i++) used += (size_t)snprintf(pdf + used, sizeof pdf - used, "%010zu 00000 n \n", offsets[i]);
    used += (size_t)snprintf(pdf + used, sizeof pdf - used, "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n", table);
    const char *svg = "<svg lang=\"nl\" xml:lang=\"nl\"><title id=\"ik-title\">Poster</title>"
                      "<desc id=\"ik-desc\">Drie van vijf</desc></svg>";
    unsigned char *out = NULL;
    size_t length = 0;
    ik_error err;
    CHECK(ik_picture_tag_pdf(svg, strlen(svg), (const unsigned char *)pdf, used, &out, &length, &err) == IK_OK);
    CHECK(out && length > used && memcmp(out, pdf, used) == 0 && out[length] == 0);
    CHECK(out && strstr((const char *)out + used, "/MarkInfo << /Marked true >> /Lang (nl)") != NULL);
    CHECK(out && strstr((const char *)out + used, "/Contents [ 5 0 R 4 0 R 6 0 R ]") != NULL);
    ik_free(out);
    out = NULL;
    CHECK(ik_picture_tag_pdf(svg, strlen(svg), (const unsigned char *)"not a pdf", 9, &out, &length, &err) == IK_ESCHEMA);
    CHECK(out == NULL);
    CHECK(ik_picture_tag_pdf("\xff", 1, (const unsigned char *)pdf, used, &out, &length, &err) == IK_EUTF8);
    CHECK(ik_picture_tag_pdf(NULL, 0, (const unsigned char *)pdf, used, &out, &length, &err) == IK_EINVAL);
    CHECK(ik_picture_tag_pdf(svg, strlen(svg), (const unsigned char *)pdf, used, &out, NULL, &err) == IK_EINVAL);
    CHECK(strcmp(err.message, "out_len must not be NULL") == 0 && out == NULL);
}

/* Since 1.3: the whole description (code, message, where) in a language, from the library's own words. */
static void test_described_errors(void) {
    ik_error err, failure;
    ik_document *doc = NULL;
    const char *broken = "{\"schema\": \"impactkit/canvas/1\", \"id\": \"x\", \"title\": 5}";
    CHECK(ik_document_from_json(&doc, broken, strlen(broken), NULL, &err) == IK_ESCHEMA);
    char *text = NULL;
    CHECK(ik_error_describe(&err, "nl", &text, &failure) == IK_OK);
    CHECK(text && strcmp(text, "IK_ESCHEMA: verwacht: een tekst, gevonden: een geheel getal (bij /title)") == 0);
    ik_free(text);
    CHECK(ik_error_describe(&err, NULL, &text, &failure) == IK_OK);
    CHECK(text && strcmp(text, "IK_ESCHEMA: expected a string, found an integer (at /title)") == 0);
    ik_free(text);
    const char *syntax = "{\n  \"schema\": ,\n}";
    CHECK(ik_document_from_json(&doc, syntax, strlen(syntax), NULL, &err) == IK_EJSON && err.line == 2);
    CHECK(ik_error_describe(&err, "nl-NL", &text, &failure) == IK_OK && text);
    CHECK(text && strstr(text, "IK_EJSON: ") == text && strstr(text, " (regel 2, kolom ") != NULL);
    ik_free(text);
    /* The path buffer is the host's too: not read past its end, and only UTF-8. */
    ik_error unterminated = err;
    memset(unterminated.path, 'x', sizeof unterminated.path);
    CHECK(ik_error_describe(&unterminated, "nl", &text, &failure) == IK_EUTF8 && text == NULL);
    CHECK(strstr(failure.message, "error.path") != NULL);
    ik_error latin1 = err;
    strcpy(latin1.path, "/caf\xe9");
    CHECK(ik_error_describe(&latin1, "en", &text, &failure) == IK_EUTF8 && text == NULL);
    CHECK(ik_error_describe(NULL, "nl", &text, &failure) == IK_EINVAL);
    CHECK(ik_error_describe(&err, "nl", NULL, &failure) == IK_EINVAL);
    CHECK(ik_error_describe(&err, "fr", &text, &failure) == IK_EINVAL && text == NULL);
    err.code = IK_OK;
    CHECK(ik_error_describe(&err, "nl", &text, &failure) == IK_EINVAL);
}

int main(int argc, char **argv) {
    const char *data_dir = argc > 1 ? argv[1] : "examples/data";
    test_library();
    test_described_errors();
    test_tagged_pdf();
    test_template();
    test_new();
    test_from_json(data_dir);
    test_editing(data_dir);
    test_impact();
    test_move();
    test_revision();
    test_apply();
    test_merge();
    test_handles();
    test_select_domains();
    test_localized_errors();
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
