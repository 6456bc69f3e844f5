/* state.c: the VM: Lua state, allocator with a memory cap, loading the
   embedded runtime, running modules, and the public API of aster.h. */
#include <stdlib.h>
#include <string.h>
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include "aster.h"
#include "compile.h"
#include "vmint.h"

typedef struct { const char *name; const char *kind; const unsigned char *data; size_t len; } AsterEmbedded;
extern const AsterEmbedded aster_embedded[];

/* The runtime chunks, in load order. */
static const char *runtime_order[] = {
  "object", "exceptions", "containers", "strings", "iterators", "builtins", "bytes", "match", "modules", "tasks",
  "signals", NULL
  /* loaded on first use (R.load_chunk): bytearray, eventloop (with _asyncloop),
     executor (_executor, concurrent.futures, worker VMs), asyncdebug */
};

struct aster_vm {
  lua_State *L;
  size_t mem_used, mem_limit;
  int exit_code;
  char *errmsg;       /* "Type: message" */
  char *errtype;
  char *report;       /* full traceback text */
  int argc;
  char **argv;
  struct aster__ctl *ctl; /* interactive mode (interactive.c), or NULL */
};

static void *vm_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
  aster_vm *vm = ud;
  if (nsize == 0) {
    if (ptr) vm->mem_used -= osize;
    free(ptr);
    return NULL;
  }
  size_t old = ptr ? osize : 0;
  if (vm->mem_limit && nsize > old && vm->mem_used + (nsize - old) > vm->mem_limit) return NULL;
  void *np = realloc(ptr, nsize);
  if (np) vm->mem_used = vm->mem_used - old + nsize;
  return np;
}

static int vm_panic(lua_State *L) {
  const char *m = lua_tostring(L, -1);
  fprintf(stderr, "aster: fatal: unprotected error in the runtime: %s\n", m ? m : "?");
  return 0; /* Lua aborts after this; only reached on runtime bugs */
}

static void vm_set_error(aster_vm *vm, const char *type, const char *msg, const char *report) {
  free(vm->errmsg);
  free(vm->errtype);
  free(vm->report);
  vm->errtype = strdup(type ? type : "Error");
  size_t n = strlen(vm->errtype) + strlen(msg ? msg : "") + 4;
  vm->errmsg = malloc(n);
  if (vm->errmsg) {
    if (msg && *msg) snprintf(vm->errmsg, n, "%s: %s", vm->errtype, msg);
    else snprintf(vm->errmsg, n, "%s", vm->errtype);
  }
  vm->report = report ? strdup(report) : NULL;
}

lua_State *aster__vm_lua(aster_vm *vm) { return vm->L; }

/* Push the runtime table R. */
static void vm_push_runtime(lua_State *L) { lua_getfield(L, LUA_REGISTRYINDEX, "aster.R"); }

/* R.compile(src, chunkname, flags) -> function | raises SyntaxError via R.syntax_error */
static int vm_lua_compile(lua_State *L) {
  size_t len;
  const char *src = luaL_checklstring(L, 1, &len);
  const char *chunk = luaL_checkstring(L, 2);
  int flags = (int)luaL_optinteger(L, 3, 0);
  char *lua;
  size_t llen;
  SyntaxErr err;
  if (compile_to_lua(src, len, flags, &lua, &llen, &err) != 0) {
    lua_pushnil(L);
    lua_pushstring(L, err.kind);
    lua_pushstring(L, err.message);
    lua_pushinteger(L, err.line);
    lua_pushinteger(L, err.col);
    lua_pushboolean(L, err.incomplete);
    return 6;
  }
  int st = luaL_loadbuffer(L, lua, llen, chunk);
  if (st != LUA_OK) {
    /* the emitter produced Lua that does not load: a compiler bug or a Lua
       limit; report it as a SyntaxError rather than crashing */
    const char *m = luaL_tolstring(L, -1, NULL);
    lua_pushnil(L);
    lua_pushstring(L, "SyntaxError");
    lua_pushfstring(L, "cannot compile: %s", m ? m : "?");
    lua_pushinteger(L, 0);
    lua_pushinteger(L, 0);
    lua_pushboolean(L, 0);
    free(lua);
    return 6;
  }
  free(lua);
  return 1;
}

/* R.emit_lua(src) -> lua text | nil, kind, msg, line, col */
static int vm_lua_emit(lua_State *L) {
  size_t len;
  const char *src = luaL_checklstring(L, 1, &len);
  int flags = (int)luaL_optinteger(L, 2, 0);
  char *lua;
  size_t llen;
  SyntaxErr err;
  if (compile_to_lua(src, len, flags, &lua, &llen, &err) != 0) {
    lua_pushnil(L);
    lua_pushstring(L, err.kind);
    lua_pushstring(L, err.message);
    lua_pushinteger(L, err.line);
    lua_pushinteger(L, err.col);
    return 5;
  }
  lua_pushlstring(L, lua, llen);
  free(lua);
  return 1;
}

/* R.load_chunk(name): run the runtime chunk vm/NAME.lua now, once (the
   parts of the runtime that start-up leaves out until first use). */
static int vm_lua_load_chunk(lua_State *L) {
  const char *name = luaL_checkstring(L, 1);
  if (aster__load_chunk(L, name) != 0) return luaL_error(L, "runtime chunk %s failed to load", name);
  return 0;
}

/* R.load_embedded(name) -> function | nil */
static int vm_lua_load_embedded(lua_State *L) {
  const char *name = luaL_checkstring(L, 1);
  for (const AsterEmbedded *e = aster_embedded; e->name; e++) {
    if (strcmp(e->name, name) == 0 && strcmp(e->kind, "runtime") != 0) {
      if (luaL_loadbuffer(L, (const char *)e->data, e->len, name) != LUA_OK) return lua_error(L);
      lua_pushstring(L, e->kind);
      return 2;
    }
  }
  lua_pushnil(L);
  return 1;
}

static int vm_boot(lua_State *L) {
  aster_vm *vm = lua_touserdata(L, 1);
  luaL_openlibs(L);
  aster__open_interrupt(L); /* before the runtime captures coroutine.resume */
  lua_gc(L, LUA_GCSTOP); /* nothing to collect while the runtime boots */
  lua_newtable(L); /* R */
  lua_pushvalue(L, -1);
  lua_setfield(L, LUA_REGISTRYINDEX, "aster.R");
  lua_pushlightuserdata(L, NULL);
  lua_setfield(L, -2, "None");
  lua_pushcfunction(L, vm_lua_compile);
  lua_setfield(L, -2, "compile");
  lua_pushcfunction(L, vm_lua_emit);
  lua_setfield(L, -2, "emit_lua");
  lua_pushcfunction(L, vm_lua_load_embedded);
  lua_setfield(L, -2, "load_embedded");
  lua_pushcfunction(L, vm_lua_load_chunk);
  lua_setfield(L, -2, "load_chunk");
  (void)vm;
  aster_open_clib(L, lua_gettop(L)); /* C primitives into R.c */
  aster__open_interactive(L, lua_gettop(L));
  for (int i = 0; runtime_order[i]; i++) {
    const AsterEmbedded *e;
    for (e = aster_embedded; e->name; e++)
      if (strcmp(e->name, runtime_order[i]) == 0 && strcmp(e->kind, "runtime") == 0) break;
    if (!e->name) return luaL_error(L, "runtime chunk %s missing", runtime_order[i]);
    if (luaL_loadbuffer(L, (const char *)e->data, e->len, e->name) != LUA_OK) return lua_error(L);
    lua_pushvalue(L, -2);
    lua_call(L, 1, 0);
  }
  lua_gc(L, LUA_GCRESTART);
  lua_gc(L, LUA_GCGEN, 0, 0); /* generational GC: most objects die young */
  aster__prof_start(L);
  return 0;
}

aster_vm *aster_new(void) {
  aster_vm *vm = calloc(1, sizeof *vm);
  if (!vm) return NULL;
  vm->L = lua_newstate(vm_alloc, vm);
  if (!vm->L) {
    free(vm);
    return NULL;
  }
  lua_atpanic(vm->L, vm_panic);
  lua_pushcfunction(vm->L, vm_boot);
  lua_pushlightuserdata(vm->L, vm);
  if (lua_pcall(vm->L, 1, 0, 0) != LUA_OK) {
    fprintf(stderr, "aster: runtime failed to start: %s\n", lua_tostring(vm->L, -1));
    lua_close(vm->L);
    free(vm);
    return NULL;
  }
  return vm;
}

void aster_close(aster_vm *vm) {
  if (!vm) return;
  if (vm->L) {
    aster__interrupt_close(vm->L);
    vm_push_runtime(vm->L);
    lua_getfield(vm->L, -1, "shutdown");
    if (lua_isfunction(vm->L, -1)) lua_pcall(vm->L, 0, 0, 0);
    lua_settop(vm->L, 0);
    aster__prof_report(vm->L);
    lua_close(vm->L);
  }
  free(vm->ctl);
  for (int i = 0; i < vm->argc; i++) free(vm->argv[i]);
  free(vm->argv);
  free(vm->errmsg);
  free(vm->errtype);
  free(vm->report);
  free(vm);
}

void aster_exit(aster_vm *vm, int status) {
  if (vm && vm->L) {
    vm_push_runtime(vm->L);
    lua_getfield(vm->L, -1, "shutdown");
    if (lua_isfunction(vm->L, -1)) lua_pcall(vm->L, 0, 0, 0);
    lua_settop(vm->L, 0);
    aster__prof_report(vm->L);
  }
  /* exit() flushes every stdio stream, those of open files included; the
     memory goes back with the process (lua_close would free it object by
     object: ~10% of a short run) */
  exit(status);
}

void aster_set_argv(aster_vm *vm, int argc, char **argv) {
  for (int i = 0; i < vm->argc; i++) free(vm->argv[i]);
  free(vm->argv);
  vm->argv = calloc(argc ? argc : 1, sizeof *vm->argv);
  vm->argc = 0;
  if (!vm->argv) return;
  for (int i = 0; i < argc; i++) vm->argv[vm->argc++] = strdup(argv[i]);
  lua_State *L = vm->L;
  vm_push_runtime(L);
  lua_getfield(L, -1, "set_argv");
  lua_newtable(L);
  for (int i = 0; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i + 1);
  }
  lua_pcall(L, 1, 0, 0);
  lua_settop(L, 0);
}

/* Message handler for failures inside the runtime itself: keep Lua's
   traceback so that runtime bugs can be found. */
static int vm_traceback(lua_State *L) {
  const char *m = luaL_tolstring(L, 1, NULL);
  luaL_traceback(L, L, m, 1);
  return 1;
}

/* Call R[fname] with the `nargs` values on top of the stack (and nothing
   below them); it returns (status, type or exit code, message, report) as
   R.run_main does. Turn that outcome into a status. */
int aster__vm_call(aster_vm *vm, const char *fname, int nargs) {
  lua_State *L = vm->L;
  int base = lua_gettop(L) - nargs;
  lua_pushcfunction(L, vm_traceback);
  vm_push_runtime(L);
  lua_getfield(L, -1, fname);
  lua_remove(L, -2);
  lua_insert(L, base + 1);
  lua_insert(L, base + 1);
  if (lua_pcall(L, nargs, 4, base + 1) != LUA_OK) {
    const char *m = luaL_tolstring(L, -1, NULL);
    if (lua_type(L, -1) == LUA_TSTRING && strstr(m, "not enough memory")) {
      vm_set_error(vm, "MemoryError", "", "MemoryError\n");
      lua_settop(L, 0);
      return ASTER_NOMEM;
    }
    vm_set_error(vm, "SystemError", m ? m : "runtime failure", m);
    lua_settop(L, 0);
    return ASTER_ERROR;
  }
  /* results: status string, type, message, report */
  const char *st = lua_tostring(L, -4);
  aster_status r = ASTER_OK;
  if (st && strcmp(st, "ok") != 0) {
    if (strcmp(st, "exit") == 0) {
      vm->exit_code = (int)lua_tointeger(L, -3);
      const char *rep = lua_tostring(L, -1);
      if (rep) {
        fputs(rep, stderr);
      }
      r = ASTER_EXIT;
    } else if (strcmp(st, "incomplete") == 0) {
      r = ASTER_INCOMPLETE;
    } else {
      /* NUL bytes (a binary file read as source) would cut the report short */
      for (int k = -2; k <= -1; k++) {
        size_t n;
        const char *t = lua_tolstring(L, k, &n);
        if (t && strlen(t) != n) {
          luaL_Buffer b;
          luaL_buffinit(L, &b);
          for (size_t j = 0; j < n; j++) luaL_addstring(&b, t[j] ? (char[]){t[j], 0} : "\\x00");
          luaL_pushresult(&b);
          lua_replace(L, k - 1);
        }
      }
      vm_set_error(vm, lua_tostring(L, -3), lua_tostring(L, -2), lua_tostring(L, -1));
      r = strcmp(st, "syntax") == 0 ? ASTER_SYNTAX : strcmp(st, "nomem") == 0 ? ASTER_NOMEM : ASTER_ERROR;
    }
  }
  lua_settop(L, 0);
  return r;
}

/* Run `R.run_main(src, path)` and turn its outcome into a status. */
static aster_status vm_run(aster_vm *vm, const char *src, size_t len, const char *path) {
  lua_State *L = vm->L;
  lua_settop(L, 0);
  lua_pushlstring(L, src, len);
  lua_pushstring(L, path);
  return (aster_status)aster__vm_call(vm, "run_main", 2);
}

lua_State *aster__vm_L(aster_vm *vm) { return vm->L; }
struct aster__ctl **aster__vm_ctl(aster_vm *vm) { return &vm->ctl; }
void aster__vm_set_error(aster_vm *vm, const char *type, const char *msg, const char *report) {
  vm_set_error(vm, type, msg, report);
}

aster_status aster_run_string(aster_vm *vm, const char *code, const char *name) {
  return vm_run(vm, code, strlen(code), name ? name : "<string>");
}

char *aster__read_file(const char *path, size_t *len, int *missing) {
  FILE *f = fopen(path, "rb");
  *missing = f == NULL;
  *len = 0;
  if (!f) return NULL;
  size_t cap = 65536, n = 0, r;
  char *buf = malloc(cap + 1);
  while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) {
      char *nb = realloc(buf, cap * 2 + 1);
      if (!nb) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = nb;
      cap *= 2;
    }
  }
  fclose(f);
  if (buf) buf[n] = 0;
  *len = n;
  return buf;
}

aster_status aster_run_file(aster_vm *vm, const char *path) {
  size_t len;
  int missing;
  char *buf = aster__read_file(path, &len, &missing);
  if (missing) {
    char msg[512];
    snprintf(msg, sizeof msg, "can't open file '%s': [Errno 2] No such file or directory", path);
    vm_set_error(vm, "OSError", msg, NULL);
    return ASTER_IOERR;
  }
  if (!buf) {
    vm_set_error(vm, "MemoryError", "", NULL);
    return ASTER_NOMEM;
  }
  aster_status r = aster__is_asc(buf, len) ? (aster_status)aster__run_asc(vm, buf, len, path) : vm_run(vm, buf, len, path);
  free(buf);
  return r;
}

aster_status aster_run_module(aster_vm *vm, const char *name) {
  lua_State *L = vm->L;
  lua_settop(L, 0);
  vm_push_runtime(L);
  lua_getfield(L, -1, "find_main_module");
  lua_pushstring(L, name);
  if (lua_pcall(L, 1, 2, 0) != LUA_OK || !lua_isstring(L, -2)) {
    char msg[512];
    snprintf(msg, sizeof msg, "No module named %s", name);
    vm_set_error(vm, "ModuleNotFoundError", msg, NULL);
    lua_settop(L, 0);
    return ASTER_IOERR;
  }
  char *path = strdup(lua_tostring(L, -2));
  size_t len;
  const char *src = lua_tolstring(L, -1, &len);
  char *copy = malloc(len + 1);
  if (!path || !copy) {
    free(path);
    free(copy);
    lua_settop(L, 0);
    return ASTER_NOMEM;
  }
  memcpy(copy, src, len + 1);
  lua_settop(L, 0);
  /* sys.argv[0] is the module's file, as in CPython */
  if (vm->argc > 0) {
    char **argv = malloc(vm->argc * sizeof *argv);
    if (argv) {
      argv[0] = path;
      for (int i = 1; i < vm->argc; i++) argv[i] = vm->argv[i];
      int argc = vm->argc;
      char **old = vm->argv;
      vm->argv = NULL;
      vm->argc = 0;
      aster_set_argv(vm, argc, argv);
      for (int i = 0; i < argc; i++) free(old[i]);
      free(old);
      free(argv);
    }
  }
  aster_status r = vm_run(vm, copy, len, path);
  free(copy);
  free(path);
  return r;
}

void aster_set_xoption(aster_vm *vm, const char *name, const char *value) {
  lua_State *L = vm->L;
  vm_push_runtime(L);
  lua_getfield(L, -1, "set_xoption");
  lua_pushstring(L, name);
  if (value) lua_pushstring(L, value);
  else lua_pushboolean(L, 1);
  lua_pcall(L, 2, 0, 0);
  lua_settop(L, 0);
}

void aster_set_flag(aster_vm *vm, const char *name, int value) {
  lua_State *L = vm->L;
  vm_push_runtime(L);
  lua_getfield(L, -1, "set_sys_flag");
  lua_pushstring(L, name);
  lua_pushinteger(L, value);
  lua_pcall(L, 2, 0, 0);
  lua_settop(L, 0);
}

const char *aster_error_message(aster_vm *vm) { return vm->errmsg ? vm->errmsg : ""; }
const char *aster_error_type(aster_vm *vm) { return vm->errtype ? vm->errtype : ""; }
int aster_exit_code(aster_vm *vm) { return vm->exit_code; }

void aster_print_error(aster_vm *vm, FILE *out) {
  if (vm->report) fputs(vm->report, out);
  else if (vm->errmsg) fprintf(out, "%s\n", vm->errmsg);
}

char *aster_compile_to_lua(aster_vm *vm, const char *code, size_t len, const char *name) {
  char *lua;
  size_t llen;
  SyntaxErr err;
  if (compile_to_lua(code, len, 0, &lua, &llen, &err) != 0) {
    char msg[400];
    snprintf(msg, sizeof msg, "%s (%s, line %d)", err.message, name ? name : "<string>", err.line);
    vm_set_error(vm, err.kind, msg, NULL);
    return NULL;
  }
  return lua;
}
