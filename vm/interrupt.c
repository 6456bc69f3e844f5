/* interrupt.c: Ctrl-C (SIGINT) as CPython has it, for a VM that asked for
   it with aster_handle_sigint().

   Outside asyncio.run, SIGINT raises KeyboardInterrupt in the code that is
   running, with lua.c's technique: the C signal handler only sets a Lua
   hook on the thread that runs, and the hook raises the exception at the
   next instruction of Python code (never inside the runtime's own Lua
   code, whose tables must stay consistent). To know which Lua thread runs,
   coroutine.resume is replaced by a copy that records it. A blocking
   time.sleep returns early so the hook can fire.

   Inside asyncio.run (armed by the `_sigint` module), the first SIGINT
   cancels the main task instead, as CPython's asyncio.Runner does: the
   handler wakes the loop with uv_async_send (async-signal-safe), whose
   callback posts an event (vmint.h) that the scheduler turns into a call
   of the Python callback. A second SIGINT raises KeyboardInterrupt at once,
   which also interrupts a task that never awaits. (A uv_signal_t would
   take the process's SIGINT handler over while it is active, so that
   second SIGINT could not interrupt a busy task; uv_async_t keeps one
   handler and still goes through the loop's event mechanism.) The wake
   handle is made when a loop first runs and lives with the VM, so that
   outside asyncio.run too (loop.run_until_complete) a SIGINT ends a wait
   on the loop.

   Signal dispositions are process-wide, so the owner of SIGINT is a
   process-wide pointer: the last VM that called aster_handle_sigint();
   closing that VM gives SIGINT back to SIG_DFL. */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <uv.h>
#include <lua.h>
#include <lauxlib.h>
#include "aster.h"
#include "vmint.h"

#define INTR_KEY "aster.interrupt" /* registry: this VM's Intr userdata */

typedef struct Intr {
  lua_State *main;              /* the VM's main thread */
  lua_State *volatile current;  /* the Lua thread running now */
  volatile sig_atomic_t count;  /* SIGINTs since the last reset */
  volatile sig_atomic_t pending; /* a KeyboardInterrupt waits for the hook */
  volatile sig_atomic_t async_mode; /* asyncio.run is armed */
  uv_async_t *volatile wake;    /* while armed: wakes the loop */
  aster__loop *lp;
  lua_Integer token;            /* the scheduler's event token while armed */
  volatile lua_Hook follow;     /* the REPL's pending interrupt hook (interactive.c) */
} Intr;

/* Process-wide by nature (see the top of the file). Written only by the
   VM's thread with SIGINT's handler not yet installed or restored. */
static Intr *volatile sig_owner;

static const int HOOK_MASK = LUA_MASKCALL | LUA_MASKRET | LUA_MASKCOUNT;

static Intr *intr__of(lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, INTR_KEY);
  Intr *it = lua_touserdata(L, -1);
  lua_pop(L, 1);
  return it;
}

/* Runs at the next instruction (or call/return) of the thread the signal
   found running. */
static void intr__hook(lua_State *L, lua_Debug *ar) {
  Intr *it = intr__of(L);
  if (!it || !it->pending) {
    lua_sethook(L, NULL, 0, 0);
    return;
  }
  /* only in Python code: not in the runtime's Lua, not in C functions */
  if (!lua_getinfo(L, "S", ar) || ar->source[0] != '@') return; /* the hook stays */
  lua_sethook(L, NULL, 0, 0);
  if (it->current != L && it->current) lua_sethook(it->current, NULL, 0, 0);
  it->pending = 0;
  lua_getfield(L, LUA_REGISTRYINDEX, "aster.R");
  lua_getfield(L, -1, "EXC");
  lua_getfield(L, -1, "KeyboardInterrupt");
  lua_call(L, 0, 1); /* KeyboardInterrupt() */
  lua_error(L);
}

static void intr__on_signal(int sig) {
  (void)sig;
  Intr *it = sig_owner;
  if (!it) return;
  int n = ++it->count;
  if (it->async_mode && n == 1) {
    uv_async_t *w = it->wake;
    if (w) uv_async_send(w);
    return;
  }
  it->pending = 1;
  lua_State *L = it->current;
  lua_sethook(L ? L : it->main, intr__hook, HOOK_MASK, 1);
  uv_async_t *w = it->wake;
  if (w) uv_async_send(w);
}

/* Has this VM a KeyboardInterrupt waiting (a blocking call should return)? */
int aster__interrupt_pending(lua_State *L) {
  Intr *it = sig_owner;
  if (!it || !it->pending) return 0;
  return intr__of(L) == it;
}

/* coroutine.resume, recording the running thread (as lcorolib.c's). */
static int intr__resume(lua_State *L) {
  Intr *it = lua_touserdata(L, lua_upvalueindex(1));
  lua_State *co = lua_tothread(L, 1);
  luaL_argexpected(L, co, 1, "coroutine");
  int narg = lua_gettop(L) - 1, nres;
  if (!lua_checkstack(co, narg)) {
    lua_pushboolean(L, 0);
    lua_pushliteral(L, "too many arguments to resume");
    return 2;
  }
  lua_xmove(L, co, narg);
  lua_State *prev = it->current;
  it->current = co;
  /* an interrupt not delivered yet follows execution into the thread */
  if (it->pending) lua_sethook(co, intr__hook, HOOK_MASK, 1);
  else if (it->follow) lua_sethook(co, it->follow, HOOK_MASK, 1);
  int status = lua_resume(co, L, narg, &nres);
  it->current = prev;
  if (it->pending) lua_sethook(L, intr__hook, HOOK_MASK, 1);
  if (status == LUA_OK || status == LUA_YIELD) {
    if (!lua_checkstack(L, nres + 1)) {
      lua_pop(co, nres);
      lua_pushboolean(L, 0);
      lua_pushliteral(L, "too many results to resume");
      return 2;
    }
    lua_pushboolean(L, 1);
    lua_xmove(co, L, nres);
    return nres + 1;
  }
  lua_pushboolean(L, 0);
  lua_xmove(co, L, 1);
  return 2;
}

/* For the REPL (interactive.c), which delivers its own interrupts with a
   hook of its own but finds the running thread here: the slot holding the
   thread that runs now, and the slot of a hook that every thread resumed
   while it is set gets too. Both may be used from a signal handler. */
lua_State *volatile *aster__running_slot(lua_State *L) {
  Intr *it = intr__of(L);
  return it ? &it->current : NULL;
}

volatile lua_Hook *aster__follow_slot(lua_State *L) {
  Intr *it = intr__of(L);
  return it ? &it->follow : NULL;
}

/* While the VM boots: the Intr record and the recording coroutine.resume
   (before the runtime's chunks capture coroutine.resume). */
void aster__open_interrupt(lua_State *L) {
  Intr *it = lua_newuserdatauv(L, sizeof *it, 0);
  memset(it, 0, sizeof *it);
  lua_pushthread(L);
  it->main = lua_tothread(L, -1);
  lua_pop(L, 1);
  it->current = it->main;
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, INTR_KEY);
  lua_getglobal(L, "coroutine");
  lua_pushvalue(L, -2);
  lua_pushcclosure(L, intr__resume, 1);
  lua_setfield(L, -2, "resume");
  lua_pop(L, 2);
}

static void intr__free_handle(uv_handle_t *h) { free(h); }

/* On the loop's thread, after a SIGINT woke the loop. */
static void intr__on_wake(uv_async_t *w) {
  Intr *it = w->data;
  if (it && it->async_mode && it->count > 0 && it->token) aster__loop_post(it->lp, it->token, NULL, NULL, NULL);
}

/* The wake handle: made when the VM takes SIGINT, closed with the VM. */
static void intr__close_wake(Intr *it) {
  it->async_mode = 0;
  it->token = 0;
  uv_async_t *w = it->wake;
  if (w) {
    it->wake = NULL;
    w->data = NULL;
    uv_close((uv_handle_t *)w, intr__free_handle);
  }
}

/* Closing the VM: give SIGINT back, close the wake handle. */
void aster__interrupt_close(lua_State *L) {
  Intr *it = intr__of(L);
  if (!it) return;
  if (sig_owner == it) {
    signal(SIGINT, SIG_DFL);
    sig_owner = NULL;
  }
  if (it->wake) {
    intr__close_wake(it);
    uv_run(aster__uvloop(it->lp), UV_RUN_NOWAIT); /* runs the close callback */
  }
}

/* Protected: the loop and the handle that lets SIGINT end a wait on it. */
static int intr__open_wake(lua_State *L) {
  Intr *it = lua_touserdata(L, 1);
  if (it->wake) return 0;
  aster__loop *lp = aster__loop_get(L);
  uv_async_t *w = malloc(sizeof *w);
  if (!w) return luaL_error(L, "not enough memory");
  if (uv_async_init(aster__uvloop(lp), w, intr__on_wake) != 0) {
    free(w);
    return luaL_error(L, "cannot watch for SIGINT");
  }
  uv_unref((uv_handle_t *)w); /* keeps nothing alive */
  w->data = it;
  it->lp = lp;
  it->wake = w;
  return 0;
}

int aster_handle_sigint(aster_vm *vm) {
  lua_State *L = aster__vm_lua(vm);
  Intr *it = intr__of(L);
  if (!it) return -1;
  struct sigaction sa, old;
  /* as CPython: SIGINT ignored when the process started (a background job
     of a shell) stays ignored */
  if (sigaction(SIGINT, NULL, &old) == 0 && old.sa_handler == SIG_IGN && sig_owner == NULL) return 0;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = intr__on_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0; /* no SA_RESTART: blocking reads and sleeps return */
  sig_owner = it;
  if (sigaction(SIGINT, &sa, NULL) != 0) {
    sig_owner = NULL;
    return -1;
  }
  return 0;
}

int aster_exit_sigint(void) {
  fflush(stdout);
  fflush(stderr);
  signal(SIGINT, SIG_DFL);
  kill(getpid(), SIGINT);
  return 130; /* only if SIGINT did not end the process */
}

/* _sigint.watch(): a loop is about to run: let SIGINT end its waits */
static int c_sigint_watch(lua_State *L) {
  Intr *it = intr__of(L);
  if (it && sig_owner == it && !it->wake) {
    lua_pushcfunction(L, intr__open_wake);
    lua_pushlightuserdata(L, it);
    lua_call(L, 1, 0);
  }
  return 0;
}

/* _sigint.arm(token) -> bool: in asyncio.run, the first SIGINT posts an
   event to `token` instead of raising; False if this VM does not own SIGINT. */
static int c_sigint_arm(lua_State *L) {
  lua_Integer token = luaL_checkinteger(L, 1);
  Intr *it = intr__of(L);
  if (!it || sig_owner != it) {
    lua_pushboolean(L, 0);
    return 1;
  }
  lua_pushcfunction(L, intr__open_wake);
  lua_pushlightuserdata(L, it);
  lua_call(L, 1, 0);
  it->token = token;
  it->count = 0;
  it->pending = 0;
  it->async_mode = 1;
  lua_pushboolean(L, 1);
  return 1;
}

/* _sigint.disarm(): back to KeyboardInterrupt on SIGINT */
static int c_sigint_disarm(lua_State *L) {
  Intr *it = intr__of(L);
  if (it) {
    it->count = 0;
    it->async_mode = 0;
    it->token = 0;
  }
  return 0;
}

/* _sigint.count() -> SIGINTs since armed */
static int c_sigint_count(lua_State *L) {
  Intr *it = intr__of(L);
  lua_pushinteger(L, it ? it->count : 0);
  return 1;
}

static const luaL_Reg sigintlib[] = {
  {"sigint_arm", c_sigint_arm},
  {"sigint_watch", c_sigint_watch},
  {"sigint_disarm", c_sigint_disarm},
  {"sigint_count", c_sigint_count},
  {NULL, NULL}
};

void aster_open_sigintlib(lua_State *L, int t) {
  t = lua_absindex(L, t);
  for (const luaL_Reg *r = sigintlib; r->name; r++) {
    lua_pushcfunction(L, r->func);
    lua_setfield(L, t, r->name);
  }
}
