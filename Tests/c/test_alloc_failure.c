/*
 * Out of memory, honestly (issue 19, item 2). The program installs a jansson allocator that fails the Nth
 * allocation, before its first ImpactKit call (ImpactKit chains in front of it), then runs one sequence — load,
 * edit, evaluate, write as text and as a jansson tree — once for every N from 1 to the number of allocations a
 * whole run makes. Every call must return IK_OK or IK_ENOMEM, an IK_ENOMEM must leave its out-pointer NULL, and a
 * run whose calls all succeeded must give exactly the reference output (jansson 2.14 once loaded "over bewegen"
 * as "overbewegen" after a failed allocation and reported success). Usage: test_alloc_failure DATA_DIR.
 */
#include <impactkit.h>
#include <jansson.h>

#include "check.h"

static long countdown = -1; /* fail when it reaches 0; -1: never */
static long allocations = 0;

static void *failing_malloc(size_t size) {
    allocations++;
    if (countdown >= 0 && countdown-- == 0) return NULL;
    return malloc(size);
}

typedef struct {
    int status;      /* IK_OK, or the first error */
    char *report;    /* ik_document_evaluate */
    char *json;      /* ik_document_to_json */
    json_t *tree;    /* ik_document_to_jansson */
} outcome;

static int step(outcome *result, int status, const void *out) {
    CHECK(status == IK_OK || status == IK_ENOMEM);
    if (status != IK_OK) CHECK(out == NULL);
    if (status != IK_OK && result->status == IK_OK) result->status = status;
    return status == IK_OK;
}

static outcome run(const char *text, size_t len) {
    outcome result = {IK_OK, NULL, NULL, NULL};
    ik_error err;
    ik_document *doc = NULL, *edited = NULL;
    ik_canvas *canvas = NULL;
    char *placement = NULL;
    if (step(&result, ik_document_from_json(&doc, text, len, NULL, &err), doc)
        && step(&result, ik_canvas_from_document(&canvas, doc, &err), canvas)
        && step(&result, ik_canvas_place(canvas, "act.home-visit", "partners", "activity", "tweede ronde", &placement, &err),
                placement)
        && step(&result, ik_canvas_to_document(&edited, canvas, &err), edited)
        && step(&result, ik_document_evaluate(edited, NULL, &result.report, &err), result.report)
        && step(&result, ik_document_to_json(edited, &result.json, &err), result.json)) {
        step(&result, ik_document_to_jansson(edited, &result.tree, &err), result.tree);
    }
    ik_free(placement);
    ik_canvas_free(canvas);
    ik_document_free(edited);
    ik_document_free(doc);
    return result;
}

static void release(outcome *result) {
    ik_free(result->report);
    ik_free(result->json);
    if (result->tree) json_decref(result->tree);
}

int main(int argc, char **argv) {
    const char *data_dir = argc > 1 ? argv[1] : "examples/data";
    json_set_alloc_funcs(failing_malloc, free);
    size_t len = 0;
    char *text = read_file(data_dir, "pzw-bottendaal-week5.json", &len);
    CHECK(text != NULL);
    if (!text) return 1;

    outcome reference = run(text, len);
    long total = allocations;
    CHECK(reference.status == IK_OK && reference.report && reference.json && reference.tree);
    CHECK(total > 100);
    CHECK(contains(reference.json, "\"note\": \"tweede ronde\""));

    long out_of_memory = 0, wrong = 0;
    for (long n = 0; n < total; n++) {
        countdown = n;
        outcome result = run(text, len);
        countdown = -1;
        if (result.status == IK_ENOMEM) {
            out_of_memory++;
        } else if (result.status != IK_OK || strcmp(result.report, reference.report) != 0
                   || strcmp(result.json, reference.json) != 0 || !json_equal(result.tree, reference.tree)) {
            wrong++; /* a success must be the whole truth */
        }
        release(&result);
    }
    CHECK(wrong == 0);
    /* Every jansson allocation of the run belongs to a call that must fail when it fails. */
    CHECK(out_of_memory == total);
    printf("alloc-failure: %ld single-failure runs (load, edit, evaluate, write), %ld IK_ENOMEM, %ld wrong\n", total,
           out_of_memory, wrong);
    release(&reference);
    free(text);
    printf("alloc-failure: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
