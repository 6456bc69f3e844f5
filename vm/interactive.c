/* interactive.c: the VM side of the REPL. Interactive inputs run as tasks
   on one persistent event loop (vm/interactive.lua); this file holds the
   C parts: the public aster_interactive / aster_wait_readable /
   aster_interrupt / aster_complete API and the Ctrl-C machinery (a uv_async
   event for a waiting loop, a Lua count hook for running code, set on the
   thread interrupt.c's coroutine.resume records as running). */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <uv.h>
#include <lua.h>
#include <lauxlib.h>
#include "aster.h"
#include "vmint.h"

typedef struct { const char *name; const char *kind; const unsigned char *data; size_t len; } AsterEmbedded;
extern const AsterEmbedded aster_embedded[];

struct aster__ctl {
  volatile sig_atomic_t pending; /* aster_interrupt() called, not yet delivered */
  volatile sig_atomic_t force;   /* called twice: interrupt whatever runs */
  int delivered;                 /* an interrupt reached the running input */
  lua_State *main;
  lua_State *volatile *running;  /* interrupt.c: the thread that runs now */
  volatile lua_Hook *follow;     /* interrupt.c: the hook resumed threads get */
  uv_async_t async;
  int async_ready;
  aster__loop *lp;
  lua_Integer intr_token, out_token;
  int at_prompt, output_seen, stmt_running;
  void (*out_hook)(void *);
  void *out_ud;
};
typedef struct aster__ctl Ctl;

static aster_vm *ia_vm(lua_State *L) {
  void *ud;
  lua_getallocf(L, &ud);
  return ud;
}

static Ctl *ia_ctl(lua_State *L) { return *aster__vm_ctl(ia_vm(L)); }

static Ctl *ia_ctl_of(aster_vm *vm) {
  Ctl **pc = aster__vm_ctl(vm);
  if (!*pc) {
    *pc = calloc(1, sizeof **pc);
    if (*pc) {
      Ctl *ctl = *pc;
      ctl->main = aster__vm_L(vm);
      ctl->running = aster__running_slot(ctl->main);
      ctl->follow = aster__follow_slot(ctl->main);
    }
  }
  return *pc;
}

static void ia_hook(lua_State *L, lua_Debug *ar);

/* Has the REPL an interrupt waiting to be delivered (a blocking call such
   as time.sleep should return so it can be)? */
int aster__repl_interrupt_pending(lua_State *L) {
  Ctl *ctl = ia_ctl(L);
  return ctl && ctl->pending;
}

/* The interrupt has reached the input (or was taken): threads resumed from
   now on no longer get the hook. */
static void ia_settle(Ctl *ctl) {
  ctl->pending = 0;
  ctl->force = 0;
  ctl->delivered = 1;
  if (ctl->follow) *ctl->follow = NULL;
}

/* The count hook aster_interrupt() sets: raise the interrupt in the running
   task thread. On the main thread (the scheduler) it leaves the interrupt
   to the loop event, which cancels the input cleanly. */
static void ia_hook(lua_State *L, lua_Debug *ar) {
  (void)ar;
  lua_sethook(L, NULL, 0, 0);
  Ctl *ctl = ia_ctl(L);
  if (!ctl || !ctl->pending) return;
  int is_main = lua_pushthread(L);
  lua_pop(L, 1);
  if (is_main) return;
  if (!ctl->stmt_running && !ctl->force) return;
  ia_settle(ctl);
  lua_getfield(L, LUA_REGISTRYINDEX, "aster.R");
  lua_getfield(L, -1, "repl_interrupt_exc");
  lua_call(L, 0, 1);
  lua_error(L);
}

void aster_interrupt(aster_vm *vm) {
  Ctl *ctl = *aster__vm_ctl(vm);
  if (!ctl) return;
  if (ctl->pending) ctl->force = 1;
  ctl->pending = 1;
  int mask = LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT;
  /* an interrupt not delivered yet follows execution into the thread */
  if (ctl->follow) *ctl->follow = ia_hook;
  lua_State *r = ctl->running ? *ctl->running : NULL;
  if (r) lua_sethook(r, ia_hook, mask, 1);
  lua_sethook(ctl->main, ia_hook, mask, 1);
  if (ctl->async_ready) uv_async_send(&ctl->async);
}

static void ia_on_async(uv_async_t *a) {
  Ctl *ctl = a->data;
  aster__loop_post(ctl->lp, ctl->intr_token, NULL, NULL, NULL);
}

/* repl_setup(interrupt_token, output_token): the loop's event sources */
static int c_repl_setup(lua_State *L) {
  Ctl *ctl = ia_ctl(L);
  if (!ctl) return 0;
  ctl->intr_token = luaL_checkinteger(L, 1);
  ctl->out_token = luaL_checkinteger(L, 2);
  ctl->lp = aster__loop_get(L);
  if (!ctl->async_ready && uv_async_init(aster__uvloop(ctl->lp), &ctl->async, ia_on_async) == 0) {
    ctl->async.data = ctl;
    uv_unref((uv_handle_t *)&ctl->async);
    ctl->async_ready = 1;
  }
  return 0;
}

/* repl_take_interrupt() -> was an interrupt pending (now delivered)? */
static int c_repl_take_interrupt(lua_State *L) {
  Ctl *ctl = ia_ctl(L);
  int p = ctl && ctl->pending;
  if (p) ia_settle(ctl);
  lua_pushboolean(L, p);
  return 1;
}

/* repl_delivered() -> did an interrupt reach the input? (and reset) */
static int c_repl_delivered(lua_State *L) {
  Ctl *ctl = ia_ctl(L);
  int d = ctl && ctl->delivered;
  if (ctl) ctl->delivered = 0;
  lua_pushboolean(L, d);
  return 1;
}

/* repl_state(at_prompt, stmt_running): what the REPL is doing now */
static int c_repl_state(lua_State *L) {
  Ctl *ctl = ia_ctl(L);
  if (!ctl) return 0;
  ctl->at_prompt = lua_toboolean(L, 1);
  ctl->stmt_running = lua_toboolean(L, 2);
  if (ctl->at_prompt) ctl->output_seen = 0;
  return 0;
}

/* repl_output_seen() -> did tasks write output during this wait? */
static int c_repl_output_seen(lua_State *L) {
  Ctl *ctl = ia_ctl(L);
  lua_pushboolean(L, ctl && ctl->output_seen);
  return 1;
}

/* R.before_output(): called before output is written. While the REPL
   waits at its prompt, the first output of a wait lets the host clear the
   prompt, and posts an event so the wait ends (the host redraws). */
static int c_before_output(lua_State *L) {
  Ctl *ctl = ia_ctl(L);
  if (!ctl || !ctl->at_prompt || ctl->output_seen) return 0;
  ctl->output_seen = 1;
  if (ctl->out_hook) ctl->out_hook(ctl->out_ud);
  if (ctl->lp) aster__loop_post(ctl->lp, ctl->out_token, NULL, NULL, NULL);
  return 0;
}

void aster__open_interactive(lua_State *L, int ridx) {
  ridx = lua_absindex(L, ridx);
  lua_getfield(L, ridx, "c");
  aster__open_fdwatch(L, -1);
  static const luaL_Reg fns[] = {
    {"repl_setup", c_repl_setup},
    {"repl_take_interrupt", c_repl_take_interrupt},
    {"repl_delivered", c_repl_delivered},
    {"repl_state", c_repl_state},
    {"repl_output_seen", c_repl_output_seen},
    {NULL, NULL}
  };
  for (const luaL_Reg *r = fns; r->name; r++) {
    lua_pushcfunction(L, r->func);
    lua_setfield(L, -2, r->name);
  }
  lua_pop(L, 1);
}

/* Run the embedded runtime chunk vm/NAME.lua (one not loaded at start-up)
   with R, once. Returns 0 when it is loaded. */
int aster__load_chunk(lua_State *L, const char *name) {
  lua_getfield(L, LUA_REGISTRYINDEX, "aster.R");
  lua_getfield(L, -1, "loaded_chunks");
  if (!lua_istable(L, -1)) {
    lua_pop(L, 1);
    lua_newtable(L);
    lua_pushvalue(L, -1);
    lua_setfield(L, -3, "loaded_chunks");
  }
  if (lua_getfield(L, -1, name) == LUA_TBOOLEAN) {
    lua_pop(L, 3);
    return 0;
  }
  lua_pop(L, 1);
  const AsterEmbedded *e;
  for (e = aster_embedded; e->name; e++)
    if (strcmp(e->name, name) == 0 && strcmp(e->kind, "runtime") == 0) break;
  if (!e->name || luaL_loadbuffer(L, (const char *)e->data, e->len, e->name) != LUA_OK) {
    lua_pop(L, e->name ? 3 : 2);
    return -1;
  }
  lua_pushvalue(L, -3);
  int rc = lua_pcall(L, 1, 0, 0);
  if (rc != LUA_OK) {
    lua_pop(L, 3);
    return -1;
  }
  lua_pushboolean(L, 1);
  lua_setfield(L, -2, name);
  lua_pop(L, 2);
  return 0;
}

/* The REPL's runtime part, loaded once. */
static int ia_load(aster_vm *vm) {
  lua_State *L = aster__vm_L(vm);
  if (!ia_ctl_of(vm)) return -1;
  lua_getfield(L, LUA_REGISTRYINDEX, "aster.R");
  lua_pushcfunction(L, c_before_output);
  lua_setfield(L, -2, "before_output_hook");
  lua_pop(L, 1);
  return aster__load_chunk(L, "interactive");
}

aster_status aster_interactive(aster_vm *vm, const char *src, const char *name) {
  if (ia_load(vm) != 0) {
    aster__vm_set_error(vm, "SystemError", "the interactive runtime did not load", NULL);
    return ASTER_ERROR;
  }
  lua_State *L = aster__vm_L(vm);
  lua_settop(L, 0);
  lua_pushstring(L, src);
  lua_pushstring(L, name ? name : "<stdin>");
  return (aster_status)aster__vm_call(vm, "repl_exec", 2);
}

int aster_wait_readable(aster_vm *vm, int fd) {
  if (ia_load(vm) != 0) return 1;
  lua_State *L = aster__vm_L(vm);
  lua_settop(L, 0);
  lua_pushinteger(L, fd);
  aster_status st = (aster_status)aster__vm_call(vm, "repl_wait", 1);
  if (st == ASTER_EXIT) return -2;
  if (st != ASTER_OK) {
    aster_print_error(vm, stderr);
    return 0;
  }
  lua_getfield(L, LUA_REGISTRYINDEX, "aster.R");
  lua_getfield(L, -1, "repl_wait_result");
  const char *r = lua_tostring(L, -1);
  int res = r && strcmp(r, "interrupt") == 0 ? -1 : r && strcmp(r, "output") == 0 ? 0 : 1;
  lua_settop(L, 0);
  return res;
}

void aster_set_output_hook(aster_vm *vm, void (*hook)(void *ud), void *ud) {
  Ctl *ctl = ia_ctl_of(vm);
  if (!ctl) return;
  ctl->out_hook = hook;
  ctl->out_ud = ud;
}

char **aster_complete(aster_vm *vm, const char *text) {
  char **res = NULL;
  if (ia_load(vm) != 0) return NULL;
  lua_State *L = aster__vm_L(vm);
  lua_settop(L, 0);
  lua_getfield(L, LUA_REGISTRYINDEX, "aster.R");
  lua_getfield(L, -1, "repl_complete");
  lua_pushstring(L, text);
  if (lua_pcall(L, 1, 1, 0) == LUA_OK && lua_istable(L, -1)) {
    lua_Integer n = luaL_len(L, -1);
    res = calloc((size_t)n + 1, sizeof *res);
    for (lua_Integer i = 1; res && i <= n; i++) {
      lua_rawgeti(L, -1, i);
      const char *s = lua_tostring(L, -1);
      res[i - 1] = strdup(s ? s : "");
      lua_pop(L, 1);
    }
  }
  lua_settop(L, 0);
  return res;
}
