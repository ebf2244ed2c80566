/* The CLI's glibc floor. Swift's Glibc overlay, linked into the CLI statically, calls hypot and hypotf, and glibc
 * 2.35 gave those new symbol versions: the CLI then would not start on glibc 2.34 (RHEL 9) although nothing else
 * needs more than 2.34. Defined here, they call glibc's first versions of the same functions, looked up once with
 * dlvsym (a .symver alias would bind back to these very definitions and recurse). x86_64 glibc only; elsewhere the
 * system's functions are used as they are. Tests/check_glibc_floor.sh checks the floor and the answers. */
#define _GNU_SOURCE
#include <features.h> /* __GLIBC__ */

#if defined(__x86_64__) && defined(__GLIBC__)
#include <dlfcn.h>
#include <stddef.h>

typedef double (*double_hypot)(double, double);
typedef float (*float_hypot)(float, float);

/* libm's function of the first version: through the libraries already loaded, else libm itself (a program that
 * links nothing else of libm does not load it). */
static void *first_version(const char *name) {
    void *found = dlvsym(RTLD_NEXT, name, "GLIBC_2.2.5");
    if (found == NULL) {
        void *libm = dlopen("libm.so.6", RTLD_LAZY);
        found = libm != NULL ? dlvsym(libm, name, "GLIBC_2.2.5") : NULL;
    }
    return found;
}

double hypot(double x, double y) {
    static double_hypot first;
    double_hypot function = __atomic_load_n(&first, __ATOMIC_ACQUIRE);
    if (function == NULL) {
        function = (double_hypot)first_version("hypot");
        if (function == NULL) return __builtin_sqrt(x * x + y * y); /* no libm: plain, never a crash */
        __atomic_store_n(&first, function, __ATOMIC_RELEASE);
    }
    return function(x, y);
}

float hypotf(float x, float y) {
    static float_hypot first;
    float_hypot function = __atomic_load_n(&first, __ATOMIC_ACQUIRE);
    if (function == NULL) {
        function = (float_hypot)first_version("hypotf");
        if (function == NULL) return __builtin_sqrtf(x * x + y * y);
        __atomic_store_n(&first, function, __ATOMIC_RELEASE);
    }
    return function(x, y);
}
#endif
