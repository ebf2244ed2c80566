/*
 * The journey, comparison, question-set and cohort functions of include/impactkit.h through the installed
 * library, with figures computed by hand from the demo journey (examples/data) and the small cohort in
 * Tests/data/cohort. Usage: test_journey_cohort EXAMPLES_DIR COHORT_DIR.
 */
#include <pthread.h>
#include <impactkit.h>
#include <jansson.h>

#include "check.h"
#include "documents.h"

/* Demo journey, "Week 5" → "Einde semester": 12 → 21 cards, 9 added (2 target-group, 2 partners, 2 complexity,
 * 3 knowledge), none removed or moved; partners, complexity and knowledge newly covered; the target group's
 * share goes from 6/12 = 0.5 to 8/21 = 0.381 (half up to four decimals), a change of -0.119. */
static void test_journey(const char *data_dir) {
    ik_error err;
    size_t len = 0;
    char *text = read_file(data_dir, "pzw-bottendaal.journey.json", &len);
    CHECK(text != NULL);
    ik_journey *journey = NULL;
    CHECK(journey_from_json(&journey, text, len, NULL, &err) == IK_OK);

    char *again = NULL;
    CHECK(journey_to_json(journey, &again, &err) == IK_OK);
    CHECK(again && strcmp(again, text) == 0); /* byte-for-byte round trip */
    ik_free(again);

    char *report = NULL;
    CHECK(ik_journey_compare(journey, NULL, NULL, NULL, &report, &err) == IK_OK);
    json_t *parsed = json_loads(report, 0, NULL);
    json_t *totals = json_object_get(parsed, "totals");
    CHECK(json_integer_value(json_object_get(totals, "cards_before")) == 12);
    CHECK(json_integer_value(json_object_get(totals, "cards_after")) == 21);
    CHECK(json_integer_value(json_object_get(totals, "added")) == 9);
    CHECK(json_integer_value(json_object_get(totals, "removed")) == 0);
    CHECK(json_integer_value(json_object_get(totals, "moved")) == 0);
    json_t *covered = json_object_get(parsed, "newly_covered");
    CHECK(json_array_size(covered) == 3);
    CHECK(strcmp(json_string_value(json_array_get(covered, 0)), "partners") == 0);
    CHECK(strcmp(json_string_value(json_array_get(covered, 2)), "knowledge") == 0);
    json_t *first = json_array_get(json_object_get(parsed, "domains"), 0);
    json_t *share = json_object_get(first, "share");
    CHECK(json_real_value(json_object_get(share, "before")) == 0.5);
    CHECK(json_real_value(json_object_get(share, "after")) == 0.381);
    CHECK(json_real_value(json_object_get(share, "change")) == -0.119);
    json_decref(parsed);
    ik_free(report);

    ik_options opts = IK_OPTIONS_INIT;
    opts.lang = "nl";
    CHECK(ik_journey_compare(journey, "Week 5", "Einde semester", LANG_OPTIONS(opts.lang), &report, &err) == IK_OK);
    CHECK(contains(report, "Van Week 5 naar Einde semester: 9 erbij, 0 weg, 0 verplaatst (12 → 21 kaarten)."));
    ik_free(report);
    report = (char *)0x1;
    CHECK(ik_journey_compare(journey, "Einde semester", "Week 5", NULL, &report, &err) == IK_EINVAL);
    CHECK(report == NULL);
    CHECK(ik_journey_compare(journey, "Week 9", NULL, NULL, &report, &err) == IK_ENOTFOUND);
    CHECK(contains(err.message, "Week 9"));

    CHECK(journey_verb(journey, ik_document_evaluate, NULL, &report, &err) == IK_OK);
    CHECK(contains(report, "\"schema\": \"impactkit/journey-report/1\""));
    parsed = json_loads(report, 0, NULL);
    json_t *outcomes = json_object_get(parsed, "outcomes");
    CHECK(json_array_size(outcomes) == 3);
    CHECK(json_integer_value(json_object_get(json_array_get(outcomes, 0), "pieces")) == 2);
    CHECK(json_integer_value(json_object_get(json_array_get(outcomes, 1), "pieces")) == 2);
    CHECK(json_array_size(json_object_get(json_array_get(outcomes, 1), "moments")) == 2);
    CHECK(json_array_size(json_object_get(parsed, "outcomes_without_evidence")) == 0);
    json_decref(parsed);
    ik_free(report);

    CHECK(journey_verb(journey, ik_document_report_text, opts.lang, &report, &err) == IK_OK);
    CHECK(contains(report, "Leeruitkomsten en bewijs:"));
    ik_free(report);

    json_t *tree = NULL;
    CHECK(journey_to_jansson(journey, &tree, &err) == IK_OK);
    ik_journey *copy = NULL;
    CHECK(journey_from_jansson(&copy, tree, NULL, &err) == IK_OK);
    json_decref(tree);
    ik_journey_free(copy);

    /* Bad input: moments out of order, with the JSON pointer; nothing returned. */
    char *swapped = malloc(len + 1);
    memcpy(swapped, text, len + 1);
    char *date = strstr(swapped, "2027-01-22");
    CHECK(date != NULL);
    if (date) memcpy(date, "2026-01-22", 10);
    ik_journey *bad = (ik_journey *)0x1;
    CHECK(journey_from_json(&bad, swapped, len, NULL, &err) == IK_EINVAL);
    CHECK(bad == NULL);
    CHECK(strcmp(err.path, "/moments/1/moment/date") == 0);
    free(swapped);
    ik_journey_free(journey);
    free(text);
}

/* Building a journey through the ABI: moments, outcomes, evidence; each refusal changes nothing. */
static void test_journey_editing(void) {
    ik_error err;
    ik_journey *journey = NULL;
    CHECK(ik_journey_new(&journey, "g7", "Groep 7", NULL, &err) == IK_OK);
    ik_canvas *canvas = NULL;
    const char *doc = "{\"schema\": \"impactkit/canvas/1\", \"id\": \"g7-a\", \"title\": \"Groep 7\", "
                      "\"template\": \"lim\", \"moment\": {\"label\": \"start\", \"date\": \"2026-09-07\"}}";
    CHECK(canvas_from_json(&canvas, doc, strlen(doc), NULL, &err) == IK_OK);
    char *placement = NULL;
    CHECK(ik_canvas_place(canvas, "res.poster", "knowledge", "result", NULL, &placement, &err) == IK_OK);
    CHECK(ik_canvas_use(canvas, "standard", "reflection-accountability", &err) == IK_OK);
    CHECK(ik_canvas_use(canvas, "coaches", "monitor-process", &err) == IK_EINVAL);
    CHECK(contains(err.message, "student groups"));
    CHECK(ik_canvas_answer(canvas, "lim.accountability.hindsight", "Eerder de gemeente betrekken.", NULL, &err) == IK_OK);
    CHECK(journey_add_canvas(journey, canvas, &err) == IK_OK);
    CHECK(journey_add_canvas(journey, canvas, &err) == IK_EEXIST);
    CHECK(strcmp(err.path, "/moment/label") == 0);
    CHECK(journey_add_canvas(journey, (ik_canvas *)journey, &err) == IK_EHANDLE);

    CHECK(ik_journey_add_outcome(journey, "lu1", "Impact verantwoorden", "impact", &err) == IK_OK);
    CHECK(ik_journey_add_outcome(journey, "lu1", "Nog eens", NULL, &err) == IK_EEXIST);
    CHECK(ik_journey_add_outcome(journey, "lu2", "Reflectie", "grading", &err) == IK_EINVAL);
    CHECK(ik_journey_link_evidence(journey, "lu1", "start", placement, NULL, "Poster voor de buurt", &err) == IK_OK);
    CHECK(ik_journey_link_evidence(journey, "lu1", "start", NULL, "lim.accountability.hindsight", "Terugblik", &err) == IK_OK);
    CHECK(ik_journey_link_evidence(journey, "lu1", "start", NULL, "lim.students.gain", "x", &err) == IK_ENOTFOUND);
    CHECK(strcmp(err.path, "/question") == 0);
    CHECK(ik_journey_link_evidence(journey, "lu9", "start", NULL, NULL, "x", &err) == IK_ENOTFOUND);
    CHECK(ik_journey_link_evidence(journey, "lu1", "later", NULL, NULL, "x", &err) == IK_ENOTFOUND);
    CHECK(ik_journey_link_evidence(journey, "lu1", "start", placement, "lim.accountability.hindsight", "x", &err) == IK_EINVAL);
    CHECK(ik_journey_link_evidence(journey, "lu1", "start", NULL, NULL, "", &err) == IK_EINVAL);
    CHECK(ik_journey_link_evidence(journey, "lu1", "start", NULL, NULL, "\xff", &err) == IK_EUTF8);

    char *report = NULL;
    CHECK(ik_journey_compare(journey, NULL, NULL, NULL, &report, &err) == IK_EINVAL); /* one moment only */
    CHECK(journey_verb(journey, ik_document_evaluate, NULL, &report, &err) == IK_OK);
    CHECK(contains(report, "\"pieces\": 2"));
    CHECK(contains(report, "\"questions_asked\": 7"));
    CHECK(contains(report, "\"questions_answered\": 1"));
    ik_free(report);

    /* ik_canvas_compare and ik_canvas_unanswer */
    ik_canvas *later = NULL;
    CHECK(ik_canvas_new(&later, "Groep 7", NULL, 0, NULL, &err) == IK_OK);
    CHECK(canvas_compare(canvas, later, NULL, &report, &err) == IK_OK);
    CHECK(contains(report, "\"removed\": 1"));
    ik_free(report);
    CHECK(canvas_compare(canvas, NULL, NULL, &report, &err) == IK_EINVAL);
    CHECK(strcmp(err.message, "canvas must not be NULL") == 0);
    CHECK(ik_canvas_unanswer(canvas, "lim.accountability.hindsight", NULL, &err) == IK_OK);
    CHECK(ik_canvas_unanswer(canvas, "lim.accountability.hindsight", NULL, &err) == IK_ENOTFOUND);

    ik_free(placement);
    ik_canvas_free(later);
    ik_canvas_free(canvas);
    ik_journey_free(journey);
    ik_journey_free(NULL);
}

static void test_questions(void) {
    ik_error err;
    char *json = NULL;
    CHECK(ik_questions("coaches", NULL, &json, &err) == IK_OK);
    json_t *parsed = json_loads(json, 0, NULL);
    json_t *questions = json_object_get(parsed, "questions");
    CHECK(json_array_size(questions) == 7);
    CHECK(strcmp(json_string_value(json_object_get(json_array_get(questions, 4), "id")), "lim.coaches.insights") == 0);
    CHECK(strcmp(json_string_value(json_object_get(json_array_get(questions, 4), "section")), "8.3") == 0);
    json_decref(parsed);
    ik_free(json);
    CHECK(ik_questions(NULL, "impact-conversation", &json, &err) == IK_OK);
    CHECK(contains(json, "Wat is impact volgens jou?"));
    ik_free(json);
    CHECK(ik_questions("stakeholders", "monitor-process", &json, &err) == IK_EINVAL);
    CHECK(ik_questions("poster", NULL, &json, &err) == IK_EINVAL);
    CHECK(contains(err.message, "unknown variant"));
    CHECK(ik_questions(NULL, NULL, NULL, &err) == IK_EINVAL);
}

/* Tests/data/cohort: g1 (demo journey: 5/5 covered, progress), g2 (week-5 canvas: knowledge empty), g3 (two
 * identical moments: knowledge empty, no progress), g4 (empty start, then two activity cards: four domains
 * empty, no result at week 5), g5 broken. Covered domains per group: g1 5, g2 2, g3 2, g4 0. */
static void test_cohort(const char *cohort_dir) {
    ik_error err;
    ik_cohort_thresholds thresholds;
    CHECK(ik_cohort_thresholds_init(&thresholds, IK_COHORT_THRESHOLDS_VERSION) == IK_OK);
    CHECK(thresholds.max_empty_domains == 0 && thresholds.min_result_cards == 1);
    CHECK(thresholds.results_expected_from_moment == 2 && thresholds.min_cards_added == 1);
    CHECK(ik_cohort_thresholds_init(&thresholds, 7) == IK_ERANGE);
    CHECK(ik_cohort_thresholds_init(NULL, IK_COHORT_THRESHOLDS_VERSION) == IK_EINVAL);

    ik_cohort *cohort = NULL;
    ik_cohort_thresholds bad = IK_COHORT_THRESHOLDS_INIT;
    bad.min_cards_added = -3;
    CHECK(ik_cohort_new(&cohort, &bad, NULL, &err) == IK_ERANGE);
    CHECK(cohort == NULL);
    CHECK(strcmp(err.message, "min_cards_added is -3; it must be 0…1000000") == 0);
    bad.min_cards_added = 1;
    bad.version = 0;
    CHECK(ik_cohort_new(&cohort, &bad, NULL, &err) == IK_ERANGE);

    CHECK(ik_cohort_new(&cohort, NULL, NULL, &err) == IK_OK);
    const char *files[] = {"g1-journey.json", "g2-canvas.json", "g3-journey.json", "g4-journey.json", "g5-broken.json"};
    const int expected[] = {IK_OK, IK_OK, IK_OK, IK_OK, IK_EJSON};
    for (int i = 0; i < 5; i++) {
        size_t len = 0;
        char *text = read_file(cohort_dir, files[i], &len);
        CHECK(text != NULL);
        CHECK(ik_cohort_add_json(cohort, files[i], text, len, &err) == expected[i]);
        free(text);
    }
    CHECK(ik_cohort_add_json(cohort, "null.json", NULL, 3, &err) == IK_EINVAL);
    CHECK(ik_cohort_add_json(cohort, NULL, "[]", 2, &err) == IK_ESCHEMA);

    char *report = NULL;
    CHECK(ik_cohort_evaluate(cohort, NULL, &report, &err) == IK_OK);
    json_t *parsed = json_loads(report, 0, NULL);
    CHECK(json_integer_value(json_object_get(parsed, "groups")) == 4);
    CHECK(json_integer_value(json_object_get(parsed, "moments")) == 7);
    json_t *distribution = json_object_get(parsed, "coverage_distribution");
    CHECK(json_array_size(distribution) == 6);
    CHECK(json_integer_value(json_object_get(json_array_get(distribution, 0), "groups")) == 1);
    CHECK(json_integer_value(json_object_get(json_array_get(distribution, 2), "groups")) == 2);
    CHECK(json_integer_value(json_object_get(json_array_get(distribution, 5), "groups")) == 1);
    json_t *attention = json_object_get(parsed, "attention");
    CHECK(json_array_size(attention) == 3);
    CHECK(strcmp(json_string_value(json_object_get(json_array_get(attention, 0), "id")), "g2") == 0);
    json_t *g4 = json_object_get(json_array_get(attention, 2), "reasons");
    CHECK(json_array_size(g4) == 2);
    CHECK(strcmp(json_string_value(json_object_get(json_array_get(g4, 1), "code")), "few-results") == 0);
    json_t *skipped = json_object_get(parsed, "skipped");
    CHECK(json_array_size(skipped) == 3);
    CHECK(strcmp(json_string_value(json_object_get(json_array_get(skipped, 0), "source")), "g5-broken.json") == 0);
    CHECK(strcmp(json_string_value(json_object_get(json_array_get(skipped, 2), "source")), "#7") == 0);
    /* The target group's heat-map row: activity in g1, g2, g3 (g4's survey lies there too) → 4 groups. */
    json_t *row = json_array_get(json_object_get(parsed, "domains"), 0);
    json_t *activity = json_object_get(json_object_get(row, "fields"), "activity");
    CHECK(json_integer_value(json_object_get(activity, "groups")) == 4);
    CHECK(json_real_value(json_object_get(activity, "share_of_groups")) == 1.0);
    json_decref(parsed);
    ik_free(report);

    char *csv = NULL;
    CHECK(ik_cohort_to_csv(cohort, NULL, &csv, &err) == IK_OK);
    /* target-group activity: 4 + 3 + 3 + 1 cards in 4 of 4 groups */
    CHECK(contains(csv, "\r\ntarget-group,Engagement with the target group,activity,11,4,1.0000,4,1.0000\r\n"));
    ik_free(csv);

    ik_options opts = IK_OPTIONS_INIT;
    opts.lang = "nl";
    CHECK(ik_cohort_report_text(cohort, LANG_OPTIONS(opts.lang), &report, &err) == IK_OK);
    CHECK(contains(report, "Cohort: 4 groepen, 7 canvassen, 3 overgeslagen."));
    ik_free(report);
    CHECK(ik_cohort_evaluate(cohort, NULL, NULL, &err) == IK_EINVAL);
    ik_cohort_free(cohort);
    ik_cohort_free(NULL);
}

/* One run over the cohort folder with `cache` (NULL: none); the report; the cache to keep in *kept. */
static char *cohort_run(const char *cohort_dir, const char *cache, size_t cache_len, char **kept, int *use_status) {
    ik_error err;
    ik_cohort *cohort = NULL;
    CHECK(ik_cohort_new(&cohort, NULL, NULL, &err) == IK_OK);
    *use_status = ik_cohort_use_cache(cohort, cache, cache_len, &err);
    const char *files[] = {"g1-journey.json", "g2-canvas.json", "g3-journey.json", "g4-journey.json", "g5-broken.json"};
    for (int i = 0; i < 5; i++) {
        size_t len = 0;
        char *text = read_file(cohort_dir, files[i], &len);
        ik_cohort_add_json(cohort, files[i], text, len, &err);
        free(text);
    }
    char *report = NULL;
    CHECK(ik_cohort_evaluate(cohort, NULL, &report, &err) == IK_OK);
    *kept = NULL;
    ik_cohort_cache_json(cohort, kept, &err);
    ik_cohort_free(cohort);
    return report;
}

/* The cache through the C ABI: a warm run reports what a cold one does; a damaged cache is refused with its reason
 * and the cohort runs without one; no cache in use, no cache to give. */
static void test_cohort_cache(const char *cohort_dir) {
    ik_error err;
    int status = 0;
    char *cache = NULL, *again = NULL, *none = NULL;
    char *cold = cohort_run(cohort_dir, NULL, 0, &cache, &status);
    CHECK(status == IK_OK && cache != NULL && contains(cache, "\"schema\":\"impactkit/cohort-cache/1\""));
    char *warm = cohort_run(cohort_dir, cache, strlen(cache), &again, &status);
    CHECK(status == IK_OK && strcmp(cold, warm) == 0 && strcmp(cache, again) == 0);
    char *damaged = malloc(strlen(cache) + 1);   /* C99: no strdup */
    if (!damaged) return;
    strcpy(damaged, cache);
    char *library = strstr(damaged, "\"library\":\"");
    if (library) library[11] = '0';
    char *refused = cohort_run(cohort_dir, damaged, strlen(damaged), &none, &status);
    CHECK(status == IK_ESCHEMA && none == NULL && strcmp(refused, cold) == 0);
    ik_cohort *cohort = NULL;
    CHECK(ik_cohort_new(&cohort, NULL, NULL, &err) == IK_OK);
    CHECK(ik_cohort_use_cache(cohort, damaged, strlen(damaged), &err) == IK_ESCHEMA);
    /* Since 1.2 the cache is sealed: an edit the JSON survives is damage (issue 37, item 6). */
    CHECK(strcmp(err.message, "cache not used: damaged: its content does not match its seal") == 0);
    char *text = NULL;
    CHECK(ik_error_localize(&err, "nl", &text, NULL) == IK_OK
          && strcmp(text, "cache niet gebruikt: beschadigd: de inhoud past niet bij het zegel") == 0);
    ik_free(text);
    CHECK(ik_cohort_cache_json(cohort, &none, &err) == IK_EINVAL && none == NULL);
    CHECK(ik_cohort_use_cache(cohort, NULL, 5, &err) == IK_EINVAL);
    ik_cohort_free(cohort);
    /* The host's key: a cache sealed with it is trusted only with it; a plain one is not trusted with it. */
    const char *key = "a secret of 24 bytes....";
    ik_cohort *keyed = NULL, *plain = NULL;
    CHECK(ik_cohort_new(&keyed, NULL, NULL, &err) == IK_OK && ik_cohort_new(&plain, NULL, NULL, &err) == IK_OK);
    CHECK(ik_cohort_set_cache_key(keyed, key, 15, &err) == IK_EINVAL && contains(err.message, "at least 16 bytes (got 15)"));
    CHECK(ik_cohort_set_cache_key(keyed, NULL, 16, &err) == IK_EINVAL);
    CHECK(ik_cohort_set_cache_key(NULL, key, 24, &err) == IK_EINVAL);
    CHECK(ik_cohort_set_cache_key(keyed, key, 24, &err) == IK_OK);
    CHECK(ik_cohort_use_cache(keyed, cache, strlen(cache), &err) == IK_ESCHEMA);
    CHECK(strcmp(err.message, "cache not used: not sealed with the key given") == 0);
    CHECK(ik_cohort_use_cache(keyed, NULL, 0, &err) == IK_OK);
    CHECK(ik_cohort_set_cache_key(keyed, key, 24, &err) == IK_EINVAL && contains(err.message, "before ik_cohort_use_cache"));
    char *sealed = NULL;
    CHECK(ik_cohort_cache_json(keyed, &sealed, &err) == IK_OK && contains(sealed, "\"seal\":\"hmac-sha256:"));
    CHECK(ik_cohort_use_cache(plain, sealed, strlen(sealed), &err) == IK_ESCHEMA);
    CHECK(strcmp(err.message, "cache not used: sealed with a key; give the key it was written with") == 0);
    ik_free(sealed);
    ik_cohort_free(keyed);
    ik_cohort_free(plain);
    free(damaged);
    ik_free(cold); ik_free(warm); ik_free(refused); ik_free(cache); ik_free(again);
}

/* Issue 32: two copies of one journey merged with their base (here: unchanged copies, so nothing to decide). */
static void test_journey_merge(const char *data_dir) {
    ik_error err;
    size_t len = 0;
    char *text = read_file(data_dir, "pzw-bottendaal.journey.json", &len);
    CHECK(text != NULL);
    ik_document *base = NULL, *merged = NULL, *canvas = NULL;
    CHECK(ik_document_from_json(&base, text, len, NULL, &err) == IK_OK);
    char *report = NULL, *json = NULL;
    CHECK(ik_journey_merge(&merged, base, base, base, NULL, &report, &err) == IK_OK);
    CHECK(report && contains(report, "\"conflicts\": []"));
    CHECK(ik_document_to_json(merged, &json, &err) == IK_OK && json && strcmp(json, text) == 0);
    size_t canvas_len = 0;
    char *canvas_text = read_file(data_dir, "pzw-bottendaal-week5.json", &canvas_len);
    CHECK(canvas_text && ik_document_from_json(&canvas, canvas_text, canvas_len, NULL, &err) == IK_OK);
    ik_document *out = NULL;
    CHECK(ik_journey_merge(&out, base, base, canvas, NULL, NULL, &err) == IK_ENOTSUP && out == NULL);
    ik_free(report);
    ik_free(json);
    free(text);
    free(canvas_text);
    ik_document_free(base);
    ik_document_free(merged);
    ik_document_free(canvas);
}

/* Since 1.2: a journey's edits as operations, with undo, base revision and refusals that change nothing. */
static void test_journey_apply(const char *data_dir) {
    ik_error err;
    size_t len = 0;
    char *text = read_file(data_dir, "pzw-bottendaal.journey.json", &len);
    ik_document *doc = NULL;
    ik_journey *journey = NULL;
    CHECK(text && ik_document_from_json(&doc, text, len, NULL, &err) == IK_OK);
    CHECK(ik_journey_from_document(&journey, doc, &err) == IK_OK);
    char *seen = NULL, *now = NULL, *undo = NULL, *json = NULL;
    CHECK(ik_journey_revision(journey, &seen, &err) == IK_OK && seen && strlen(seen) == 34);
    char *doc_revision = NULL;
    CHECK(ik_document_revision(doc, &doc_revision, &err) == IK_OK && strcmp(doc_revision, seen) == 0);

    const char *ops = "[{\"op\": \"edit\", \"moment\": \"Week 5\", \"ops\": [{\"op\": \"place\", \"id\": \"w1\", "
                      "\"card\": \"act.survey\", \"domain\": \"knowledge\", \"field\": \"activity\"}]}, "
                      "{\"op\": \"link\", \"outcome\": \"lu-reflectie\", \"moment\": \"Week 5\", \"placement\": \"w1\", "
                      "\"justification\": \"Enqu\xc3\xaate\"}, {\"op\": \"group\", \"group\": \"PZW 3\"}]";
    CHECK(ik_journey_apply(journey, ops, strlen(ops), seen, &undo, &err) == IK_OK);
    CHECK(contains(undo, "\"op\": \"unlink\"") && contains(undo, "\"op\": \"unplace\""));
    CHECK(ik_journey_revision(journey, &now, &err) == IK_OK && strcmp(now, seen) != 0);
    /* Taking away the card now linked as evidence is refused, and nothing changes. */
    const char *orphan = "[{\"op\": \"group\", \"group\": null}, {\"op\": \"edit\", \"moment\": \"Week 5\", "
                         "\"ops\": [{\"op\": \"unplace\", \"id\": \"w1\"}]}]";
    CHECK(ik_journey_apply(journey, orphan, strlen(orphan), NULL, NULL, &err) == IK_EINVAL);
    CHECK(strcmp(err.path, "/1") == 0 && contains(err.message, "unlink it first"));
    char *after = NULL;
    CHECK(ik_journey_revision(journey, &after, &err) == IK_OK && strcmp(after, now) == 0);
    /* On the revision seen before, an edit of a card that is gone is a conflict. */
    const char *stale = "[{\"op\": \"edit\", \"moment\": \"Week 5\", \"ops\": [{\"op\": \"note\", \"id\": \"gone\", \"note\": \"x\"}]}]";
    CHECK(ik_journey_apply(journey, stale, strlen(stale), seen, NULL, &err) == IK_ECONFLICT);
    CHECK(strcmp(err.path, "/0/ops/0/id") == 0);
    CHECK(ik_journey_apply(journey, stale, strlen(stale), now, NULL, &err) == IK_ENOTFOUND);
    /* The undo brings back every byte. */
    CHECK(ik_journey_apply(journey, undo, strlen(undo), NULL, NULL, &err) == IK_OK);
    ik_document *back = NULL;
    CHECK(ik_journey_to_document(&back, journey, &err) == IK_OK);
    CHECK(ik_document_to_json(back, &json, &err) == IK_OK && json && strcmp(json, text) == 0);
    /* Bad arguments: an error, never a crash. */
    CHECK(ik_journey_apply(NULL, ops, strlen(ops), NULL, NULL, &err) == IK_EINVAL);
    CHECK(ik_journey_apply((ik_journey *)doc, ops, strlen(ops), NULL, NULL, &err) == IK_EHANDLE);
    CHECK(ik_journey_apply(journey, NULL, 4, NULL, NULL, &err) == IK_EINVAL);
    CHECK(ik_journey_apply(journey, "[{", 2, NULL, NULL, &err) == IK_EJSON);
    CHECK(ik_journey_apply(journey, "[{\"op\": \"title\", \"title\": \"\xff\"}]", 31, NULL, NULL, &err) == IK_EUTF8);
    CHECK(ik_journey_apply(journey, "[{\"op\": \"fly\"}]", 15, NULL, NULL, &err) == IK_ENOTFOUND);
    CHECK(strcmp(err.path, "/0/op") == 0);
    CHECK(ik_journey_apply(journey, "[]", 2, "r-1", NULL, &err) == IK_EINVAL);
    const char *far = "[{\"op\": \"outcome\", \"id\": \"x\", \"title\": \"x\", \"position\": 99}]";
    CHECK(ik_journey_apply(journey, far, strlen(far), NULL, NULL, &err) == IK_ERANGE);
    CHECK(ik_journey_revision(journey, NULL, &err) == IK_EINVAL);
    char *none = NULL;
    CHECK(ik_journey_revision(NULL, &none, &err) == IK_EINVAL && none == NULL);
    ik_free(seen);
    ik_free(now);
    ik_free(after);
    ik_free(undo);
    ik_free(json);
    ik_free(doc_revision);
    free(text);
    ik_document_free(doc);
    ik_document_free(back);
    ik_journey_free(journey);
}

/* A folder read by the library (1.2), as the CLI and the bindings read one: four documents added, the broken one
 * listed as skipped with its code, in name order. */
static void test_cohort_folder(const char *cohort_dir) {
    ik_error err;
    ik_cohort *cohort = NULL;
    CHECK(ik_cohort_new(&cohort, NULL, NULL, &err) == IK_OK);
    size_t added = 99;
    char *skipped = NULL;
    CHECK(ik_cohort_add_directory(cohort, cohort_dir, &added, &skipped, &err) == IK_OK);
    CHECK(added == 4);
    json_t *list = json_loads(skipped, 0, NULL);
    CHECK(json_array_size(list) == 1);
    CHECK(strcmp(json_string_value(json_object_get(json_array_get(list, 0), "source")), "g5-broken.json") == 0);
    CHECK(json_integer_value(json_object_get(json_array_get(list, 0), "code")) == IK_EJSON);
    json_decref(list);
    ik_free(skipped);
    CHECK(ik_cohort_add_directory(cohort, NULL, NULL, NULL, &err) == IK_EINVAL);
    CHECK(ik_cohort_add_directory(cohort, "/nonexistent-impactkit-folder", &added, NULL, &err) == IK_EIO && added == 0);
    CHECK(strstr(err.message, "cannot list the folder /nonexistent-impactkit-folder") != NULL);
    ik_cohort_free(cohort);
}

/* What a progress callback saw: every step in order, on the calling thread, and what it got when it used the
 * cohort being read into. */
struct progress_seen {
    ik_cohort *cohort;
    pthread_t caller;
    size_t calls, last_done, total;
    int in_order, same_thread, busy_code, free_it;
};

static void on_progress(void *context, size_t done, size_t total) {
    struct progress_seen *seen = context;
    seen->calls++;
    seen->in_order &= done == seen->last_done + 1;
    seen->same_thread &= pthread_equal(pthread_self(), seen->caller) != 0;
    seen->last_done = done;
    seen->total = total;
    char *report = NULL;
    ik_error err;
    seen->busy_code = ik_cohort_evaluate(seen->cohort, NULL, &report, &err);
    ik_free(report);
    if (seen->free_it && done == 2) ik_cohort_free(seen->cohort); /* put off until the call returns */
}

static char *folder_report(const char *cohort_dir, unsigned int jobs, struct progress_seen *seen) {
    ik_error err;
    ik_cohort *cohort = NULL;
    CHECK(ik_cohort_new(&cohort, NULL, NULL, &err) == IK_OK);
    size_t added = 0;
    char *skipped = NULL;
    if (seen) *seen = (struct progress_seen){cohort, pthread_self(), 0, 0, 0, 1, 1, 0, 0};
    CHECK(ik_cohort_add_directory_jobs(cohort, cohort_dir, jobs, seen ? on_progress : NULL, seen, &added, &skipped,
                                       &err) == IK_OK);
    CHECK(added == 4 && skipped && strstr(skipped, "g5-broken.json") != NULL);
    ik_free(skipped);
    char *report = NULL;
    CHECK(ik_cohort_evaluate(cohort, NULL, &report, &err) == IK_OK);
    ik_cohort_free(cohort);
    return report;
}

/* Since 1.3: the same folder on 1, 3 and "one per processor" threads gives the report byte for byte; progress is
 * told each of the five files in order on the calling thread, and the callback cannot touch the busy cohort. */
static void test_cohort_folder_jobs(const char *cohort_dir) {
    char *one = folder_report(cohort_dir, 1, NULL);
    struct progress_seen seen;
    char *three = folder_report(cohort_dir, 3, &seen);
    char *all = folder_report(cohort_dir, 0, NULL);
    CHECK(one && three && all && strcmp(one, three) == 0 && strcmp(one, all) == 0);
    CHECK(seen.calls == 5 && seen.total == 5 && seen.last_done == 5 && seen.in_order && seen.same_thread);
    CHECK(seen.busy_code == IK_EINVAL);
    ik_free(one);
    ik_free(three);
    ik_free(all);
    /* Freed from its own callback: the call finishes, then the cohort is freed (valgrind/ASan see no leak). */
    ik_error err;
    ik_cohort *cohort = NULL;
    CHECK(ik_cohort_new(&cohort, NULL, NULL, &err) == IK_OK);
    seen = (struct progress_seen){cohort, pthread_self(), 0, 0, 0, 1, 1, 0, 1};
    size_t added = 0;
    CHECK(ik_cohort_add_directory_jobs(cohort, cohort_dir, 2, on_progress, &seen, &added, NULL, &err) == IK_OK);
    CHECK(added == 4 && seen.calls == 5);
    /* The handle is gone now: using it would read freed memory (valgrind and ASan check it was freed, once). */
    /* Bad arguments. */
    CHECK(ik_cohort_new(&cohort, NULL, NULL, &err) == IK_OK);
    CHECK(ik_cohort_add_directory_jobs(cohort, cohort_dir, 257, NULL, NULL, &added, NULL, &err) == IK_ERANGE);
    CHECK(strstr(err.message, "jobs must be 0 (one per processor) to 256, got 257") != NULL);
    CHECK(ik_cohort_add_directory_jobs(cohort, NULL, 2, NULL, NULL, &added, NULL, &err) == IK_EINVAL);
    CHECK(ik_cohort_add_directory_jobs(NULL, cohort_dir, 2, NULL, NULL, &added, NULL, &err) == IK_EINVAL);
    ik_cohort_free(cohort);
}

int main(int argc, char **argv) {
    const char *data_dir = argc > 1 ? argv[1] : "examples/data";
    const char *cohort_dir = argc > 2 ? argv[2] : "Tests/data/cohort";
    test_journey(data_dir);
    test_journey_editing();
    test_journey_merge(data_dir);
    test_journey_apply(data_dir);
    test_questions();
    test_cohort(cohort_dir);
    test_cohort_cache(cohort_dir);
    test_cohort_folder(cohort_dir);
    test_cohort_folder_jobs(cohort_dir);
    printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
