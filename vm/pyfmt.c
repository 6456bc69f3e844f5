/* pyfmt.c: Python 3.11-exact number parsing/printing, format specs and %-formatting (see pyfmt.h). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "pyfmt.h"
#include "ustr.h"

#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- errors ------------------------------------------------------------------ */

/* Drop a UTF-8 sequence that vsnprintf cut in the middle. */
static void trim_utf8_tail(char *s)
{
  size_t len = strlen(s), k;
  for (k = 1; k <= 4 && k <= len; k++) {
    unsigned char c = (unsigned char)s[len - k];
    if ((c & 0xC0) != 0x80) {
      size_t need = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      if (need > k) s[len - k] = 0;
      return;
    }
  }
}

static int set_err(char *err, PyErrKind *kind, PyErrKind k, const char *fmt, ...)
{
  if (kind) *kind = k;
  if (err) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, PYFMT_ERRSIZE, fmt, ap);
    va_end(ap);
    trim_utf8_tail(err);
  }
  return k == PYERR_MEMORY ? PYFMT_ENOMEM : PYFMT_ERR;
}

static int oom(char *err, PyErrKind *kind)
{
  return set_err(err, kind, PYERR_MEMORY, "out of memory");
}

static void no_err(char *err, PyErrKind *kind)
{
  if (kind) *kind = PYERR_NONE;
  if (err) err[0] = 0;
}

/* ---- PyBuf ---------------------------------------------------------------------- */

void pybuf_init(PyBuf *b)
{
  b->p = NULL;
  b->len = b->cap = 0;
  b->oom = 0;
}

void pybuf_free(PyBuf *b)
{
  free(b->p);
  pybuf_init(b);
}

int pybuf_reserve(PyBuf *b, size_t extra)
{
  size_t need, cap;
  char *p;
  if (b->oom) return PYFMT_ENOMEM;
  if (extra > SIZE_MAX - 1 - b->len) goto fail;
  need = b->len + extra + 1;
  if (need <= b->cap) return PYFMT_OK;
  cap = b->cap ? b->cap : 32;
  while (cap < need) cap = cap > SIZE_MAX / 2 ? need : cap * 2;
  p = realloc(b->p, cap);
  if (!p) goto fail;
  b->p = p;
  b->cap = cap;
  b->p[b->len] = 0;
  return PYFMT_OK;
fail:
  b->oom = 1;
  return PYFMT_ENOMEM;
}

int pybuf_add(PyBuf *b, const char *s, size_t n)
{
  if (pybuf_reserve(b, n) < 0) return PYFMT_ENOMEM;
  if (n) memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = 0;
  return PYFMT_OK;
}

int pybuf_addc(PyBuf *b, char c)
{
  return pybuf_add(b, &c, 1);
}

int pybuf_addrep(PyBuf *b, const char *s, size_t n, size_t count)
{
  size_t i;
  if (n && count > (SIZE_MAX - 1) / n) { b->oom = 1; return PYFMT_ENOMEM; }
  if (pybuf_reserve(b, n * count) < 0) return PYFMT_ENOMEM;
  if (n == 1) memset(b->p + b->len, s[0], count);
  else
    for (i = 0; i < count; i++) memcpy(b->p + b->len + i * n, s, n);
  b->len += n * count;
  b->p[b->len] = 0;
  return PYFMT_OK;
}

/* ---- decimal digits of doubles ---------------------------------------------------
   glibc's printf and strtod are correctly rounded, so digit strings come from
   snprintf("%.*e") / ("%.*f") and go back through strtod. Only digits and the
   exponent are taken from printf's output and strtod only ever sees
   "DIGITSe-EXP", so the locale's decimal point never matters. */

/* snprintf(f, prec, x) into stack or, when large, heap memory; NULL on
   failure. *heap is set when the result must be freed. */
static char *print_tmp(char *stack, size_t stsz, const char *f, int prec, double x, int *heap)
{
  size_t need = (size_t)prec + 400;
  char *p = stack;
  int r;
  *heap = 0;
  if (need > stsz) {
    if (!(p = malloc(need))) return NULL;
    *heap = 1;
  }
  r = snprintf(p, need, f, prec, x);
  if (r < 0 || (size_t)r >= need) {
    if (*heap) free(p);
    return NULL;
  }
  return p;
}

/* x > 0 finite: the p (<= 17) correctly rounded significant digits into d;
   returns E with x ~= d[0].d[1..] * 10**E. */
static int sig_digits(double x, int p, char *d)
{
  char buf[64];
  const char *q = buf;
  int k = 0, e = 0, neg = 0;
  snprintf(buf, sizeof buf, "%.*e", p - 1, x);
  for (; *q && *q != 'e' && *q != 'E'; q++)
    if (*q >= '0' && *q <= '9' && k < p) d[k++] = *q;
  if (*q) q++;
  if (*q == '-' || *q == '+') neg = *q++ == '-';
  for (; *q >= '0' && *q <= '9'; q++) e = e * 10 + (*q - '0');
  return neg ? -e : e;
}

/* The double nearest to the integer d[0..nd) times 10**e10. */
static double digits_value(const char *d, int nd, long e10)
{
  char buf[64];
  memcpy(buf, d, (size_t)nd);
  snprintf(buf + nd, sizeof buf - (size_t)nd, "e%ld", e10);
  return strtod(buf, NULL);
}

/* The correctly rounded p-digit decimal of x, derived from its 17-digit one
   d17/e17 by rounding; only an exact ...5000 tail (where the 17 digits may
   themselves be rounded) needs printf again. Returns the exponent. */
static int round_from17(double x, const char *d17, int e17, int p, char *d)
{
  int i, up;
  if (p >= 17) {
    memcpy(d, d17, 17);
    return e17;
  }
  up = d17[p] > '5';
  if (d17[p] == '5') {
    for (i = p + 1; i < 17 && d17[i] == '0'; i++) {}
    if (i == 17) return sig_digits(x, p, d);
    up = 1;
  }
  memcpy(d, d17, (size_t)p);
  if (up) {
    for (i = p - 1; i >= 0 && d[i] == '9'; i--) d[i] = '0';
    if (i < 0) {
      d[0] = '1';
      return e17 + 1;
    }
    d[i]++;
  }
  return e17;
}

/* Shortest digits that read back as x (x > 0 finite), like David Gay's mode 0
   used by CPython: the nearest p-digit decimal for the smallest p that works.
   Returns the digit count (trailing zeros removed); *decpt as in dtoa. */
static int shortest_digits(double x, char d[20], int *decpt)
{
  uint64_t bits;
  char d17[20];
  int p, e, e17, lo = 1, hi = 17;
  memcpy(&bits, &x, sizeof bits);
  e17 = sig_digits(x, 17, d17);
  if ((bits & 0xFFFFFFFFFFFFFull) != 0 || (bits >> 52) <= 1) {
    /* The rounding interval is symmetric: if p digits round-trip, p + 1 do
       too, so a search is exact. Probe 15 digits first: most doubles need
       16 or 17, and when 15 work, their length without trailing zeros bounds
       the answer (short decimals like 0.1 get there at once). */
    e = round_from17(x, d17, e17, 15, d);
    if (digits_value(d, 15, (long)e - 14) == x) {
      for (hi = 15; hi > 1 && d[hi - 1] == '0'; hi--) {}
    } else {
      lo = 16;
    }
    while (lo < hi) {
      int mid = (lo + hi) / 2;
      e = round_from17(x, d17, e17, mid, d);
      if (digits_value(d, mid, (long)e - (mid - 1)) == x) hi = mid;
      else lo = mid + 1;
    }
    p = lo;
    e = round_from17(x, d17, e17, p, d);
  } else {
    /* A power of two: the interval below x is half as wide as above, so the
       nearest p-digit decimal can fail while the next one up succeeds. */
    for (p = 1;; p++) {
      double v;
      e = round_from17(x, d17, e17, p, d);
      v = digits_value(d, p, (long)e - (p - 1));
      if (v == x || p == 17) break;
      if (v < x) {
        int i = p - 1;
        while (i >= 0 && d[i] == '9') d[i--] = '0';
        if (i < 0) { d[0] = '1'; e++; }
        else d[i]++;
        if (digits_value(d, p, (long)e - (p - 1)) == x) break;
      }
    }
  }
  while (p > 1 && d[p - 1] == '0') p--;
  *decpt = e + 1;
  return p;
}

/* Digits of x >= 0 (finite) in the style of _Py_dg_dtoa: mode 0 shortest,
   mode 2 nd significant digits, mode 3 nd digits after the point. The digits
   go to dg (no leading or trailing zeros; "0" with decpt 1 for zero). */
static int get_digits(double x, int mode, int nd, PyBuf *dg, int *decpt)
{
  char stack[512], *s, *q;
  int heap, e = 0, neg = 0;
  size_t i;
  dg->len = 0;
  if (x == 0) {
    *decpt = 1;
    return pybuf_add(dg, "0", 1);
  }
  if (mode == 0) {
    char d[20];
    int k = shortest_digits(x, d, decpt);
    return pybuf_add(dg, d, (size_t)k);
  }
  s = print_tmp(stack, sizeof stack, mode == 2 ? "%.*e" : "%.*f", mode == 2 ? nd - 1 : nd, x, &heap);
  if (!s) return PYFMT_ENOMEM;
  if (pybuf_reserve(dg, strlen(s)) < 0) {
    if (heap) free(s);
    return PYFMT_ENOMEM;
  }
  if (mode == 2) {
    for (q = s; *q && *q != 'e' && *q != 'E'; q++)
      if (*q >= '0' && *q <= '9') dg->p[dg->len++] = *q;
    if (*q) q++;
    if (*q == '-' || *q == '+') neg = *q++ == '-';
    for (; *q >= '0' && *q <= '9'; q++) e = e * 10 + (*q - '0');
    *decpt = (neg ? -e : e) + 1;
  } else {
    int seen_point = 0;
    *decpt = 0;
    for (q = s; *q; q++) {
      if (*q >= '0' && *q <= '9') {
        if (!seen_point) (*decpt)++;
        dg->p[dg->len++] = *q;
      } else {
        seen_point = 1;
      }
    }
  }
  if (heap) free(s);
  for (i = 0; i < dg->len && dg->p[i] == '0'; i++) (*decpt)--;
  if (i == dg->len) { /* rounded to zero */
    dg->len = 0;
    *decpt = 1;
    return pybuf_add(dg, "0", 1);
  }
  memmove(dg->p, dg->p + i, dg->len - i);
  dg->len -= i;
  while (dg->len > 1 && dg->p[dg->len - 1] == '0') dg->len--;
  dg->p[dg->len] = 0;
  return PYFMT_OK;
}

/* A NUL type character in a format spec, told apart from "no type". */
#define NUL_TYPE 0xFFFFFFFFu

#define DTSF_SIGN 1
#define DTSF_ADD_DOT_0 2
#define DTSF_ALT 4
#define DTSF_NO_NEG_0 8

static int add_zeros(PyBuf *b, long n)
{
  return n > 0 ? pybuf_addrep(b, "0", 1, (size_t)n) : PYFMT_OK;
}

/* CPython's PyOS_double_to_string (format_float_short): code is one of
   e E f F g G r; appends the text to out. */
static int double_to_string(double d, char code, int precision, int flags, PyBuf *out)
{
  int upper = 0, mode = 0, sign = signbit(d) != 0, use_exp = 0, decpt, r;
  long digits_len, vdigits_start, vdigits_end, exp = 0;
  PyBuf dg;
  switch (code) {
  case 'E': upper = 1; /* fall through */
  case 'e': code = 'e'; mode = 2; precision++; break;
  case 'F': upper = 1; /* fall through */
  case 'f': code = 'f'; mode = 3; break;
  case 'G': upper = 1; /* fall through */
  case 'g': code = 'g'; mode = 2; if (precision == 0) precision = 1; break;
  default: code = 'r'; mode = 0; break;
  }
  if (isnan(d) || isinf(d)) {
    if (isnan(d)) sign = 0;
    if (sign) r = pybuf_addc(out, '-');
    else r = (flags & DTSF_SIGN) ? pybuf_addc(out, '+') : 0;
    if (r < 0) return r;
    return pybuf_add(out, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 3);
  }
  pybuf_init(&dg);
  if ((r = get_digits(fabs(d), mode, precision, &dg, &decpt)) < 0) goto done;
  digits_len = (long)dg.len;
  if ((flags & DTSF_NO_NEG_0) && sign && digits_len == 1 && dg.p[0] == '0') sign = 0;
  vdigits_end = digits_len;
  switch (code) {
  case 'e': use_exp = 1; vdigits_end = precision; break;
  case 'f': vdigits_end = (long)decpt + precision; break;
  case 'g':
    if (decpt <= -4 || decpt > ((flags & DTSF_ADD_DOT_0) ? precision - 1 : precision)) use_exp = 1;
    if (flags & DTSF_ALT) vdigits_end = precision;
    break;
  default:
    if (decpt <= -4 || decpt > 16) use_exp = 1;
    break;
  }
  if (use_exp) {
    exp = (long)decpt - 1;
    decpt = 1;
  }
  vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && (flags & DTSF_ADD_DOT_0))
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt + 1;
  else
    vdigits_end = vdigits_end > decpt ? vdigits_end : decpt;
  if (pybuf_reserve(out, (size_t)(vdigits_end - vdigits_start) + 12) < 0) { r = PYFMT_ENOMEM; goto done; }
  if (sign) pybuf_addc(out, '-');
  else if (flags & DTSF_SIGN) pybuf_addc(out, '+');
  if (decpt <= 0) {
    add_zeros(out, decpt - vdigits_start);
    pybuf_addc(out, '.');
    add_zeros(out, -decpt);
  } else {
    add_zeros(out, -vdigits_start);
  }
  if (0 < decpt && decpt <= digits_len) {
    pybuf_add(out, dg.p, (size_t)decpt);
    pybuf_addc(out, '.');
    pybuf_add(out, dg.p + decpt, (size_t)(digits_len - decpt));
  } else {
    pybuf_add(out, dg.p, (size_t)digits_len);
  }
  if (digits_len < decpt) {
    add_zeros(out, decpt - digits_len);
    pybuf_addc(out, '.');
    add_zeros(out, vdigits_end - decpt);
  } else {
    add_zeros(out, vdigits_end - digits_len);
  }
  if (!out->oom && out->p[out->len - 1] == '.' && !(flags & DTSF_ALT)) out->p[--out->len] = 0;
  if (use_exp) {
    char eb[16];
    int k = snprintf(eb, sizeof eb, "%c%+.02ld", upper ? 'E' : 'e', exp);
    pybuf_add(out, eb, (size_t)k);
  }
  r = out->oom ? PYFMT_ENOMEM : PYFMT_OK;
done:
  pybuf_free(&dg);
  return r;
}

size_t pyfmt_repr_double(double x, char out[32])
{
  char d[20];
  size_t k = 0;
  int nd, decpt, i;
  if (isnan(x)) { memcpy(out, "nan", 4); return 3; }
  if (signbit(x)) out[k++] = '-';
  if (isinf(x)) { memcpy(out + k, "inf", 4); return k + 3; }
  if (x == 0) { memcpy(out + k, "0.0", 4); return k + 3; }
  nd = shortest_digits(fabs(x), d, &decpt);
  if (decpt > -4 && decpt <= 16) {
    if (decpt <= 0) {
      out[k++] = '0';
      out[k++] = '.';
      for (i = decpt; i < 0; i++) out[k++] = '0';
      memcpy(out + k, d, (size_t)nd);
      k += (size_t)nd;
    } else if (decpt >= nd) {
      memcpy(out + k, d, (size_t)nd);
      k += (size_t)nd;
      for (i = nd; i < decpt; i++) out[k++] = '0';
      out[k++] = '.';
      out[k++] = '0';
    } else {
      memcpy(out + k, d, (size_t)decpt);
      k += (size_t)decpt;
      out[k++] = '.';
      memcpy(out + k, d + decpt, (size_t)(nd - decpt));
      k += (size_t)(nd - decpt);
    }
    out[k] = 0;
    return k;
  }
  out[k++] = d[0];
  if (nd > 1) {
    out[k++] = '.';
    memcpy(out + k, d + 1, (size_t)(nd - 1));
    k += (size_t)(nd - 1);
  }
  k += (size_t)snprintf(out + k, 32 - k, "e%+.02d", decpt - 1);
  return k;
}

/* ---- reprs ---------------------------------------------------------------------- */

static const char hexdig[] = "0123456789abcdef";

static void add_hex_escape(PyBuf *b, char kind, uint32_t v, int ndig)
{
  char e[10];
  int i;
  e[0] = '\\';
  e[1] = kind;
  for (i = 0; i < ndig; i++) e[2 + i] = hexdig[(v >> (4 * (ndig - 1 - i))) & 15];
  pybuf_add(b, e, (size_t)(2 + ndig));
}

/* Python picks '"' only when the text holds a ' and no ". */
static char pick_quote(const char *s, size_t n)
{
  return memchr(s, '\'', n) && !memchr(s, '"', n) ? '"' : '\'';
}

void pyfmt_repr_str_ctx(const struct ustr_ctx *ctx, const char *s, size_t n, PyBuf *out)
{
  char q = pick_quote(s, n);
  size_t i = 0;
  if (pybuf_reserve(out, n + 2) < 0) return;
  pybuf_addc(out, q);
  while (i < n) {
    uint32_t cp;
    size_t k;
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c < 0x7F) {
      if (c == (unsigned char)q || c == '\\') pybuf_addc(out, '\\');
      pybuf_addc(out, (char)c);
      i++;
      continue;
    }
    if (c < 0x80) {
      if (c == '\t') pybuf_add(out, "\\t", 2);
      else if (c == '\n') pybuf_add(out, "\\n", 2);
      else if (c == '\r') pybuf_add(out, "\\r", 2);
      else add_hex_escape(out, 'x', c, 2);
      i++;
      continue;
    }
    k = ustr_decode(s + i, n - i, &cp);
    if (USTR_IS_RAW(cp)) add_hex_escape(out, 'x', c, 2);
    else if (ustr_cp_isprintable(ctx, cp)) pybuf_add(out, s + i, k);
    else if (cp <= 0xFF) add_hex_escape(out, 'x', cp, 2);
    else if (cp <= 0xFFFF) add_hex_escape(out, 'u', cp, 4);
    else add_hex_escape(out, 'U', cp, 8);
    i += k;
  }
  pybuf_addc(out, q);
}

void pyfmt_repr_str(const char *s, size_t n, PyBuf *out)
{
  pyfmt_repr_str_ctx(NULL, s, n, out);
}

void pyfmt_repr_bytes(const char *s, size_t n, PyBuf *out)
{
  char q = pick_quote(s, n);
  size_t i;
  if (pybuf_reserve(out, n + 3) < 0) return;
  pybuf_addc(out, 'b');
  pybuf_addc(out, q);
  for (i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == (unsigned char)q || c == '\\') {
      pybuf_addc(out, '\\');
      pybuf_addc(out, (char)c);
    } else if (c == '\t') pybuf_add(out, "\\t", 2);
    else if (c == '\n') pybuf_add(out, "\\n", 2);
    else if (c == '\r') pybuf_add(out, "\\r", 2);
    else if (c < 0x20 || c >= 0x7F) add_hex_escape(out, 'x', c, 2);
    else pybuf_addc(out, (char)c);
  }
  pybuf_addc(out, q);
}

/* repr(s) cut to its first max_cp code points, as CPython's "%.200R". */
static int repr_cut(const char *s, size_t n, size_t max_cp, PyBuf *out)
{
  pyfmt_repr_str(s, n, out);
  if (out->oom) return PYFMT_ENOMEM;
  out->len = ustr_offset(out->p, out->len, max_cp);
  out->p[out->len] = 0;
  return PYFMT_OK;
}

/* ---- parsing numbers ---------------------------------------------------------------- */

/* CPython first maps the str to ASCII: non-ASCII whitespace becomes ' ',
   Unicode decimal digits their ASCII digit, and anything else ends the text
   with a '?' (which no parser accepts). Same here; raw bytes count as
   "anything else". */
static int to_ascii_digits(const char *s, size_t n, PyBuf *b)
{
  size_t i = 0;
  if (pybuf_reserve(b, n) < 0) return PYFMT_ENOMEM;
  while (i < n) {
    uint32_t cp;
    unsigned char c = (unsigned char)s[i];
    int dv;
    if (c < 0x7F) { b->p[b->len++] = (char)c; i++; continue; }
    i += ustr_decode(s + i, n - i, &cp);
    if (ustr_cp_isspace(cp)) b->p[b->len++] = ' ';
    else if ((dv = ustr_cp_decimal(cp)) >= 0) b->p[b->len++] = (char)('0' + dv);
    else { b->p[b->len++] = '?'; break; }
  }
  b->p[b->len] = 0;
  return PYFMT_OK;
}

static int ascii_space(char c)
{
  return c == ' ' || (c >= '\t' && c <= '\r');
}

static int digit_value(char c)
{
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

static int int_literal_error(const char *s, size_t n, int base, char *err, PyErrKind *kind)
{
  PyBuf r;
  int rc;
  pybuf_init(&r);
  if (repr_cut(s, n, 200, &r) < 0) rc = oom(err, kind);
  else rc = set_err(err, kind, PYERR_VALUE, "invalid literal for int() with base %d: %s", base, r.p);
  pybuf_free(&r);
  return rc;
}

/* Port of PyLong_FromString on the ASCII-mapped text (NUL-terminated). */
static int parse_int_ascii(const char *str, const char *end, int base0, uint64_t *mag, int *neg,
                           int *big, size_t *ndigits)
{
  int base = base0, error_if_nonzero = 0, overflow = 0;
  char prev = 0;
  uint64_t v = 0;
  size_t digits = 0;
  const char *start;
  while (ascii_space(*str)) str++;
  *neg = 0;
  if (*str == '+') str++;
  else if (*str == '-') { str++; *neg = 1; }
  if (base == 0) {
    if (str[0] != '0') base = 10;
    else if (str[1] == 'x' || str[1] == 'X') base = 16;
    else if (str[1] == 'o' || str[1] == 'O') base = 8;
    else if (str[1] == 'b' || str[1] == 'B') base = 2;
    else { error_if_nonzero = 1; base = 10; }
  }
  if (str[0] == '0' && ((base == 16 && (str[1] == 'x' || str[1] == 'X')) ||
                        (base == 8 && (str[1] == 'o' || str[1] == 'O')) ||
                        (base == 2 && (str[1] == 'b' || str[1] == 'B')))) {
    str += 2;
    if (*str == '_') str++;
  }
  if (*str == '_') return -1;
  start = str;
  while (digit_value(*str) < base || *str == '_') {
    if (*str == '_') {
      if (prev == '_') return -1;
    } else {
      uint64_t d = (uint64_t)digit_value(*str);
      digits++;
      if (v > (UINT64_MAX - d) / (uint64_t)base) overflow = 1;
      else v = v * (uint64_t)base + d;
    }
    prev = *str++;
  }
  if (prev == '_') return -1;
  *ndigits = digits;
  if ((base & (base - 1)) != 0 && digits > 4300) return -2;
  if (error_if_nonzero && (v != 0 || overflow)) return -1;
  if (str == start) return -1;
  while (str < end && ascii_space(*str)) str++;
  if (str != end) return -1;
  *mag = v;
  *big = overflow || v > (uint64_t)INT64_MAX + (*neg ? 1u : 0u);
  return 0;
}

int pyfmt_parse_int(const char *s, size_t n, int base, int64_t *out, int *is_big,
                    char err[PYFMT_ERRSIZE], PyErrKind *kind)
{
  PyBuf a;
  uint64_t mag = 0;
  int neg = 0, big = 0, r;
  size_t nd = 0;
  if (is_big) *is_big = 0;
  *out = 0;
  if ((base != 0 && base < 2) || base > 36)
    return set_err(err, kind, PYERR_VALUE, "int() base must be >= 2 and <= 36, or 0");
  pybuf_init(&a);
  if (to_ascii_digits(s, n, &a) < 0) { pybuf_free(&a); return oom(err, kind); }
  r = parse_int_ascii(a.p, a.p + a.len, base, &mag, &neg, &big, &nd);
  pybuf_free(&a);
  if (r == -2)
    return set_err(err, kind, PYERR_VALUE,
                   "Exceeds the limit (4300 digits) for integer string conversion: value has %zu "
                   "digits; use sys.set_int_max_str_digits() to increase the limit", nd);
  if (r < 0) return int_literal_error(s, n, base, err, kind);
  if (big) {
    if (is_big) *is_big = 1;
    return set_err(err, kind, PYERR_OVERFLOW, "int too large");
  }
  *out = neg ? (int64_t)(0 - mag) : (int64_t)mag;
  no_err(err, kind);
  return PYFMT_OK;
}

static int float_error(const char *s, size_t n, char *err, PyErrKind *kind)
{
  PyBuf r;
  int rc;
  pybuf_init(&r);
  pyfmt_repr_str(s, n, &r);
  if (r.oom) rc = oom(err, kind);
  else rc = set_err(err, kind, PYERR_VALUE, "could not convert string to float: %s", r.p);
  pybuf_free(&r);
  return rc;
}

static int match_word(const char *p, const char *end, const char *w)
{
  size_t k = strlen(w), i;
  if ((size_t)(end - p) < k) return 0;
  for (i = 0; i < k; i++)
    if ((p[i] | 32) != w[i]) return 0;
  return 1;
}

/* Parse the ASCII text [p, end) (whitespace and underscores already
   handled) as _Py_dg_strtod / _Py_parse_inf_or_nan would, whole text only. */
static int parse_float_ascii(const char *p, const char *end, double *out)
{
  PyBuf b;
  const char *q;
  int neg = 0, nint = 0, nfrac = 0, eneg = 0;
  long long e = 0;
  if (p < end && (*p == '+' || *p == '-')) neg = *p++ == '-';
  if (match_word(p, end, "inf")) {
    p += 3;
    if (match_word(p, end, "inity")) p += 5;
    if (p != end) return -1;
    *out = neg ? -HUGE_VAL : HUGE_VAL;
    return 0;
  }
  if (match_word(p, end, "nan")) {
    if (p + 3 != end) return -1;
    *out = neg ? -NAN : NAN;
    return 0;
  }
  for (q = p; q < end && *q >= '0' && *q <= '9'; q++) nint++;
  if (q < end && *q == '.')
    for (q++; q < end && *q >= '0' && *q <= '9'; q++) nfrac++;
  if (nint + nfrac == 0) return -1;
  if (q < end && (*q == 'e' || *q == 'E')) {
    const char *t = q + 1;
    int nexp = 0;
    if (t < end && (*t == '+' || *t == '-')) eneg = *t++ == '-';
    for (; t < end && *t >= '0' && *t <= '9'; t++, nexp++)
      if (e < 100000000000LL) e = e * 10 + (*t - '0');
    if (nexp) q = t; /* "1e" reads as 1 followed by junk */
    else e = 0;
  }
  if (q != end) return -1;
  /* Rebuild as [-]DIGITSe<exp> without a decimal point (locale-proof). */
  pybuf_init(&b);
  if (pybuf_reserve(&b, (size_t)(nint + nfrac) + 32) < 0) return -2;
  if (neg) pybuf_addc(&b, '-');
  pybuf_add(&b, p, (size_t)nint);
  if (nfrac) pybuf_add(&b, p + nint + 1, (size_t)nfrac);
  {
    char eb[32];
    long long ex = (eneg ? -e : e) - nfrac;
    int k = snprintf(eb, sizeof eb, "e%lld", ex);
    pybuf_add(&b, eb, (size_t)k);
  }
  *out = strtod(b.p, NULL);
  pybuf_free(&b);
  return 0;
}

int pyfmt_parse_float(const char *s, size_t n, double *out, char err[PYFMT_ERRSIZE], PyErrKind *kind)
{
  PyBuf a;
  char *p, *end, *w, prev = 0;
  int r;
  *out = 0;
  pybuf_init(&a);
  if (to_ascii_digits(s, n, &a) < 0) { pybuf_free(&a); return oom(err, kind); }
  /* underscores only between digits (_Py_string_to_number_with_underscores) */
  if (memchr(a.p, '_', a.len)) {
    for (p = w = a.p; p < a.p + a.len; p++) {
      if (*p == '_') {
        if (!(prev >= '0' && prev <= '9')) goto bad;
      } else {
        if (prev == '_' && !(*p >= '0' && *p <= '9')) goto bad;
        *w++ = *p;
      }
      prev = *p;
    }
    if (prev == '_') goto bad;
    a.len = (size_t)(w - a.p);
  }
  p = a.p;
  end = a.p + a.len;
  while (p < end && ascii_space(*p)) p++;
  while (end > p && ascii_space(end[-1])) end--;
  if (p == end) goto bad;
  r = parse_float_ascii(p, end, out);
  if (r == -2) { pybuf_free(&a); return oom(err, kind); }
  if (r < 0) goto bad;
  pybuf_free(&a);
  no_err(err, kind);
  return PYFMT_OK;
bad:
  pybuf_free(&a);
  *out = 0;
  return float_error(s, n, err, kind);
}

/* ---- integer helpers ----------------------------------------------------------------- */

int pyfmt_pow_int(int64_t base, int64_t exp, int64_t *out)
{
  int64_t r = 1;
  *out = 0;
  if (exp < 0) return PYFMT_ERR;
  while (exp > 0) {
    if ((exp & 1) && __builtin_mul_overflow(r, base, &r)) return PYFMT_ERR;
    exp >>= 1;
    if (exp && __builtin_mul_overflow(base, base, &base)) {
      /* |base| >= 2 here, so the result would overflow as well */
      return PYFMT_ERR;
    }
  }
  *out = r;
  return PYFMT_OK;
}

int pyfmt_round_int(int64_t v, int64_t ndigits, int64_t *out, char err[PYFMT_ERRSIZE], PyErrKind *kind)
{
  uint64_t m, p = 1, q, r, res;
  int k;
  no_err(err, kind);
  *out = v;
  if (ndigits >= 0) return PYFMT_OK;
  if (ndigits < -19) { *out = 0; return PYFMT_OK; }  /* |v| < 10**19 / 2 */
  for (k = 0; k < -ndigits; k++) p *= 10;
  m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
  q = m / p;
  r = m % p;
  if (r > p - r || (r == p - r && (q & 1))) q++;
  if (q > UINT64_MAX / p) return set_err(err, kind, PYERR_OVERFLOW, "int too large");
  res = q * p;
  if (res > (uint64_t)INT64_MAX + (v < 0 ? 1u : 0u))
    return set_err(err, kind, PYERR_OVERFLOW, "int too large");
  *out = v < 0 ? (int64_t)(0 - res) : (int64_t)res;
  return PYFMT_OK;
}

double pyfmt_round_double(double x, int ndigits)
{
  char stack[512], *s, *q, buf[400];
  const char *eb;
  size_t k = 0;
  int heap, up = 0;
  double r;
  if (!isfinite(x)) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  if (ndigits >= 0) {
    /* %.Nf rounds the exact binary value half-even, like dtoa mode 3 */
    PyBuf b;
    pybuf_init(&b);
    s = print_tmp(stack, sizeof stack, "%.*f", ndigits, fabs(x), &heap);
    if (!s || pybuf_reserve(&b, strlen(s) + 16) < 0) {
      if (s && heap) free(s);
      return x; /* out of memory: leave x alone */
    }
    if (signbit(x)) pybuf_addc(&b, '-');
    for (q = s; *q; q++)
      if (*q >= '0' && *q <= '9') pybuf_addc(&b, *q);
    snprintf(buf, sizeof buf, "e%d", -ndigits);
    pybuf_add(&b, buf, strlen(buf));
    r = strtod(b.p, NULL);
    if (heap) free(s);
    pybuf_free(&b);
    return r;
  }
  /* ndigits < 0: round the exact integer part at 10**-ndigits. For |x| >= 1
     the fraction has at most 52 digits, so "%.52f" is exact. */
  if (fabs(x) < 1) return 0.0 * x;
  {
    char digs[400];
    size_t nint = 0, headlen, i;
    int kk = -ndigits;
    snprintf(buf, sizeof buf, "%.52f", fabs(x));
    digs[nint++] = '0'; /* so that rounding up never carries out */
    for (q = buf; *q >= '0' && *q <= '9'; q++) digs[nint++] = *q;
    /* pad with leading zeros so that the head is not empty */
    if (nint < (size_t)kk + 1) {
      size_t pad = (size_t)kk + 1 - nint;
      memmove(digs + pad, digs, nint);
      memset(digs, '0', pad);
      nint += pad;
    }
    headlen = nint - (size_t)kk;
    if (digs[headlen] > '5') up = 1;
    else if (digs[headlen] == '5') {
      int rest = 0;
      for (i = headlen + 1; i < nint; i++) rest |= digs[i] != '0';
      for (eb = q; *eb; eb++) rest |= *eb >= '1' && *eb <= '9';
      up = rest || ((digs[headlen - 1] - '0') & 1);
    }
    if (up) {
      i = headlen;
      while (digs[i - 1] == '9') digs[--i] = '0';
      digs[i - 1]++;
    }
    stack[k++] = signbit(x) ? '-' : '+';
    memcpy(stack + k, digs, headlen);
    k += headlen;
    snprintf(stack + k, sizeof stack - k, "e%d", kk);
    return strtod(stack, NULL);
  }
}

int pyfmt_round_to_int(double x, int64_t *out, char err[PYFMT_ERRSIZE], PyErrKind *kind)
{
  double r;
  *out = 0;
  if (isnan(x)) return set_err(err, kind, PYERR_VALUE, "cannot convert float NaN to integer");
  if (isinf(x)) return set_err(err, kind, PYERR_OVERFLOW, "cannot convert float infinity to integer");
  r = round(x);
  if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
  if (r >= 9223372036854775808.0 || r < -9223372036854775808.0)
    return set_err(err, kind, PYERR_OVERFLOW, "int too large");
  *out = (int64_t)r;
  no_err(err, kind);
  return PYFMT_OK;
}

/* ---- format spec parsing ---------------------------------------------------------------- */

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Read decimal digits (any Unicode decimal, like CPython's get_integer).
   Returns the number of digits, or -1 on overflow of INT_MAX. */
static int get_integer(const char *s, size_t n, size_t *pos, int *result)
{
  long long acc = 0;
  int nd = 0, big = 0;
  while (*pos < n) {
    uint32_t cp;
    size_t k = ustr_decode(s + *pos, n - *pos, &cp);
    int d = ustr_cp_decimal(cp);
    if (d < 0) break;
    if (!big) {
      acc = acc * 10 + d;
      if (acc > INT_MAX) big = 1;
    }
    *pos += k;
    nd++;
  }
  *result = (int)acc;
  return big ? -1 : nd;
}

void pyfmt_spec_init(PyFmtSpec *o)
{
  memset(o, 0, sizeof *o);
  o->fill[0] = ' ';
  o->width = o->precision = -1;
}

int pyfmt_parse_spec_typed(const char *spec, size_t n, const char *type_name, PyFmtSpec *o,
                           char err[PYFMT_ERRSIZE], PyErrKind *kind)
{
  size_t pos = 0, k0, rest;
  uint32_t c0, c1;
  int fill_given = 0, nd;
  pyfmt_spec_init(o);
  o->type_name = type_name;
  if (n > 0) {
    k0 = ustr_decode(spec, n, &c0);
    if (n > k0 && (ustr_decode(spec + k0, n - k0, &c1), is_align(c1))) {
      memcpy(o->fill, spec, k0);
      o->fill[k0] = 0;
      o->align = (char)c1;
      fill_given = 1;
      pos = k0 + 1;
    } else if (is_align(c0)) {
      o->align = (char)c0;
      pos = 1;
    }
  }
  if (pos < n && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ')) o->sign = spec[pos++];
  if (pos < n && spec[pos] == 'z') { o->no_neg_zero = 1; pos++; }
  if (pos < n && spec[pos] == '#') { o->alt = 1; pos++; }
  if (!fill_given && pos < n && spec[pos] == '0') {
    o->fill[0] = '0';
    o->zero = 1;
    pos++;
  }
  if ((nd = get_integer(spec, n, &pos, &o->width)) < 0)
    return set_err(err, kind, PYERR_VALUE, "Too many decimal digits in format string");
  if (nd == 0) o->width = -1;
  if (pos < n && spec[pos] == ',') { o->grouping = ','; pos++; }
  if (pos < n && spec[pos] == '_') {
    if (o->grouping) return set_err(err, kind, PYERR_VALUE, "Cannot specify both ',' and '_'.");
    o->grouping = '_';
    pos++;
  }
  if (pos < n && spec[pos] == ',' && o->grouping == '_')
    return set_err(err, kind, PYERR_VALUE, "Cannot specify both ',' and '_'.");
  if (pos < n && spec[pos] == '.') {
    pos++;
    if ((nd = get_integer(spec, n, &pos, &o->precision)) < 0)
      return set_err(err, kind, PYERR_VALUE, "Too many decimal digits in format string");
    if (nd == 0) return set_err(err, kind, PYERR_VALUE, "Format specifier missing precision");
  }
  rest = ustr_len(spec + pos, n - pos);
  if (rest > 1) {
    PyBuf b;
    int r;
    if (!type_name) return set_err(err, kind, PYERR_VALUE, "Invalid format specifier");
    pybuf_init(&b);
    if (pybuf_add(&b, spec, n) < 0) r = oom(err, kind);
    else
      r = set_err(err, kind, PYERR_VALUE, "Invalid format specifier '%s' for object of type '%.200s'",
                  b.p, type_name);
    pybuf_free(&b);
    return r;
  }
  if (rest == 1) {
    ustr_decode(spec + pos, n - pos, &o->typecp);
    o->type = (o->typecp < 0x80 && o->typecp) ? (char)o->typecp : PYFMT_TYPE_NONASCII;
    if (!o->typecp) o->typecp = NUL_TYPE;
  }
  no_err(err, kind);
  return PYFMT_OK;
}

int pyfmt_parse_spec(const char *spec, size_t n, PyFmtSpec *out, char err[PYFMT_ERRSIZE], PyErrKind *kind)
{
  return pyfmt_parse_spec_typed(spec, n, NULL, out, err, kind);
}

/* ---- format(): shared number layout -------------------------------------------------- */

static uint32_t type_code(const PyFmtSpec *sp)
{
  if ((unsigned char)sp->type >= 0x80) return sp->typecp;
  return (unsigned char)sp->type;
}

static int unknown_code(uint32_t t, const char *tname, char *err, PyErrKind *kind)
{
  if (t == NUL_TYPE) t = 0;
  if (t > 32 && t < 128)
    return set_err(err, kind, PYERR_VALUE, "Unknown format code '%c' for object of type '%.200s'",
                   (char)t, tname);
  return set_err(err, kind, PYERR_VALUE, "Unknown format code '\\x%x' for object of type '%.200s'",
                 (unsigned)t, tname);
}

/* The thousands-separator check of CPython's spec parser, run with the
   object's default type applied. */
static int check_grouping(const PyFmtSpec *sp, uint32_t t, char *err, PyErrKind *kind)
{
  if (!sp->grouping || t == NUL_TYPE) return PYFMT_OK; /* a NUL type passes like no type */
  switch (t) {
  case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
    return PYFMT_OK;
  case 'b': case 'o': case 'x': case 'X':
    if (sp->grouping == '_') return PYFMT_OK;
    break;
  }
  if (t > 32 && t < 128)
    return set_err(err, kind, PYERR_VALUE, "Cannot specify '%c' with '%c'.", sp->grouping, (char)t);
  return set_err(err, kind, PYERR_VALUE, "Cannot specify '%c' with '\\x%x'.", sp->grouping, (unsigned)t);
}

typedef struct {
  const char *prefix; size_t n_prefix;  /* "0x"... */
  char sign_char;                       /* '-' or 0 */
  const char *digits; size_t n_digits;  /* ASCII digits to group */
  int has_decimal;
  const char *rem; size_t rem_bytes, rem_cps; /* after the point; 'c': the char */
} NumParts;

/* CPython's _PyUnicode_InsertThousandsGrouping: digits with a separator every
   `group` (0: none), zero-padded on the left to min_width. Returns the length;
   when dst is given, writes that many bytes at dst (filled from the end). */
static size_t group_digits(char *dst, size_t total, const char *digits, long n_digits, long min_width,
                           int group, char sep)
{
  long remaining = n_digits, len, n_zeros, n_chars, count = 0;
  long wpos = (long)total, dpos = n_digits;
  int use_sep = 0;
  if (min_width < 0) min_width = 0;
  for (;;) {
    long cap = remaining > min_width ? remaining : min_width;
    if (cap < 1) cap = 1;
    /* the group generator yields `group` forever, or nothing when 0 */
    len = (group > 0 && group < cap) ? group : cap;
    n_zeros = len - remaining > 0 ? len - remaining : 0;
    n_chars = remaining < len ? remaining : len;
    if (n_chars < 0) n_chars = 0;
    count += (use_sep ? 1 : 0) + n_zeros + n_chars;
    if (dst) {
      if (use_sep) dst[--wpos] = sep;
      wpos -= n_chars;
      dpos -= n_chars;
      memcpy(dst + wpos, digits + dpos, (size_t)n_chars);
      wpos -= n_zeros;
      memset(dst + wpos, '0', (size_t)n_zeros);
    }
    if (group <= 0) break;  /* the single pass after an empty generator */
    use_sep = 1;
    remaining -= n_chars;
    min_width -= len;
    if (remaining <= 0 && min_width <= 0) break;
    min_width -= 1;
  }
  return (size_t)count;
}

/* CPython's calc_number_widths + fill_number. */
static int layout_number(const NumParts *np, const PyFmtSpec *sp, char align, PyBuf *out)
{
  const char *fill = sp->fill;
  size_t fl = fill[0] ? strlen(fill) : 1; /* "": a NUL fill character */
  char sign = 0;
  int group = 0;
  long n_sign = 0, n_non, min_width, n_grouped = 0, n_padding, lpad = 0, spad = 0, rpad = 0;
  long width = sp->width;
  char t = sp->type;
  switch (sp->sign) {
  case '+': n_sign = 1; sign = np->sign_char == '-' ? '-' : '+'; break;
  case ' ': n_sign = 1; sign = np->sign_char == '-' ? '-' : ' '; break;
  default: if (np->sign_char == '-') { n_sign = 1; sign = '-'; } break;
  }
  if (sp->grouping) group = (sp->grouping == '_' && (t == 'b' || t == 'o' || t == 'x' || t == 'X')) ? 4 : 3;
  n_non = n_sign + (long)np->n_prefix + (np->has_decimal ? 1 : 0) + (long)np->rem_cps;
  min_width = (strcmp(fill, "0") == 0 && align == '=') ? width - n_non : 0;
  if (np->n_digits)
    n_grouped = (long)group_digits(NULL, 0, np->digits, (long)np->n_digits, min_width, group, sp->grouping);
  n_padding = width - (n_non + n_grouped);
  if (n_padding > 0) {
    switch (align) {
    case '<': rpad = n_padding; break;
    case '^': lpad = n_padding / 2; rpad = n_padding - lpad; break;
    case '=': spad = n_padding; break;
    default: lpad = n_padding; break;
    }
  }
  if (pybuf_reserve(out, (size_t)(lpad + spad + rpad) * fl + (size_t)(n_non + n_grouped) + np->rem_bytes) < 0)
    return PYFMT_ENOMEM;
  pybuf_addrep(out, fill, fl, (size_t)lpad);
  if (n_sign) pybuf_addc(out, sign);
  pybuf_add(out, np->prefix, np->n_prefix);
  pybuf_addrep(out, fill, fl, (size_t)spad);
  if (np->n_digits) {
    group_digits(out->p + out->len, (size_t)n_grouped, np->digits, (long)np->n_digits, min_width, group,
                 sp->grouping);
    out->len += (size_t)n_grouped;
    out->p[out->len] = 0;
  }
  if (np->has_decimal) pybuf_addc(out, '.');
  pybuf_add(out, np->rem, np->rem_bytes);
  pybuf_addrep(out, fill, fl, (size_t)rpad);
  return out->oom ? PYFMT_ENOMEM : PYFMT_OK;
}

/* format_float_internal: val with the (already validated) float type t. */
static int format_float_internal(double val, const PyFmtSpec *sp, char t, PyBuf *out, char *err,
                                 PyErrKind *kind)
{
  PyBuf num;
  NumParts np;
  int flags = 0, precision = sp->precision, default_precision = 6, add_pct = 0, r;
  char align = sp->align ? sp->align : (sp->zero ? '=' : '>');
  size_t idx = 0, j;
  if (sp->alt) flags |= DTSF_ALT;
  if (sp->no_neg_zero) flags |= DTSF_NO_NEG_0;
  if (t == 0) {
    flags |= DTSF_ADD_DOT_0;
    t = 'r';
    default_precision = 0;
  }
  if (t == 'n') t = 'g';
  if (t == '%') {
    t = 'f';
    val *= 100;
    add_pct = 1;
  }
  if (precision < 0) precision = default_precision;
  else if (t == 'r') t = 'g';
  if (precision > INT_MAX - 400) return oom(err, kind);
  pybuf_init(&num);
  r = double_to_string(val, t, precision, flags, &num);
  if (r == 0 && add_pct) r = pybuf_addc(&num, '%');
  if (r < 0) { pybuf_free(&num); return oom(err, kind); }
  memset(&np, 0, sizeof np);
  if (num.p[0] == '-') { np.sign_char = '-'; idx = 1; }
  for (j = idx; j < num.len && num.p[j] >= '0' && num.p[j] <= '9'; j++) {}
  np.digits = num.p + idx;
  np.n_digits = j - idx;
  np.has_decimal = j < num.len && num.p[j] == '.';
  if (np.has_decimal) j++;
  np.rem = num.p + j;
  np.rem_bytes = np.rem_cps = num.len - j;
  np.prefix = "";
  r = layout_number(&np, sp, align, out);
  pybuf_free(&num);
  if (r < 0) return oom(err, kind);
  no_err(err, kind);
  return PYFMT_OK;
}

int pyfmt_format_int(int64_t v, const PyFmtSpec *sp, PyBuf *out, char err[PYFMT_ERRSIZE], PyErrKind *kind)
{
  const char *tname = sp->type_name ? sp->type_name : "int";
  uint32_t t = sp->type ? type_code(sp) : 'd';
  char digits[80], cbuf[4];
  NumParts np;
  PyFmtSpec s2;
  int r, base = 10, nd = 0;
  uint64_t m;
  if ((r = check_grouping(sp, t, err, kind)) < 0) return r;
  switch (t) {
  case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
    break;
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
    return format_float_internal((double)v, sp, (char)t, out, err, kind);
  default:
    return unknown_code(t, tname, err, kind);
  }
  if (sp->precision != -1)
    return set_err(err, kind, PYERR_VALUE, "Precision not allowed in integer format specifier");
  if (sp->no_neg_zero)
    return set_err(err, kind, PYERR_VALUE,
                   "Negative zero coercion (z) not allowed in integer format specifier");
  memset(&np, 0, sizeof np);
  np.prefix = "";
  s2 = *sp;
  s2.type = (char)t;
  if (t == 'c') {
    if (sp->sign) return set_err(err, kind, PYERR_VALUE, "Sign not allowed with integer format specifier 'c'");
    if (sp->alt)
      return set_err(err, kind, PYERR_VALUE, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (v < 0 || v > 0x10FFFF) return set_err(err, kind, PYERR_OVERFLOW, "%%c arg not in range(0x110000)");
    np.rem = cbuf;
    np.rem_bytes = ustr_encode((uint32_t)v, cbuf);
    np.rem_cps = 1;
  } else {
    const char *dig = t == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (t == 'b') base = 2;
    else if (t == 'o') base = 8;
    else if (t == 'x' || t == 'X') base = 16;
    if (sp->alt && base != 10) {
      np.prefix = t == 'b' ? "0b" : t == 'o' ? "0o" : t == 'x' ? "0x" : "0X";
      np.n_prefix = 2;
    }
    m = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
      digits[sizeof digits - 1 - (size_t)nd++] = dig[m % (unsigned)base];
      m /= (unsigned)base;
    } while (m);
    np.digits = digits + sizeof digits - (size_t)nd;
    np.n_digits = (size_t)nd;
    if (v < 0) np.sign_char = '-';
  }
  r = layout_number(&np, &s2, sp->align ? sp->align : (sp->zero ? '=' : '>'), out);
  if (r < 0) return oom(err, kind);
  no_err(err, kind);
  return PYFMT_OK;
}

int pyfmt_format_double(double v, const PyFmtSpec *sp, PyBuf *out, char err[PYFMT_ERRSIZE], PyErrKind *kind)
{
  const char *tname = sp->type_name ? sp->type_name : "float";
  uint32_t t = type_code(sp);
  int r;
  if (t == NUL_TYPE) t = 0; /* CPython cannot tell a NUL type from none for floats */
  if ((r = check_grouping(sp, t, err, kind)) < 0) return r;
  switch (t) {
  case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
    return format_float_internal(v, sp, (char)t, out, err, kind);
  default:
    return unknown_code(t, tname, err, kind);
  }
}

int pyfmt_format_str(const char *s, size_t n, const PyFmtSpec *sp, PyBuf *out, char err[PYFMT_ERRSIZE],
                     PyErrKind *kind)
{
  const char *tname = sp->type_name ? sp->type_name : "str";
  uint32_t t = sp->type ? type_code(sp) : 's';
  const char *fill = sp->fill;
  size_t fl = fill[0] ? strlen(fill) : 1; /* "": a NUL fill character */
  int64_t len, total, lpad = 0;
  char align = sp->align ? sp->align : '<';
  int r;
  if ((r = check_grouping(sp, t, err, kind)) < 0) return r;
  if (t != 's') return unknown_code(t, tname, err, kind);
  if (sp->sign == ' ') return set_err(err, kind, PYERR_VALUE, "Space not allowed in string format specifier");
  if (sp->sign) return set_err(err, kind, PYERR_VALUE, "Sign not allowed in string format specifier");
  if (sp->no_neg_zero)
    return set_err(err, kind, PYERR_VALUE, "Negative zero coercion (z) not allowed in string format specifier");
  if (sp->alt)
    return set_err(err, kind, PYERR_VALUE, "Alternate form (#) not allowed in string format specifier");
  if (align == '=')
    return set_err(err, kind, PYERR_VALUE, "'=' alignment not allowed in string format specifier");
  len = (int64_t)ustr_len(s, n);
  if (sp->precision >= 0 && len > sp->precision) {
    len = sp->precision;
    n = ustr_offset(s, n, (size_t)len);
  }
  total = sp->width > len ? sp->width : len;
  if (align == '>') lpad = total - len;
  else if (align == '^') lpad = (total - len) / 2;
  if (pybuf_reserve(out, n + (size_t)(total - len) * fl) < 0 || pybuf_addrep(out, fill, fl, (size_t)lpad) < 0 ||
      pybuf_add(out, s, n) < 0 || pybuf_addrep(out, fill, fl, (size_t)(total - len - lpad)) < 0)
    return oom(err, kind);
  no_err(err, kind);
  return PYFMT_OK;
}

int pyfmt_format_int_spec(int64_t v, const char *spec, size_t n, PyBuf *out, char err[PYFMT_ERRSIZE],
                          PyErrKind *kind)
{
  PyFmtSpec sp;
  int r = pyfmt_parse_spec_typed(spec, n, "int", &sp, err, kind);
  return r < 0 ? r : pyfmt_format_int(v, &sp, out, err, kind);
}

int pyfmt_format_double_spec(double v, const char *spec, size_t n, PyBuf *out, char err[PYFMT_ERRSIZE],
                             PyErrKind *kind)
{
  PyFmtSpec sp;
  int r = pyfmt_parse_spec_typed(spec, n, "float", &sp, err, kind);
  return r < 0 ? r : pyfmt_format_double(v, &sp, out, err, kind);
}

int pyfmt_format_str_spec(const char *s, size_t n, const char *spec, size_t sn, PyBuf *out,
                          char err[PYFMT_ERRSIZE], PyErrKind *kind)
{
  PyFmtSpec sp;
  int r = pyfmt_parse_spec_typed(spec, sn, "str", &sp, err, kind);
  return r < 0 ? r : pyfmt_format_str(s, n, &sp, out, err, kind);
}

/* ---- printf-style formatting --------------------------------------------------------- */

int pyfmt_percent_parse(const char *fmt, size_t n, size_t pos, PyPercentSpec *sp, size_t *end,
                        char err[PYFMT_ERRSIZE], PyErrKind *kind)
{
  size_t i = pos;
  memset(sp, 0, sizeof *sp);
  sp->width = sp->prec = -1;
  *end = pos;
  if (i < n && fmt[i] == '%') {
    sp->conv = '%';
    sp->literal_percent = 1;
    sp->fmt = fmt;
    sp->conv_off = i;
    *end = i + 1;
    no_err(err, kind);
    return PYFMT_OK;
  }
  if (i < n && fmt[i] == '(') {
    int depth = 1;
    sp->has_key = 1;
    sp->key_off = ++i;
    for (; i < n; i++) {
      if (fmt[i] == ')' && --depth == 0) break;
      if (fmt[i] == '(') depth++;
    }
    if (i >= n) return set_err(err, kind, PYERR_VALUE, "incomplete format key");
    sp->key_len = i - sp->key_off;
    i++;
  }
  for (; i < n; i++) {
    char c = fmt[i];
    if (c == '-') sp->ljust = 1;
    else if (c == '+') sp->plus = 1;
    else if (c == ' ') sp->blank = 1;
    else if (c == '#') sp->alt = 1;
    else if (c == '0') sp->zero = 1;
    else break;
  }
  if (i < n && fmt[i] == '*') {
    sp->width_star = 1;
    i++;
  } else if (i < n && fmt[i] >= '0' && fmt[i] <= '9') {
    long long w = 0;
    for (; i < n && fmt[i] >= '0' && fmt[i] <= '9'; i++) {
      w = w * 10 + (fmt[i] - '0');
      if (w > INT_MAX) return set_err(err, kind, PYERR_VALUE, "width too big");
    }
    sp->width = (int)w;
  }
  if (i < n && fmt[i] == '.') {
    sp->prec = 0;
    i++;
    if (i < n && fmt[i] == '*') {
      sp->prec_star = 1;
      i++;
    } else {
      long long p = 0;
      for (; i < n && fmt[i] >= '0' && fmt[i] <= '9'; i++) {
        p = p * 10 + (fmt[i] - '0');
        if (p > INT_MAX) return set_err(err, kind, PYERR_VALUE, "precision too big");
      }
      sp->prec = (int)p;
    }
  }
  if (i < n && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) i++;
  if (i >= n) return set_err(err, kind, PYERR_VALUE, "incomplete format");
  sp->fmt = fmt;
  sp->conv_off = i;
  *end = i + ustr_decode(fmt + i, n - i, &sp->conv);
  no_err(err, kind);
  return PYFMT_OK;
}

void pyfmt_percent_star(PyPercentSpec *sp, int64_t v)
{
  if (sp->width_star) {
    sp->width_star = 0;
    if (v < 0) {
      sp->ljust = 1;
      v = v < -INT_MAX ? INT_MAX : -v;
    }
    sp->width = v > INT_MAX ? INT_MAX : (int)v;
  } else if (sp->prec_star) {
    sp->prec_star = 0;
    sp->prec = v < 0 ? 0 : v > INT_MAX ? INT_MAX : (int)v;
  }
}

/* unicode_format_arg_output: pad str (ncp code points) per the directive;
   numeric says the conversion carries a sign (CPython's arg->sign). */
static int percent_output(const PyPercentSpec *sp, const char *str, size_t nb, int numeric, PyBuf *out)
{
  uint32_t ch = sp->conv;
  int64_t len = (int64_t)ustr_len(str, nb), width = sp->width;
  size_t p = 0;
  char signchar = 0, fill;
  int sign = numeric, altpre = sp->alt && (ch == 'x' || ch == 'X' || ch == 'o');
  if ((ch == 's' || ch == 'r' || ch == 'a') && sp->prec >= 0 && len > sp->prec) {
    len = sp->prec;
    nb = ustr_offset(str, nb, (size_t)len);
  }
  if (sign) {
    if (nb > 0 && (str[0] == '-' || str[0] == '+')) {
      signchar = str[0];
      len--;
      p++;
    } else if (sp->plus) signchar = '+';
    else if (sp->blank) signchar = ' ';
    else sign = 0;
  }
  if (width < len) width = len;
  fill = numeric && sp->zero ? '0' : ' ';
  if (pybuf_reserve(out, nb + (size_t)width + 4) < 0) return PYFMT_ENOMEM;
  if (sign) {
    if (fill != ' ') pybuf_addc(out, signchar);
    if (width > len) width--;
  }
  if (altpre) {
    if (fill != ' ') {
      pybuf_add(out, str + p, 2);
      p += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !sp->ljust) {
    if (pybuf_addrep(out, &fill, 1, (size_t)(width - len)) < 0) return PYFMT_ENOMEM;
    width = len;
  }
  if (fill == ' ') {
    if (sign) pybuf_addc(out, signchar);
    if (altpre) {
      pybuf_add(out, str + p, 2);
      p += 2;
    }
  }
  if (len > 0) pybuf_add(out, str + p, nb - p);
  if (width > len && pybuf_addrep(out, " ", 1, (size_t)(width - len)) < 0) return PYFMT_ENOMEM;
  return out->oom ? PYFMT_ENOMEM : PYFMT_OK;
}

static const char *arg_type_name(const PyPercentArg *a)
{
  if (a->type_name) return a->type_name;
  return a->kind == PYARG_INT ? "int" : a->kind == PYARG_FLOAT ? "float" : "str";
}

/* _PyUnicode_FormatLong for an integer given as sign + decimal or binary
   magnitude: [-][0x]zero-padded digits. */
static int format_long(const PyPercentSpec *sp, int neg, uint64_t m, const char *decimal, PyBuf *out)
{
  char digits[400], tmp[80];
  const char *dig = sp->conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  size_t nd = 0, i;
  unsigned base = sp->conv == 'o' ? 8 : (sp->conv == 'x' || sp->conv == 'X') ? 16 : 10;
  PyBuf s;
  int r;
  if (decimal) {
    nd = strlen(decimal);
    memcpy(digits, decimal, nd);
  } else {
    do {
      tmp[nd++] = dig[m % base];
      m /= base;
    } while (m);
    for (i = 0; i < nd; i++) digits[i] = tmp[nd - 1 - i];
  }
  pybuf_init(&s);
  if (neg) pybuf_addc(&s, '-');
  if (sp->alt && base != 10) pybuf_add(&s, sp->conv == 'o' ? "0o" : sp->conv == 'x' ? "0x" : "0X", 2);
  if (sp->prec > 0 && (size_t)sp->prec > nd) pybuf_addrep(&s, "0", 1, (size_t)sp->prec - nd);
  pybuf_add(&s, digits, nd);
  r = s.oom ? PYFMT_ENOMEM : percent_output(sp, s.p, s.len, 1, out);
  pybuf_free(&s);
  return r;
}

int pyfmt_percent_format(const PyPercentSpec *sp, const PyPercentArg *a, PyBuf *out,
                         char err[PYFMT_ERRSIZE], PyErrKind *kind)
{
  uint32_t ch = sp->conv;
  int r;
  if (sp->literal_percent) {
    r = pybuf_addc(out, '%');
    if (r < 0) return oom(err, kind);
    no_err(err, kind);
    return PYFMT_OK;
  }
  switch (ch) {
  case 's': case 'r': case 'a': {
    char rb[32];
    const char *s = a->s;
    size_t n = a->n;
    if (a->kind == PYARG_INT) {
      n = (size_t)snprintf(rb, sizeof rb, "%lld", (long long)a->i);
      s = rb;
    } else if (a->kind == PYARG_FLOAT) {
      n = pyfmt_repr_double(a->d, rb);
      s = rb;
    }
    r = percent_output(sp, s, n, 0, out);
    break;
  }
  case 'd': case 'i': case 'u': case 'o': case 'x': case 'X':
    if (a->kind == PYARG_INT) {
      uint64_t m = a->i < 0 ? 0 - (uint64_t)a->i : (uint64_t)a->i;
      r = format_long(sp, a->i < 0, m, NULL, out);
    } else if (a->kind == PYARG_FLOAT && ch != 'o' && ch != 'x' && ch != 'X') {
      double t = a->d;
      if (isnan(t)) return set_err(err, kind, PYERR_VALUE, "cannot convert float NaN to integer");
      if (isinf(t)) return set_err(err, kind, PYERR_OVERFLOW, "cannot convert float infinity to integer");
      t = trunc(t);
      if (fabs(t) < 9223372036854775808.0) {
        int64_t v = (int64_t)t;
        r = format_long(sp, v < 0, v < 0 ? 0 - (uint64_t)v : (uint64_t)v, NULL, out);
      } else {
        char big[400];
        snprintf(big, sizeof big, "%.0f", fabs(t)); /* exact: t is an integer */
        r = format_long(sp, t < 0, 0, big, out);
      }
    } else if (ch == 'o' || ch == 'x' || ch == 'X') {
      return set_err(err, kind, PYERR_TYPE, "%%%c format: an integer is required, not %.200s", (char)ch,
                     arg_type_name(a));
    } else {
      return set_err(err, kind, PYERR_TYPE, "%%%c format: a real number is required, not %.200s", (char)ch,
                     arg_type_name(a));
    }
    break;
  case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
    PyBuf s;
    double x;
    if (a->kind == PYARG_STR) return set_err(err, kind, PYERR_TYPE, "must be real number, not %.200s", arg_type_name(a));
    x = a->kind == PYARG_INT ? (double)a->i : a->d;
    pybuf_init(&s);
    r = double_to_string(x, (char)ch, sp->prec < 0 ? 6 : sp->prec > INT_MAX - 400 ? INT_MAX - 400 : sp->prec,
                         sp->alt ? DTSF_ALT : 0, &s);
    if (r == 0) r = percent_output(sp, s.p, s.len, 1, out);
    pybuf_free(&s);
    break;
  }
  case 'c': {
    char cb[4];
    uint32_t cp;
    size_t k;
    if (a->kind == PYARG_INT) {
      if (a->i < 0 || a->i > 0x10FFFF) return set_err(err, kind, PYERR_OVERFLOW, "%%c arg not in range(0x110000)");
      k = ustr_encode((uint32_t)a->i, cb);
    } else if (a->kind == PYARG_STR && a->n > 0 && ustr_decode(a->s, a->n, &cp) == a->n) {
      k = a->n;
      memcpy(cb, a->s, k);
    } else {
      return set_err(err, kind, PYERR_TYPE, "%%c requires int or char");
    }
    r = percent_output(sp, cb, k, 0, out);
    break;
  }
  default:
    return set_err(err, kind, PYERR_VALUE, "unsupported format character '%c' (0x%x) at index %zu",
                   (ch >= 31 && ch <= 126) ? (char)ch : '?', (unsigned)ch,
                   sp->fmt ? ustr_len(sp->fmt, sp->conv_off) : sp->conv_off);
  }
  if (r < 0) return oom(err, kind);
  no_err(err, kind);
  return PYFMT_OK;
}

int pyfmt_percent_one(const char *spec, size_t n, const PyPercentArg *arg, PyBuf *out,
                      char err[PYFMT_ERRSIZE], PyErrKind *kind)
{
  PyPercentSpec sp;
  PyPercentArg none;
  size_t end;
  int r = pyfmt_percent_parse(spec, n, 0, &sp, &end, err, kind);
  if (r < 0) return r;
  if (end != n || sp.has_key || sp.width_star || sp.prec_star)
    return set_err(err, kind, PYERR_VALUE, "pyfmt_percent_one: not a single plain directive");
  if (!arg) {
    memset(&none, 0, sizeof none);
    none.kind = PYARG_STR;
    none.s = "";
    arg = &none;
  }
  return pyfmt_percent_format(&sp, arg, out, err, kind);
}
