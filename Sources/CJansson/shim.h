#ifndef IMPACTKIT_CJANSSON_SHIM_H
#define IMPACTKIT_CJANSSON_SHIM_H
#include <jansson.h>
#endif
