/* sandbox_pairs.h — pairs and next in a fixed key order, for replayable scenarios */
#ifndef TS_SANDBOX_PAIRS_H
#define TS_SANDBOX_PAIRS_H

#include <lua.h>

/* Replaces the global 'pairs' and 'next' (call in protected mode, after the
   table library is open). */
void sb_open_sorted_pairs(lua_State *L);

#endif
