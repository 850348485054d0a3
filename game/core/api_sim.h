/* api_sim.h — the 'sim' Lua module scenario hooks use, and math.random */
#ifndef TS_API_SIM_H
#define TS_API_SIM_H

#include <lua.h>

/* Registers 'sim' and a seeded math.random (call in protected mode). */
void api_sim_open(lua_State *L);

#endif
