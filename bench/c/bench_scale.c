/*
 * How ImpactKit's canvas operations grow with the canvas: 10^2 … 10^5 placements, through the C ABI.
 * Usage: bench_scale [MAX [edits|whole]]   (MAX placements, default 100000; one half only, e.g. for a profile)
 *
 * Edits by id (unplace, move, set effect) are timed per call on the full canvas, against the peer a host without
 * ImpactKit would have: the placements as a jansson array, where removing one shifts the rest (json_array_remove)
 * and finding one by id is a scan. Whole-canvas operations (evaluate, write the JSON, draw the poster) are timed per
 * placement, against jansson writing the same document, so that "linear" reads as a flat column. Medians of 5.
 */
#define _POSIX_C_SOURCE 199309L
#include <impactkit.h>
#include <jansson.h>

#include <string.h>

#include "bench_common.h"

#define ROUNDS 5
static double median(double *samples) { return median_of(samples, ROUNDS); }

static void check(int rc, const char *what) {
    if (rc != IK_OK) { fprintf(stderr, "%s failed: %d\n", what, rc); exit(3); }
}

static const char *domains[] = {"target-group", "partners", "complexity", "interprofessional", "knowledge"};
static const char *fields[] = {"activity", "place", "result"};

/* Placement i: a free text in field i % 3 of domain (i / 3) % 5, id "p<i+1>" (given: since 1.1 a new id is drawn
 * at random, and the benchmark names its targets). */
static ik_canvas *build(int n) {
    ik_canvas *canvas = NULL;
    check(ik_canvas_new(&canvas, "scale", NULL, 0, NULL, NULL), "ik_canvas_new");
    char op[200];
    for (int i = 0; i < n; i++) {
        snprintf(op, sizeof op, "[{\"op\": \"place\", \"id\": \"p%d\", \"text\": \"Kaart %d met een korte tekst\", \"domain\": \"%s\", \"field\": \"%s\"}]",
                 i + 1, i + 1, domains[(i / 3) % 5], fields[i % 3]);
        check(ik_canvas_apply(canvas, op, strlen(op), NULL, NULL, NULL), "place");
    }
    return canvas;
}

/* A fixed spread of positions over the canvas, the same for ImpactKit and the peer. */
static int position(int k, int n) { return (int)(((long long)k * 7919) % n); }

/* Per-call time of `count` moves to odd ids: the edits' own figure and the peer of one operation through apply. */
static double timed_moves(ik_canvas *canvas, int n, int count) {
    char id[32];
    double start = now();
    for (int k = 0; k < count; k++) {
        snprintf(id, sizeof id, "p%d", (position(k, n) | 1) + 1);
        check(ik_canvas_move(canvas, id, domains[(k + 1) % 5], "activity", NULL), "move");
    }
    return (now() - start) / count;
}

/* Per-call time of `count` edits on a canvas of n: unplace + place back, move there and back, set an effect. */
static void edits(int n, int count) {
    double unplace[ROUNDS], move[ROUNDS], effect[ROUNDS], peer[ROUNDS];
    char id[32];
    const char *intended = "{\"intended\": true}";
    for (int r = 0; r < ROUNDS; r++) {
        ik_canvas *canvas = build(n);
        /* Disjoint targets, so that every edit succeeds: moves take odd ids, effects even results (i % 6 == 2),
         * and unplace comes last, spread over all. */
        move[r] = timed_moves(canvas, n, count);
        double start = now();
        for (int k = 0; k < count; k++) {
            snprintf(id, sizeof id, "p%d", position(k, n) / 6 * 6 + 3);
            check(ik_canvas_set_effect(canvas, id, intended, strlen(intended), NULL), "set effect");
        }
        effect[r] = (now() - start) / count;
        start = now();
        int removed = 0;
        for (int k = 0; k < count; k++) {
            snprintf(id, sizeof id, "p%d", position(k, n) + 1);
            removed += ik_canvas_unplace(canvas, id, NULL) == IK_OK;
        }
        unplace[r] = (now() - start) / count;
        if (removed != count) { fprintf(stderr, "unplace: %d of %d\n", removed, count); exit(3); }
        ik_canvas_free(canvas);

        /* The peer: the same placements as a jansson array; remove by id = scan + shift. */
        json_t *list = json_array();
        for (int i = 0; i < n; i++) {
            snprintf(id, sizeof id, "p%d", i + 1);
            json_array_append_new(list, json_pack("{s:s, s:s, s:s, s:s}", "id", id, "text", "Kaart", "domain",
                                                  domains[(i / 3) % 5], "field", fields[i % 3]));
        }
        start = now();
        for (int k = 0; k < count; k++) {
            snprintf(id, sizeof id, "p%d", position(k, n) + 1);
            size_t size = json_array_size(list);
            for (size_t j = 0; j < size; j++) {
                if (strcmp(json_string_value(json_object_get(json_array_get(list, j), "id")), id) == 0) {
                    json_array_remove(list, j);
                    break;
                }
            }
        }
        peer[r] = (now() - start) / count;
        json_decref(list);
    }
    printf("%8d  unplace %7.3f µs  move %7.3f µs  set effect %7.3f µs  | jansson array remove by id %9.3f µs\n", n,
           median(unplace) * 1e6, median(move) * 1e6, median(effect) * 1e6, median(peer) * 1e6);
}

/* Issue 32: one operation through ik_canvas_apply (a member moving a card, with undo and a base revision), against
 * the same move through ik_canvas_move in the same run: what the JSON operation, its undo and the revision check
 * cost on top of the edit itself. The base revision is read once per round, as a host reads it once per request
 * (computing it hashes the whole document: that is the host's cost per read, reported apart). */
static void operations(int n, int count) {
    double apply[ROUNDS], plain[ROUNDS], revision[ROUNDS], parse[ROUNDS];
    char ops[160];
    for (int r = 0; r < ROUNDS; r++) {
        ik_canvas *canvas = build(n);
        plain[r] = timed_moves(canvas, n, count);
        char *base = NULL;
        double start = now();
        check(ik_canvas_revision(canvas, &base, NULL), "revision");
        revision[r] = now() - start;
        start = now();
        for (int k = 0; k < count; k++) {
            snprintf(ops, sizeof ops, "[{\"op\": \"move\", \"id\": \"p%d\", \"domain\": \"%s\"}]",
                     (position(k, n) | 1) + 1, domains[(k + 2) % 5]);
            char *undo = NULL;
            check(ik_canvas_apply(canvas, ops, strlen(ops), base, &undo, NULL), "apply");
            ik_free(undo);
        }
        apply[r] = (now() - start) / count;
        /* The floor of any JSON operation through jansson: parsing the same bytes and freeing the tree. */
        start = now();
        for (int k = 0; k < count; k++) {
            snprintf(ops, sizeof ops, "[{\"op\": \"move\", \"id\": \"p%d\", \"domain\": \"%s\"}]",
                     (position(k, n) | 1) + 1, domains[(k + 2) % 5]);
            json_t *tree = json_loadb(ops, strlen(ops), 0, NULL);
            if (!tree) exit(3);
            json_decref(tree);
        }
        parse[r] = (now() - start) / count;
        ik_free(base);
        ik_canvas_free(canvas);
    }
    printf("%8d  apply (1 move + undo + base revision) %7.3f µs  | ik_canvas_move %7.3f µs  ratio %5.2f  | jansson parse of the op %6.3f µs   revision %9.3f ms\n",
           n, median(apply) * 1e6, median(plain) * 1e6, median(apply) / median(plain), median(parse) * 1e6,
           median(revision) * 1e3);
}

/* Issue 32: a three-way merge of two copies of an N-card canvas, each with N/12 cards laid and N/12 notes set
 * apart, against jansson reading and writing the same three documents (the floor of merely handling them). */
static void merges(int n) {
    double merge[ROUNDS], peer[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
        ik_canvas *canvas = build(n);
        ik_document *base = NULL, *ours = NULL, *theirs = NULL, *merged = NULL;
        check(ik_canvas_to_document(&base, canvas, NULL), "to_document");
        char ops[200];
        for (int side = 0; side < 2; side++) {
            ik_canvas *copy = NULL;
            check(ik_canvas_from_document(&copy, base, NULL), "from_document");
            for (int k = 0; k < n / 12; k++) {
                snprintf(ops, sizeof ops, "[{\"op\": \"note\", \"id\": \"p%d\", \"note\": \"kant %d\"}]", position(k + side * 7, n) + 1, side);
                check(ik_canvas_apply(copy, ops, strlen(ops), NULL, NULL, NULL), "note");
                check(ik_canvas_place_text(copy, "nieuw", domains[k % 5], fields[k % 3], NULL, NULL, NULL), "place");
            }
            check(ik_canvas_to_document(side == 0 ? &ours : &theirs, copy, NULL), "to_document");
            ik_canvas_free(copy);
        }
        double start = now();
        check(ik_canvas_merge(&merged, base, ours, theirs, NULL, NULL, NULL), "merge");
        merge[r] = now() - start;
        char *texts[3];
        check(ik_document_to_json(base, &texts[0], NULL), "json");
        check(ik_document_to_json(ours, &texts[1], NULL), "json");
        check(ik_document_to_json(theirs, &texts[2], NULL), "json");
        start = now();
        for (int i = 0; i < 3; i++) {
            json_t *tree = json_loads(texts[i], 0, NULL);
            char *again = json_dumps(tree, JSON_INDENT(2));
            free(again);
            json_decref(tree);
        }
        peer[r] = now() - start;
        for (int i = 0; i < 3; i++) ik_free(texts[i]);
        ik_document_free(base);
        ik_document_free(ours);
        ik_document_free(theirs);
        ik_document_free(merged);
        ik_canvas_free(canvas);
    }
    printf("%8d  merge of two copies (%d laid + %d notes each) %8.3f ms  | jansson read + write of the 3 documents %8.3f ms  ratio %5.2f\n",
           n, n / 12, n / 12, median(merge) * 1e3, median(peer) * 1e3, median(merge) / median(peer));
}

/* Whole-canvas operations per placement, and jansson writing the same canvas document. */
static void whole(int n, int with_svg) {
    ik_canvas *canvas = build(n);
    ik_document *doc = NULL;
    check(ik_canvas_to_document(&doc, canvas, NULL), "to_document");
    json_t *tree = NULL;
    check(ik_document_to_jansson(doc, &tree, NULL), "to_jansson");
    double eval[ROUNDS], write[ROUNDS], svg[ROUNDS], peer[ROUNDS];
    int reps = n >= 10000 ? 1 : 100000 / n;
    for (int r = 0; r < ROUNDS; r++) {
        char *out = NULL;
        double start = now();
        for (int i = 0; i < reps; i++) { check(ik_document_evaluate(doc, NULL, &out, NULL), "evaluate"); ik_free(out); }
        eval[r] = (now() - start) / reps / n;
        start = now();
        for (int i = 0; i < reps; i++) { check(ik_document_to_json(doc, &out, NULL), "to_json"); ik_free(out); }
        write[r] = (now() - start) / reps / n;
        start = now();
        for (int i = 0; i < reps; i++) { char *text = json_dumps(tree, JSON_INDENT(2)); free(text); }
        peer[r] = (now() - start) / reps / n;
        svg[r] = 0;
        if (with_svg) {
            start = now();
            for (int i = 0; i < reps; i++) { check(ik_document_render_svg(doc, NULL, &out, NULL), "svg"); ik_free(out); }
            svg[r] = (now() - start) / reps / n;
        }
    }
    printf("%8d  evaluate %6.0f ns  to_json %6.0f ns  SVG poster %6.0f ns  | jansson write %6.0f ns   (per placement)\n",
           n, median(eval) * 1e9, median(write) * 1e9, median(svg) * 1e9, median(peer) * 1e9);
    json_decref(tree);
    ik_document_free(doc);
    ik_canvas_free(canvas);
}

/* Issue 37, item 5: SROI assurance (tornado and break-even) of a study of N outcomes, per outcome, against jansson
 * writing the same document. Flat is linear; the tornado recomputed the whole study per row (quadratic: 15 s at
 * 1 600 outcomes). One round at 10^5 (seconds each). */
static void assurance(int n) {
    json_t *outcomes = json_array();
    char id[32];
    for (int i = 0; i < n; i++) {
        snprintf(id, sizeof id, "o%d", i);
        json_array_append_new(outcomes, json_pack("{s:s, s:s, s:i, s:i, s:i, s:i, s:i, s:i, s:i}", "id", id, "name", id,
                                                  "quantity", 5 + i % 7, "proxy", 100 + 37 * (i % 11), "duration", 1 + i % 5,
                                                  "deadweight", i % 30, "attribution", 10, "displacement", i % 4,
                                                  "drop_off", i % 20));
    }
    json_t *tree = json_pack("{s:s, s:s, s:s, s:{s:s, s:f, s:[{s:s, s:f}], s:o}}", "schema", "impactkit/changelog/1",
                             "id", "bench", "title", "Bench", "sroi", "currency", "EUR", "discount_rate", 3.5, "inputs",
                             "name", "hours", "value", 1000.0 * n, "outcomes", outcomes);
    ik_document *doc = NULL;
    check(ik_document_from_jansson(&doc, tree, NULL, NULL), "changelog");
    int rounds = n >= 100000 ? 1 : ROUNDS;
    double run[ROUNDS], peer[ROUNDS];
    for (int r = 0; r < rounds; r++) {
        char *out = NULL;
        double start = now();
        check(ik_changelog_assurance(doc, NULL, NULL, 0, &out, NULL), "assurance");
        run[r] = (now() - start) / n;
        ik_free(out);
        start = now();
        char *text = json_dumps(tree, JSON_INDENT(2));
        peer[r] = (now() - start) / n;
        free(text);
    }
    printf("%8d  assurance (tornado + break-even) %7.2f µs per outcome  | jansson writing the study %6.3f µs per outcome  ratio %6.1f\n",
           n, median_of(run, rounds) * 1e6, median_of(peer, rounds) * 1e6, median_of(run, rounds) / median_of(peer, rounds));
    json_decref(tree);
    ik_document_free(doc);
}

int main(int argc, char **argv) {
    int max = argc > 1 ? atoi(argv[1]) : 100000;
    const char *only = argc > 2 ? argv[2] : "";
    if (strcmp(only, "whole") != 0) {
        printf("Edits by id on a canvas of N placements (per call; 1 000 edits of each kind, spread over the canvas)\n");
        for (int n = 100; n <= max; n *= 10) edits(n, n < 1000 ? n / 2 : 1000);
    }
    if (strcmp(only, "whole") != 0) {
        printf("One operation through ik_canvas_apply on a canvas of N placements (per call; 1 000 operations)\n");
        for (int n = 100; n <= max; n *= 10) operations(n, n < 1000 ? n / 2 : 1000);
        printf("Three-way merge of two copies of a canvas of N placements\n");
        merges(600);
        for (int n = 1000; n <= max && n <= 10000; n *= 10) merges(n);
    }
    if (strcmp(only, "edits") != 0) {
        printf("SROI assurance of a study of N outcomes, per outcome (flat = linear)\n");
        for (int n = 100; n <= max; n *= 10) assurance(n);
        printf("Whole-canvas operations, per placement (flat = linear)\n");
        for (int n = 100; n <= max; n *= 10) whole(n, 1);
    }
    return 0;
}
