/*
 * ImpactKit through the C ABI against its floor, raw jansson, on the same bytes and in the same run.
 * Usage: bench_abi DATA_DIR   (small.json, large.json, huge.json from bench/generate.py)
 * Prints one table row per measurement: name, ImpactKit time, peer time, ratio. Times are the median of several
 * rounds; each round repeats the operation enough times to last a few milliseconds.
 */
#define _POSIX_C_SOURCE 199309L
#include <impactkit.h>
#include <jansson.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_common.h"

#define ROUNDS 7

/* Median over ROUNDS of the time per call of fn(arg), each round `reps` calls. */
static double median_per_call(void (*fn)(void *), void *arg, int reps) {
    double samples[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
        double start = now();
        for (int i = 0; i < reps; i++) fn(arg);
        samples[r] = (now() - start) / reps;
    }
    return median_of(samples, ROUNDS);
}


struct doc { const char *bytes; size_t len; };

static void jansson_round_trip(void *arg) {
    struct doc *d = arg;
    json_error_t error;
    json_t *value = json_loadb(d->bytes, d->len, JSON_REJECT_DUPLICATES, &error);
    if (!value) { fprintf(stderr, "jansson: %s\n", error.text); exit(2); }
    char *text = json_dumps(value, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    free(text);
    json_decref(value);
}

static void impactkit_round_trip(void *arg) {
    struct doc *d = arg;
    ik_document *canvas = NULL;
    ik_error error;
    char *text = NULL;
    if (ik_document_from_json(&canvas, d->bytes, d->len, NULL, &error) != IK_OK ||
        ik_document_to_json(canvas, &text, &error) != IK_OK) {
        fprintf(stderr, "impactkit: %s\n", error.message);
        exit(2);
    }
    ik_free(text);
    ik_document_free(canvas);
}

static void jansson_load(void *arg) {
    struct doc *d = arg;
    json_t *value = json_loadb(d->bytes, d->len, JSON_REJECT_DUPLICATES, NULL);
    json_decref(value);
}

static void impactkit_load(void *arg) {
    struct doc *d = arg;
    ik_document *canvas = NULL;
    ik_document_from_json(&canvas, d->bytes, d->len, NULL, NULL);
    ik_document_free(canvas);
}

/* Load and evaluate (the report written into the caller's buffer); less `load`, the evaluation alone. */
static void impactkit_load_evaluate(void *arg) {
    struct doc *d = arg;
    ik_document *canvas = NULL;
    char *report = NULL;
    if (ik_document_from_json(&canvas, d->bytes, d->len, NULL, NULL) != IK_OK ||
        ik_document_evaluate(canvas, NULL, &report, NULL) != IK_OK) exit(3);
    ik_free(report);
    ik_document_free(canvas);
}

static ik_canvas *edited;
static void place_and_unplace(void *arg) {
    (void)arg;
    char *id = NULL;
    if (ik_canvas_place(edited, "act.workshop", "complexity", "activity", NULL, &id, NULL) != IK_OK) exit(3);
    if (ik_canvas_unplace(edited, id, NULL) != IK_OK) exit(3);
    ik_free(id);
}

/* An error as a host reads it back from a log, localized, against the failing call that raised it: a message is
 * read against the whole Dutch catalogue, so this row shows what that reading costs per message. */
static ik_error raised;
static void refuse_unknown_card(void *arg) {
    (void)arg;
    if (ik_canvas_place(edited, "res.nope", "complexity", "activity", NULL, NULL, &raised) != IK_ENOTFOUND) exit(3);
}

static void localize(void *arg) {
    char *text = NULL;
    if (ik_error_localize(arg, "nl", &text, NULL) != IK_OK) exit(3);
    ik_free(text);
}

static void evaluate(void *arg) {
    ik_document *canvas = arg;
    char *report = NULL;
    if (ik_document_evaluate(canvas, NULL, &report, NULL) != IK_OK) exit(3);
    ik_free(report);
}

/* The exports and the instruments, each against jansson doing the least a peer would: writing (or reading and
 * writing) the same document. */
static ik_document *exported;
static json_t *exported_tree;
static const char *xapi_settings =
    "{\"homepage\": \"https://lms.example.org\", \"attachment\": true, \"pseudonym_salt\": \"bench-salt-0123456789\"}";
static void xapi_export(void *arg) {
    (void)arg;
    char *out = NULL;
    ik_report_options options = IK_REPORT_OPTIONS_INIT;
    options.xapi_settings = xapi_settings;
    options.xapi_settings_len = strlen(xapi_settings);
    if (ik_document_to_xapi(exported, &options, &out, NULL) != IK_OK) exit(3);
    ik_free(out);
}
static void poster(void *arg) {
    (void)arg;
    char *out = NULL;
    if (ik_document_render_svg(exported, NULL, &out, NULL) != IK_OK) exit(3);
    ik_free(out);
}
static void jansson_write(void *arg) {
    (void)arg;
    free(json_dumps(exported_tree, JSON_INDENT(2) | JSON_PRESERVE_ORDER));
}
/* Any instrument: open as a document and report (one body for every kind, as in the library). */
static void instrument_report(void *arg) {
    struct doc *d = arg;
    ik_document *doc = NULL;
    char *report = NULL;
    if (ik_document_from_json(&doc, d->bytes, d->len, NULL, NULL) != IK_OK ||
        ik_document_evaluate(doc, NULL, &report, NULL) != IK_OK) exit(3);
    ik_free(report);
    ik_document_free(doc);
}

/* SROI assurance: 10 000 seeded draws against the same 10 000 recalculations asked for plainly (ten
 * ik_changelog_sensitivity calls of 1000 values), on the example study. */
static ik_document *study;
static void simulate_10000(void *arg) {
    (void)arg;
    static const char *settings = "{\"simulate\": {\"runs\": 10000, \"seed\": 42, \"distributions\": ["
        "{\"parameter\": \"proxy\", \"outcome\": \"o1\", \"kind\": \"triangular\", \"low\": 300, \"mode\": 500, \"high\": 800},"
        "{\"parameter\": \"attribution\", \"kind\": \"uniform\", \"low\": 10, \"high\": 60}]}}";
    char *out = NULL;
    if (ik_changelog_assurance(study, NULL, settings, strlen(settings), &out, NULL) != IK_OK) exit(3);
    ik_free(out);
}
static void recalculate_10000(void *arg) {
    (void)arg;
    static double values[1000];
    for (int i = 0; i < 1000; i++) values[i] = 10 + i * 0.05;
    for (int k = 0; k < 10; k++) {
        char *out = NULL;
        if (ik_changelog_sensitivity(study, "attribution", values, 1000, NULL, NULL, &out, NULL) != IK_OK) exit(3);
        ik_free(out);
    }
}

static void instrument(const char *label, const char *file, void (*fn)(void *)) {
    struct doc d;
    char *bytes = read_whole("examples/data/instruments", file, &d.len);
    if (!bytes) { fprintf(stderr, "run from the repository root (examples/data/instruments/%s)\n", file); exit(2); }
    d.bytes = bytes;
    double ours = median_per_call(fn, &d, 2000);
    double floor = median_per_call(jansson_round_trip, &d, 2000);
    printf("%-28s (%5zu B) load+report vs jansson load+write %7.1f µs %8.1f µs %7.2fx\n", label, d.len, ours * 1e6, floor * 1e6, ours / floor);
    free(bytes);
}

static int reps_for(size_t len) {
    int reps = (int)(4000000 / (len + 1000));
    return reps < 1 ? 1 : reps;
}

/* `bench_abi --count DIR SIZE ours|jansson|load|loadb|evaluate N`: just N runs of one operation, for instruction counts
 * under callgrind (bench/instructions.sh), which are repeatable on a busy machine where times are not. */
static int count_mode(int argc, char **argv) {
    if (argc < 6) { fprintf(stderr, "usage: bench_abi --count DIR SIZE ours|jansson|load|loadb|evaluate N\n"); return 2; }
    char name[64];
    snprintf(name, sizeof name, "%s.json", argv[3]);
    struct doc d;
    char *bytes = read_whole(argv[2], name, &d.len);
    d.bytes = bytes;
    void (*fn)(void *) = strcmp(argv[4], "ours") == 0 ? impactkit_round_trip
                       : strcmp(argv[4], "jansson") == 0 ? jansson_round_trip
                       : strcmp(argv[4], "load") == 0 ? impactkit_load
                       : strcmp(argv[4], "evaluate") == 0 ? impactkit_load_evaluate : jansson_load;
    /* One untimed call first, so one-time setup (Swift runtime, jansson's seed) is in every count alike. */
    fn(&d);
    for (int i = 0, n = atoi(argv[5]); i < n; i++) fn(&d);
    free(bytes);
    return 0;
}

int main(int argc, char **argv) {
    if (argc > 1 && strcmp(argv[1], "--count") == 0) return count_mode(argc, argv);
    const char *dir = argc > 1 ? argv[1] : "build/bench/data";
    const char *sizes[] = {"small", "large", "huge"};
    printf("%-44s %12s %12s %8s\n", "C ABI (median per call)", "ImpactKit", "peer", "ratio");
    for (int s = 0; s < 3; s++) {
        char name[64];
        snprintf(name, sizeof name, "%s.json", sizes[s]);
        struct doc d;
        char *bytes = read_whole(dir, name, &d.len);
        d.bytes = bytes;
        int reps = reps_for(d.len);
        double ours = median_per_call(impactkit_round_trip, &d, reps);
        double floor = median_per_call(jansson_round_trip, &d, reps);
        printf("load+validate+write %-6s (%7zu B) vs jansson %10.3f ms %9.3f ms %7.2fx\n", sizes[s], d.len,
               ours * 1e3, floor * 1e3, ours / floor);
        ours = median_per_call(impactkit_load, &d, reps);
        floor = median_per_call(jansson_load, &d, reps);
        printf("  load+validate only %-6s vs json_loadb   %10.3f ms %9.3f ms %7.2fx\n", sizes[s], ours * 1e3,
               floor * 1e3, ours / floor);
        if (s < 2) {
            ik_document *canvas = NULL;
            ik_document_from_json(&canvas, d.bytes, d.len, NULL, NULL);
            double t = median_per_call(evaluate, canvas, reps * 4);
            printf("evaluate one canvas (%s, report JSON)    %10.3f µs\n", sizes[s], t * 1e6);
            ik_document_free(canvas);
        }
        free(bytes);
    }
    {
        struct doc d;
        char *bytes = read_whole(dir, "large.json", &d.len);
        ik_document_from_json(&exported, bytes, d.len, NULL, NULL);
        exported_tree = json_loadb(bytes, d.len, 0, NULL);
        double peer = median_per_call(jansson_write, NULL, 400);
        double ours = median_per_call(xapi_export, NULL, 400);
        printf("xAPI statements + poster digest (large) vs jansson write %6.3f ms %9.3f ms %7.2fx\n", ours * 1e3, peer * 1e3, ours / peer);
        ours = median_per_call(poster, NULL, 400);
        printf("SVG poster (large) vs jansson write of the canvas  %9.3f ms %9.3f ms %7.2fx\n", ours * 1e3, peer * 1e3, ours / peer);
        json_decref(exported_tree);
        ik_document_free(exported);
        free(bytes);
    }
    {
        size_t len = 0;
        char *bytes = read_whole("examples/data", "pwmi-changelog.json", &len);
        ik_document_from_json(&study, bytes, len, NULL, NULL);
        double ours = median_per_call(simulate_10000, NULL, 5);
        double peer = median_per_call(recalculate_10000, NULL, 5);
        printf("SROI simulation, 10 000 draws vs 10 000 plain recalculations %6.2f ms %9.2f ms %7.2fx\n", ours * 1e3, peer * 1e3, ours / peer);
        ik_document_free(study);
        free(bytes);
    }
    instrument("IWP model (coverage)", "value-in-the-valley.json", instrument_report);
    instrument("Actiescan (2 scans, compare)", "lin-actiescan.json", instrument_report);
    ik_canvas_new(&edited, "bench", NULL, 0, NULL, NULL);
    double per_pair = median_per_call(place_and_unplace, NULL, 20000);
    printf("ik_canvas_place + ik_canvas_unplace (one pair)  %10.3f µs   (%.3f µs per call)\n", per_pair * 1e6,
           per_pair * 1e6 / 2);
    double raise = median_per_call(refuse_unknown_card, NULL, 2000);
    double ours = median_per_call(localize, &raised, 2000);
    printf("ik_error_localize nl (%s) vs the call raising it %8.3f µs %9.3f µs %7.2fx\n", raised.message, ours * 1e6,
           raise * 1e6, ours / raise);
    /* A message no case has (from a newer library): every case is tried before the general sentence. */
    ik_error unknown = raised;
    snprintf(unknown.message, sizeof unknown.message, "a message of a newer library about \"%s\"", "x");
    ours = median_per_call(localize, &unknown, 2000);
    printf("ik_error_localize nl, no case matches vs the same call %8.3f µs %9.3f µs %7.2fx\n", ours * 1e6,
           raise * 1e6, ours / raise);
    ik_canvas_free(edited);
    return 0;
}
