/* prof.c: a sampling profiler for developing Aster itself. With the
   environment variable ASTER_PROF set, every thread samples its running
   line each ASTER_PROF instructions (default 1000), and closing the VM
   prints the hottest lines and functions to stderr (ASTER_PROF_TOP of
   each, default 40). Build with
   ASTER_EMBED_DEBUG=1 (make B=build-dev) to see lines of the runtime too. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <lua.h>
#include <lauxlib.h>
#include "vmint.h"

#define PROF_KEY "aster.prof"

/* Count one sample in the registry table under `key`. */
static void prof__count(lua_State *L, const char *key) {
  lua_getfield(L, LUA_REGISTRYINDEX, PROF_KEY);
  lua_getfield(L, -1, key);
  lua_Integer n = lua_tointeger(L, -1);
  lua_pop(L, 1);
  lua_pushinteger(L, n + 1);
  lua_setfield(L, -2, key);
  lua_pop(L, 1);
}

static void prof__hook(lua_State *L, lua_Debug *ar) {
  if (ar->event != LUA_HOOKCOUNT) return;
  char key[256];
  if (!lua_getinfo(L, "Sl", ar)) return;
  snprintf(key, sizeof key, "L %s:%d", ar->short_src, ar->currentline);
  prof__count(L, key);
  snprintf(key, sizeof key, "F %s:%d", ar->short_src, ar->linedefined);
  prof__count(L, key);
}

void aster__prof_start(lua_State *L) {
  const char *env = getenv("ASTER_PROF");
  if (!env) return;
  int every = atoi(env);
  if (every <= 0) every = 1000;
  lua_newtable(L);
  lua_setfield(L, LUA_REGISTRYINDEX, PROF_KEY);
  lua_sethook(L, prof__hook, LUA_MASKCOUNT, every);
}

typedef struct { const char *key; lua_Integer n; } ProfEntry;

static int prof__cmp(const void *a, const void *b) {
  lua_Integer x = ((const ProfEntry *)a)->n, y = ((const ProfEntry *)b)->n;
  return x < y ? 1 : x > y ? -1 : 0;
}

void aster__prof_report(lua_State *L) {
  if (lua_getfield(L, LUA_REGISTRYINDEX, PROF_KEY) != LUA_TTABLE) {
    lua_pop(L, 1);
    return;
  }
  lua_sethook(L, NULL, 0, 0);
  size_t n = 0, cap = 256;
  ProfEntry *es = malloc(cap * sizeof *es);
  lua_Integer total = 0;
  lua_pushnil(L);
  while (es && lua_next(L, -2)) {
    if (n == cap) {
      ProfEntry *ne = realloc(es, (cap *= 2) * sizeof *es);
      if (!ne) break;
      es = ne;
    }
    es[n].key = lua_tostring(L, -2);
    es[n].n = lua_tointeger(L, -1);
    if (es[n].key[0] == 'L') total += es[n].n;
    n++;
    lua_pop(L, 1);
  }
  if (es) {
    const char *top_env = getenv("ASTER_PROF_TOP"); /* how many lines and functions to show */
    int top = top_env && atoi(top_env) > 0 ? atoi(top_env) : 40;
    qsort(es, n, sizeof *es, prof__cmp);
    for (int kind = 0; kind < 2; kind++) {
      fprintf(stderr, kind ? "--- functions (by line defined)\n" : "--- lines (%lld samples)\n", (long long)total);
      int shown = 0;
      for (size_t i = 0; i < n && shown < top; i++)
        if (es[i].key[0] == (kind ? 'F' : 'L')) {
          fprintf(stderr, "%6.2f%%  %s\n", 100.0 * es[i].n / (total ? total : 1), es[i].key + 2);
          shown++;
        }
    }
    free(es);
  }
  lua_pop(L, 1);
}
