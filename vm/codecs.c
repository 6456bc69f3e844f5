/* codecs.c: bytes.decode and str.encode for UTF-8, ASCII and Latin-1 with
   CPython's error handlers (strict, ignore, replace, backslashreplace,
   surrogateescape, xmlcharrefreplace), registered into R.c.

   A str is UTF-8 inside; a lone surrogate (from surrogateescape, or a
   '\udc80' literal) is its generalized three-byte form ED A0..BF xx. */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include <lua.h>
#include <lauxlib.h>
#include "vmint.h"

typedef enum { CODEC_UTF8, CODEC_ASCII, CODEC_LATIN1 } Codec;

static const char *const codec_names[] = {"utf-8", "ascii", "latin-1"};

/* The codec an encoding name means, as CPython normalizes it (case, '_'
   or ' ' for '-'); -1 when it is not one of the three. */
static int codec__lookup(const char *name) {
  char n[32];
  size_t len = strlen(name);
  if (len >= sizeof n) return -1;
  for (size_t i = 0; i <= len; i++) {
    char c = (char)tolower((unsigned char)name[i]);
    n[i] = (c == '_' || c == ' ') ? '-' : c;
  }
  static const struct { const char *name; Codec c; } aliases[] = {
    {"utf-8", CODEC_UTF8}, {"utf8", CODEC_UTF8}, {"u8", CODEC_UTF8}, {"utf", CODEC_UTF8},
    {"cp65001", CODEC_UTF8},
    {"ascii", CODEC_ASCII}, {"us-ascii", CODEC_ASCII}, {"646", CODEC_ASCII}, {"us", CODEC_ASCII},
    {"latin-1", CODEC_LATIN1}, {"latin1", CODEC_LATIN1}, {"latin", CODEC_LATIN1}, {"l1", CODEC_LATIN1},
    {"iso-8859-1", CODEC_LATIN1}, {"iso8859-1", CODEC_LATIN1}, {"8859", CODEC_LATIN1},
    {"cp819", CODEC_LATIN1}, {"iso-ir-100", CODEC_LATIN1},
  };
  for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
    if (strcmp(n, aliases[i].name) == 0) return (int)aliases[i].c;
  return -1;
}

/* Append code point cp (surrogates included) as UTF-8. */
static void codec__put_cp(luaL_Buffer *b, unsigned cp) {
  char u[4];
  int n;
  if (cp < 0x80) {
    u[0] = (char)cp;
    n = 1;
  } else if (cp < 0x800) {
    u[0] = (char)(0xC0 | (cp >> 6));
    u[1] = (char)(0x80 | (cp & 0x3F));
    n = 2;
  } else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12));
    u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F));
    n = 3;
  } else {
    u[0] = (char)(0xF0 | (cp >> 18));
    u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[3] = (char)(0x80 | (cp & 0x3F));
    n = 4;
  }
  luaL_addlstring(b, u, (size_t)n);
}

/* Where the UTF-8 sequence at s[i] ends (i + its length), or, when it is
   not valid, 0 with *span the bytes CPython reports and *reason why. */
static size_t codec__utf8_next(const unsigned char *s, size_t n, size_t i, size_t *span, const char **reason) {
  unsigned c = s[i];
  if (c < 0x80) return i + 1;
  int need;
  unsigned lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 1;
  else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    else if (c == 0xED) hi = 0x9F; /* a surrogate is not valid UTF-8 */
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    else if (c == 0xF4) hi = 0x8F;
  } else {
    *span = 1;
    *reason = "invalid start byte";
    return 0;
  }
  for (int k = 1; k <= need; k++) {
    if (i + (size_t)k >= n) {
      *span = n - i;
      *reason = "unexpected end of data";
      return 0;
    }
    unsigned x = s[i + (size_t)k];
    if (x < (k == 1 ? lo : 0x80) || x > (k == 1 ? hi : 0xBF)) {
      *span = (size_t)k;
      *reason = "invalid continuation byte";
      return 0;
    }
  }
  return i + (size_t)need + 1;
}

/* Decode-side handling of the bad bytes s[i..i+span) under `errors`:
   1 when handled, 0 for strict, -1 for an unknown handler. */
static int codec__decode_error(luaL_Buffer *b, const char *errors, const unsigned char *s, size_t i, size_t span) {
  if (strcmp(errors, "strict") == 0) return 0;
  if (strcmp(errors, "ignore") == 0) return 1;
  if (strcmp(errors, "replace") == 0) {
    codec__put_cp(b, 0xFFFD);
    return 1;
  }
  if (strcmp(errors, "backslashreplace") == 0) {
    for (size_t k = 0; k < span; k++) {
      char e[8];
      snprintf(e, sizeof e, "\\x%02x", s[i + k]);
      luaL_addstring(b, e);
    }
    return 1;
  }
  if (strcmp(errors, "surrogateescape") == 0) {
    for (size_t k = 0; k < span; k++) codec__put_cp(b, 0xDC00 + s[i + k]);
    return 1;
  }
  return -1;
}

/* Push the failure results: nil, encoding, start, end, reason (strict), or
   false and a LookupError message. */
static int codec__fail(lua_State *L, Codec c, int rc, const char *errors, size_t start, size_t end, const char *reason) {
  if (rc < 0) {
    lua_pushboolean(L, 0);
    lua_pushfstring(L, "unknown error handler name '%s'", errors);
    return 2;
  }
  lua_pushnil(L);
  lua_pushstring(L, codec_names[c]);
  lua_pushinteger(L, (lua_Integer)start);
  lua_pushinteger(L, (lua_Integer)end);
  lua_pushstring(L, reason);
  return 5;
}

/* The (string, encoding, errors) arguments of both directions: the
   codec, or -1 with false and the LookupError message pushed. */
static int codec__args(lua_State *L, const unsigned char **s, size_t *n, const char **errors) {
  *s = (const unsigned char *)luaL_checklstring(L, 1, n);
  const char *encoding = luaL_checkstring(L, 2);
  *errors = luaL_checkstring(L, 3);
  int c = codec__lookup(encoding);
  if (c < 0) {
    lua_pushboolean(L, 0);
    lua_pushfstring(L, "unknown encoding: %s", encoding);
  }
  return c;
}

/* c.codec_decode(bytes, encoding, errors) -> str; or nil, encoding, start,
   end, reason for UnicodeDecodeError; or false, message for LookupError */
static int c_codec_decode(lua_State *L) {
  size_t n;
  const unsigned char *s;
  const char *errors;
  int c = codec__args(L, &s, &n, &errors);
  if (c < 0) return 2;
  /* the longest prefix that decodes to itself */
  size_t i = 0, span = 0;
  const char *reason = NULL;
  while (i < n) {
    if (s[i] < 0x80) {
      i++;
      continue;
    }
    if (c != CODEC_UTF8) break;
    size_t next = codec__utf8_next(s, n, i, &span, &reason);
    if (!next) break;
    i = next;
  }
  if (i == n) {
    lua_settop(L, 1);
    return 1;
  }
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  luaL_addlstring(&b, (const char *)s, i);
  while (i < n) {
    size_t start = i;
    while (i < n && s[i] < 0x80) i++;
    if (i > start) luaL_addlstring(&b, (const char *)s + start, i - start);
    if (i == n) break;
    if (c == CODEC_LATIN1) {
      codec__put_cp(&b, s[i++]);
      continue;
    }
    if (c == CODEC_UTF8) {
      size_t next = codec__utf8_next(s, n, i, &span, &reason);
      if (next) {
        luaL_addlstring(&b, (const char *)s + i, next - i);
        i = next;
        continue;
      }
    } else {
      span = 1;
      reason = "ordinal not in range(128)";
    }
    int rc = codec__decode_error(&b, errors, s, i, span);
    if (rc <= 0) return codec__fail(L, (Codec)c, rc, errors, i, i + span, reason);
    i += span;
  }
  luaL_pushresult(&b);
  return 1;
}

/* The code point at s[i] of a str (surrogates included; a stray byte,
   which a str should not hold, reads as its surrogateescape form). */
static unsigned codec__read_cp(const unsigned char *s, size_t n, size_t *i) {
  unsigned c = s[*i];
  int need = c < 0x80 ? 0 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
  if (need == 0) {
    (*i)++;
    return c;
  }
  if (need < 0 || *i + (size_t)need >= n) {
    (*i)++;
    return 0xDC00 + c;
  }
  unsigned cp = need == 1 ? c & 0x1F : need == 2 ? c & 0x0F : c & 0x07;
  for (int k = 1; k <= need; k++) {
    unsigned x = s[*i + (size_t)k];
    if ((x & 0xC0) != 0x80) {
      (*i)++;
      return 0xDC00 + c;
    }
    cp = (cp << 6) | (x & 0x3F);
  }
  *i += (size_t)need + 1;
  return cp;
}

/* Encode-side handling of code point cp under `errors`: 1 handled, 0 for
   strict (or a surrogateescape that cannot apply), -1 unknown handler. */
static int codec__encode_error(luaL_Buffer *b, const char *errors, unsigned cp) {
  char e[16];
  if (strcmp(errors, "strict") == 0) return 0;
  if (strcmp(errors, "ignore") == 0) return 1;
  if (strcmp(errors, "replace") == 0) {
    luaL_addchar(b, '?');
    return 1;
  }
  if (strcmp(errors, "backslashreplace") == 0) {
    snprintf(e, sizeof e, cp <= 0xFF ? "\\x%02x" : cp <= 0xFFFF ? "\\u%04x" : "\\U%08x", cp);
    luaL_addstring(b, e);
    return 1;
  }
  if (strcmp(errors, "xmlcharrefreplace") == 0) {
    snprintf(e, sizeof e, "&#%u;", cp);
    luaL_addstring(b, e);
    return 1;
  }
  if (strcmp(errors, "surrogateescape") == 0) {
    if (cp < 0xDC80 || cp > 0xDCFF) return 0;
    luaL_addchar(b, (char)(cp - 0xDC00));
    return 1;
  }
  return -1;
}

/* c.codec_encode(str, encoding, errors) -> byte string; or nil, encoding,
   start, end, reason (code point positions) for UnicodeEncodeError; or
   false, message for LookupError */
static int c_codec_encode(lua_State *L) {
  size_t n;
  const unsigned char *s;
  const char *errors;
  int c = codec__args(L, &s, &n, &errors);
  if (c < 0) return 2;
  /* the common case: nothing to change (ASCII text; UTF-8 without a
     surrogate, whose first byte is ED) */
  size_t k = 0;
  if (c == CODEC_UTF8) {
    const unsigned char *ed = memchr(s, 0xED, n);
    while (ed && ed + 1 < s + n && ed[1] < 0xA0) ed = memchr(ed + 1, 0xED, n - (size_t)(ed + 1 - s));
    if (!ed) k = n;
  } else {
    while (k < n && s[k] < 0x80) k++;
  }
  if (k == n) {
    lua_settop(L, 1);
    return 1;
  }
  unsigned limit = c == CODEC_ASCII ? 0x80 : c == CODEC_LATIN1 ? 0x100 : 0x110000;
  const char *reason = c == CODEC_ASCII ? "ordinal not in range(128)"
                       : c == CODEC_LATIN1 ? "ordinal not in range(256)" : "surrogates not allowed";
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  size_t i = 0, pos = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      luaL_addchar(&b, (char)s[i]);
      i++;
      pos++;
      continue;
    }
    size_t at = i;
    unsigned cp = codec__read_cp(s, n, &i);
    int bad = cp >= limit || (c == CODEC_UTF8 && cp >= 0xD800 && cp <= 0xDFFF);
    if (!bad) {
      if (c == CODEC_UTF8) luaL_addlstring(&b, (const char *)s + at, i - at);
      else luaL_addchar(&b, (char)cp);
      pos++;
      continue;
    }
    /* a run of characters the codec cannot encode is one error */
    size_t start = pos, end = pos + 1, j = i;
    while (j < n) {
      size_t k = j;
      unsigned x = codec__read_cp(s, n, &k);
      if (!(x >= limit || (c == CODEC_UTF8 && x >= 0xD800 && x <= 0xDFFF))) break;
      j = k;
      end++;
    }
    i = at;
    for (size_t p = start; p < end; p++) {
      unsigned x = codec__read_cp(s, n, &i);
      int rc = codec__encode_error(&b, errors, x);
      if (rc <= 0) return codec__fail(L, (Codec)c, rc, errors, start, end, reason);
    }
    pos = end;
  }
  luaL_pushresult(&b);
  return 1;
}

static const luaL_Reg codec_funcs[] = {
  {"codec_decode", c_codec_decode},
  {"codec_encode", c_codec_encode},
  {NULL, NULL},
};

void aster_open_codecs(lua_State *L, int cidx) {
  cidx = lua_absindex(L, cidx);
  for (const luaL_Reg *r = codec_funcs; r->name; r++) {
    lua_pushcfunction(L, r->func);
    lua_setfield(L, cidx, r->name);
  }
}
