/* clib.c: C primitives the Lua runtime calls for speed or exactness
   (float repr, UTF-8 indexing, number parsing), registered as R.c. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <errno.h>
#include <unistd.h>
#include <dirent.h>
#include <sys/stat.h>
#include <sys/ioctl.h>
#include <dlfcn.h>
#include <openssl/evp.h>
#include <lua.h>
#include <lauxlib.h>
#include "vmint.h"

extern char **environ;

/* Number of code points of a UTF-8 string (invalid bytes count as one). */
static size_t u8_len(const unsigned char *s, size_t n) {
  size_t count = 0;
  for (size_t i = 0; i < n; i++)
    if ((s[i] & 0xC0) != 0x80) count++;
  return count;
}

static int c_ulen(lua_State *L) {
  size_t n;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1, &n);
  lua_pushinteger(L, (lua_Integer)u8_len(s, n));
  return 1;
}

static int is_ascii(const unsigned char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] >= 0x80) return 0;
  return 1;
}

/* Byte offset (0-based) of code point index i, or n if past the end. */
static size_t u8_offset(const unsigned char *s, size_t n, size_t idx) {
  size_t cp = 0;
  for (size_t i = 0; i < n; i++) {
    if ((s[i] & 0xC0) != 0x80) {
      if (cp == idx) return i;
      cp++;
    }
  }
  return n;
}

/* R.c.usub(s, i, j): code points [i, j) (0-based, already clamped). */
static int c_usub(lua_State *L) {
  size_t n;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1, &n);
  lua_Integer i = luaL_checkinteger(L, 2), j = luaL_checkinteger(L, 3);
  if (j <= i) {
    lua_pushliteral(L, "");
    return 1;
  }
  if (is_ascii(s, n)) {
    lua_pushlstring(L, (const char *)s + i, (size_t)(j - i));
    return 1;
  }
  size_t a = u8_offset(s, n, (size_t)i);
  size_t b = u8_offset(s, n, (size_t)j);
  lua_pushlstring(L, (const char *)s + a, b - a);
  return 1;
}

/* R.c.uchars(s) -> array (1-based Lua table) of code point strings */
static int c_uchars(lua_State *L) {
  size_t n;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1, &n);
  lua_createtable(L, (int)n, 0);
  lua_Integer k = 1;
  size_t i = 0;
  while (i < n) {
    size_t j = i + 1;
    while (j < n && (s[j] & 0xC0) == 0x80) j++;
    lua_pushlstring(L, (const char *)s + i, j - i);
    lua_rawseti(L, -2, k++);
    i = j;
  }
  return 1;
}

static int c_isascii(lua_State *L) {
  size_t n;
  const unsigned char *s = (const unsigned char *)luaL_checklstring(L, 1, &n);
  lua_pushboolean(L, is_ascii(s, n));
  return 1;
}

/* R.c.fmt_g(x, spec): C printf of one number for simple format specs. */
static int c_cformat(lua_State *L) {
  const char *f = luaL_checkstring(L, 1);
  char buf[512];
  if (lua_isinteger(L, 2))
    snprintf(buf, sizeof buf, f, (long long)lua_tointeger(L, 2));
  else
    snprintf(buf, sizeof buf, f, lua_tonumber(L, 2));
  lua_pushstring(L, buf);
  return 1;
}

static int c_now(lua_State *L) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  lua_pushnumber(L, (double)ts.tv_sec + ts.tv_nsec / 1e9);
  return 1;
}

static int c_monotonic(lua_State *L) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  lua_pushnumber(L, (double)ts.tv_sec + ts.tv_nsec / 1e9);
  return 1;
}

static int c_sleep(lua_State *L) {
  double s = luaL_checknumber(L, 1);
  struct timespec ts;
  ts.tv_sec = (time_t)s;
  ts.tv_nsec = (long)((s - (double)ts.tv_sec) * 1e9);
  while (nanosleep(&ts, &ts) == -1 && errno == EINTR) {
    /* Ctrl-C (a program's or the REPL's): KeyboardInterrupt follows */
    if (aster__interrupt_pending(L) || aster__repl_interrupt_pending(L)) break;
  }
  return 0;
}

/* stat(path) -> "file" | "dir" | "other", size ; or nil */
static int c_stat(lua_State *L) {
  struct stat st;
  if (stat(luaL_checkstring(L, 1), &st) != 0) return 0;
  lua_pushstring(L, S_ISREG(st.st_mode) ? "file" : S_ISDIR(st.st_mode) ? "dir" : "other");
  lua_pushinteger(L, (lua_Integer)st.st_size);
  return 2;
}

static int c_listdir(lua_State *L) {
  DIR *d = opendir(luaL_checkstring(L, 1));
  if (!d) {
    lua_pushnil(L);
    lua_pushstring(L, strerror(errno));
    return 2;
  }
  lua_newtable(L);
  int i = 1;
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    lua_pushstring(L, e->d_name);
    lua_rawseti(L, -2, i++);
  }
  closedir(d);
  return 1;
}

static int c_getcwd(lua_State *L) {
  char buf[4096];
  if (!getcwd(buf, sizeof buf)) return 0;
  lua_pushstring(L, buf);
  return 1;
}

static int c_environ(lua_State *L) {
  lua_newtable(L);
  for (char **e = environ; e && *e; e++) {
    const char *eq = strchr(*e, '=');
    if (!eq) continue;
    lua_pushlstring(L, *e, eq - *e);
    lua_pushstring(L, eq + 1);
    lua_settable(L, -3);
  }
  return 1;
}

/* A file system call's outcome: true, or false, errno and its message
   (for the OSError subclass Python raises). */
static int c_fsresult(lua_State *L, int rc) {
  if (rc == 0) {
    lua_pushboolean(L, 1);
    return 1;
  }
  int e = errno;
  lua_pushboolean(L, 0);
  lua_pushinteger(L, e);
  lua_pushstring(L, strerror(e));
  return 3;
}

static int c_mkdir(lua_State *L) { return c_fsresult(L, mkdir(luaL_checkstring(L, 1), 0777)); }
static int c_rmdir(lua_State *L) { return c_fsresult(L, rmdir(luaL_checkstring(L, 1))); }
/* unlink(2), not remove(3): a directory is refused, as Python's os.remove does */
static int c_unlink(lua_State *L) { return c_fsresult(L, unlink(luaL_checkstring(L, 1))); }
static int c_rename(lua_State *L) { return c_fsresult(L, rename(luaL_checkstring(L, 1), luaL_checkstring(L, 2))); }

static int c_chdir(lua_State *L) { return c_fsresult(L, chdir(luaL_checkstring(L, 1))); }
static int c_symlink(lua_State *L) { return c_fsresult(L, symlink(luaL_checkstring(L, 1), luaL_checkstring(L, 2))); }

/* c.readlink(path) -> the link's target, or false, errno, message */
static int c_readlink(lua_State *L) {
  char buf[4096];
  ssize_t n = readlink(luaL_checkstring(L, 1), buf, sizeof buf);
  if (n < 0) return c_fsresult(L, -1);
  lua_pushlstring(L, buf, (size_t)n);
  return 1;
}
static int c_chmod(lua_State *L) {
  return c_fsresult(L, chmod(luaL_checkstring(L, 1), (mode_t)luaL_checkinteger(L, 2)));
}

/* c.stat_full(path, follow) -> mode, ino, dev, nlink, uid, gid, size, atime,
   mtime, ctime (seconds, as floats), or false, errno, message */
static int c_stat_full(lua_State *L) {
  struct stat st;
  const char *p = luaL_checkstring(L, 1);
  int rc = lua_toboolean(L, 2) ? stat(p, &st) : lstat(p, &st);
  if (rc != 0) return c_fsresult(L, rc);
  lua_pushinteger(L, (lua_Integer)st.st_mode);
  lua_pushinteger(L, (lua_Integer)st.st_ino);
  lua_pushinteger(L, (lua_Integer)st.st_dev);
  lua_pushinteger(L, (lua_Integer)st.st_nlink);
  lua_pushinteger(L, (lua_Integer)st.st_uid);
  lua_pushinteger(L, (lua_Integer)st.st_gid);
  lua_pushinteger(L, (lua_Integer)st.st_size);
  lua_pushnumber(L, (double)st.st_atim.tv_sec + st.st_atim.tv_nsec / 1e9);
  lua_pushnumber(L, (double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec / 1e9);
  lua_pushnumber(L, (double)st.st_ctim.tv_sec + st.st_ctim.tv_nsec / 1e9);
  return 10;
}

/* c.access(path, mode) -> bool */
static int c_access(lua_State *L) {
  lua_pushboolean(L, access(luaL_checkstring(L, 1), (int)luaL_checkinteger(L, 2)) == 0);
  return 1;
}

/* c.realpath(path) -> the resolved path, or nil (it does not exist) */
static int c_realpath(lua_State *L) {
  char *r = realpath(luaL_checkstring(L, 1), NULL);
  if (!r) return 0;
  lua_pushstring(L, r);
  free(r);
  return 1;
}

/* c.urandom(n) -> n bytes from the kernel's generator */
static int c_urandom(lua_State *L) {
  lua_Integer n = luaL_checkinteger(L, 1);
  if (n < 0) return luaL_error(L, "negative argument not allowed");
  luaL_Buffer b;
  char *p = luaL_buffinitsize(L, &b, (size_t)n);
  FILE *f = fopen("/dev/urandom", "rb");
  if (!f || fread(p, 1, (size_t)n, f) != (size_t)n) {
    if (f) fclose(f);
    return luaL_error(L, "cannot read /dev/urandom");
  }
  fclose(f);
  luaL_pushresultsize(&b, (size_t)n);
  return 1;
}

/* c.cpu_count() -> the processors online */
static int c_cpu_count(lua_State *L) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  lua_pushinteger(L, n > 0 ? (lua_Integer)n : 1);
  return 1;
}

/* c.terminal_size(fd) -> columns, lines, or nothing when fd is no terminal */
static int c_terminal_size(lua_State *L) {
  struct winsize ws;
  if (ioctl((int)luaL_checkinteger(L, 1), TIOCGWINSZ, &ws) != 0) return 0;
  lua_pushinteger(L, ws.ws_col);
  lua_pushinteger(L, ws.ws_row);
  return 2;
}

static int c_getpid(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)getpid());
  return 1;
}

static int c_isatty(lua_State *L) {
  lua_pushboolean(L, isatty((int)luaL_checkinteger(L, 1)));
  return 1;
}

/* c.frame_info([thread,] level) -> func, currentline, source, linedefined,
   is_c for the frame at `level` of the thread (default: the caller's, where
   level 1 is the function calling frame_info), or nothing past the top.
   What debug.getinfo(level, "Slf") gives, without a table per frame (the
   traceback of every raised exception walks its frames). */
static int c_frame_info(lua_State *L) {
  lua_State *co = lua_isthread(L, 1) ? lua_tothread(L, 1) : NULL;
  int arg = co ? 2 : 1;
  lua_State *T = co ? co : L;
  int level = (int)luaL_checkinteger(L, arg);
  lua_Debug ar;
  if (!lua_getstack(T, level, &ar)) return 0;
  if (!lua_getinfo(T, "Slf", &ar)) return 0;
  if (co) lua_xmove(T, L, 1); /* the function, onto our stack */
  lua_pushinteger(L, ar.currentline);
  lua_pushstring(L, ar.source ? ar.source : "=?");
  lua_pushinteger(L, ar.linedefined);
  lua_pushboolean(L, ar.what && ar.what[0] == 'C');
  return 5;
}

/* c.stack_depth([thread]) -> the number of levels of the thread's stack
   (default: the calling one), by binary search: lua_getstack walks from
   the top, so probing every level of a deep recursion one by one would
   take quadratic time. */
static int c_stack_depth(lua_State *L) {
  lua_State *co = lua_isthread(L, 1) ? lua_tothread(L, 1) : NULL;
  lua_State *T = co ? co : L;
  lua_Debug ar;
  int lo = 0, hi = 1;
  if (!lua_getstack(T, 0, &ar)) {
    lua_pushinteger(L, 0);
    return 1;
  }
  while (lua_getstack(T, hi, &ar)) {
    lo = hi;
    if (hi > 0x3fffffff) break;
    hi *= 2;
  }
  while (hi - lo > 1) {
    int mid = lo + (hi - lo) / 2;
    if (lua_getstack(T, mid, &ar)) lo = mid;
    else hi = mid;
  }
  lua_pushinteger(L, lo + 1);
  return 1;
}

/* C99 math functions Lua's math library leaves out (the math module
   checks domains and ranges around them, as CPython does). */
#define CLIB_M1(name) \
  static int c_m_##name(lua_State *L) { \
    lua_pushnumber(L, name(luaL_checknumber(L, 1))); \
    return 1; \
  }
CLIB_M1(log1p)
CLIB_M1(expm1)
CLIB_M1(sinh)
CLIB_M1(cosh)
CLIB_M1(tanh)
CLIB_M1(asinh)
CLIB_M1(acosh)
CLIB_M1(atanh)
CLIB_M1(erf)
CLIB_M1(erfc)
CLIB_M1(tgamma)
CLIB_M1(lgamma)
CLIB_M1(cbrt)
CLIB_M1(exp2)

static int c_m_nextafter(lua_State *L) {
  lua_pushnumber(L, nextafter(luaL_checknumber(L, 1), luaL_checknumber(L, 2)));
  return 1;
}

static int c_m_remainder(lua_State *L) {
  lua_pushnumber(L, remainder(luaL_checknumber(L, 1), luaL_checknumber(L, 2)));
  return 1;
}

/* OpenSSL's digests, loaded when hashlib first asks (dlopen): linked in,
   libcrypto's relocations cost every start of aster, and most programs
   never hash. The functions found are kept in a userdata of the registry. */
typedef const EVP_MD *(*Digestbyname)(const char *);
typedef int (*DigestFn)(const void *, size_t, unsigned char *, unsigned int *, const EVP_MD *, ENGINE *);
typedef int (*BlockSizeFn)(const EVP_MD *);
typedef struct { void *lib; Digestbyname byname; DigestFn digest; BlockSizeFn block_size; } Crypto;
#define CRYPTO_KEY "aster.crypto"

static int crypto__gc(lua_State *L) {
  Crypto *c = lua_touserdata(L, 1);
  if (c && c->lib) dlclose(c->lib);
  if (c) c->lib = NULL;
  return 0;
}

static Crypto *crypto__get(lua_State *L) {
  if (lua_getfield(L, LUA_REGISTRYINDEX, CRYPTO_KEY) == LUA_TUSERDATA) {
    Crypto *c = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return c;
  }
  lua_pop(L, 1);
  void *lib = dlopen("libcrypto.so.3", RTLD_NOW | RTLD_LOCAL);
  if (!lib) lib = dlopen("libcrypto.so", RTLD_NOW | RTLD_LOCAL);
  if (!lib) luaL_error(L, "hashlib needs OpenSSL's libcrypto, which cannot be loaded: %s", dlerror());
  Crypto *c = lua_newuserdatauv(L, sizeof *c, 0);
  memset(c, 0, sizeof *c);
  c->lib = lib;
  lua_newtable(L);
  lua_pushcfunction(L, crypto__gc);
  lua_setfield(L, -2, "__gc");
  lua_setmetatable(L, -2);
  *(void **)&c->byname = dlsym(lib, "EVP_get_digestbyname");
  *(void **)&c->digest = dlsym(lib, "EVP_Digest");
  *(void **)&c->block_size = dlsym(lib, "EVP_MD_get_block_size");
  if (!c->byname || !c->digest || !c->block_size) luaL_error(L, "libcrypto lacks the digest functions");
  lua_setfield(L, LUA_REGISTRYINDEX, CRYPTO_KEY);
  return c;
}

/* c.digest(name, data) -> the raw digest of data under OpenSSL's digest
   `name` (md5, sha1, sha256, ...), or nil when it has no such digest. */
static int c_digest(lua_State *L) {
  const char *name = luaL_checkstring(L, 1);
  size_t n;
  const char *data = luaL_checklstring(L, 2, &n);
  Crypto *c = crypto__get(L);
  const EVP_MD *md = c->byname(name);
  if (!md) return 0;
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int len = 0;
  if (!c->digest(data, n, out, &len, md, NULL)) return 0;
  lua_pushlstring(L, (const char *)out, len);
  lua_pushinteger(L, c->block_size(md));
  return 2;
}

/* c.float_hash(x): CPython's hash of a finite float (_Py_HashDouble): x
   reduced modulo the Mersenne prime 2**61 - 1, so that equal ints and
   floats hash alike */
static int c_float_hash(lua_State *L) {
  const uint64_t P = ((uint64_t)1 << 61) - 1;
  double v = luaL_checknumber(L, 1);
  int e;
  double m = frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & P) | x >> (61 - 28);
    m *= 268435456.0; /* 2**28 */
    e -= 28;
    uint64_t y = (uint64_t)m;
    m -= (double)y;
    x += y;
    if (x >= P) x -= P;
  }
  e = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61);
  x = ((x << e) & P) | x >> (61 - e);
  int64_t h = (int64_t)x * sign;
  if (h == -1) h = -2;
  lua_pushinteger(L, (lua_Integer)h);
  return 1;
}

/* c.newobj(M, n): a new instance table with metatable M and room for n
   attributes (their stores then need no rehash) */
static int c_newobj(lua_State *L) {
  lua_Integer n = luaL_checkinteger(L, 2);
  lua_createtable(L, 0, n > 0 && n < 64 ? (int)n : 0);
  lua_pushvalue(L, 1);
  lua_setmetatable(L, -2);
  return 1;
}

static const luaL_Reg clib[] = {
  {"newobj", c_newobj},
  {"float_hash", c_float_hash},
  {"digest", c_digest},
  {"m_log1p", c_m_log1p}, {"m_expm1", c_m_expm1}, {"m_sinh", c_m_sinh}, {"m_cosh", c_m_cosh},
  {"m_tanh", c_m_tanh}, {"m_asinh", c_m_asinh}, {"m_acosh", c_m_acosh}, {"m_atanh", c_m_atanh},
  {"m_erf", c_m_erf}, {"m_erfc", c_m_erfc}, {"m_tgamma", c_m_tgamma}, {"m_lgamma", c_m_lgamma},
  {"m_cbrt", c_m_cbrt}, {"m_exp2", c_m_exp2}, {"m_nextafter", c_m_nextafter}, {"m_remainder", c_m_remainder},
  {"now", c_now},
  {"stack_depth", c_stack_depth},
  {"frame_info", c_frame_info},
  {"monotonic", c_monotonic},
  {"sleep", c_sleep},
  {"stat", c_stat},
  {"listdir", c_listdir},
  {"getcwd", c_getcwd},
  {"environ", c_environ},
  {"mkdir", c_mkdir},
  {"rmdir", c_rmdir},
  {"unlink", c_unlink},
  {"rename", c_rename},
  {"getpid", c_getpid},
  {"cpu_count", c_cpu_count},
  {"terminal_size", c_terminal_size},
  {"chdir", c_chdir},
  {"symlink", c_symlink},
  {"readlink", c_readlink},
  {"chmod", c_chmod},
  {"stat_full", c_stat_full},
  {"access", c_access},
  {"realpath", c_realpath},
  {"urandom", c_urandom},
  {"isatty", c_isatty},
  {"ulen", c_ulen},
  {"usub", c_usub},
  {"uchars", c_uchars},
  {"isascii", c_isascii},
  {"cformat", c_cformat},
  {NULL, NULL}
};

/* type(x) with the names kept in upvalues: the base library's pushes the
   name as a C string, which hashes it and compares it on every call. */
static int c_fast_type(lua_State *L) {
  int t = lua_type(L, 1);
  luaL_argcheck(L, t != LUA_TNONE, 1, "value expected");
  lua_pushvalue(L, lua_upvalueindex(t + 1));
  return 1;
}

/* getmetatable(x) without the __metatable field lookup (which also
   pushes a C string each call); nothing in Aster sets __metatable. */
static int c_fast_getmetatable(lua_State *L) {
  luaL_checkany(L, 1);
  if (!lua_getmetatable(L, 1)) lua_pushnil(L);
  return 1;
}

/* math.type(x): "integer", "float" or nil, the names in upvalues */
static int c_fast_mathtype(lua_State *L) {
  if (lua_type(L, 1) == LUA_TNUMBER) lua_pushvalue(L, lua_upvalueindex(lua_isinteger(L, 1) ? 1 : 2));
  else {
    luaL_checkany(L, 1);
    lua_pushnil(L);
  }
  return 1;
}

/* Replace type, getmetatable and math.type in the global table (before
   the runtime's chunks capture them as locals) with the versions above. */
static void clib__fast_base(lua_State *L) {
  for (int t = LUA_TNIL; t < LUA_NUMTYPES; t++) lua_pushstring(L, lua_typename(L, t));
  lua_pushcclosure(L, c_fast_type, LUA_NUMTYPES);
  lua_setglobal(L, "type");
  lua_pushcfunction(L, c_fast_getmetatable);
  lua_setglobal(L, "getmetatable");
  lua_getglobal(L, "math");
  lua_pushstring(L, "integer");
  lua_pushstring(L, "float");
  lua_pushcclosure(L, c_fast_mathtype, 2);
  lua_setfield(L, -2, "type");
  lua_pop(L, 1);
}

void aster_open_clib(lua_State *L, int ridx) {
  clib__fast_base(L);
  luaL_newlib(L, clib);
  aster_open_strlib(L, -1);
  aster_open_codecs(L, -1);
  aster_open_listlib(L, -1);
  aster_open_looplib(L, -1);
  aster_open_execlib(L, -1);
  aster_open_regexlib(L, -1);
  aster_open_sigintlib(L, -1);
  lua_setfield(L, ridx, "c");
}
