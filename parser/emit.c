/* emit.c: the Lua emitter. Walks the AST top to bottom and writes Lua 5.4
   source whose line N holds the code of dialect line N. Runtime helpers are
   named `__x` (locals bound to field x of the runtime table, see the .lua files in vm/);
   attribute keys are ".name", method-call keys ":name". */
#include <stdarg.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "emitint.h"

/* ------------------------------------------------------------------ */
/* Buffers                                                              */


static void buf_grow(Buf *b, size_t need) {
  if (b->len + need + 1 <= b->cap) return;
  size_t ncap = b->cap ? b->cap * 2 : 4096;
  while (ncap < b->len + need + 1) ncap *= 2;
  char *np = realloc(b->p, ncap);
  if (!np) abort(); /* out of memory while compiling: nothing sensible left */
  b->p = np;
  b->cap = ncap;
}

static void buf_add(Buf *b, const char *s, size_t n) {
  buf_grow(b, n);
  memcpy(b->p + b->len, s, n);
  b->len += n;
  b->p[b->len] = 0;
}

static void buf_puts(Buf *b, const char *s) { buf_add(b, s, strlen(s)); }

static void buf_vprintf(Buf *b, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  char tmp[512];
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  if (n < (int)sizeof tmp) {
    buf_add(b, tmp, n);
  } else {
    buf_grow(b, n);
    vsnprintf(b->p + b->len, n + 1, fmt, ap2);
    b->len += n;
  }
  va_end(ap2);
}

static void buf_printf(Buf *b, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  buf_vprintf(b, fmt, ap);
  va_end(ap);
}

static void buf_insert(Buf *b, size_t at, const char *s, size_t n) {
  if (!n) return;
  buf_grow(b, n);
  memmove(b->p + at + n, b->p + at, b->len - at);
  memcpy(b->p + at, s, n);
  b->len += n;
  b->p[b->len] = 0;
}


static void em_error(Emitter *E, int line, int col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  E->err->kind = "SyntaxError";
  vsnprintf(E->err->message, sizeof E->err->message, fmt, ap);
  va_end(ap);
  E->err->line = line;
  E->err->col = col;
  E->err->incomplete = 0;
  longjmp(E->jb, 1);
}

static char *vfmt(Emitter *E, const char *f, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  char tmp[256];
  int n = vsnprintf(tmp, sizeof tmp, f, ap);
  char *r = arena_alloc(E->a, n + 1);
  if (n < (int)sizeof tmp) memcpy(r, tmp, n + 1);
  else vsnprintf(r, n + 1, f, ap2);
  va_end(ap2);
  return r;
}

static char *fmt(Emitter *E, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *r = vfmt(E, f, ap);
  va_end(ap);
  return r;
}

static void out(Emitter *E, const char *s) { buf_puts(&E->out, s); }

/* Drop what was emitted since mark (the buffer may still be unallocated
   when mark is 0). */
static void out_truncate(Emitter *E, size_t mark) {
  E->out.len = mark;
  if (E->out.p) E->out.p[mark] = 0;
}

static void outf(Emitter *E, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  buf_vprintf(&E->out, f, ap);
  va_end(ap);
}

/* Advance the output to dialect line `line` (never backwards). */
static void sync_line(Emitter *E, int line) {
  while (E->line < line) {
    buf_add(&E->out, "\n", 1);
    E->line++;
  }
}

/* A runtime helper, declared once as a chunk local `__name = __R.name`. */
static const char *H(Emitter *E, const char *name) {
  if (strcmp(name, "None") == 0) {
    for (int i = 0; i < E->nhelp; i++)
      if (strcmp(E->help_used[i], name) == 0) return "None";
    if (E->nhelp < NHELP) E->help_used[E->nhelp++] = name;
    return "None";
  }
  for (int i = 0; i < E->nhelp; i++)
    if (strcmp(E->help_used[i], name) == 0) return fmt(E, "__%s", name);
  if (E->nhelp < NHELP) E->help_used[E->nhelp++] = name;
  return fmt(E, "__%s", name);
}

/* ------------------------------------------------------------------ */
/* Temps                                                                */

static const char *tmp_new(Emitter *E) {
  Frame *f = E->frame;
  f->ntemps++;
  if (f->ntemps > f->maxtemps) f->maxtemps = f->ntemps;
  if (f->ntemps > 100) em_error(E, E->line, 0, "statement too complex");
  return fmt(E, "__t%d", f->ntemps);
}

static void frame_push(Emitter *E, Frame *f, int is_closure) {
  memset(f, 0, sizeof *f);
  f->prev = E->frame;
  f->decl_pos = E->out.len;
  f->is_closure = is_closure;
  E->frame = f;
}

static void frame_pop(Emitter *E) {
  Frame *f = E->frame;
  if (f->maxtemps > 0) {
    Buf d = {0};
    buf_puts(&d, "local ");
    for (int i = 1; i <= f->maxtemps; i++) buf_printf(&d, i > 1 ? ", __t%d" : "__t%d", i);
    buf_puts(&d, "; ");
    buf_insert(&E->out, f->decl_pos, d.p, d.len);
    free(d.p);
  }
  E->frame = f->prev;
}

/* ------------------------------------------------------------------ */
/* Names                                                                */

static const char *lua_keywords[] = {
  "and", "break", "do", "else", "elseif", "end", "false", "for", "function",
  "goto", "if", "in", "local", "nil", "not", "or", "repeat", "return", "then",
  "true", "until", "while", "_ENV", "self_", NULL
};

static int is_lua_keyword(const char *s) {
  for (int i = 0; lua_keywords[i]; i++)
    if (strcmp(lua_keywords[i], s) == 0) return 1;
  return 0;
}

/* The Lua identifier for a dialect variable name. Injective: names that are
   Lua keywords, non-ASCII, or look like our own `__x` helpers are escaped. */
static const char *lua_name(Emitter *E, const char *n) {
  int plain = 1;
  for (const char *p = n; *p; p++)
    if ((unsigned char)*p >= 0x80) plain = 0;
  size_t len = strlen(n);
  if (len >= 2 && n[0] == '_' && n[1] == '_' && !(len >= 4 && n[len - 1] == '_' && n[len - 2] == '_'))
    plain = 0;
  if (strcmp(n, "None") == 0) plain = 0;
  if (plain && !is_lua_keyword(n)) return n;
  Buf b = {0};
  buf_puts(&b, "__u_");
  for (const char *p = n; *p; p++) {
    unsigned char c = *p;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
      buf_add(&b, (const char *)&c, 1);
    else
      buf_printf(&b, "_%02x", c);
  }
  char *r = arena_strndup(E->a, b.p, b.len);
  free(b.p);
  return r;
}

/* A Lua string literal for arbitrary bytes. */
static const char *lua_str(Emitter *E, const char *s, size_t n) {
  Buf b = {0};
  buf_add(&b, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = s[i];
    switch (c) {
    case '"': buf_puts(&b, "\\\""); break;
    case '\\': buf_puts(&b, "\\\\"); break;
    case '\n': buf_puts(&b, "\\n"); break;
    case '\r': buf_puts(&b, "\\r"); break;
    case '\t': buf_puts(&b, "\\t"); break;
    default:
      if (c < 32 || c == 127) {
        /* \ddd must not swallow a following digit: always 3 digits */
        buf_printf(&b, "\\%03d", c);
      } else {
        buf_add(&b, (const char *)&c, 1);
      }
    }
  }
  buf_add(&b, "\"", 1);
  char *r = arena_strndup(E->a, b.p, b.len);
  free(b.p);
  return r;
}

static const char *lua_cstr(Emitter *E, const char *s) { return lua_str(E, s, strlen(s)); }

/* Python's private-name mangling inside a class body: __x -> _Class__x. */
static const char *mangle(Emitter *E, const char *name) {
  if (!E->cls_name) return name;
  size_t n = strlen(name);
  if (n < 3 || name[0] != '_' || name[1] != '_') return name;
  if (name[n - 1] == '_' && name[n - 2] == '_') return name;
  if (strchr(name, '.')) return name;
  const char *c = E->cls_name;
  while (*c == '_') c++;
  if (!*c) return name;
  return fmt(E, "_%s%s", c, name);
}

/* Attribute key ".name" as a Lua index expression suffix. */
static const char *attr_key(Emitter *E, const char *name) {
  return lua_str(E, fmt(E, ".%s", mangle(E, name)), strlen(mangle(E, name)) + 1);
}

static const char *meth_key(Emitter *E, const char *name) {
  return lua_str(E, fmt(E, ":%s", mangle(E, name)), strlen(mangle(E, name)) + 1);
}

static const char *known_builtins[] = {
  "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "bytearray",
  "bytes", "callable", "chr", "classmethod", "delattr", "dict", "dir", "divmod",
  "enumerate", "filter", "float", "format", "frozenset", "getattr", "hasattr",
  "hash", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len",
  "list", "map", "max", "min", "next", "object", "oct", "open", "ord", "pow",
  "print", "property", "range", "repr", "reversed", "round", "set", "setattr",
  "slice", "sorted", "staticmethod", "str", "sum", "super", "tuple", "type",
  "zip", "NotImplemented", "Ellipsis", "exit", "quit",
  "BaseException", "Exception", "ArithmeticError", "ZeroDivisionError",
  "OverflowError", "FloatingPointError", "LookupError", "KeyError", "IndexError",
  "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError",
  "TypeError", "AttributeError", "NameError", "UnboundLocalError",
  "RuntimeError", "NotImplementedError", "RecursionError", "StopIteration",
  "StopAsyncIteration", "GeneratorExit", "KeyboardInterrupt", "SystemExit",
  "AssertionError", "ImportError", "ModuleNotFoundError", "OSError", "IOError",
  "EnvironmentError", "FileNotFoundError", "FileExistsError",
  "PermissionError", "IsADirectoryError", "NotADirectoryError",
  "TimeoutError", "ConnectionError", "ConnectionResetError",
  "ConnectionRefusedError", "ConnectionAbortedError", "BrokenPipeError",
  "InterruptedError", "ChildProcessError", "ProcessLookupError",
  "BlockingIOError", "EOFError", "MemoryError", "BufferError", "SyntaxError",
  "IndentationError", "TabError", "SystemError", "ReferenceError",
  "ExceptionGroup", "BaseExceptionGroup", "Warning", "UserWarning",
  "DeprecationWarning", "RuntimeWarning", "ResourceWarning",
  "PendingDeprecationWarning", "SyntaxWarning", "FutureWarning",
  "ImportWarning", "UnicodeWarning", "BytesWarning", "EncodingWarning",
  "CancelledError_", NULL
};

static int is_known_builtin(const char *n) {
  for (int i = 0; known_builtins[i]; i++)
    if (strcmp(known_builtins[i], n) == 0) return 1;
  return 0;
}

/* Does the def statement `node` have a fast entry (see fast_entry_ok)? */
static int is_fast_def(Emitter *E, const void *node) {
  for (int i = 0; i < E->nfast; i++)
    if (E->fast_defs[i] == node) return 1;
  return 0;
}

int emit__is_static(Emitter *E, const char *name) {
  for (int i = 0; i < E->nstatics; i++)
    if (strcmp(E->statics[i], name) == 0) return 1;
  return 0;
}

/* Is Lua identifier `ln` declared as a local in an enclosing Lua function of
   the current one (so a bare reference would hit that local)? */
static int lua_shadowed(Emitter *E, Scope *from, const char *pyname) {
  for (Scope *s = from; s && s->kind != SC_MODULE; s = s->parent) {
    if (s->kind == SC_CLASS) continue;
    Sym *y = scope_lookup(s, pyname);
    if (y && (y->flags & (SYM_ASSIGNED | SYM_PARAM)) && !(y->flags & (SYM_GLOBAL | SYM_NONLOCAL)))
      return 1;
  }
  return 0;
}

static Scope *cur_scope(Emitter *E);
static const char *spilled_ref(Emitter *E, Scope *owner, const char *name);

static const char *builtin_ref(Emitter *E, const char *name) {
  if (!is_known_builtin(name)) return NULL;
  for (int i = 0; i < E->nbuiltins; i++)
    if (strcmp(E->builtins_used[i], name) == 0) goto found;
  if (E->nbuiltins < E->max_builtins) E->builtins_used[E->nbuiltins++] = name;
  else return fmt(E, "%s.%s", H(E, "B"), name);
found:
  if (lua_shadowed(E, cur_scope(E), name)) return fmt(E, "%s.%s", H(E, "B"), name);
  return name;
}

/* ------------------------------------------------------------------ */
/* Expressions                                                          */

static Ex ex_expr(Emitter *E, Expr *e);
static const char *ex_truth(Emitter *E, Expr *e);
static void st_block(Emitter *E, NodeList *body);
static int is_range_call(Emitter *E, Expr *e);
static const char *range_for_head(Emitter *E, Expr **a, int n, Ex *xs, const char *var);
static void st_stmt(Emitter *E, Stmt *s);
static void assign_to(Emitter *E, Expr *target, Ex value);
static const char *source_of(Emitter *E, Expr *e);
static int emit_for_head(Emitter *E, Expr *target, Expr *iter, int is_async, int guard);
static const char *ex_function(Emitter *E, const void *node, const char *name, Params *params,
                               NodeList *body, Expr *lambda_body, int is_async);

/* Parenthesize unless atomic. */
static const char *P(Emitter *E, Ex x) {
  if (x.f & EX_ATOM) return x.s;
  return fmt(E, "(%s)", x.s);
}

/* Parenthesize unless x is a valid Lua prefix expression (a name, a call,
   an index or already parenthesized): needed before [ ] and ( ). */
static const char *PX(Emitter *E, Ex x) {
  char c = x.s[0];
  if ((x.f & EX_ATOM) && (c == '_' || c == '(' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) &&
      strncmp(x.s, "not ", 4) != 0 && strncmp(x.s, "function", 8) != 0 && strcmp(x.s, "true") != 0 &&
      strcmp(x.s, "false") != 0 && strcmp(x.s, "nil") != 0)
    return x.s;
  return fmt(E, "(%s)", x.s);
}

/* Move a value into a temp so it can be used twice. */
static Ex materialize(Emitter *E, Ex x) {
  if (x.f & EX_SIMPLE) return x;
  const char *t = tmp_new(E);
  outf(E, "%s = %s; ", t, x.s);
  return ex(t, EX_ATOM | EX_SIMPLE | (x.f & (EX_BOOL | EX_NONFALSE | EX_NUM)));
}

/* Compile sibling expressions left to right. If a later one emits
   statements, earlier non-simple ones are moved into temps first so that
   Python's evaluation order is kept. */
static void ex_seq(Emitter *E, Expr **items, int n, Ex *res) {
  for (int i = 0; i < n; i++) {
    size_t mark = E->out.len;
    res[i] = ex_expr(E, items[i]);
    if (E->out.len != mark) {
      Buf ins = {0};
      for (int j = 0; j < i; j++) {
        if (res[j].f & EX_SIMPLE) continue;
        const char *t = tmp_new(E);
        buf_printf(&ins, "%s = %s; ", t, res[j].s);
        res[j] = ex(t, EX_ATOM | EX_SIMPLE | (res[j].f & (EX_BOOL | EX_NONFALSE | EX_NUM)));
      }
      if (ins.len) buf_insert(&E->out, mark, ins.p, ins.len);
      free(ins.p);
    }
  }
}

static Scope *cur_scope(Emitter *E) {
  return E->fn ? E->fn->scope : E->root;
}

/* Comprehension scopes live inside the Lua function of their parent. */
/* (per emitter, not static: worker VMs compile on their own threads) */

Scope *emit__name_scope(Emitter *E) {
  return E_scope ? E_scope : cur_scope(E);
}


/* Definite assignment (see Func.da): a local read where no assignment in
   an enclosing block has surely run gets a check. */
static int name_in(const char **names, int n, const char *name) {
  for (int i = 0; i < n; i++)
    if (strcmp(names[i], name) == 0) return 1;
  return 0;
}

static void name_push(Emitter *E, const char ***names, int *n, int *cap, const char *name) {
  if (name_in(*names, *n, name)) return;
  if (*n == *cap) {
    int nc = *cap ? *cap * 2 : 16;
    const char **a = arena_alloc(E->a, (size_t)nc * sizeof *a);
    if (*n) memcpy(a, *names, (size_t)*n * sizeof *a);
    *names = a;
    *cap = nc;
  }
  (*names)[(*n)++] = name;
}

static int da_tracked(Emitter *E, Scope *owner) {
  return !E_scope && E->fn && owner == E->fn->scope;
}

/* Module-level code (not the REPL's, whose names outlive one input):
   what it surely assigned is tracked as a function's locals are. */
static int module_da_tracked(Emitter *E) {
  return !E_scope && !E->repl && E->fn && E->fn->scope == E->root;
}

static void da_assigned(Emitter *E, const char *name) {
  if (E->fn) name_push(E, &E->fn->da, &E->fn->nda, &E->fn->capda, name);
}

static void da_unbound(Emitter *E, const char *name) {
  if (E->fn) name_push(E, &E->fn->unbinds, &E->fn->nunbinds, &E->fn->capunbinds, name);
}

static int da_sure(Emitter *E, const char *name) {
  return name_in(E->fn->da, E->fn->nda, name) && !name_in(E->fn->unbinds, E->fn->nunbinds, name);
}

static Ex ex_name_load(Emitter *E, const char *name) {
  Scope *owner;
  Scope *s = emit__name_scope(E);
  NameKind k = scope_resolve(s, name, &owner);
  /* __class__ in a method: the class it was defined in (super()'s cell) */
  if ((k == NAME_GLOBAL || k == NAME_BUILTIN) && E->fn && E->fn->class_cell && E->fn->scope->kind == SC_FUNCTION &&
      strcmp(name, "__class__") == 0)
    return ex(E->fn->class_cell, EX_ATOM);
  switch (k) {
  case NAME_LOCAL:
  case NAME_FREE: {
    const char *sp = spilled_ref(E, owner, name);
    if (sp) return ex(sp, EX_ATOM);
    unsigned f = EX_ATOM | EX_SIMPLE;
    if (k == NAME_LOCAL && !E_scope && E->fn && owner == E->fn->scope) {
      int t = emit__tm_get(E->fn->types, name);
      if (t == TY_INT) f |= EX_NUM | EX_INT;
      else if (t == TY_NUM) f |= EX_NUM;
      else if (t == TY_STR) f |= EX_STR;
      else if (t == TY_LIST) f |= EX_LIST;
      if (!E->raw_reads && !da_sure(E, name)) {
        const char *ln = lua_name(E, name);
        return ex(fmt(E, "(%s == nil and %s(%s) or %s)", ln, H(E, "unbound"), lua_cstr(E, name), ln), EX_ATOM);
      }
    }
    return ex(lua_name(E, name), f);
  }
  case NAME_CLASS:
    return ex(fmt(E, "%s(__ns, %s, _ENV)", H(E, "clsget"), lua_cstr(E, name)), EX_ATOM);
  case NAME_GLOBAL:
    if (emit__is_static(E, name) && !lua_shadowed(E, s, name)) {
      /* a module that redefines a builtin (def abs...) still sees the
         builtin until its own definition runs */
      if (is_known_builtin(name))
        return ex(fmt(E, "(%s or %s.%s)", lua_name(E, name), H(E, "B"), name), EX_ATOM);
      /* read by the module's own code where it may not be bound yet (only
         assigned in a branch or loop, or unbound by a del or an except-as):
         NameError */
      if (module_da_tracked(E) && !E->raw_reads && !da_sure(E, name)) {
        const char *ln = lua_name(E, name);
        return ex(fmt(E, "(%s == nil and %s(%s) or %s)", ln, H(E, "unboundg"), lua_cstr(E, name), ln), EX_ATOM);
      }
      return ex(lua_name(E, name), EX_ATOM | EX_SIMPLE);
    }
    if (emit__is_static(E, name)) return ex(fmt(E, "%s(_ENV, %s)", H(E, "gn"), lua_cstr(E, name)), EX_ATOM);
    return ex(fmt(E, "(_ENV[%s] or %s(_ENV, %s))", lua_cstr(E, name), H(E, "gn"), lua_cstr(E, name)), EX_ATOM);
  case NAME_BUILTIN: {
    const char *b = builtin_ref(E, name);
    if (b) return ex(b, EX_ATOM | EX_SIMPLE);
    return ex(fmt(E, "%s(_ENV, %s)", H(E, "gn"), lua_cstr(E, name)), EX_ATOM);
  }
  }
  return ex("nil", EX_ATOM);
}

/* locals() in scope s (not the module's): the class namespace as a dict
   in a class body, else a snapshot of the function's bound names
   (R.localsdict). */
static const char *locals_dict(Emitter *E, Scope *s) {
  Scope *owner;
  if (s->kind == SC_CLASS) return fmt(E, "%s(__ns)", H(E, "nsdict"));
  Buf b = {0};
  buf_printf(&b, "%s({", H(E, "localsdict"));
  int n = 0;
  for (int i = 0; i < s->nsyms; i++) {
    Sym *ys = &s->syms[i];
    int bound = (ys->flags & (SYM_ASSIGNED | SYM_PARAM)) && !(ys->flags & (SYM_GLOBAL | SYM_NONLOCAL));
    NameKind kk = scope_resolve(s, ys->name, &owner);
    /* free variables the function uses count too, as in CPython */
    if (!bound && !(kk == NAME_FREE && (ys->flags & (SYM_USED | SYM_NONLOCAL)))) continue;
    if (kk != NAME_LOCAL && kk != NAME_FREE) continue;
    E->raw_reads = 1; /* (an unbound name is left out, not an error) */
    Ex v = ex_name_load(E, ys->name);
    E->raw_reads = 0;
    buf_printf(&b, "%s%s, %s", n++ ? ", " : "", lua_cstr(E, ys->name), v.s);
  }
  buf_printf(&b, "}, %d)", 2 * n);
  char *r = arena_strndup(E->a, b.p, b.len);
  free(b.p);
  return r;
}

/* The Lua lvalue text for assigning to `name`. */
static const char *name_store(Emitter *E, const char *name) {
  Scope *owner;
  Scope *s = emit__name_scope(E);
  NameKind k = scope_resolve(s, name, &owner);
  switch (k) {
  case NAME_LOCAL:
  case NAME_FREE: {
    if (k == NAME_LOCAL && da_tracked(E, owner)) da_assigned(E, name);
    const char *sp = spilled_ref(E, owner, name);
    return sp ? sp : lua_name(E, name);
  }
  case NAME_CLASS:
    return fmt(E, "__ns[%s]", lua_cstr(E, name));
  case NAME_GLOBAL:
  case NAME_BUILTIN:
    if (emit__is_static(E, name) && !lua_shadowed(E, s, name)) {
      if (module_da_tracked(E)) da_assigned(E, name);
      return lua_name(E, name);
    }
    return fmt(E, "_ENV[%s]", lua_cstr(E, name));
  }
  return "_";
}

static int is_float_lit(Expr *e) { return e->kind == E_FLOAT; }

static int is_nonzero_num_lit(Expr *e) {
  if (e->kind == E_INT && !e->int_is_big) return e->u.ival != 0;
  if (e->kind == E_FLOAT) return e->u.fval != 0.0;
  return 0;
}

static const char *int_lit(Emitter *E, int64_t v) {
  if (v == INT64_MIN) return "math.mininteger";
  return fmt(E, "%lld", (long long)v);
}

static const char *float_lit(Emitter *E, double d) {
  if (d != d) return "(0.0/0.0)";
  if (d > 1.7976931348623157e308) return "(1.0/0.0)";
  if (d < -1.7976931348623157e308) return "(-1.0/0.0)";
  char buf[64];
  snprintf(buf, sizeof buf, "%.17g", d);
  if (!strchr(buf, '.') && !strchr(buf, 'e') && !strchr(buf, 'n') && !strchr(buf, 'i'))
    strcat(buf, ".0");
  return fmt(E, "%s", buf);
}

/* A boolean-valued Lua expression for the truth of e. */
static const char *ex_truth(Emitter *E, Expr *e) {
  if (e->kind == E_BOOLOP) {
    /* and/or in a condition only need truth values */
    const char *op = e->u.boolop.is_and ? " and " : " or ";
    Buf b = {0};
    int n = e->u.boolop.values.len;
    const char *first = ex_truth(E, e->u.boolop.values.items[0]);
    buf_printf(&b, "(%s", first);
    for (int i = 1; i < n; i++) {
      size_t m2 = E->out.len;
      const char *t = ex_truth(E, e->u.boolop.values.items[i]);
      if (E->out.len != m2) {
        /* the operand needs statements: evaluate conditionally into a temp */
        char *pre = arena_strndup(E->a, E->out.p + m2, E->out.len - m2);
        out_truncate(E, m2);
        const char *tv = tmp_new(E);
        outf(E, "%s = %s); ", tv, b.p);
        if (e->u.boolop.is_and)
          outf(E, "if %s then %s%s = %s end; ", tv, pre, tv, t);
        else
          outf(E, "if not %s then %s%s = %s end; ", tv, pre, tv, t);
        b.len = 0;
        buf_printf(&b, "(%s", tv);
        continue;
      }
      buf_printf(&b, "%s%s", op, t);
    }
    buf_puts(&b, ")");
    char *r = arena_strndup(E->a, b.p, b.len);
    free(b.p);
    return r;
  }
  if (e->kind == E_UNARY && e->u.unary.op == U_NOT) return fmt(E, "(not %s)", ex_truth(E, e->u.unary.operand));
  Ex x = ex_expr(E, e);
  if (x.f & EX_BOOL) return P(E, x);
  if (e->kind == E_TRUE) return "true";
  if (e->kind == E_FALSE) return "false";
  /* booleans, the common case, are decided without a call */
  if ((x.f & EX_SIMPLE) && (x.f & EX_ATOM)) return fmt(E, "(%s == true or %s(%s))", x.s, H(E, "truth"), x.s);
  return fmt(E, "%s(%s)", H(E, "truth"), x.s);
}

static const char *binop_helper(BinOp op) {
  switch (op) {
  case OP_POW: return "pow";
  case OP_LSHIFT: return "shl";
  case OP_RSHIFT: return "shr";
  case OP_MATMUL: return "matmul";
  case OP_DIV: return "div";
  case OP_FLOORDIV: return "fdiv";
  case OP_MOD: return "mod";
  default: return NULL;
  }
}

static const char *binop_lua(BinOp op) {
  switch (op) {
  case OP_ADD: return "+";
  case OP_SUB: return "-";
  case OP_MUL: return "*";
  case OP_DIV: return "/";
  case OP_FLOORDIV: return "//";
  case OP_MOD: return "%";
  case OP_POW: return "^";
  case OP_LSHIFT: return "<<";
  case OP_RSHIFT: return ">>";
  case OP_BITOR: return "|";
  case OP_BITXOR: return "~";
  case OP_BITAND: return "&";
  case OP_MATMUL: return NULL;
  }
  return NULL;
}

/* Combine two compiled operands with a binary operator. */
/* Lua precedence of the operators we emit as plain Lua operators. */
static int lua_prec(BinOp op) {
  switch (op) {
  case OP_BITOR: return 4;
  case OP_BITXOR: return 5;
  case OP_BITAND: return 6;
  case OP_LSHIFT: case OP_RSHIFT: return 7;
  case OP_ADD: case OP_SUB: return 10;
  case OP_MUL: case OP_DIV: case OP_FLOORDIV: case OP_MOD: return 11;
  default: return 0;
  }
}

/* Operands of left-associative operators: a left operand of the same
   precedence needs no parentheses, so long chains stay flat for Lua's
   parser (deep parentheses overflow its C stack). */
static const char *PL(Emitter *E, Ex x, int prec) {
  if ((x.f & EX_ATOM) || (x.prec && x.prec >= prec)) return x.s;
  return fmt(E, "(%s)", x.s);
}

static const char *PR(Emitter *E, Ex x, int prec) {
  if ((x.f & EX_ATOM) || (x.prec && x.prec > prec)) return x.s;
  return fmt(E, "(%s)", x.s);
}

/* May `x >> k` (k a small constant) be x // 2**k? Always for an int;
   for a variable or an integer arithmetic result of unknown type too (a
   guess that keeps bit-twiddling loops fast: an object with __rshift__
   held in a variable gets __floordiv__ instead); never for a float or an
   attribute, call or item, which go through shr. */
static int shift_as_div(Ex l, Expr *le) {
  if (l.f & EX_INT) return 1;
  if ((l.f & EX_NUM) || !le) return 0;
  if (le->kind == E_NAME || le->kind == E_INT) return 1;
  if (le->kind == E_BINOP) {
    BinOp o = le->u.bin.op;
    return o == OP_ADD || o == OP_SUB || o == OP_MUL || o == OP_FLOORDIV || o == OP_MOD || o == OP_BITAND ||
           o == OP_BITOR || o == OP_BITXOR || o == OP_LSHIFT || o == OP_RSHIFT;
  }
  return 0;
}

static Ex binop_code(Emitter *E, BinOp op, Ex l, Ex r, Expr *le, Expr *re) {
  unsigned numf = (l.f & EX_NUM) && (r.f & EX_NUM) ? EX_NUM | EX_NONFALSE : 0;
  if ((l.f & EX_INT) && (r.f & EX_INT) && op != OP_DIV && op != OP_POW && op != OP_MATMUL) numf |= EX_INT;
  if (op == OP_ADD && (l.f & EX_STR) && (r.f & EX_STR)) {
    /* both statically str: Lua's own concatenation, no metamethod */
    Ex res = ex(fmt(E, "%s .. %s", PR(E, l, 9), PL(E, r, 8)), EX_STR | EX_NONFALSE);
    res.prec = 8;
    return res;
  }
  if (op == OP_ADD && (l.f & EX_STR) && !(r.f & EX_NUM)) {
    /* a str plus something: the str's __add called directly (concatenation
       when it is a str too), without Lua's metamethod dispatch */
    return ex(fmt(E, "%s(%s, %s)", H(E, "stradd"), l.s, r.s), EX_ATOM);
  }
  switch (op) {
  case OP_ADD: case OP_SUB: case OP_MUL: case OP_BITOR: case OP_BITXOR: case OP_BITAND: {
    int pr = lua_prec(op);
    Ex res = ex(fmt(E, "%s %s %s", PL(E, l, pr), binop_lua(op), PR(E, r, pr)), numf);
    res.prec = pr;
    return res;
  }
  case OP_DIV: case OP_FLOORDIV: case OP_MOD:
    if (re && is_nonzero_num_lit(re)) {
      int pr = lua_prec(op);
      Ex res = ex(fmt(E, "%s %s %s", PL(E, l, pr), binop_lua(op), PR(E, r, pr)), numf);
      res.prec = pr;
      return res;
    }
    /* a zero divisor must raise ZeroDivisionError (Lua gives inf/nan) */
    l = materialize(E, l);
    r = materialize(E, r);
    return ex(fmt(E, "(%s == 0 and %s(%s, %s) or %s %s %s)", r.s, H(E, binop_helper(op)), l.s, r.s,
                  P(E, l), binop_lua(op), P(E, r)), EX_ATOM | numf);
  case OP_POW:
    if (re && is_float_lit(re)) return ex(fmt(E, "%s ^ %s", P(E, l), P(E, r)), numf);
    return ex(fmt(E, "%s(%s, %s)", H(E, "pow"), l.s, r.s), EX_ATOM | numf);
  case OP_RSHIFT:
    /* shifted by a constant: floor division by the power of two (see
       shift_as_div) */
    if (shift_as_div(l, le) && re && re->kind == E_INT && !re->int_is_big && re->u.ival >= 0 && re->u.ival < 63)
      return ex(fmt(E, "%s // %lld", P(E, l), (long long)(1LL << re->u.ival)), numf);
    return ex(fmt(E, "%s(%s, %s)", H(E, "shr"), l.s, r.s), EX_ATOM | numf);
  case OP_LSHIFT:
    if (re && re->kind == E_INT && !re->int_is_big && re->u.ival >= 0 && re->u.ival < 63)
      return ex(fmt(E, "%s << %s", P(E, l), P(E, r)), numf);
    return ex(fmt(E, "%s(%s, %s)", H(E, "shl"), l.s, r.s), EX_ATOM | numf);
  case OP_MATMUL:
    return ex(fmt(E, "%s(%s, %s)", H(E, "matmul"), l.s, r.s), EX_ATOM);
  }
  return l;
}

static const char *cmp_lua(CmpOp op) {
  switch (op) {
  case CMP_EQ: return "==";
  case CMP_NE: return "~=";
  case CMP_LT: return "<";
  case CMP_LE: return "<=";
  case CMP_GT: return ">";
  case CMP_GE: return ">=";
  default: return NULL;
  }
}

static int is_singleton(Expr *e) { return e->kind == E_NONE || e->kind == E_TRUE || e->kind == E_FALSE; }

/* What == may meet on one side: EQ_ANY when plain Lua == is right whatever
   the other side is (None, displays of containers: tables or sentinels),
   EQ_NUM / EQ_STR for plain numbers / strings, else EQ_UNKNOWN. */
enum { EQ_UNKNOWN, EQ_ANY, EQ_NUM, EQ_STR };
static int eq_kind(Emitter *E, Ex x, Expr *e) {
  switch (e->kind) {
  case E_NAME: {
    /* module constants such as _PENDING = "PENDING" */
    Scope *owner;
    if (scope_resolve(emit__name_scope(E), e->u.name, &owner) != NAME_GLOBAL || !emit__is_static(E, e->u.name) ||
        lua_shadowed(E, emit__name_scope(E), e->u.name))
      break;
    if (emit__is_static_numeric(E, e->u.name)) return EQ_NUM;
    for (int i = 0; i < E->nstatic_str; i++)
      if (strcmp(E->static_str[i], e->u.name) == 0) return EQ_STR;
    break;
  }
  case E_CALL:
    /* builtins that always return a plain int or str */
    if (e->u.call.func->kind == E_NAME) {
      static const char *const nums[] = {"len", "int", "ord", "hash", "id"};
      static const char *const strs[] = {"str", "repr", "chr", "format", "hex", "oct", "bin"};
      for (size_t i = 0; i < sizeof nums / sizeof *nums; i++)
        if (emit__is_builtin_name(E, e->u.call.func, nums[i])) return EQ_NUM;
      for (size_t i = 0; i < sizeof strs / sizeof *strs; i++)
        if (emit__is_builtin_name(E, e->u.call.func, strs[i])) return EQ_STR;
    }
    break;
  case E_NONE: return EQ_NUM; /* (a plain value: a class's __eq__ may still equal it) */
  case E_ELLIPSIS: case E_LIST: case E_TUPLE: case E_DICT: case E_SET:
  case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_LAMBDA:
    return EQ_ANY;
  case E_STR: case E_FSTRING: return EQ_STR;
  case E_INT: case E_FLOAT: return EQ_NUM;
  /* (an operator's result is a number only when its operands are known
     to be: a class's __or__ may give an IntFlag member, a box) */
  default: break;
  }
  if (x.f & EX_STR) return EQ_STR;
  if (x.f & EX_NUM) return EQ_NUM;
  return EQ_UNKNOWN;
}

static const char *cmp_code(Emitter *E, CmpOp op, Ex l, Ex r, Expr *le, Expr *re) {
  switch (op) {
  case CMP_IS:
    if (is_singleton(le) || is_singleton(re)) return fmt(E, "%s == %s", P(E, l), P(E, r));
    return fmt(E, "%s(%s, %s)", H(E, "rawequal"), l.s, r.s);
  case CMP_ISNOT:
    if (is_singleton(le) || is_singleton(re)) return fmt(E, "%s ~= %s", P(E, l), P(E, r));
    return fmt(E, "not %s(%s, %s)", H(E, "rawequal"), l.s, r.s);
  case CMP_IN: return fmt(E, "%s(%s, %s)", H(E, "contains"), l.s, r.s);
  case CMP_NOTIN: return fmt(E, "not %s(%s, %s)", H(E, "contains"), l.s, r.s);
  case CMP_EQ: case CMP_NE: {
    if (le->kind == E_TRUE || le->kind == E_FALSE || re->kind == E_TRUE || re->kind == E_FALSE)
      return fmt(E, "%s%s(%s, %s)", op == CMP_NE ? "not " : "", H(E, "eq"), l.s, r.s);
    int kl = eq_kind(E, l, le), kr = eq_kind(E, r, re);
    if (kl == EQ_ANY || kr == EQ_ANY || (kl != EQ_UNKNOWN && kr != EQ_UNKNOWN))
      return fmt(E, "%s %s %s", P(E, l), cmp_lua(op), P(E, r));
    /* Lua's == never calls a metamethod between a table and a number or
       string, and a bool is not a number: True == 1, IntEnum.A == 1 and
       StrEnum.A == "a" take the helper, but only after == failed and an
       operand is a bool or a boxed value (R.BX: a table read, no call) */
    const char *neg = op == CMP_NE ? "not " : "";
    l = materialize(E, l);
    r = materialize(E, r);
    if (kl == EQ_UNKNOWN && kr == EQ_UNKNOWN)
      return fmt(E, "%s(%s == %s or (%s[%s] or %s[%s]) == true and %s(%s, %s))", neg, l.s, r.s, H(E, "BX"), l.s,
                 H(E, "BX"), r.s, H(E, "eq"), l.s, r.s);
    /* against a plain number or str only a bool or a boxed value can be
       equal: a table read tells (== true keeps the result a boolean) */
    Ex u = kl == EQ_UNKNOWN ? l : r;
    return fmt(E, "%s(%s == %s or %s[%s] == true and %s(%s, %s))", neg, l.s, r.s, H(E, "BX"), u.s, H(E, "eq"), l.s, r.s);
  }
  default:
    return fmt(E, "%s %s %s", P(E, l), cmp_lua(op), P(E, r));
  }
}

static Ex ex_compare(Emitter *E, Expr *e) {
  int n = e->u.cmp.n;
  Expr **items = arena_alloc(E->a, (n + 1) * sizeof *items);
  items[0] = e->u.cmp.left;
  for (int i = 0; i < n; i++) items[i + 1] = e->u.cmp.comparators[i];
  if (n == 1) {
    Ex xs[2];
    ex_seq(E, items, 2, xs);
    return ex(cmp_code(E, e->u.cmp.ops[0], xs[0], xs[1], items[0], items[1]), EX_BOOL);
  }
  /* chained: a < b < c  ->  a < b and b < c, with b evaluated once and c only
     when needed; later operands with statements become nested ifs */
  const char *res = tmp_new(E);
  /* a is evaluated before b, which is taken into a temp */
  Ex left = materialize(E, ex_expr(E, items[0]));
  Buf closers = {0};
  for (int i = 0; i < n; i++) {
    size_t mark = E->out.len;
    Ex right = ex_expr(E, items[i + 1]);
    if (E->out.len != mark && !(left.f & EX_SIMPLE)) {
      /* left was compiled before right's statements: take its value first */
      const char *t = tmp_new(E);
      const char *ins = fmt(E, "%s = %s; ", t, left.s);
      buf_insert(&E->out, mark, ins, strlen(ins));
      left = ex(t, EX_ATOM | EX_SIMPLE);
    }
    if (i < n - 1) right = materialize(E, right);
    outf(E, "%s = %s; ", res, cmp_code(E, e->u.cmp.ops[i], left, right, items[i], items[i + 1]));
    if (i < n - 1) {
      outf(E, "if %s then ", res);
      buf_puts(&closers, "end; ");
    }
    left = right;
  }
  if (closers.len) out(E, closers.p);
  free(closers.p);
  return ex(res, EX_ATOM | EX_SIMPLE | EX_BOOL);
}

/* and/or with Python's value semantics. */
static Ex ex_boolop(Emitter *E, Expr *e) {
  int n = e->u.boolop.values.len;
  int all_bool = 1;
  /* fast path: operands that are all Lua booleans and need no statements */
  size_t mark = E->out.len;
  Ex *xs = arena_alloc(E->a, n * sizeof *xs);
  for (int i = 0; i < n && all_bool; i++) {
    size_t m2 = E->out.len;
    xs[i] = ex_expr(E, e->u.boolop.values.items[i]);
    if (!(xs[i].f & EX_BOOL) || (i > 0 && E->out.len != m2)) all_bool = 0;
  }
  if (all_bool) {
    Buf b = {0};
    buf_puts(&b, "(");
    for (int i = 0; i < n; i++) buf_printf(&b, "%s%s", i ? (e->u.boolop.is_and ? " and " : " or ") : "", xs[i].s);
    buf_puts(&b, ")");
    char *r = arena_strndup(E->a, b.p, b.len);
    free(b.p);
    return ex(r, EX_ATOM | EX_BOOL);
  }
  /* general case: t = a; if truth(t) then t = b end ... */
  out_truncate(E, mark);
  const char *t = tmp_new(E);
  Ex first = ex_expr(E, e->u.boolop.values.items[0]);
  outf(E, "%s = %s; ", t, first.s);
  int closers = 0;
  for (int i = 1; i < n; i++) {
    outf(E, "if %s%s(%s) then ", e->u.boolop.is_and ? "" : "not ", H(E, "truth"), t);
    Ex x = ex_expr(E, e->u.boolop.values.items[i]);
    outf(E, "%s = %s; ", t, x.s);
    closers++;
  }
  while (closers--) out(E, "end; ");
  return ex(t, EX_ATOM | EX_SIMPLE);
}

static Ex ex_ifexp(Emitter *E, Expr *e) {
  size_t mark = E->out.len;
  const char *c = ex_truth(E, e->u.ifexp.test);
  size_t m1 = E->out.len;
  Ex b = ex_expr(E, e->u.ifexp.body);
  size_t m2 = E->out.len;
  Ex o = ex_expr(E, e->u.ifexp.orelse);
  if (m1 == m2 && m2 == E->out.len && (b.f & EX_NONFALSE))
    return ex(fmt(E, "(%s and %s or %s)", c, P(E, b), P(E, o)), EX_ATOM | (b.f & o.f & EX_NUM));
  out_truncate(E, mark);
  const char *t = tmp_new(E);
  c = ex_truth(E, e->u.ifexp.test);
  outf(E, "if %s then ", c);
  b = ex_expr(E, e->u.ifexp.body);
  outf(E, "%s = %s else ", t, b.s);
  o = ex_expr(E, e->u.ifexp.orelse);
  outf(E, "%s = %s end; ", t, o.s);
  return ex(t, EX_ATOM | EX_SIMPLE);
}

/* f-strings: concatenation of literal pieces and formatted values. */
static Ex ex_fstring(Emitter *E, Expr *e) {
  int n = e->u.parts.len;
  if (n == 0) return ex("\"\"", EX_ATOM | EX_SIMPLE | EX_NONFALSE);
  Ex *xs = arena_alloc(E->a, n * sizeof *xs);
  Expr **items = (Expr **)e->u.parts.items;
  /* parts that are plain {value}s (no spec, conversion or `=`) are passed
     as they are to __fcat, which writes the whole string at once */
  int plain = n >= 2 && n <= 200;
  for (int i = 0; i < n && plain; i++) {
    Expr *p = items[i];
    if (p->kind == E_FORMATTED && (p->u.fmt.spec || p->u.fmt.conversion || p->u.fmt.debug_text)) plain = 0;
  }
  if (plain) {
    Expr **vals = arena_alloc(E->a, n * sizeof *vals);
    for (int i = 0; i < n; i++)
      vals[i] = items[i]->kind == E_FORMATTED ? items[i]->u.fmt.value : items[i];
    ex_seq(E, vals, n, xs);
    Buf b = {0};
    buf_printf(&b, "%s(", H(E, "fcat"));
    for (int i = 0; i < n; i++) buf_printf(&b, "%s%s", i ? ", " : "", xs[i].s);
    buf_puts(&b, ")");
    char *r = arena_strndup(E->a, b.p, b.len);
    free(b.p);
    return ex(r, EX_ATOM | EX_NONFALSE);
  }
  ex_seq(E, items, n, xs);
  Buf b = {0};
  for (int i = 0; i < n; i++) buf_printf(&b, "%s%s", i ? " .. " : "", P(E, xs[i]));
  char *r = arena_strndup(E->a, b.p, b.len);
  free(b.p);
  return ex(r, n == 1 ? xs[0].f : EX_NONFALSE);
}

static Ex ex_formatted(Emitter *E, Expr *e) {
  Expr *items[2] = {e->u.fmt.value, e->u.fmt.spec};
  Ex xs[2];
  ex_seq(E, items, e->u.fmt.spec ? 2 : 1, xs);
  const char *v = xs[0].s;
  int conv = e->u.fmt.conversion;
  if (conv == 'r') v = fmt(E, "%s(%s)", H(E, "repr"), v);
  else if (conv == 'a') v = fmt(E, "%s(%s)", H(E, "ascii"), v);
  else if (conv == 's') v = fmt(E, "%s(%s)", H(E, "str"), v);
  const char *r;
  if (e->u.fmt.spec)
    r = fmt(E, "%s(%s, %s)", H(E, "format"), v, xs[1].s);
  else if (conv)
    r = v;
  else {
    /* ints, floats, strs, bools in C; other objects through str() */
    Ex m = materialize(E, xs[0]);
    r = fmt(E, "(%s(%s) or %s(%s))", H(E, "strof"), m.s, H(E, "str"), m.s);
  }
  if (e->u.fmt.debug_text) {
    const char *d = lua_cstr(E, e->u.fmt.debug_text);
    return ex(fmt(E, "(%s .. %s)", d, r), EX_ATOM | EX_NONFALSE);
  }
  return ex(r, EX_ATOM | EX_NONFALSE);
}

/* Build a list/tuple from element expressions (no starred). */
static const char *seq_ctor(Emitter *E, Ex *xs, int n, const char *mt) {
  Buf b = {0};
  buf_printf(&b, "%s({", H(E, "setmt"));
  for (int i = 0; i < n; i++) {
    if (i == 0) buf_printf(&b, "[0]=%s", xs[i].s);
    else buf_printf(&b, ", %s", xs[i].s);
  }
  buf_printf(&b, "%sn=%d}, %s)", n ? ", " : "", n, H(E, mt));
  char *r = arena_strndup(E->a, b.p, b.len);
  free(b.p);
  return r;
}

/* Elements possibly containing *starred: compile to a helper call that
   concatenates. Returns code of a new list. */
static const char *starred_list(Emitter *E, NodeList *elts) {
  int n = elts->len;
  Expr **items = arena_alloc(E->a, n * sizeof *items);
  for (int i = 0; i < n; i++) {
    Expr *x = elts->items[i];
    items[i] = x->kind == E_STARRED ? x->u.starred : x;
  }
  Ex *xs = arena_alloc(E->a, n * sizeof *xs);
  ex_seq(E, items, n, xs);
  Buf b = {0};
  buf_printf(&b, "%s(", H(E, "catlist"));
  for (int i = 0; i < n; i++) {
    Expr *x = elts->items[i];
    buf_printf(&b, "%s%s%s", i ? ", " : "", x->kind == E_STARRED ? "true, " : "false, ", xs[i].s);
  }
  buf_puts(&b, ")");
  char *r = arena_strndup(E->a, b.p, b.len);
  free(b.p);
  return r;
}

static int has_starred(NodeList *l) {
  for (int i = 0; i < l->len; i++)
    if (((Expr *)l->items[i])->kind == E_STARRED) return 1;
  return 0;
}

static Ex ex_display(Emitter *E, Expr *e) {
  NodeList *l = &e->u.elts;
  int n = l->len;
  if (e->kind == E_LIST || e->kind == E_TUPLE) {
    if (has_starred(l)) {
      const char *lst = starred_list(E, l);
      if (e->kind == E_TUPLE) return ex(fmt(E, "%s(%s)", H(E, "totuple"), lst), EX_ATOM | EX_NONFALSE);
      return ex(lst, EX_ATOM | EX_NONFALSE);
    }
    Ex *xs = arena_alloc(E->a, (n ? n : 1) * sizeof *xs);
    ex_seq(E, (Expr **)l->items, n, xs);
    return ex(seq_ctor(E, xs, n, e->kind == E_LIST ? "LIST" : "TUPLE"), EX_ATOM | EX_NONFALSE);
  }
  /* set */
  if (has_starred(l)) return ex(fmt(E, "%s(%s)", H(E, "setfromlist"), starred_list(E, l)), EX_ATOM | EX_NONFALSE);
  Ex *xs = arena_alloc(E->a, (n ? n : 1) * sizeof *xs);
  ex_seq(E, (Expr **)l->items, n, xs);
  if (n > 100) return ex(fmt(E, "%s(%s)", H(E, "setfromlist"), seq_ctor(E, xs, n, "LIST")), EX_ATOM | EX_NONFALSE);
  /* CPython builds a display of three or more constants from a frozenset
     constant, which orders ints differently from adding them one by one */
  int all_const = n > 2;
  for (int i = 0; i < n && all_const; i++) {
    Expr *x = l->items[i];
    if (x->kind == E_UNARY && x->u.unary.op == U_NEG) x = x->u.unary.operand;
    if (!((x->kind == E_INT && !x->int_is_big) || x->kind == E_STR || x->kind == E_FLOAT || x->kind == E_NONE ||
          x->kind == E_TRUE || x->kind == E_FALSE))
      all_const = 0;
  }
  Buf b = {0};
  buf_printf(&b, "%s(", H(E, all_const ? "mksetc" : "mkset"));
  for (int i = 0; i < n; i++) buf_printf(&b, "%s%s", i ? ", " : "", xs[i].s);
  buf_puts(&b, ")");
  char *r = arena_strndup(E->a, b.p, b.len);
  free(b.p);
  return ex(r, EX_ATOM | EX_NONFALSE);
}

static Ex ex_dict(Emitter *E, Expr *e) {
  int n = e->u.dict.keys.len;
  Expr **items = arena_alloc(E->a, (2 * n + 1) * sizeof *items);
  int has_spread = 0;
  for (int i = 0; i < n; i++) {
    Expr *k = e->u.dict.keys.items[i];
    items[2 * i] = k ? k : e->u.dict.values.items[i];
    items[2 * i + 1] = k ? e->u.dict.values.items[i] : NULL;
    if (!k) has_spread = 1;
  }
  /* ex_seq over the non-NULL entries */
  int m = 0;
  Expr **flat = arena_alloc(E->a, (2 * n + 1) * sizeof *flat);
  for (int i = 0; i < 2 * n; i++)
    if (items[i]) flat[m++] = items[i];
  Ex *xs = arena_alloc(E->a, (m ? m : 1) * sizeof *xs);
  ex_seq(E, flat, m, xs);
  Buf b = {0};
  /* all keys distinct str or int constants: the dict's table, its order
     and its count built by constructors, no insertion calls */
  int lit = !has_spread && n > 0 && n <= 100;
  for (int i = 0; lit && i < n; i++) {
    Expr *k = e->u.dict.keys.items[i];
    if (!((k->kind == E_STR) || (k->kind == E_INT && !k->int_is_big))) lit = 0;
    /* (a str key that begins as the runtime's own keys is stored escaped) */
    if (lit && k->kind == E_STR && k->u.str.len > 0 && strchr(".:\2", k->u.str.s[0])) lit = 0;
    for (int j = 0; lit && j < i; j++) {
      Expr *o = e->u.dict.keys.items[j];
      if (o->kind != k->kind) continue;
      if (k->kind == E_INT ? o->u.ival == k->u.ival
                           : (o->u.str.len == k->u.str.len && memcmp(o->u.str.s, k->u.str.s, k->u.str.len) == 0))
        lit = 0;
    }
  }
  if (lit) {
    buf_printf(&b, "%s({", H(E, "dictlit"));
    for (int i = 0; i < n; i++) buf_printf(&b, "%s[%s] = %s", i ? ", " : "", xs[2 * i].s, xs[2 * i + 1].s);
    buf_puts(&b, "}, {");
    for (int i = 0; i < n; i++) buf_printf(&b, "%s%s", i ? ", " : "", xs[2 * i].s);
    buf_printf(&b, "}, %d)", n);
  } else if (!has_spread && m == 0) {
    buf_printf(&b, "%s()", H(E, "newdict"));
  } else if (!has_spread && m > 100) {
    /* too many for a call's registers: a table constructor has no limit */
    buf_printf(&b, "%s({", H(E, "mkdictv"));
    for (int i = 0; i < m; i++) buf_printf(&b, "%s%s", i ? ", " : "", xs[i].s);
    buf_puts(&b, "})");
  } else if (!has_spread) {
    buf_printf(&b, "%s(", H(E, "mkdict"));
    for (int i = 0; i < m; i++) buf_printf(&b, "%s%s", i ? ", " : "", xs[i].s);
    buf_puts(&b, ")");
  } else {
    /* mix of pairs and **spreads: __mkdictx(kind, a, [b], ...) */
    buf_printf(&b, "%s(", H(E, "mkdictx"));
    int j = 0;
    for (int i = 0; i < n; i++) {
      if (i) buf_puts(&b, ", ");
      if (e->u.dict.keys.items[i]) {
        buf_printf(&b, "false, %s, %s", xs[j].s, xs[j + 1].s);
        j += 2;
      } else {
        buf_printf(&b, "true, %s", xs[j].s);
        j += 1;
      }
    }
    buf_puts(&b, ")");
  }
  char *r = arena_strndup(E->a, b.p, b.len);
  free(b.p);
  return ex(r, EX_ATOM | EX_NONFALSE);
}

static Ex ex_slice_part(Emitter *E, Expr *x) {
  if (!x) return ex("nil", EX_ATOM | EX_SIMPLE);
  return ex_expr(E, x);
}

static Ex ex_subscript(Emitter *E, Expr *e) {
  Expr *idx = e->u.sub.index;
  if (idx->kind == E_SLICE) {
    Expr *items[4] = {e->u.sub.value, idx->u.slice.lower, idx->u.slice.upper, idx->u.slice.step};
    Ex xs[4];
    Expr *nonnull[4];
    int map[4], m = 0;
    for (int i = 0; i < 4; i++) {
      if (items[i]) {
        map[i] = m;
        nonnull[m++] = items[i];
      } else {
        map[i] = -1;
      }
    }
    Ex ys[4];
    ex_seq(E, nonnull, m, ys);
    for (int i = 0; i < 4; i++) xs[i] = map[i] >= 0 ? ys[map[i]] : ex("nil", EX_ATOM | EX_SIMPLE);
    return ex(fmt(E, "%s(%s, %s, %s, %s)", H(E, "getslice"), xs[0].s, xs[1].s, xs[2].s, xs[3].s), EX_ATOM);
  }
  Expr *items[2] = {e->u.sub.value, idx};
  Ex xs[2];
  ex_seq(E, items, 2, xs);
  /* a raw hit is the common case (list index in range, dict key present);
     anything else, including a false value, goes through __gi */
  Ex a = materialize(E, xs[0]), k = materialize(E, xs[1]);
  return ex(fmt(E, "(%s[%s] or %s(%s, %s))", PX(E, a), k.s, H(E, "gi"), a.s, k.s), EX_ATOM);
}

/* Arguments of a call, with the receiver (if any) first. Handles keyword
   and starred arguments by routing through __kcall / __scall. */
/* Does `name`, read here, mean the builtin? In a module that calls
   globals() (or vars(), locals()) every name resolves as a global; the
   builtin is then meant when the module never binds the name (and has no
   `import *`, which might). */
static int names_builtin(Emitter *E, const char *name, int despite_star) {
  Scope *owner;
  NameKind k = scope_resolve(emit__name_scope(E), name, &owner);
  if (k == NAME_BUILTIN) return 1;
  if (k != NAME_GLOBAL || !E->root->module_uses_globals) return 0;
  if (E->root->has_import_star && !despite_star) return 0;
  Sym *y = scope_lookup(E->root, name);
  return !(y && (y->flags & SYM_ASSIGNED));
}

static Ex ex_call(Emitter *E, Expr *e) {
  /* `await f(args)`: consumed here, so no call nested inside sees it */
  int direct = E->await_direct;
  E->await_direct = 0;
  Expr *f = e->u.call.func;
  NodeList *args = &e->u.call.args;
  NodeList *kws = &e->u.call.keywords;
  int nargs = args->len, nkw = kws->len;
  int star = has_starred(args);
  int dstar = 0;
  for (int i = 0; i < nkw; i++)
    if (!((Keyword *)kws->items[i])->name) dstar = 1;

  /* zero-argument super(): super(__class__, self) */
  if (f->kind == E_NAME && strcmp(f->u.name, "super") == 0 && nargs == 0 && nkw == 0 && E->fn &&
      E->fn->class_cell) {
    if (names_builtin(E, "super", 1))
      return ex(fmt(E, "%s(%s, %s)", H(E, "super"), E->fn->class_cell, E->fn->self_name ? lua_name(E, E->fn->self_name) : "nil"), EX_ATOM);
  }

  /* locals() and vars(): a snapshot of the function's bound names
     (R.localsdict), the class namespace in a class body, globals() at
     module level */
  if (f->kind == E_NAME && (strcmp(f->u.name, "locals") == 0 || strcmp(f->u.name, "vars") == 0) && nargs == 0 &&
      nkw == 0 && !star) {
    Scope *s = emit__name_scope(E);
    if (names_builtin(E, f->u.name, 0)) {
      if (s->kind == SC_MODULE) return ex(fmt(E, "%s(_ENV)", H(E, "globals")), EX_ATOM);
      return ex(locals_dict(E, s), EX_ATOM);
    }
  }

  /* eval(src[, globals[, locals]]) and exec(...): the code runs in this
     module's globals, and reads the function's locals (a snapshot, as
     locals() gives) before them (R.exec_eval) */
  if (f->kind == E_NAME && (strcmp(f->u.name, "eval") == 0 || strcmp(f->u.name, "exec") == 0) && nargs >= 1 &&
      nargs <= 3 && nkw == 0 && !star && names_builtin(E, f->u.name, 0)) {
    Scope *s = emit__name_scope(E);
    const char *loc = s->kind == SC_MODULE ? "nil" : locals_dict(E, s);
    Ex xs[3];
    ex_seq(E, (Expr **)e->u.call.args.items, nargs, xs);
    return ex(fmt(E, "%s(%s, _ENV, %s, %s, %s, %s)", H(E, "exec_eval"), lua_cstr(E, f->u.name), loc, xs[0].s,
                  nargs > 1 ? xs[1].s : "nil", nargs > 2 ? xs[2].s : "nil"), EX_ATOM);
  }

  /* globals(): the module's namespace as a dict (R.globals) */
  if (f->kind == E_NAME && strcmp(f->u.name, "globals") == 0 && nargs == 0 && nkw == 0) {
    if (names_builtin(E, "globals", 0))
      return ex(fmt(E, "%s(_ENV)", H(E, "globals")), EX_ATOM);
  }

  /* super().m(args): the method is found once per class and name and
     called with self itself (R.supercall: no super object per call) */
  if (f->kind == E_ATTR && !star && !dstar && nkw == 0 && E->fn && E->fn->class_cell && E->fn->self_name) {
    Expr *sv = f->u.attr.value;
    if (sv->kind == E_CALL && sv->u.call.func->kind == E_NAME && strcmp(sv->u.call.func->u.name, "super") == 0 &&
        sv->u.call.args.len == 0 && sv->u.call.keywords.len == 0 && names_builtin(E, "super", 1)) {
      Expr **items = arena_alloc(E->a, (nargs + 1) * sizeof *items);
      for (int i = 0; i < nargs; i++) items[i] = args->items[i];
      Ex *xs = arena_alloc(E->a, (nargs + 1) * sizeof *xs);
      ex_seq(E, items, nargs, xs);
      Buf b = {0};
      emit__buf_printf(&b, "%s(%s, %s, %s", H(E, "supercall"), E->fn->class_cell, lua_name(E, E->fn->self_name),
                       lua_cstr(E, mangle(E, f->u.attr.attr)));
      for (int i = 0; i < nargs; i++) emit__buf_printf(&b, ", %s", xs[i].s);
      emit__buf_printf(&b, ")");
      const char *r = arena_strndup(E->a, b.p, b.len);
      free(b.p);
      return ex(r, EX_ATOM);
    }
  }

  /* Gather: [receiver] func, positional args, keyword values. */
  int is_method = f->kind == E_ATTR;
  int total = 1 + nargs + nkw;
  Expr **items = arena_alloc(E->a, total * sizeof *items);
  int m = 0;
  items[m++] = is_method ? f->u.attr.value : f;
  for (int i = 0; i < nargs; i++) {
    Expr *a = args->items[i];
    items[m++] = a->kind == E_STARRED ? a->u.starred : a;
  }
  for (int i = 0; i < nkw; i++) items[m++] = ((Keyword *)kws->items[i])->value;
  Ex *xs = arena_alloc(E->a, total * sizeof *xs);
  ex_seq(E, items, m, xs);

  const char *callee;
  const char *selfarg = NULL;
  if (is_method) {
    Ex recv = xs[0];
    /* a module bound by `import mod`: mod.f(args) calls the module's f
       (mod["\2f"], kept in the module, see vm/modules.lua) */
    int is_module = 0;
    if (f->u.attr.value->kind == E_NAME && (recv.f & EX_SIMPLE)) {
      Scope *owner;
      const char *rn = f->u.attr.value->u.name;
      if (scope_resolve(emit__name_scope(E), rn, &owner) == NAME_GLOBAL && !lua_shadowed(E, emit__name_scope(E), rn))
        for (int i = 0; i < E->nimport; i++)
          if (strcmp(E->import_names[i], rn) == 0) is_module = 1;
    }
    recv = materialize(E, recv);
    if (is_module) {
      const char *an = mangle(E, f->u.attr.attr);
      callee = fmt(E, "(%s[\"\\2%s\"] or %s(%s, %s))", PX(E, recv), an, H(E, "ga"), recv.s, lua_cstr(E, an));
    } else {
      /* a miss (a method that is not in the class's table: an instance
         attribute holding a callable, __getattr__, ...) takes the full lookup */
      callee = fmt(E, "(%s[%s] or %s(%s, %s))", PX(E, recv), meth_key(E, f->u.attr.attr), H(E, "gm"), recv.s,
                   lua_cstr(E, mangle(E, f->u.attr.attr)));
      selfarg = recv.s;
    }
  } else {
    callee = PX(E, xs[0]);
    /* str(x), int(x), float(x), bool(x), list(x), tuple(x), set(x) of the
       builtin types: the conversion itself, past the class's __call */
    static const char *const conv[] = {"str", "int", "float", "bool", "list", "tuple", "set"};
    /* dict(), list(), set(): a new empty one, past the class's __call */
    static const char *const empty[] = {"dict", "list", "set"};
    Scope *owner;
    if (f->kind == E_NAME && !star && nkw == 0 && nargs <= 1 &&
        scope_resolve(emit__name_scope(E), f->u.name, &owner) == NAME_BUILTIN) {
      if (nargs == 1) {
        /* len() of a local that is surely a list: its count */
        if ((xs[1].f & EX_LIST) && (xs[1].f & EX_SIMPLE) && strcmp(f->u.name, "len") == 0)
          return ex(fmt(E, "%s.n", xs[1].s), EX_ATOM | EX_NUM | EX_INT);
        for (int i = 0; i < 7; i++)
          if (strcmp(f->u.name, conv[i]) == 0) callee = H(E, fmt(E, "call_%s", conv[i]));
      } else {
        for (int i = 0; i < 3; i++)
          if (strcmp(f->u.name, empty[i]) == 0)
            return ex(fmt(E, "%s()", H(E, fmt(E, "new%s", empty[i]))), EX_ATOM | EX_NONFALSE);
      }
    }
  }
  Buf b = {0};
  Stmt *def = NULL;
  if (!star && !dstar && nkw == 0 && f->kind == E_NAME) {
    Scope *owner;
    if (scope_resolve(emit__name_scope(E), f->u.name, &owner) == NAME_GLOBAL && emit__is_static(E, f->u.name) &&
        !lua_shadowed(E, emit__name_scope(E), f->u.name))
      for (int i = 0; i < E->nknown; i++)
        if (strcmp(E->known_defs[i]->u.func.name, f->u.name) == 0) def = E->known_defs[i];
    /* module code that runs before the def meets a NameError instead */
    if (def && emit__name_scope(E) == E->root && e->line <= def->line) def = NULL;
    /* every parameter passed positionally: the body, past the check (a
       call that runs before the def finds __fb_name nil: a NameError) */
    if (def && is_fast_def(E, def) && nargs == def->u.func.params->posonly.len + def->u.func.params->args.len)
      callee = fmt(E, "__fb_%s", lua_name(E, f->u.name));
  }
  int npos = def ? def->u.func.params->posonly.len + def->u.func.params->args.len : 0;
  if (def && nargs > npos) {
    /* TypeError: f() takes 3 positional arguments but 4 were given */
    Params *ps = def->u.func.params;
    int nreq = 0;
    for (int i = 0; i < ps->posonly.len; i++)
      if (!((Param *)ps->posonly.items[i])->default_) nreq++;
    for (int i = 0; i < ps->args.len; i++)
      if (!((Param *)ps->args.items[i])->default_) nreq++;
    buf_printf(&b, "%s(%s, %d, %d, %d", H(E, "toomany"), lua_cstr(E, f->u.name), nreq, npos, nargs);
    for (int i = 0; i < nargs; i++) buf_printf(&b, ", %s", xs[1 + i].s);
    buf_puts(&b, ")");
  } else if (!star && !dstar && nkw == 0) {
    if (nargs > 200) {
      /* too many registers for one call: go through a list */
      buf_printf(&b, "%s(%s, {", H(E, "callv"), callee);
      if (selfarg) buf_printf(&b, "%s, ", selfarg);
      for (int i = 0; i < nargs; i++) buf_printf(&b, "%s%s", i ? ", " : "", xs[1 + i].s);
      buf_puts(&b, "})");
    } else if (direct) {
      /* awaited at once: an async def's body runs without a coroutine
         object (see R.awaitcall) */
      int nall = nargs + (selfarg ? 1 : 0);
      if (nall <= 3) buf_printf(&b, "%s(%s", H(E, fmt(E, "awaitcall%d", nall)), callee);
      else buf_printf(&b, "%s(%s", H(E, "awaitcall"), callee);
      if (selfarg) buf_printf(&b, ", %s", selfarg);
      for (int i = 0; i < nargs; i++) buf_printf(&b, ", %s", xs[1 + i].s);
      buf_puts(&b, ")");
      E->await_done = 1;
    } else {
      buf_printf(&b, "%s(", callee);
      int first = 1;
      if (selfarg) {
        buf_puts(&b, selfarg);
        first = 0;
      }
      for (int i = 0; i < nargs; i++) {
        buf_printf(&b, "%s%s", first ? "" : ", ", xs[1 + i].s);
        first = 0;
      }
      buf_puts(&b, ")");
    }
  } else if (!star && !dstar) {
    /* keywords only: __kcall(f, npos, names, pos..., kwvalues...) */
    Buf names = {0};
    buf_puts(&names, "{");
    for (int i = 0; i < nkw; i++)
      buf_printf(&names, "%s%s", i ? ", " : "", lua_cstr(E, ((Keyword *)kws->items[i])->name));
    buf_puts(&names, "}");
    int k = E->nconsts++;
    buf_printf(&E->consts, "__K[%d] = %s; ", k, names.p);
    free(names.p);
    buf_printf(&b, "%s(%s, %d, __K[%d]", H(E, "kcall"), callee, nargs + (selfarg ? 1 : 0), k);
    if (selfarg) buf_printf(&b, ", %s", selfarg);
    for (int i = 0; i < nargs + nkw; i++) buf_printf(&b, ", %s", xs[1 + i].s);
    buf_puts(&b, ")");
  } else {
    /* general: __scall(f, poslist, kwdict) */
    buf_printf(&b, "%s(%s, %s(", H(E, "scall"), callee, H(E, "catlist"));
    int first = 1;
    if (selfarg) {
      buf_printf(&b, "false, %s", selfarg);
      first = 0;
    }
    for (int i = 0; i < nargs; i++) {
      Expr *a = args->items[i];
      buf_printf(&b, "%s%s, %s", first ? "" : ", ", a->kind == E_STARRED ? "true" : "false", xs[1 + i].s);
      first = 0;
    }
    buf_printf(&b, "), %s(", H(E, "mkkwargs"));
    for (int i = 0; i < nkw; i++) {
      Keyword *kw = kws->items[i];
      if (i) buf_puts(&b, ", ");
      if (kw->name)
        buf_printf(&b, "false, %s, %s", lua_cstr(E, kw->name), xs[1 + nargs + i].s);
      else
        buf_printf(&b, "true, %s", xs[1 + nargs + i].s);
    }
    buf_puts(&b, "))");
  }
  char *r = arena_strndup(E->a, b.p, b.len);
  free(b.p);
  return ex(r, EX_ATOM);
}

static Ex ex_lambda(Emitter *E, Expr *e) {
  const char *code = ex_function(E, e, "<lambda>", e->u.lambda.params, NULL, e->u.lambda.body, 0);
  /* (a temp of its own until the statement ends: a list of lambdas does
     not copy each into another one) */
  return ex(code, EX_ATOM | EX_NONFALSE | EX_SIMPLE);
}

static Ex ex_expr(Emitter *E, Expr *e) {
  if (++E->depth > 3000) em_error(E, e->line, e->col, "expression too deeply nested");
  Ex r;
  switch (e->kind) {
  case E_NAME:
    r = ex_name_load(E, e->u.name);
    break;
  case E_INT:
    if (e->int_is_big)
      r = ex(fmt(E, "%s(%s)", H(E, "bigint"), lua_str(E, e->u.str.s, e->u.str.len)), EX_ATOM);
    else
      r = ex(int_lit(E, e->u.ival), EX_ATOM | EX_SIMPLE | EX_NUM | EX_INT | EX_NONFALSE);
    break;
  case E_FLOAT:
    r = ex(float_lit(E, e->u.fval), EX_ATOM | EX_SIMPLE | EX_NUM | EX_NONFALSE);
    break;
  case E_IMAG:
    r = ex(fmt(E, "%s(%s)", H(E, "complex"), float_lit(E, e->u.fval)), EX_ATOM);
    break;
  case E_STR:
    r = ex(lua_str(E, e->u.str.s, e->u.str.len), EX_ATOM | EX_SIMPLE | EX_NONFALSE | EX_STR);
    break;
  case E_BYTES: {
    int k = E->nconsts++;
    buf_printf(&E->consts, "__K[%d] = %s(%s); ", k, H(E, "bytes"), lua_str(E, e->u.str.s, e->u.str.len));
    r = ex(fmt(E, "__K[%d]", k), EX_ATOM | EX_SIMPLE | EX_NONFALSE);
    break;
  }
  case E_NONE: r = ex("None", EX_ATOM | EX_SIMPLE | EX_NONFALSE); H(E, "None"); break;
  case E_TRUE: r = ex("true", EX_ATOM | EX_SIMPLE | EX_BOOL | EX_NONFALSE); break;
  case E_FALSE: r = ex("false", EX_ATOM | EX_SIMPLE | EX_BOOL); break;
  case E_ELLIPSIS: r = ex(fmt(E, "%s.Ellipsis", H(E, "R")), EX_ATOM | EX_SIMPLE | EX_NONFALSE); break;
  case E_FSTRING: r = ex_fstring(E, e); break;
  case E_FORMATTED: r = ex_formatted(E, e); break;
  case E_BINOP: {
    Expr *items[2] = {e->u.bin.left, e->u.bin.right};
    Ex xs[2];
    ex_seq(E, items, 2, xs);
    r = binop_code(E, e->u.bin.op, xs[0], xs[1], e->u.bin.left, e->u.bin.right);
    break;
  }
  case E_UNARY: {
    if (e->u.unary.op == U_NOT) {
      r = ex(fmt(E, "not %s", ex_truth(E, e->u.unary.operand)), EX_BOOL);
      break;
    }
    Expr *o = e->u.unary.operand;
    if (e->u.unary.op == U_NEG && (o->kind == E_INT || o->kind == E_FLOAT) && !o->int_is_big) {
      if (o->kind == E_INT) {
        if (o->u.ival == INT64_MIN) r = ex("math.mininteger", EX_ATOM | EX_SIMPLE | EX_NUM | EX_NONFALSE);
        else r = ex(fmt(E, "(-%lld)", (long long)o->u.ival), EX_ATOM | EX_SIMPLE | EX_NUM | EX_NONFALSE);
      } else {
        r = ex(fmt(E, "(-%s)", float_lit(E, o->u.fval)), EX_ATOM | EX_SIMPLE | EX_NUM | EX_NONFALSE);
      }
      break;
    }
    Ex x = ex_expr(E, o);
    if (e->u.unary.op == U_NEG) r = ex(fmt(E, "-%s", P(E, x)), x.f & EX_NUM);
    else if (e->u.unary.op == U_INVERT) r = ex(fmt(E, "~%s", P(E, x)), x.f & EX_NUM);
    else r = ex(fmt(E, "%s(%s)", H(E, "pos"), x.s), EX_ATOM | (x.f & EX_NUM));
    break;
  }
  case E_BOOLOP: r = ex_boolop(E, e); break;
  case E_COMPARE: r = ex_compare(E, e); break;
  case E_CALL: r = ex_call(E, e); break;
  case E_ATTR: {
    /* objects of builtin types and of plain classes index straight into
       their class's lookup table, so a miss (nil) falls back to the full
       lookup (which also runs on a false value, harmlessly) */
    Ex v = ex_expr(E, e->u.attr.value);
    if (emit__is_fast_attr(E, e->u.attr.attr)) {
      r = ex(fmt(E, "%s[%s]", PX(E, v), attr_key(E, e->u.attr.attr)), EX_ATOM);
      break;
    }
    v = materialize(E, v);
    r = ex(fmt(E, "(%s[%s] or %s(%s, %s))", PX(E, v), attr_key(E, e->u.attr.attr), H(E, "ga"), v.s,
               lua_cstr(E, mangle(E, e->u.attr.attr))), EX_ATOM);
    break;
  }
  case E_SUBSCRIPT: r = ex_subscript(E, e); break;
  case E_SLICE: {
    Expr *items[3] = {e->u.slice.lower, e->u.slice.upper, e->u.slice.step};
    Ex xs[3];
    for (int i = 0; i < 3; i++) xs[i] = ex_slice_part(E, items[i]);
    r = ex(fmt(E, "%s(%s, %s, %s)", H(E, "mkslice"), xs[0].s, xs[1].s, xs[2].s), EX_ATOM);
    break;
  }
  case E_STARRED:
    em_error(E, e->line, e->col, "can't use starred expression here");
    break;
  case E_LIST: case E_TUPLE: case E_SET: r = ex_display(E, e); break;
  case E_DICT: r = ex_dict(E, e); break;
  case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP: r = emit__comprehension(E, e); break;
  case E_LAMBDA: r = ex_lambda(E, e); break;
  case E_IFEXP: r = ex_ifexp(E, e); break;
  case E_NAMEDEXPR: {
    Ex v = ex_expr(E, e->u.named.value);
    const char *t = name_store(E, e->u.named.target->u.name);
    outf(E, "%s = %s; ", t, v.s);
    r = ex_name_load(E, e->u.named.target->u.name);
    break;
  }
  case E_AWAIT: {
    Expr *x = e->u.value;
    E->await_direct = x->kind == E_CALL;
    E->await_done = 0;
    Ex v = ex_expr(E, x);
    E->await_direct = 0;
    if (E->await_done) r = v;
    else r = ex(fmt(E, "%s(%s)", H(E, "await"), v.s), EX_ATOM);
    E->await_done = 0;
    break;
  }
  case E_YIELD: {
    Ex v = e->u.value ? ex_expr(E, e->u.value) : ex("None", EX_ATOM | EX_SIMPLE);
    if (!e->u.value) H(E, "None");
    r = ex(fmt(E, "%s(%s)", H(E, E->fn && E->fn->is_async ? "ayield" : "yield"), v.s), EX_ATOM);
    break;
  }
  case E_YIELDFROM: {
    Ex v = ex_expr(E, e->u.value);
    r = ex(fmt(E, "%s(%s)", H(E, "yieldfrom"), v.s), EX_ATOM);
    break;
  }
  default:
    em_error(E, e->line, e->col, "unsupported expression");
  }
  /* suspended inside an except block, a generator leaves the exception it
     handles behind, and has it back when it resumes (a task's is kept by
     the scheduler: an await keeps it, so what the awaited code raises
     gets it as its context, as in CPython) */
  if (E->exc_saved && (e->kind == E_YIELD || e->kind == E_YIELDFROM)) {
    const char *keep = tmp_new(E), *val = tmp_new(E), *exs = H(E, "EXS");
    outf(E, "%s = %s[1]; %s[1] = false; %s = %s; %s[1] = %s; ", keep, exs, exs, val, r.s, exs, keep);
    r = ex(val, EX_ATOM | EX_SIMPLE);
  }
  /* deep nesting: take intermediate results into temps so that the Lua
     text stays shallow (Lua's parser recurses ~200 levels at most) */
  if (E->depth % 16 == 0 && !(r.f & EX_SIMPLE)) r = materialize(E, r);
  E->depth--;
  return r;
}

/* ------------------------------------------------------------------ */
/* Assignment                                                           */

static void assign_unpack(Emitter *E, NodeList *elts, Ex value) {
  int n = elts->len;
  int star = -1;
  for (int i = 0; i < n; i++)
    if (((Expr *)elts->items[i])->kind == E_STARRED) star = i;
  const char **ts = arena_alloc(E->a, (n ? n : 1) * sizeof *ts);
  for (int i = 0; i < n; i++) ts[i] = tmp_new(E);
  Buf b = {0};
  for (int i = 0; i < n; i++) buf_printf(&b, "%s%s", i ? ", " : "", ts[i]);
  if (star < 0)
    outf(E, "%s = %s(%s, %d); ", b.p, H(E, "unpack"), value.s, n);
  else
    outf(E, "%s = %s(%s, %d, %d); ", b.p, H(E, "unpackex"), value.s, star, n - star - 1);
  free(b.p);
  for (int i = 0; i < n; i++) {
    Expr *t = elts->items[i];
    if (t->kind == E_STARRED) t = t->u.starred;
    assign_to(E, t, ex(ts[i], EX_ATOM | EX_SIMPLE));
  }
}

/* Remember that `name` is assigned as an attribute somewhere: an instance
   attribute of that name must then shadow a method of the same name. */
static void note_attr_store(Emitter *E, const char *name) {
  for (int i = 0; i < E->nstored; i++)
    if (strcmp(E->stored_attrs[i], name) == 0) return;
  if (E->nstored == E->capstored) {
    int nc = E->capstored ? E->capstored * 2 : 32;
    const char **n = arena_alloc(E->a, nc * sizeof *n);
    if (E->nstored) memcpy(n, E->stored_attrs, E->nstored * sizeof *n);
    E->stored_attrs = n;
    E->capstored = nc;
  }
  E->stored_attrs[E->nstored++] = name;
}

/* Store an already-evaluated value into a target. */
static void assign_to(Emitter *E, Expr *target, Ex value) {
  switch (target->kind) {
  case E_NAME:
    outf(E, "%s = %s; ", name_store(E, target->u.name), value.s);
    break;
  case E_ATTR: {
    note_attr_store(E, mangle(E, target->u.attr.attr));
    value = materialize(E, value);
    Ex o = ex_expr(E, target->u.attr.value);
    outf(E, "%s[%s] = %s; ", PX(E, o), attr_key(E, target->u.attr.attr), value.s);
    break;
  }
  case E_SUBSCRIPT: {
    value = materialize(E, value);
    Expr *idx = target->u.sub.index;
    if (idx->kind == E_SLICE) {
      Expr *items[4] = {target->u.sub.value, idx->u.slice.lower, idx->u.slice.upper, idx->u.slice.step};
      Ex xs[4];
      for (int i = 0; i < 4; i++) xs[i] = items[i] ? ex_expr(E, items[i]) : ex("nil", EX_ATOM | EX_SIMPLE);
      outf(E, "%s(%s, %s, %s, %s, %s); ", H(E, "setslice"), xs[0].s, xs[1].s, xs[2].s, xs[3].s, value.s);
      break;
    }
    Expr *items[2] = {target->u.sub.value, idx};
    Ex xs[2];
    ex_seq(E, items, 2, xs);
    outf(E, "%s[%s] = %s; ", PX(E, xs[0]), xs[1].s, value.s);
    break;
  }
  case E_TUPLE:
  case E_LIST:
    value = materialize(E, value);
    assign_unpack(E, &target->u.elts, value);
    break;
  case E_STARRED:
    em_error(E, target->line, target->col, "starred assignment target must be in a list or tuple");
    break;
  default:
    em_error(E, target->line, target->col, "cannot assign to expression");
  }
}

static void st_assign(Emitter *E, Stmt *s) {
  NodeList *targets = &s->u.assign.targets;
  Expr *v = s->u.assign.value;
  /* a, b = b, a: Lua multiple assignment when shapes match */
  if (targets->len == 1) {
    Expr *t = targets->items[0];
    if ((t->kind == E_TUPLE || t->kind == E_LIST) && (v->kind == E_TUPLE || v->kind == E_LIST) &&
        !has_starred(&t->u.elts) && !has_starred(&v->u.elts) && t->u.elts.len == v->u.elts.len &&
        t->u.elts.len > 0) {
      int n = t->u.elts.len, ok = 1;
      for (int i = 0; i < n; i++) {
        Expr *ti = t->u.elts.items[i];
        if (ti->kind != E_NAME && ti->kind != E_ATTR && ti->kind != E_SUBSCRIPT) ok = 0;
        if (ti->kind == E_SUBSCRIPT && ((Expr *)ti->u.sub.index)->kind == E_SLICE) ok = 0;
      }
      if (ok) {
        Ex *xs = arena_alloc(E->a, n * sizeof *xs);
        ex_seq(E, (Expr **)v->u.elts.items, n, xs);
        /* every value into a temp first (a, b = b, a), then the targets */
        for (int i = 0; i < n; i++) {
          Expr *vi = v->u.elts.items[i];
          if (vi->kind == E_INT || vi->kind == E_FLOAT || vi->kind == E_STR || vi->kind == E_NONE ||
              vi->kind == E_TRUE || vi->kind == E_FALSE)
            continue;
          const char *t = tmp_new(E);
          outf(E, "%s = %s; ", t, xs[i].s);
          xs[i] = ex(t, EX_ATOM | EX_SIMPLE);
        }
        for (int i = 0; i < n; i++) assign_to(E, t->u.elts.items[i], xs[i]);
        return;
      }
    }
  }
  /* q, r = divmod(a, b) of the builtin: both values at once, no tuple */
  if (targets->len == 1 && v->kind == E_CALL && v->u.call.func->kind == E_NAME &&
      strcmp(v->u.call.func->u.name, "divmod") == 0 && v->u.call.args.len == 2 && v->u.call.keywords.len == 0 &&
      !has_starred(&v->u.call.args) && names_builtin(E, "divmod", 0)) {
    Expr *t = targets->items[0];
    if ((t->kind == E_TUPLE || t->kind == E_LIST) && t->u.elts.len == 2 && !has_starred(&t->u.elts)) {
      Ex xs[2];
      ex_seq(E, (Expr **)v->u.call.args.items, 2, xs);
      const char *q = tmp_new(E), *r = tmp_new(E);
      outf(E, "%s, %s = %s(%s, %s); ", q, r, H(E, "divmod2"), xs[0].s, xs[1].s);
      assign_to(E, t->u.elts.items[0], ex(q, EX_ATOM | EX_SIMPLE));
      assign_to(E, t->u.elts.items[1], ex(r, EX_ATOM | EX_SIMPLE));
      return;
    }
  }
  Ex x = ex_expr(E, v);
  if (targets->len > 1) x = materialize(E, x);
  for (int i = 0; i < targets->len; i++) assign_to(E, targets->items[i], x);
}

/* Does evaluating e call code (calls, awaits, yields)? */
static int expr_has_call(Expr *e) {
  if (!e) return 0;
  switch (e->kind) {
  case E_CALL: case E_AWAIT: case E_YIELD: case E_YIELDFROM: case E_LISTCOMP: case E_SETCOMP:
  case E_DICTCOMP: case E_GENEXP: case E_LAMBDA: case E_FSTRING: case E_FORMATTED: case E_SUBSCRIPT:
  case E_ATTR: case E_COMPARE: case E_BOOLOP: case E_IFEXP: case E_NAMEDEXPR:
    return 1;
  case E_BINOP: return expr_has_call(e->u.bin.left) || expr_has_call(e->u.bin.right);
  case E_UNARY: return expr_has_call(e->u.unary.operand);
  default: return 0;
  }
}

/* x op= v. For values that are tables, __ipl marks the left operand so the
   runtime's metamethod performs the in-place variant (__iadd__, list +=). */
static void st_augassign(Emitter *E, Stmt *s) {
  Expr *t = s->u.aug.target;
  BinOp op = s->u.aug.op;
  Ex cur, obj = {0}, key = {0};
  const char *lv;
  if (t->kind == E_NAME) {
    cur = ex_name_load(E, t->u.name);
    lv = name_store(E, t->u.name);
  } else if (t->kind == E_ATTR) {
    obj = materialize(E, ex_expr(E, t->u.attr.value));
    note_attr_store(E, mangle(E, t->u.attr.attr));
    lv = fmt(E, "%s[%s]", PX(E, obj), attr_key(E, t->u.attr.attr));
    if (emit__is_fast_attr(E, t->u.attr.attr))
      cur = ex(lv, EX_ATOM);
    else
      cur = ex(fmt(E, "(%s or %s(%s, %s))", lv, H(E, "ga"), obj.s, lua_cstr(E, mangle(E, t->u.attr.attr))), EX_ATOM);
  } else if (t->kind == E_SUBSCRIPT && ((Expr *)t->u.sub.index)->kind == E_SLICE) {
    /* x[a:b] op= v: the slice read once, operated on in place, and
       assigned back (the object and the bounds evaluated once) */
    Expr *idx = t->u.sub.index;
    Expr *items[4] = {t->u.sub.value, idx->u.slice.lower, idx->u.slice.upper, idx->u.slice.step};
    const char *parts[4];
    for (int i = 0; i < 4; i++) parts[i] = items[i] ? materialize(E, ex_expr(E, items[i])).s : "nil";
    Ex cur2 = materialize(E, ex(fmt(E, "%s(%s, %s, %s, %s)", H(E, "getslice"), parts[0], parts[1], parts[2], parts[3]),
                                EX_ATOM));
    size_t mark2 = E->out.len;
    Ex v2 = ex_expr(E, s->u.aug.value);
    if (!(v2.f & EX_SIMPLE) && (E->out.len != mark2 || expr_has_call(s->u.aug.value))) v2 = materialize(E, v2);
    outf(E, "__ipl = %s; ", cur2.s);
    Ex r2 = binop_code(E, op, cur2, v2, NULL, s->u.aug.value);
    outf(E, "%s(%s, %s, %s, %s, %s); ", H(E, "setslice"), parts[0], parts[1], parts[2], parts[3], r2.s);
    return;
  } else if (t->kind == E_SUBSCRIPT) {
    Expr *items[2] = {t->u.sub.value, t->u.sub.index};
    Ex xs[2];
    ex_seq(E, items, 2, xs);
    obj = materialize(E, xs[0]);
    key = materialize(E, xs[1]);
    lv = fmt(E, "%s[%s]", PX(E, obj), key.s);
    /* the read goes through __getitem__ on a raw miss (defaultdict, ...) */
    cur = ex(fmt(E, "(%s or %s(%s, %s))", lv, H(E, "gi"), obj.s, key.s), EX_ATOM);
  } else {
    em_error(E, t->line, t->col, "'%s' is an illegal expression for augmented assignment", "expression");
    return;
  }
  int numeric = (cur.f & EX_NUM) != 0;
  if (!numeric) cur = materialize(E, cur);
  size_t mark = E->out.len;
  Ex v = ex_expr(E, s->u.aug.value);
  /* code that ran while computing the value may itself set the in-place
     marker: take the value first unless it was computed without code */
  if (!numeric && !(v.f & EX_SIMPLE) && (E->out.len != mark || expr_has_call(s->u.aug.value))) v = materialize(E, v);
  /* a number on the left has no in-place variant */
  if (!numeric) outf(E, "__ipl = %s; ", cur.s);
  Ex r = binop_code(E, op, cur, v, t->kind == E_NAME ? t : NULL, s->u.aug.value);
  outf(E, "%s = %s; ", lv, r.s);
}


/* ------------------------------------------------------------------ */
/* Control flow: return / break / continue, possibly from closures      */

/* Leaving an except handler other than by its end: the exception it
   handled stops being sys.exc_info()'s (see st_try_except). */
static void exc_restore(Emitter *E, int depth) {
  if (E->nexc > depth) outf(E, "%s[1] = %s; ", H(E, "EXS"), E->exc_stack[depth]);
}

static void emit_return(Emitter *E, const char *v) {
  if (!E->fn) return;
  if (E->exc_saved) {
    /* the value is computed while the handler still runs */
    const char *t = tmp_new(E);
    outf(E, "%s = %s; ", t, v);
    v = t;
  }
  exc_restore(E, E->fn->exc_base);
  if (E->level == E->fn->level) {
    /* parenthesized: not a tail call, so the frame stays in tracebacks */
    outf(E, "do return (%s) end; ", v);
  } else {
    E->clo->used_ret = 1;
    outf(E, "do return 1, %s end; ", v);
  }
}

static void emit_break(Emitter *E) {
  Loop *lp = E->fn ? E->fn->loop : NULL;
  if (!lp) return;
  exc_restore(E, lp->exc_depth);
  if (lp->level == E->level) {
    if (lp->brk_flag) outf(E, "%s = true; ", lp->brk_flag);
    out(E, "break; ");
  } else {
    E->clo->used_brk = 1;
    out(E, "do return 2 end; ");
  }
}

static void emit_continue(Emitter *E) {
  Loop *lp = E->fn ? E->fn->loop : NULL;
  if (!lp) return;
  exc_restore(E, lp->exc_depth);
  if (lp->level == E->level) {
    lp->used_continue = 1;
    outf(E, "goto __c%d; ", lp->label);
  } else {
    E->clo->used_cnt = 1;
    out(E, "do return 3 end; ");
  }
}

/* After `ok, c, v = xpcall(closure)`: act on the control code. */
static void emit_dispatch(Emitter *E, Closure *c, const char *code, const char *val) {
  if (c->used_ret) {
    outf(E, "if %s == 1 then ", code);
    emit_return(E, val);
    out(E, "end; ");
  }
  if (c->used_brk) {
    outf(E, "if %s == 2 then ", code);
    emit_break(E);
    out(E, "end; ");
  }
  if (c->used_cnt) {
    outf(E, "if %s == 3 then ", code);
    emit_continue(E);
    out(E, "end; ");
  }
}

static void closure_begin(Emitter *E, Closure *c, Frame *fr) {
  memset(c, 0, sizeof *c);
  c->prev = E->clo;
  E->clo = c;
  E->level++;
  c->level = E->level;
  out(E, "function() ");
  frame_push(E, fr, 1);
}

static void closure_end(Emitter *E) {
  frame_pop(E);
  out(E, "end");
  E->level--;
  E->clo = E->clo->prev;
}

/* Does a loop body use `continue` for this loop? */
static int uses_continue(NodeList *body);

static int stmt_uses_continue(Stmt *s) {
  switch (s->kind) {
  case S_CONTINUE: return 1;
  case S_IF: return uses_continue(&s->u.if_.body) || uses_continue(&s->u.if_.orelse);
  case S_WITH: return uses_continue(&s->u.with.body);
  case S_TRY: {
    if (uses_continue(&s->u.try_.body) || uses_continue(&s->u.try_.orelse) ||
        uses_continue(&s->u.try_.finalbody))
      return 1;
    for (int i = 0; i < s->u.try_.handlers.len; i++)
      if (uses_continue(&((Handler *)s->u.try_.handlers.items[i])->body)) return 1;
    return 0;
  }
  case S_FOR: return uses_continue(&s->u.for_.orelse);
  case S_WHILE: return uses_continue(&s->u.while_.orelse);
  case S_MATCH:
    for (int i = 0; i < s->u.match.cases.len; i++)
      if (uses_continue(&((MatchCase *)s->u.match.cases.items[i])->body)) return 1;
    return 0;
  default: return 0;
  }
}

static int uses_continue(NodeList *body) {
  for (int i = 0; i < body->len; i++)
    if (stmt_uses_continue(body->items[i])) return 1;
  return 0;
}

/* ------------------------------------------------------------------ */
/* Loops                                                                */

int emit__is_builtin_name(Emitter *E, Expr *f, const char *name) {
  if (f->kind != E_NAME || strcmp(f->u.name, name) != 0) return 0;
  Scope *owner;
  return scope_resolve(emit__name_scope(E), name, &owner) == NAME_BUILTIN;
}

/* Does scope s, or any scope inside it, mention `name`? */
static int mentioned_within(Scope *s, const char *name) {
  for (int i = 0; i < s->nchildren; i++) {
    Scope *c = s->children[i];
    if (scope_lookup(c, name) || mentioned_within(c, name)) return 1;
  }
  return 0;
}

/* The Lua name a for statement can bind directly as its loop's own
   control variable, or NULL. A function's local qualifies when the scope
   analysis saw it used only inside for loops that bind it, never rebound
   in their bodies (SYM_OUTSIDE clear), and no inner scope mentions it:
   nothing can then tell the loop's variable from the function's. This
   saves a copy per iteration. */
static const char *loop_own_var(Emitter *E, Expr *t) {
  if (t->kind != E_NAME || E_scope || !E->fn) return NULL;
  Scope *owner;
  if (scope_resolve(emit__name_scope(E), t->u.name, &owner) != NAME_LOCAL || owner != E->fn->scope ||
      owner->kind != SC_FUNCTION)
    return NULL;
  Sym *y = scope_lookup(owner, t->u.name);
  if (!y || (y->flags & (SYM_OUTSIDE | SYM_PARAM | SYM_GLOBAL | SYM_NONLOCAL | SYM_DELETED | SYM_CAPTURED)) ||
      !(y->flags & SYM_FORVAR) || spilled_ref(E, owner, t->u.name) || mentioned_within(owner, t->u.name))
    return NULL;
  return name_store(E, t->u.name);
}

/* range(a[, b[, c]]) of the builtin range, with plain positional arguments */
static int is_range_call(Emitter *E, Expr *e) {
  return e->kind == E_CALL && emit__is_builtin_name(E, e->u.call.func, "range") && e->u.call.keywords.len == 0 &&
         e->u.call.args.len >= 1 && e->u.call.args.len <= 3 && !has_starred(&e->u.call.args);
}

/* `for var = ... do ` over range(args), the arguments evaluated (xs):
   Python's range as a numeric for (a step that is not a positive or
   negative literal is checked, and may need a temp: emitted now). */
static const char *range_for_head(Emitter *E, Expr **a, int n, Ex *xs, const char *var) {
  const char *ri = H(E, "ri");
  const char *start = "0", *stop;
  Expr *stop_e;
  if (n == 1) {
    stop_e = a[0];
    stop = xs[0].s;
  } else {
    stop_e = a[1];
    Expr *st = a[0];
    start = (st->kind == E_INT || (xs[0].f & EX_INT)) ? xs[0].s : fmt(E, "%s(%s)", ri, xs[0].s);
    stop = xs[1].s;
  }
  if (stop_e->kind != E_INT && !(xs[n == 1 ? 0 : 1].f & EX_INT)) stop = fmt(E, "%s(%s)", ri, stop);
  if (n == 3) {
    Expr *se = a[2];
    if (se->kind == E_INT && !se->int_is_big && se->u.ival > 0)
      return fmt(E, "for %s = %s, %s - 1, %s do ", var, start, P(E, ex(stop, 0)), xs[2].s);
    if (se->kind == E_UNARY && se->u.unary.op == U_NEG && se->u.unary.operand->kind == E_INT &&
        se->u.unary.operand->u.ival > 0)
      return fmt(E, "for %s = %s, %s + 1, %s do ", var, start, P(E, ex(stop, 0)), xs[2].s);
    Ex stp = materialize(E, ex(fmt(E, "%s(%s)", H(E, "rstep"), xs[2].s), EX_ATOM));
    return fmt(E, "for %s = %s, %s - (%s > 0 and 1 or -1), %s do ", var, start, P(E, ex(stop, 0)), stp.s, stp.s);
  }
  return fmt(E, "for %s = %s, %s - 1 do ", var, start, P(E, ex(stop, 0)));
}

/* A for statement over a call's result: a generator made there is closed
   when the loop ends early (break, return, an exception), as CPython
   closes it when the loop drops the last reference (an async generator
   gets its aclose() scheduled). The guard is a to-be-closed local. */
static int emit_for_head(Emitter *E, Expr *target, Expr *iter, int is_async, int guard) {
  int id = ++E->nlabel;
  if (is_async) {
    Ex it = iter ? ex_expr(E, iter) : comp_first_iter;
    outf(E, "do local __ai%d = %s(%s); ", id, H(E, "aiter"), it.s);
    if (guard) outf(E, "local __ag%d <close> = %s(__ai%d); ", id, H(E, "agenguard"), id);
    outf(E, "while true do local __ok%d, __v%d = %s(__ai%d); if not __ok%d then break end; ",
         id, id, H(E, "anext"), id, id);
    assign_to(E, target, ex(fmt(E, "__v%d", id), EX_ATOM | EX_SIMPLE));
    return 2;
  }
  /* for x in range(...) with the builtin range: a numeric for */
  if (iter && is_range_call(E, iter)) {
    NodeList *a = &iter->u.call.args;
    Ex xs[3];
    ex_seq(E, (Expr **)a->items, a->len, xs);
    const char *own = loop_own_var(E, target);
    const char *var = own ? own : fmt(E, "__i%d", id);
    out(E, range_for_head(E, (Expr **)a->items, a->len, xs, var));
    if (!own) assign_to(E, target, ex(var, EX_ATOM | EX_SIMPLE | EX_NUM | EX_NONFALSE));
    return 1;
  }
  Ex it;
  int extra = 0;
  if (guard && iter) {
    /* the generators made while the iterable is computed are the loop's
       own (see R.genguard): the count of generators made so far, first */
    outf(E, "do local __gq%d = %s[1]; ", id, H(E, "GENSEQ"));
    it = ex_expr(E, iter);
    outf(E, "local __gx%d = %s; local __gg%d <close> = %s(__gx%d, __gq%d); ", id, it.s, id, H(E, "genguard"), id,
         id);
    it = ex(fmt(E, "__gx%d", id), EX_ATOM | EX_SIMPLE);
    extra = 1;
  } else {
    it = iter ? ex_expr(E, iter) : comp_first_iter;
    if (guard) {
      outf(E, "do local __gx%d = %s; local __gg%d <close> = %s(__gx%d); ", id, it.s, id, H(E, "genguard"), id);
      it = ex(fmt(E, "__gx%d", id), EX_ATOM | EX_SIMPLE);
      extra = 1;
    }
  }
  /* for a, b in ...: the iterator unpacks without building tuples */
  if ((target->kind == E_TUPLE || target->kind == E_LIST) && !has_starred(&target->u.elts) &&
      target->u.elts.len >= 2 && target->u.elts.len <= 4) {
    int n = target->u.elts.len;
    const char *own[4];
    int all_own = 1;
    for (int i = 0; i < n; i++) {
      own[i] = loop_own_var(E, target->u.elts.items[i]);
      if (!own[i]) all_own = 0;
    }
    Buf vars = {0};
    for (int i = 0; i < n; i++) {
      if (all_own) buf_printf(&vars, ", %s", own[i]);
      else buf_printf(&vars, ", __v%d_%d", id, i);
    }
    outf(E, "for __c%d%s in %s(%s, %d) do ", id, vars.p, H(E, "iterunpack"), it.s, n);
    free(vars.p);
    if (!all_own)
      for (int i = 0; i < n; i++)
        assign_to(E, target->u.elts.items[i], ex(fmt(E, "__v%d_%d", id, i), EX_ATOM | EX_SIMPLE));
    return 1 + extra;
  }
  /* __iterf gives (nil, list, -1) for a list or tuple, which the loop
     indexes itself (re-reading the length, as Python's list iterator does),
     and iter()'s (f, s, c) triple for anything else: no call per item for
     the commonest iterables. */
  const char *own = loop_own_var(E, target);
  const char *v = own ? own : fmt(E, "__v%d", id);
  outf(E, "do local __f%d, __s%d, __c%d = %s(%s); while true do local %s; "
          "if __f%d then __c%d, %s = __f%d(__s%d, __c%d); if __c%d == nil then break end "
          "else __c%d = __c%d + 1; if __c%d >= __s%d.n then break end; %s = __s%d[__c%d] end; ",
       id, id, id, H(E, "iterf"), it.s, v,
       id, id, v, id, id, id, id,
       id, id, id, id, v, id, id);
  if (!own) assign_to(E, target, ex(v, EX_ATOM | EX_SIMPLE));
  return 2 + extra;
}

/* Names a loop body unbinds (del x, except ... as x), in any statement
   not in a nested def or class: on the next pass, reads before that point
   may find them unbound, so every read in the loop checks them. */
static void loop_unbinds(Emitter *E, NodeList *body);

static void stmt_unbinds(Emitter *E, Stmt *s) {
  switch (s->kind) {
  case S_DELETE:
    for (int i = 0; i < s->u.targets.len; i++) {
      Expr *t = s->u.targets.items[i];
      if (t->kind == E_NAME) da_unbound(E, t->u.name);
      else if (t->kind == E_TUPLE || t->kind == E_LIST)
        for (int j = 0; j < t->u.elts.len; j++)
          if (((Expr *)t->u.elts.items[j])->kind == E_NAME) da_unbound(E, ((Expr *)t->u.elts.items[j])->u.name);
    }
    break;
  case S_IF: loop_unbinds(E, &s->u.if_.body); loop_unbinds(E, &s->u.if_.orelse); break;
  case S_FOR: loop_unbinds(E, &s->u.for_.body); loop_unbinds(E, &s->u.for_.orelse); break;
  case S_WHILE: loop_unbinds(E, &s->u.while_.body); loop_unbinds(E, &s->u.while_.orelse); break;
  case S_WITH: loop_unbinds(E, &s->u.with.body); break;
  case S_TRY:
    loop_unbinds(E, &s->u.try_.body);
    loop_unbinds(E, &s->u.try_.orelse);
    loop_unbinds(E, &s->u.try_.finalbody);
    for (int i = 0; i < s->u.try_.handlers.len; i++) {
      Handler *h = s->u.try_.handlers.items[i];
      if (h->name) da_unbound(E, h->name);
      loop_unbinds(E, &h->body);
    }
    break;
  case S_MATCH:
    for (int i = 0; i < s->u.match.cases.len; i++) loop_unbinds(E, &((MatchCase *)s->u.match.cases.items[i])->body);
    break;
  default: break;
  }
}

static void loop_unbinds(Emitter *E, NodeList *body) {
  for (int i = 0; i < body->len; i++) stmt_unbinds(E, body->items[i]);
}

static void loop_body(Emitter *E, Loop *lp, NodeList *body) {
  if (E->fn && !E_scope) loop_unbinds(E, body);
  int cont = uses_continue(body);
  if (cont) out(E, "do ");
  st_block(E, body);
  if (cont) outf(E, "end ::__c%d:: ", lp->label);
}

static void st_for(Emitter *E, Stmt *s) {
  Loop lp = {0};
  lp.prev = E->fn->loop;
  lp.level = E->level;
  lp.label = ++E->nlabel;
  lp.exc_depth = E->nexc;
  if (s->u.for_.orelse.len) {
    lp.brk_flag = tmp_new(E);
    outf(E, "%s = false; ", lp.brk_flag);
  }
  int da_mark = E->fn ? E->fn->nda : 0; /* (the loop variable: bound only if an item came) */
  int closers = emit_for_head(E, s->u.for_.target, s->u.for_.iter, s->u.for_.is_async,
                              s->u.for_.iter->kind == E_CALL);
  E->fn->loop = &lp;
  loop_body(E, &lp, &s->u.for_.body);
  E->fn->loop = lp.prev;
  while (closers--) out(E, "end ");
  if (E->fn && E->fn->nda > da_mark) E->fn->nda = da_mark;
  if (s->u.for_.orelse.len) {
    outf(E, "if not %s then ", lp.brk_flag);
    st_block(E, &s->u.for_.orelse);
    out(E, "end ");
  }
}

static void st_while(Emitter *E, Stmt *s) {
  Loop lp = {0};
  lp.prev = E->fn->loop;
  lp.level = E->level;
  lp.label = ++E->nlabel;
  lp.exc_depth = E->nexc;
  if (s->u.while_.orelse.len) {
    lp.brk_flag = tmp_new(E);
    outf(E, "%s = false; ", lp.brk_flag);
  }
  Expr *test = s->u.while_.test;
  if (test->kind == E_TRUE || (test->kind == E_INT && test->u.ival != 0)) {
    out(E, "while true do ");
  } else {
    /* the condition may need statements: evaluate it inside the loop */
    size_t mark = E->out.len;
    int saved = E->frame->ntemps;
    const char *c = ex_truth(E, test);
    if (E->out.len == mark) {
      E->out.len = mark;
      outf(E, "while %s do ", c);
    } else {
      char *pre = arena_strndup(E->a, E->out.p + mark, E->out.len - mark);
      out_truncate(E, mark);
      outf(E, "while true do %sif not %s then break end; ", pre, c);
    }
    E->frame->ntemps = saved;
  }
  E->fn->loop = &lp;
  loop_body(E, &lp, &s->u.while_.body);
  E->fn->loop = lp.prev;
  out(E, "end ");
  if (s->u.while_.orelse.len) {
    outf(E, "if not %s then ", lp.brk_flag);
    st_block(E, &s->u.while_.orelse);
    out(E, "end ");
  }
}

/* ------------------------------------------------------------------ */
/* try / with                                                           */

/* The exception a handler runs for is sys.exc_info()'s (and the context
   of what is raised meanwhile: see R.tbh) in __EXS[1]; the value from
   before the try statement comes back when the handler ends. */
static void st_try_except(Emitter *E, Stmt *s) {
  const char *ok = tmp_new(E), *code = tmp_new(E), *val = tmp_new(E);
  const char *exsave = tmp_new(E);
  Closure c;
  Frame fr;
  outf(E, "%s = %s[1]; ", exsave, H(E, "EXS"));
  outf(E, "%s, %s, %s = %s(", ok, code, val, H(E, "xpcall"));
  closure_begin(E, &c, &fr);
  st_block(E, &s->u.try_.body);
  closure_end(E);
  outf(E, ", %s); ", H(E, "tbh"));
  outf(E, "if %s then ", ok);
  if (s->u.try_.orelse.len) {
    outf(E, "if %s == nil then ", code);
    st_block(E, &s->u.try_.orelse);
    out(E, "end; ");
  }
  emit_dispatch(E, &c, code, val);
  out(E, "else ");
  outf(E, "%s[1] = %s; ", H(E, "EXS"), code);
  const char *saved_exc = E->cur_exc;
  const char *saved_exc_saved = E->exc_saved;
  E->cur_exc = code;
  E->exc_saved = exsave;
  if (E->nexc == (int)(sizeof E->exc_stack / sizeof E->exc_stack[0]))
    em_error(E, s->line, s->col, "too many statically nested blocks");
  E->exc_stack[E->nexc++] = exsave;
  if (s->u.try_.is_star) {
    /* except*: each clause takes its part of the group and runs protected;
       what the clauses raised and what is left unhandled are raised at the
       end, combined (R.starresult) */
    const char *orig = tmp_new(E), *raised = tmp_new(E);
    outf(E, "%s, %s = %s, nil; ", orig, raised, code);
    for (int i = 0; i < s->u.try_.handlers.len; i++) {
      Handler *h = s->u.try_.handlers.items[i];
      outf(E, "if %s ~= nil then ", code);
      Ex t = ex_expr(E, h->type);
      outf(E, "%s, %s = %s(%s, %s); if %s ~= nil then ", val, code, H(E, "exsplit"), code, t.s, val);
      if (h->name) outf(E, "%s = %s; ", name_store(E, h->name), val);
      const char *se = E->cur_exc;
      E->cur_exc = val;
      const char *hok = tmp_new(E), *hcode = tmp_new(E), *hval = tmp_new(E);
      Closure hc;
      Frame hfr;
      outf(E, "%s, %s, %s = %s(", hok, hcode, hval, H(E, "xpcall"));
      closure_begin(E, &hc, &hfr);
      st_block(E, &h->body);
      closure_end(E);
      outf(E, ", %s); if %s then ", H(E, "tbh"), hok);
      emit_dispatch(E, &hc, hcode, hval);
      outf(E, "else %s = %s(%s, %s, %s) end ", raised, H(E, "starraised"), raised, hcode, val);
      E->cur_exc = se;
      out(E, "end end; ");
    }
    outf(E, "if %s ~= nil then %s = %s(%s, %s, %s) end; if %s ~= nil then %s[1] = %s; %s(%s) end ", raised, code,
         H(E, "starresult"), orig, raised, code, code, H(E, "EXS"), exsave, H(E, "reraise"), code);
  } else {
    int n = s->u.try_.handlers.len;
    for (int i = 0; i < n; i++) {
      Handler *h = s->u.try_.handlers.items[i];
      if (i) out(E, "else ");
      if (h->type) {
        Ex t = ex_expr(E, h->type);
        outf(E, "if %s(%s, %s) then ", H(E, "exmatch"), code, t.s);
      } else {
        out(E, "do ");
      }
      if (h->name) outf(E, "%s = %s; ", name_store(E, h->name), code);
      st_block(E, &h->body);
      if (h->name) {
        outf(E, "%s = nil; ", name_store(E, h->name));
        da_unbound(E, h->name);
      }
    }
    if (n == 0 || ((Handler *)s->u.try_.handlers.items[n - 1])->type)
      outf(E, "%s%s[1] = %s; %s(%s) ", n ? "else " : "", H(E, "EXS"), exsave, H(E, "reraise"), code);
    for (int i = 0; i < n; i++) out(E, "end ");
  }
  E->cur_exc = saved_exc;
  E->exc_saved = saved_exc_saved;
  E->nexc--;
  outf(E, "%s[1] = %s; ", H(E, "EXS"), exsave);
  out(E, "end ");
}

static void st_try(Emitter *E, Stmt *s) {
  int saved = E->frame->ntemps;
  if (!s->u.try_.finalbody.len) {
    st_try_except(E, s);
    E->frame->ntemps = saved;
    return;
  }
  const char *ok = tmp_new(E), *code = tmp_new(E), *val = tmp_new(E);
  Closure c;
  Frame fr;
  outf(E, "%s, %s, %s = %s(", ok, code, val, H(E, "xpcall"));
  closure_begin(E, &c, &fr);
  if (s->u.try_.handlers.len) {
    st_try_except(E, s);
  } else {
    st_block(E, &s->u.try_.body);
  }
  closure_end(E);
  outf(E, ", %s); ", H(E, "tbh"));
  /* a finally block that runs for an exception handles it, as an except
     block does: sys.exc_info() and the context of what it raises */
  const char *exsave = tmp_new(E);
  const char *EXS = H(E, "EXS");
  outf(E, "%s = %s[1]; if not %s then %s[1] = %s end; ", exsave, EXS, ok, EXS, code);
  const char *saved_exc = E->cur_exc, *saved_exc_saved = E->exc_saved;
  E->cur_exc = fmt(E, "(not %s and %s or nil)", ok, code);
  E->exc_saved = exsave;
  if (E->nexc == (int)(sizeof E->exc_stack / sizeof E->exc_stack[0]))
    em_error(E, s->line, s->col, "too many statically nested blocks");
  E->exc_stack[E->nexc++] = exsave;
  st_block(E, &s->u.try_.finalbody);
  E->nexc--;
  E->cur_exc = saved_exc;
  E->exc_saved = saved_exc_saved;
  outf(E, "%s[1] = %s; if not %s then %s(%s) end; ", EXS, exsave, ok, H(E, "reraise"), code);
  emit_dispatch(E, &c, code, val);
  E->frame->ntemps = saved;
}

static void st_with_items(Emitter *E, Stmt *s, int i) {
  NodeList *items = &s->u.with.items;
  if (i == items->len) {
    st_block(E, &s->u.with.body);
    return;
  }
  WithItem *w = items->items[i];
  int as = s->u.with.is_async;
  Ex m = ex_expr(E, w->context);
  const char *mgr = tmp_new(E);
  outf(E, "%s = %s; ", mgr, m.s);
  const char *ev = tmp_new(E);
  outf(E, "%s = %s(%s); ", ev, H(E, as ? "awenter" : "wenter"), mgr);
  if (w->var) assign_to(E, w->var, ex(ev, EX_ATOM | EX_SIMPLE));
  const char *ok = tmp_new(E), *code = tmp_new(E), *val = tmp_new(E);
  Closure c;
  Frame fr;
  outf(E, "%s, %s, %s = %s(", ok, code, val, H(E, "xpcall"));
  closure_begin(E, &c, &fr);
  st_with_items(E, s, i + 1);
  closure_end(E);
  outf(E, ", %s); ", H(E, "tbh"));
  outf(E, "if %s(%s, %s, %s) then ", H(E, as ? "awexit" : "wexit"), mgr, ok, code);
  emit_dispatch(E, &c, code, val);
  out(E, "end; ");
}

static void st_with(Emitter *E, Stmt *s) {
  int saved = E->frame->ntemps;
  st_with_items(E, s, 0);
  E->frame->ntemps = saved;
}

/* ------------------------------------------------------------------ */
/* Functions and classes                                                */

int emit__params_simple(Params *p) {
  if (!p) return 1;
  if (p->vararg || p->kwarg || p->kwonly.len) return 0;
  return 1;
}

static void all_params(Params *p, NodeList *outl, Arena *a) {
  if (!p) return;
  for (int i = 0; i < p->posonly.len; i++) list_push(a, outl, p->posonly.items[i]);
  for (int i = 0; i < p->args.len; i++) list_push(a, outl, p->args.items[i]);
}

/* Declare the function's Python locals (not parameters) at its top. Lua
   allows 200 locals per function: past 120, variables live in a table. */
static void declare_locals(Emitter *E, Scope *fs) {
  Buf b = {0};
  int n = 0;
  for (int i = 0; i < fs->nsyms; i++) {
    Sym *y = &fs->syms[i];
    if (!((y->flags & SYM_ASSIGNED) && !(y->flags & (SYM_PARAM | SYM_GLOBAL | SYM_NONLOCAL)))) continue;
    if (n >= 120) {
      if (!fs->spill_table) {
        fs->spill_table = fmt(E, "__L%d", ++E->nlabel);
        fs->spilled = arena_alloc(E->a, fs->nsyms * sizeof *fs->spilled);
      }
      fs->spilled[fs->nspilled++] = y->name;
      continue;
    }
    buf_printf(&b, "%s%s", n ? ", " : "local ", lua_name(E, y->name));
    n++;
  }
  if (n) buf_puts(&b, "; ");
  if (fs->spill_table) buf_printf(&b, "local %s = {}; ", fs->spill_table);
  if (b.len) out(E, b.p);
  free(b.p);
}

/* The table slot of a spilled local, or NULL. */
static const char *spilled_ref(Emitter *E, Scope *owner, const char *name) {
  if (!owner || !owner->spill_table) return NULL;
  for (int i = 0; i < owner->nspilled; i++)
    if (strcmp(owner->spilled[i], name) == 0) return fmt(E, "%s[%s]", owner->spill_table, lua_cstr(E, name));
  return NULL;
}

/* The constant description of a function for the runtime (names of the
   parameters for keyword calls, qualname for tracebacks and repr). */
/* The docstring of a body: a string constant as its first statement. */
static Expr *docstring(NodeList *body) {
  if (!body || !body->len) return NULL;
  Stmt *st = body->items[0];
  if (st->kind == S_EXPR && st->u.value->kind == E_STR) return st->u.value;
  return NULL;
}

static const char *func_info(Emitter *E, const char *name, const char *qualname, Params *p, int line,
                             NodeList *body, const char *kind) {
  Buf b = {0};
  buf_printf(&b, "{name=%s, qualname=%s, line=%d, params={", lua_cstr(E, name), lua_cstr(E, qualname), line);
  NodeList ps = {0};
  all_params(p, &ps, E->a);
  int nreq = 0;
  for (int i = 0; i < ps.len; i++) {
    Param *q = ps.items[i];
    buf_printf(&b, "%s%s", i ? ", " : "", lua_cstr(E, q->name));
    if (!q->default_) nreq = i + 1;
  }
  buf_printf(&b, "}, nreq=%d, nposonly=%d", nreq, p ? p->posonly.len : 0);
  if (p && p->vararg) buf_printf(&b, ", vararg=%s", lua_cstr(E, p->vararg->name));
  if (p && p->kwarg) buf_printf(&b, ", kwarg=%s", lua_cstr(E, p->kwarg->name));
  if (p && p->kwonly.len) {
    buf_puts(&b, ", kwonly={");
    for (int i = 0; i < p->kwonly.len; i++)
      buf_printf(&b, "%s%s", i ? ", " : "", lua_cstr(E, ((Param *)p->kwonly.items[i])->name));
    buf_puts(&b, "}");
  }
  if (!emit__params_simple(p)) buf_puts(&b, ", complex=true");
  if (kind) buf_printf(&b, ", kind=\"%s\"", kind);
  Expr *doc = docstring(body);
  if (doc) buf_printf(&b, ", doc=%s", lua_str(E, doc->u.str.s, doc->u.str.len));
  buf_puts(&b, "}");
  int k = E->nconsts++;
  buf_printf(&E->consts, "__K[%d] = %s; ", k, b.p);
  free(b.p);
  return fmt(E, "__K[%d]", k);
}

/* Emit a function value (def or lambda) as an expression: the body is
   written into the output in place, so the result is the text of a temp. */
static const char *ex_function(Emitter *E, const void *node, const char *name, Params *params,
                               NodeList *body, Expr *lambda_body, int is_async) {
  Scope *fs = scope_of(E->root, node);
  int line = lambda_body ? lambda_body->line : ((Stmt *)node)->line;
  const char *kind = fs->is_generator ? (is_async ? "asyncgen" : "generator") : (is_async ? "coroutine" : NULL);
  const char *info = func_info(E, name, fs->qualname ? fs->qualname : name, params, line, body, kind);
  NodeList ps = {0};
  all_params(params, &ps, E->a);
  /* evaluate defaults now, in order, into function-private locals */
  const char *result = tmp_new(E);
  out(E, "do ");
  Buf dflt = {0};
  int nd = 0;
  for (int i = 0; i < ps.len; i++) {
    Param *q = ps.items[i];
    if (!q->default_) continue;
    Ex d = ex_expr(E, q->default_);
    outf(E, "local __d%d = %s; ", i, d.s);
    nd++;
  }
  if (params)
    for (int i = 0; i < params->kwonly.len; i++) {
      Param *q = params->kwonly.items[i];
      if (!q->default_) continue;
      Ex d = ex_expr(E, q->default_);
      outf(E, "local __dk%d = %s; ", i, d.s);
    }
  free(dflt.p);
  (void)nd;
  int simple = emit__params_simple(params);
  if (!simple) {
    /* the defaults of a complex signature, as the binder wants them: built
       once per definition, also registered with the function so keyword
       calls can bind without entering the prologue's binder */
    out(E, "local __dt = {");
    for (int i = 0; i < ps.len; i++)
      if (((Param *)ps.items[i])->default_) outf(E, "[%d]=__d%d, ", i + 1, i);
    for (int i = 0; i < params->kwonly.len; i++)
      if (((Param *)params->kwonly.items[i])->default_)
        outf(E, "[%s]=__dk%d, ", lua_cstr(E, ((Param *)params->kwonly.items[i])->name), i);
    out(E, "}; ");
  }
  /* a coroutine's body is a function of its own, made once per definition:
     calling the async function stores the bound arguments in the
     coroutine object instead of closing over them */
  int body_id = (is_async && !fs->is_generator) ? ++E->nbodies : 0;
  int sm = 0; /* the body is resumable (sm_eligible) */
  if (body_id) outf(E, "local __b%d; ", body_id);
  int fast = !lambda_body && is_fast_def(E, node);
  if (fast) {
    /* the public function checks its arguments and tail-calls the body,
       which calls that passed them all reach directly */
    Buf pl = {0};
    for (int i = 0; i < ps.len; i++) buf_printf(&pl, "%s%s", i ? ", " : "", lua_name(E, ((Param *)ps.items[i])->name));
    outf(E, "%s = %s(function(%s, __x1, __x2) if %s == nil then %s(%s, %d, %s) end; ", result, H(E, "def"), pl.p,
         lua_name(E, ((Param *)ps.items[ps.len - 1])->name), H(E, "argerr"), info, ps.len, pl.p);
    outf(E, "if __x1 ~= nil then %s(%s, __x2) end; return __fb_%s(%s) end, %s); ", H(E, "toomanyx"), info,
         lua_name(E, name), pl.p, info);
    outf(E, "__fb_%s = %s(function(", lua_name(E, name), H(E, "def"));
    free(pl.p);
  } else
    outf(E, "%s = %s(function(", result, H(E, "def"));
  if (simple) {
    for (int i = 0; i < ps.len; i++) outf(E, "%s%s", i ? ", " : "", lua_name(E, ((Param *)ps.items[i])->name));
    /* two sentinels past the parameters: a call with too many positional
       arguments fills them (no Python value is nil), and the second one
       tells one extra argument from several (see R.toomanyx) */
    if (!fast) outf(E, "%s__x1, __x2", ps.len ? ", " : "");
  } else {
    out(E, "...");
  }
  out(E, ") ");
  /* new function context */
  Func f;
  memset(&f, 0, sizeof f);
  f.prev = E->fn;
  f.scope = fs;
  f.is_gen = fs->is_generator;
  f.is_async = is_async;
  Frame fr;
  int saved_level = E->level;
  Closure *saved_clo = E->clo;
  const char *saved_exc = E->cur_exc;
  const char *saved_exc_saved = E->exc_saved;
  Scope *saved_escope = E_scope;
  E_scope = NULL;
  E->cur_exc = NULL;
  E->exc_saved = NULL;
  E->clo = NULL;
  E->level++;
  f.level = E->level;
  if (ps.len) f.self_name = ((Param *)ps.items[0])->name;
  else if (params && params->vararg) f.self_name = NULL;
  f.class_cell = (fs->uses_class_cell && E->cls_scope) ? "__cls" : NULL;
  f.exc_base = E->nexc;
  f.types = body ? emit__infer_types(E, fs, params, body) : NULL;
  /* the class cell is a local of the class body function, visible here */
  if (fs->uses_class_cell && !E->cls_scope && E->fn && E->fn->class_cell) f.class_cell = E->fn->class_cell;
  const char *saved_cls_name = E->cls_name;
  Scope *saved_cls_scope = E->cls_scope;
  E->fn = &f;
  /* parameters are bound from the start */
  for (int i = 0; i < ps.len; i++) da_assigned(E, ((Param *)ps.items[i])->name);
  if (params && params->vararg) da_assigned(E, params->vararg->name);
  if (params) for (int i = 0; i < params->kwonly.len; i++) da_assigned(E, ((Param *)params->kwonly.items[i])->name);
  if (params && params->kwarg) da_assigned(E, params->kwarg->name);
  frame_push(E, &fr, 0);
  /* prologue: bind parameters */
  if (simple) {
    int last_req = -1;
    for (int i = 0; i < ps.len; i++)
      if (!((Param *)ps.items[i])->default_) last_req = i;
    if (!fast) outf(E, "if __x1 ~= nil then %s(%s, __x2) end; ", H(E, "toomanyx"), info);
    if (last_req >= 0 && !fast) {
      /* only the last required parameter is tested here; argerr gets all
         of them to name every one missing (keyword calls check the rest) */
      outf(E, "if %s == nil then %s(%s, %d", lua_name(E, ((Param *)ps.items[last_req])->name),
           H(E, "argerr"), info, last_req + 1);
      for (int i = 0; i <= last_req; i++) outf(E, ", %s", lua_name(E, ((Param *)ps.items[i])->name));
      outf(E, ") end; ");
    }
    for (int i = 0; i < ps.len; i++) {
      Param *q = ps.items[i];
      if (q->default_) outf(E, "if %s == nil then %s = __d%d end; ", lua_name(E, q->name), lua_name(E, q->name), i);
    }
  } else {
    Buf names = {0};
    for (int i = 0; i < ps.len; i++) buf_printf(&names, "%s%s", names.len ? ", " : "", lua_name(E, ((Param *)ps.items[i])->name));
    if (params->vararg) buf_printf(&names, "%s%s", names.len ? ", " : "", lua_name(E, params->vararg->name));
    for (int i = 0; i < params->kwonly.len; i++)
      buf_printf(&names, "%s%s", names.len ? ", " : "", lua_name(E, ((Param *)params->kwonly.items[i])->name));
    if (params->kwarg) buf_printf(&names, "%s%s", names.len ? ", " : "", lua_name(E, params->kwarg->name));
    /* keyword-only parameters that all have defaults, no *args or **kwargs:
       a call with positional arguments only binds without the helper */
    int fast = !params->vararg && !params->kwarg;
    int nreq = 0;
    for (int i = 0; i < params->kwonly.len && fast; i++)
      if (!((Param *)params->kwonly.items[i])->default_) fast = 0;
    for (int i = 0; i < ps.len; i++)
      if (!((Param *)ps.items[i])->default_) nreq = i + 1;
    if (fast) {
      outf(E, "local %s; if %s(%d, %d, ...) then ", names.p, H(E, "plaincall"), nreq, ps.len);
      if (ps.len) {
        for (int i = 0; i < ps.len; i++)
          outf(E, "%s%s", i ? ", " : "", lua_name(E, ((Param *)ps.items[i])->name));
        outf(E, " = ...; ");
      }
      for (int i = 0; i < ps.len; i++) {
        Param *q = ps.items[i];
        if (q->default_) outf(E, "if %s == nil then %s = __d%d end; ", lua_name(E, q->name), lua_name(E, q->name), i);
      }
      for (int i = 0; i < params->kwonly.len; i++)
        outf(E, "%s = __dk%d; ", lua_name(E, ((Param *)params->kwonly.items[i])->name), i);
      outf(E, "else %s = %s(%s, __dt, ...) end; ", names.p, H(E, "bind"), info);
    } else
      outf(E, "local %s = %s(%s, __dt, ...); ", names.p, H(E, "bind"), info);
    free(names.p);
  }
  /* (cls_name stays: names in a method are mangled with its class's name) */
  E->cls_scope = NULL;
  if (body_id) {
    /* the parameters, as the prologue bound them, become the arguments
       of the hoisted body */
    Buf pv = {0};
    for (int i = 0; i < ps.len; i++) buf_printf(&pv, ", %s", lua_name(E, ((Param *)ps.items[i])->name));
    if (params && params->vararg) buf_printf(&pv, ", %s", lua_name(E, params->vararg->name));
    if (params)
      for (int i = 0; i < params->kwonly.len; i++)
        buf_printf(&pv, ", %s", lua_name(E, ((Param *)params->kwonly.items[i])->name));
    if (params && params->kwarg) buf_printf(&pv, ", %s", lua_name(E, params->kwarg->name));
    int nbody = ps.len + (params && params->vararg) + (params ? params->kwonly.len : 0) + (params && params->kwarg);
    const char *mk = nbody <= 3 ? fmt(E, "coro%d", nbody) : "coro";
    outf(E, "do return %s(__b%d, %s%s) end ", H(E, mk), body_id, info, pv.p ? pv.p : "");
    frame_pop(E);
    outf(E, simple ? "end, %s); " : "end, %s, __dt); ", info);
    sm = emit__sm_eligible(fs, body);
    if (sm) outf(E, "__b%d = %s(%d, function(%s) ", body_id, H(E, "smbody"), emit__sm_nlocals(fs), pv.p ? pv.p + 2 : "");
    else outf(E, "__b%d = function(%s) ", body_id, pv.p ? pv.p + 2 : "");
    free(pv.p);
    frame_push(E, &fr, 0);
    declare_locals(E, fs);
    if (sm) emit__sm_body(E, fs, body);
    else st_block(E, body);
    /* falling off the end returns None (a Lua function would return nothing) */
    outf(E, "do return %s end ", H(E, "None"));
  } else if (f.is_gen || is_async) {
    /* the body runs later, on its own coroutine (generators) or on the
       awaiting task's thread (coroutines) */
    const char *kind = f.is_gen ? (is_async ? "agen" : "gen") : "coro";
    outf(E, "return %s(function() ", H(E, kind));
    declare_locals(E, fs);
    if (lambda_body) {
      Ex r = ex_expr(E, lambda_body);
      outf(E, "do return %s end ", r.s);
    } else {
      st_block(E, body);
      if (!f.is_gen) outf(E, "do return %s end ", H(E, "None"));
    }
    outf(E, "end, %s) ", info);
  } else {
    declare_locals(E, fs);
    if (lambda_body) {
      Ex r = ex_expr(E, lambda_body);
      outf(E, "do return %s end ", r.s);
    } else {
      st_block(E, body);
      outf(E, "do return %s end ", H(E, "None"));
    }
  }
  frame_pop(E);
  E->fn = f.prev;
  E->level = saved_level;
  E->clo = saved_clo;
  E->cur_exc = saved_exc;
  E->exc_saved = saved_exc_saved;
  E_scope = saved_escope;
  E->cls_name = saved_cls_name;
  E->cls_scope = saved_cls_scope;
  if (body_id) out(E, sm ? "end) end; " : "end end; ");
  else if (fast) outf(E, "end, %s, nil, %s) end; ", info, result);
  else outf(E, simple ? "end, %s) end; " : "end, %s, __dt) end; ", info);
  return result;
}

/* The source text of e (for annotations under `from __future__ import
   annotations`, which keeps them as strings). */
static const char *source_of(Emitter *E, Expr *e) {
  size_t pos = 0, start = 0, end = 0;
  int line = 1;
  for (; pos <= E->srclen; pos++) {
    if (line == e->line && start == 0) start = pos + (size_t)e->col;
    if (line == e->end_line) {
      end = pos + (size_t)e->end_col;
      break;
    }
    if (pos < E->srclen && E->src[pos] == '\n') line++;
  }
  if (end > E->srclen || start > end) return "";
  return arena_strndup(E->a, E->src + start, end - start);
}

/* A def's annotations, evaluated as it runs (or kept as source strings),
   become its __annotations__ (R.fannotate). */
static void emit_annotations(Emitter *E, Stmt *s, const char *fnv) {
  Params *p = s->u.func.params;
  Param *ps[256];
  int n = 0;
  if (p) {
    NodeList *lists[3] = {&p->posonly, &p->args, &p->kwonly};
    for (int l = 0; l < 2; l++)
      for (int i = 0; i < lists[l]->len && n < 250; i++) ps[n++] = lists[l]->items[i];
    if (p->vararg) ps[n++] = p->vararg;
    for (int i = 0; i < p->kwonly.len && n < 250; i++) ps[n++] = p->kwonly.items[i];
    if (p->kwarg) ps[n++] = p->kwarg;
  }
  Expr *items[256];
  const char *names[256];
  int m = 0;
  for (int i = 0; i < n; i++)
    if (ps[i]->annotation) names[m] = ps[i]->name, items[m++] = ps[i]->annotation;
  if (s->u.func.returns) names[m] = "return", items[m++] = s->u.func.returns;
  if (!m) return;
  Ex *xs = arena_alloc(E->a, m * sizeof *xs);
  if (E->future_annotations)
    for (int i = 0; i < m; i++) xs[i] = ex(lua_cstr(E, source_of(E, items[i])), EX_ATOM | EX_SIMPLE);
  else
    ex_seq(E, items, m, xs);
  Buf b = {0};
  buf_printf(&b, "%s(%s", H(E, "fannotate"), fnv);
  for (int i = 0; i < m; i++) buf_printf(&b, ", %s, %s", lua_cstr(E, names[i]), xs[i].s);
  buf_puts(&b, "); ");
  out(E, b.p);
  free(b.p);
}

static void st_funcdef(Emitter *E, Stmt *s) {
  int nd = s->u.func.decorators.len;
  Ex *decs = arena_alloc(E->a, (nd ? nd : 1) * sizeof *decs);
  for (int i = 0; i < nd; i++) decs[i] = materialize(E, ex_expr(E, s->u.func.decorators.items[i]));
  const char *fnv = ex_function(E, s, s->u.func.name, s->u.func.params, &s->u.func.body, NULL, s->u.func.is_async);
  emit_annotations(E, s, fnv);
  const char *v = fnv;
  for (int i = nd - 1; i >= 0; i--) v = fmt(E, "%s(%s)", PX(E, decs[i]), v);
  outf(E, "%s = %s; ", name_store(E, s->u.func.name), v);
}

static void st_classdef(Emitter *E, Stmt *s) {
  Scope *cs = scope_of(E->root, s);
  int nd = s->u.cls.decorators.len;
  Ex *decs = arena_alloc(E->a, (nd ? nd : 1) * sizeof *decs);
  for (int i = 0; i < nd; i++) decs[i] = materialize(E, ex_expr(E, s->u.cls.decorators.items[i]));
  /* bases and keywords */
  const char *bases;
  if (has_starred(&s->u.cls.bases)) {
    bases = starred_list(E, &s->u.cls.bases);
  } else {
    int n = s->u.cls.bases.len;
    Ex *xs = arena_alloc(E->a, (n ? n : 1) * sizeof *xs);
    ex_seq(E, (Expr **)s->u.cls.bases.items, n, xs);
    bases = seq_ctor(E, xs, n, "LIST");
  }
  Ex bx = materialize(E, ex(bases, EX_ATOM));
  const char *kw = "nil";
  if (s->u.cls.keywords.len) {
    Buf b = {0};
    buf_printf(&b, "%s(", H(E, "mkdictx"));
    for (int i = 0; i < s->u.cls.keywords.len; i++) {
      Keyword *k = s->u.cls.keywords.items[i];
      Ex v = ex_expr(E, k->value);
      if (i) buf_puts(&b, ", ");
      if (k->name) buf_printf(&b, "false, %s, %s", lua_cstr(E, k->name), v.s);
      else buf_printf(&b, "true, %s", v.s);
    }
    buf_puts(&b, ")");
    kw = materialize(E, ex(arena_strndup(E->a, b.p, b.len), EX_ATOM)).s;
    free(b.p);
  }
  const char *res = tmp_new(E);
  outf(E, "%s = %s(%s, %s, %s, %s, _ENV, function(__ns) local __cls; ", res, H(E, "class"), lua_cstr(E, s->u.cls.name),
       lua_cstr(E, cs->qualname ? cs->qualname : s->u.cls.name), bx.s, kw);
  /* the class body: a function of the namespace table */
  Func f;
  memset(&f, 0, sizeof f);
  f.prev = E->fn;
  f.scope = cs;
  f.class_cell = "__cls";
  f.exc_base = E->nexc;
  Frame fr;
  int saved_level = E->level;
  Closure *saved_clo = E->clo;
  E->clo = NULL;
  E->level++;
  f.level = E->level;
  Scope *saved_cls_scope = E->cls_scope;
  const char *saved_cls_name = E->cls_name;
  Scope *saved_escope = E_scope;
  E_scope = NULL;
  E->cls_scope = cs;
  E->cls_name = s->u.cls.name;
  E->fn = &f;
  frame_push(E, &fr, 0);
  Expr *doc = docstring(&s->u.cls.body);
  if (doc) outf(E, "__ns.__doc__ = %s; ", lua_str(E, doc->u.str.s, doc->u.str.len));
  st_block(E, &s->u.cls.body);
  out(E, "return function(c) __cls = c end ");
  frame_pop(E);
  E->fn = f.prev;
  E->level = saved_level;
  E->clo = saved_clo;
  E->cls_scope = saved_cls_scope;
  E->cls_name = saved_cls_name;
  E_scope = saved_escope;
  out(E, "end); ");
  NodeList order = emit__attr_order(E, s);
  if (order.len) {
    Buf b = {0};
    const char *outer_cls = E->cls_name;
    E->cls_name = s->u.cls.name; /* (the names as stored: __x mangled) */
    for (int i = 0; i < order.len; i++)
      buf_printf(&b, "%s%s", i ? ", " : "", lua_cstr(E, mangle(E, order.items[i])));
    E->cls_name = outer_cls;
    outf(E, "%s(%s, {%s}); ", H(E, "attrorder"), res, b.p);
    free(b.p);
  }
  const char *v = res;
  for (int i = nd - 1; i >= 0; i--) v = fmt(E, "%s(%s)", PX(E, decs[i]), v);
  outf(E, "%s = %s; ", name_store(E, s->u.cls.name), v);
}

/* ------------------------------------------------------------------ */
/* Other statements                                                     */

static void st_import(Emitter *E, Stmt *s) {
  for (int i = 0; i < s->u.names.len; i++) {
    Alias *al = s->u.names.items[i];
    if (al->asname) {
      outf(E, "%s = %s(%s, true, 0, _ENV); ", name_store(E, al->asname), H(E, "import"), lua_cstr(E, al->name));
    } else {
      const char *dot = strchr(al->name, '.');
      const char *top = dot ? arena_strndup(E->a, al->name, dot - al->name) : al->name;
      outf(E, "%s = %s(%s, false, 0, _ENV); ", name_store(E, top), H(E, "import"), lua_cstr(E, al->name));
    }
  }
}

static void st_importfrom(Emitter *E, Stmt *s) {
  const char *m = tmp_new(E);
  const char *mod = s->u.importfrom.module ? s->u.importfrom.module : "";
  outf(E, "%s = %s(%s, true, %d, _ENV); ", m, H(E, "import"), lua_cstr(E, mod), s->u.importfrom.level);
  for (int i = 0; i < s->u.importfrom.names.len; i++) {
    Alias *al = s->u.importfrom.names.items[i];
    if (strcmp(al->name, "*") == 0) {
      outf(E, "%s(%s, _ENV); ", H(E, "importstar"), m);
      continue;
    }
    outf(E, "%s = %s(%s, %s); ", name_store(E, al->asname ? al->asname : al->name), H(E, "importfrom"), m,
         lua_cstr(E, al->name));
  }
}

static void st_delete(Emitter *E, Stmt *s) {
  for (int i = 0; i < s->u.targets.len; i++) {
    Expr *t = s->u.targets.items[i];
    switch (t->kind) {
    case E_NAME: {
      Ex cur = ex_name_load(E, t->u.name); /* NameError if unbound */
      outf(E, "%s(%s); %s = nil; ", H(E, "touch"), cur.s, name_store(E, t->u.name));
      da_unbound(E, t->u.name);
      break;
    }
    case E_ATTR: {
      Ex o = ex_expr(E, t->u.attr.value);
      outf(E, "%s(%s, %s); ", H(E, "delattr"), o.s, lua_cstr(E, mangle(E, t->u.attr.attr)));
      break;
    }
    case E_SUBSCRIPT: {
      Expr *idx = t->u.sub.index;
      if (idx->kind == E_SLICE) {
        Ex o = ex_expr(E, t->u.sub.value);
        Ex a = ex_slice_part(E, idx->u.slice.lower), b = ex_slice_part(E, idx->u.slice.upper),
           c = ex_slice_part(E, idx->u.slice.step);
        outf(E, "%s(%s, %s, %s, %s); ", H(E, "delslice"), o.s, a.s, b.s, c.s);
      } else {
        Expr *items[2] = {t->u.sub.value, idx};
        Ex xs[2];
        ex_seq(E, items, 2, xs);
        outf(E, "%s(%s, %s); ", H(E, "delitem"), xs[0].s, xs[1].s);
      }
      break;
    }
    case E_TUPLE:
    case E_LIST: {
      Stmt sub = *s;
      sub.u.targets = t->u.elts;
      st_delete(E, &sub);
      break;
    }
    default:
      em_error(E, t->line, t->col, "cannot delete expression");
    }
  }
}

/* A raise inside an except or finally block leaves that block: sys.exc_info()
   gets back the value from before its try statement first (what catches the
   exception may be no Python handler, as a for loop's StopIteration). The
   handled exception still becomes the new one's context, passed along. */
static void st_raise(Emitter *E, Stmt *s) {
  if (!s->u.raise.exc) {
    if (E->exc_saved) outf(E, "%s[1] = %s; ", H(E, "EXS"), E->exc_saved);
    outf(E, "%s(%s); ", H(E, "reraise"), E->cur_exc ? E->cur_exc : "nil");
    return;
  }
  Expr *items[2] = {s->u.raise.exc, s->u.raise.cause};
  Ex xs[2];
  ex_seq(E, items, s->u.raise.cause ? 2 : 1, xs);
  if (E->exc_saved) outf(E, "%s[1] = %s; ", H(E, "EXS"), E->exc_saved);
  outf(E, "%s(%s, %s, %s); ", H(E, "raise"), xs[0].s, s->u.raise.cause ? xs[1].s : "false",
       E->cur_exc ? E->cur_exc : "nil");
}

/* The Lua condition of an if or elif test. */
static const char *if_cond(Emitter *E, Expr *test) {
  if (test->kind != E_ATTR) return ex_truth(E, test);
  /* `if self.flag:` reads the attribute once into a temp, so a boolean is
     decided without a call */
  Ex x = ex_expr(E, test);
  if (x.f & EX_BOOL) return P(E, x);
  x = materialize(E, x);
  return fmt(E, "(%s == true or %s(%s))", x.s, H(E, "truth"), x.s);
}

/* if/elif/else. An elif whose test needs no statements of its own becomes
   a Lua elseif, so a long chain does not nest blocks (Lua allows ~200). */
static void st_if(Emitter *E, Stmt *s) {
  outf(E, "if %s then ", if_cond(E, s->u.if_.test));
  st_block(E, &s->u.if_.body);
  /* (what an elif test assigns is not surely assigned after the if) */
  int da_mark = E->fn ? E->fn->nda : 0;
  int nested = 0;
  NodeList *orelse = &s->u.if_.orelse;
  while (orelse->len == 1 && ((Stmt *)orelse->items[0])->kind == S_IF) {
    Stmt *elif = orelse->items[0];
    int saved_temps = E->frame->ntemps;
    size_t mark = E->out.len;
    sync_line(E, elif->line);
    size_t mark2 = E->out.len;
    const char *c = if_cond(E, elif->u.if_.test);
    if (E->out.len == mark2) {
      outf(E, "elseif %s then ", c);
    } else {
      /* the test emitted statements: they go in an else block */
      buf_insert(&E->out, mark, "else ", 5);
      outf(E, "if %s then ", c);
      nested++;
    }
    E->frame->ntemps = saved_temps;
    st_block(E, &elif->u.if_.body);
    orelse = &elif->u.if_.orelse;
  }
  if (orelse->len) {
    out(E, "else ");
    st_block(E, orelse);
  }
  out(E, "end ");
  while (nested--) out(E, "end ");
  if (E->fn && E->fn->nda > da_mark) E->fn->nda = da_mark;
}

static int ends_with_call(const char *s) {
  size_t n = strlen(s);
  return n > 0 && s[n - 1] == ')';
}

/* Could the call statement `call` make a coroutine that is then dropped
   (a forgotten await)? Not when it calls a builtin, a def of this module
   that is not async, or a method named like a builtin type's (whose calls
   are the common statements: append, update, sort...). */
static int may_make_coroutine(Emitter *E, Expr *call) {
  Expr *f = call->u.call.func;
  if (f->kind == E_ATTR) return !emit__is_builtin_method(f->u.attr.attr);
  if (f->kind != E_NAME) return 1;
  Scope *owner;
  NameKind k = scope_resolve(emit__name_scope(E), f->u.name, &owner);
  if (k == NAME_BUILTIN) return 0;
  if (k == NAME_GLOBAL)
    for (int i = 0; i < E->nknown; i++)
      if (strcmp(E->known_defs[i]->u.func.name, f->u.name) == 0) return E->known_defs[i]->u.func.is_async;
  return 1;
}

/* `x.append(v)` as a statement, x a local that is surely a list (see
   emit__ty_expr): the item is stored in place, without the method call.
   (The list's __newindex refuses new keys: rawset.) */
static int st_list_append(Emitter *E, Expr *v) {
  if (v->kind != E_CALL || v->u.call.func->kind != E_ATTR || v->u.call.args.len != 1 || v->u.call.keywords.len ||
      has_starred(&v->u.call.args))
    return 0;
  Expr *f = v->u.call.func;
  if (strcmp(f->u.attr.attr, "append") != 0 || f->u.attr.value->kind != E_NAME) return 0;
  Ex recv = ex_name_load(E, f->u.attr.value->u.name);
  if (!(recv.f & EX_LIST) || !(recv.f & EX_SIMPLE)) return 0;
  Ex item = ex_expr(E, v->u.call.args.items[0]);
  if (!(item.f & EX_SIMPLE)) item = materialize(E, item);
  const char *n = tmp_new(E);
  outf(E, "%s = %s.n; %s(%s, %s, %s); %s.n = %s + 1; ", n, recv.s, H(E, "rawset"), recv.s, n, item.s, recv.s, n);
  return 1;
}

/* A generator's `yield v` whose value is not used: the thread yields here,
   and only a throw() that comes back is raised (no R.yield call). */
void emit__yield_stmt(Emitter *E, const char *v) {
  outf(E, "do local __r = %s(%s); if __r ~= nil then %s(__r) end end; ", H(E, "coyield"), v, H(E, "yieldchk"));
}

static void st_expr(Emitter *E, Stmt *s) {
  Expr *v = s->u.value;
  int repl_top = E->repl && E->fn && E->fn->scope == E->root; /* (the REPL shows it; eval returns it) */
  if (!repl_top && (v->kind == E_STR || v->kind == E_INT || v->kind == E_FLOAT || v->kind == E_NONE ||
                    v->kind == E_ELLIPSIS || v->kind == E_TRUE || v->kind == E_FALSE))
    return; /* docstrings and other constants do nothing */
  if (st_list_append(E, v)) return;
  if (v->kind == E_YIELD && E->fn && !E->fn->is_async && !E->exc_saved && !E->repl) {
    /* `yield v` as a statement of a generator (see emit__yield_stmt) */
    Ex val = v->u.value ? ex_expr(E, v->u.value) : ex(H(E, "None"), EX_ATOM | EX_SIMPLE);
    emit__yield_stmt(E, val.s);
    return;
  }
  Ex x = ex_expr(E, v);
  if (E->repl && E->fn && E->fn->scope == E->root) { /* a top-level expression statement */
    outf(E, "%s(%s); ", H(E, "displayhook"), x.s);
    return;
  }
  if (v->kind == E_CALL && ends_with_call(x.s) && !E->await_done && may_make_coroutine(E, v)) {
    /* a result other than None may be a coroutine nobody will await */
    const char *t = tmp_new(E);
    outf(E, "%s = %s; if %s ~= None and %s then %s(%s) end; ", t, x.s, t, t, H(E, "dropped"), t);
  } else if ((v->kind == E_CALL || v->kind == E_AWAIT || v->kind == E_YIELD || v->kind == E_YIELDFROM) &&
             ends_with_call(x.s)) {
    if (x.s[0] == '(') out(E, ";");
    outf(E, "%s; ", x.s);
  } else if (x.f & EX_SIMPLE && v->kind != E_NAME) {
    /* nothing to evaluate */
  } else {
    const char *t = tmp_new(E);
    outf(E, "%s = %s; ", t, x.s);
  }
}

static void st_stmt(Emitter *E, Stmt *s) {
  if (++E->depth > 200) em_error(E, s->line, s->col, "too many statically nested blocks");
  sync_line(E, s->line);
  int saved_temps = E->frame->ntemps;
  switch (s->kind) {
  case S_FUNCDEF: st_funcdef(E, s); break;
  case S_CLASSDEF: st_classdef(E, s); break;
  case S_RETURN: {
    if (E->fn && E->fn->is_gen && E->fn->is_async && s->u.value)
      em_error(E, s->line, s->col, "'return' with value in async generator");
    Ex v = s->u.value ? ex_expr(E, s->u.value) : ex(H(E, "None"), EX_ATOM);
    emit_return(E, v.s);
    break;
  }
  case S_DELETE: st_delete(E, s); break;
  case S_ASSIGN: st_assign(E, s); break;
  case S_AUGASSIGN: st_augassign(E, s); break;
  case S_ANNASSIGN:
    if (s->u.ann.value) assign_to(E, s->u.ann.target, ex_expr(E, s->u.ann.value));
    if (E->root->has_annotations && E->fn && E->fn->scope == E->root && !E->cls_scope && s->u.ann.simple &&
        s->u.ann.target->kind == E_NAME) {
      /* module annotations, evaluated now (or kept as source text) */
      Ex a = E->future_annotations ? ex(lua_cstr(E, source_of(E, s->u.ann.annotation)), EX_ATOM)
                                   : materialize(E, ex_expr(E, s->u.ann.annotation));
      Ex d = ex_name_load(E, "__annotations__");
      outf(E, "%s(%s, %s, %s); ", H(E, "dict_set"), d.s, lua_cstr(E, s->u.ann.target->u.name), a.s);
    }
    if (E->cls_scope && E->fn && E->fn->scope == E->cls_scope && s->u.ann.simple &&
        s->u.ann.target->kind == E_NAME) {
      /* class bodies keep annotations (dataclasses read them) */
      outf(E, "%s.annotate(__ns, %s, function() ", H(E, "R"), lua_cstr(E, s->u.ann.target->u.name));
      /* (kept as its source text under `from __future__ import annotations`) */
      Ex a = E->future_annotations ? ex(lua_cstr(E, source_of(E, s->u.ann.annotation)), EX_ATOM)
                                   : ex_expr(E, s->u.ann.annotation);
      outf(E, "return %s end); ", a.s);
    }
    break;
  case S_FOR: st_for(E, s); break;
  case S_WHILE: st_while(E, s); break;
  case S_IF: st_if(E, s); break;
  case S_WITH: st_with(E, s); break;
  case S_RAISE: st_raise(E, s); break;
  case S_TRY: st_try(E, s); break;
  case S_MATCH: emit__st_match(E, s); break;
  case S_ASSERT: {
    Expr *t = s->u.assert_.test;
    if (!s->u.assert_.msg && t->kind == E_COMPARE && t->u.cmp.n == 1) {
      /* assert a OP b: the failure carries both values (`aster test` shows them) */
      static const char *opnames[] = {"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"};
      Expr *items[2] = {t->u.cmp.left, t->u.cmp.comparators[0]};
      Ex xs[2];
      ex_seq(E, items, 2, xs);
      xs[0] = materialize(E, xs[0]);
      xs[1] = materialize(E, xs[1]);
      CmpOp op = t->u.cmp.ops[0];
      const char *c = cmp_code(E, op, xs[0], xs[1], items[0], items[1]);
      outf(E, "if not (%s) then %s(nil, %s, %s, \"%s\") end; ", c, H(E, "assertfail"), xs[0].s, xs[1].s,
           (unsigned)op < sizeof opnames / sizeof *opnames ? opnames[op] : "?");
      break;
    }
    const char *c = ex_truth(E, s->u.assert_.test);
    outf(E, "if not %s then ", c);
    Ex m = s->u.assert_.msg ? ex_expr(E, s->u.assert_.msg) : ex("nil", EX_ATOM);
    outf(E, "%s(%s) end; ", H(E, "assertfail"), m.s);
    break;
  }
  case S_IMPORT: st_import(E, s); break;
  case S_IMPORTFROM: st_importfrom(E, s); break;
  case S_GLOBAL: case S_NONLOCAL: case S_PASS: break;
  case S_EXPR: st_expr(E, s); break;
  case S_BREAK:
    if (!E->fn || !E->fn->loop) em_error(E, s->line, s->col, "'break' outside loop");
    emit_break(E);
    break;
  case S_CONTINUE:
    if (!E->fn || !E->fn->loop) em_error(E, s->line, s->col, "'continue' not properly in loop");
    emit_continue(E);
    break;
  }
  E->frame->ntemps = saved_temps;
  E->depth--;
}

static void st_block(Emitter *E, NodeList *body) {
  /* what a block assigns is surely assigned only until its end */
  Func *fn = E->fn;
  int mark = fn ? fn->nda : 0;
  for (int i = 0; i < body->len; i++) st_stmt(E, body->items[i]);
  if (fn && E->fn == fn && fn->nda > mark) fn->nda = mark;
}

/* ------------------------------------------------------------------ */
/* Module                                                               */


/* One emission attempt with the given budgets for chunk-level locals.
   Returns 0 and the Lua text, 1 if the chunk would need too many locals
   (the caller retries with smaller budgets), or -1 on an error. */
static int compile_attempt(const char *src, size_t len, int flags, int max_statics, int max_builtins,
                           char **outp, size_t *outlen, SyntaxErr *err) {
  Arena *a = arena_new();
  memset(err, 0, sizeof *err);
  Module *m = parse_module(a, src, len, err);
  if (!m) {
    arena_free(a);
    return -1;
  }
  Scope *root = scope_analyze(a, m, flags & COMPILE_REPL, err);
  if (!root) {
    arena_free(a);
    return -1;
  }
  Emitter *E = calloc(1, sizeof *E);
  if (!E) abort();
  E->a = a;
  E->root = root;
  E->err = err;
  E->line = 1;
  E->repl = flags & COMPILE_REPL;
  E->max_statics = max_statics;
  E->max_builtins = max_builtins;
  E->src = src;
  E->srclen = len;
  for (int i = 0; i < m->body.len; i++) {
    Stmt *st = m->body.items[i];
    if (st->kind != S_IMPORTFROM || !st->u.importfrom.module || strcmp(st->u.importfrom.module, "__future__") != 0)
      continue;
    for (int j = 0; j < st->u.importfrom.names.len; j++)
      if (strcmp(((Alias *)st->u.importfrom.names.items[j])->name, "annotations") == 0) E->future_annotations = 1;
  }
  E_scope = NULL;
  comp_first_iter = ex("nil", 0);
  if (setjmp(E->jb)) {
    free(E->out.p);
    free(E->consts.p);
    free(E);
    arena_free(a);
    return -1;
  }
  emit__collect_statics(E, m);
  Func top;
  memset(&top, 0, sizeof top);
  top.scope = root;
  top.level = 0;
  E->fn = &top;
  Frame fr;
  frame_push(E, &fr, 0);
  if (root->has_annotations) outf(E, "%s = %s(); ", name_store(E, "__annotations__"), H(E, "mkdict"));
  st_block(E, &m->body);
  int module_temps = fr.maxtemps;
  frame_pop(E);
  E->fn = NULL;
  /* Lua allows 200 locals per function: helpers, builtins, statics, temps */
  if (E->nhelp + E->nbuiltins + E->nstatics + E->nfast + module_temps + 4 > 195 && (max_statics > 0 || max_builtins > 0)) {
    free(E->out.p);
    free(E->consts.p);
    free(E);
    arena_free(a);
    return 1;
  }

  /* header, all on line 1 */
  /* The module body is a function returned by the chunk, so that __ipl
     (the in-place marker of augmented assignments) is an upvalue the
     runtime joins to its own: setting it is one instruction. */
  Buf h = {0};
  buf_puts(&h, "local __ipl; return function(...) local __R = ...; ");
  H(E, "None");
  for (int i = 0; i < E->nhelp; i++) {
    if (strcmp(E->help_used[i], "R") == 0) continue;
    if (strcmp(E->help_used[i], "None") == 0) {
      buf_puts(&h, "local None = __R.None; ");
      continue;
    }
    buf_printf(&h, "local __%s = __R.%s; ", E->help_used[i], E->help_used[i]);
  }
  if (E->nbuiltins) {
    buf_puts(&h, "local __B = __R.B; ");
    for (int i = 0; i < E->nbuiltins; i++)
      buf_printf(&h, "local %s = __B.%s; ", E->builtins_used[i], E->builtins_used[i]);
  }
  /* constants (function descriptions, keyword-name lists, bytes) share one
     table: a module may have hundreds, and Lua allows 200 locals */
  if (E->consts.len) {
    buf_puts(&h, "local __K = {}; ");
    buf_add(&h, E->consts.p, E->consts.len);
  }
  {
    /* the module's docstring, and its name on its functions (__module__) */
    Expr *doc = E->repl ? NULL : docstring(&m->body);
    if (E->consts.len || doc) {
      buf_printf(&h, "__R.modinfo(_ENV, %s, ", E->consts.len ? "__K" : "nil");
      if (doc) buf_printf(&h, "%s); ", lua_str(E, doc->u.str.s, doc->u.str.len));
      else buf_puts(&h, "nil); ");
    }
  }
  if (E->nfast_attrs) {
    buf_puts(&h, "__R.fast_attrs({");
    for (int i = 0; i < E->nfast_attrs; i++) buf_printf(&h, "%s%s", i ? ", " : "", lua_cstr(E, E->fast_attrs[i]));
    buf_puts(&h, "}); ");
  }
  if (E->nstored) {
    buf_puts(&h, "__R.note_attr_stores({");
    for (int i = 0; i < E->nstored; i++) buf_printf(&h, "%s%s", i ? ", " : "", lua_cstr(E, E->stored_attrs[i]));
    buf_puts(&h, "}); ");
  }
  if (E->nfast) {
    buf_puts(&h, "local ");
    for (int i = 0; i < E->nfast; i++)
      buf_printf(&h, "%s__fb_%s", i ? ", " : "", lua_name(E, E->fast_defs[i]->u.func.name));
    buf_puts(&h, "; ");
  }
  if (E->nstatics) {
    buf_puts(&h, "local ");
    for (int i = 0; i < E->nstatics; i++) buf_printf(&h, "%s%s", i ? ", " : "", lua_name(E, E->statics[i]));
    buf_puts(&h, "; ");
    /* other modules reach these through the namespace's metamethods */
    buf_printf(&h, "__R.statics(_ENV, {");
    for (int i = 0; i < E->nstatics; i++)
      buf_printf(&h, "[%s]=function() return %s end, ", lua_cstr(E, E->statics[i]), lua_name(E, E->statics[i]));
    buf_puts(&h, "}, {");
    for (int i = 0; i < E->nstatics; i++) {
      const char *ln = lua_name(E, E->statics[i]);
      /* a fast entry follows its function when another module rebinds it */
      int fast = 0;
      for (int j = 0; j < E->nfast; j++)
        if (strcmp(E->fast_defs[j]->u.func.name, E->statics[i]) == 0) fast = 1;
      if (fast) buf_printf(&h, "[%s]=function(v) %s = v; __fb_%s = v end, ", lua_cstr(E, E->statics[i]), ln, ln);
      else buf_printf(&h, "[%s]=function(v) %s = v end, ", lua_cstr(E, E->statics[i]), ln);
    }
    buf_puts(&h, "}); ");
  }
  if (E->root->module_uses_globals && !E->repl) {
    /* globals() lists the module's names in the order the source binds them */
    buf_puts(&h, "__R.nsorder(_ENV, {");
    for (int i = 0; i < E->root->nsyms; i++) {
      Sym *y = &E->root->syms[i];
      if (y->flags & SYM_ASSIGNED) buf_printf(&h, "%s, ", lua_cstr(E, y->name));
    }
    buf_puts(&h, "}); ");
  }
  Buf res = {0};
  buf_add(&res, h.p, h.len);
  if (E->out.len) buf_add(&res, E->out.p, E->out.len);
  buf_puts(&res, " end\n");
  free(h.p);
  free(E->out.p);
  free(E->consts.p);
  free(E);
  arena_free(a);
  *outp = res.p;
  *outlen = res.len;
  return 0;
}

int compile_to_lua(const char *src, size_t len, int flags, char **out, size_t *outlen, SyntaxErr *err) {
  static const int budgets[][2] = {{100, 40}, {70, 30}, {40, 20}, {0, 0}};
  for (size_t i = 0; i < sizeof budgets / sizeof budgets[0]; i++) {
    int r = compile_attempt(src, len, flags, budgets[i][0], budgets[i][1], out, outlen, err);
    if (r <= 0) return r;
  }
  return -1;
}

/* ------------------------------------------------------------------ */
/* The building blocks, for the emitter's other files (emitint.h)      */

void emit__buf_puts(Buf *b, const char *s) { buf_puts(b, s); }
void emit__buf_printf(Buf *b, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  buf_vprintf(b, f, ap);
  va_end(ap);
}
char *emit__fmt(Emitter *E, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  char *r = vfmt(E, f, ap);
  va_end(ap);
  return r;
}
void emit__out(Emitter *E, const char *s) { out(E, s); }
void emit__outf(Emitter *E, const char *f, ...) {
  va_list ap;
  va_start(ap, f);
  buf_vprintf(&E->out, f, ap);
  va_end(ap);
}
void emit__sync_line(Emitter *E, int line) { sync_line(E, line); }
const char *emit__H(Emitter *E, const char *name) { return H(E, name); }
const char *emit__tmp_new(Emitter *E) { return tmp_new(E); }
void emit__frame_push(Emitter *E, Frame *f, int is_closure) { frame_push(E, f, is_closure); }
void emit__frame_pop(Emitter *E) { frame_pop(E); }
const char *emit__lua_name(Emitter *E, const char *n) { return lua_name(E, n); }
const char *emit__lua_cstr(Emitter *E, const char *s) { return lua_cstr(E, s); }
const char *emit__mangle(Emitter *E, const char *name) { return mangle(E, name); }
const char *emit__meth_key(Emitter *E, const char *name) { return meth_key(E, name); }
int emit__lua_shadowed(Emitter *E, Scope *from, const char *pyname) { return lua_shadowed(E, from, pyname); }
const char *emit__P(Emitter *E, Ex x) { return P(E, x); }
const char *emit__PX(Emitter *E, Ex x) { return PX(E, x); }
Ex emit__materialize(Emitter *E, Ex x) { return materialize(E, x); }
void emit__ex_seq(Emitter *E, Expr **items, int n, Ex *res) { ex_seq(E, items, n, res); }
Ex emit__ex_expr(Emitter *E, Expr *e) { return ex_expr(E, e); }
const char *emit__ex_truth(Emitter *E, Expr *e) { return ex_truth(E, e); }
const char *emit__name_store(Emitter *E, const char *name) { return name_store(E, name); }
int emit__has_starred(NodeList *l) { return has_starred(l); }
void emit__assign_to(Emitter *E, Expr *target, Ex value) { assign_to(E, target, value); }
void emit__return(Emitter *E, const char *v) { emit_return(E, v); }
int emit__for_head(Emitter *E, Expr *target, Expr *iter, int is_async, int guard) {
  return emit_for_head(E, target, iter, is_async, guard);
}
int emit__is_range_call(Emitter *E, Expr *e) { return is_range_call(E, e); }
const char *emit__range_for_head(Emitter *E, Expr **a, int n, Ex *xs, const char *var) {
  return range_for_head(E, a, n, xs, var);
}
void emit__st_stmt(Emitter *E, Stmt *s) { st_stmt(E, s); }
void emit__st_block(Emitter *E, NodeList *body) { st_block(E, body); }
