/* sandbox.h — a Lua state for one untrusted scenario: allow-listed libraries,
   an instruction and time budget that pcall cannot swallow, a memory cap */
#ifndef TS_SANDBOX_H
#define TS_SANDBOX_H

#include <stddef.h>

#include <lua.h>

#define SANDBOX_MEM_DEFAULT ((size_t)64 << 20) /* 64 MB per scenario */
#define SANDBOX_INSTR_DEFAULT 20000000L        /* per call into Lua */
#define SANDBOX_MS_DEFAULT 1000                /* wall-clock backstop per call */

typedef struct SandboxLimits {
  size_t mem_bytes;  /* 0 = default */
  long instructions; /* 0 = default */
  int millis;        /* 0 = default */
} SandboxLimits;

typedef struct Sandbox Sandbox;

/* Receives what a scenario print()s; 'file' is the scenario path. */
typedef void (*SandboxPrint)(void *ud, const char *file, const char *msg);

/* Creates a state with the allow-listed libraries. 'name' (copied) is the
   file path used in every message. Returns NULL when out of memory. */
Sandbox *sb_new(const char *name, const SandboxLimits *lim);
void sb_free(Sandbox *sb);

lua_State *sb_lua(Sandbox *sb);
const char *sb_name(const Sandbox *sb);
size_t sb_mem_used(const Sandbox *sb);
void sb_set_print(Sandbox *sb, SandboxPrint fn, void *ud);

/* Per-call context for bindings (for example the run a hook belongs to);
   set before a call and cleared after it. */
void sb_set_context(Sandbox *sb, void *ctx);
void *sb_context(lua_State *L);
Sandbox *sb_from_lua(lua_State *L);

/* Compiles 'buf' as a text chunk (binary chunks are refused) and runs it
   under the budget, leaving its one result on the stack. Returns 0, or -1
   with "file:line: message" in err. */
int sb_run_chunk(Sandbox *sb, const char *buf, size_t len, char *err, size_t errlen);

/* Calls the function below 'nargs' arguments on the stack under the budget,
   like lua_pcall. Returns 0, or -1 with "file:line: message" in err (the
   function and arguments are popped either way). */
int sb_call(Sandbox *sb, int nargs, int nresults, char *err, size_t errlen);

/* Runs fn(L) in protected mode under the budget with 'ud' as its only
   argument (a light userdata). All C code that touches scenario values goes
   through here, so no error or memory failure can escape to a panic. */
int sb_protected(Sandbox *sb, lua_CFunction fn, void *ud, char *err, size_t errlen);

/* From now on assigning a new global is an error (reading an unknown
   global always is). Scenario hooks then can only keep memory in 'state'. */
int sb_lock_globals(Sandbox *sb, char *err, size_t errlen);

#endif
