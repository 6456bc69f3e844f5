/* ustr.h: Python 3.11 str semantics on UTF-8 byte strings (code point indexing, case, classes, search, split). */
#ifndef ASTER_USTR_H
#define ASTER_USTR_H

#include <stddef.h>
#include <stdint.h>
#include "pyfmt.h"   /* PyBuf, PYFMT_OK / PYFMT_ENOMEM */

/* Strings are (pointer, byte length), may contain NUL, need no terminator.
   Decoding: well-formed UTF-8 sequences are code points (3-byte encoded
   surrogates U+D800..U+DFFF are accepted, so Python strings holding lone
   surrogates can be represented); every other byte (stray continuation byte,
   truncated or overlong sequence, F5..FF) counts as one "raw" code point of
   its own. Lengths, indices and widths are in such code points. */

#define USTR_RAW_BASE 0x110000u                 /* raw byte b decodes to this + b */
#define USTR_IS_RAW(cp) ((cp) >= USTR_RAW_BASE)

/* Decode one code point from s[0..n) (n > 0); returns the bytes used (1..4). */
size_t ustr_decode(const char *s, size_t n, uint32_t *cp);
/* Encode cp (a code point, or a raw byte from ustr_decode); returns 1..4. */
size_t ustr_encode(uint32_t cp, char out[4]);
/* Number of code points. */
size_t ustr_len(const char *s, size_t n);
/* 1 if every byte is < 0x80 (also for n == 0); word-at-a-time. */
int ustr_is_ascii(const char *s, size_t n);
/* Byte offset of code point number cp_index, or n when past the end. */
size_t ustr_offset(const char *s, size_t n, size_t cp_index);
/* Byte length of the last code point of s[0..n) (0 when n == 0). */
size_t ustr_last_len(const char *s, size_t n);
/* A place in a string known both ways: its byte offset and code-point
   index. The seeks move it to where asked, walking from where it was (or
   from the start when that is nearer), so offsets asked in order cost
   what lies between them, not what lies before them. */
typedef struct { size_t byte, cp; } ustr_pos;
/* Byte offset of code point cp (n when past the end). */
size_t ustr_seek_cp(const char *s, size_t n, ustr_pos *at, size_t cp);
/* Code-point index of byte offset `byte` (the start of a code point). */
size_t ustr_seek_byte(const char *s, size_t n, ustr_pos *at, size_t byte);

/* ---- context: the Unicode character database of the C library -------------
   Holds a locale_t for "C.UTF-8" made with newlocale() (setlocale is never
   called). When no UTF-8 locale exists, case mapping and letter classes
   fall back to ASCII; digits, numerics, spaces and title case still use the
   built-in tables. A ctx is immutable, so it can be shared between threads. */
typedef struct ustr_ctx ustr_ctx;
ustr_ctx *ustr_ctx_new(void);         /* NULL only when malloc fails */
void ustr_ctx_free(ustr_ctx *ctx);
int ustr_ctx_has_unicode(const ustr_ctx *ctx);  /* 0: ASCII fallback */

/* ---- per code point (ctx may be NULL: ASCII rules + built-in tables) ------- */
int ustr_cp_isspace(uint32_t cp);             /* str.isspace() */
int ustr_cp_decimal(uint32_t cp);             /* decimal digit value or -1 */
int ustr_cp_isdigit(uint32_t cp);
int ustr_cp_isnumeric(uint32_t cp);
int ustr_cp_istitle(uint32_t cp);             /* category Lt */
int ustr_cp_islinebreak(uint32_t cp);         /* str.splitlines() boundary */
int ustr_cp_isalpha(const ustr_ctx *ctx, uint32_t cp);
int ustr_cp_isupper(const ustr_ctx *ctx, uint32_t cp);
int ustr_cp_islower(const ustr_ctx *ctx, uint32_t cp);
int ustr_cp_isprintable(const ustr_ctx *ctx, uint32_t cp);

/* ---- case conversion: append the result to out; 0 or PYFMT_ENOMEM --------
   Full Unicode mappings including one-to-many ones ('ß'.upper() == 'SS',
   'ﬁ'.title() == 'Fi', 'İ'.lower() == 'i̇') and the final-sigma rule of
   lower()/title()/capitalize()/swapcase(). casefold() is full case folding.
   Raw bytes are copied unchanged. */
int ustr_upper(const ustr_ctx *ctx, const char *s, size_t n, PyBuf *out);
int ustr_lower(const ustr_ctx *ctx, const char *s, size_t n, PyBuf *out);
int ustr_swapcase(const ustr_ctx *ctx, const char *s, size_t n, PyBuf *out);
int ustr_title(const ustr_ctx *ctx, const char *s, size_t n, PyBuf *out);
int ustr_capitalize(const ustr_ctx *ctx, const char *s, size_t n, PyBuf *out);
int ustr_casefold(const ustr_ctx *ctx, const char *s, size_t n, PyBuf *out);

/* ---- predicates (Python results, including for the empty string) ---------- */
int ustr_isalpha(const ustr_ctx *ctx, const char *s, size_t n);
int ustr_isdigit(const char *s, size_t n);
int ustr_isdecimal(const char *s, size_t n);
int ustr_isnumeric(const char *s, size_t n);
int ustr_isalnum(const ustr_ctx *ctx, const char *s, size_t n);
int ustr_isspace(const char *s, size_t n);
int ustr_isupper(const ustr_ctx *ctx, const char *s, size_t n);
int ustr_islower(const ustr_ctx *ctx, const char *s, size_t n);
int ustr_istitle(const ustr_ctx *ctx, const char *s, size_t n);
int ustr_isidentifier(const ustr_ctx *ctx, const char *s, size_t n);
int ustr_isprintable(const ustr_ctx *ctx, const char *s, size_t n);
int ustr_isascii(const char *s, size_t n);

/* ---- searching --------------------------------------------------------------
   start/end are Python slice bounds in code points: negative values count
   from the end, and USTR_END (or any value >= the length) means the end.
   Results are code point indices. The search itself is bytewise (memmem) and
   code points are only counted up to the match. */
#define USTR_END INT64_MAX
int64_t ustr_find(const char *s, size_t n, const char *sub, size_t m,
                  int64_t start, int64_t end);          /* -1: not found */
int64_t ustr_rfind(const char *s, size_t n, const char *sub, size_t m,
                   int64_t start, int64_t end);
int64_t ustr_count(const char *s, size_t n, const char *sub, size_t m,
                   int64_t start, int64_t end);
int ustr_startswith(const char *s, size_t n, const char *prefix, size_t m,
                    int64_t start, int64_t end);
int ustr_endswith(const char *s, size_t n, const char *suffix, size_t m,
                  int64_t start, int64_t end);
/* str.replace(old, new, count); count < 0: all. An empty old inserts new
   around every code point, as in Python. 0 or PYFMT_ENOMEM. */
int ustr_replace(const char *s, size_t n, const char *old, size_t on,
                 const char *new_, size_t nn, int64_t count, PyBuf *out);

/* ---- splitting --------------------------------------------------------------
   Pieces are delivered to a callback as (pointer into s, byte length). A
   non-zero return from the callback stops the walk and is returned. */
typedef int (*ustr_piece_fn)(void *ud, const char *p, size_t len);
/* str.splitlines(keepends): \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
int ustr_splitlines(const char *s, size_t n, int keepends, ustr_piece_fn fn, void *ud);
/* str.split() with no separator; maxsplit < 0: no limit. */
int ustr_split_whitespace(const char *s, size_t n, int64_t maxsplit, ustr_piece_fn fn, void *ud);
/* str.rsplit() with no separator. Pieces come RIGHT TO LEFT (reverse them). */
int ustr_rsplit_whitespace(const char *s, size_t n, int64_t maxsplit, ustr_piece_fn fn, void *ud);
/* str.split(sep, maxsplit) with a non-empty sep (the caller raises ValueError
   "empty separator" for m == 0; this returns 0 without calling fn then). */
int ustr_split(const char *s, size_t n, const char *sep, size_t m, int64_t maxsplit,
               ustr_piece_fn fn, void *ud);
/* str.rsplit(sep, maxsplit). Pieces come RIGHT TO LEFT. */
int ustr_rsplit(const char *s, size_t n, const char *sep, size_t m, int64_t maxsplit,
                ustr_piece_fn fn, void *ud);

/* ---- whitespace, padding --------------------------------------------------- */
#define USTR_LEFT  1
#define USTR_RIGHT 2
#define USTR_BOTH  3
/* strip/lstrip/rstrip: chars == NULL strips Python whitespace, else any code
   point of chars[0..cn). The result is the span s[*off .. *off + *len). */
void ustr_strip(const char *s, size_t n, const char *chars, size_t cn, int which,
                size_t *off, size_t *len);
/* str.expandtabs(tabsize); columns count code points. 0 or PYFMT_ENOMEM. */
int ustr_expandtabs(const char *s, size_t n, int64_t tabsize, PyBuf *out);
/* str.ljust / rjust / center (which = USTR_LEFT / USTR_RIGHT / USTR_BOTH
   meaning where the text goes: left-justified, right-justified, centred),
   fill is one UTF-8 code point (the caller checks "The fill character must be
   exactly one character long"). 0 or PYFMT_ENOMEM. */
int ustr_justify(const char *s, size_t n, int64_t width, const char *fill, size_t fn,
                 int which, PyBuf *out);
/* str.zfill(width). 0 or PYFMT_ENOMEM. */
int ustr_zfill(const char *s, size_t n, int64_t width, PyBuf *out);

#endif
