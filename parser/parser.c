/* parser.c: recursive-descent parser of the dialect (Python 3.11 grammar
   without type parameters), producing the AST of ast.h.
   Errors stop at the first one: they longjmp back to parse_module. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parseint.h"




enum { CTX_STORE, CTX_DEL, CTX_FOR, CTX_WITH, CTX_COMP };

static Expr *parse_expression(Parser *P);
static Expr *parse_named_expression(Parser *P);
static Expr *parse_star_expressions(Parser *P);
static Expr *parse_disjunction(Parser *P);
static Expr *parse_bitor(Parser *P);
static Expr *parse_factor(Parser *P);
static Expr *parse_primary(Parser *P);
static Expr *parse_atom(Parser *P);
static Expr *parse_yield(Parser *P);
static Params *parse_params(Parser *P, int is_lambda);
static void parse_statement(Parser *P, NodeList *out);
static void parse_simple_stmts(Parser *P, NodeList *out);
static void parse_call_args(Parser *P, Token *open, NodeList *args, NodeList *kws);
static Expr *parse_strings(Parser *P);

/* ------------------------------------------------------------------ */
/* errors */

static void raise_now(Parser *P) { longjmp(*P->jb, 1); }

static void verror(Parser *P, const char *kind, int line, int col, int incomplete,
                   const char *fmt, va_list ap) {
  SyntaxErr *e = P->err;
  char buf[256];
  vsnprintf(buf, sizeof buf, fmt, ap);
  e->kind = kind;
  if (P->in_fstring && strncmp(buf, "f-string", 8) != 0 && strcmp(kind, "SyntaxError") == 0)
    snprintf(e->message, sizeof e->message, "f-string: %.240s", buf);
  else
    snprintf(e->message, sizeof e->message, "%s", buf);
  e->line = line;
  e->col = col < 0 ? 0 : col;
  e->incomplete = incomplete;
  P->lex_failed = 0;
  /* errors in literals are raised as soon as they are seen, as CPython
     does when it builds the literal */
  P->final = P->in_strings > 0;
  raise_now(P);
}

static void error_at(Parser *P, int line, int col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  verror(P, "SyntaxError", line, col, 0, fmt, ap);
  va_end(ap);
}

static void error_kind_at(Parser *P, const char *kind, int line, int col, int incomplete,
                          const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  verror(P, kind, line, col, incomplete, fmt, ap);
  va_end(ap);
}

/* Report the error the lexer recorded. */
static void lexer_error(Parser *P, Lexer *lx) {
  SyntaxErr *e = P->err;
  e->kind = lx->err_kind ? lx->err_kind : "SyntaxError";
  if (P->in_fstring && lx->err_kind && strcmp(lx->err_kind, "SyntaxError") == 0 &&
      strncmp(lx->err_msg, "f-string", 8) != 0)
    snprintf(e->message, sizeof e->message, "f-string: %.240s", lx->err_msg);
  else
    snprintf(e->message, sizeof e->message, "%s", lx->err_kind ? lx->err_msg : "invalid syntax");
  e->line = lx->err_line;
  e->col = lx->err_col;
  e->incomplete = lx->err_incomplete;
  P->lex_failed = 1;
  raise_now(P);
}

static void *xalloc(Parser *P, size_t n) {
  void *p = arena_alloc(P->a, n);
  if (!p) {
    P->oom = 1;
    error_at(P, 0, 0, "out of memory");
  }
  return p;
}

static void push(Parser *P, NodeList *l, void *item) {
  int n = l->len;
  list_push(P->a, l, item);
  if (l->len == n) {
    P->oom = 1;
    error_at(P, 0, 0, "out of memory");
  }
}

/* ------------------------------------------------------------------ */
/* tokens */


static void free_stream(TokStream *ts) {
  size_t i;
  for (i = 0; i < ts->nblocks; i++) free(ts->blocks[i]);
  free(ts->blocks);
  ts->blocks = NULL;
  ts->nblocks = ts->cap = 0;
}

static Token *peek_n(Parser *P, size_t k) {
  TokStream *ts = P->ts;
  while (ts->pos + k >= ts->n) {
    Token t;
    if (ts->n && TOK_AT(ts, ts->n - 1)->type == T_ENDMARKER) return TOK_AT(ts, ts->n - 1);
    t = lex_next(&ts->lx);
    if (t.type == T_ERROR) lexer_error(P, &ts->lx);
    if (ts->n == ts->nblocks * TB_SIZE) {
      Token *b;
      if (ts->nblocks == ts->cap) {
        size_t cap = ts->cap ? ts->cap * 2 : 16;
        Token **nb = realloc(ts->blocks, cap * sizeof *nb);
        if (!nb) {
          P->oom = 1;
          error_at(P, 0, 0, "out of memory");
        }
        ts->blocks = nb;
        ts->cap = cap;
      }
      b = malloc(TB_SIZE * sizeof *b);
      if (!b) {
        P->oom = 1;
        error_at(P, 0, 0, "out of memory");
      }
      ts->blocks[ts->nblocks++] = b;
    }
    *TOK_AT(ts, ts->n) = t;
    ts->n++;
  }
  return TOK_AT(ts, ts->pos + k);
}

static int tt(Parser *P) { return peek_n(P, 0)->type; }
static int tt_n(Parser *P, size_t k) { return peek_n(P, k)->type; }

static Token *advance(Parser *P) {
  Token *t = peek_n(P, 0);
  if (t->type != T_ENDMARKER) P->ts->pos++;
  return t;
}

/* The last consumed token. */
static Token *prev_tok(Parser *P) {
  TokStream *ts = P->ts;
  return TOK_AT(ts, ts->pos ? ts->pos - 1 : 0);
}

static int accept(Parser *P, int type) {
  if (tt(P) == type) {
    advance(P);
    return 1;
  }
  return 0;
}

/* A growable byte buffer in the arena. */
typedef struct {
  char *p;
  size_t len, cap;
} SBuf;

static void sb_reserve(Parser *P, SBuf *b, size_t extra) {
  if (b->len + extra + 1 > b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 64;
    char *np;
    while (cap < b->len + extra + 1) cap *= 2;
    np = xalloc(P, cap);
    if (b->len) memcpy(np, b->p, b->len);
    b->p = np;
    b->cap = cap;
  }
}

static void sb_add(Parser *P, SBuf *b, const char *s, size_t n) {
  sb_reserve(P, b, n);
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = 0;
}

/* NFKC of the code points in identifiers that people actually meet
   (CPython normalizes identifiers with NFKC): fullwidth forms, the micro
   sign, long s, ligatures, ordinal indicators, mathematical letters and
   digits. Returns the replacement text, or NULL to keep the character. */
static const char *nfkc_ident(unsigned cp, char *buf) {
  static const char *const lig[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  if (cp >= 0xFF10 && cp <= 0xFF19) { buf[0] = (char)('0' + cp - 0xFF10); buf[1] = 0; return buf; }
  if (cp >= 0xFF21 && cp <= 0xFF3A) { buf[0] = (char)('A' + cp - 0xFF21); buf[1] = 0; return buf; }
  if (cp >= 0xFF41 && cp <= 0xFF5A) { buf[0] = (char)('a' + cp - 0xFF41); buf[1] = 0; return buf; }
  if (cp == 0xFF3F) return "_";
  if (cp == 0xB5) return "\xCE\xBC"; /* MICRO SIGN -> GREEK SMALL LETTER MU */
  if (cp == 0x17F) return "s";
  if (cp == 0xAA) return "a";
  if (cp == 0xBA) return "o";
  if (cp >= 0xFB00 && cp <= 0xFB06) return lig[cp - 0xFB00];
  if (cp >= 0x1D400 && cp <= 0x1D6A3) {
    unsigned k = (cp - 0x1D400) % 52;
    buf[0] = (char)(k < 26 ? 'A' + k : 'a' + k - 26);
    buf[1] = 0;
    return buf;
  }
  if (cp >= 0x1D7CE && cp <= 0x1D7FF) { buf[0] = (char)('0' + (cp - 0x1D7CE) % 10); buf[1] = 0; return buf; }
  return NULL;
}

/* The text of a token; a NAME is normalized like CPython's identifiers. */
static const char *tok_str(Parser *P, Token *t) {
  const char *s = P->src + t->start;
  size_t n = t->end - t->start, i;
  int ascii = 1;
  if (t->type == T_NAME)
    for (i = 0; i < n; i++)
      if ((unsigned char)s[i] >= 0x80) ascii = 0;
  if (ascii) return arena_strndup(P->a, s, n);
  {
    SBuf b;
    memset(&b, 0, sizeof b);
    for (i = 0; i < n;) {
      unsigned cp = 0;
      char buf[8];
      const char *r;
      int k = lex_utf8_decode((const unsigned char *)s + i, n - i, &cp);
      if (k <= 0) k = 1;
      r = (unsigned char)s[i] >= 0x80 ? nfkc_ident(cp, buf) : NULL;
      if (r) sb_add(P, &b, r, strlen(r));
      else sb_add(P, &b, s + i, (size_t)k);
      i += (size_t)k;
    }
    sb_reserve(P, &b, 0);
    return b.p;
  }
}

/* Only DEDENTs and the end of the input remain: an error here means the
   input merely ended too early (the REPL asks for more). */
static int at_eof(Parser *P) {
  size_t k = 0;
  if (P->in_fstring) return 0;
  while (tt_n(P, k) == T_DEDENT) k++;
  return tt_n(P, k) == T_ENDMARKER;
}

/* The generic error at token t. */
static void syntax_error_at(Parser *P, Token *t) {
  if (t->type == T_INDENT)
    error_kind_at(P, "IndentationError", t->line, t->col - 1, 0, "unexpected indent");
  if (t->type == T_DEDENT)
    error_kind_at(P, "IndentationError", t->line, t->col, at_eof(P), "unexpected unindent");
  if (t->type == T_ENDMARKER) {
    if (P->in_fstring) error_at(P, t->line, t->col, "invalid syntax");
    error_kind_at(P, "SyntaxError", t->line, t->col, 1, "invalid syntax");
  }
  error_at(P, t->line, t->col, "invalid syntax");
}

static void syntax_error(Parser *P) { syntax_error_at(P, TOK); }

static Token *expect(Parser *P, int type) {
  if (tt(P) != type) syntax_error(P);
  return advance(P);
}

/* Expect a token, or fail with "expected 'X'". */
static Token *expect_msg(Parser *P, int type, const char *what) {
  Token *t = TOK;
  if (t->type != type) {
    if (t->type == T_INDENT || t->type == T_DEDENT) syntax_error_at(P, t);
    error_kind_at(P, "SyntaxError", t->line, t->col, at_eof(P),
                  "expected '%s'", what);
  }
  return advance(P);
}

static void enter(Parser *P) {
  if (++P->depth > MAX_DEPTH) {
    Token *t = TOK;
    error_at(P, t->line, t->col, "too many nested parentheses");
  }
}
static void leave(Parser *P) { P->depth--; }

/* ------------------------------------------------------------------ */
/* backtracking: run a parse attempt; on failure restore the position */


static void try_begin(Parser *P, Try *t) {
  t->saved_jb = P->jb;
  t->ts = P->ts;
  t->pos = P->ts->pos;
  t->depth = P->depth;
  t->in_fstring = P->in_fstring;
  t->in_strings = P->in_strings;
  t->err = *P->err;
  P->jb = &t->jb;
}

/* Close sub-streams opened since the try began. */
static void close_streams_to(Parser *P, TokStream *ts) {
  while (P->ts != ts && P->ts != &P->main) {
    TokStream *s = P->ts;
    P->ts = s->prev;
    free_stream(s);
    free(s);
  }
}

static void try_end(Parser *P, Try *t) { P->jb = t->saved_jb; }

/* After a longjmp to t->jb: restore the state. Errors of the lexer and
   out-of-memory are final: they propagate. */
static void try_fail(Parser *P, Try *t) {
  P->jb = t->saved_jb;
  close_streams_to(P, t->ts);
  if (P->lex_failed || P->oom || P->final) raise_now(P);
  P->ts->pos = t->pos;
  P->depth = t->depth;
  P->in_fstring = t->in_fstring;
  P->in_strings = t->in_strings;
  *P->err = t->err;
}

/* ------------------------------------------------------------------ */
/* node constructors */

static Expr *new_expr(Parser *P, ExprKind kind, int line, int col) {
  Expr *e = xalloc(P, sizeof *e);
  e->kind = kind;
  e->line = line;
  e->col = col;
  e->end_line = line;
  e->end_col = col;
  return e;
}

static Expr *expr_at(Parser *P, ExprKind kind, Token *t) {
  Expr *e = new_expr(P, kind, t->line, t->col);
  e->end_line = t->end_line;
  e->end_col = t->end_col;
  return e;
}

/* Set the end of e to the end of the last consumed token. */
static Expr *finish(Parser *P, Expr *e) {
  Token *t = prev_tok(P);
  e->end_line = t->end_line;
  e->end_col = t->end_col;
  return e;
}

static Stmt *new_stmt(Parser *P, StmtKind kind, Token *t) {
  Stmt *s = xalloc(P, sizeof *s);
  s->kind = kind;
  s->line = t->line;
  s->col = t->col;
  s->end_line = t->end_line;
  return s;
}

static void stmt_finish(Parser *P, Stmt *s) { s->end_line = prev_tok(P)->end_line; }

/* Is t the NAME w (a soft keyword)? */
static int tok_is(Parser *P, Token *t, const char *w) {
  size_t n = strlen(w);
  return t->type == T_NAME && t->end - t->start == n && !memcmp(P->src + t->start, w, n);
}

static int body_end(const NodeList *l, int dflt) {
  if (l->len == 0) return dflt;
  return ((Stmt *)l->items[l->len - 1])->end_line;
}

/* ------------------------------------------------------------------ */
/* target validation */

/* CPython's _PyPegen_get_expr_name. */
static const char *expr_name(const Expr *e) {
  switch (e->kind) {
  case E_ATTR: return "attribute";
  case E_SUBSCRIPT: return "subscript";
  case E_STARRED: return "starred";
  case E_NAME: return "name";
  case E_LIST: return "list";
  case E_TUPLE: return "tuple";
  case E_LAMBDA: return "lambda";
  case E_CALL: return "function call";
  case E_BOOLOP: case E_BINOP: case E_UNARY: return "expression";
  case E_GENEXP: return "generator expression";
  case E_YIELD: case E_YIELDFROM: return "yield expression";
  case E_AWAIT: return "await expression";
  case E_LISTCOMP: return "list comprehension";
  case E_SETCOMP: return "set comprehension";
  case E_DICTCOMP: return "dict comprehension";
  case E_DICT: return "dict literal";
  case E_SET: return "set display";
  case E_FSTRING: case E_FORMATTED: return "f-string expression";
  case E_NONE: return "None";
  case E_TRUE: return "True";
  case E_FALSE: return "False";
  case E_ELLIPSIS: return "ellipsis";
  case E_COMPARE: return "comparison";
  case E_IFEXP: return "conditional expression";
  case E_NAMEDEXPR: return "named expression";
  case E_SLICE: return "slice";
  default: return "literal";
  }
}

/* The first sub-expression that cannot be a target, or NULL. */
static const Expr *invalid_target(const Expr *e, int ctx) {
  int i;
  switch (e->kind) {
  case E_NAME: case E_ATTR: case E_SUBSCRIPT:
    return NULL;
  case E_STARRED:
    if (ctx == CTX_DEL) return e;
    return invalid_target(e->u.starred, ctx);
  case E_LIST: case E_TUPLE:
    for (i = 0; i < e->u.elts.len; i++) {
      const Expr *r = invalid_target(e->u.elts.items[i], ctx);
      if (r) return r;
    }
    return NULL;
  case E_COMPARE:
    /* "for x in y" parsed as a comparison: point at its left side */
    if (ctx == CTX_FOR && e->u.cmp.ops[0] == CMP_IN) return invalid_target(e->u.cmp.left, ctx);
    return e;
  default:
    return e;
  }
}

/* At most one starred target per list or tuple (CPython's compiler). */
static void check_stars(Parser *P, const Expr *e) {
  int i, n = 0;
  if (e->kind == E_STARRED) {
    check_stars(P, e->u.starred);
    return;
  }
  if (e->kind != E_LIST && e->kind != E_TUPLE) return;
  for (i = 0; i < e->u.elts.len; i++) {
    const Expr *x = e->u.elts.items[i];
    if (x->kind == E_STARRED && ++n > 1)
      error_at(P, e->line, e->col, "multiple starred expressions in assignment");
    check_stars(P, x);
  }
}

static void check_target(Parser *P, Expr *e, int ctx, int maybe_eq) {
  const Expr *bad = invalid_target(e, ctx);
  if (!bad && ctx != CTX_DEL) check_stars(P, e);
  if (!bad) {
    /* a starred target is only allowed inside a list or tuple */
    if (e->kind == E_STARRED && ctx != CTX_DEL)
      error_at(P, e->line, e->col, "starred assignment target must be in a list or tuple");
    return;
  }
  if (ctx == CTX_DEL)
    error_at(P, bad->line, bad->col, "cannot delete %s", expr_name(bad));
  if (maybe_eq && bad == e && bad->kind != E_TUPLE && bad->kind != E_LIST &&
      bad->kind != E_GENEXP && bad->kind != E_TRUE && bad->kind != E_FALSE &&
      bad->kind != E_NONE && bad->kind != E_YIELD && bad->kind != E_YIELDFROM &&
      bad->kind != E_STARRED &&
      (maybe_eq == 2 || !(bad->kind == E_COMPARE || bad->kind == E_IFEXP || bad->kind == E_LAMBDA ||
                          bad->kind == E_BOOLOP || (bad->kind == E_UNARY && bad->u.unary.op == U_NOT))))
    error_at(P, bad->line, bad->col,
             "cannot assign to %s here. Maybe you meant '==' instead of '='?", expr_name(bad));
  if (bad->kind == E_YIELD || bad->kind == E_YIELDFROM)
    error_at(P, bad->line, bad->col, "assignment to yield expression not possible");
  error_at(P, bad->line, bad->col, "cannot assign to %s", expr_name(bad));
}

/* ------------------------------------------------------------------ */
/* literals */

static Expr *parse_number(Parser *P, Token *t) {
  const char *s = P->src + t->start;
  size_t n = t->end - t->start, i, k = 0;
  char *buf = xalloc(P, n + 1);
  Expr *e;
  for (i = 0; i < n; i++)
    if (s[i] != '_') buf[k++] = s[i];
  buf[k] = 0;
  if (k && (buf[k - 1] == 'j' || buf[k - 1] == 'J')) {
    buf[k - 1] = 0;
    e = expr_at(P, E_IMAG, t);
    e->u.fval = strtod(buf, NULL);
    return e;
  }
  if (k > 1 && buf[0] == '0' && strchr("xXoObB", buf[1])) {
    int base = (buf[1] == 'x' || buf[1] == 'X') ? 16 : (buf[1] == 'o' || buf[1] == 'O') ? 8 : 2;
    uint64_t v = 0;
    int big = 0;
    for (i = 2; i < k; i++) {
      int c = buf[i], d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
      if (v > (UINT64_MAX - (uint64_t)d) / (uint64_t)base) { big = 1; break; }
      v = v * (uint64_t)base + (uint64_t)d;
    }
    e = expr_at(P, E_INT, t);
    if (big || v > (uint64_t)INT64_MAX) {
      e->int_is_big = 1;
      e->u.str.s = buf;
      e->u.str.len = k;
    } else {
      e->u.ival = (int64_t)v;
    }
    return e;
  }
  if (strpbrk(buf, ".eE")) {
    e = expr_at(P, E_FLOAT, t);
    e->u.fval = strtod(buf, NULL);
    return e;
  }
  {
    uint64_t v = 0;
    int big = 0;
    for (i = 0; i < k; i++) {
      int d = buf[i] - '0';
      if (v > (UINT64_MAX - (uint64_t)d) / 10) { big = 1; break; }
      v = v * 10 + (uint64_t)d;
    }
    e = expr_at(P, E_INT, t);
    if (big || v > (uint64_t)INT64_MAX) {
      e->int_is_big = 1;
      e->u.str.s = buf;
      e->u.str.len = k;
    } else {
      e->u.ival = (int64_t)v;
    }
    return e;
  }
}

static void sb_utf8(Parser *P, SBuf *b, unsigned cp) {
  char u[4];
  size_t n;
  if (cp < 0x80) { u[0] = (char)cp; n = 1; }
  else if (cp < 0x800) { u[0] = (char)(0xC0 | (cp >> 6)); u[1] = (char)(0x80 | (cp & 0x3F)); n = 2; }
  else if (cp < 0x10000) {
    u[0] = (char)(0xE0 | (cp >> 12)); u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    u[2] = (char)(0x80 | (cp & 0x3F)); n = 3;
  } else {
    u[0] = (char)(0xF0 | (cp >> 18)); u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    u[2] = (char)(0x80 | ((cp >> 6) & 0x3F)); u[3] = (char)(0x80 | (cp & 0x3F)); n = 4;
  }
  sb_add(P, b, u, n);
}

static int hexval(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

/* Where a string token's parts are: prefix flags, body range. */
typedef struct {
  int is_bytes, is_raw, is_f;
  size_t body, body_end; /* offsets of the text between the quotes */
  int quote_len;
} StrInfo;

static void str_info(Parser *P, Token *t, StrInfo *si) {
  size_t i = t->start;
  memset(si, 0, sizeof *si);
  for (;; i++) {
    int c = P->src[i] | 0x20;
    if (c == 'b') si->is_bytes = 1;
    else if (c == 'r') si->is_raw = 1;
    else if (c == 'f') si->is_f = 1;
    else if (c == 'u') ;
    else break;
  }
  si->quote_len = (t->end - i >= 6 && P->src[i + 1] == P->src[i] && P->src[i + 2] == P->src[i]) ? 3 : 1;
  si->body = i + (size_t)si->quote_len;
  si->body_end = t->end - (size_t)si->quote_len;
}

/* Line/column of byte offset off, given a known position (line, line_start)
   at or before it. */
typedef struct {
  int line;
  size_t line_start;
} Pos;

static void pos_advance(Parser *P, Pos *p, size_t from, size_t to) {
  size_t i;
  for (i = from; i < to; i++)
    if (P->src[i] == '\n') {
      p->line++;
      p->line_start = i + 1;
    }
}

/* Decode the escapes of src[i..end) into b (CPython's rules for str or
   bytes). `t` is the token (for error positions). */
static void decode_escapes(Parser *P, SBuf *b, size_t i, size_t end, int is_bytes, int is_raw,
                           Token *t) {
  const char *s = P->src;
  sb_reserve(P, b, end - i);
  while (i < end) {
    size_t j = i;
    unsigned char c;
    while (j < end && s[j] != '\\') j++;
    if (j > i) {
      if (is_bytes) {
        size_t k;
        for (k = i; k < j; k++)
          if ((unsigned char)s[k] >= 0x80)
            error_at(P, t->line, t->col, "bytes can only contain ASCII literal characters");
      }
      sb_add(P, b, s + i, j - i);
      i = j;
      continue;
    }
    /* a backslash */
    if (is_raw || i + 1 >= end) {
      /* raw: the backslash and the next character stay */
      size_t n = i + 1 < end ? 2 : 1;
      if (is_bytes && n == 2 && (unsigned char)s[i + 1] >= 0x80)
        error_at(P, t->line, t->col, "bytes can only contain ASCII literal characters");
      sb_add(P, b, s + i, n);
      i += n;
      continue;
    }
    c = (unsigned char)s[i + 1];
    i += 2;
    switch (c) {
    case '\n': break;
    case '\\': sb_add(P, b, "\\", 1); break;
    case '\'': sb_add(P, b, "'", 1); break;
    case '"': sb_add(P, b, "\"", 1); break;
    case 'a': sb_add(P, b, "\a", 1); break;
    case 'b': sb_add(P, b, "\b", 1); break;
    case 'f': sb_add(P, b, "\f", 1); break;
    case 'n': sb_add(P, b, "\n", 1); break;
    case 'r': sb_add(P, b, "\r", 1); break;
    case 't': sb_add(P, b, "\t", 1); break;
    case 'v': sb_add(P, b, "\v", 1); break;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      unsigned v = c - '0';
      int k;
      for (k = 0; k < 2 && i < end && s[i] >= '0' && s[i] <= '7'; k++) v = v * 8 + (unsigned)(s[i++] - '0');
      if (is_bytes) {
        char ch = (char)(v & 0xFF);
        sb_add(P, b, &ch, 1);
      } else {
        sb_utf8(P, b, v);
      }
      break;
    }
    case 'x': case 'u': case 'U': {
      int nd = c == 'x' ? 2 : c == 'u' ? 4 : 8, k;
      unsigned v = 0;
      if (is_bytes && c != 'x') {
        sb_add(P, b, s + i - 2, 2);
        break;
      }
      for (k = 0; k < nd; k++) {
        int h = i + (size_t)k < end ? hexval((unsigned char)s[i + (size_t)k]) : -1;
        if (h < 0) {
          error_at(P, t->line, t->col,
                   "(%s error) '%s' codec can't decode bytes in position %d-%d: truncated %s escape",
                   is_bytes ? "value" : "unicode", is_bytes ? "bytes" : "unicodeescape",
                   0, k + 1, c == 'x' ? "\\xXX" : c == 'u' ? "\\uXXXX" : "\\UXXXXXXXX");
        }
        v = v * 16 + (unsigned)h;
      }
      i += (size_t)nd;
      if (is_bytes) {
        char ch = (char)v;
        sb_add(P, b, &ch, 1);
      } else {
        if (v > 0x10FFFF)
          error_at(P, t->line, t->col,
                   "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: "
                   "illegal Unicode character");
        sb_utf8(P, b, v);
      }
      break;
    }
    case 'N':
      if (!is_bytes) {
        /* \N{NAME} */
        size_t k = i;
        unsigned cp = 0;
        if (i < end && s[i] == '{') {
          while (k < end && s[k] != '}') k++;
          if (k < end && k > i + 1) {
            if (!lex_unicode_lookup(s + i + 1, k - i - 1, &cp))
              error_at(P, t->line, t->col,
                       "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-%d: "
                       "unknown Unicode character name", (int)(k - i + 2));
            sb_utf8(P, b, cp);
            i = k + 1;
            break;
          }
        }
        error_at(P, t->line, t->col,
                 "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-%d: "
                 "malformed \\N character escape", (int)(k - i + 1));
      }
      /* fall through */
    default:
      /* unknown escape: kept as backslash + character */
      if (is_bytes && c >= 0x80)
        error_at(P, t->line, t->col, "bytes can only contain ASCII literal characters");
      sb_add(P, b, s + i - 2, 2);
      break;
    }
  }
}

/* Parsing f-strings */

/* Parse the text src[start..end) as an f-string replacement field
   expression, lexed with a sub-lexer at its absolute position. */
static Expr *parse_fstring_expr(Parser *P, size_t start, size_t end, Pos pos) {
  TokStream *sub;
  Expr *e;
  size_t i;
  int only_space = 1;
  for (i = start; i < end; i++)
    if (!strchr(" \t\n\r\f\v", P->src[i])) only_space = 0;
  if (only_space) {
    int col;
    pos_advance(P, &pos, start, end);
    col = (int)(end - pos.line_start);
    error_at(P, pos.line, col, "f-string: empty expression not allowed");
  }
  /* on the heap: after an error longjmps out, close_streams_to frees it */
  sub = calloc(1, sizeof *sub);
  if (!sub) {
    P->oom = 1;
    error_at(P, 0, 0, "out of memory");
  }
  lex_init_sub(&sub->lx, P->src, start, end, pos.line, pos.line_start);
  sub->prev = P->ts;
  P->ts = sub;
  P->in_fstring++;
  enter(P);
  if (tt(P) == K_YIELD) {
    e = parse_yield(P);
  } else {
    Token *first = TOK;
    e = parse_star_expressions(P);
    if (tt(P) == T_COLONEQUAL && e->kind == E_NAME && first->type == T_NAME) {
      /* impossible: ':' ends the field; kept for safety */
      syntax_error(P);
    }
  }
  if (tt(P) != T_ENDMARKER) {
    Token *t = TOK;
    if (t->type == T_NAME || t->type == T_NUMBER || t->type == T_STRING || t->type == T_LPAR ||
        t->type == T_LSQB || t->type == T_LBRACE)
      error_at(P, e->line, e->col, "invalid syntax. Perhaps you forgot a comma?");
    syntax_error_at(P, t);
  }
  leave(P);
  P->in_fstring--;
  P->ts = sub->prev;
  free_stream(sub);
  free(sub);
  return e;
}

static void flush_literal(Parser *P, NodeList *parts, SBuf *lit, Token *first, Token *last) {
  Expr *s;
  if (lit->len == 0) return;
  s = expr_at(P, E_STR, first);
  s->end_line = last->end_line;
  s->end_col = last->end_col;
  s->u.str.s = lit->p;
  s->u.str.len = lit->len;
  push(P, parts, s);
  memset(lit, 0, sizeof *lit);
}

/* Parse f-string body text src[*ip..end) at nesting level `lvl` (0: the
   string itself, 1: a format spec), appending E_STR and E_FORMATTED parts.
   At level 1 it stops at the '}' that closes the field. */
static void parse_fstring_body(Parser *P, size_t *ip, size_t end, Pos *pos, int lvl, StrInfo *si,
                               Token *first, Token *last, Token *t, NodeList *parts, SBuf *lit) {
  const char *s = P->src;
  size_t i = *ip;
  while (i < end) {
    /* literal text up to a brace */
    size_t j = i;
    while (j < end) {
      char c = s[j];
      if (c == '\\' && !si->is_raw && j + 1 < end) {
        if (s[j + 1] == 'N' && j + 2 < end && s[j + 2] == '{') {
          j += 3;
          while (j < end && s[j] != '}') j++;
          if (j < end) j++;
          continue;
        }
        if (s[j + 1] == '{' || s[j + 1] == '}') { j++; break; }
        j += 2;
        continue;
      }
      if (c == '{' || c == '}') break;
      j++;
    }
    if (j > i) {
      pos_advance(P, pos, i, j);
      decode_escapes(P, lit, i, j, 0, si->is_raw, t);
      i = j;
    }
    if (i >= end) break;
    if (s[i] == '}') {
      if (lvl > 0) break;
      if (i + 1 < end && s[i + 1] == '}') {
        sb_add(P, lit, "}", 1);
        i += 2;
        continue;
      }
      error_at(P, pos->line, (int)(i - pos->line_start), "f-string: single '}' is not allowed");
    }
    /* s[i] == '{' */
    if (lvl == 0 && i + 1 < end && s[i + 1] == '{') {
      sb_add(P, lit, "{", 1);
      i += 2;
      continue;
    }
    if (lvl >= 2)
      error_at(P, pos->line, (int)(i - pos->line_start), "f-string: expressions nested too deeply");
    {
      /* a replacement field */
      size_t estart = ++i, eend;
      int depth = 0, quote = 0, triple = 0;
      char stack[200];
      Pos epos = *pos;
      Expr *fe, *value;
      const char *debug = NULL;
      int conv = 0;
      Expr *spec = NULL;
      while (i < end) {
        char c = s[i];
        if (c == '\\')
          error_at(P, pos->line, (int)(i - pos->line_start),
                   "f-string expression part cannot include a backslash");
        if (quote) {
          if (c == quote) {
            if (triple) {
              if (i + 2 < end && s[i + 1] == c && s[i + 2] == c) {
                i += 3;
                quote = 0;
                continue;
              }
            } else {
              quote = 0;
            }
          }
          if (c == '\n') pos_advance(P, pos, i, i + 1);
          i++;
          continue;
        }
        if (c == '\'' || c == '"') {
          if (i + 2 < end && s[i + 1] == c && s[i + 2] == c) {
            triple = 1;
            i += 3;
          } else {
            triple = 0;
            i++;
          }
          quote = c;
          continue;
        }
        if (c == '[' || c == '{' || c == '(') {
          if (depth >= 200)
            error_at(P, pos->line, (int)(i - pos->line_start), "f-string: too many nested parenthesis");
          stack[depth++] = c;
          i++;
          continue;
        }
        if (c == '#')
          error_at(P, pos->line, (int)(i - pos->line_start),
                   "f-string expression part cannot include '#'");
        if (depth == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<')) {
          if (i + 1 < end) {
            char nx = s[i + 1];
            if ((c == '!' && nx == '=') || (c == '=' && nx == '=') || (c == '<' && nx == '=') ||
                (c == '>' && nx == '=')) {
              i += 2;
              continue;
            }
          }
          if (c == '>' || c == '<') {
            i++;
            continue;
          }
          break;
        }
        if (c == ']' || c == '}' || c == ')') {
          char open;
          if (depth == 0)
            error_at(P, pos->line, (int)(i - pos->line_start), "f-string: unmatched '%c'", c);
          open = stack[--depth];
          if (!((open == '(' && c == ')') || (open == '[' && c == ']') || (open == '{' && c == '}')))
            error_at(P, pos->line, (int)(i - pos->line_start),
                     "f-string: closing parenthesis '%c' does not match opening parenthesis '%c'",
                     c, open);
        }
        if (c == '\n') pos_advance(P, pos, i, i + 1);
        i++;
      }
      eend = i;
      if (quote) error_at(P, pos->line, (int)(i - pos->line_start), "f-string: unterminated string");
      if (depth) error_at(P, pos->line, (int)(i - pos->line_start), "f-string: unmatched '%c'", stack[depth - 1]);
      if (i >= end) error_at(P, pos->line, (int)(i - pos->line_start), "f-string: expecting '}'");
      value = parse_fstring_expr(P, estart, eend, epos);
      if (s[i] == '=') {
        i++;
        while (i < end && strchr(" \t\n\r\f\v", s[i])) {
          pos_advance(P, pos, i, i + 1);
          i++;
        }
        if (i >= end) error_at(P, pos->line, (int)(i - pos->line_start), "f-string: expecting '}'");
        debug = arena_strndup(P->a, s + estart, i - estart);
      }
      if (s[i] == '!') {
        i++;
        if (i >= end) error_at(P, pos->line, (int)(i - pos->line_start), "f-string: expecting '}'");
        conv = (unsigned char)s[i];
        i++;
        if (conv != 's' && conv != 'r' && conv != 'a')
          error_at(P, pos->line, (int)(i - 1 - pos->line_start),
                   "f-string: invalid conversion character: expected 's', 'r', or 'a'");
      }
      if (i < end && s[i] == ':') {
        NodeList sparts;
        SBuf slit;
        i++;
        if (i >= end) error_at(P, pos->line, (int)(i - pos->line_start), "f-string: expecting '}'");
        memset(&sparts, 0, sizeof sparts);
        memset(&slit, 0, sizeof slit);
        enter(P);
        parse_fstring_body(P, &i, end, pos, lvl + 1, si, first, last, t, &sparts, &slit);
        leave(P);
        flush_literal(P, &sparts, &slit, first, last);
        spec = expr_at(P, E_FSTRING, first);
        spec->end_line = last->end_line;
        spec->end_col = last->end_col;
        spec->u.parts = sparts;
      }
      if (i >= end || s[i] != '}')
        error_at(P, pos->line, (int)(i - pos->line_start), "f-string: expecting '}'");
      i++;
      if (debug) {
        sb_add(P, lit, debug, strlen(debug));
        if (!conv && !spec) conv = 'r';
      }
      flush_literal(P, parts, lit, first, last);
      fe = expr_at(P, E_FORMATTED, first);
      fe->end_line = last->end_line;
      fe->end_col = last->end_col;
      fe->u.fmt.value = value;
      fe->u.fmt.conversion = conv;
      fe->u.fmt.spec = spec;
      fe->u.fmt.debug_text = debug;
      /* the debug text is carried by debug_text, not by a literal part */
      if (debug) {
        /* remove the text just flushed: it is the debug text */
        Expr *lastp = parts->len ? parts->items[parts->len - 1] : NULL;
        size_t dl = strlen(debug);
        if (lastp && lastp->kind == E_STR && lastp->u.str.len >= dl) {
          lastp->u.str.len -= dl;
          if (lastp->u.str.len == 0) parts->len--;
        }
      }
      push(P, parts, fe);
    }
  }
  *ip = i;
}

/* One or more adjacent string literals. */
static Expr *parse_strings_inner(Parser *P);
static Expr *parse_strings(Parser *P) {
  Expr *e;
  P->in_strings++;
  e = parse_strings_inner(P);
  P->in_strings--;
  return e;
}

static Expr *parse_strings_inner(Parser *P) {
  size_t first_i = P->ts->pos, n = 0, k;
  int any_f = 0, any_bytes = 0, any_str = 0;
  Token *first, *last;
  Expr *e;
  while (tt_n(P, n) == T_STRING) {
    StrInfo si;
    str_info(P, peek_n(P, n), &si);
    if (si.is_f) any_f = 1;
    if (si.is_bytes) any_bytes = 1;
    else any_str = 1;
    n++;
  }
  first = TOK_AT(P->ts, first_i);
  last = TOK_AT(P->ts, first_i + n - 1);
  if (any_bytes && any_str) error_at(P, first->line, first->col, "cannot mix bytes and nonbytes literals");
  if (!any_f) {
    SBuf b;
    memset(&b, 0, sizeof b);
    for (k = 0; k < n; k++) {
      Token *t = TOK_AT(P->ts, first_i + k);
      StrInfo si;
      str_info(P, t, &si);
      decode_escapes(P, &b, si.body, si.body_end, si.is_bytes, si.is_raw, t);
    }
    sb_reserve(P, &b, 0);
    e = new_expr(P, any_bytes ? E_BYTES : E_STR, first->line, first->col);
    e->end_line = last->end_line;
    e->end_col = last->end_col;
    e->u.str.s = b.p;
    e->u.str.len = b.len;
    P->ts->pos = first_i + n;
    return e;
  } else {
    NodeList parts;
    SBuf lit;
    memset(&parts, 0, sizeof parts);
    memset(&lit, 0, sizeof lit);
    for (k = 0; k < n; k++) {
      Token *t = TOK_AT(P->ts, first_i + k);
      StrInfo si;
      str_info(P, t, &si);
      if (!si.is_f) {
        decode_escapes(P, &lit, si.body, si.body_end, 0, si.is_raw, t);
      } else {
        Pos pos;
        size_t i = si.body;
        pos.line = t->line;
        pos.line_start = t->start - (size_t)t->col;
        pos_advance(P, &pos, t->start, si.body);
        parse_fstring_body(P, &i, si.body_end, &pos, 0, &si, first, last, t, &parts, &lit);
      }
      /* the sub-parser may have moved the token buffer: re-derive */
      first = TOK_AT(P->ts, first_i);
      last = TOK_AT(P->ts, first_i + n - 1);
    }
    flush_literal(P, &parts, &lit, first, last);
    e = new_expr(P, E_FSTRING, first->line, first->col);
    e->end_line = last->end_line;
    e->end_col = last->end_col;
    e->u.parts = parts;
    P->ts->pos = first_i + n;
    return e;
  }
}

/* ------------------------------------------------------------------ */
/* expressions */

static int starts_expression(int t) {
  switch (t) {
  case T_NAME: case T_NUMBER: case T_STRING: case T_LPAR: case T_LSQB: case T_LBRACE:
  case T_MINUS: case T_PLUS: case T_TILDE: case K_NOT: case K_LAMBDA: case K_AWAIT:
  case K_NONE: case K_TRUE: case K_FALSE: case T_ELLIPSIS:
    return 1;
  default:
    return 0;
  }
}

/* for/if clauses of a comprehension, after its element. */
static void parse_comp_clauses(Parser *P, NodeList *gens) {
  while (tt(P) == K_FOR || (tt(P) == K_ASYNC && tt_n(P, 1) == K_FOR)) {
    Comprehension *c = xalloc(P, sizeof *c);
    if (accept(P, K_ASYNC)) c->is_async = 1;
    advance(P); /* for */
    {
      /* star_targets: a list of targets up to 'in' */
      Token *st = TOK;
      Expr *first = NULL, *t;
      NodeList elts;
      int comma = 0;
      memset(&elts, 0, sizeof elts);
      for (;;) {
        if (tt(P) == T_STAR) {
          Token *s = advance(P);
          Expr *v = parse_bitor(P);
          t = new_expr(P, E_STARRED, s->line, s->col);
          t->u.starred = v;
          finish(P, t);
        } else {
          t = parse_bitor(P);
        }
        if (!first) first = t;
        push(P, &elts, t);
        if (tt(P) != T_COMMA) break;
        advance(P);
        comma = 1;
        if (tt(P) == K_IN) break;
      }
      if (comma) {
        t = new_expr(P, E_TUPLE, st->line, st->col);
        t->u.elts = elts;
        finish(P, t);
      } else {
        t = first;
      }
      if (tt(P) != K_IN) {
        Token *cur = TOK;
        /* "for x y in": report like CPython */
        if (cur->type == T_RPAR || cur->type == T_RSQB || cur->type == T_RBRACE || cur->type == T_ENDMARKER)
          syntax_error(P);
        syntax_error(P);
      }
      check_target(P, t, CTX_COMP, 0);
      c->target = t;
    }
    advance(P); /* in */
    c->iter = parse_disjunction(P);
    while (tt(P) == K_IF) {
      advance(P);
      push(P, &c->ifs, parse_disjunction(P));
    }
    push(P, gens, c);
  }
}

static int at_comp_for(Parser *P) {
  return tt(P) == K_FOR || (tt(P) == K_ASYNC && tt_n(P, 1) == K_FOR);
}

static Expr *parse_yield(Parser *P) {
  Token *y = advance(P); /* yield */
  Expr *e;
  if (accept(P, K_FROM)) {
    e = new_expr(P, E_YIELDFROM, y->line, y->col);
    e->u.value = parse_expression(P);
    return finish(P, e);
  }
  e = new_expr(P, E_YIELD, y->line, y->col);
  if (starts_expression(tt(P)) || tt(P) == T_STAR) e->u.value = parse_star_expressions(P);
  return finish(P, e);
}

/* star_named_expression: '*' bitwise_or | named_expression */
static Expr *parse_star_named(Parser *P) {
  if (tt(P) == T_STAR) {
    Token *s = advance(P);
    Expr *v = parse_bitor(P);
    Expr *e = new_expr(P, E_STARRED, s->line, s->col);
    e->u.starred = v;
    finish(P, e);
    return e;
  }
  return parse_named_expression(P);
}

/* star_expression: '*' bitwise_or | expression */
static Expr *parse_star_expr(Parser *P) {
  if (tt(P) == T_STAR) {
    Token *s = advance(P);
    Expr *v = parse_bitor(P);
    Expr *e = new_expr(P, E_STARRED, s->line, s->col);
    e->u.starred = v;
    finish(P, e);
    return e;
  }
  return parse_expression(P);
}

/* After an element inside brackets: the element is followed by something
   that is neither a separator nor the closing bracket. */
static void element_error(Parser *P, Expr *elt) {
  Token *t = TOK;
  if (t->type == T_STRING) {
    /* CPython builds the literal while looking for alternatives: errors in
       it come first */
    size_t pos = P->ts->pos;
    parse_strings(P);
    P->ts->pos = pos;
    t = TOK;
  }
  if (t->level > 0 && starts_expression(t->type) && elt &&
      !(elt->kind == E_NAME && t->type == T_STRING) && t->type != K_NOT) {
    /* CPython: invalid syntax. Perhaps you forgot a comma? when the rest
       parses as an expression */
    Try tr;
    volatile int ok = 0;
    try_begin(P, &tr);
    if (!setjmp(tr.jb)) {
      parse_expression(P);
      ok = 1;
      try_end(P, &tr);
    } else {
      try_fail(P, &tr);
    }
    P->ts->pos = tr.pos;
    if (ok && elt->kind != E_STARRED)
      error_at(P, elt->line, elt->col, "invalid syntax. Perhaps you forgot a comma?");
  }
  syntax_error(P);
}

/* star_expressions: a tuple when there is a comma. */
static Expr *parse_star_expressions(Parser *P) {
  Token *st = TOK;
  Expr *e = parse_star_expr(P);
  Expr *t;
  if (tt(P) != T_COMMA) return e;
  t = new_expr(P, E_TUPLE, st->line, st->col);
  push(P, &t->u.elts, e);
  while (accept(P, T_COMMA)) {
    if (!(starts_expression(tt(P)) || tt(P) == T_STAR)) break;
    push(P, &t->u.elts, parse_star_expr(P));
  }
  return finish(P, t);
}

/* named_expression: NAME ':=' expression | expression */
static Expr *parse_named_expression(Parser *P) {
  Expr *e = parse_expression(P);
  if (tt(P) == T_COLONEQUAL) {
    Expr *n;
    if (e->kind != E_NAME)
      error_at(P, e->line, e->col, "cannot use assignment expressions with %s", expr_name(e));
    advance(P);
    n = new_expr(P, E_NAMEDEXPR, e->line, e->col);
    n->u.named.target = e;
    n->u.named.value = parse_expression(P);
    return finish(P, n);
  }
  return e;
}

static Expr *parse_lambda(Parser *P) {
  Token *l = advance(P);
  Expr *e = new_expr(P, E_LAMBDA, l->line, l->col);
  enter(P);
  e->u.lambda.params = parse_params(P, 1);
  expect_msg(P, T_COLON, ":");
  e->u.lambda.body = parse_expression(P);
  leave(P);
  return finish(P, e);
}

/* expression: disjunction ['if' disjunction 'else' expression] | lambdef */
static Expr *parse_expression(Parser *P) {
  Expr *e, *r;
  Token *st;
  if (tt(P) == K_LAMBDA) return parse_lambda(P);
  enter(P);
  st = TOK;
  e = parse_disjunction(P);
  if (tt(P) == K_IF) {
    advance(P);
    r = new_expr(P, E_IFEXP, st->line, st->col);
    r->u.ifexp.body = e;
    r->u.ifexp.test = parse_disjunction(P);
    if (tt(P) != K_ELSE) error_at(P, e->line, e->col, "expected 'else' after 'if' expression");
    advance(P);
    r->u.ifexp.orelse = parse_expression(P);
    e = finish(P, r);
  }
  leave(P);
  return e;
}

static Expr *parse_inversion(Parser *P);

static Expr *parse_boolop(Parser *P, int is_and) {
  Token *st = TOK;
  Expr *e = is_and ? parse_inversion(P) : parse_boolop(P, 1);
  Expr *b;
  int op = is_and ? K_AND : K_OR;
  if (tt(P) != op) return e;
  b = new_expr(P, E_BOOLOP, st->line, st->col);
  b->u.boolop.is_and = is_and;
  push(P, &b->u.boolop.values, e);
  while (accept(P, op)) push(P, &b->u.boolop.values, is_and ? parse_inversion(P) : parse_boolop(P, 1));
  return finish(P, b);
}

static Expr *parse_disjunction(Parser *P) { return parse_boolop(P, 0); }

static Expr *parse_comparison(Parser *P);

static Expr *parse_inversion(Parser *P) {
  if (tt(P) == K_NOT) {
    Token *n = advance(P);
    Expr *e = new_expr(P, E_UNARY, n->line, n->col);
    enter(P);
    e->u.unary.op = U_NOT;
    e->u.unary.operand = parse_inversion(P);
    leave(P);
    return finish(P, e);
  }
  return parse_comparison(P);
}

static int cmp_op(Parser *P, int *ntok) {
  *ntok = 1;
  switch (tt(P)) {
  case T_EQEQUAL: return CMP_EQ;
  case T_NOTEQUAL: return CMP_NE;
  case T_LESS: return CMP_LT;
  case T_LESSEQUAL: return CMP_LE;
  case T_GREATER: return CMP_GT;
  case T_GREATEREQUAL: return CMP_GE;
  case K_IN: return CMP_IN;
  case K_IS:
    if (tt_n(P, 1) == K_NOT) { *ntok = 2; return CMP_ISNOT; }
    return CMP_IS;
  case K_NOT:
    if (tt_n(P, 1) == K_IN) { *ntok = 2; return CMP_NOTIN; }
    return -1;
  default: return -1;
  }
}

static Expr *parse_comparison(Parser *P) {
  Token *st = TOK;
  Expr *e = parse_bitor(P), *c;
  int op, ntok, cap = 0, n = 0;
  if (cmp_op(P, &ntok) < 0) return e;
  c = new_expr(P, E_COMPARE, st->line, st->col);
  c->u.cmp.left = e;
  while ((op = cmp_op(P, &ntok)) >= 0) {
    if (n == cap) {
      int ncap = cap ? cap * 2 : 4;
      CmpOp *ops = xalloc(P, (size_t)ncap * sizeof *ops);
      Expr **cs = xalloc(P, (size_t)ncap * sizeof *cs);
      if (n) {
        memcpy(ops, c->u.cmp.ops, (size_t)n * sizeof *ops);
        memcpy(cs, c->u.cmp.comparators, (size_t)n * sizeof *cs);
      }
      c->u.cmp.ops = ops;
      c->u.cmp.comparators = cs;
      cap = ncap;
    }
    advance(P);
    if (ntok == 2) advance(P);
    c->u.cmp.ops[n] = (CmpOp)op;
    c->u.cmp.comparators[n] = parse_bitor(P);
    n++;
    c->u.cmp.n = n;
  }
  return finish(P, c);
}

/* Binary operator at the current token: precedence (1..6) and op. */
static int bin_prec(int t, BinOp *op) {
  switch (t) {
  case T_VBAR: *op = OP_BITOR; return 1;
  case T_CIRCUMFLEX: *op = OP_BITXOR; return 2;
  case T_AMPER: *op = OP_BITAND; return 3;
  case T_LEFTSHIFT: *op = OP_LSHIFT; return 4;
  case T_RIGHTSHIFT: *op = OP_RSHIFT; return 4;
  case T_PLUS: *op = OP_ADD; return 5;
  case T_MINUS: *op = OP_SUB; return 5;
  case T_STAR: *op = OP_MUL; return 6;
  case T_SLASH: *op = OP_DIV; return 6;
  case T_DOUBLESLASH: *op = OP_FLOORDIV; return 6;
  case T_PERCENT: *op = OP_MOD; return 6;
  case T_AT: *op = OP_MATMUL; return 6;
  default: return 0;
  }
}

/* bitwise_or .. term, by operator precedence, without recursion. Each
   value on the stack keeps the start of its first token (a parenthesized
   operand starts at its '(') and the end of its last token. */
typedef struct {
  Expr *e;
  int line, col, end_line, end_col;
} Operand;

static void reduce(Parser *P, Operand *vals, int *nv, BinOp op) {
  Operand r = vals[--*nv], l = vals[--*nv];
  Expr *b = new_expr(P, E_BINOP, l.line, l.col);
  b->u.bin.op = op;
  b->u.bin.left = l.e;
  b->u.bin.right = r.e;
  b->end_line = r.end_line;
  b->end_col = r.end_col;
  l.e = b;
  l.end_line = r.end_line;
  l.end_col = r.end_col;
  vals[(*nv)++] = l;
}

static void operand(Parser *P, Operand *o) {
  Token *st = TOK, *en;
  o->e = parse_factor(P);
  en = prev_tok(P);
  o->line = st->line;
  o->col = st->col;
  o->end_line = en->end_line;
  o->end_col = en->end_col;
}

static Expr *parse_bitor(Parser *P) {
  Operand vals[8];
  BinOp ops[8];
  int precs[8], nv = 0, no = 0, p;
  BinOp op;
  operand(P, &vals[nv++]);
  while ((p = bin_prec(tt(P), &op)) > 0) {
    while (no > 0 && precs[no - 1] >= p) {
      no--;
      reduce(P, vals, &nv, ops[no]);
    }
    advance(P);
    ops[no] = op;
    precs[no++] = p;
    operand(P, &vals[nv++]);
  }
  while (no > 0) {
    no--;
    reduce(P, vals, &nv, ops[no]);
  }
  return vals[0].e;
}

/* factor: ('+' | '-' | '~') factor | power */
static Expr *parse_factor(Parser *P) {
  int t = tt(P);
  if (t == T_PLUS || t == T_MINUS || t == T_TILDE) {
    Token *o = advance(P);
    Expr *e = new_expr(P, E_UNARY, o->line, o->col);
    enter(P);
    e->u.unary.op = t == T_PLUS ? U_POS : t == T_MINUS ? U_NEG : U_INVERT;
    e->u.unary.operand = parse_factor(P);
    leave(P);
    return finish(P, e);
  }
  {
    /* power: await_primary ['**' factor] */
    Expr *e;
    Token *st = TOK;
    if (tt(P) == K_AWAIT) {
      Token *a = advance(P);
      enter(P);
      e = new_expr(P, E_AWAIT, a->line, a->col);
      e->u.value = parse_primary(P);
      leave(P);
      finish(P, e);
    } else {
      e = parse_primary(P);
    }
    if (tt(P) == T_DOUBLESTAR) {
      Expr *b = new_expr(P, E_BINOP, st->line, st->col);
      advance(P);
      enter(P);
      b->u.bin.op = OP_POW;
      b->u.bin.left = e;
      b->u.bin.right = parse_factor(P);
      leave(P);
      return finish(P, b);
    }
    return e;
  }
}

/* Parse the subscript inside [ ] (slices). */
static Expr *parse_slice_item(Parser *P) {
  Token *st = TOK;
  Expr *lower = NULL, *e;
  if (tt(P) == T_STAR) return parse_star_expr(P);
  if (tt(P) != T_COLON) {
    lower = parse_named_expression(P);
    if (tt(P) != T_COLON) return lower;
  }
  e = new_expr(P, E_SLICE, st->line, st->col);
  e->u.slice.lower = lower;
  advance(P); /* ':' */
  if (tt(P) != T_COLON && tt(P) != T_COMMA && tt(P) != T_RSQB) e->u.slice.upper = parse_expression(P);
  if (accept(P, T_COLON)) {
    if (tt(P) != T_COMMA && tt(P) != T_RSQB) e->u.slice.step = parse_expression(P);
  }
  return finish(P, e);
}

static Expr *parse_slices(Parser *P) {
  Token *st = TOK;
  Expr *e = parse_slice_item(P), *t;
  if (tt(P) != T_COMMA) {
    if (e->kind != E_STARRED) return e;
    /* a[*b] is a[(*b,)] */
    t = new_expr(P, E_TUPLE, st->line, st->col);
    push(P, &t->u.elts, e);
    return finish(P, t);
  }
  t = new_expr(P, E_TUPLE, st->line, st->col);
  push(P, &t->u.elts, e);
  while (accept(P, T_COMMA)) {
    if (tt(P) == T_RSQB) break;
    push(P, &t->u.elts, parse_slice_item(P));
  }
  return finish(P, t);
}

/* primary: atom followed by .name, (args), [slices] */
static Expr *parse_primary(Parser *P) {
  Token *st = TOK;
  Expr *e = parse_atom(P);
  for (;;) {
    int t = tt(P);
    if (t == T_DOT) {
      Expr *a;
      Token *n;
      advance(P);
      n = TOK;
      if (n->type != T_NAME) syntax_error(P);
      advance(P);
      a = new_expr(P, E_ATTR, st->line, st->col);
      a->u.attr.value = e;
      a->u.attr.attr = tok_str(P, n);
      e = finish(P, a);
    } else if (t == T_LPAR) {
      Expr *c = new_expr(P, E_CALL, st->line, st->col);
      Token *open = advance(P);
      c->u.call.func = e;
      parse_call_args(P, open, &c->u.call.args, &c->u.call.keywords);
      e = finish(P, c);
    } else if (t == T_LSQB) {
      Expr *s = new_expr(P, E_SUBSCRIPT, st->line, st->col);
      advance(P);
      s->u.sub.value = e;
      s->u.sub.index = parse_slices(P);
      if (tt(P) != T_RSQB) element_error(P, s->u.sub.index);
      advance(P);
      e = finish(P, s);
    } else {
      return e;
    }
  }
}

/* Call arguments after '(' up to and including ')'. */
static void parse_call_args(Parser *P, Token *open, NodeList *args, NodeList *kws) {
  int seen_kw = 0, seen_dstar = 0;
  enter(P);
  while (tt(P) != T_RPAR) {
    Token *st = TOK;
    if (st->type == T_STAR) {
      /* starred_expression: '*' expression */
      Expr *e, *v;
      advance(P);
      v = parse_expression(P);
      e = new_expr(P, E_STARRED, st->line, st->col);
      e->u.starred = v;
      finish(P, e);
      if (seen_dstar)
        error_at(P, e->line, e->col, "iterable argument unpacking follows keyword argument unpacking");
      push(P, args, e);
    } else if (st->type == T_DOUBLESTAR) {
      Keyword *k = xalloc(P, sizeof *k);
      advance(P);
      k->line = st->line;
      k->col = st->col;
      k->value = parse_expression(P);
      push(P, kws, k);
      seen_dstar = 1;
    } else if (st->type == T_NAME && tt_n(P, 1) == T_EQUAL) {
      Keyword *k = xalloc(P, sizeof *k);
      int i;
      advance(P);
      advance(P);
      k->name = tok_str(P, st);
      k->line = st->line;
      k->col = st->col;
      for (i = 0; i < kws->len; i++) {
        Keyword *o = kws->items[i];
        if (o->name && !strcmp(o->name, k->name))
          error_at(P, st->line, st->col, "keyword argument repeated: %s", k->name);
      }
      k->value = parse_expression(P);
      push(P, kws, k);
      seen_kw = 1;
    } else {
      Expr *e;
      if (!starts_expression(st->type)) {
        if (st->type == T_EQUAL) syntax_error(P);
        syntax_error(P);
      }
      e = parse_named_expression(P);
      if (tt(P) == T_EQUAL) {
        if (e->kind == E_TRUE || e->kind == E_FALSE || e->kind == E_NONE)
          error_at(P, e->line, e->col, "cannot assign to %s", expr_name(e));
        error_at(P, e->line, e->col, "expression cannot contain assignment, perhaps you meant \"==\"?");
      }
      if (at_comp_for(P)) {
        Expr *g = new_expr(P, E_GENEXP, open->line, open->col);
        g->u.comp.elt = e;
        parse_comp_clauses(P, &g->u.comp.gens);
        /* the genexp includes the call's parentheses when it is the sole argument */
        if (args->len || kws->len || tt(P) != T_RPAR) {
          if (tt(P) == T_COMMA || args->len || kws->len)
            error_at(P, e->line, e->col, "Generator expression must be parenthesized");
        }
        if (tt(P) != T_RPAR) element_error(P, g);
        g->end_line = TOK->end_line;
        g->end_col = TOK->end_col;
        push(P, args, g);
        break;
      }
      if (seen_dstar)
        error_at(P, TOK->line, TOK->col, "positional argument follows keyword argument unpacking");
      if (seen_kw) error_at(P, TOK->line, TOK->col, "positional argument follows keyword argument");
      push(P, args, e);
    }
    if (tt(P) == T_COMMA) {
      advance(P);
      if (tt(P) != T_RPAR && !starts_expression(tt(P)) && tt(P) != T_STAR && tt(P) != T_DOUBLESTAR)
        syntax_error(P);
      continue;
    }
    if (tt(P) != T_RPAR) {
      Expr *last = NULL;
      if (args->len) last = args->items[args->len - 1];
      if (kws->len) {
        Keyword *k = kws->items[kws->len - 1];
        if (!last || k->value->line > last->line ||
            (k->value->line == last->line && k->value->col > last->col))
          last = k->value;
      }
      element_error(P, last);
    }
  }
  advance(P); /* ')' */
  leave(P);
}

/* Contents of '(' ... ')' after the '(' (consumed): group, tuple, genexp,
   yield. Used for atoms and f-string fields. */
static Expr *parse_paren(Parser *P, Token *open) {
  Expr *e, *t;
  if (tt(P) == T_RPAR) {
    advance(P);
    t = new_expr(P, E_TUPLE, open->line, open->col);
    return finish(P, t);
  }
  if (tt(P) == K_YIELD) {
    e = parse_yield(P);
    if (tt(P) != T_RPAR) element_error(P, e);
    advance(P);
    return e;
  }
  e = parse_star_named(P);
  if (at_comp_for(P)) {
    Expr *g = new_expr(P, E_GENEXP, open->line, open->col);
    if (e->kind == E_STARRED) error_at(P, e->line, e->col, "iterable unpacking cannot be used in comprehension");
    g->u.comp.elt = e;
    parse_comp_clauses(P, &g->u.comp.gens);
    if (tt(P) != T_RPAR) element_error(P, g);
    advance(P);
    return finish(P, g);
  }
  if (tt(P) == T_RPAR) {
    advance(P);
    if (e->kind == E_STARRED) error_at(P, e->line, e->col, "cannot use starred expression here");
    return e;
  }
  if (tt(P) != T_COMMA) element_error(P, e);
  t = new_expr(P, E_TUPLE, open->line, open->col);
  push(P, &t->u.elts, e);
  while (accept(P, T_COMMA)) {
    if (tt(P) == T_RPAR) break;
    push(P, &t->u.elts, parse_star_named(P));
    if (tt(P) != T_COMMA && tt(P) != T_RPAR) element_error(P, t->u.elts.items[t->u.elts.len - 1]);
  }
  expect(P, T_RPAR);
  return finish(P, t);
}

static Expr *parse_list(Parser *P, Token *open) {
  Expr *e, *l;
  if (tt(P) == T_RSQB) {
    advance(P);
    return finish(P, new_expr(P, E_LIST, open->line, open->col));
  }
  e = parse_star_named(P);
  if (at_comp_for(P)) {
    Expr *g = new_expr(P, E_LISTCOMP, open->line, open->col);
    if (e->kind == E_STARRED) error_at(P, e->line, e->col, "iterable unpacking cannot be used in comprehension");
    g->u.comp.elt = e;
    parse_comp_clauses(P, &g->u.comp.gens);
    if (tt(P) != T_RSQB) element_error(P, g);
    advance(P);
    return finish(P, g);
  }
  l = new_expr(P, E_LIST, open->line, open->col);
  push(P, &l->u.elts, e);
  for (;;) {
    if (tt(P) == T_RSQB) break;
    if (tt(P) != T_COMMA) element_error(P, l->u.elts.items[l->u.elts.len - 1]);
    advance(P);
    if (tt(P) == T_RSQB) break;
    push(P, &l->u.elts, parse_star_named(P));
  }
  advance(P);
  return finish(P, l);
}

static Expr *parse_dict_or_set(Parser *P, Token *open) {
  Expr *d;
  if (tt(P) == T_RBRACE) {
    advance(P);
    return finish(P, new_expr(P, E_DICT, open->line, open->col));
  }
  if (tt(P) == T_DOUBLESTAR) {
    d = new_expr(P, E_DICT, open->line, open->col);
    goto dict_items;
  }
  {
    Expr *k = parse_star_named(P);
    if (tt(P) == T_COLON && k->kind != E_STARRED) {
      Expr *v;
      Token *colon = advance(P);
      if (tt(P) == T_RBRACE || tt(P) == T_COMMA)
        error_at(P, colon->line, colon->col, "expression expected after dictionary key and ':'");
      v = parse_expression(P);
      if (at_comp_for(P)) {
        Expr *g = new_expr(P, E_DICTCOMP, open->line, open->col);
        g->u.comp.key = k;
        g->u.comp.value = v;
        parse_comp_clauses(P, &g->u.comp.gens);
        if (tt(P) != T_RBRACE) element_error(P, g);
        advance(P);
        return finish(P, g);
      }
      d = new_expr(P, E_DICT, open->line, open->col);
      push(P, &d->u.dict.keys, k);
      push(P, &d->u.dict.values, v);
      if (tt(P) == T_RBRACE) {
        advance(P);
        return finish(P, d);
      }
      if (tt(P) != T_COMMA) element_error(P, v);
      advance(P);
      goto dict_items;
    }
    if (k->kind == E_NAMEDEXPR && tt(P) == T_COLON) syntax_error(P);
    if (at_comp_for(P)) {
      Expr *g = new_expr(P, E_SETCOMP, open->line, open->col);
      if (k->kind == E_STARRED) error_at(P, k->line, k->col, "iterable unpacking cannot be used in comprehension");
      g->u.comp.elt = k;
      parse_comp_clauses(P, &g->u.comp.gens);
      if (tt(P) != T_RBRACE) element_error(P, g);
      advance(P);
      return finish(P, g);
    }
    d = new_expr(P, E_SET, open->line, open->col);
    push(P, &d->u.elts, k);
    for (;;) {
      if (tt(P) == T_RBRACE) break;
      if (tt(P) != T_COMMA) element_error(P, d->u.elts.items[d->u.elts.len - 1]);
      advance(P);
      if (tt(P) == T_RBRACE) break;
      push(P, &d->u.elts, parse_star_named(P));
    }
    advance(P);
    return finish(P, d);
  }
dict_items:
  for (;;) {
    Expr *k, *v;
    if (tt(P) == T_RBRACE) break;
    if (tt(P) == T_DOUBLESTAR) {
      advance(P);
      k = NULL;
      v = parse_bitor(P);
    } else {
      k = parse_expression(P);
      if (tt(P) != T_COLON) {
        if (tt(P) == T_COMMA || tt(P) == T_RBRACE)
          error_at(P, k->line, k->col, "':' expected after dictionary key");
        syntax_error(P);
      }
      if (tt_n(P, 1) == T_RBRACE || tt_n(P, 1) == T_COMMA)
        error_at(P, TOK->line, TOK->col, "expression expected after dictionary key and ':'");
      advance(P);
      v = parse_expression(P);
    }
    push(P, &d->u.dict.keys, k);
    push(P, &d->u.dict.values, v);
    if (tt(P) == T_RBRACE) break;
    if (at_comp_for(P) && !k) error_at(P, TOK->line, TOK->col, "dict unpacking cannot be used in dict comprehension");
    if (tt(P) != T_COMMA) element_error(P, v);
    advance(P);
  }
  advance(P);
  return finish(P, d);
}

static Expr *parse_atom(Parser *P) {
  Token *t = TOK;
  Expr *e;
  switch (t->type) {
  case T_NAME:
    advance(P);
    e = expr_at(P, E_NAME, t);
    e->u.name = tok_str(P, t);
    return e;
  case T_NUMBER:
    advance(P);
    return parse_number(P, t);
  case T_STRING:
    return parse_strings(P);
  case K_NONE: advance(P); return expr_at(P, E_NONE, t);
  case K_TRUE: advance(P); return expr_at(P, E_TRUE, t);
  case K_FALSE: advance(P); return expr_at(P, E_FALSE, t);
  case T_ELLIPSIS: advance(P); return expr_at(P, E_ELLIPSIS, t);
  case T_LPAR:
    advance(P);
    enter(P);
    e = parse_paren(P, t);
    leave(P);
    return e;
  case T_LSQB:
    advance(P);
    enter(P);
    e = parse_list(P, t);
    leave(P);
    return e;
  case T_LBRACE:
    advance(P);
    enter(P);
    e = parse_dict_or_set(P, t);
    leave(P);
    return e;
  default:
    syntax_error_at(P, t);
    return NULL;
  }
}

/* ------------------------------------------------------------------ */
/* parameters of def (is_lambda = 0) and lambda */

static Param *parse_param(Parser *P, int is_lambda, int star) {
  Token *n = TOK;
  Param *p;
  if (n->type != T_NAME) syntax_error(P);
  advance(P);
  p = xalloc(P, sizeof *p);
  p->name = tok_str(P, n);
  p->line = n->line;
  p->col = n->col;
  if (!is_lambda && accept(P, T_COLON)) p->annotation = star ? parse_star_expr(P) : parse_expression(P);
  return p;
}

static Params *parse_params(Parser *P, int is_lambda) {
  Params *ps = xalloc(P, sizeof *ps);
  int end = is_lambda ? T_COLON : T_RPAR;
  int seen_slash = 0, seen_star = 0, seen_default = 0;
  while (tt(P) != end) {
    Token *t = TOK;
    if (t->type == T_SLASH) {
      if (seen_slash) error_at(P, t->line, t->col, "/ may appear only once");
      if (seen_star) error_at(P, t->line, t->col, "/ must be ahead of *");
      if (ps->args.len == 0) error_at(P, t->line, t->col, "at least one argument must precede /");
      advance(P);
      seen_slash = 1;
      ps->posonly = ps->args;
      memset(&ps->args, 0, sizeof ps->args);
    } else if (t->type == T_STAR) {
      if (seen_star) error_at(P, t->line, t->col, "* argument may appear only once");
      if (ps->kwarg) error_at(P, t->line, t->col, "arguments cannot follow var-keyword argument");
      advance(P);
      seen_star = 1;
      if (tt(P) == T_COMMA || tt(P) == end) {
        if (tt(P) == end || tt_n(P, 1) == end || tt_n(P, 1) == T_DOUBLESTAR)
          error_at(P, t->line, t->col, "named arguments must follow bare *");
      } else {
        ps->vararg = parse_param(P, is_lambda, 1);
        if (tt(P) == T_EQUAL)
          error_at(P, TOK->line, TOK->col, "var-positional argument cannot have default value");
      }
    } else if (t->type == T_DOUBLESTAR) {
      if (ps->kwarg) error_at(P, t->line, t->col, "arguments cannot follow var-keyword argument");
      advance(P);
      ps->kwarg = parse_param(P, is_lambda, 0);
      if (tt(P) == T_EQUAL)
        error_at(P, TOK->line, TOK->col, "var-keyword argument cannot have default value");
    } else if (t->type == T_NAME) {
      Param *p;
      if (ps->kwarg) error_at(P, t->line, t->col, "arguments cannot follow var-keyword argument");
      p = parse_param(P, is_lambda, 0);
      if (accept(P, T_EQUAL)) {
        p->default_ = parse_expression(P);
        if (!seen_star) seen_default = 1;
      } else if (!seen_star && seen_default) {
        error_at(P, t->line, t->col, "non-default argument follows default argument");
      }
      if (seen_star) push(P, &ps->kwonly, p);
      else push(P, &ps->args, p);
    } else {
      if (t->type == T_LPAR && !is_lambda) {
        error_at(P, t->line, t->col, "Function parameters cannot be parenthesized");
      }
      syntax_error(P);
    }
    if (tt(P) == end) break;
    if (tt(P) != T_COMMA) {
      if (tt(P) == T_EQUAL && is_lambda) syntax_error(P);
      if (!is_lambda && tt(P) == T_COLON) syntax_error(P);
      syntax_error(P);
    }
    advance(P);
  }
  return ps;
}

/* ------------------------------------------------------------------ */
/* statements */

/* ':' then a block: an indented suite, or simple statements on the line.
   what: "'if' statement", "function definition", ... */
static void parse_block(Parser *P, NodeList *body, const char *what, int hdr_line) {
  expect_msg(P, T_COLON, ":");
  if (tt(P) == T_NEWLINE) {
    Token *t;
    advance(P);
    t = TOK;
    if (t->type != T_INDENT)
      error_kind_at(P, "IndentationError", t->line, t->col, at_eof(P),
                    "expected an indented block after %s on line %d", what, hdr_line);
    advance(P);
    while (tt(P) != T_DEDENT && tt(P) != T_ENDMARKER) parse_statement(P, body);
    accept(P, T_DEDENT);
  } else {
    Token *t = TOK;
    if (t->type == T_ENDMARKER || t->type == T_INDENT || t->type == T_DEDENT)
      error_kind_at(P, "IndentationError", t->line, t->col, at_eof(P),
                    "expected an indented block after %s on line %d", what, hdr_line);
    parse_simple_stmts(P, body);
  }
}

static const char *parse_dotted_name(Parser *P) {
  Token *t = TOK, *last;
  if (t->type != T_NAME) syntax_error(P);
  advance(P);
  last = t;
  while (tt(P) == T_DOT && tt_n(P, 1) == T_NAME) {
    advance(P);
    last = advance(P);
  }
  if (tt(P) == T_DOT) syntax_error_at(P, peek_n(P, 1));
  {
    /* the name without inner whitespace */
    SBuf b;
    size_t i;
    memset(&b, 0, sizeof b);
    for (i = t->start; i < last->end; i++) {
      char c = P->src[i];
      if (c == ' ' || c == '\t' || c == '\f' || c == '\\' || c == '\n' || c == '\r') continue;
      sb_add(P, &b, &c, 1);
    }
    sb_reserve(P, &b, 0);
    return b.p;
  }
}

static Stmt *parse_import(Parser *P) {
  Token *kw = advance(P);
  Stmt *s = new_stmt(P, S_IMPORT, kw);
  do {
    Token *st = TOK;
    Alias *al = xalloc(P, sizeof *al);
    al->line = st->line;
    al->col = st->col;
    al->name = parse_dotted_name(P);
    if (accept(P, K_AS)) {
      Token *n = TOK;
      if (n->type != T_NAME) syntax_error(P);
      advance(P);
      al->asname = tok_str(P, n);
    }
    push(P, &s->u.names, al);
  } while (accept(P, T_COMMA));
  stmt_finish(P, s);
  return s;
}

static Stmt *parse_from_import(Parser *P) {
  Token *kw = advance(P);
  Stmt *s = new_stmt(P, S_IMPORTFROM, kw);
  int level = 0, paren = 0;
  for (;;) {
    if (accept(P, T_DOT)) level++;
    else if (accept(P, T_ELLIPSIS)) level += 3;
    else break;
  }
  if (tt(P) == T_NAME) s->u.importfrom.module = parse_dotted_name(P);
  else if (level == 0) syntax_error(P);
  s->u.importfrom.level = level;
  if (tt(P) != K_IMPORT) syntax_error(P);
  advance(P);
  if (tt(P) == T_STAR) {
    Token *st = advance(P);
    Alias *al = xalloc(P, sizeof *al);
    al->name = "*";
    al->line = st->line;
    al->col = st->col;
    push(P, &s->u.importfrom.names, al);
    stmt_finish(P, s);
    return s;
  }
  if (accept(P, T_LPAR)) paren = 1;
  for (;;) {
    Token *n = TOK;
    Alias *al;
    if (n->type != T_NAME) syntax_error(P);
    advance(P);
    al = xalloc(P, sizeof *al);
    al->name = tok_str(P, n);
    al->line = n->line;
    al->col = n->col;
    if (accept(P, K_AS)) {
      Token *a = TOK;
      if (a->type != T_NAME) syntax_error(P);
      advance(P);
      al->asname = tok_str(P, a);
    }
    push(P, &s->u.importfrom.names, al);
    if (!accept(P, T_COMMA)) break;
    if (paren && tt(P) == T_RPAR) break;
    if (!paren && tt(P) != T_NAME) {
      if (tt(P) == T_NEWLINE || tt(P) == T_SEMI || tt(P) == T_ENDMARKER) {
        error_at(P, TOK->line, TOK->col, "trailing comma not allowed without surrounding parentheses");
      }
      syntax_error(P);
    }
  }
  if (paren) expect(P, T_RPAR);
  stmt_finish(P, s);
  return s;
}

static int aug_op(int t, BinOp *op) {
  switch (t) {
  case T_PLUSEQUAL: *op = OP_ADD; return 1;
  case T_MINEQUAL: *op = OP_SUB; return 1;
  case T_STAREQUAL: *op = OP_MUL; return 1;
  case T_SLASHEQUAL: *op = OP_DIV; return 1;
  case T_DOUBLESLASHEQUAL: *op = OP_FLOORDIV; return 1;
  case T_PERCENTEQUAL: *op = OP_MOD; return 1;
  case T_DOUBLESTAREQUAL: *op = OP_POW; return 1;
  case T_LEFTSHIFTEQUAL: *op = OP_LSHIFT; return 1;
  case T_RIGHTSHIFTEQUAL: *op = OP_RSHIFT; return 1;
  case T_VBAREQUAL: *op = OP_BITOR; return 1;
  case T_CIRCUMFLEXEQUAL: *op = OP_BITXOR; return 1;
  case T_AMPEREQUAL: *op = OP_BITAND; return 1;
  case T_ATEQUAL: *op = OP_MATMUL; return 1;
  default: return 0;
  }
}

/* Right side of '=' or an augmented assignment. */
static Expr *parse_rhs(Parser *P) {
  if (tt(P) == K_YIELD) return parse_yield(P);
  if (!starts_expression(tt(P)) && tt(P) != T_STAR) syntax_error(P);
  return parse_star_expressions(P);
}

/* An expression statement, assignment, augmented or annotated assignment. */
static Stmt *parse_expr_stmt(Parser *P) {
  Token *st = TOK;
  Expr *e;
  BinOp op;
  Stmt *s;
  if (tt(P) == K_YIELD) e = parse_yield(P);
  else e = parse_star_expressions(P);
  if (tt(P) == T_EQUAL) {
    NodeList targets;
    int i;
    memset(&targets, 0, sizeof targets);
    s = new_stmt(P, S_ASSIGN, st);
    while (accept(P, T_EQUAL)) {
      push(P, &targets, e);
      e = parse_rhs(P);
    }
    for (i = 0; i < targets.len; i++) {
      Expr *t = targets.items[i];
      const Expr *rhs = i + 1 < targets.len ? targets.items[i + 1] : e;
      int maybe = 0;
      if (i + 1 == targets.len) {
        /* CPython suggests '==' when the right side starts with a plain
           operand: not after a yield, a star or a comparison */
        const Expr *r0 = rhs;
        if (r0->kind == E_TUPLE && r0->u.elts.len && r0->line == ((Expr *)r0->u.elts.items[0])->line &&
            r0->col == ((Expr *)r0->u.elts.items[0])->col)
          r0 = r0->u.elts.items[0];
        maybe = !(r0->kind == E_YIELD || r0->kind == E_YIELDFROM || r0->kind == E_STARRED ||
                  r0->kind == E_COMPARE || r0->kind == E_BOOLOP || r0->kind == E_IFEXP ||
                  r0->kind == E_LAMBDA || (r0->kind == E_UNARY && r0->u.unary.op == U_NOT));
        if (r0->kind == E_IFEXP || r0->kind == E_COMPARE || r0->kind == E_BOOLOP) maybe = 1;
        /* a parenthesized target is an operand: always eligible */
        if (maybe && i == 0 && st->type == T_LPAR && (t->line != st->line || t->col != st->col)) maybe = 2;
      }
      if (i > 0) maybe = 0;
      check_target(P, t, CTX_STORE, maybe);
    }
    s->u.assign.targets = targets;
    s->u.assign.value = e;
    stmt_finish(P, s);
    return s;
  }
  if (aug_op(tt(P), &op)) {
    if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUBSCRIPT)
      error_at(P, e->line, e->col, "'%s' is an illegal expression for augmented assignment",
               expr_name(e));
    advance(P);
    s = new_stmt(P, S_AUGASSIGN, st);
    s->u.aug.target = e;
    s->u.aug.op = op;
    s->u.aug.value = parse_rhs(P);
    stmt_finish(P, s);
    return s;
  }
  if (tt(P) == T_COLON) {
    if (e->kind == E_TUPLE || e->kind == E_LIST)
      error_at(P, e->line, e->col, "only single target (not %s) can be annotated",
               e->kind == E_TUPLE ? "tuple" : "list");
    if (e->kind != E_NAME && e->kind != E_ATTR && e->kind != E_SUBSCRIPT)
      error_at(P, e->line, e->col, "illegal target for annotation");
    advance(P);
    s = new_stmt(P, S_ANNASSIGN, st);
    s->u.ann.target = e;
    s->u.ann.simple = e->kind == E_NAME && st->type == T_NAME;
    s->u.ann.annotation = parse_expression(P);
    if (accept(P, T_EQUAL)) s->u.ann.value = parse_rhs(P);
    stmt_finish(P, s);
    return s;
  }
  s = new_stmt(P, S_EXPR, st);
  s->u.value = e;
  stmt_finish(P, s);
  return s;
}

/* One simple statement (without the NEWLINE). */
static Stmt *parse_simple(Parser *P) {
  Token *t = TOK;
  Stmt *s;
  switch (t->type) {
  case K_PASS: advance(P); return new_stmt(P, S_PASS, t);
  case K_BREAK: advance(P); return new_stmt(P, S_BREAK, t);
  case K_CONTINUE: advance(P); return new_stmt(P, S_CONTINUE, t);
  case K_RETURN:
    advance(P);
    s = new_stmt(P, S_RETURN, t);
    if (starts_expression(tt(P)) || tt(P) == T_STAR) s->u.value = parse_star_expressions(P);
    stmt_finish(P, s);
    return s;
  case K_RAISE:
    advance(P);
    s = new_stmt(P, S_RAISE, t);
    if (starts_expression(tt(P))) {
      s->u.raise.exc = parse_expression(P);
      if (accept(P, K_FROM)) s->u.raise.cause = parse_expression(P);
    }
    stmt_finish(P, s);
    return s;
  case K_GLOBAL:
  case K_NONLOCAL:
    advance(P);
    s = new_stmt(P, t->type == K_GLOBAL ? S_GLOBAL : S_NONLOCAL, t);
    do {
      Token *n = TOK;
      if (n->type != T_NAME) syntax_error(P);
      advance(P);
      push(P, &s->u.names, (void *)tok_str(P, n));
    } while (accept(P, T_COMMA));
    stmt_finish(P, s);
    return s;
  case K_DEL:
    advance(P);
    s = new_stmt(P, S_DELETE, t);
    for (;;) {
      Expr *e;
      if (!starts_expression(tt(P)) && tt(P) != T_STAR) syntax_error(P);
      e = parse_star_expr(P);
      check_target(P, e, CTX_DEL, 0);
      push(P, &s->u.targets, e);
      if (!accept(P, T_COMMA)) break;
      if (!starts_expression(tt(P)) && tt(P) != T_STAR) break;
    }
    stmt_finish(P, s);
    return s;
  case K_ASSERT:
    advance(P);
    s = new_stmt(P, S_ASSERT, t);
    s->u.assert_.test = parse_expression(P);
    if (accept(P, T_COMMA)) s->u.assert_.msg = parse_expression(P);
    stmt_finish(P, s);
    return s;
  case K_IMPORT:
    return parse_import(P);
  case K_FROM:
    return parse_from_import(P);
  default:
    if (!starts_expression(t->type) && t->type != T_STAR && t->type != K_YIELD) syntax_error(P);
    return parse_expr_stmt(P);
  }
}

/* simple_stmts: simple (';' simple)* [';'] NEWLINE */
static void parse_simple_stmts(Parser *P, NodeList *out) {
  for (;;) {
    Stmt *s = parse_simple(P);
    push(P, out, s);
    if (tt(P) == T_NEWLINE) break;
    if (tt(P) == T_SEMI) {
      advance(P);
      if (tt(P) == T_NEWLINE) break;
      continue;
    }
    {
      Token *t = TOK;
      /* print "x" */
      if (s->kind == S_EXPR && s->u.value->kind == E_NAME && !strcmp(s->u.value->u.name, "print") &&
          (starts_expression(t->type)))
        error_at(P, s->u.value->line, s->u.value->col,
                 "Missing parentheses in call to 'print'. Did you mean print(...)?");
      if (s->kind == S_EXPR && s->u.value->kind == E_NAME && !strcmp(s->u.value->u.name, "exec") &&
          t->type == T_STRING)
        error_at(P, s->u.value->line, s->u.value->col,
                 "Missing parentheses in call to 'exec'. Did you mean exec(...)?");
      if (t->type == T_COLONEQUAL) syntax_error(P);
      if (t->type == T_EQUAL || aug_op(t->type, &(BinOp){0})) syntax_error(P);
      if (s->kind == S_EXPR && t->level > 0) element_error(P, s->u.value);
      syntax_error(P);
    }
  }
  advance(P); /* NEWLINE */
}

static Stmt *parse_funcdef(Parser *P, Token *start, int is_async, NodeList *decos) {
  Token *n;
  Stmt *s = new_stmt(P, S_FUNCDEF, start);
  advance(P); /* def */
  n = TOK;
  if (n->type != T_NAME) syntax_error(P);
  advance(P);
  s->u.func.name = tok_str(P, n);
  s->u.func.is_async = is_async;
  if (decos) s->u.func.decorators = *decos;
  expect_msg(P, T_LPAR, "(");
  s->u.func.params = parse_params(P, 0);
  advance(P); /* ')' */
  if (accept(P, T_RARROW)) s->u.func.returns = parse_expression(P);
  parse_block(P, &s->u.func.body, "function definition", start->line);
  s->end_line = body_end(&s->u.func.body, s->line);
  return s;
}

static Stmt *parse_classdef(Parser *P, Token *start, NodeList *decos) {
  Token *n;
  Stmt *s = new_stmt(P, S_CLASSDEF, start);
  advance(P); /* class */
  n = TOK;
  if (n->type != T_NAME) syntax_error(P);
  advance(P);
  s->u.cls.name = tok_str(P, n);
  if (decos) s->u.cls.decorators = *decos;
  if (tt(P) == T_LPAR) {
    Token *open = advance(P);
    parse_call_args(P, open, &s->u.cls.bases, &s->u.cls.keywords);
    {
      int i;
      for (i = 0; i < s->u.cls.bases.len; i++) {
        Expr *b = s->u.cls.bases.items[i];
        if (b->kind == E_GENEXP) error_at(P, b->line, b->col, "invalid syntax");
      }
    }
  }
  parse_block(P, &s->u.cls.body, "class definition", start->line);
  s->end_line = body_end(&s->u.cls.body, s->line);
  return s;
}

static Stmt *parse_if(Parser *P, Token *kw) {
  Stmt *top = NULL, *s = NULL, *c;
  int end;
  /* if / elif chains are parsed iteratively: each elif is a nested S_IF */
  for (;;) {
    const char *what = kw->type == K_IF ? "'if' statement" : "'elif' statement";
    c = new_stmt(P, S_IF, kw);
    advance(P);
    c->u.if_.test = parse_named_expression(P);
    if (tt(P) == T_EQUAL && c->u.if_.test->kind == E_NAME)
      error_at(P, c->u.if_.test->line, c->u.if_.test->col,
               "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    if (tt(P) == T_EQUAL) check_target(P, c->u.if_.test, CTX_STORE, 1);
    parse_block(P, &c->u.if_.body, what, kw->line);
    if (s) push(P, &s->u.if_.orelse, c);
    else top = c;
    s = c;
    if (tt(P) != K_ELIF) break;
    kw = TOK;
  }
  if (tt(P) == K_ELSE) {
    Token *el = advance(P);
    parse_block(P, &s->u.if_.orelse, "'else' statement", el->line);
  }
  end = s->u.if_.orelse.len ? body_end(&s->u.if_.orelse, 0) : body_end(&s->u.if_.body, s->line);
  /* every if of the chain ends where the last one ends */
  for (c = top;; c = c->u.if_.orelse.items[0]) {
    c->end_line = end;
    if (c == s) break;
  }
  return top;
}

static void parse_else(Parser *P, NodeList *orelse, Stmt *s) {
  if (tt(P) == K_ELSE) {
    Token *el = advance(P);
    parse_block(P, orelse, "'else' statement", el->line);
    s->end_line = body_end(orelse, s->end_line);
  }
}

/* Targets of 'for' up to 'in'. */
static Expr *parse_for_targets(Parser *P) {
  Token *st = TOK;
  Expr *first = NULL, *t;
  NodeList elts;
  int comma = 0;
  memset(&elts, 0, sizeof elts);
  for (;;) {
    if (tt(P) == T_STAR) {
      Token *s = advance(P);
      Expr *v = parse_bitor(P);
      t = new_expr(P, E_STARRED, s->line, s->col);
      t->u.starred = v;
      finish(P, t);
    } else {
      if (!starts_expression(tt(P))) syntax_error(P);
      t = parse_bitor(P);
    }
    if (!first) first = t;
    push(P, &elts, t);
    if (tt(P) != T_COMMA) break;
    advance(P);
    comma = 1;
    if (tt(P) == K_IN) break;
  }
  if (comma) {
    t = new_expr(P, E_TUPLE, st->line, st->col);
    t->u.elts = elts;
    finish(P, t);
  } else {
    t = first;
  }
  return t;
}

static Stmt *parse_for(Parser *P, Token *start, int is_async) {
  Token *kw = advance(P);
  Stmt *s = new_stmt(P, S_FOR, start);
  Expr *t;
  s->u.for_.is_async = is_async;
  t = parse_for_targets(P);
  if (tt(P) != K_IN) {
    /* CPython re-parses the target as an expression for its message */
    if (tt(P) == T_COLON || tt(P) == T_NEWLINE) {
      check_target(P, t, CTX_FOR, 0);
    }
    syntax_error(P);
  }
  check_target(P, t, CTX_FOR, 0);
  s->u.for_.target = t;
  advance(P);
  s->u.for_.iter = parse_star_expressions(P);
  parse_block(P, &s->u.for_.body, "'for' statement", kw->line);
  s->end_line = body_end(&s->u.for_.body, s->line);
  parse_else(P, &s->u.for_.orelse, s);
  return s;
}

static Stmt *parse_while(Parser *P) {
  Token *kw = advance(P);
  Stmt *s = new_stmt(P, S_WHILE, kw);
  s->u.while_.test = parse_named_expression(P);
  if (tt(P) == T_EQUAL && s->u.while_.test->kind == E_NAME)
    error_at(P, s->u.while_.test->line, s->u.while_.test->col,
             "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
  if (tt(P) == T_EQUAL) check_target(P, s->u.while_.test, CTX_STORE, 1);
  parse_block(P, &s->u.while_.body, "'while' statement", kw->line);
  s->end_line = body_end(&s->u.while_.body, s->line);
  parse_else(P, &s->u.while_.orelse, s);
  return s;
}

static WithItem *parse_with_item(Parser *P) {
  WithItem *w = xalloc(P, sizeof *w);
  w->context = parse_expression(P);
  if (accept(P, K_AS)) {
    Expr *t;
    Token *st = TOK;
    if (tt(P) == T_STAR) {
      Token *s = advance(P);
      Expr *v = parse_bitor(P);
      t = new_expr(P, E_STARRED, s->line, s->col);
      t->u.starred = v;
      finish(P, t);
    } else {
      if (!starts_expression(tt(P))) syntax_error(P);
      t = parse_bitor(P);
    }
    if (tt(P) == T_COMMA && st->type != T_LPAR) {
      /* with a as b, c: -> two items; keep */
    }
    check_target(P, t, CTX_WITH, 0);
    w->var = t;
  }
  return w;
}

static Stmt *parse_with(Parser *P, Token *start, int is_async) {
  Token *kw = advance(P);
  Stmt *s = new_stmt(P, S_WITH, start);
  s->u.with.is_async = is_async;
  if (tt(P) == T_LPAR) {
    /* with ( item, item, ) : -- else a parenthesized expression */
    Try tr;
    NodeList items;
    memset(&items, 0, sizeof items);
    try_begin(P, &tr);
    if (!setjmp(tr.jb)) {
      advance(P);
      for (;;) {
        push(P, &items, parse_with_item(P));
        if (!accept(P, T_COMMA)) break;
        if (tt(P) == T_RPAR) break;
      }
      if (tt(P) != T_RPAR || tt_n(P, 1) != T_COLON) syntax_error(P);
      advance(P);
      try_end(P, &tr);
      s->u.with.items = items;
      parse_block(P, &s->u.with.body, "'with' statement", kw->line);
      s->end_line = body_end(&s->u.with.body, s->line);
      return s;
    } else {
      try_fail(P, &tr);
    }
  }
  for (;;) {
    push(P, &s->u.with.items, parse_with_item(P));
    if (!accept(P, T_COMMA)) break;
  }
  parse_block(P, &s->u.with.body, "'with' statement", kw->line);
  s->end_line = body_end(&s->u.with.body, s->line);
  return s;
}

static Stmt *parse_try(Parser *P) {
  Token *kw = advance(P);
  Stmt *s = new_stmt(P, S_TRY, kw);
  int seen_plain = 0, seen_star = 0;
  parse_block(P, &s->u.try_.body, "'try' statement", kw->line);
  s->end_line = body_end(&s->u.try_.body, s->line);
  while (tt(P) == K_EXCEPT) {
    Token *ex = advance(P);
    Handler *h = xalloc(P, sizeof *h);
    int star = 0;
    h->line = ex->line;
    h->col = ex->col;
    if (tt(P) == T_STAR) {
      advance(P);
      star = 1;
      if (tt(P) == T_COLON) error_at(P, TOK->line, TOK->col, "expected one or more exception types");
    }
    if (star) seen_star = 1;
    else seen_plain = 1;
    if (seen_star && seen_plain)
      error_at(P, ex->line, ex->col, "cannot have both 'except' and 'except*' on the same 'try'");
    if (tt(P) != T_COLON) {
      h->type = parse_expression(P);
      if (tt(P) == T_COMMA) {
        /* except A, B: */
        Try tr;
        volatile int ok = 0;
        try_begin(P, &tr);
        if (!setjmp(tr.jb)) {
          while (accept(P, T_COMMA)) parse_expression(P);
          ok = tt(P) == T_COLON || tt(P) == K_AS;
          try_end(P, &tr);
        } else {
          try_fail(P, &tr);
        }
        if (ok) error_at(P, h->type->line, h->type->col, "multiple exception types must be parenthesized");
        syntax_error(P);
      }
      if (accept(P, K_AS)) {
        Token *n = TOK;
        if (n->type != T_NAME) {
          if (starts_expression(n->type)) {
            Expr *bad = parse_bitor(P);
            if (tt(P) == T_COLON)
              error_at(P, bad->line, bad->col, "cannot use %s as except target", expr_name(bad));
          }
          syntax_error(P);
        }
        advance(P);
        h->name = tok_str(P, n);
      }
    } else if (star) {
      error_at(P, TOK->line, TOK->col, "expected one or more exception types");
    }
    parse_block(P, &h->body, star ? "'except*' statement" : "'except' statement", ex->line);
    s->end_line = body_end(&h->body, s->end_line);
    push(P, &s->u.try_.handlers, h);
  }
  s->u.try_.is_star = seen_star;
  if (!s->u.try_.handlers.len && tt(P) != K_FINALLY) {
    Token *t = TOK;
    error_kind_at(P, "SyntaxError", t->line, t->col, at_eof(P),
                  "expected 'except' or 'finally' block");
  }
  if (tt(P) == K_ELSE) {
    Token *el;
    el = advance(P);
    parse_block(P, &s->u.try_.orelse, "'else' statement", el->line);
    s->end_line = body_end(&s->u.try_.orelse, s->end_line);
  }
  if (tt(P) == K_FINALLY) {
    Token *fi = advance(P);
    parse_block(P, &s->u.try_.finalbody, "'finally' statement", fi->line);
    s->end_line = body_end(&s->u.try_.finalbody, s->end_line);
  }
  if (!s->u.try_.handlers.len && !s->u.try_.finalbody.len) {
    Token *t = TOK;
    error_kind_at(P, "SyntaxError", t->line, t->col, at_eof(P),
                  "expected 'except' or 'finally' block");
  }
  return s;
}


static void parse_statement(Parser *P, NodeList *out) {
  Token *t = TOK;
  enter(P);
  switch (t->type) {
  case K_IF: push(P, out, parse_if(P, t)); break;
  case K_WHILE: push(P, out, parse_while(P)); break;
  case K_FOR: push(P, out, parse_for(P, t, 0)); break;
  case K_WITH: push(P, out, parse_with(P, t, 0)); break;
  case K_TRY: push(P, out, parse_try(P)); break;
  case K_DEF: push(P, out, parse_funcdef(P, t, 0, NULL)); break;
  case K_CLASS: push(P, out, parse_classdef(P, t, NULL)); break;
  case K_ASYNC: {
    int n = tt_n(P, 1);
    if (n == K_DEF) {
      advance(P);
      push(P, out, parse_funcdef(P, t, 1, NULL));
    } else if (n == K_FOR) {
      advance(P);
      push(P, out, parse_for(P, t, 1));
    } else if (n == K_WITH) {
      advance(P);
      push(P, out, parse_with(P, t, 1));
    } else {
      syntax_error_at(P, peek_n(P, 1));
    }
    break;
  }
  case T_AT: {
    NodeList decos;
    Token *d;
    memset(&decos, 0, sizeof decos);
    while (tt(P) == T_AT) {
      advance(P);
      push(P, &decos, parse_named_expression(P));
      if (tt(P) != T_NEWLINE) syntax_error(P);
      advance(P);
    }
    d = TOK;
    if (d->type == K_DEF) push(P, out, parse_funcdef(P, d, 0, &decos));
    else if (d->type == K_ASYNC && tt_n(P, 1) == K_DEF) {
      advance(P);
      push(P, out, parse_funcdef(P, d, 1, &decos));
    } else if (d->type == K_CLASS) push(P, out, parse_classdef(P, d, &decos));
    else syntax_error(P);
    break;
  }
  case K_ELSE: case K_ELIF: case K_EXCEPT: case K_FINALLY:
    syntax_error(P);
    break;
  case T_INDENT:
    error_kind_at(P, "IndentationError", t->line, t->col - 1, 0, "unexpected indent");
    break;
  case T_NEWLINE:
    /* a stray newline (e.g. after a lone ';'-free empty statement) */
    syntax_error(P);
    break;
  default:
    if (tok_is(P, t, "match") && (starts_expression(tt_n(P, 1)) || tt_n(P, 1) == T_STAR)) {
      Stmt *m = parse__match(P);
      if (m) {
        push(P, out, m);
        break;
      }
    }
    parse_simple_stmts(P, out);
    break;
  }
  leave(P);
}

/* ------------------------------------------------------------------ */
/* entry point */

/* After a parser error: CPython tokenizes the rest of the source and lets
   a tokenizer error, or a bracket left open before the error line, win. */
static void check_rest_of_source(Parser *P) {
  Lexer *lx = &P->main.lx;
  int err_line = P->err->line;
  if (P->lex_failed || P->oom || P->ts != &P->main) return;
  /* CPython compares with the furthest token the parser has read */
  if (P->main.n) err_line = TOK_AT(&P->main, P->main.n - 1)->line;
  if (lx->done) return;
  for (;;) {
    Token t;
    if (lx->level > 0 && lx->pos >= lx->end) {
      int k = lx->level - 1;
      if (err_line > lx->parenline[k]) {
        P->err->kind = "SyntaxError";
        snprintf(P->err->message, sizeof P->err->message, "'%c' was never closed", lx->parenstack[k]);
        P->err->line = lx->parenline[k];
        P->err->col = lx->parencol[k];
        P->err->incomplete = 0;
      }
      return;
    }
    t = lex_next(lx);
    if (t.type == T_ENDMARKER) return;
    if (t.type == T_ERROR) {
      const char *k = lx->err_kind ? lx->err_kind : "";
      if (strcmp(k, "SyntaxError") != 0) return; /* indentation errors do not count */
      if (!strcmp(lx->err_msg, "unexpected EOF while parsing") ||
          !strcmp(lx->err_msg, "unexpected character after line continuation character"))
        return;
      if (!strncmp(lx->err_msg, "'", 1) && strstr(lx->err_msg, "was never closed")) {
        if (err_line <= lx->err_line) return;
      }
      P->err->kind = lx->err_kind;
      snprintf(P->err->message, sizeof P->err->message, "%s", lx->err_msg);
      P->err->line = lx->err_line;
      P->err->col = lx->err_col;
      P->err->incomplete = 0;
      return;
    }
  }
}

Module *parse_module(Arena *a, const char *src, size_t len, SyntaxErr *err) {
  Parser *P;
  Module *m;
  jmp_buf jb;
  size_t skip = 0;
  char *copy = NULL;
  memset(err, 0, sizeof *err);
  P = calloc(1, sizeof *P);
  if (!P || !a) {
    free(P);
    err->kind = "SyntaxError";
    snprintf(err->message, sizeof err->message, "out of memory");
    return NULL;
  }
  /* the lexer needs src[len] readable: work on a NUL-terminated copy kept
     in the arena (strings and names point into it) */
  copy = arena_alloc(a, len + 1);
  if (!copy) {
    free(P);
    err->kind = "SyntaxError";
    snprintf(err->message, sizeof err->message, "out of memory");
    return NULL;
  }
  /* newlines: \r\n and a lone \r read as \n, as CPython does (columns
     are unchanged: a \r can only end a line) */
  {
    size_t i, k = 0;
    for (i = 0; i < len; i++) {
      if (src[i] == '\r') {
        copy[k++] = '\n';
        if (i + 1 < len && src[i + 1] == '\n') i++;
      } else {
        copy[k++] = src[i];
      }
    }
    len = k;
  }
  copy[len] = 0;
  P->a = a;
  P->src = copy;
  P->len = len;
  P->err = err;
  P->jb = &jb;
  P->ts = &P->main;
  lex_init(&P->main.lx, copy, len);
  if (len >= 3 && (unsigned char)copy[0] == 0xEF && (unsigned char)copy[1] == 0xBB &&
      (unsigned char)copy[2] == 0xBF)
    skip = 3;
  P->main.lx.pos = skip;
  P->main.lx.line_start = skip;
  if (!setjmp(jb)) {
    m = xalloc(P, sizeof *m);
    for (;;) {
      Token *t = TOK;
      if (t->type == T_ENDMARKER) break;
      if (t->type == T_NEWLINE) {
        advance(P);
        continue;
      }
      parse_statement(P, &m->body);
    }
  } else {
    check_rest_of_source(P);
    close_streams_to(P, &P->main);
    m = NULL;
  }
  free_stream(&P->main);
  free(P);
  return m;
}

/* ------------------------------------------------------------------ */
/* the parser's building blocks, for its other files (parseint.h) */

int parse__accept(Parser *P, int type) { return accept(P, type); }
Token *parse__advance(Parser *P) { return advance(P); }
int parse__at_eof(Parser *P) { return at_eof(P); }
void parse__enter(Parser *P) { enter(P); }
Token *parse__expect(Parser *P, int type) { return expect(P, type); }
Expr *parse__expr_at(Parser *P, ExprKind kind, Token *t) { return expr_at(P, kind, t); }
Expr *parse__finish(Parser *P, Expr *e) { return finish(P, e); }
void parse__leave(Parser *P) { leave(P); }
Expr *parse__new_expr(Parser *P, ExprKind kind, int line, int col) { return new_expr(P, kind, line, col); }
Stmt *parse__new_stmt(Parser *P, StmtKind kind, Token *t) { return new_stmt(P, kind, t); }
void parse__block(Parser *P, NodeList *body, const char *what, int hdr_line) { parse_block(P, body, what, hdr_line); }
Expr *parse__named_expression(Parser *P) { return parse_named_expression(P); }
Expr *parse__number(Parser *P, Token *t) { return parse_number(P, t); }
Expr *parse__star_named(Parser *P) { return parse_star_named(P); }
Expr *parse__strings(Parser *P) { return parse_strings(P); }
Token *parse__peek_n(Parser *P, size_t k) { return peek_n(P, k); }
void parse__push(Parser *P, NodeList *l, void *item) { push(P, l, item); }
int parse__starts_expression(int t) { return starts_expression(t); }
void parse__syntax_error(Parser *P) { syntax_error(P); }
void parse__syntax_error_at(Parser *P, Token *t) { syntax_error_at(P, t); }
const char *parse__tok_str(Parser *P, Token *t) { return tok_str(P, t); }
void parse__try_begin(Parser *P, Try *t) { try_begin(P, t); }
void parse__try_end(Parser *P, Try *t) { try_end(P, t); }
void parse__try_fail(Parser *P, Try *t) { try_fail(P, t); }
int parse__tt(Parser *P) { return tt(P); }
int parse__tt_n(Parser *P, size_t k) { return tt_n(P, k); }
void *parse__xalloc(Parser *P, size_t n) { return xalloc(P, n); }
void parse__error_at(Parser *P, int line, int col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  verror(P, "SyntaxError", line, col, 0, fmt, ap);
  va_end(ap);
}
void parse__error_kind_at(Parser *P, const char *kind, int line, int col, int incomplete, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  verror(P, kind, line, col, incomplete, fmt, ap);
  va_end(ap);
}
int parse__tok_is(Parser *P, Token *t, const char *w) { return tok_is(P, t, w); }
int parse__body_end(const NodeList *l, int dflt) { return body_end(l, dflt); }
