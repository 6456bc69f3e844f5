/* listlib.c: C fast paths for lists (elements at 0..n-1, length in "n"):
   the for-loop iterator, native sorting of homogeneous lists, and building
   lists from string splits. Registered into R.c. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <limits.h>
#include <string.h>
#include <lua.h>
#include <lauxlib.h>
#include "pyfmt.h"
#include "ustr.h"
#include "vmint.h"

#define LIST_MT_KEY "aster.LIST"

/* c.set_list_mt(mt): remember the list metatable for lists made in C. */
static int ll_set_list_mt(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_setfield(L, LUA_REGISTRYINDEX, LIST_MT_KEY);
  return 0;
}

/* The functions of this file are registered with the string "n" as
   upvalue 1, so reading a list's length is a raw get with a ready key
   (lua_getfield would look the key up in the string cache every call). */
static lua_Integer ll_len(lua_State *L, int idx) {
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_rawget(L, idx);
  lua_Integer n = lua_tointeger(L, -1);
  lua_pop(L, 1);
  return n;
}

/* c.list_next(l, i) -> i+1, l[i+1] | nil: the generic-for iterator */
static int ll_next(lua_State *L) {
  lua_Integer i = lua_tointeger(L, 2) + 1;
  if (i >= ll_len(L, 1)) return 0;
  lua_pushinteger(L, i);
  lua_rawgeti(L, 1, i);
  return 2;
}

/* c.list_index(l, x, eq, lo, hi) -> the first i in lo..hi-1 with l[i] is x
   or l[i] == x, or -1. Items and x that are both numbers or both strings
   compare here; a table or a bool on either side goes to eq(item, x)
   (Python's ==: __eq__, True == 1). */
static int ll_index(lua_State *L) {
  lua_Integer lo = luaL_optinteger(L, 4, 0);
  lua_Integer hi = lua_isnoneornil(L, 5) ? ll_len(L, 1) : luaL_checkinteger(L, 5);
  int xt = lua_type(L, 2);
  int x_plain = xt == LUA_TNUMBER || xt == LUA_TSTRING || xt == LUA_TLIGHTUSERDATA || xt == LUA_TNIL;
  for (lua_Integer i = lo; i < hi; i++) {
    int t = lua_rawgeti(L, 1, i);
    if (lua_rawequal(L, -1, 2)) {
      lua_pop(L, 1);
      lua_pushinteger(L, i);
      return 1;
    }
    if (!x_plain || t == LUA_TTABLE || t == LUA_TBOOLEAN) {
      lua_pushvalue(L, 3);
      lua_insert(L, -2);
      lua_pushvalue(L, 2);
      lua_call(L, 2, 1);
      int hit = lua_toboolean(L, -1);
      lua_pop(L, 1);
      if (hit) {
        lua_pushinteger(L, i);
        return 1;
      }
      /* (eq may have changed the list: re-read its length, as CPython does) */
      if (lua_isnoneornil(L, 5)) {
        lua_Integer n = ll_len(L, 1);
        if (n < hi) hi = n;
      }
    } else {
      lua_pop(L, 1);
    }
  }
  lua_pushinteger(L, -1);
  return 1;
}

/* c.list_move(src, first, last, dst, at) -> dst: dst[at + i - first] =
   src[i] for i = first..last without metamethods (a list's __newindex
   guards its bounds). A nil dst is a new table sized for the items. */
static int ll_move(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer first = luaL_checkinteger(L, 2), last = luaL_checkinteger(L, 3);
  lua_Integer at = luaL_checkinteger(L, 5);
  lua_Integer count = last >= first ? last - first + 1 : 0;
  if (lua_isnoneornil(L, 4)) {
    lua_settop(L, 3);
    lua_createtable(L, count > 0 && count < INT_MAX ? (int)count : 0, 2);
  } else {
    luaL_checktype(L, 4, LUA_TTABLE);
    lua_settop(L, 4);
  }
  for (lua_Integer i = 0; i < count; i++) {
    lua_rawgeti(L, 1, first + i);
    lua_rawseti(L, 4, at + i);
  }
  return 1;
}

/* ---- sorting -------------------------------------------------------------- */

typedef struct {
  /* strings keep their first 8 bytes as a big-endian number: most
     comparisons end there without memcmp */
  union { int64_t i; double d; struct { const char *p; size_t n; uint64_t pre; } s; } k;
  lua_Integer idx; /* original position: ties keep their order (stability) */
} SortItem;

static int cmp_int(const void *a, const void *b) {
  const SortItem *x = a, *y = b;
  if (x->k.i != y->k.i) return x->k.i < y->k.i ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}
static int cmp_int_rev(const void *a, const void *b) {
  const SortItem *x = a, *y = b;
  if (x->k.i != y->k.i) return x->k.i > y->k.i ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}
static int cmp_dbl(const void *a, const void *b) {
  const SortItem *x = a, *y = b;
  if (x->k.d != y->k.d) return x->k.d < y->k.d ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}
static int cmp_dbl_rev(const void *a, const void *b) {
  const SortItem *x = a, *y = b;
  if (x->k.d != y->k.d) return x->k.d > y->k.d ? -1 : 1;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}
static uint64_t ll_str_prefix(const char *p, size_t n) {
  uint64_t v = 0;
  for (size_t i = 0; i < 8; i++) v = (v << 8) | (i < n ? (unsigned char)p[i] : 0);
  return v;
}

static int cmp_str_raw(const SortItem *x, const SortItem *y) {
  if (x->k.s.pre != y->k.s.pre) return x->k.s.pre < y->k.s.pre ? -1 : 1;
  size_t m = x->k.s.n < y->k.s.n ? x->k.s.n : y->k.s.n;
  if (m > 8) {
    int c = memcmp(x->k.s.p + 8, y->k.s.p + 8, m - 8);
    if (c) return c;
  }
  if (x->k.s.n != y->k.s.n) return x->k.s.n < y->k.s.n ? -1 : 1;
  return 0;
}
static int cmp_str(const void *a, const void *b) {
  const SortItem *x = a, *y = b;
  int c = cmp_str_raw(x, y);
  if (c) return c;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}
static int cmp_str_rev(const void *a, const void *b) {
  const SortItem *x = a, *y = b;
  int c = cmp_str_raw(x, y);
  if (c) return -c;
  return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Order-preserving map of a key to an unsigned integer: ints flip the sign
   bit; doubles flip all bits when negative, else the sign bit. */
static uint64_t ll_radix_key(const SortItem *it, int kind) {
  if (kind == 1) return (uint64_t)it->k.i ^ 0x8000000000000000ull;
  double d = it->k.d;
  if (d == 0) d = 0; /* -0.0 == 0.0 */
  uint64_t u;
  memcpy(&u, &d, sizeof u);
  return (u & 0x8000000000000000ull) ? ~u : u ^ 0x8000000000000000ull;
}

/* The passes of a stable LSD radix sort on 8-bit digits: digits equal in
   every key (in none of the bits of `varying`) are skipped, so small ints
   cost a pass or two. `items`, if not NULL, move along with their keys
   (through `tmp`). Returns the array that holds the sorted keys: `keys`
   or `spare`. */
static uint64_t *ll_radix_passes(uint64_t *keys, uint64_t *spare, SortItem *items, SortItem *tmp,
                                 lua_Integer n, uint64_t varying) {
  for (int shift = 0; shift < 64; shift += 8) {
    if (((varying >> shift) & 0xFF) == 0) continue;
    size_t count[257] = {0};
    for (lua_Integer i = 0; i < n; i++) count[((keys[i] >> shift) & 0xFF) + 1]++;
    for (int d = 0; d < 256; d++) count[d + 1] += count[d];
    for (lua_Integer i = 0; i < n; i++) {
      size_t pos = count[(keys[i] >> shift) & 0xFF]++;
      if (items) tmp[pos] = items[i];
      spare[pos] = keys[i];
    }
    if (items) memcpy(items, tmp, (size_t)n * sizeof *items);
    uint64_t *t = keys;
    keys = spare;
    spare = t;
  }
  return keys;
}

/* Sort number items by radix; `rev` sorts descending while keeping equal
   keys in their original order. Returns 0 when memory runs out. */
static int ll_radix_sort(SortItem *items, lua_Integer n, int kind, int rev) {
  uint64_t *keys = malloc((size_t)n * sizeof *keys);
  uint64_t *keys2 = malloc((size_t)n * sizeof *keys2);
  SortItem *tmp = malloc((size_t)n * sizeof *tmp);
  if (!keys || !keys2 || !tmp) {
    free(keys);
    free(keys2);
    free(tmp);
    return 0;
  }
  uint64_t all_and = ~0ull, all_or = 0;
  for (lua_Integer i = 0; i < n; i++) {
    uint64_t k = ll_radix_key(&items[i], kind);
    if (rev) k = ~k;
    keys[i] = k;
    all_and &= k;
    all_or |= k;
  }
  ll_radix_passes(keys, keys2, items, tmp, n, all_and ^ all_or);
  free(keys);
  free(keys2);
  free(tmp);
  return 1;
}

/* Stable merge sort of string items (bytewise = code point order), with a
   run of insertion sort first; faster than qsort's indirect comparisons. */
static int ll_str_less(const SortItem *a, const SortItem *b, int rev) {
  int c = cmp_str_raw(a, b);
  return rev ? c > 0 : c < 0;
}

static int ll_merge_sort_str(SortItem *items, lua_Integer n, int rev) {
  SortItem *tmp = malloc((size_t)n * sizeof *tmp);
  if (!tmp) return 0;
  const lua_Integer RUN = 16;
  for (lua_Integer lo = 0; lo < n; lo += RUN) {
    lua_Integer hi = lo + RUN < n ? lo + RUN : n;
    for (lua_Integer i = lo + 1; i < hi; i++) {
      SortItem x = items[i];
      lua_Integer j = i - 1;
      while (j >= lo && ll_str_less(&x, &items[j], rev)) {
        items[j + 1] = items[j];
        j--;
      }
      items[j + 1] = x;
    }
  }
  SortItem *src = items, *dst = tmp;
  for (lua_Integer width = RUN; width < n; width *= 2) {
    for (lua_Integer lo = 0; lo < n; lo += 2 * width) {
      lua_Integer mid = lo + width < n ? lo + width : n;
      lua_Integer hi = lo + 2 * width < n ? lo + 2 * width : n;
      lua_Integer i = lo, j = mid, o = lo;
      while (i < mid && j < hi) dst[o++] = ll_str_less(&src[j], &src[i], rev) ? src[j++] : src[i++];
      while (i < mid) dst[o++] = src[i++];
      while (j < hi) dst[o++] = src[j++];
    }
    SortItem *t = src;
    src = dst;
    dst = t;
  }
  if (src != items) memcpy(items, src, (size_t)n * sizeof *items);
  free(tmp);
  return 1;
}

/* A list of ints only, sorted by itself: radix-sort the values alone
   (equal ints are indistinguishable, so stability needs no index) and write
   them back. Returns -1, touching nothing, when an item is not an int. */
static int ll_sort_ints(lua_State *L, lua_Integer n, int rev) {
  uint64_t *keys = malloc((size_t)n * sizeof *keys);
  uint64_t *tmp = malloc((size_t)n * sizeof *tmp);
  if (!keys || !tmp) {
    free(keys);
    free(tmp);
    return -1;
  }
  uint64_t all_and = ~0ull, all_or = 0;
  for (lua_Integer i = 0; i < n; i++) {
    lua_rawgeti(L, 1, i);
    int isint;
    lua_Integer v = lua_tointegerx(L, -1, &isint);
    isint = isint && lua_isinteger(L, -1);
    lua_pop(L, 1);
    if (!isint) {
      free(keys);
      free(tmp);
      return -1;
    }
    uint64_t k = (uint64_t)v ^ 0x8000000000000000ull;
    if (rev) k = ~k;
    keys[i] = k;
    all_and &= k;
    all_or |= k;
  }
  uint64_t *sorted = ll_radix_passes(keys, tmp, NULL, NULL, n, all_and ^ all_or);
  for (lua_Integer i = 0; i < n; i++) {
    uint64_t k = rev ? ~sorted[i] : sorted[i];
    lua_pushinteger(L, (lua_Integer)(k ^ 0x8000000000000000ull));
    lua_rawseti(L, 1, i);
  }
  free(keys);
  free(tmp);
  return 0;
}

/* c.sort(list, keys_or_nil, reverse) -> true if sorted here; false when the
   keys are not all ints, all numbers or all strings (Lua sorts then).
   keys is a 1-based Lua array parallel to the list. Strings compare by
   bytes, which for UTF-8 is code point order (Python's order). */
static int ll_sort(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  int has_keys = lua_istable(L, 2);
  int rev = lua_toboolean(L, 3);
  lua_Integer n = ll_len(L, 1);
  if (n < 2) {
    lua_pushboolean(L, 1);
    return 1;
  }
  if (!has_keys && n > 64) {
    int r = ll_sort_ints(L, n, rev);
    if (r >= 0) {
      lua_pushboolean(L, 1);
      return 1;
    }
  }
  SortItem *items = malloc((size_t)n * sizeof *items);
  if (!items) return luaL_error(L, "not enough memory");
  int kind = 0; /* 1 int, 2 number, 3 string */
  int mixed = 0; /* ints and floats together: only a permutation keeps each one's type */
  for (lua_Integer i = 0; i < n; i++) {
    if (has_keys) lua_rawgeti(L, 2, i + 1);
    else lua_rawgeti(L, 1, i);
    int t = lua_type(L, -1);
    int k;
    if (t == LUA_TNUMBER) {
      if (lua_isinteger(L, -1)) {
        k = 1;
        items[i].k.i = lua_tointeger(L, -1);
      } else {
        double d = lua_tonumber(L, -1);
        if (d != d) k = 0; /* NaN: Python's order is not a total order */
        else k = 2;
        items[i].k.d = d;
      }
    } else if (t == LUA_TSTRING) {
      k = 3;
      items[i].k.s.p = lua_tolstring(L, -1, &items[i].k.s.n); /* anchored by the list/keys */
      items[i].k.s.pre = ll_str_prefix(items[i].k.s.p, items[i].k.s.n);
    } else {
      k = 0;
    }
    lua_pop(L, 1);
    items[i].idx = i;
    if (k == 0 || (kind && kind != k && !(kind <= 2 && k <= 2))) {
      free(items);
      lua_pushboolean(L, 0);
      return 1;
    }
    if (kind == 1 && k == 2) {
      /* mixed ints and floats: compare as doubles */
      for (lua_Integer j = 0; j < i; j++) items[j].k.d = (double)items[j].k.i;
      kind = 2;
      mixed = 1;
    } else if (kind == 2 && k == 1) {
      items[i].k.d = (double)items[i].k.i;
      mixed = 1;
    } else if (!kind) {
      kind = k;
    }
  }
  int (*cmp)(const void *, const void *);
  if (kind <= 2 && n > 64 && ll_radix_sort(items, n, kind, rev)) goto sorted;
  if (kind == 3 && ll_merge_sort_str(items, n, rev)) goto sorted;
  if (kind == 1) cmp = rev ? cmp_int_rev : cmp_int;
  else if (kind == 2) cmp = rev ? cmp_dbl_rev : cmp_dbl;
  else cmp = rev ? cmp_str_rev : cmp_str;
  qsort(items, (size_t)n, sizeof *items, cmp);
sorted:
  if (!has_keys && !mixed && kind <= 2) {
    /* numbers sorted by themselves: the sorted keys are the values */
    for (lua_Integer i = 0; i < n; i++) {
      if (kind == 1) lua_pushinteger(L, items[i].k.i);
      else lua_pushnumber(L, items[i].k.d);
      lua_rawseti(L, 1, i);
    }
    free(items);
    lua_pushboolean(L, 1);
    return 1;
  }
  /* permute: read the values in sorted order, then write them back */
  lua_createtable(L, (int)n, 0);
  for (lua_Integer i = 0; i < n; i++) {
    lua_rawgeti(L, 1, items[i].idx);
    lua_rawseti(L, -2, i + 1);
  }
  for (lua_Integer i = 0; i < n; i++) {
    lua_rawgeti(L, -1, i + 1);
    lua_rawseti(L, 1, i);
  }
  lua_pop(L, 1);
  free(items);
  lua_pushboolean(L, 1);
  return 1;
}

/* ---- str.split into a list ------------------------------------------------ */

typedef struct {
  lua_State *L;
  lua_Integer n;
} Pieces;

static int ll_piece(void *ud, const char *p, size_t len) {
  Pieces *pc = ud;
  lua_pushlstring(pc->L, p, len);
  lua_rawseti(pc->L, -2, pc->n++);
  return 0;
}

static void ll_finish_list(lua_State *L, lua_Integer n) {
  lua_pushinteger(L, n);
  lua_setfield(L, -2, "n");
  lua_getfield(L, LUA_REGISTRYINDEX, LIST_MT_KEY);
  lua_setmetatable(L, -2);
}

/* c.split(s, sep_or_nil, maxsplit) -> list */
static int ll_split(lua_State *L) {
  size_t n, m = 0;
  const char *s = luaL_checklstring(L, 1, &n);
  const char *sep = lua_isstring(L, 2) ? lua_tolstring(L, 2, &m) : NULL;
  lua_Integer maxsplit = luaL_optinteger(L, 3, -1);
  lua_newtable(L);
  Pieces pc = {L, 0};
  if (sep) ustr_split(s, n, sep, m, maxsplit, ll_piece, &pc);
  else ustr_split_whitespace(s, n, maxsplit, ll_piece, &pc);
  ll_finish_list(L, pc.n);
  return 1;
}

/* c.splitlines(s, keepends) -> list */
static int ll_splitlines(lua_State *L) {
  size_t n;
  const char *s = luaL_checklstring(L, 1, &n);
  lua_newtable(L);
  Pieces pc = {L, 0};
  ustr_splitlines(s, n, lua_toboolean(L, 2), ll_piece, &pc);
  ll_finish_list(L, pc.n);
  return 1;
}

/* c.join(sep, list) -> string | nil, index of the first non-string */
static int ll_join(lua_State *L) {
  size_t sl;
  const char *sep = luaL_checklstring(L, 1, &sl);
  lua_Integer n = ll_len(L, 2);
  /* one pass reads every piece (the list keeps the strings alive while no
     Lua code runs), the second copies them into a buffer of the right size */
  typedef struct { const char *s; size_t len; } Piece;
  Piece small[64];
  Piece *pieces = small;
  if (n > (lua_Integer)(sizeof small / sizeof small[0])) {
    if ((size_t)n > ((size_t)-1) / sizeof *pieces) return luaL_error(L, "join: list too long");
    pieces = lua_newuserdatauv(L, (size_t)n * sizeof *pieces, 0);
  }
  size_t total = n > 0 ? sl * (size_t)(n - 1) : 0;
  for (lua_Integer i = 0; i < n; i++) {
    if (lua_rawgeti(L, 2, i) != LUA_TSTRING) {
      lua_pushnil(L);
      lua_pushinteger(L, i);
      return 2;
    }
    pieces[i].s = lua_tolstring(L, -1, &pieces[i].len);
    total += pieces[i].len;
    lua_pop(L, 1);
  }
  luaL_Buffer b;
  char *p = luaL_buffinitsize(L, &b, total);
  for (lua_Integer i = 0; i < n; i++) {
    if (i > 0 && sl) {
      memcpy(p, sep, sl);
      p += sl;
    }
    memcpy(p, pieces[i].s, pieces[i].len);
    p += pieces[i].len;
  }
  luaL_pushresultsize(&b, total);
  return 1;
}

/* list.append(x) in C: the hottest list method */
static int ll_append(lua_State *L) {
  if (lua_gettop(L) < 2) luaL_checkany(L, 2);
  lua_Integer n = ll_len(L, 1);
  lua_pushvalue(L, 2);
  lua_rawseti(L, 1, n);
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_pushinteger(L, n + 1);
  lua_rawset(L, 1);
  lua_pushlightuserdata(L, NULL); /* None */
  return 1;
}

/* Does str key k begin as the runtime's own keys do (".attr", ":method",
   "\2internal")? Such a dict key is stored escaped (containers.lua). */
static int ll_escaped_key(lua_State *L, int idx) {
  size_t len;
  const char *k = lua_tolstring(L, idx, &len);
  return len > 0 && (k[0] == '.' || k[0] == ':' || k[0] == '\2');
}

/* dict.get(k, default) in C for keys stored as themselves; other keys
   (tuples, NaN, escaped strs, ...) go to the Lua version in upvalue 1. */
static int ll_dict_get(lua_State *L) {
  int nargs = lua_gettop(L);
  lua_pushvalue(L, 2);
  if (lua_rawget(L, 1) != LUA_TNIL) return 1;
  lua_pop(L, 1);
  int kt = lua_type(L, 2);
  if ((kt == LUA_TSTRING && !ll_escaped_key(L, 2)) ||
      (kt == LUA_TNUMBER && lua_tonumber(L, 2) == lua_tonumber(L, 2))) {
    if (nargs >= 3) lua_pushvalue(L, 3);
    else lua_pushlightuserdata(L, NULL);
    return 1;
  }
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, nargs, 1);
  return 1;
}

/* c.make_dict_get(slow_get) -> the C dict.get with the Lua fallback */
static int ll_make_dict_get(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_pushcclosure(L, ll_dict_get, 1);
  return 1;
}

/* The general path of a fast C closure: its upvalue 1 called with all the
   arguments (the Lua function that knows every case). */
static int ll__fallback(lua_State *L) {
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_insert(L, 1);
  lua_call(L, lua_gettop(L) - 1, 1);
  return 1;
}

/* str + x as the string metatable's __add: two strings concatenate here,
   anything else goes to the Lua dispatch in upvalue 1. */
static int ll_str_add(lua_State *L) {
  if (lua_type(L, 1) == LUA_TSTRING && lua_type(L, 2) == LUA_TSTRING) {
    lua_settop(L, 2);
    lua_concat(L, 2);
    return 1;
  }
  return ll__fallback(L);
}

static int ll_make_str_add(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_pushcclosure(L, ll_str_add, 1);
  return 1;
}

/* The canonical-key text of a tuple (containers.lua's encode): ints and
   integral floats "i<n>;", other floats "f<%.17g>;", str "s<len>:<bytes>",
   bools "i1;"/"i0;", None "N", nested tuples in parentheses. Built here for
   tuples of those only: tk__enc returns 0 for anything else (an object, a
   NaN), and the runtime encodes such a tuple itself. */
typedef struct { char *p; size_t len, cap; } TkBuf;

static int tk__put(TkBuf *b, const char *s, size_t n) {
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 128;
    while (cap < b->len + n) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) return 0;
    b->p = p;
    b->cap = cap;
  }
  memcpy(b->p + b->len, s, n);
  b->len += n;
  return 1;
}

static int tk__enc(lua_State *L, TkBuf *b, int idx, int depth) {
  if (depth > 50 || !lua_checkstack(L, 4)) return 0;
  lua_getfield(L, idx, "n");
  lua_Integer n = lua_tointeger(L, -1);
  lua_pop(L, 1);
  if (!tk__put(b, "(", 1)) return 0;
  char num[64];
  for (lua_Integer i = 0; i < n; i++) {
    int t = lua_rawgeti(L, idx, i);
    int ok = 1;
    if (t == LUA_TNUMBER) {
      if (lua_isinteger(L, -1)) {
        snprintf(num, sizeof num, "i%lld;", (long long)lua_tointeger(L, -1));
      } else {
        double d = lua_tonumber(L, -1);
        if (d != d) ok = 0;
        else if (d == floor(d) && d > -9223372036854775808.0 && d < 9223372036854775808.0)
          snprintf(num, sizeof num, "i%lld;", (long long)d);
        else
          snprintf(num, sizeof num, "f%.17g;", d);
      }
      if (ok) ok = tk__put(b, num, strlen(num));
    } else if (t == LUA_TSTRING) {
      size_t sl;
      const char *sv = lua_tolstring(L, -1, &sl);
      snprintf(num, sizeof num, "s%zu:", sl);
      ok = tk__put(b, num, strlen(num)) && tk__put(b, sv, sl);
    } else if (t == LUA_TBOOLEAN) {
      ok = tk__put(b, lua_toboolean(L, -1) ? "i1;" : "i0;", 3);
    } else if (t == LUA_TTABLE && lua_rawequal(L, -1, 3)) {
      ok = tk__put(b, "N", 1);
    } else if (t == LUA_TTABLE && lua_getmetatable(L, -1)) {
      int tuple = lua_rawequal(L, -1, 2);
      lua_pop(L, 1);
      ok = tuple && tk__enc(L, b, lua_gettop(L), depth + 1);
    } else {
      ok = 0;
    }
    lua_pop(L, 1);
    if (!ok) return 0;
  }
  return tk__put(b, ")", 1);
}

/* c.tuple_key(t, TUPLE_M, None) -> the key text, or nil (see tk__enc) */
static int ll_tuple_key(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 3);
  TkBuf b = {0};
  int ok = tk__enc(L, &b, 1, 0);
  if (ok) lua_pushlstring(L, b.p, b.len);
  free(b.p);
  if (!ok) lua_pushnil(L);
  return 1;
}

/* range() bounds: ints pass through; anything else goes to upvalue 1 */
static int ll_ri(lua_State *L) {
  if (lua_isinteger(L, 1)) {
    lua_settop(L, 1);
    return 1;
  }
  return ll__fallback(L);
}

/* a >> b for two ints, 0 <= b: an arithmetic shift (floor division by
   2**b); anything else goes to upvalue 1 (Python's full rules) */
static int ll_shr(lua_State *L) {
  if (lua_isinteger(L, 1) && lua_isinteger(L, 2)) {
    lua_Integer a = lua_tointeger(L, 1), b = lua_tointeger(L, 2);
    if (b >= 0) {
      if (b > 63) b = 63;
      lua_pushinteger(L, a >= 0 ? (lua_Integer)((lua_Unsigned)a >> b) : ~(lua_Integer)((lua_Unsigned)~a >> b));
      return 1;
    }
  }
  return ll__fallback(L);
}

static int ll_make_shr(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_pushcclosure(L, ll_shr, 1);
  return 1;
}

static int ll_make_ri(lua_State *L) {
  luaL_checktype(L, 1, LUA_TFUNCTION);
  lua_pushcclosure(L, ll_ri, 1);
  return 1;
}

static const luaL_Reg funcs[] = {
  {"make_str_add", ll_make_str_add},
  {"make_ri", ll_make_ri},
  {"make_shr", ll_make_shr},
  {"tuple_key", ll_tuple_key},
  {"list_append", ll_append},
  {"make_dict_get", ll_make_dict_get},
  {"set_list_mt", ll_set_list_mt},
  {"list_next", ll_next},
  {"list_index", ll_index},
  {"sort", ll_sort},
  {"list_move", ll_move},
  {"split", ll_split},
  {"splitlines", ll_splitlines},
  {"join", ll_join},
  {NULL, NULL}
};

void aster_open_listlib(lua_State *L, int t) {
  t = lua_absindex(L, t);
  lua_pushvalue(L, t);
  lua_pushliteral(L, "n");
  luaL_setfuncs(L, funcs, 1);
  lua_pop(L, 1);
}
