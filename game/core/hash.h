/* hash.h — FNV-1a, the one hash the program uses: a scenario's version,
   and the kiosk's small keys and change signatures. Not for secrets. */
#ifndef TS_HASH_H
#define TS_HASH_H

#include <stddef.h>
#include <stdint.h>

#define HASH_START 1469598103934665603ull /* the FNV-1a offset basis */

/* 'h' (HASH_START to begin) carried on over 'len' bytes of 'data'. */
uint64_t hash_bytes(uint64_t h, const void *data, size_t len);

#endif
