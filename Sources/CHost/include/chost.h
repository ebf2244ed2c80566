/* The few POSIX pieces the core's host policies (Sources/ImpactKit/Host) use, reached through C rather than the
 * Glibc Swift overlay: the overlay's errno, open and S_IF* are Swift code whose object also holds its Float math
 * wrappers, and linking it raised the library's glibc floor from 2.34 to 2.35 (hypotf). */
#ifndef IMPACTKIT_CHOST_H
#define IMPACTKIT_CHOST_H

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>

static inline int chost_errno(void) { return errno; }

/* open(2) with flags only (no mode): reading, or a directory to flush. */
static inline int chost_open(const char *path, int flags) { return open(path, flags); }

/* The file type bits of a mode, and the types the policies tell apart. */
static inline unsigned int chost_file_type(unsigned int mode) { return mode & S_IFMT; }
static inline unsigned int chost_regular(void) { return S_IFREG; }
static inline unsigned int chost_directory(void) { return S_IFDIR; }
static inline unsigned int chost_fifo(void) { return S_IFIFO; }
static inline unsigned int chost_character_device(void) { return S_IFCHR; }
static inline unsigned int chost_block_device(void) { return S_IFBLK; }
static inline unsigned int chost_socket(void) { return S_IFSOCK; }
static inline unsigned int chost_link(void) { return S_IFLNK; }

#endif
