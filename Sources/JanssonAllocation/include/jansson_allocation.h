#ifndef IMPACTKIT_JANSSON_ALLOCATION_H
#define IMPACTKIT_JANSSON_ALLOCATION_H

/* Honest out-of-memory for jansson calls. jansson reports a failed allocation as a parse error ("invalid JSON: ")
 * and in rare paths not at all (a load that succeeds with altered text). ImpactKit chains its own allocation
 * functions in front of whatever jansson had (the host's, if it installed any first) and records, per thread,
 * that an allocation failed; a call that saw one becomes IK_ENOMEM with nothing returned. */

/* Installs the recording allocator once; later calls do nothing. Not to be raced with a host's own
 * json_set_alloc_funcs (jansson's rule): a host installs its allocator before its first ImpactKit call. */
void impactkit_jansson_allocation_install(void);

/* Starts recording on this thread: forgets earlier failures. */
void impactkit_jansson_allocation_begin(void);

/* 1 if an allocation failed on this thread since impactkit_jansson_allocation_begin, else 0. */
int impactkit_jansson_allocation_failed(void);

#endif
