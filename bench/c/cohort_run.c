/*
 * A cohort over a folder through the C ABI, in a process of its own (so its peak RSS is its own):
 * cohort_run DIR   prints "seconds peak_mib groups" on one line. Used by `make bench` and for profiling.
 */
#define _DEFAULT_SOURCE
#include <impactkit.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* VmHWM of this process (getrusage's ru_maxrss can carry a parent's peak over fork and exec). */
static double peak_rss_mib(void) {
    FILE *status = fopen("/proc/self/status", "r");
    char line[256];
    double kib = -1;
    while (status && fgets(line, sizeof line, status))
        if (strncmp(line, "VmHWM:", 6) == 0) kib = strtod(line + 6, NULL);
    if (status) fclose(status);
    return kib / 1024.0;
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: cohort_run DIR\n"); return 2; }
    DIR *dir = opendir(argv[1]);
    if (!dir) { perror(argv[1]); return 2; }
    size_t count = 0, capacity = 1024;
    char **names = malloc(capacity * sizeof *names);
    for (struct dirent *entry; (entry = readdir(dir));) {
        size_t len = strlen(entry->d_name);
        if (len < 6 || strcmp(entry->d_name + len - 5, ".json") != 0) continue;
        if (count == capacity) names = realloc(names, (capacity *= 2) * sizeof *names);
        names[count++] = strdup(entry->d_name);
    }
    closedir(dir);
    qsort(names, count, sizeof *names, by_name);

    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    ik_cohort *cohort = NULL;
    ik_error error;
    if (ik_cohort_new(&cohort, NULL, NULL, &error) != IK_OK) { fprintf(stderr, "%s\n", error.message); return 1; }
    char path[4096];
    for (size_t i = 0; i < count; i++) {
        snprintf(path, sizeof path, "%s/%s", argv[1], names[i]);
        FILE *f = fopen(path, "rb");
        if (!f) continue;
        fseek(f, 0, SEEK_END);
        long size = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *bytes = malloc((size_t)size);
        size_t got = fread(bytes, 1, (size_t)size, f);
        fclose(f);
        ik_cohort_add_json(cohort, names[i], bytes, got, NULL);
        free(bytes);
        free(names[i]);
    }
    char *report = NULL;
    ik_cohort_evaluate(cohort, NULL, &report, &error);
    clock_gettime(CLOCK_MONOTONIC, &end);
    const char *groups = strstr(report ? report : "", "\"groups\": ");
    printf("%.4f %.1f %ld\n", (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) * 1e-9,
           peak_rss_mib(), groups ? strtol(groups + 10, NULL, 10) : -1L);
    ik_free(report);
    ik_cohort_free(cohort);
    free(names);
    return 0;
}
