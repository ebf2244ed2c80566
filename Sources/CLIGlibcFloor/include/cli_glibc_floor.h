/* Nothing to call: Sources/CLIGlibcFloor/glibc_floor.c only defines hypot and hypotf for the CLI's link (why there). */
#ifndef IMPACTKIT_CLI_GLIBC_FLOOR_H
#define IMPACTKIT_CLI_GLIBC_FLOOR_H
#endif
