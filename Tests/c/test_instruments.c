/*
 * The instruments of seeds 002–004 (Kirkpatrick plan, Actiescan, Fasemodel, LIN plan, Proeftuin factsheet, IWP
 * model) through the installed library, with figures worked by hand from examples/data/instruments/.
 * Usage: test_instruments EXAMPLES_DIR.
 */
#include <impactkit.h>
#include <jansson.h>

#include "check.h"
#include "documents.h"

static const char *dir;

static char *load(const char *name, size_t *len) {
    char path[512];
    snprintf(path, sizeof path, "instruments/%s", name);
    char *text = read_file(dir, path, len);
    CHECK(text != NULL);
    return text;
}

static json_t *parse(char *text) {
    json_t *value = json_loads(text, 0, NULL);
    CHECK(value != NULL);
    ik_free(text);
    return value;
}

/* A writable copy of a document, to break it in one place. */
static char *copy_text(const char *text) {
    size_t len = strlen(text);
    char *copy = malloc(len + 1);
    memcpy(copy, text, len + 1);
    return copy;
}

static long long integer_at(json_t *object, const char *key) { return json_integer_value(json_object_get(object, key)); }
static double number_at(json_t *object, const char *key) { return json_number_value(json_object_get(object, key)); }
static const char *string_at(json_t *object, const char *key) { return json_string_value(json_object_get(object, key)); }

static void kirkpatrick(void) {
    ik_error err;
    size_t len;
    char *text = load("lin-kirkpatrick.json", &len);
    ik_document *plan = NULL;
    CHECK(ik_document_from_json(&plan, text, len, NULL, &err) == IK_OK);
    char *report = NULL;
    CHECK(ik_document_evaluate(plan, &(ik_report_options){IK_REPORT_OPTIONS_VERSION, NULL, "2026-11-23", NULL, NULL, 0}, &report, &err) == IK_OK);
    json_t *parsed = parse(report);
    json_t *levels = json_object_get(parsed, "levels");
    CHECK(strcmp(string_at(json_array_get(levels, 0), "status"), "measured") == 0);
    CHECK(strcmp(string_at(json_array_get(levels, 1), "status"), "overdue") == 0);
    CHECK(strcmp(string_at(json_array_get(levels, 2), "status"), "planned") == 0);
    CHECK(strcmp(string_at(json_array_get(levels, 3), "status"), "not-planned") == 0);
    json_t *overdue = json_array_get(json_object_get(parsed, "overdue"), 0);
    CHECK(integer_at(overdue, "days_overdue") == 21); /* 2026-11-02 → 2026-11-23 */
    CHECK(json_array_size(json_object_get(parsed, "timing")) == 2);
    CHECK(integer_at(json_array_get(json_object_get(parsed, "timing"), 1), "days_after_intervention") == 12);
    json_decref(parsed);

    /* NULL as_of = today: the plan still evaluates (which levels are overdue depends on the day). */
    CHECK(ik_document_evaluate(plan, &(ik_report_options){IK_REPORT_OPTIONS_VERSION, NULL, NULL, NULL, NULL, 0}, &report, &err) == IK_OK);
    ik_free(report);
    report = (char *)0x1;
    CHECK(ik_document_evaluate(plan, &(ik_report_options){IK_REPORT_OPTIONS_VERSION, NULL, "23-11-2026", NULL, NULL, 0}, &report, &err) == IK_EINVAL);
    CHECK(report == NULL && strcmp(err.path, "/as_of") == 0);
    CHECK(ik_document_evaluate(plan, &(ik_report_options){IK_REPORT_OPTIONS_VERSION, NULL, "2026-13-01", NULL, NULL, 0}, &report, &err) == IK_ERANGE);
    CHECK(ik_document_evaluate(plan, &(ik_report_options){IK_REPORT_OPTIONS_VERSION, NULL, "\xff\xfe", NULL, NULL, 0}, &report, &err) == IK_EUTF8);

    ik_options nl = IK_OPTIONS_INIT;
    nl.lang = "nl";
    char *words = NULL;
    CHECK(ik_document_report_text(plan, &(ik_report_options){IK_REPORT_OPTIONS_VERSION, nl.lang, "2026-11-23", NULL, NULL, 0}, &words, &err) == IK_OK);
    CHECK(contains(words, "Achterstallig: leerresultaat (niveau 2), gepland op 2026-11-02, 21 dagen geleden."));
    ik_free(words);

    /* Level 5 is refused with its pointer; nothing is handed out. */
    char *bad = copy_text(text);
    char *level = strstr(bad, "\"level\": 2");
    CHECK(level != NULL);
    if (level) level[9] = '5';
    ik_document *refused = (ik_document *)0x1;
    CHECK(ik_document_from_json(&refused, bad, strlen(bad), NULL, &err) == IK_ERANGE);
    CHECK(refused == NULL && strcmp(err.path, "/evaluations/2/level") == 0);
    free(bad);
    ik_document_free(plan);
    free(text);
}

static void actiescan(void) {
    ik_error err;
    size_t len;
    char *text = load("lin-actiescan.json", &len);
    ik_document *scan = NULL;
    CHECK(ik_document_from_json(&scan, text, len, NULL, &err) == IK_OK);
    char *report = NULL;
    CHECK(ik_document_evaluate(scan, NULL, &report, &err) == IK_OK);
    json_t *parsed = parse(report);
    json_t *second = json_array_get(json_object_get(parsed, "scans"), 1);
    CHECK(number_at(json_array_get(json_object_get(second, "themes"), 1), "mean") == 2.75); /* (3+3+2+3)/4 */
    CHECK(json_is_null(json_object_get(json_array_get(json_object_get(second, "themes"), 4), "mean")));
    CHECK(strcmp(json_string_value(json_array_get(json_object_get(second, "weakest"), 0)), "innovation") == 0);
    json_decref(parsed);

    char *comparison = NULL;
    CHECK(ik_actiescan_compare(scan, "najaar-2025", "najaar-2026", NULL, &comparison, &err) == IK_OK);
    parsed = parse(comparison);
    CHECK(json_array_size(json_object_get(parsed, "improved")) == 6);
    CHECK(json_array_size(json_object_get(parsed, "declined")) == 1);
    CHECK(number_at(json_array_get(json_object_get(parsed, "themes"), 0), "change") == 1.0);
    json_decref(parsed);
    comparison = (char *)0x1;
    CHECK(ik_actiescan_compare(scan, "najaar-2025", "voorjaar-2030", NULL, &comparison, &err) == IK_ENOTFOUND);
    CHECK(comparison == NULL && strcmp(err.path, "/to") == 0);
    CHECK(ik_actiescan_compare(scan, NULL, "najaar-2026", NULL, &comparison, &err) == IK_EINVAL);

    /* A typed handle is not a document (refused, not misread), and an analysis of another kind says so. */
    ik_canvas *canvas = NULL;
    CHECK(ik_canvas_new(&canvas, "c", NULL, 0, NULL, &err) == IK_OK);
    CHECK(ik_document_evaluate((const ik_document *)canvas, NULL, &report, &err) == IK_EHANDLE);
    ik_document_free((ik_document *)canvas); /* wrong type: ignored, the canvas stays alive */
    CHECK(ik_canvas_place(canvas, "act.workshop", "partners", "activity", NULL, NULL, &err) == IK_OK);
    ik_canvas_free(canvas);
    double value = 10;
    CHECK(ik_changelog_sensitivity(scan, "proxy", &value, 1, NULL, NULL, &report, &err) == IK_ENOTSUP);
    CHECK(report == NULL && strcmp(err.message, "log is an actiescan, not a changelog") == 0);
    CHECK(ik_document_evaluate(scan, NULL, &report, &err) == IK_OK);
    ik_free(report);

    /* The radar: a standalone SVG with a polygon per ring (5) and per scan (2). */
    char *svg = NULL;
    CHECK(ik_document_render_svg(scan, NULL, &svg, &err) == IK_OK);
    int polygons = 0;
    for (const char *at = svg; at && (at = strstr(at, "<polygon")) != NULL; at++) polygons++;
    CHECK(svg && strncmp(svg, "<svg ", 5) == 0 && polygons == 7);
    ik_free(svg);
    CHECK(ik_document_render_svg(NULL, NULL, &svg, &err) == IK_EINVAL && svg == NULL);

    /* jansson both ways; the document is stable. */
    json_t *tree = NULL;
    CHECK(ik_document_to_jansson(scan, &tree, &err) == IK_OK);
    ik_document *copy = NULL;
    CHECK(ik_document_from_jansson(&copy, tree, NULL, &err) == IK_OK);
    char *a = NULL, *b = NULL;
    CHECK(ik_document_to_json(scan, &a, &err) == IK_OK);
    CHECK(ik_document_to_json(copy, &b, &err) == IK_OK);
    CHECK(a && b && strcmp(a, b) == 0);
    ik_free(a);
    ik_free(b);
    json_decref(tree);
    ik_document_free(copy);
    ik_document_free(scan);
    free(text);
}

static void fasemodel_and_lin(void) {
    ik_error err;
    size_t len;
    char *text = load("lin-fasemodel.json", &len);
    ik_document *model = NULL;
    CHECK(ik_document_from_json(&model, text, len, NULL, &err) == IK_OK);
    char *report = NULL;
    CHECK(ik_document_evaluate(model, NULL, &report, &err) == IK_OK);
    json_t *parsed = parse(report);
    CHECK(integer_at(parsed, "total_gap") == 11);
    CHECK(strcmp(json_string_value(json_array_get(json_object_get(parsed, "largest_gaps"), 0)), "students") == 0);
    json_decref(parsed);
    ik_document_free(model);
    free(text);

    text = load("lin-plan.json", &len);
    ik_document *plan = NULL;
    CHECK(ik_document_from_json(&plan, text, len, NULL, &err) == IK_OK);
    CHECK(ik_document_evaluate(plan, NULL, &report, &err) == IK_OK);
    parsed = parse(report);
    json_t *investment = json_object_get(parsed, "investment");
    CHECK(number_at(investment, "total_hours") == 688);
    CHECK(number_at(investment, "cost") == 34440);
    CHECK(json_is_false(json_object_get(parsed, "conditions_met")));
    CHECK(json_is_false(json_object_get(json_array_get(json_object_get(parsed, "conditions"), 0), "met")));
    /* The practice trainer's 6 h/week fall short from week 1: 6 × 26 = 156 of 208 hours. */
    json_t *trainer = json_array_get(json_object_get(parsed, "conditions"), 2);
    CHECK(number_at(trainer, "hours") == 156 && number_at(trainer, "short_from_week") == 1);
    CHECK(json_is_false(json_object_get(json_object_get(parsed, "teachers"), "applies")));
    json_decref(parsed);
    ik_document_free(plan);

    char *bad = copy_text(text);
    char *hours = strstr(bad, "\"hours_per_week\": 6");
    CHECK(hours != NULL);
    if (hours) hours[17] = '-'; /* "hours_per_week":-6 */
    ik_document *refused = (ik_document *)0x1;
    CHECK(ik_document_from_json(&refused, bad, strlen(bad), NULL, &err) == IK_ERANGE);
    CHECK(refused == NULL && strcmp(err.path, "/roles/1/hours_per_week") == 0);
    free(bad);
    free(text);

    /* The template carries the seed's figures and meets every condition. */
    ik_options nl = IK_OPTIONS_INIT;
    nl.lang = "nl";
    CHECK(ik_document_template(&plan, "lin", &nl, &err) == IK_OK);
    char *words = NULL;
    CHECK(ik_document_report_text(plan, LANG_OPTIONS(nl.lang), &words, &err) == IK_OK);
    CHECK(contains(words, "Projectleider LIN (FWG 60): 8 × 26 = 208 uur (extra)"));
    CHECK(contains(words, "[x] 8 studenten boven formatie (minimaal 8)."));
    ik_free(words);
    ik_document_free(plan);
}

static void factsheet_and_iwp(void) {
    ik_error err;
    size_t len;
    char *text = load("proeftuin-praktijkleren.json", &len);
    ik_document *sheet = NULL;
    CHECK(ik_document_from_json(&sheet, text, len, NULL, &err) == IK_OK);
    char *report = NULL;
    CHECK(ik_document_evaluate(sheet, NULL, &report, &err) == IK_OK);
    json_t *parsed = parse(report);
    json_t *numbers = json_object_get(parsed, "numbers");
    CHECK(number_at(numbers, "retention") == 0.90625); /* 87 / 96 */
    CHECK(number_at(numbers, "retention_percent") == 90.6);
    CHECK(json_array_size(json_object_get(parsed, "goals_met")) == 3);
    json_decref(parsed);
    ik_document_free(sheet);

    char *bad = copy_text(text);
    char *retained = strstr(bad, "\"retained\": 87");
    CHECK(retained != NULL);
    if (retained) retained[12] = '9'; /* 97 of 96 */
    CHECK(ik_document_from_json(&sheet, bad, strlen(bad), NULL, &err) == IK_ERANGE);
    CHECK(sheet == NULL && strcmp(err.path, "/numbers/retained") == 0);
    free(bad);
    free(text);

    text = load("value-in-the-valley.json", &len);
    ik_document *model = NULL;
    CHECK(ik_document_from_json(&model, text, len, NULL, &err) == IK_OK);
    CHECK(ik_document_evaluate(model, NULL, &report, &err) == IK_OK);
    parsed = parse(report);
    CHECK(json_array_size(json_object_get(parsed, "without_characteristics")) == 3);
    CHECK(json_array_size(json_object_get(parsed, "effects_without_conditions")) == 5);
    CHECK(json_array_size(json_object_get(parsed, "to_improve")) == 2);
    CHECK(json_array_size(json_object_get(parsed, "no_consensus")) == 4);
    json_decref(parsed);
    ik_document_free(model);

    bad = copy_text(text);
    char *principle = strstr(bad, "\"principles\": [\"use-diversity\"]");
    CHECK(principle != NULL);
    if (principle) memcpy(principle + 16, "use-adversity", 13);
    CHECK(ik_document_from_json(&model, bad, strlen(bad), NULL, &err) == IK_ENOTFOUND);
    CHECK(model == NULL && strcmp(err.path, "/characteristics/11/principles/0") == 0);
    free(bad);
    free(text);
}

static void arguments(void) {
    ik_error err;
    ik_document *model = (ik_document *)0x1;
    CHECK(ik_document_from_json(NULL, "{}", 2, NULL, &err) == IK_EINVAL);
    CHECK(ik_document_from_json(&model, NULL, 0, NULL, &err) == IK_EINVAL);
    CHECK(ik_document_from_json(&model, "{\"schema\": ", 11, NULL, &err) == IK_EJSON && model == NULL);
    const char *lin = "{\"schema\": \"impactkit/lin/9\", \"id\": \"x\", \"title\": \"t\"}"; /* a later version */
    CHECK(ik_document_from_json(&model, lin, strlen(lin), NULL, &err) == IK_ESCHEMA);
    CHECK(strcmp(err.path, "/schema") == 0);
    CHECK(ik_document_from_jansson((ik_document **)&model, NULL, NULL, &err) == IK_EINVAL);
    CHECK(ik_document_template(NULL, "kirkpatrick", NULL, &err) == IK_EINVAL);
    char *out = NULL;
    CHECK(ik_document_to_json(NULL, &out, &err) == IK_EINVAL);
    CHECK(ik_document_report_text(NULL, NULL, &out, &err) == IK_EINVAL);
    ik_options old = IK_OPTIONS_INIT;
    old.version = 99;
    ik_document *fm = NULL;
    CHECK(ik_document_template(&fm, "fasemodel", &old, &err) == IK_ERANGE && fm == NULL);
    CHECK(ik_document_template(&fm, "fasemodel", NULL, NULL) == IK_OK); /* error struct is optional */
    CHECK(ik_document_to_json(fm, NULL, &err) == IK_EINVAL);
    ik_document_free(fm);
    ik_document_free(NULL);
    ik_document_free(NULL);
    ik_document_free(NULL);
    ik_document_free(NULL);
    ik_document_free(NULL);
    ik_document_free(NULL);
}

int main(int argc, char **argv) {
    dir = argc > 1 ? argv[1] : "examples/data";
    kirkpatrick();
    actiescan();
    fasemodel_and_lin();
    factsheet_and_iwp();
    arguments();
    printf("instruments: %d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
