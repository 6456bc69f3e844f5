/* regex.c: the matching core of the `re` module, on PCRE2. Patterns come
   here already translated to PCRE2's syntax (stdlib/re.as); this file
   compiles them, runs matches and scans, and turns PCRE2's byte offsets
   into the code-point offsets Python programs see. */
#include <string.h>
#include <lua.h>
#include <lauxlib.h>
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "ustr.h"
#include "vmint.h"

#define REGEX_MT "aster.regex"
#define TUPLE_MT_KEY "aster.regex.tuple"  /* registry: the runtime's tuple metatable */
#define NONE_KEY "aster.regex.none"       /* registry: the runtime's None */

/* Option bits the Lua side passes (re.as's _OPT_*). */
enum {
  RX_IGNORECASE = 1,
  RX_MULTILINE = 2,
  RX_DOTALL = 4,
  RX_VERBOSE = 8,
  RX_UCP = 16,  /* str pattern: \w, \d, \s, \b and case folding by Unicode */
  RX_UTF = 32   /* str pattern: the subject is UTF-8, offsets are code points */
};

/* A compiled pattern, its match data, and a cursor into the last subject
   it was used on (kept alive as the userdata's user value): a tokenizer
   calling match(text, pos) again and again converts offsets from where
   it was, not from the start of the text each time. */
typedef struct {
  pcre2_code *code;
  pcre2_match_data *md;
  /* the same pattern compiled for subjects that are not strict UTF-8
     (lone surrogates), made when one comes: PCRE2_MATCH_INVALID_UTF has
     PCRE2 check the subject at every match, which a loop of matches over
     a long text cannot afford */
  pcre2_code *icode;
  pcre2_match_data *imd;
  uint32_t options;
  uint32_t ngroups;
  int utf;
  const char *subj;      /* the last subject (NULL: none yet) */
  size_t subj_len;
  int subj_ascii;        /* it has no byte above 127: offsets are the same */
  int subj_valid;        /* it is valid UTF-8 (checked once, not per match) */
  size_t subj_chars;     /* its length in code points */
  ustr_pos at;           /* where the last offset conversion left off */
} Regex;

static Regex *rx__check(lua_State *L) { return luaL_checkudata(L, 1, REGEX_MT); }

static int rx__gc(lua_State *L) {
  Regex *rx = luaL_checkudata(L, 1, REGEX_MT);
  if (rx->md) pcre2_match_data_free(rx->md);
  if (rx->code) pcre2_code_free(rx->code);
  if (rx->imd) pcre2_match_data_free(rx->imd);
  if (rx->icode) pcre2_code_free(rx->icode);
  rx->md = rx->imd = NULL;
  rx->code = rx->icode = NULL;
  return 0;
}

/* Code-point offset -> byte offset, moving the cursor. */
static size_t rx__to_byte(Regex *rx, size_t ch) {
  if (rx->subj_ascii || !rx->utf) return ch;
  if (ch >= rx->subj_chars) return rx->subj_len;
  return ustr_seek_cp(rx->subj, rx->subj_len, &rx->at, ch);
}

/* Byte offset (at a code point's start) -> code-point offset. */
static size_t rx__to_char(Regex *rx, size_t byte) {
  if (rx->subj_ascii || !rx->utf) return byte;
  if (byte >= rx->subj_len) return rx->subj_chars;
  return ustr_seek_byte(rx->subj, rx->subj_len, &rx->at, byte);
}

/* Is s strict UTF-8 (no surrogates, overlongs or values past U+10FFFF),
   as PCRE2's own check wants it? */
static int rx__valid_utf8(const unsigned char *s, size_t n) {
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i];
    size_t k;
    unsigned min;
    if (c < 0x80) { i++; continue; }
    if (c >= 0xC2 && c <= 0xDF) k = 1, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) k = 2, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) k = 3, min = 0x10000;
    else return 0;
    if (n - i <= k) return 0;
    unsigned v = c & (0x3F >> k);
    for (size_t j = 1; j <= k; j++) {
      if ((s[i + j] & 0xC0) != 0x80) return 0;
      v = (v << 6) | (s[i + j] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    i += k + 1;
  }
  return 1;
}

/* Make `subject` (stack index idx) the pattern's current subject (a
   pattern compiled with PCRE2_MATCH_INVALID_UTF also takes the invalid
   UTF-8 of lone surrogates). */
static void rx__set_subject(lua_State *L, Regex *rx, int idx, int ud) {
  size_t n;
  const char *s = lua_tolstring(L, idx, &n);
  if (s == rx->subj && n == rx->subj_len) return;
  rx->subj_ascii = !rx->utf || ustr_isascii(s, n);
  rx->subj_valid = rx->subj_ascii || rx__valid_utf8((const unsigned char *)s, n);
  if (!rx->subj_ascii) rx->subj_chars = ustr_len(s, n);
  lua_pushvalue(L, idx);
  lua_setiuservalue(L, ud, 1); /* keeps s alive while rx->subj points to it */
  rx->subj = s;
  rx->subj_len = n;
  rx->at = (ustr_pos){0, 0};
}

/* re_compile(pattern, options) -> regex, ngroups, {name = index}; or
   nil, message, offset (in code points for a str pattern) */
static int rx_compile(lua_State *L) {
  size_t n;
  const char *pat = luaL_checklstring(L, 1, &n);
  int opts = (int)luaL_checkinteger(L, 2);
  uint32_t o = 0;
  if (opts & RX_IGNORECASE) o |= PCRE2_CASELESS;
  if (opts & RX_MULTILINE) o |= PCRE2_MULTILINE;
  if (opts & RX_DOTALL) o |= PCRE2_DOTALL;
  if (opts & RX_VERBOSE) o |= PCRE2_EXTENDED;
  if (opts & RX_UTF) o |= PCRE2_UTF;
  /* Python's multiline ^ also matches after a newline that ends the text */
  o |= PCRE2_ALT_CIRCUMFLEX;
  if (opts & RX_UCP) o |= PCRE2_UCP;
  int err;
  PCRE2_SIZE erroff;
  pcre2_code *code = pcre2_compile((PCRE2_SPTR)pat, n, o, &err, &erroff, NULL);
  if (!code) {
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(err, msg, sizeof msg);
    lua_pushnil(L);
    lua_pushstring(L, (const char *)msg);
    size_t off = erroff;
    if (opts & RX_UTF) off = ustr_len(pat, erroff < n ? erroff : n);
    lua_pushinteger(L, (lua_Integer)off);
    return 3;
  }
  pcre2_jit_compile(code, PCRE2_JIT_COMPLETE); /* (without JIT it still matches) */
  Regex *rx = lua_newuserdatauv(L, sizeof *rx, 2);
  memset(rx, 0, sizeof *rx);
  luaL_setmetatable(L, REGEX_MT);
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, 2); /* the pattern, for the tolerant variant */
  rx->code = code;
  rx->options = o;
  rx->utf = (opts & RX_UTF) != 0;
  rx->md = pcre2_match_data_create_from_pattern(code, NULL);
  if (!rx->md) return luaL_error(L, "out of memory");
  uint32_t ngroups = 0, namecount = 0, entrysize = 0;
  PCRE2_SPTR table = NULL;
  pcre2_pattern_info(code, PCRE2_INFO_CAPTURECOUNT, &ngroups);
  rx->ngroups = ngroups;
  pcre2_pattern_info(code, PCRE2_INFO_NAMECOUNT, &namecount);
  pcre2_pattern_info(code, PCRE2_INFO_NAMEENTRYSIZE, &entrysize);
  pcre2_pattern_info(code, PCRE2_INFO_NAMETABLE, &table);
  lua_pushinteger(L, ngroups);
  lua_createtable(L, 0, (int)namecount);
  for (uint32_t i = 0; i < namecount; i++) {
    PCRE2_SPTR e = table + (size_t)i * entrysize;
    lua_pushinteger(L, (e[0] << 8) | e[1]);
    lua_setfield(L, -2, (const char *)e + 2);
  }
  return 3;
}

/* One pcre2_match from byte offset `start`; the number of pairs, 0 for no
   match; raises on PCRE2's own errors. */
static int rx__exec(lua_State *L, Regex *rx, size_t start, size_t end, uint32_t o) {
  pcre2_code *code = rx->code;
  pcre2_match_data *md = rx->md;
  if (rx->subj_valid) {
    o |= PCRE2_NO_UTF_CHECK;
  } else {
    if (!rx->icode) {
      lua_getiuservalue(L, 1, 2);
      size_t n;
      const char *pat = lua_tolstring(L, -1, &n);
      int err;
      PCRE2_SIZE erroff;
      rx->icode = pcre2_compile((PCRE2_SPTR)pat, n, rx->options | PCRE2_MATCH_INVALID_UTF, &err, &erroff, NULL);
      lua_pop(L, 1);
      if (!rx->icode) return luaL_error(L, "regular expression cannot match text that is not UTF-8");
      rx->imd = pcre2_match_data_create_from_pattern(rx->icode, NULL);
      if (!rx->imd) return luaL_error(L, "out of memory");
    }
    code = rx->icode;
    md = rx->imd;
  }
  int rc = pcre2_match(code, (PCRE2_SPTR)rx->subj, end, start, o, md, NULL);
  if (rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT ||
      rc == PCRE2_ERROR_DEPTHLIMIT) {
    /* Python's engine has no such limits: again, with the interpreter
       (whose backtracking lives on the heap) and limits far out of reach */
    pcre2_match_context *mc = pcre2_match_context_create(NULL);
    if (!mc) return luaL_error(L, "out of memory");
    pcre2_set_match_limit(mc, 0xFFFFFFFFu);
    pcre2_set_depth_limit(mc, 0xFFFFFFFFu);
    pcre2_set_heap_limit(mc, 4u * 1024 * 1024); /* KiB: 4 GiB */
    rc = pcre2_match(code, (PCRE2_SPTR)rx->subj, end, start, o | PCRE2_NO_JIT, md, mc);
    pcre2_match_context_free(mc);
  }
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  if (rc < 0) {
    PCRE2_UCHAR msg[256];
    pcre2_get_error_message(rc, msg, sizeof msg);
    return luaL_error(L, "regular expression match failed: %s", (const char *)msg);
  }
  return 1;
}

/* Store the match's offsets (code points; -1 for a group that did not
   take part) in the table at the top, from index base + k; returns k plus
   their number. */
static pcre2_match_data *rx__md(Regex *rx) { return rx->subj_valid ? rx->md : rx->imd; }

static lua_Integer rx__push_offsets(lua_State *L, Regex *rx, lua_Integer k, int base) {
  uint32_t pairs = pcre2_get_ovector_count(rx__md(rx));
  PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rx__md(rx));
  if (pairs > rx->ngroups + 1) pairs = rx->ngroups + 1;
  for (uint32_t i = 0; i < pairs; i++) {
    lua_Integer s = -1, e = -1;
    if (ov[2 * i] != PCRE2_UNSET) {
      s = (lua_Integer)rx__to_char(rx, ov[2 * i]);
      e = (lua_Integer)rx__to_char(rx, ov[2 * i + 1]);
    }
    lua_pushinteger(L, s);
    lua_rawseti(L, -2, base + k++);
    lua_pushinteger(L, e);
    lua_rawseti(L, -2, base + k++);
  }
  return k;
}

/* Byte range [start, end) for code-point offsets pos and endpos (clamped). */
static void rx__range(lua_State *L, Regex *rx, size_t *start, size_t *end) {
  lua_Integer pos = luaL_checkinteger(L, 3), endpos = luaL_checkinteger(L, 4);
  if (endpos < 0) endpos = 0;
  if (pos < 0) pos = 0;
  *end = rx__to_byte(rx, (size_t)endpos);
  if (*end > rx->subj_len) *end = rx->subj_len;
  *start = pos > endpos ? *end + 1 : rx__to_byte(rx, (size_t)pos);
}

/* The subject at index 2 as a Lua string: a str is one, a bytes object
   keeps its raw string in field b. */
static void rx__subject_arg(lua_State *L) {
  if (lua_type(L, 2) == LUA_TTABLE) {
    lua_getfield(L, 2, "b");
    lua_replace(L, 2);
  }
  luaL_checktype(L, 2, LUA_TSTRING);
}

/* Push None (a failed match's result). */
static int rx__none(lua_State *L) {
  lua_getfield(L, LUA_REGISTRYINDEX, NONE_KEY);
  return 1;
}

/* A new tuple of `count` slots at the top: Aster's layout, 0-based, n. */
static void rx__new_tuple(lua_State *L, lua_Integer count) {
  lua_createtable(L, count > 1 ? (int)count - 1 : 0, 2);
  lua_pushinteger(L, count);
  lua_setfield(L, -2, "n");
  lua_getfield(L, LUA_REGISTRYINDEX, TUPLE_MT_KEY);
  lua_setmetatable(L, -2);
}

/* re_match(regex, subject, pos, endpos, mode) -> offsets tuple, or None.
   mode: 0 search, 1 match at pos, 2 the whole of [pos, endpos). */
static int rx_match(lua_State *L) {
  Regex *rx = rx__check(L);
  rx__subject_arg(L);
  int mode = (int)luaL_checkinteger(L, 5);
  rx__set_subject(L, rx, 2, 1);
  size_t start, end;
  rx__range(L, rx, &start, &end);
  if (start > end) return rx__none(L);
  uint32_t o = mode == 1 ? PCRE2_ANCHORED : mode == 2 ? PCRE2_ANCHORED | PCRE2_ENDANCHORED : 0;
  if (!rx__exec(L, rx, start, end, o)) return rx__none(L);
  rx__new_tuple(L, 2 * (lua_Integer)rx->ngroups + 2);
  rx__push_offsets(L, rx, 0, 0);
  return 1;
}

/* re_scan(regex, subject, pos, endpos, max[, after_empty]) -> the offsets:
   the successive non-overlapping matches (at most max when max > 0), as
   finditer, findall, sub and split see them: an empty match right after
   another match is only allowed after a non-empty one (after_empty: the
   scan goes on from an empty match that ended at pos). */
static int rx_scan(lua_State *L) {
  Regex *rx = rx__check(L);
  rx__subject_arg(L);
  lua_Integer max = luaL_checkinteger(L, 5);
  int after_empty = lua_toboolean(L, 6);
  rx__set_subject(L, rx, 2, 1);
  size_t start, end;
  rx__range(L, rx, &start, &end);
  lua_settop(L, 5);
  lua_newtable(L);
  lua_Integer count = 0, k = 0;
  /* (the offsets go in from index 1; the tuple's are 0-based: shifted at the end) */
  uint32_t flags = after_empty ? PCRE2_NOTEMPTY_ATSTART : 0;
  while (start <= end && (max <= 0 || count < max)) {
    if (!rx__exec(L, rx, start, end, flags)) break;
    PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rx__md(rx));
    size_t ms = ov[0], me = ov[1];
    k = rx__push_offsets(L, rx, k, 1);
    count++;
    /* (\K in a lookahead can end a match before its start: go on past it) */
    if (me < ms) me = ms;
    start = me;
    flags = me == ms ? PCRE2_NOTEMPTY_ATSTART : 0;
    if (me == ms && me >= end) break;
  }
  rx__new_tuple(L, k);
  for (lua_Integer i = 1; i <= k; i++) {
    lua_rawgeti(L, -2, i);
    lua_rawseti(L, -2, i - 1);
  }
  return 1;
}

/* re_set_values(tuple_mt, none): the tuple metatable results are made
   with, and the None a failed match returns */
static int rx_set_values(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_settop(L, 2);
  lua_setfield(L, LUA_REGISTRYINDEX, NONE_KEY);
  lua_setfield(L, LUA_REGISTRYINDEX, TUPLE_MT_KEY);
  return 0;
}


static const luaL_Reg regexlib[] = {
  {"re_set_values", rx_set_values},
  {"re_compile", rx_compile},
  {"re_match", rx_match},
  {"re_scan", rx_scan},
  {NULL, NULL}
};

void aster_open_regexlib(lua_State *L, int t) {
  t = lua_absindex(L, t);
  if (luaL_newmetatable(L, REGEX_MT)) {
    lua_pushcfunction(L, rx__gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  for (const luaL_Reg *r = regexlib; r->name; r++) {
    lua_pushcfunction(L, r->func);
    lua_setfield(L, t, r->name);
  }
}
