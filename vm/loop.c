/* loop.c: the libuv loop under the scheduler. The scheduler (asyncio.as)
   keeps its own timer heap and ready queue, as CPython's does; it asks this
   file to wait for I/O or until the next timer is due. libuv callbacks
   never run Lua code: they end the wait and may post an event (a token the
   scheduler chose plus a payload), which the scheduler drains after the
   wait with loop_events() and turns into ready callbacks. */
#include <stdlib.h>
#include <string.h>
#include <limits.h>
#include <uv.h>
#include <lua.h>
#include <lauxlib.h>
#include "vmint.h"

static const char LOOP_KEY = 0;     /* registry[&LOOP_KEY]: the loop userdata */
#define LOOP_MT "aster.loop.meta"   /* registry: its metatable */

typedef struct LoopEvent {
  struct LoopEvent *next;
  lua_Integer token;
  void *data;
  aster__event_push push; /* may be NULL: the event carries no value */
  aster__event_drop drop; /* may be NULL */
} LoopEvent;

struct aster__loop {
  uv_loop_t loop;
  uv_timer_t wake;   /* ends a wait when the next timer of the heap is due */
  int open;
  LoopEvent *head, *tail; /* posted, not yet drained: FIFO */
};
typedef struct aster__loop Loop;

/* Free the events nobody drained (the VM is closing). */
static void loop__drop_events(Loop *lp) {
  LoopEvent *e = lp->head;
  while (e) {
    LoopEvent *next = e->next;
    if (e->drop) e->drop(e->data);
    free(e);
    e = next;
  }
  lp->head = lp->tail = NULL;
}

int aster__loop_post(aster__loop *lp, lua_Integer token, void *data, aster__event_push push,
                     aster__event_drop drop) {
  LoopEvent *e = malloc(sizeof *e);
  if (!e) {
    if (drop) drop(data);
    return UV_ENOMEM;
  }
  e->next = NULL;
  e->token = token;
  e->data = data;
  e->push = push;
  e->drop = drop;
  if (lp->tail) lp->tail->next = e;
  else lp->head = e;
  lp->tail = e;
  return 0;
}

uv_loop_t *aster__uvloop(aster__loop *lp) { return &lp->loop; }

static void loop__on_wake(uv_timer_t *t) { (void)t; }

static void loop__on_close(uv_handle_t *h) { (void)h; }

static void loop__close_all(uv_handle_t *h, void *arg) {
  (void)arg;
  if (!uv_is_closing(h)) uv_close(h, loop__on_close);
}

/* Closing the VM closes the loop: every handle is closed and their close
   callbacks run before the loop memory goes away with the userdata. */
static int loop__gc(lua_State *L) {
  Loop *lp = luaL_checkudata(L, 1, LOOP_MT);
  if (lp->open) {
    uv_walk(&lp->loop, loop__close_all, NULL);
    uv_run(&lp->loop, UV_RUN_DEFAULT);
    uv_loop_close(&lp->loop);
    loop__drop_events(lp);
    lp->open = 0;
  }
  return 0;
}

/* The VM's loop, created on first use and kept in the registry. */
aster__loop *aster__loop_get(lua_State *L) {
  if (lua_rawgetp(L, LUA_REGISTRYINDEX, &LOOP_KEY) == LUA_TUSERDATA) {
    Loop *lp = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return lp;
  }
  lua_pop(L, 1);
  Loop *lp = lua_newuserdatauv(L, sizeof *lp, 0);
  lp->open = 0;
  lp->head = lp->tail = NULL;
  if (luaL_newmetatable(L, LOOP_MT)) {
    lua_pushcfunction(L, loop__gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  int rc = uv_loop_init(&lp->loop);
  if (rc != 0) luaL_error(L, "cannot start the event loop: %s", uv_strerror(rc));
  uv_timer_init(&lp->loop, &lp->wake);
  uv_unref((uv_handle_t *)&lp->wake); /* the wake timer alone keeps nothing alive */
  lp->open = 1;
  lua_rawsetp(L, LUA_REGISTRYINDEX, &LOOP_KEY);
  return lp;
}

/* Wait as loop_wait says; returns whether the loop was alive. */
static int loop__wait(lua_State *L, Loop *lp, double timeout) {
  if (lp->head) timeout = 0; /* undrained events: do not sleep on them */
  if (timeout == 0) {
    uv_run(&lp->loop, UV_RUN_NOWAIT);
    return 1;
  }
  if (timeout < 0) {
    if (!uv_loop_alive(&lp->loop)) return 0;
    uv_run(&lp->loop, UV_RUN_ONCE);
    return 1;
  }
  double ms = timeout * 1000.0;
  uint64_t wait = ms >= 1e15 ? (uint64_t)1e15 : (uint64_t)ms;
  if ((double)wait < ms) wait++; /* never wake before the deadline */
  uv_update_time(&lp->loop);
  uv_timer_start(&lp->wake, loop__on_wake, wait, 0);
  uv_ref((uv_handle_t *)&lp->wake);
  uv_run(&lp->loop, UV_RUN_ONCE);
  uv_timer_stop(&lp->wake);
  uv_unref((uv_handle_t *)&lp->wake);
  (void)L;
  return 1;
}

/* loop_wait(timeout) -> alive
   timeout < 0: wait for I/O with no deadline; 0: poll; > 0: wait at most
   that many seconds. Returns false (without waiting) when a deadline-less
   wait could never end because nothing is active. */
static int c_loop_wait(lua_State *L) {
  double timeout = luaL_checknumber(L, 1);
  lua_pushboolean(L, loop__wait(L, aster__loop_get(L), timeout));
  return 1;
}

static int loop__push_events(lua_State *L, Loop *lp);

/* loop_poll(timeout) -> alive, events: loop_wait and then loop_events in
   one call (the scheduler's every iteration) */
static int c_loop_poll(lua_State *L) {
  double timeout = luaL_checknumber(L, 1);
  /* the loop, kept in this closure's upvalue after the first call (it
     lives in the registry until the VM closes) */
  Loop **cache = lua_touserdata(L, lua_upvalueindex(1));
  Loop *lp = *cache;
  if (!lp) lp = *cache = aster__loop_get(L);
  lua_pushboolean(L, loop__wait(L, lp, timeout));
  if (!lp->head) return 1;
  return 1 + loop__push_events(L, lp);
}

/* loop_events() -> nil, or {token1, value1, token2, value2, ..., n = 2k}
   with the events posted since the last call, oldest first. An event
   without a value gives None's place to nil (the table's n counts it). */
static int c_loop_events(lua_State *L) {
  Loop *lp = aster__loop_get(L);
  if (!lp->head) return 0;
  return loop__push_events(L, lp);
}

static int loop__push_events(lua_State *L, Loop *lp) {
  lua_newtable(L);
  int n = 0;
  while (lp->head) {
    LoopEvent *e = lp->head;
    lp->head = e->next;
    if (!lp->head) lp->tail = NULL;
    lua_pushinteger(L, e->token);
    lua_rawseti(L, -2, ++n);
    int top = lua_gettop(L);
    if (e->push) e->push(L, e->data);
    else lua_pushnil(L);
    lua_settop(L, top + 1);
    lua_rawseti(L, -2, ++n);
    if (e->drop) e->drop(e->data);
    free(e);
  }
  lua_pushinteger(L, n);
  lua_setfield(L, -2, "n");
  return 1;
}

/* loop_time() -> seconds on the loop's monotonic clock */
static int c_loop_time(lua_State *L) {
  lua_pushnumber(L, (double)uv_hrtime() / 1e9);
  return 1;
}


/* ------------------------------------------------------------------
   The timer heap of the scheduler (eventloop.lua): entries (when, seq,
   timer) ordered by when as CPython's heapq orders them, kept in C; the timers themselves live in
   the userdata's user value (a table indexed by slot numbers that a free
   list recycles). Every call returns the new top (timer, when) so that
   the Lua side can keep it in plain fields. */

#define THEAP_MT "aster.timerheap"

typedef struct { double when; lua_Integer seq; int ref; } HEntry;
typedef struct { int n, cap; HEntry *e; int *free; int nfree, fcap, next; } THeap;

static int theap__gc(lua_State *L) {
  THeap *h = luaL_checkudata(L, 1, THEAP_MT);
  free(h->e);
  free(h->free);
  h->e = NULL;
  h->free = NULL;
  h->n = h->cap = h->nfree = h->fcap = 0;
  return 0;
}

/* theap_new() -> heap */
static int c_theap_new(lua_State *L) {
  THeap *h = lua_newuserdatauv(L, sizeof *h, 1);
  memset(h, 0, sizeof *h);
  if (luaL_newmetatable(L, THEAP_MT)) {
    lua_pushcfunction(L, theap__gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  lua_newtable(L);
  lua_setiuservalue(L, -2, 1);
  return 1;
}

/* CPython's heap of TimerHandles compares deadlines alone (TimerHandle.__lt__)
   and keeps heapq's algorithms: timers due at the same time come out in the
   order that gives, which the functions below reproduce. */
static int heap_less(const HEntry *a, const HEntry *b) {
  return a->when < b->when;
}

/* heapq._siftdown: move the entry at pos up towards start */
static void theap__siftdown(THeap *h, int start, int pos) {
  HEntry x = h->e[pos];
  while (pos > start) {
    int p = (pos - 1) >> 1;
    if (!heap_less(&x, &h->e[p])) break;
    h->e[pos] = h->e[p];
    pos = p;
  }
  h->e[pos] = x;
}

/* heapq._siftup: bubble the smaller child up to a leaf, then sift down */
static void theap__siftup(THeap *h, int pos) {
  int end = h->n, start = pos;
  HEntry x = h->e[pos];
  int child = 2 * pos + 1;
  while (child < end) {
    int right = child + 1;
    if (right < end && !heap_less(&h->e[child], &h->e[right])) child = right;
    h->e[pos] = h->e[child];
    pos = child;
    child = 2 * pos + 1;
  }
  h->e[pos] = x;
  theap__siftdown(h, start, pos);
}

/* push the top's timer and when (or nothing, nothing): objs at index oi */
static int theap__top(lua_State *L, THeap *h, int oi) {
  if (h->n == 0) {
    lua_pushnil(L);
    lua_pushnil(L);
    return 2;
  }
  lua_rawgeti(L, oi, h->e[0].ref);
  lua_pushnumber(L, h->e[0].when);
  return 2;
}

/* theap_push(heap, timer, when, seq) -> top timer, top when */
static int c_theap_push(lua_State *L) {
  THeap *h = luaL_checkudata(L, 1, THEAP_MT);
  luaL_checkany(L, 2);
  HEntry x;
  x.when = luaL_checknumber(L, 3);
  x.seq = luaL_checkinteger(L, 4);
  if (h->n == h->cap) {
    int cap = h->cap ? h->cap * 2 : 64;
    HEntry *e = realloc(h->e, (size_t)cap * sizeof *e);
    if (!e) return luaL_error(L, "not enough memory");
    h->e = e;
    h->cap = cap;
  }
  if (h->nfree == 0 && h->next == INT_MAX) return luaL_error(L, "too many timers");
  x.ref = h->nfree > 0 ? h->free[--h->nfree] : ++h->next;
  lua_getiuservalue(L, 1, 1);
  int oi = lua_gettop(L);
  lua_pushvalue(L, 2);
  lua_rawseti(L, oi, x.ref);
  int i = h->n++;
  while (i > 0) {
    int p = (i - 1) / 2;
    if (!heap_less(&x, &h->e[p])) break;
    h->e[i] = h->e[p];
    i = p;
  }
  h->e[i] = x;
  return theap__top(L, h, oi);
}

/* theap_pop(heap) -> timer, new top timer, new top when */
static int c_theap_pop(lua_State *L) {
  THeap *h = luaL_checkudata(L, 1, THEAP_MT);
  lua_getiuservalue(L, 1, 1);
  int oi = lua_gettop(L);
  if (h->n == 0) {
    lua_pushnil(L);
    return 1 + theap__top(L, h, oi);
  }
  int ref = h->e[0].ref;
  lua_rawgeti(L, oi, ref);
  lua_pushnil(L);
  lua_rawseti(L, oi, ref);
  if (h->nfree == h->fcap) {
    int cap = h->fcap ? h->fcap * 2 : 64;
    int *f = realloc(h->free, (size_t)cap * sizeof *f);
    if (f) {
      h->free = f;
      h->fcap = cap;
    }
  }
  if (h->nfree < h->fcap) h->free[h->nfree++] = ref; /* else the slot is not reused */
  int n = --h->n;
  if (n > 0) {
    h->e[0] = h->e[n];
    theap__siftup(h, 0);
  }
  return 1 + theap__top(L, h, oi);
}

/* theap_keep(heap, keep) -> top timer, top when, count: drop the entries whose
   timer fails keep(timer) (cancelled ones), keeping the others in array
   order, then heapq.heapify, as CPython's loop purges its cancelled timers */
static int c_theap_keep(lua_State *L) {
  THeap *h = luaL_checkudata(L, 1, THEAP_MT);
  luaL_checktype(L, 2, LUA_TFUNCTION);
  lua_getiuservalue(L, 1, 1);
  int oi = lua_gettop(L);
  int j = 0;
  for (int i = 0; i < h->n; i++) {
    lua_pushvalue(L, 2);
    lua_rawgeti(L, oi, h->e[i].ref);
    lua_call(L, 1, 1);
    int keep = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (keep) {
      h->e[j++] = h->e[i];
    } else {
      lua_pushnil(L);
      lua_rawseti(L, oi, h->e[i].ref);
      if (h->nfree < h->fcap) h->free[h->nfree++] = h->e[i].ref;
    }
  }
  h->n = j;
  for (int i = j / 2 - 1; i >= 0; i--) theap__siftup(h, i);
  theap__top(L, h, oi);
  lua_pushinteger(L, j);
  return 3;
}

/* theap_get(heap, i) -> timer, when, seq of the i-th entry (1-based, heap order) */
static int c_theap_get(lua_State *L) {
  THeap *h = luaL_checkudata(L, 1, THEAP_MT);
  lua_Integer i = luaL_checkinteger(L, 2);
  if (i < 1 || i > h->n) return 0;
  lua_getiuservalue(L, 1, 1);
  lua_rawgeti(L, -1, h->e[i - 1].ref);
  lua_pushnumber(L, h->e[i - 1].when);
  lua_pushinteger(L, h->e[i - 1].seq);
  return 3;
}

/* newtable(narr, nrec) -> a table with room for that many items (a big
   table built key by key would be rehashed at every power of two) */
static int c_newtable(lua_State *L) {
  lua_Integer na = luaL_optinteger(L, 1, 0), nr = luaL_optinteger(L, 2, 0);
  if (na < 0 || na > (1 << 26)) na = 0;
  if (nr < 0 || nr > (1 << 26)) nr = 0;
  lua_createtable(L, (int)na, (int)nr);
  return 1;
}

static const luaL_Reg looplib[] = {
  {"newtable", c_newtable},
  {"theap_new", c_theap_new},
  {"theap_push", c_theap_push},
  {"theap_pop", c_theap_pop},
  {"theap_get", c_theap_get},
  {"theap_keep", c_theap_keep},
  {"loop_wait", c_loop_wait},
  {"loop_time", c_loop_time},
  {"loop_events", c_loop_events},
  {NULL, NULL}
};

void aster_open_looplib(lua_State *L, int t) {
  t = lua_absindex(L, t);
  for (const luaL_Reg *r = looplib; r->name; r++) {
    lua_pushcfunction(L, r->func);
    lua_setfield(L, t, r->name);
  }
  Loop **cache = lua_newuserdatauv(L, sizeof *cache, 0);
  *cache = NULL;
  lua_pushcclosure(L, c_loop_poll, 1);
  lua_setfield(L, t, "loop_poll");
}
