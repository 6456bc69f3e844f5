/* executor.c: the C half of loop.run_in_executor / asyncio.to_thread.
   A job (a request string made by vm/executor.lua in the calling VM) runs
   on libuv's thread pool (uv_queue_work) in a worker VM: a separate
   aster_vm, never the calling one, so no Lua state is ever touched by two
   threads. The worker's reply string comes back through the loop's event
   mechanism (vmint.h): the after-work callback runs on the loop's thread,
   runs no Lua, and posts (token, reply) for the scheduler to drain.

   Worker VMs are pooled per calling VM (an Exec hangs off its registry):
   a job borrows an idle worker VM or creates one, and gives it back when
   done, so at most as many exist as jobs ever ran at the same time (libuv's
   pool has 4 threads unless UV_THREADPOOL_SIZE says otherwise). A worker
   VM keeps the modules it imported, like a worker process of
   ProcessPoolExecutor. They are closed with the calling VM. */
#include <stdlib.h>
#include <string.h>
#include <uv.h>
#include <lua.h>
#include <lauxlib.h>
#include "aster.h"
#include "vmint.h"

#define EXEC_KEY "aster.executor" /* registry: the Exec box of this VM */
#define EXEC_MT "aster.executor.meta"
#define MAX_IDLE 16

typedef struct Exec {
  uv_mutex_t mu;
  uv_cond_t done;  /* broadcast when a job has its reply */
  int refs;   /* the calling VM's box + jobs in flight */
  int closed; /* the calling VM is gone: workers are closed, not kept */
  int nidle;
  aster_vm *idle[MAX_IDLE];
} Exec;

typedef struct Job {
  uv_work_t req;
  Exec *ex;
  aster__loop *lp;
  lua_Integer token;
  char *in, *out;
  size_t inlen, outlen;
  int refs;     /* libuv's request + the Lua handle (under ex->mu) */
  int finished; /* the reply is there (under ex->mu) */
} Job;

#define JOB_MT "aster.executor.job"

static void exec__release(Exec *ex) {
  uv_mutex_lock(&ex->mu);
  int left = --ex->refs;
  uv_mutex_unlock(&ex->mu);
  if (left > 0) return;
  for (int i = 0; i < ex->nidle; i++) aster_close(ex->idle[i]);
  uv_cond_destroy(&ex->done);
  uv_mutex_destroy(&ex->mu);
  free(ex);
}

static aster_vm *exec__take(Exec *ex) {
  aster_vm *w = NULL;
  uv_mutex_lock(&ex->mu);
  if (ex->nidle > 0) w = ex->idle[--ex->nidle];
  uv_mutex_unlock(&ex->mu);
  return w;
}

static void exec__give(Exec *ex, aster_vm *w) {
  uv_mutex_lock(&ex->mu);
  if (!ex->closed && ex->nidle < MAX_IDLE) {
    ex->idle[ex->nidle++] = w;
    w = NULL;
  }
  uv_mutex_unlock(&ex->mu);
  if (w) aster_close(w);
}

static void job__release(Job *j) {
  Exec *ex = j->ex;
  uv_mutex_lock(&ex->mu);
  int left = --j->refs;
  uv_mutex_unlock(&ex->mu);
  if (left > 0) return;
  free(j->in);
  free(j->out);
  free(j);
  exec__release(ex);
}

static void job__fail(Job *j, const char *msg) {
  size_t n = strlen(msg);
  free(j->out);
  j->out = malloc(n + 1);
  if (!j->out) {
    j->outlen = 0;
    return;
  }
  j->out[0] = 'X';
  memcpy(j->out + 1, msg, n);
  j->outlen = n + 1;
}

/* In the worker VM, protected: R.exec_worker(request) -> reply */
static int job__run(lua_State *W) {
  Job *j = lua_touserdata(W, 1);
  if (aster__load_chunk(W, "executor") != 0) return luaL_error(W, "cannot load the executor");
  lua_getfield(W, LUA_REGISTRYINDEX, "aster.R");
  lua_getfield(W, -1, "exec_worker");
  lua_pushlstring(W, j->in, j->inlen);
  lua_call(W, 1, 1);
  size_t n;
  const char *s = lua_tolstring(W, -1, &n);
  if (!s) return luaL_error(W, "no reply");
  char *out = malloc(n ? n : 1);
  if (!out) return luaL_error(W, "not enough memory");
  memcpy(out, s, n);
  free(j->out);
  j->out = out;
  j->outlen = n;
  return 0;
}

/* On a thread of libuv's pool. */
static void job__work(uv_work_t *req) {
  Job *j = req->data;
  aster_vm *w = exec__take(j->ex);
  if (!w) w = aster_new();
  if (!w) {
    job__fail(j, "cannot create a worker VM (out of memory)");
    uv_mutex_lock(&j->ex->mu);
    j->finished = 1;
    uv_cond_broadcast(&j->ex->done);
    uv_mutex_unlock(&j->ex->mu);
    return;
  }
  lua_State *W = aster__vm_lua(w);
  lua_settop(W, 0);
  lua_pushcfunction(W, job__run);
  lua_pushlightuserdata(W, j);
  if (lua_pcall(W, 1, 0, 0) != LUA_OK) {
    const char *m = lua_tostring(W, -1);
    job__fail(j, m ? m : "error in the worker VM");
  }
  lua_settop(W, 0);
  exec__give(j->ex, w);
  uv_mutex_lock(&j->ex->mu);
  j->finished = 1;
  uv_cond_broadcast(&j->ex->done);
  uv_mutex_unlock(&j->ex->mu);
}

static int job__push(lua_State *L, void *data) {
  Job *j = data;
  if (j->out) lua_pushlstring(L, j->out, j->outlen);
  else lua_pushliteral(L, "Xthe worker VM gave no reply (out of memory)");
  return 1;
}

static void job__drop(void *data) { job__release(data); }

/* On the loop's thread: hand the reply to the scheduler. */
static void job__after(uv_work_t *req, int status) {
  Job *j = req->data;
  if (j->token == 0) { /* nobody waits for an event */
    job__release(j);
    return;
  }
  if (status == UV_ECANCELED) {
    uv_mutex_lock(&j->ex->mu);
    job__fail(j, "the job was cancelled");
    j->finished = 1;
    uv_cond_broadcast(&j->ex->done);
    uv_mutex_unlock(&j->ex->mu);
  }
  aster__loop_post(j->lp, j->token, j, job__push, job__drop); /* drops j on failure */
}

static int exec__gc(lua_State *L) {
  Exec **box = luaL_checkudata(L, 1, EXEC_MT);
  Exec *ex = *box;
  if (!ex) return 0;
  *box = NULL;
  aster_vm *idle[MAX_IDLE];
  uv_mutex_lock(&ex->mu);
  ex->closed = 1;
  int n = ex->nidle;
  memcpy(idle, ex->idle, sizeof idle);
  ex->nidle = 0;
  uv_mutex_unlock(&ex->mu);
  for (int i = 0; i < n; i++) aster_close(idle[i]);
  exec__release(ex);
  return 0;
}

/* Push a userdata holding one pointer, NULL until the caller sets it,
   with the metatable `mt` whose __gc is `gc`; returns the pointer's slot. */
static void *exec__newbox(lua_State *L, const char *mt, lua_CFunction gc) {
  void **box = lua_newuserdatauv(L, sizeof *box, 0);
  *box = NULL;
  if (luaL_newmetatable(L, mt)) {
    lua_pushcfunction(L, gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  return box;
}

static Exec *exec__get(lua_State *L) {
  if (lua_getfield(L, LUA_REGISTRYINDEX, EXEC_KEY) == LUA_TUSERDATA) {
    Exec *ex = *(Exec **)lua_touserdata(L, -1);
    lua_pop(L, 1);
    if (!ex) luaL_error(L, "the executor is closed");
    return ex;
  }
  lua_pop(L, 1);
  Exec **box = exec__newbox(L, EXEC_MT, exec__gc);
  Exec *ex = calloc(1, sizeof *ex);
  if (!ex) luaL_error(L, "not enough memory");
  if (uv_mutex_init(&ex->mu) != 0) {
    free(ex);
    luaL_error(L, "cannot create a mutex");
  }
  if (uv_cond_init(&ex->done) != 0) {
    uv_mutex_destroy(&ex->mu);
    free(ex);
    luaL_error(L, "cannot create a condition variable");
  }
  ex->refs = 1;
  *box = ex;
  lua_setfield(L, LUA_REGISTRYINDEX, EXEC_KEY);
  return ex;
}

static int job__gc(lua_State *L) {
  Job **box = luaL_checkudata(L, 1, JOB_MT);
  if (*box) job__release(*box);
  *box = NULL;
  return 0;
}

/* exec_submit(token, request) -> job: run the request on the thread pool;
   the reply comes back as the token's event (token 0: no event), or from
   exec_wait(job). */
static int c_exec_submit(lua_State *L) {
  lua_Integer token = luaL_checkinteger(L, 1);
  size_t n;
  const char *s = luaL_checklstring(L, 2, &n);
  aster__loop *lp = aster__loop_get(L);
  Exec *ex = exec__get(L);
  Job **box = exec__newbox(L, JOB_MT, job__gc);
  Job *j = calloc(1, sizeof *j);
  char *in = malloc(n ? n : 1);
  if (!j || !in) {
    free(j);
    free(in);
    return luaL_error(L, "not enough memory");
  }
  memcpy(in, s, n);
  j->in = in;
  j->inlen = n;
  j->token = token;
  j->lp = lp;
  j->ex = ex;
  j->req.data = j;
  j->refs = 2;
  uv_mutex_lock(&ex->mu);
  ex->refs++;
  uv_mutex_unlock(&ex->mu);
  *box = j;
  int rc = uv_queue_work(aster__uvloop(lp), &j->req, job__work, job__after);
  if (rc != 0) {
    job__release(j); /* libuv's share; the box keeps the other */
    return luaL_error(L, "cannot start a worker: %s", uv_strerror(rc));
  }
  return 1;
}

/* exec_wait(job[, timeout]) -> reply | nil (timed out): block until the
   worker has replied (concurrent.futures' result() outside a loop). */
static int c_exec_wait(lua_State *L) {
  Job **box = luaL_checkudata(L, 1, JOB_MT);
  double timeout = luaL_optnumber(L, 2, -1);
  Job *j = *box;
  if (!j) return luaL_error(L, "the job is gone");
  Exec *ex = j->ex;
  uint64_t deadline = timeout >= 0 ? uv_hrtime() + (uint64_t)(timeout * 1e9) : 0;
  const uint64_t slice = 50 * 1000000ull; /* look at Ctrl-C this often */
  uv_mutex_lock(&ex->mu);
  while (!j->finished) {
    uint64_t now = uv_hrtime(), wait = slice;
    if (timeout >= 0) {
      if (now >= deadline) break;
      if (deadline - now < wait) wait = deadline - now;
    }
    uv_cond_timedwait(&ex->done, &ex->mu, wait);
    if (!j->finished && aster__interrupt_pending(L)) break; /* KeyboardInterrupt follows */
  }
  int finished = j->finished;
  uv_mutex_unlock(&ex->mu);
  if (!finished) return 0;
  job__push(L, j);
  return 1;
}

/* exec_done(job) -> bool: has the worker replied? */
static int c_exec_done(lua_State *L) {
  Job **box = luaL_checkudata(L, 1, JOB_MT);
  Job *j = *box;
  int done = 1;
  if (j) {
    uv_mutex_lock(&j->ex->mu);
    done = j->finished;
    uv_mutex_unlock(&j->ex->mu);
  }
  lua_pushboolean(L, done);
  return 1;
}

static const luaL_Reg execlib[] = {
  {"exec_submit", c_exec_submit},
  {"exec_wait", c_exec_wait},
  {"exec_done", c_exec_done},
  {NULL, NULL}
};

void aster_open_execlib(lua_State *L, int t) {
  t = lua_absindex(L, t);
  for (const luaL_Reg *r = execlib; r->name; r++) {
    lua_pushcfunction(L, r->func);
    lua_setfield(L, t, r->name);
  }
}
