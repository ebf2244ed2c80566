/*
 * The parsing floor (issue 23): ImpactKit's load against jansson's parse (our engine) and yyjson's (the fastest C
 * parser we know; a bench-only build from build/bench/yyjson, never linked into the library), on the same bytes,
 * interleaved round by round: each round runs the three in an order rotated by one. Prints the median per call
 * and the spread (lowest–highest round), and the peak memory of one load of each against the document's size.
 * Usage: parse_floor DATA_DIR   (small.json, large.json, huge.json from bench/generate.py)
 *        parse_floor --peak FILE [WARMUP]   (one load of FILE in a fresh process, after one of WARMUP so that the
 *        library's one-time set-up is not counted: prints the peak resident memory it added, against FILE's size)
 *        parse_floor --folder DIR   (every *.json of DIR read and parsed by yyjson: a cohort run's floor)
 */
#define _POSIX_C_SOURCE 199309L
#include <impactkit.h>
#include <jansson.h>
#include <yyjson.h>

#include <dirent.h>
#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "bench_common.h"

static const char *bytes;
static size_t length;

static void load_impactkit(void) {
    ik_document *doc = NULL;
    if (ik_document_from_json(&doc, bytes, length, NULL, NULL) != IK_OK) exit(3);
    ik_document_free(doc);
}
static void load_jansson(void) {
    json_t *value = json_loadb(bytes, length, JSON_REJECT_DUPLICATES, NULL);
    if (!value) exit(3);
    json_decref(value);
}
static void load_yyjson(void) {
    yyjson_doc *doc = yyjson_read(bytes, length, 0);
    if (!doc) exit(3);
    yyjson_doc_free(doc);
}

/* Bytes in use by malloc right after one load (before freeing), less what was in use before. */
static size_t in_use(void) { return mallinfo2().uordblks; }
static size_t held_impactkit(void) {
    size_t before = in_use();
    ik_document *doc = NULL;
    ik_document_from_json(&doc, bytes, length, NULL, NULL);
    size_t after = in_use();
    ik_document_free(doc);
    return after - before;
}
static size_t held_jansson(void) {
    size_t before = in_use();
    json_t *value = json_loadb(bytes, length, JSON_REJECT_DUPLICATES, NULL);
    size_t after = in_use();
    json_decref(value);
    return after - before;
}

static long status_kib(const char *field) {
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long value = -1;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, field, strlen(field)) == 0) value = atol(line + strlen(field));
    if (f) fclose(f);
    return value;
}


static int peak_mode(int argc, char **argv) {
    if (argc > 3) {
        bytes = read_whole(NULL, argv[3], &length);
        load_impactkit();
        free((void *)bytes);
    }
    bytes = read_whole(NULL, argv[2], &length);
    long before = status_kib("VmRSS:");
    load_impactkit();
    long peak = status_kib("VmHWM:");
    printf("%s: %zu B, load peak +%ld KiB = %.2fx the document\n", argv[2], length, peak - before,
           (double)(peak - before) * 1024.0 / (double)length);
    return 0;
}

/* The physical floor of a cohort run (issue 39, item 4): read every *.json file of a folder and parse it with
 * yyjson, nothing else, on one thread. Prints the seconds and the files read. */
static int folder_mode(const char *folder) {
    DIR *dir = opendir(folder);
    if (!dir) { perror(folder); return 2; }
    double start = now();
    size_t files = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        size_t n = strlen(entry->d_name);
        if (entry->d_name[0] == '.' || n < 6 || strcmp(entry->d_name + n - 5, ".json") != 0) continue;
        size_t size = 0;
        char *text = read_whole(folder, entry->d_name, &size);
        yyjson_doc *doc = yyjson_read(text, size, 0);
        if (!doc) { fprintf(stderr, "%s: not JSON\n", entry->d_name); exit(3); }
        yyjson_doc_free(doc);
        free(text);
        files++;
    }
    closedir(dir);
    printf("yyjson floor: %zu files read and parsed in %.3f s (one thread)\n", files, now() - start);
    return 0;
}

#define ROUNDS 9
int main(int argc, char **argv) {
    if (argc > 2 && strcmp(argv[1], "--peak") == 0) return peak_mode(argc, argv);
    if (argc > 2 && strcmp(argv[1], "--folder") == 0) return folder_mode(argv[2]);
    if (argc < 2) { fprintf(stderr, "usage: parse_floor DATA_DIR\n"); return 2; }
    const char *sizes[] = {"small", "large", "huge"};
    void (*contestants[3])(void) = {load_impactkit, load_jansson, load_yyjson};
    const char *names[3] = {"ImpactKit load+validate", "jansson json_loadb", "yyjson_read"};
    printf("Parsing floor (median per call, lowest–highest of %d interleaved rounds)\n", ROUNDS);
    for (int s = 0; s < 3; s++) {
        char name[64];
        snprintf(name, sizeof name, "%s.json", sizes[s]);
        char *buffer = read_whole(argv[1], name, &length);
        bytes = buffer;
        int reps = length < 10000 ? 2000 : length < 1000000 ? 40 : 2;
        double samples[3][ROUNDS];
        for (int c = 0; c < 3; c++) contestants[c]();
        for (int r = 0; r < ROUNDS; r++) {
            for (int k = 0; k < 3; k++) {
                int c = (r + k) % 3;
                double start = now();
                for (int i = 0; i < reps; i++) contestants[c]();
                samples[c][r] = (now() - start) / reps;
            }
        }
        printf("%s (%zu B)\n", sizes[s], length);
        double ours = 0;
        for (int c = 0; c < 3; c++) {
            double median = median_of(samples[c], ROUNDS);
            if (c == 0) ours = median;
            printf("  %-26s %10.3f ms  (%.3f–%.3f)  %5.2fx ImpactKit's time\n", names[c], median * 1e3,
                   samples[c][0] * 1e3, samples[c][ROUNDS - 1] * 1e3, median / ours);
        }
        printf("  memory held by one load: ImpactKit %.2fx the document, jansson's tree %.2fx\n",
               (double)held_impactkit() / (double)length, (double)held_jansson() / (double)length);
        free(buffer);
    }
    return 0;
}
