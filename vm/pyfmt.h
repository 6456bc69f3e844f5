/* pyfmt.h: Python 3.11-exact number parsing/printing, format specs and %-formatting, without Lua. */
#ifndef ASTER_PYFMT_H
#define ASTER_PYFMT_H

#include <stddef.h>
#include <stdint.h>

/* Conventions for the whole library (pyfmt_* and ustr_*):
   - strings are (pointer, byte length) and may contain NUL; nothing reads past
     the given length and nothing needs a terminator;
   - functions that can fail return 0 on success or a negative PYFMT_E* code;
     on PYFMT_ERR they write a CPython-worded message into err (which, when not
     NULL, must hold PYFMT_ERRSIZE bytes; longer messages are cut at a UTF-8
     boundary) and the Python exception type into *kind (when not NULL);
   - output goes to a PyBuf, appended after whatever it already holds;
   - no global mutable state, no locale dependence (the host owns setlocale),
     no abort/exit: allocation failure is reported as PYFMT_ENOMEM. */

#define PYFMT_OK      0
#define PYFMT_ERR    (-1)  /* a Python exception: see err and *kind */
#define PYFMT_ENOMEM (-2)  /* malloc failed (err "out of memory", PYERR_MEMORY) */
#define PYFMT_ERRSIZE 128

typedef enum PyErrKind {
  PYERR_NONE, PYERR_VALUE, PYERR_TYPE, PYERR_OVERFLOW, PYERR_ZERODIV,
  PYERR_MEMORY /* MemoryError, only with PYFMT_ENOMEM */
} PyErrKind;

/* ---- growable output buffer ---------------------------------------------- */

/* p is NUL-terminated whenever it is not NULL (the NUL is not counted in len).
   Once an allocation fails, oom stays set and every later add fails. The
   bytes added must not point into the same buffer (it may move). */
typedef struct { char *p; size_t len, cap; int oom; } PyBuf;

void pybuf_init(PyBuf *b);
void pybuf_free(PyBuf *b);                      /* frees and re-inits */
int pybuf_reserve(PyBuf *b, size_t extra);      /* room for extra more bytes */
int pybuf_add(PyBuf *b, const char *s, size_t n);
int pybuf_addc(PyBuf *b, char c);
/* Append count copies of the n-byte string s (e.g. a UTF-8 fill character). */
int pybuf_addrep(PyBuf *b, const char *s, size_t n, size_t count);

/* ---- floats --------------------------------------------------------------- */

/* repr(float) == str(float): the shortest string that reads back to the same
   double, in Python's layout ('1.0', '1e+16', '1e-05', '-0.0', 'inf', 'nan').
   Writes a NUL-terminated string (at most 25 bytes) and returns its length. */
size_t pyfmt_repr_double(double d, char out[32]);

/* float(s) for a str s: surrounding whitespace (ASCII \t\n\v\f\r and space,
   and non-ASCII Unicode spaces; like CPython not \x1c..\x1f), sign,
   underscores between digits, Unicode decimal digits, 'inf', 'infinity',
   'nan' in any case. Out-of-range values give +-inf or +-0.0 like CPython.
   Error: ValueError "could not convert string to float: '...'". */
int pyfmt_parse_float(const char *s, size_t n, double *out,
                      char err[PYFMT_ERRSIZE], PyErrKind *kind);

/* round(x, ndigits) for a float, correctly rounded (half-even on the exact
   binary value), as CPython's double_round. nan/inf are returned unchanged.
   If the rounded value is too large for a double (only possible with
   ndigits < 0), returns +-inf: the caller raises OverflowError
   "rounded value too large to represent" when x was finite. */
double pyfmt_round_double(double x, int ndigits);

/* round(x) with no ndigits: nearest integer, ties to even, as an int64.
   Errors: ValueError "cannot convert float NaN to integer", OverflowError
   "cannot convert float infinity to integer", OverflowError "int too large"
   (the result does not fit in 64 bits). */
int pyfmt_round_to_int(double x, int64_t *out, char err[PYFMT_ERRSIZE], PyErrKind *kind);

/* ---- ints ----------------------------------------------------------------- */

/* int(s, base) for a str s. base is 0 or 2..36. Whitespace (as for float()),
   sign, a 0x/0o/0b
   prefix (base 0, or the matching base), single underscores between digits
   (and after a prefix), Unicode decimal digits. Base 0 rejects '010'.
   *is_big (may be NULL) is set to 1 when the literal is valid but does not fit
   in int64; that case returns PYFMT_ERR with OverflowError "int too large".
   Errors otherwise as CPython: ValueError "invalid literal for int() with base
   10: 'abc'", "int() base must be >= 2 and <= 36, or 0", and the 4300-digit
   limit message for long non-power-of-two-base literals. */
int pyfmt_parse_int(const char *s, size_t n, int base, int64_t *out, int *is_big,
                    char err[PYFMT_ERRSIZE], PyErrKind *kind);

/* base ** exp for exp >= 0. Returns 0, or PYFMT_ERR when the result does not
   fit in int64 (the caller raises OverflowError "int too large") or exp < 0
   (Python gives a float then: the caller uses pow() on doubles). */
int pyfmt_pow_int(int64_t base, int64_t exp, int64_t *out);

/* round(v, ndigits) for an int: v itself when ndigits >= 0, else rounded to a
   multiple of 10**-ndigits with ties to even (round(1250, -2) == 1200).
   Error: OverflowError "int too large" when the result does not fit. */
int pyfmt_round_int(int64_t v, int64_t ndigits, int64_t *out,
                    char err[PYFMT_ERRSIZE], PyErrKind *kind);

/* ---- format() / str.format specs ----------------------------------------- */

/* [[fill]align][sign][z][#][0][width][grouping][.precision][type] */
typedef struct {
  char fill[5];    /* UTF-8 fill character, NUL-terminated; " " by default, "0"
                      when the '0' flag gave it; "" means a NUL character
                      (so use pyfmt_spec_init when building a spec by hand) */
  char align;      /* 0 (unspecified), '<', '>', '^', '=' */
  char sign;       /* 0, '+', '-', ' ' */
  int alt;         /* '#' */
  int zero;        /* the '0' flag was given (before the width) */
  int width;       /* -1: none */
  char grouping;   /* 0, ',', '_' */
  int precision;   /* -1: none */
  char type;       /* 0 (none), an ASCII letter or '%'; PYFMT_TYPE_NONASCII
                      when the type is a non-ASCII character (see typecp) */
  /* Beyond the basic fields: */
  int no_neg_zero; /* 'z' (new in 3.11) */
  uint32_t typecp; /* the type character as a code point (0: none) */
  const char *type_name; /* object type for messages ("int", "bool", ...);
                            NULL: "int"/"float"/"str" by the format function */
} PyFmtSpec;

#define PYFMT_TYPE_NONASCII ((char)0x80)

/* The spec of format(v, ''): fill " ", everything else unset. */
void pyfmt_spec_init(PyFmtSpec *sp);

/* Parse a spec. Checks only syntax; type/option compatibility is checked by
   the format functions (it depends on the object type). Errors (ValueError):
   "Invalid format specifier" (CPython appends " '<spec>' for object of type
   '<type>'": use pyfmt_parse_spec_typed for that), "Format specifier missing
   precision", "Cannot specify both ',' and '_'.", "Too many decimal digits in
   format string" (width or precision above INT_MAX). */
int pyfmt_parse_spec(const char *spec, size_t n, PyFmtSpec *out,
                     char err[PYFMT_ERRSIZE], PyErrKind *kind);
/* Same, with the object's type name for the exact CPython message; the name
   is also stored in out->type_name (it must outlive the spec). */
int pyfmt_parse_spec_typed(const char *spec, size_t n, const char *type_name,
                           PyFmtSpec *out, char err[PYFMT_ERRSIZE], PyErrKind *kind);

/* format(v, spec) for int/float/str. A spec with nothing set gives str(v)
   (for a bool the caller must produce 'True'/'False' itself, as format(True,
   '') is 'True' but format(True, 'd') is '1'). Errors are CPython's:
   "Unknown format code 'q' for object of type 'int'", "Sign not allowed with
   integer format specifier 'c'", "Precision not allowed in integer format
   specifier", "Cannot specify ',' with 's'.", "'=' alignment not allowed in
   string format specifier", OverflowError "%c arg not in range(0x110000)"...
   Ints accept e E f F g G % by converting to float. 'n' uses the C locale
   (like CPython unless the program calls locale.setlocale). Widths and
   precisions for strings count code points. */
int pyfmt_format_int(int64_t v, const PyFmtSpec *sp, PyBuf *out,
                     char err[PYFMT_ERRSIZE], PyErrKind *kind);
int pyfmt_format_double(double v, const PyFmtSpec *sp, PyBuf *out,
                        char err[PYFMT_ERRSIZE], PyErrKind *kind);
int pyfmt_format_str(const char *s, size_t n, const PyFmtSpec *sp, PyBuf *out,
                     char err[PYFMT_ERRSIZE], PyErrKind *kind);

/* Parse + format in one call, with the exact "Invalid format specifier"
   message. An empty spec is formatted like the default type (str(v)). */
int pyfmt_format_int_spec(int64_t v, const char *spec, size_t n, PyBuf *out,
                          char err[PYFMT_ERRSIZE], PyErrKind *kind);
int pyfmt_format_double_spec(double v, const char *spec, size_t n, PyBuf *out,
                             char err[PYFMT_ERRSIZE], PyErrKind *kind);
int pyfmt_format_str_spec(const char *s, size_t n, const char *spec, size_t sn,
                          PyBuf *out, char err[PYFMT_ERRSIZE], PyErrKind *kind);

/* ---- printf-style '%' formatting -------------------------------------------

   The binding walks the format string. At each '%' it calls
   pyfmt_percent_parse with the index just after the '%':
     - conv == '%' with literal_percent set: '%%', append '%' and go on
       (pyfmt_percent_format does that too), no argument is used;
     - has_key: the mapping key is fmt[key_off .. key_off+key_len) ('%(name)s');
       CPython raises TypeError "format requires a mapping" as soon as it
       sees the '(' when the argument is no mapping, before checking the key
       syntax, so the binding should test fmt[pos] == '(' first;
     - width_star / prec_star: fetch the next argument(s) (an int, else
       TypeError "* wants int") in the order width, precision, then call
       pyfmt_percent_star;
     - then fetch the value argument (TypeError "not enough arguments for
       format string" is the binding's) and call pyfmt_percent_format.
   For 's', 'r' and 'a' the caller passes str(v), repr(v) or ascii(v) as a
   PYARG_STR; ints and floats given as such are converted with str(). The
   messages "not enough arguments for format string", "not all arguments
   converted during string formatting" and "format requires a mapping" are
   the binding's to raise. tests/c/test_pyfmt.c has a complete walk
   (percent_walk) to copy. */
typedef struct {
  int ljust, plus, blank, alt, zero;  /* flags - + space # 0 */
  int width;          /* -1: none */
  int prec;           /* -1: none */
  int width_star, prec_star;
  int has_key;
  size_t key_off, key_len;     /* byte span of the key inside fmt */
  uint32_t conv;      /* conversion character (code point) */
  size_t conv_off;    /* its byte offset in fmt */
  const char *fmt;    /* the format string given to pyfmt_percent_parse: the
                         "at index N" of an unsupported conversion is counted
                         from it, so it must still be valid when formatting */
  int literal_percent;/* '%%' directly after the '%': no argument */
} PyPercentSpec;

typedef enum { PYARG_INT, PYARG_FLOAT, PYARG_STR } PyArgKind;
typedef struct {
  PyArgKind kind;
  int64_t i;           /* PYARG_INT */
  double d;            /* PYARG_FLOAT */
  const char *s;       /* PYARG_STR (UTF-8) */
  size_t n;
  const char *type_name; /* for TypeError messages; NULL: "int"/"float"/"str" */
} PyPercentArg;

/* Parse the directive starting at fmt[pos] (just after the '%'); *end gets the
   index just past it. Errors (ValueError): "incomplete format", "incomplete
   format key", "width too big", "precision too big". The conversion character
   is not validated here (pyfmt_percent_format reports "unsupported format
   character 'q' (0x71) at index 1" after the argument was fetched, like
   CPython). */
int pyfmt_percent_parse(const char *fmt, size_t n, size_t pos, PyPercentSpec *sp,
                        size_t *end, char err[PYFMT_ERRSIZE], PyErrKind *kind);
/* Apply a '*' argument: the width if sp->width_star (negative means '-'
   flag), else the precision (negative means 0); clears the star flag. */
void pyfmt_percent_star(PyPercentSpec *sp, int64_t v);
/* Format one argument. Errors: TypeError "%d format: a real number is
   required, not str", "%x format: an integer is required, not float", "must
   be real number, not str", "%c requires int or char", OverflowError "%c arg
   not in range(0x110000)", "cannot convert float infinity to integer",
   ValueError "cannot convert float NaN to integer", "unsupported format
   character ...". */
int pyfmt_percent_format(const PyPercentSpec *sp, const PyPercentArg *arg, PyBuf *out,
                         char err[PYFMT_ERRSIZE], PyErrKind *kind);
/* Convenience: spec is one whole directive without its leading '%' and
   without '*' or a key, e.g. "-08.3f"; arg may be NULL for "%". */
int pyfmt_percent_one(const char *spec, size_t n, const PyPercentArg *arg, PyBuf *out,
                      char err[PYFMT_ERRSIZE], PyErrKind *kind);

/* ---- repr ----------------------------------------------------------------- */

/* repr(str) for a UTF-8 string: quotes chosen like Python, \\ \' \n \r \t,
   \xHH for other C0 controls and DEL, non-printable code points as \xHH,
   \uHHHH or \UHHHHHHHH, printable ones kept. Each byte that is not part of
   valid UTF-8 becomes \xHH. Without a ustr_ctx, unassigned code points cannot
   be recognised and are kept; with one (pyfmt_repr_str_ctx) the result is
   exact. Allocation failure leaves out->oom set. */
struct ustr_ctx;
void pyfmt_repr_str(const char *s, size_t n, PyBuf *out);
void pyfmt_repr_str_ctx(const struct ustr_ctx *ctx, const char *s, size_t n, PyBuf *out);
/* repr(bytes): b'...' with \t \n \r \\ \xHH escapes and Python's quotes. */
void pyfmt_repr_bytes(const char *s, size_t n, PyBuf *out);

#endif
