/* api_format.h — the scenario constructors (scenario{}, beat{}, choice{} …) */
#ifndef TS_API_FORMAT_H
#define TS_API_FORMAT_H

#include <lua.h>

/* Registers the constructors as globals. Each returns its table unchanged
   and remembers the kind and the line it was called from. Call in
   protected mode. */
void fmt_open(lua_State *L);

/* Line and kind recorded for the table at 'idx'; 0 and NULL if it was a
   plain table. */
int fmt_line(lua_State *L, int idx, const char **kind);

#endif
