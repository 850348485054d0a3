/* load_fields.c — typed readers for the scenario loader: texts in several
   languages, numbers in range, durations, enums, lists, beat references.
   All access is raw, so a scenario's metatables never run here. */
#include "loader.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

#include "api_format.h"
#include "duration.h"

void ld_err(Loader *ld, const char *fmt, ...) {
  char msg[768];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  diag_add(ld->diag, DIAG_ERROR, ld->s->path, ld->line, "%s", msg);
}

char *ld_dup(const char *s) {
  char *d = malloc(strlen(s) + 1);
  if (d) {
    strcpy(d, s);
  }
  return d;
}

/* Enters the table at 'idx': checks its kind and moves the line there.
   Returns the previous line, to restore with ld_leave(). */
int ld_enter(Loader *ld, int idx, const char *kind) {
  int saved = ld->line;
  const char *got;
  int line = fmt_line(ld->L, idx, &got);
  if (line > 0) {
    ld->line = line;
  }
  if (got && strcmp(got, kind) != 0) {
    ld_err(ld, "expected %s{ } here, found %s{ }", kind, got);
  }
  return saved;
}

void ld_leave(Loader *ld, int saved) {
  ld->line = saved;
}

/* Reports every key of the table at 'idx' that is not in 'allowed'. */
void ld_check_fields(Loader *ld, int idx, const char *what, const char *const *allowed) {
  lua_State *L = ld->L;
  idx = lua_absindex(L, idx);
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    if (lua_type(L, -1) != LUA_TSTRING) {
      ld_err(ld, "%s has a value without a field name (did you forget 'name = '?)", what);
      continue;
    }
    const char *key = lua_tostring(L, -1);
    if (name_index(allowed, key) < 0) {
      char list[512] = "";
      for (int i = 0; allowed[i]; i++) {
        strncat(list, i ? ", " : "", sizeof list - strlen(list) - 1);
        strncat(list, allowed[i], sizeof list - strlen(list) - 1);
      }
      ld_err(ld, "unknown field '%s' in %s (expected one of: %s)", key, what, list);
    }
  }
}

/* Pushes t[name] (raw) and returns its type. */
int ld_field(Loader *ld, int idx, const char *name) {
  idx = lua_absindex(ld->L, idx);
  lua_pushstring(ld->L, name);
  return lua_rawget(ld->L, idx);
}

const char *ld_type_name(Loader *ld, int idx) {
  return lua_typename(ld->L, lua_type(ld->L, idx));
}

int ld_is_identifier(const char *s) {
  if (!*s || !(isalpha((unsigned char)*s) || *s == '_')) {
    return 0;
  }
  for (; *s; s++) {
    if (!(isalnum((unsigned char)*s) || *s == '_' || *s == '-')) {
      return 0;
    }
  }
  return 1;
}

/* --- typed field readers: each pops what it pushes --------------------- */

void ld_text_value(Loader *ld, int idx, const char *name, Text *out) {
  lua_State *L = ld->L;
  unsigned mask = 0;
  if (lua_type(L, idx) == LUA_TSTRING) {
    out->s[ld->s->lang] = ld_dup(lua_tostring(L, idx));
    mask = 1u << ld->s->lang;
  } else if (lua_istable(L, idx)) {
    idx = lua_absindex(L, idx);
    lua_pushnil(L);
    while (lua_next(L, idx)) {
      int lang = lua_type(L, -2) == LUA_TSTRING ? lang_from_code(lua_tostring(L, -2)) : -1;
      if (lang < 0) {
        ld_err(ld, "'%s' has a translation in an unknown language '%s' (use en, it, es, fr, de or pt)", name,
               lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?");
      } else if (lua_type(L, -1) != LUA_TSTRING) {
        ld_err(ld, "'%s'.%s must be a string, not a %s", name, lang_code(lang), ld_type_name(ld, -1));
      } else if (!out->s[lang]) {
        out->s[lang] = ld_dup(lua_tostring(L, -1));
        mask |= 1u << lang;
      }
      lua_pop(L, 1);
    }
    if (!(mask & (1u << ld->s->lang))) {
      ld_err(ld, "'%s' has no text in the scenario's language '%s'", name, lang_code(ld->s->lang));
    }
  } else {
    ld_err(ld, "'%s' must be a string or a table of translations, not a %s", name, ld_type_name(ld, idx));
  }
  ld->langs &= mask;
}

void ld_text(Loader *ld, int idx, const char *name, Text *out, int required) {
  if (ld_field(ld, idx, name) == LUA_TNIL) {
    if (required) {
      ld_err(ld, "missing '%s'", name);
    }
  } else {
    ld_text_value(ld, -1, name, out);
  }
  lua_pop(ld->L, 1);
}

char *ld_string(Loader *ld, int idx, const char *name, int required) {
  char *out = NULL;
  int t = ld_field(ld, idx, name);
  if (t == LUA_TSTRING) {
    out = ld_dup(lua_tostring(ld->L, -1));
  } else if (t != LUA_TNIL) {
    ld_err(ld, "'%s' must be a string, not a %s", name, ld_type_name(ld, -1));
  } else if (required) {
    ld_err(ld, "missing '%s'", name);
  }
  lua_pop(ld->L, 1);
  return out;
}

double ld_number(Loader *ld, int idx, const char *name, double lo, double hi, int required, double def) {
  double out = def;
  int t = ld_field(ld, idx, name);
  if (t == LUA_TNUMBER) {
    out = lua_tonumber(ld->L, -1);
    if (!(out >= lo && out <= hi)) {
      ld_err(ld, "'%s' is %g, outside %g..%g", name, out, lo, hi);
      out = def;
    }
  } else if (t != LUA_TNIL) {
    ld_err(ld, "'%s' must be a number, not a %s", name, ld_type_name(ld, -1));
  } else if (required) {
    ld_err(ld, "missing '%s'", name);
  }
  lua_pop(ld->L, 1);
  return out;
}

/* A whole number in lo..hi (counts, minutes, the clock rate). */
int ld_int(Loader *ld, int idx, const char *name, int lo, int hi, int required, int def) {
  double out = ld_number(ld, idx, name, lo, hi, required, def);
  if (out != floor(out)) {
    ld_err(ld, "'%s' is %g, it must be a whole number", name, out);
    return def;
  }
  return (int)out;
}

int64_t ld_duration(Loader *ld, int idx, const char *name, int64_t def) {
  int64_t out = def;
  int t = ld_field(ld, idx, name);
  if (t == LUA_TNUMBER) {
    double sec = lua_tonumber(ld->L, -1);
    if (!(sec >= 0 && sec * 1000 <= (double)DURATION_MAX_MS)) {
      ld_err(ld, "'%s' is %g seconds, outside 0 to a year", name, sec);
    } else {
      out = (int64_t)(sec * 1000 + 0.5);
    }
  } else if (t == LUA_TSTRING) {
    if (duration_parse(lua_tostring(ld->L, -1), &out) != 0) {
      ld_err(ld, "'%s' = \"%s\" is not a duration (write \"45s\", \"10m\", \"2h\", \"2d\" or \"1h30m\")", name,
             lua_tostring(ld->L, -1));
      out = def;
    }
  } else if (t != LUA_TNIL) {
    ld_err(ld, "'%s' must be a duration such as \"10m\", not a %s", name, ld_type_name(ld, -1));
  }
  lua_pop(ld->L, 1);
  return out;
}

LuaRef ld_function(Loader *ld, int idx, const char *name) {
  int t = ld_field(ld, idx, name);
  if (t == LUA_TFUNCTION) {
    return luaL_ref(ld->L, LUA_REGISTRYINDEX);
  }
  if (t != LUA_TNIL) {
    ld_err(ld, "'%s' must be a function, not a %s", name, ld_type_name(ld, -1));
  }
  lua_pop(ld->L, 1);
  return SCN_NOREF;
}

int ld_enum(Loader *ld, int idx, const char *name, const char *const *names, int def) {
  char *v = ld_string(ld, idx, name, def < 0);
  if (!v) {
    return def < 0 ? 0 : def;
  }
  int i = name_index(names, v);
  if (i < 0) {
    char list[256] = "";
    for (int k = 0; names[k]; k++) {
      strncat(list, k ? ", " : "", sizeof list - strlen(list) - 1);
      strncat(list, names[k], sizeof list - strlen(list) - 1);
    }
    ld_err(ld, "'%s' = \"%s\" is not one of: %s", name, v, list);
    i = 0;
  }
  free(v);
  return i;
}

/* A beat reference: a beat id string, or a function when 'fn' is given. */
int ld_beat_ref(Loader *ld, int idx, const char *name, LuaRef *fn, int required) {
  int t = ld_field(ld, idx, name);
  int beat = -1;
  if (t == LUA_TSTRING) {
    beat = scn_beat_index(ld->s, lua_tostring(ld->L, -1));
    if (beat < 0) {
      ld_err(ld, "'%s' names a beat \"%s\" that does not exist", name, lua_tostring(ld->L, -1));
    }
  } else if (t == LUA_TFUNCTION && fn) {
    *fn = luaL_ref(ld->L, LUA_REGISTRYINDEX);
    return -1;
  } else if (t != LUA_TNIL) {
    ld_err(ld, "'%s' must be a beat id%s, not a %s", name, fn ? " or a function" : "", ld_type_name(ld, -1));
  } else if (required) {
    ld_err(ld, "missing '%s'", name);
  }
  lua_pop(ld->L, 1);
  return beat;
}

/* Reads a list of integers or strings into a malloc'd int array via 'map'.
   The array is stored in *out before it is filled, so its owner frees it
   whatever happens. */
void ld_list(Loader *ld, int idx, const char *name, int **out, int *count, int (*map)(Loader *, int)) {
  *count = 0;
  int t = ld_field(ld, idx, name);
  if (t == LUA_TTABLE) {
    int n = (int)lua_rawlen(ld->L, -1);
    *out = calloc((size_t)(n ? n : 1), sizeof **out);
    for (int i = 1; *out && i <= n; i++) {
      lua_rawgeti(ld->L, -1, i);
      int v = map(ld, -1);
      if (v >= 0) {
        (*out)[(*count)++] = v;
      }
      lua_pop(ld->L, 1);
    }
  } else if (t != LUA_TNIL) {
    ld_err(ld, "'%s' must be a list { ... }, not a %s", name, ld_type_name(ld, -1));
  }
  lua_pop(ld->L, 1);
}
