/* Header-only: see include/chost.h. A C target needs one source file. */
#include "chost.h"
