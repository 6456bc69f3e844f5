/* strlib.c: Lua bindings of pyfmt (numbers, format specs, reprs) and ustr
   (Unicode case and classes), registered into R.c. Failures return
   nil, exception name, message; the Lua side raises. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <lua.h>
#include <lauxlib.h>
#include "pyfmt.h"
#include "ustr.h"
#include "vmint.h"

static const char *kind_name(PyErrKind k) {
  switch (k) {
  case PYERR_VALUE: return "ValueError";
  case PYERR_TYPE: return "TypeError";
  case PYERR_OVERFLOW: return "OverflowError";
  case PYERR_ZERODIV: return "ZeroDivisionError";
  case PYERR_MEMORY: return "MemoryError";
  default: return "SystemError";
  }
}

static int sl_fail(lua_State *L, PyBuf *b, const char *err, PyErrKind kind) {
  pybuf_free(b);
  lua_pushnil(L);
  lua_pushstring(L, kind_name(kind));
  lua_pushstring(L, err);
  return 3;
}

static int sl_push(lua_State *L, PyBuf *b) {
  lua_pushlstring(L, b->p ? b->p : "", b->len);
  pybuf_free(b);
  return 1;
}

/* c.float_repr(x) */
static int sl_float_repr(lua_State *L) {
  char out[32];
  size_t n = pyfmt_repr_double(luaL_checknumber(L, 1), out);
  lua_pushlstring(L, out, n);
  return 1;
}

/* c.format_num(x, spec) for ints and floats */
static int sl_format_num(lua_State *L) {
  size_t sn;
  const char *spec = luaL_checklstring(L, 2, &sn);
  PyBuf b;
  pybuf_init(&b);
  char err[PYFMT_ERRSIZE];
  PyErrKind kind = PYERR_NONE;
  int r;
  if (lua_isinteger(L, 1))
    r = pyfmt_format_int_spec(lua_tointeger(L, 1), spec, sn, &b, err, &kind);
  else
    r = pyfmt_format_double_spec(luaL_checknumber(L, 1), spec, sn, &b, err, &kind);
  if (r != 0) return sl_fail(L, &b, err, kind);
  return sl_push(L, &b);
}

/* c.format_str(s, spec) */
static int sl_format_str(lua_State *L) {
  size_t n, sn;
  const char *s = luaL_checklstring(L, 1, &n);
  const char *spec = luaL_checklstring(L, 2, &sn);
  PyBuf b;
  pybuf_init(&b);
  char err[PYFMT_ERRSIZE];
  PyErrKind kind = PYERR_NONE;
  if (pyfmt_format_str_spec(s, n, spec, sn, &b, err, &kind) != 0) return sl_fail(L, &b, err, kind);
  return sl_push(L, &b);
}

/* Apply a (s, n, out) printer to argument 1 and push the text. */
static int sl_print(lua_State *L, void (*fn)(const char *, size_t, PyBuf *)) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  PyBuf b;
  pybuf_init(&b);
  fn(s, n, &b);
  return sl_push(L, &b);
}

static int sl_repr_str(lua_State *L) { return sl_print(L, pyfmt_repr_str); }
static int sl_repr_bytes(lua_State *L) { return sl_print(L, pyfmt_repr_bytes); }

/* c.parse_int(s, base) */
static int sl_parse_int(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  int base = (int)luaL_checkinteger(L, 2);
  int64_t v;
  int big = 0;
  char err[PYFMT_ERRSIZE];
  PyErrKind kind = PYERR_NONE;
  if (pyfmt_parse_int(s, n, base, &v, &big, err, &kind) != 0) {
    lua_pushnil(L);
    lua_pushstring(L, kind_name(kind));
    if (big) lua_pushstring(L, "int too large (Aster ints are 64-bit)");
    else lua_pushstring(L, err);
    return 3;
  }
  lua_pushinteger(L, (lua_Integer)v);
  return 1;
}

/* c.parse_float(s) */
static int sl_parse_float(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  double d;
  char err[PYFMT_ERRSIZE];
  PyErrKind kind = PYERR_NONE;
  if (pyfmt_parse_float(s, n, &d, err, &kind) != 0) {
    lua_pushnil(L);
    lua_pushstring(L, kind_name(kind));
    lua_pushstring(L, err);
    return 3;
  }
  lua_pushnumber(L, d);
  return 1;
}

/* c.round(x [, ndigits]) with Python's rules for ints and floats */
static int sl_round(lua_State *L) {
  char err[PYFMT_ERRSIZE];
  PyErrKind kind = PYERR_NONE;
  int has_nd = !lua_isnoneornil(L, 2);
  if (lua_isinteger(L, 1)) {
    int64_t v = lua_tointeger(L, 1), out;
    if (!has_nd) {
      lua_pushinteger(L, v);
      return 1;
    }
    if (pyfmt_round_int(v, luaL_checkinteger(L, 2), &out, err, &kind) != 0) goto fail;
    lua_pushinteger(L, out);
    return 1;
  }
  double x = luaL_checknumber(L, 1);
  if (!has_nd) {
    int64_t out;
    if (pyfmt_round_to_int(x, &out, err, &kind) != 0) goto fail;
    lua_pushinteger(L, out);
    return 1;
  }
  lua_Integer nd = luaL_checkinteger(L, 2);
  if (nd > 400) nd = 400;
  if (nd < -400) nd = -400;
  double r = pyfmt_round_double(x, (int)nd);
  if ((r == HUGE_VAL || r == -HUGE_VAL) && x == x && x != HUGE_VAL && x != -HUGE_VAL) {
    snprintf(err, sizeof err, "rounded value too large to represent");
    kind = PYERR_OVERFLOW;
    goto fail;
  }
  lua_pushnumber(L, r);
  return 1;
fail:
  lua_pushnil(L);
  lua_pushstring(L, kind_name(kind));
  lua_pushstring(L, err);
  return 3;
}

/* c.str_of(x): str() of ints, floats, strings, bools; nil for other types
   (the Lua side handles those). */
static int sl_str_of(lua_State *L) {
  switch (lua_type(L, 1)) {
  case LUA_TSTRING:
    lua_settop(L, 1);
    return 1;
  case LUA_TNUMBER:
    if (lua_isinteger(L, 1)) {
      /* digits by hand: snprintf costs several times more */
      char buf[24];
      char *end = buf + sizeof buf, *p = end;
      lua_Integer v = lua_tointeger(L, 1);
      unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
      do {
        *--p = (char)('0' + u % 10);
        u /= 10;
      } while (u);
      if (v < 0) *--p = '-';
      lua_pushlstring(L, p, (size_t)(end - p));
    } else {
      char out[32];
      size_t n = pyfmt_repr_double(lua_tonumber(L, 1), out);
      lua_pushlstring(L, out, n);
    }
    return 1;
  case LUA_TBOOLEAN:
    lua_pushstring(L, lua_toboolean(L, 1) ? "True" : "False");
    return 1;
  case LUA_TLIGHTUSERDATA:
    if (lua_touserdata(L, 1) == NULL) {
      lua_pushliteral(L, "None");
      return 1;
    }
    return 0;
  default:
    return 0;
  }
}

/* c.fstr_of(x): f"{x}" without a spec: str_of for ints, floats, strings,
   bools and None, R.format_empty(x) for objects (their __format__ with an
   empty spec), nil for the rest (the caller then uses R.str). */
static int sl_fstr_of(lua_State *L) {
  if (sl_str_of(L)) return 1;
  if (lua_type(L, 1) != LUA_TTABLE) return 0;
  lua_getfield(L, LUA_REGISTRYINDEX, "aster.R");
  lua_getfield(L, -1, "format_empty");
  lua_pushvalue(L, 1);
  lua_call(L, 1, 1);
  return 1;
}

/* Write the decimal digits of v ending at `end`; returns the start. */
static char *sl_int_digits(lua_Integer v, char *end) {
  char *p = end;
  unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
  do {
    *--p = (char)('0' + u % 10);
    u /= 10;
  } while (u);
  if (v < 0) *--p = '-';
  return p;
}

/* c.fcat(parts...): an f-string without format specs as one new string:
   ints, floats, strings, bools and None are written here, anything else
   first goes through R.str (its result replaces the argument). Short
   strings and ints are copied in one pass; otherwise the pieces are
   measured first, so a short result is built on the C stack and a long
   one in a buffer of the right size. */
static int sl_fcat(lua_State *L) {
  int n = lua_gettop(L);
  char small[256];
  /* the common case in one pass: strings and ints that fit on the stack */
  size_t len = 0;
  int i;
  for (i = 1; i <= n; i++) {
    int t = lua_type(L, i);
    if (t == LUA_TSTRING) {
      size_t k;
      const char *p = lua_tolstring(L, i, &k);
      if (len + k > sizeof small) break;
      memcpy(small + len, p, k);
      len += k;
    } else if (t == LUA_TNUMBER && lua_isinteger(L, i) && len + 24 <= sizeof small) {
      char buf[24];
      char *p = sl_int_digits(lua_tointeger(L, i), buf + sizeof buf);
      memcpy(small + len, p, (size_t)(buf + sizeof buf - p));
      len += (size_t)(buf + sizeof buf - p);
    } else {
      break;
    }
  }
  if (i > n) {
    lua_pushlstring(L, small, len);
    return 1;
  }
  size_t bound = 0;
  for (int i = 1; i <= n; i++) {
    switch (lua_type(L, i)) {
    case LUA_TSTRING: bound += lua_rawlen(L, i); break;
    case LUA_TNUMBER: bound += 32; break;
    case LUA_TBOOLEAN: bound += 5; break;
    default:
      if (lua_type(L, i) == LUA_TLIGHTUSERDATA && lua_touserdata(L, i) == NULL) {
        bound += 4;
        break;
      }
      /* objects as format(x, ""): a class's own __format__ counts */
      lua_getfield(L, LUA_REGISTRYINDEX, "aster.R");
      lua_getfield(L, -1, lua_type(L, i) == LUA_TTABLE ? "format_empty" : "str");
      lua_remove(L, -2);
      lua_pushvalue(L, i);
      lua_call(L, 1, 1);
      if (lua_type(L, -1) != LUA_TSTRING) return luaL_error(L, "__str__ returned non-string");
      lua_replace(L, i);
      bound += lua_rawlen(L, i);
    }
  }
  luaL_Buffer b;
  char *out = bound <= sizeof small ? small : luaL_buffinitsize(L, &b, bound);
  len = 0;
  for (i = 1; i <= n; i++) {
    switch (lua_type(L, i)) {
    case LUA_TSTRING: {
      size_t k;
      const char *p = lua_tolstring(L, i, &k);
      memcpy(out + len, p, k);
      len += k;
      break;
    }
    case LUA_TNUMBER:
      if (lua_isinteger(L, i)) {
        char buf[24];
        char *p = sl_int_digits(lua_tointeger(L, i), buf + sizeof buf);
        memcpy(out + len, p, (size_t)(buf + sizeof buf - p));
        len += (size_t)(buf + sizeof buf - p);
      } else {
        len += pyfmt_repr_double(lua_tonumber(L, i), out + len);
      }
      break;
    case LUA_TBOOLEAN:
      if (lua_toboolean(L, i)) {
        memcpy(out + len, "True", 4);
        len += 4;
      } else {
        memcpy(out + len, "False", 5);
        len += 5;
      }
      break;
    default: /* None */
      memcpy(out + len, "None", 4);
      len += 4;
    }
  }
  if (out == small) lua_pushlstring(L, small, len);
  else luaL_pushresultsize(&b, len);
  return 1;
}

/* Append the repr of the value at idx (of Lua type t) when it is an int,
   float, str, bool or None; 0 for anything else. */
static int sl_plain_repr(lua_State *L, int idx, int t, PyBuf *b) {
  switch (t) {
  case LUA_TNUMBER:
    if (lua_isinteger(L, idx)) {
      char buf[24];
      char *p = sl_int_digits(lua_tointeger(L, idx), buf + sizeof buf);
      pybuf_add(b, p, (size_t)(buf + sizeof buf - p));
    } else {
      char out[32];
      pybuf_add(b, out, pyfmt_repr_double(lua_tonumber(L, idx), out));
    }
    return 1;
  case LUA_TSTRING: {
    size_t n;
    const char *s = lua_tolstring(L, idx, &n);
    pyfmt_repr_str(s, n, b);
    return 1;
  }
  case LUA_TBOOLEAN:
    if (lua_toboolean(L, idx)) pybuf_add(b, "True", 4);
    else pybuf_add(b, "False", 5);
    return 1;
  case LUA_TLIGHTUSERDATA:
    if (lua_touserdata(L, idx) != NULL) return 0;
    pybuf_add(b, "None", 4);
    return 1;
  default:
    return 0;
  }
}

/* Push what b holds (or raise MemoryError) and free it. */
static int sl_done(lua_State *L, PyBuf *b) {
  if (b->oom) return sl_fail(L, b, "out of memory", PYERR_MEMORY);
  return sl_push(L, b);
}

/* c.seq_repr(t, n) -> "a, b, c": the reprs of t[0..n-1] joined, when every
   item is an int, float, str, bool or None; nothing otherwise (the caller
   then takes the general path). */
static int sl_seq_repr(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer n = luaL_checkinteger(L, 2);
  PyBuf b;
  pybuf_init(&b);
  int ok = 1;
  for (lua_Integer i = 0; ok && i < n; i++) {
    if (i) pybuf_add(&b, ", ", 2);
    ok = sl_plain_repr(L, -1, lua_rawgeti(L, 1, i), &b);
    lua_pop(L, 1);
  }
  if (!ok) {
    pybuf_free(&b);
    return 0;
  }
  return sl_done(L, &b);
}

/* c.dict_repr(d, keys, top, tomb) -> "k: v, ...": the same for a dict
   whose keys (in the order array, skipping the tomb marker) and values
   are all such plain values stored as themselves; nothing otherwise. */
static int sl_dict_repr(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  luaL_checktype(L, 2, LUA_TTABLE);
  lua_Integer top = luaL_checkinteger(L, 3);
  PyBuf b;
  pybuf_init(&b);
  int first = 1, ok = 1;
  for (lua_Integer i = 1; ok && i <= top; i++) {
    lua_rawgeti(L, 2, i);
    if (lua_rawequal(L, -1, 4) || lua_isnil(L, -1)) {
      lua_pop(L, 1);
      continue;
    }
    if (!first) pybuf_add(&b, ", ", 2);
    first = 0;
    int kt = lua_type(L, -1);
    ok = kt != LUA_TBOOLEAN && sl_plain_repr(L, -1, kt, &b);
    if (ok) {
      pybuf_add(&b, ": ", 2);
      lua_pushvalue(L, -1);
      ok = sl_plain_repr(L, -1, lua_rawget(L, 1), &b);
      lua_pop(L, 1);
    }
    lua_pop(L, 1);
  }
  if (!ok) {
    pybuf_free(&b);
    return 0;
  }
  return sl_done(L, &b);
}

/* Case mapping and classification use the VM's ustr context (upvalue). */
static const ustr_ctx *sl_ctx(lua_State *L) {
  ustr_ctx **p = lua_touserdata(L, lua_upvalueindex(1));
  return p ? *p : NULL;
}

typedef int (*case_fn)(const ustr_ctx *, const char *, size_t, PyBuf *);

/* ASCII strings: map bytes directly. A string that the mapping leaves
   unchanged is returned as it is (Lua strings are immutable values), and a
   short one is built on the C stack. Returns 0 for non-ASCII input. */
static int sl_case_ascii(lua_State *L, const char *s, size_t n, int upper) {
  char lo = upper ? 'a' : 'A', hi = upper ? 'z' : 'Z';
  size_t first = n;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x80) return 0;
    if (first == n && c >= lo && c <= hi) first = i;
  }
  if (first == n) {
    lua_settop(L, 1);
    return 1;
  }
  char small[64];
  luaL_Buffer b;
  char *p = n <= sizeof small ? small : luaL_buffinitsize(L, &b, n);
  memcpy(p, s, first);
  for (size_t i = first; i < n; i++) {
    char c = s[i];
    p[i] = (c >= lo && c <= hi) ? (char)(c ^ 0x20) : c;
  }
  if (p == small) lua_pushlstring(L, small, n);
  else luaL_pushresultsize(&b, n);
  return 1;
}

static int sl_case(lua_State *L, case_fn f) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  if (f == ustr_upper && sl_case_ascii(L, s, n, 1)) return 1;
  if (f == ustr_lower && sl_case_ascii(L, s, n, 0)) return 1;
  PyBuf b;
  pybuf_init(&b);
  if (f(sl_ctx(L), s, n, &b) != 0) return sl_fail(L, &b, "out of memory", PYERR_MEMORY);
  return sl_push(L, &b);
}

static int sl_upper(lua_State *L) { return sl_case(L, ustr_upper); }
static int sl_lower(lua_State *L) { return sl_case(L, ustr_lower); }
static int sl_swapcase(lua_State *L) { return sl_case(L, ustr_swapcase); }
static int sl_title(lua_State *L) { return sl_case(L, ustr_title); }
static int sl_capitalize(lua_State *L) { return sl_case(L, ustr_capitalize); }
static int sl_casefold(lua_State *L) { return sl_case(L, ustr_casefold); }

/* c.strclass(s, name) -> boolean for the str.is*() predicates */
static int sl_strclass(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  const char *w = luaL_checkstring(L, 2);
  const ustr_ctx *ctx = sl_ctx(L);
  int r = 0;
  if (!strcmp(w, "isalpha")) r = ustr_isalpha(ctx, s, n);
  else if (!strcmp(w, "isdigit")) r = ustr_isdigit(s, n);
  else if (!strcmp(w, "isdecimal")) r = ustr_isdecimal(s, n);
  else if (!strcmp(w, "isnumeric")) r = ustr_isnumeric(s, n);
  else if (!strcmp(w, "isalnum")) r = ustr_isalnum(ctx, s, n);
  else if (!strcmp(w, "isspace")) r = ustr_isspace(s, n);
  else if (!strcmp(w, "isupper")) r = ustr_isupper(ctx, s, n);
  else if (!strcmp(w, "islower")) r = ustr_islower(ctx, s, n);
  else if (!strcmp(w, "istitle")) r = ustr_istitle(ctx, s, n);
  else if (!strcmp(w, "isidentifier")) r = ustr_isidentifier(ctx, s, n);
  else if (!strcmp(w, "isprintable")) r = ustr_isprintable(ctx, s, n);
  else if (!strcmp(w, "isascii")) r = ustr_isascii(s, n);
  lua_pushboolean(L, r);
  return 1;
}

/* c.strip(s, which[, chars]): str.strip/lstrip/rstrip (which: USTR_LEFT,
   USTR_RIGHT or both) by code points; no chars: Unicode whitespace */
static int sl_strip(lua_State *L) {
  size_t n, cn = 0, off, len;
  const char *s = luaL_checklstring(L, 1, &n);
  int which = (int)luaL_checkinteger(L, 2);
  const char *chars = lua_isnoneornil(L, 3) ? NULL : luaL_checklstring(L, 3, &cn);
  ustr_strip(s, n, chars, cn, which, &off, &len);
  if (len == n) lua_settop(L, 1);
  else lua_pushlstring(L, s + off, len);
  return 1;
}

typedef struct { lua_State *L; lua_Integer n; } RPieces;
static int sl_rpiece(void *ud, const char *p, size_t len) {
  RPieces *pc = ud;
  lua_pushlstring(pc->L, p, len);
  lua_rawseti(pc->L, -2, ++pc->n);
  return 0;
}

/* c.rsplit(s, sep_or_nil, maxsplit) -> array of the pieces, the rightmost
   first (1-based), and their count; no sep: Unicode whitespace */
static int sl_rsplit(lua_State *L) {
  size_t n, m = 0;
  const char *s = luaL_checklstring(L, 1, &n);
  const char *sep = lua_isstring(L, 2) ? lua_tolstring(L, 2, &m) : NULL;
  lua_Integer maxsplit = luaL_optinteger(L, 3, -1);
  RPieces pc = {L, 0};
  lua_newtable(L);
  if (sep) ustr_rsplit(s, n, sep, m, maxsplit, sl_rpiece, &pc);
  else ustr_rsplit_whitespace(s, n, maxsplit, sl_rpiece, &pc);
  lua_pushinteger(L, pc.n);
  return 2;
}

static int sl_ctx_gc(lua_State *L) {
  ustr_ctx **p = lua_touserdata(L, 1);
  if (p && *p) {
    ustr_ctx_free(*p);
    *p = NULL;
  }
  return 0;
}

/* What the str functions below know of a string: whether it is ASCII,
   its length in code points (-1: not counted yet) and a place in it
   (ustr_pos). For the last few long strings this is remembered across
   calls, so a loop over s[i] or s[i:j], or one testing `i < len(s)`, does
   not rescan s each time: the strings are anchored in upvalue 2 while
   their slot holds them, so a pointer names one string. */
#define SI_SLOTS 8
#define SI_MIN 64
typedef struct { const char *p; size_t n; int ascii; long long len; ustr_pos at; } SiSlot;
typedef struct { SiSlot slot[SI_SLOTS]; unsigned next; } SiCache;

/* The knowledge of the string at index 1 (s, n bytes): a cache slot for a
   long one (added if it was not there), else *tmp filled afresh. */
static SiSlot *sl_slot(lua_State *L, const char *s, size_t n, SiSlot *tmp) {
  if (n < SI_MIN) {
    *tmp = (SiSlot){s, n, ustr_isascii(s, n), -1, {0, 0}};
    return tmp;
  }
  SiCache *c = lua_touserdata(L, lua_upvalueindex(1));
  for (int k = 0; k < SI_SLOTS; k++)
    if (c->slot[k].p == s && c->slot[k].n == n) return &c->slot[k];
  unsigned k = c->next++ % SI_SLOTS;
  c->slot[k] = (SiSlot){s, n, ustr_isascii(s, n), -1, {0, 0}};
  lua_pushvalue(L, 1);
  lua_rawseti(L, lua_upvalueindex(2), (lua_Integer)k + 1);
  return &c->slot[k];
}

/* The string's length in code points (counted once). */
static lua_Integer sl_len(SiSlot *sl) {
  if (sl->len < 0) sl->len = sl->ascii ? (long long)sl->n : (long long)ustr_len(sl->p, sl->n);
  return (lua_Integer)sl->len;
}

/* Byte offset of code point cp (n if past the end). */
static size_t sl_offset(SiSlot *sl, size_t cp) {
  if (sl->ascii) return cp < sl->n ? cp : sl->n;
  return ustr_seek_cp(sl->p, sl->n, &sl->at, cp);
}

/* c.isascii_cached(s): isascii, remembered for the last few long strings
   (str methods that take code point positions ask it every call) */
static int sl_isascii_cached(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  SiSlot tmp;
  lua_pushboolean(L, sl_slot(L, s, n, &tmp)->ascii);
  return 1;
}

/* c.ulen_cached(s): len(s) in code points */
static int sl_ulen_cached(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  SiSlot tmp;
  lua_pushinteger(L, sl_len(sl_slot(L, s, n, &tmp)));
  return 1;
}

/* c.usub_cached(s, i, j): code points [i, j) (0-based, already clamped) */
static int sl_usub_cached(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  lua_Integer i = luaL_checkinteger(L, 2), j = luaL_checkinteger(L, 3);
  if (j <= i) {
    lua_pushliteral(L, "");
    return 1;
  }
  SiSlot tmp, *sl = sl_slot(L, s, n, &tmp);
  size_t a = sl_offset(sl, (size_t)i), b = sl_offset(sl, (size_t)j);
  lua_pushlstring(L, s + a, b - a);
  return 1;
}

/* s[i] for an int i: c.str_item(s, i) -> the character, or nothing when
   i is not an int or is out of range (the caller raises). */
static int sl_str_item(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  if (!lua_isinteger(L, 2)) return 0;
  lua_Integer i = lua_tointeger(L, 2);
  SiSlot tmp, *sl = sl_slot(L, s, n, &tmp);
  lua_Integer len = sl_len(sl);
  if (i < 0) i += len;
  if (i < 0 || i >= len) return 0;
  size_t a = sl_offset(sl, (size_t)i), b = sl_offset(sl, (size_t)i + 1);
  lua_pushlstring(L, s + a, b - a);
  return 1;
}

static const luaL_Reg plain[] = {
  {"float_repr", sl_float_repr},
  {"format_num", sl_format_num},
  {"format_str", sl_format_str},
  {"repr_str", sl_repr_str},
  {"repr_bytes", sl_repr_bytes},
  {"parse_int", sl_parse_int},
  {"parse_float", sl_parse_float},
  {"round", sl_round},
  {"strip", sl_strip},
  {"rsplit", sl_rsplit},
  {"str_of", sl_str_of},
  {"fstr_of", sl_fstr_of},
  {"fcat", sl_fcat},
  {"seq_repr", sl_seq_repr},
  {"dict_repr", sl_dict_repr},
  {NULL, NULL}
};

static const luaL_Reg withctx[] = {
  {"upper", sl_upper},
  {"lower", sl_lower},
  {"swapcase", sl_swapcase},
  {"title", sl_title},
  {"capitalize", sl_capitalize},
  {"casefold", sl_casefold},
  {"strclass", sl_strclass},
  {NULL, NULL}
};

/* Add the functions to the table at stack index `t`. */
void aster_open_strlib(lua_State *L, int t) {
  t = lua_absindex(L, t);
  lua_pushvalue(L, t);
  luaL_setfuncs(L, plain, 0);
  lua_pop(L, 1);
  SiCache *sc = lua_newuserdatauv(L, sizeof *sc, 0);
  memset(sc, 0, sizeof *sc);
  lua_createtable(L, SI_SLOTS, 0);
  lua_pushvalue(L, -2);
  lua_pushvalue(L, -2);
  lua_pushcclosure(L, sl_isascii_cached, 2);
  lua_setfield(L, t, "isascii_cached");
  lua_pushvalue(L, -2);
  lua_pushvalue(L, -2);
  lua_pushcclosure(L, sl_ulen_cached, 2);
  lua_setfield(L, t, "ulen_cached");
  lua_pushvalue(L, -2);
  lua_pushvalue(L, -2);
  lua_pushcclosure(L, sl_usub_cached, 2);
  lua_setfield(L, t, "usub_cached");
  lua_pushcclosure(L, sl_str_item, 2);
  lua_setfield(L, t, "str_item");
  ustr_ctx **p = lua_newuserdatauv(L, sizeof *p, 0);
  *p = ustr_ctx_new();
  lua_newtable(L);
  lua_pushcfunction(L, sl_ctx_gc);
  lua_setfield(L, -2, "__gc");
  lua_setmetatable(L, -2);
  for (const luaL_Reg *r = withctx; r->name; r++) {
    lua_pushvalue(L, -1);
    lua_pushcclosure(L, r->func, 1);
    lua_setfield(L, t, r->name);
  }
  lua_pop(L, 1);
}
