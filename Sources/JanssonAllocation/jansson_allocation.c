#include "jansson_allocation.h"

#include <jansson.h>
#include <pthread.h>

static _Thread_local int failed;
static json_malloc_t chained_malloc;
static json_free_t chained_free;
static pthread_once_t installed = PTHREAD_ONCE_INIT;

static void *recording_malloc(size_t size) {
    void *memory = chained_malloc(size);
    if (memory == NULL) failed = 1;
    return memory;
}

static void forwarding_free(void *memory) { chained_free(memory); }

static void install(void) {
    json_get_alloc_funcs(&chained_malloc, &chained_free);
    json_set_alloc_funcs(recording_malloc, forwarding_free);
}

void impactkit_jansson_allocation_install(void) { pthread_once(&installed, install); }

void impactkit_jansson_allocation_begin(void) { failed = 0; }

int impactkit_jansson_allocation_failed(void) { return failed; }
