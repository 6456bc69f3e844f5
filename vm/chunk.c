/* chunk.c: precompiled chunks (.asc). `aster compile` writes a header
   (magic, Aster version, Lua version, sizes, a checksum), the source text
   (for tracebacks), the chunk name, then the Lua bytecode of the compiled
   module. Loading checks every part of the header before lua_load sees the
   bytecode (in binary-only mode): Lua has no bytecode verifier, so a chunk
   that is not exactly what this version wrote is refused, never loaded. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <lua.h>
#include <lauxlib.h>
#include "aster.h"
#include "compile.h"
#include "vmint.h"

#define ASC_MAGIC "\x7f" "ASC"
#define ASC_TAG "Aster " ASTER_VERSION " Lua " LUA_VERSION_MAJOR "." LUA_VERSION_MINOR "\n"

/* header: magic(4) | tag line | u32 srclen | u32 namelen | u32 codelen |
   u64 checksum of everything after the header */
enum { ASC_FIXED = 4 + 3 * 4 + 8 };

static uint64_t fnv1a(const unsigned char *p, size_t n) {
  uint64_t h = 1469598103934665603ull;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 1099511628211ull;
  return h;
}

static void put32(unsigned char *p, uint32_t v) {
  for (int i = 0; i < 4; i++) p[i] = (unsigned char)(v >> (8 * i));
}
static uint32_t get32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static void put64(unsigned char *p, uint64_t v) {
  for (int i = 0; i < 8; i++) p[i] = (unsigned char)(v >> (8 * i));
}
static uint64_t get64(const unsigned char *p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--) v = v << 8 | p[i];
  return v;
}

int aster__is_asc(const char *buf, size_t len) { return len >= 4 && memcmp(buf, ASC_MAGIC, 4) == 0; }

typedef struct {
  unsigned char *p;
  size_t len, cap;
} Bytes;

static int chunk__writer(lua_State *L, const void *p, size_t sz, void *ud) {
  (void)L;
  Bytes *b = ud;
  if (b->len + sz > b->cap) {
    size_t nc = b->cap ? b->cap * 2 : 65536;
    while (nc < b->len + sz) nc *= 2;
    unsigned char *np = realloc(b->p, nc);
    if (!np) return 1;
    b->p = np;
    b->cap = nc;
  }
  memcpy(b->p + b->len, p, sz);
  b->len += sz;
  return 0;
}

aster_status aster_compile_file(aster_vm *vm, const char *path, const char *out_path) {
  char msg[1200];
  size_t len;
  int missing;
  char *src = aster__read_file(path, &len, &missing);
  if (!src) {
    if (!missing) {
      aster__vm_set_error(vm, "MemoryError", "", NULL);
      return ASTER_NOMEM;
    }
    snprintf(msg, sizeof msg, "can't open file '%s': [Errno 2] No such file or directory", path);
    aster__vm_set_error(vm, "OSError", msg, NULL);
    return ASTER_IOERR;
  }
  char *lua;
  size_t llen;
  SyntaxErr err;
  lua_State *L = aster__vm_L(vm);
  if (compile_to_lua(src, len, 0, &lua, &llen, &err) != 0) {
    /* the report a run would print (source line and caret): the runtime
       raises the SyntaxError and formats it */
    lua_settop(L, 0);
    lua_getfield(L, LUA_REGISTRYINDEX, "aster.R");
    lua_getfield(L, -1, "compile_or_raise");
    lua_pushlstring(L, src, len);
    lua_pushfstring(L, "@%s", path);
    lua_pushstring(L, path);
    const char *report = NULL;
    if (lua_pcall(L, 3, 0, 0) != LUA_OK) {
      lua_getfield(L, 1, "status_of");
      lua_insert(L, -2);
      if (lua_pcall(L, 1, 4, 0) == LUA_OK) report = lua_tostring(L, -1);
    }
    snprintf(msg, sizeof msg, "%s (%s, line %d)", err.message, path, err.line);
    aster__vm_set_error(vm, err.kind, msg, report);
    lua_settop(L, 0);
    free(src);
    return ASTER_SYNTAX;
  }
  char name[1100];
  snprintf(name, sizeof name, "@%s", path);
  Bytes code = {0};
  int st = luaL_loadbuffer(L, lua, llen, name);
  free(lua);
  if (st != LUA_OK || lua_dump(L, chunk__writer, &code, 0) != 0 || !code.p) {
    snprintf(msg, sizeof msg, "cannot compile %s: %s", path, st != LUA_OK ? lua_tostring(L, -1) : "out of memory");
    aster__vm_set_error(vm, "SyntaxError", msg, NULL);
    lua_settop(L, 0);
    free(src);
    free(code.p);
    return ASTER_SYNTAX;
  }
  lua_settop(L, 0);
  size_t taglen = strlen(ASC_TAG), namelen = strlen(name);
  size_t body = len + namelen + code.len;
  unsigned char head[4 + 64 + 20];
  memcpy(head, ASC_MAGIC, 4);
  memcpy(head + 4, ASC_TAG, taglen);
  unsigned char *q = head + 4 + taglen;
  put32(q, (uint32_t)len);
  put32(q + 4, (uint32_t)namelen);
  put32(q + 8, (uint32_t)code.len);
  uint64_t h = fnv1a((const unsigned char *)src, len);
  h ^= fnv1a((const unsigned char *)name, namelen) * 31;
  h ^= fnv1a(code.p, code.len) * 131;
  put64(q + 12, h);
  FILE *f = fopen(out_path, "wb");
  int ok = f && fwrite(head, 1, 4 + taglen + 20, f) == 4 + taglen + 20 && fwrite(src, 1, len, f) == len &&
           fwrite(name, 1, namelen, f) == namelen && fwrite(code.p, 1, code.len, f) == code.len;
  if (f && fclose(f) != 0) ok = 0;
  free(src);
  free(code.p);
  (void)body;
  if (!ok) {
    snprintf(msg, sizeof msg, "can't write '%s'", out_path);
    aster__vm_set_error(vm, "OSError", msg, NULL);
    return ASTER_IOERR;
  }
  return ASTER_OK;
}

static aster_status chunk__refuse(aster_vm *vm, const char *path, const char *why) {
  char msg[1200];
  snprintf(msg, sizeof msg, "%s: not a valid precompiled chunk for Aster %s (Lua %s.%s): %s; recompile it with `aster compile`",
           path, ASTER_VERSION, LUA_VERSION_MAJOR, LUA_VERSION_MINOR, why);
  aster__vm_set_error(vm, "ImportError", msg, NULL);
  return ASTER_IOERR;
}

int aster__run_asc(aster_vm *vm, const char *buf, size_t len, const char *path) {
  size_t taglen = strlen(ASC_TAG);
  if (len < 4 + taglen + 20) return chunk__refuse(vm, path, "truncated header");
  if (memcmp(buf + 4, ASC_TAG, taglen) != 0) {
    char other[64];
    size_t i = 0;
    while (i < sizeof other - 1 && 4 + i < len && buf[4 + i] != '\n' && buf[4 + i] >= ' ') {
      other[i] = buf[4 + i];
      i++;
    }
    other[i] = 0;
    char why[160];
    snprintf(why, sizeof why, "it was written by %s", i ? other : "something else");
    return chunk__refuse(vm, path, why);
  }
  const unsigned char *q = (const unsigned char *)buf + 4 + taglen;
  size_t srclen = get32(q), namelen = get32(q + 4), codelen = get32(q + 8);
  uint64_t want = get64(q + 12);
  const char *src = buf + 4 + taglen + 20;
  if ((size_t)(len - (4 + taglen + 20)) != srclen + namelen + codelen || namelen < 2)
    return chunk__refuse(vm, path, "wrong length (truncated or corrupt)");
  const char *name = src + srclen;
  const unsigned char *code = (const unsigned char *)name + namelen;
  uint64_t h = fnv1a((const unsigned char *)src, srclen);
  h ^= fnv1a((const unsigned char *)name, namelen) * 31;
  h ^= fnv1a(code, codelen) * 131;
  if (h != want || name[0] != '@' || codelen < 4 || memcmp(code, LUA_SIGNATURE, 4) != 0)
    return chunk__refuse(vm, path, "checksum mismatch (corrupt)");
  lua_State *L = aster__vm_L(vm);
  lua_settop(L, 0);
  lua_pushlstring(L, src, srclen);
  lua_pushstring(L, path);
  lua_pushlstring(L, name, namelen);
  const char *cname = lua_tostring(L, -1);
  if (luaL_loadbufferx(L, (const char *)code, codelen, cname, "b") != LUA_OK) {
    char why[300];
    snprintf(why, sizeof why, "%s", lua_tostring(L, -1));
    lua_settop(L, 0);
    return chunk__refuse(vm, path, why);
  }
  lua_insert(L, -2); /* src, path, fn, chunkname */
  return aster__vm_call(vm, "run_main", 4);
}
