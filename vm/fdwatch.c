/* fdwatch.c: watch a file descriptor for readability with uv_poll, as an
   event source of the VM's loop (see vmint.h): while the fd is readable,
   each loop iteration posts (token, nil), which the scheduler turns into a
   call of the callback it registered for the token. asyncio's
   loop.add_reader/remove_reader are built on this (through _asyncloop). */
#include <stdlib.h>
#include <uv.h>
#include <lua.h>
#include <lauxlib.h>
#include "vmint.h"

#define WATCH_MT "aster.fdwatch"

typedef struct {
  uv_poll_t poll;
  aster__loop *lp;
  lua_Integer token;
  int closing; /* we called uv_close; the close callback frees it */
} Watch;

/* The userdata holds a pointer: the handle must outlive the userdata until
   libuv's close callback has run. */
typedef struct { Watch *w; } WatchRef;

static void fdwatch__on_close(uv_handle_t *h) { free(h->data); }

static void fdwatch__on_poll(uv_poll_t *p, int status, int events) {
  Watch *w = p->data;
  (void)events;
  if (w->closing) return;
  /* an error (e.g. the fd was closed) also wakes the reader, which then
     sees the error when it reads */
  (void)status;
  aster__loop_post(w->lp, w->token, NULL, NULL, NULL);
}

static void fdwatch__close(Watch *w) {
  if (!w || w->closing) return;
  w->closing = 1;
  if (uv_is_closing((uv_handle_t *)&w->poll)) {
    free(w); /* the loop itself was closed (VM shutdown) and closed it */
    return;
  }
  uv_poll_stop(&w->poll);
  uv_close((uv_handle_t *)&w->poll, fdwatch__on_close);
}

/* fd_watch(fd, token) -> watch | nil, message */
static int c_fd_watch(lua_State *L) {
  int fd = (int)luaL_checkinteger(L, 1);
  lua_Integer token = luaL_checkinteger(L, 2);
  aster__loop *lp = aster__loop_get(L);
  WatchRef *ref = lua_newuserdatauv(L, sizeof *ref, 0);
  ref->w = NULL;
  luaL_setmetatable(L, WATCH_MT);
  Watch *w = calloc(1, sizeof *w);
  if (!w) return luaL_error(L, "not enough memory");
  w->lp = lp;
  w->token = token;
  int rc = uv_poll_init(aster__uvloop(lp), &w->poll, fd);
  if (rc == 0) {
    w->poll.data = w;
    rc = uv_poll_start(&w->poll, UV_READABLE, fdwatch__on_poll);
    if (rc != 0) {
      w->closing = 1;
      uv_close((uv_handle_t *)&w->poll, fdwatch__on_close);
    }
  } else {
    free(w);
  }
  if (rc != 0) {
    lua_pushnil(L);
    lua_pushstring(L, uv_strerror(rc));
    return 2;
  }
  ref->w = w;
  return 1;
}

/* fd_unwatch(watch): stop watching (idempotent) */
static int c_fd_unwatch(lua_State *L) {
  WatchRef *ref = luaL_checkudata(L, 1, WATCH_MT);
  fdwatch__close(ref->w);
  ref->w = NULL;
  return 0;
}

static int fdwatch__gc(lua_State *L) {
  WatchRef *ref = luaL_checkudata(L, 1, WATCH_MT);
  fdwatch__close(ref->w);
  ref->w = NULL;
  return 0;
}

void aster__open_fdwatch(lua_State *L, int t) {
  t = lua_absindex(L, t);
  if (luaL_newmetatable(L, WATCH_MT)) {
    lua_pushcfunction(L, fdwatch__gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  lua_pushcfunction(L, c_fd_watch);
  lua_setfield(L, t, "fd_watch");
  lua_pushcfunction(L, c_fd_unwatch);
  lua_setfield(L, t, "fd_unwatch");
}
