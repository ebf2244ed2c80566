/* What every C bench needs: a monotonic clock, a median and a file read whole. Header-only, static: each bench is
 * one translation unit. */
#ifndef IMPACTKIT_BENCH_COMMON_H
#define IMPACTKIT_BENCH_COMMON_H

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static inline double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static inline int compare_doubles(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* The median of `count` samples (sorts them). */
static inline double median_of(double *samples, int count) {
    qsort(samples, (size_t)count, sizeof samples[0], compare_doubles);
    return samples[count / 2];
}

/* `dir`/`name` (or `name` alone when `dir` is NULL) read whole, NUL-terminated; exits 2 when it cannot be read. */
static inline char *read_whole(const char *dir, const char *name, size_t *len) {
    char path[1024];
    snprintf(path, sizeof path, dir ? "%s/%s" : "%s%s", dir ? dir : "", name);
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(2); }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)size + 1);
    if (!buf || fread(buf, 1, (size_t)size, f) != (size_t)size) { perror(path); exit(2); }
    fclose(f);
    buf[size] = 0;
    *len = (size_t)size;
    return buf;
}

#endif
