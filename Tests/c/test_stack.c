/*
 * The stack bound the header states (issue 19, item 8): the deepest document allowed (max_depth 128) is read,
 * written, evaluated and copied on a thread of 128 KiB, musl's default thread stack and less than PHP-FPM's,
 * Python's or Go's; a deeper one is refused there with IK_ELIMIT before any recursion, and a max_depth over the
 * ceiling is IK_ERANGE. A stack overflow would end this program: the test is that it finishes.
 * Usage: test_stack.
 */
#define _POSIX_C_SOURCE 200809L
#include <impactkit.h>
#include <pthread.h>

#include "check.h"

enum { STACK = 128 * 1024, CEILING = 128 };

typedef struct {
    int depth;       /* nesting of the whole document */
    int max_depth;   /* ik_options.max_depth */
    int load, write, evaluate, copy;
} job;

static char *nested_document(int depth, size_t *len) {
    char *text = malloc((size_t)depth * 2 + 128);
    int n = sprintf(text, "{\"schema\": \"impactkit/canvas/1\", \"id\": \"c\", \"title\": \"t\", \"template\": \"lim\", \"x-deep\": ");
    for (int i = 1; i < depth; i++) text[n++] = '[';
    for (int i = 1; i < depth; i++) text[n++] = ']';
    text[n++] = '}';
    text[n] = 0;
    *len = (size_t)n;
    return text;
}

static void *work(void *argument) {
    job *j = argument;
    size_t len = 0;
    char *text = nested_document(j->depth, &len);
    ik_options opts = IK_OPTIONS_INIT;
    opts.max_depth = (size_t)j->max_depth;
    ik_document *doc = NULL, *copy = NULL;
    ik_error err;
    char *out = NULL;
    j->load = ik_document_from_json(&doc, text, len, &opts, &err);
    if (j->load == IK_OK) {
        j->write = ik_document_to_json(doc, &out, &err);
        ik_free(out);
        j->evaluate = ik_document_evaluate(doc, NULL, &out, &err);
        ik_free(out);
        j->copy = ik_document_copy(&copy, doc, &err);
        ik_document_free(copy);
    }
    ik_document_free(doc);
    free(text);
    return NULL;
}

static void on_small_thread(job *j) {
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    CHECK(pthread_attr_setstacksize(&attributes, STACK) == 0);
    pthread_t thread;
    CHECK(pthread_create(&thread, &attributes, work, j) == 0);
    pthread_join(thread, NULL);
    pthread_attr_destroy(&attributes);
}

int main(void) {
    job deepest = {CEILING, CEILING, -99, -99, -99, -99};
    on_small_thread(&deepest);
    CHECK(deepest.load == IK_OK && deepest.write == IK_OK && deepest.evaluate == IK_OK && deepest.copy == IK_OK);

    job deeper = {CEILING + 1, CEILING, -99, -99, -99, -99};
    on_small_thread(&deeper);
    CHECK(deeper.load == IK_ELIMIT);

    job hostile = {100000, CEILING, -99, -99, -99, -99};   /* 100 000 levels: refused in the pre-scan, no recursion */
    on_small_thread(&hostile);
    CHECK(hostile.load == IK_ELIMIT);

    job over = {2, CEILING + 1, -99, -99, -99, -99};
    on_small_thread(&over);
    CHECK(over.load == IK_ERANGE);

    printf("stack: %d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
