/* scope.c: scope analysis over the AST (Python's LEGB rules, generators,
   coroutines, and the few scope-related syntax errors). */
#include <string.h>
#include <stdio.h>
#include <stdarg.h>
#include <setjmp.h>
#include "scope.h"

typedef struct ScopeMap {
  const void **keys;
  Scope **vals;
  size_t cap, len;
} ScopeMap;

typedef struct {
  Arena *a;
  Scope *root;
  SyntaxErr *err;
  jmp_buf jb;
  int repl;
  int depth;
  /* the names bound by the for statements being walked (function scopes
     only): a name used only inside such loops can be the Lua loop's own
     control variable (see SYM_OUTSIDE) */
  struct { Scope *s; const char *name; } loopvars[64];
  int nloopvars;
} Analyzer;

static void sc_error(Analyzer *an, int line, int col, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  an->err->kind = "SyntaxError";
  vsnprintf(an->err->message, sizeof an->err->message, fmt, ap);
  va_end(ap);
  an->err->line = line;
  an->err->col = col;
  an->err->incomplete = 0;
  longjmp(an->jb, 1);
}

static size_t map_hash(const void *p, size_t cap) {
  uintptr_t x = (uintptr_t)p;
  x ^= x >> 17;
  x *= 0x9E3779B97F4A7C15ull;
  return (size_t)(x >> 7) & (cap - 1);
}

static void map_put(Arena *a, ScopeMap *m, const void *key, Scope *val) {
  if ((m->len + 1) * 2 > m->cap) {
    size_t ncap = m->cap ? m->cap * 2 : 64;
    const void **nk = arena_alloc(a, ncap * sizeof *nk);
    Scope **nv = arena_alloc(a, ncap * sizeof *nv);
    for (size_t i = 0; i < m->cap; i++) {
      if (!m->keys[i]) continue;
      size_t h = map_hash(m->keys[i], ncap);
      while (nk[h]) h = (h + 1) & (ncap - 1);
      nk[h] = m->keys[i];
      nv[h] = m->vals[i];
    }
    m->keys = nk;
    m->vals = nv;
    m->cap = ncap;
  }
  size_t h = map_hash(key, m->cap);
  while (m->keys[h]) h = (h + 1) & (m->cap - 1);
  m->keys[h] = key;
  m->vals[h] = val;
  m->len++;
}

Scope *scope_of(Scope *root, const void *node) {
  ScopeMap *m = root->map;
  if (!m || !m->cap) return NULL;
  size_t h = map_hash(node, m->cap);
  while (m->keys[h]) {
    if (m->keys[h] == node) return m->vals[h];
    h = (h + 1) & (m->cap - 1);
  }
  return NULL;
}

Sym *scope_lookup(Scope *s, const char *name) {
  for (int i = 0; i < s->nsyms; i++)
    if (strcmp(s->syms[i].name, name) == 0) return &s->syms[i];
  return NULL;
}

static Sym *sc_sym(Analyzer *an, Scope *s, const char *name) {
  Sym *y = scope_lookup(s, name);
  if (y) return y;
  if (s->nsyms == s->capsyms) {
    int ncap = s->capsyms ? s->capsyms * 2 : 8;
    Sym *ns = arena_alloc(an->a, ncap * sizeof *ns);
    if (s->nsyms) memcpy(ns, s->syms, s->nsyms * sizeof *ns);
    s->syms = ns;
    s->capsyms = ncap;
  }
  y = &s->syms[s->nsyms++];
  y->name = name;
  y->flags = 0;
  y->nbind = 0;
  return y;
}

static Scope *sc_new(Analyzer *an, ScopeKind kind, Scope *parent, const void *node, const char *name) {
  Scope *s = arena_alloc(an->a, sizeof *s);
  s->kind = kind;
  s->parent = parent;
  s->node = node;
  s->name = name;
  if (parent) {
    if (parent->nchildren == parent->capchildren) {
      int ncap = parent->capchildren ? parent->capchildren * 2 : 4;
      Scope **nc = arena_alloc(an->a, ncap * sizeof *nc);
      if (parent->nchildren) memcpy(nc, parent->children, parent->nchildren * sizeof *nc);
      parent->children = nc;
      parent->capchildren = ncap;
    }
    parent->children[parent->nchildren++] = s;
    /* qualname: Python's rules (functions add ".<locals>") */
    const char *pq = parent->qualname;
    if (parent->kind == SC_MODULE || !pq) {
      s->qualname = name;
    } else {
      size_t n = strlen(pq) + strlen(name) + 16;
      char *q = arena_alloc(an->a, n);
      if (parent->kind == SC_CLASS)
        snprintf(q, n, "%s.%s", pq, name);
      else
        snprintf(q, n, "%s.<locals>.%s", pq, name);
      s->qualname = q;
    }
    map_put(an->a, an->root->map, node, s);
  }
  return s;
}

/* The nearest enclosing function-like scope (not a class or comprehension). */
static Scope *sc_function_of(Scope *s) {
  while (s && s->kind == SC_COMPREHENSION) s = s->parent;
  return s;
}

/* Is `name` bound by a for statement of scope s that is being walked? */
static int sc_in_loop_of(Analyzer *an, Scope *s, const char *name) {
  for (int i = an->nloopvars - 1; i >= 0; i--)
    if (an->loopvars[i].s == s && strcmp(an->loopvars[i].name, name) == 0) return 1;
  return 0;
}

static void sc_bind(Analyzer *an, Scope *s, const char *name) {
  Sym *y = sc_sym(an, s, name);
  y->flags |= SYM_ASSIGNED | SYM_OUTSIDE;
  y->nbind++;
  if ((y->flags & SYM_GLOBAL) && s->kind != SC_MODULE) {
    /* `global x; x = ...` binds x in the module, and it is no longer static */
    Sym *g = sc_sym(an, an->root, name);
    g->flags |= SYM_ASSIGNED | SYM_EXTERNAL;
    g->nbind++;
  }
}

static void sc_expr(Analyzer *an, Scope *s, Expr *e);
static void sc_stmts(Analyzer *an, Scope *s, NodeList *l);

/* Remember an attribute name assigned somewhere in the module. */
static void sc_attr_store(Analyzer *an, const char *name) {
  Scope *r = an->root;
  for (int i = 0; i < r->nattr_stores; i++)
    if (strcmp(r->attr_stores[i], name) == 0) return;
  if (r->nattr_stores == r->capattr_stores) {
    int ncap = r->capattr_stores ? r->capattr_stores * 2 : 16;
    const char **n = arena_alloc(an->a, ncap * sizeof *n);
    if (r->nattr_stores) memcpy(n, r->attr_stores, r->nattr_stores * sizeof *n);
    r->attr_stores = n;
    r->capattr_stores = ncap;
  }
  r->attr_stores[r->nattr_stores++] = name;
}

static void sc_target(Analyzer *an, Scope *s, Expr *t) {
  if (!t) return;
  switch (t->kind) {
  case E_NAME: sc_bind(an, s, t->u.name); break;
  case E_TUPLE:
  case E_LIST:
    for (int i = 0; i < t->u.elts.len; i++) sc_target(an, s, t->u.elts.items[i]);
    break;
  case E_STARRED: sc_target(an, s, t->u.starred); break;
  case E_ATTR:
    sc_attr_store(an, t->u.attr.attr);
    sc_expr(an, s, t->u.attr.value);
    break;
  case E_SUBSCRIPT:
    sc_expr(an, s, t->u.sub.value);
    sc_expr(an, s, t->u.sub.index);
    break;
  default: sc_expr(an, s, t); break;
  }
}

static void sc_exprs(Analyzer *an, Scope *s, NodeList *l) {
  for (int i = 0; i < l->len; i++) sc_expr(an, s, l->items[i]);
}

static void sc_params_defaults(Analyzer *an, Scope *s, Params *p) {
  if (!p) return;
  for (int i = 0; i < p->posonly.len; i++) sc_expr(an, s, ((Param *)p->posonly.items[i])->default_);
  for (int i = 0; i < p->args.len; i++) sc_expr(an, s, ((Param *)p->args.items[i])->default_);
  for (int i = 0; i < p->kwonly.len; i++) sc_expr(an, s, ((Param *)p->kwonly.items[i])->default_);
}

static void sc_param(Analyzer *an, Scope *fs, Param *p) {
  Sym *y = scope_lookup(fs, p->name);
  if (y && (y->flags & SYM_PARAM))
    sc_error(an, p->line, p->col, "duplicate argument '%s' in function definition", p->name);
  y = sc_sym(an, fs, p->name);
  y->flags |= SYM_PARAM | SYM_ASSIGNED;
  y->nbind++;
}

static void sc_params_bind(Analyzer *an, Scope *fs, Params *p) {
  if (!p) return;
  for (int i = 0; i < p->posonly.len; i++) sc_param(an, fs, p->posonly.items[i]);
  for (int i = 0; i < p->args.len; i++) sc_param(an, fs, p->args.items[i]);
  if (p->vararg) sc_param(an, fs, p->vararg);
  for (int i = 0; i < p->kwonly.len; i++) sc_param(an, fs, p->kwonly.items[i]);
  if (p->kwarg) sc_param(an, fs, p->kwarg);
}

static const char *comp_name(ExprKind k) {
  switch (k) {
  case E_LISTCOMP: return "<listcomp>";
  case E_SETCOMP: return "<setcomp>";
  case E_DICTCOMP: return "<dictcomp>";
  default: return "<genexpr>";
  }
}

static void sc_comprehension(Analyzer *an, Scope *s, Expr *e) {
  NodeList *gens = &e->u.comp.gens;
  Comprehension *first = gens->items[0];
  sc_expr(an, s, first->iter); /* evaluated in the enclosing scope */
  Scope *cs = sc_new(an, SC_COMPREHENSION, s, e, comp_name(e->kind));
  /* (known before the body: an await there makes it an async genexp) */
  if (e->kind == E_GENEXP) cs->is_generator = 1;
  Scope *fn = sc_function_of(s);
  int in_async = fn && fn->kind == SC_FUNCTION && fn->is_async;
  for (int i = 0; i < gens->len; i++) {
    Comprehension *c = gens->items[i];
    if (i > 0) sc_expr(an, cs, c->iter);
    sc_target(an, cs, c->target);
    sc_exprs(an, cs, &c->ifs);
    if (c->is_async) {
      if (e->kind == E_GENEXP) cs->is_async = 1;
      else if (!in_async && !(an->repl && fn && fn->kind == SC_MODULE))
        sc_error(an, e->line, e->col, "asynchronous comprehension outside of an asynchronous function");
      /* (its async for awaits inside the function: as an async for
         statement, it keeps the body off the resumable form) */
      else if (fn) fn->has_async_stmt = 1;
    }
  }
  if (e->kind == E_DICTCOMP) {
    sc_expr(an, cs, e->u.comp.key);
    sc_expr(an, cs, e->u.comp.value);
  } else {
    sc_expr(an, cs, e->u.comp.elt);
  }
}

static void sc_expr(Analyzer *an, Scope *s, Expr *e) {
  if (!e) return;
  if (++an->depth > 2000) sc_error(an, e->line, e->col, "too many nested expressions");
  switch (e->kind) {
  case E_NAME: {
    Sym *y = sc_sym(an, s, e->u.name);
    y->flags |= SYM_USED;
    if (!sc_in_loop_of(an, s, e->u.name)) y->flags |= SYM_OUTSIDE;
    if (strcmp(e->u.name, "__class__") == 0) {
      Scope *f = sc_function_of(s);
      if (f) f->uses_class_cell = 1;
    }
    break;
  }
  case E_INT: case E_FLOAT: case E_IMAG: case E_STR: case E_BYTES: case E_NONE:
  case E_TRUE: case E_FALSE: case E_ELLIPSIS:
    break;
  case E_FSTRING: sc_exprs(an, s, &e->u.parts); break;
  case E_FORMATTED:
    sc_expr(an, s, e->u.fmt.value);
    sc_expr(an, s, e->u.fmt.spec);
    break;
  case E_BINOP:
    sc_expr(an, s, e->u.bin.left);
    sc_expr(an, s, e->u.bin.right);
    break;
  case E_UNARY: sc_expr(an, s, e->u.unary.operand); break;
  case E_BOOLOP: sc_exprs(an, s, &e->u.boolop.values); break;
  case E_COMPARE:
    sc_expr(an, s, e->u.cmp.left);
    for (int i = 0; i < e->u.cmp.n; i++) sc_expr(an, s, e->u.cmp.comparators[i]);
    break;
  case E_CALL: {
    Expr *f = e->u.call.func;
    if (f->kind == E_NAME) {
      const char *n = f->u.name;
      if (strcmp(n, "super") == 0 && e->u.call.args.len == 0) {
        Scope *fs = sc_function_of(s);
        if (fs) fs->uses_class_cell = 1;
      }
      if (!strcmp(n, "globals") || !strcmp(n, "vars") || !strcmp(n, "locals") ||
          !strcmp(n, "exec") || !strcmp(n, "eval"))
        an->root->module_uses_globals = 1;
    }
    sc_expr(an, s, f);
    sc_exprs(an, s, &e->u.call.args);
    for (int i = 0; i < e->u.call.keywords.len; i++)
      sc_expr(an, s, ((Keyword *)e->u.call.keywords.items[i])->value);
    break;
  }
  case E_ATTR: sc_expr(an, s, e->u.attr.value); break;
  case E_SUBSCRIPT:
    sc_expr(an, s, e->u.sub.value);
    sc_expr(an, s, e->u.sub.index);
    break;
  case E_SLICE:
    sc_expr(an, s, e->u.slice.lower);
    sc_expr(an, s, e->u.slice.upper);
    sc_expr(an, s, e->u.slice.step);
    break;
  case E_STARRED: sc_expr(an, s, e->u.starred); break;
  case E_LIST: case E_TUPLE: case E_SET: sc_exprs(an, s, &e->u.elts); break;
  case E_DICT:
    for (int i = 0; i < e->u.dict.keys.len; i++) {
      sc_expr(an, s, e->u.dict.keys.items[i]);
      sc_expr(an, s, e->u.dict.values.items[i]);
    }
    break;
  case E_LISTCOMP: case E_SETCOMP: case E_DICTCOMP: case E_GENEXP:
    sc_comprehension(an, s, e);
    break;
  case E_LAMBDA: {
    sc_params_defaults(an, s, e->u.lambda.params);
    Scope *fs = sc_new(an, SC_FUNCTION, s, e, "<lambda>");
    sc_params_bind(an, fs, e->u.lambda.params);
    sc_expr(an, fs, e->u.lambda.body);
    break;
  }
  case E_IFEXP:
    sc_expr(an, s, e->u.ifexp.test);
    sc_expr(an, s, e->u.ifexp.body);
    sc_expr(an, s, e->u.ifexp.orelse);
    break;
  case E_NAMEDEXPR: {
    sc_expr(an, s, e->u.named.value);
    Scope *t = sc_function_of(s);
    if (t->kind == SC_CLASS && s->kind == SC_COMPREHENSION)
      sc_error(an, e->line, e->col, "assignment expression within a comprehension cannot be used in a class body");
    sc_bind(an, t, e->u.named.target->u.name);
    if (t != s) {
      /* the comprehension sees the enclosing variable */
      Sym *y = sc_sym(an, s, e->u.named.target->u.name);
      y->flags |= SYM_USED;
    }
    break;
  }
  case E_AWAIT: {
    Scope *f = s;
    while (f && f->kind == SC_COMPREHENSION && !f->is_async && f->parent) {
      if (f->is_generator) break;
      f = f->parent;
    }
    if (f->kind == SC_COMPREHENSION && f->is_generator) {
      f->is_async = 1; /* await inside a generator expression: async genexp */
    } else if (f->kind == SC_MODULE || f->kind == SC_CLASS) {
      if (!(an->repl && f->kind == SC_MODULE))
        sc_error(an, e->line, e->col, "'await' outside function");
    } else if (f->kind == SC_FUNCTION && !f->is_async) {
      sc_error(an, e->line, e->col, "'await' outside async function");
    }
    if (f->kind == SC_FUNCTION) f->nawaits++;
    sc_expr(an, s, e->u.value);
    break;
  }
  case E_YIELD:
  case E_YIELDFROM: {
    if (s->kind == SC_COMPREHENSION)
      sc_error(an, e->line, e->col, "'yield' inside %s", s->is_generator ? "generator expression" : "list comprehension");
    if (s->kind != SC_FUNCTION)
      sc_error(an, e->line, e->col, "'yield' outside function");
    if (e->kind == E_YIELDFROM && s->is_async)
      sc_error(an, e->line, e->col, "'yield from' inside async function");
    s->is_generator = 1;
    s->has_yield = 1;
    sc_expr(an, s, e->u.value);
    break;
  }
  }
  an->depth--;
}

/* A for statement's target and body. Names the target binds (a name, or
   a tuple of names) are marked SYM_FORVAR instead of SYM_OUTSIDE, and are
   in an->loopvars while the body is walked. */
static void sc_for_target(Analyzer *an, Scope *s, Expr *t, NodeList *body) {
  int simple = s->kind == SC_FUNCTION && t->kind == E_NAME;
  if (s->kind == SC_FUNCTION && (t->kind == E_TUPLE || t->kind == E_LIST)) {
    simple = 1;
    for (int i = 0; i < t->u.elts.len; i++)
      if (((Expr *)t->u.elts.items[i])->kind != E_NAME) simple = 0;
  }
  int n = t->kind == E_NAME ? 1 : simple ? t->u.elts.len : 0;
  if (!simple || an->nloopvars + n > (int)(sizeof an->loopvars / sizeof an->loopvars[0])) {
    sc_target(an, s, t);
    sc_stmts(an, s, body);
    return;
  }
  int mark = an->nloopvars;
  for (int i = 0; i < n; i++) {
    Expr *e = t->kind == E_NAME ? t : t->u.elts.items[i];
    const char *name = e->u.name;
    Sym *y = sc_sym(an, s, name);
    /* rebound by an enclosing loop's body, or named twice in this target:
       not a loop's own variable */
    unsigned outside = (y->flags & SYM_OUTSIDE) || sc_in_loop_of(an, s, name);
    sc_bind(an, s, name);
    if (!outside) y->flags &= ~SYM_OUTSIDE;
    y->flags |= SYM_FORVAR;
    an->loopvars[an->nloopvars].s = s;
    an->loopvars[an->nloopvars++].name = name;
  }
  sc_stmts(an, s, body);
  an->nloopvars = mark;
}

static int sc_in_function(Scope *s) {
  while (s && s->kind == SC_COMPREHENSION) s = s->parent;
  return s && s->kind == SC_FUNCTION;
}

/* Captures bind names; values, classes and mapping keys are loads. */
static void sc_pattern(Analyzer *an, Scope *s, Pattern *p) {
  if (!p) return;
  sc_expr(an, s, p->value);
  if (p->name) sc_bind(an, s, p->name);
  sc_pattern(an, s, p->pat);
  for (int i = 0; i < p->pats.len; i++) sc_pattern(an, s, p->pats.items[i]);
  if (p->kind == PT_MAPPING)
    for (int i = 0; i < p->keys.len; i++) sc_expr(an, s, p->keys.items[i]);
  for (int i = 0; i < p->kwpats.len; i++) sc_pattern(an, s, p->kwpats.items[i]);
}

static void sc_stmt(Analyzer *an, Scope *s, Stmt *st) {
  switch (st->kind) {
  case S_FUNCDEF: {
    sc_exprs(an, s, &st->u.func.decorators);
    sc_params_defaults(an, s, st->u.func.params);
    sc_bind(an, s, st->u.func.name);
    Scope *fs = sc_new(an, SC_FUNCTION, s, st, st->u.func.name);
    fs->is_async = st->u.func.is_async;
    sc_params_bind(an, fs, st->u.func.params);
    sc_stmts(an, fs, &st->u.func.body);
    break;
  }
  case S_CLASSDEF: {
    sc_exprs(an, s, &st->u.cls.decorators);
    sc_exprs(an, s, &st->u.cls.bases);
    for (int i = 0; i < st->u.cls.keywords.len; i++)
      sc_expr(an, s, ((Keyword *)st->u.cls.keywords.items[i])->value);
    sc_bind(an, s, st->u.cls.name);
    Scope *cs = sc_new(an, SC_CLASS, s, st, st->u.cls.name);
    sc_stmts(an, cs, &st->u.cls.body);
    break;
  }
  case S_RETURN:
    if (!sc_in_function(s)) sc_error(an, st->line, st->col, "'return' outside function");
    if (st->u.value && s->is_generator && s->is_async)
      sc_error(an, st->line, st->col, "'return' with value in async generator");
    sc_expr(an, s, st->u.value);
    break;
  case S_DELETE:
    for (int i = 0; i < st->u.targets.len; i++) {
      Expr *t = st->u.targets.items[i];
      if (t->kind == E_NAME) {
        Sym *y = sc_sym(an, s, t->u.name);
        y->flags |= SYM_DELETED;
        sc_bind(an, s, t->u.name);
      } else {
        sc_target(an, s, t);
      }
    }
    break;
  case S_ASSIGN:
    sc_expr(an, s, st->u.assign.value);
    for (int i = 0; i < st->u.assign.targets.len; i++) sc_target(an, s, st->u.assign.targets.items[i]);
    break;
  case S_AUGASSIGN:
    sc_expr(an, s, st->u.aug.value);
    if (st->u.aug.target->kind == E_NAME) {
      Sym *y = sc_sym(an, s, st->u.aug.target->u.name);
      y->flags |= SYM_USED;
    }
    sc_target(an, s, st->u.aug.target);
    break;
  case S_ANNASSIGN:
    sc_expr(an, s, st->u.ann.value);
    if (s->kind == SC_MODULE && !an->repl && st->u.ann.simple && st->u.ann.target->kind == E_NAME) {
      /* the module's __annotations__ (a global, made at the start) */
      Sym *y = sc_sym(an, s, "__annotations__");
      y->flags |= SYM_ASSIGNED;
      y->nbind += 2;
      s->has_annotations = 1;
    }
    if (st->u.ann.value || st->u.ann.target->kind == E_NAME) {
      if (st->u.ann.value || s->kind != SC_MODULE) sc_target(an, s, st->u.ann.target);
    }
    break;
  case S_FOR:
    if (st->u.for_.is_async) {
      Scope *f = sc_function_of(s);
      f->has_async_stmt = 1;
      if (!(f->kind == SC_FUNCTION && f->is_async) && !(an->repl && f->kind == SC_MODULE))
        sc_error(an, st->line, st->col, "'async for' outside async function");
    }
    sc_expr(an, s, st->u.for_.iter);
    sc_for_target(an, s, st->u.for_.target, &st->u.for_.body);
    sc_stmts(an, s, &st->u.for_.orelse);
    break;
  case S_WHILE:
    sc_expr(an, s, st->u.while_.test);
    sc_stmts(an, s, &st->u.while_.body);
    sc_stmts(an, s, &st->u.while_.orelse);
    break;
  case S_IF:
    sc_expr(an, s, st->u.if_.test);
    sc_stmts(an, s, &st->u.if_.body);
    sc_stmts(an, s, &st->u.if_.orelse);
    break;
  case S_WITH:
    if (st->u.with.is_async) {
      Scope *f = sc_function_of(s);
      f->has_async_stmt = 1;
      if (!(f->kind == SC_FUNCTION && f->is_async) && !(an->repl && f->kind == SC_MODULE))
        sc_error(an, st->line, st->col, "'async with' outside async function");
    }
    for (int i = 0; i < st->u.with.items.len; i++) {
      WithItem *w = st->u.with.items.items[i];
      sc_expr(an, s, w->context);
      sc_target(an, s, w->var);
    }
    sc_stmts(an, s, &st->u.with.body);
    break;
  case S_RAISE:
    sc_expr(an, s, st->u.raise.exc);
    sc_expr(an, s, st->u.raise.cause);
    break;
  case S_TRY:
    sc_stmts(an, s, &st->u.try_.body);
    for (int i = 0; i < st->u.try_.handlers.len; i++) {
      Handler *h = st->u.try_.handlers.items[i];
      sc_expr(an, s, h->type);
      if (h->name) sc_bind(an, s, h->name);
      sc_stmts(an, s, &h->body);
    }
    sc_stmts(an, s, &st->u.try_.orelse);
    sc_stmts(an, s, &st->u.try_.finalbody);
    break;
  case S_ASSERT:
    sc_expr(an, s, st->u.assert_.test);
    sc_expr(an, s, st->u.assert_.msg);
    break;
  case S_IMPORT:
    for (int i = 0; i < st->u.names.len; i++) {
      Alias *al = st->u.names.items[i];
      if (al->asname) {
        sc_bind(an, s, al->asname);
      } else {
        const char *dot = strchr(al->name, '.');
        sc_bind(an, s, dot ? arena_strndup(an->a, al->name, dot - al->name) : al->name);
      }
    }
    break;
  case S_IMPORTFROM:
    for (int i = 0; i < st->u.importfrom.names.len; i++) {
      Alias *al = st->u.importfrom.names.items[i];
      if (strcmp(al->name, "*") == 0) {
        if (s->kind != SC_MODULE)
          sc_error(an, st->line, st->col, "import * only allowed at module level");
        an->root->module_uses_globals = 1;
        an->root->has_import_star = 1;
      } else {
        sc_bind(an, s, al->asname ? al->asname : al->name);
      }
    }
    break;
  case S_GLOBAL:
  case S_NONLOCAL:
    for (int i = 0; i < st->u.names.len; i++) {
      const char *n = st->u.names.items[i];
      if (st->kind == S_NONLOCAL && s->kind == SC_MODULE)
        sc_error(an, st->line, st->col, "nonlocal declaration not allowed at module level");
      Sym *y = sc_sym(an, s, n);
      if (y->flags & SYM_PARAM)
        sc_error(an, st->line, st->col, "name '%s' is parameter and %s", n,
                 st->kind == S_GLOBAL ? "global" : "nonlocal");
      if ((y->flags & (SYM_USED | SYM_ASSIGNED)) && s->kind != SC_MODULE)
        sc_error(an, st->line, st->col, "name '%s' is %s prior to %s declaration", n,
                 (y->flags & SYM_ASSIGNED) ? "assigned to" : "used",
                 st->kind == S_GLOBAL ? "global" : "nonlocal");
      y->flags |= st->kind == S_GLOBAL ? SYM_GLOBAL : SYM_NONLOCAL;
      if (st->kind == S_GLOBAL && s->kind != SC_MODULE) {
        Sym *g = sc_sym(an, an->root, n);
        g->flags |= SYM_EXTERNAL; /* may be assigned from a function: not static */
      }
    }
    break;
  case S_EXPR: sc_expr(an, s, st->u.value); break;
  case S_PASS: case S_BREAK: case S_CONTINUE: break;
  case S_MATCH:
    sc_expr(an, s, st->u.match.subject);
    for (int i = 0; i < st->u.match.cases.len; i++) {
      MatchCase *c = st->u.match.cases.items[i];
      sc_pattern(an, s, c->pat);
      sc_expr(an, s, c->guard);
      sc_stmts(an, s, &c->body);
    }
    break;
  }
}

static void sc_stmts(Analyzer *an, Scope *s, NodeList *l) {
  for (int i = 0; i < l->len; i++) sc_stmt(an, s, l->items[i]);
}

/* Check nonlocal declarations once every binding is known. */
static void sc_check_nonlocals(Analyzer *an, Scope *s) {
  for (int i = 0; i < s->nsyms; i++) {
    Sym *y = &s->syms[i];
    if (!(y->flags & SYM_NONLOCAL)) continue;
    Scope *p = s->parent;
    int found = 0;
    for (; p && p->kind != SC_MODULE; p = p->parent) {
      if (p->kind == SC_CLASS) continue;
      Sym *q = scope_lookup(p, y->name);
      if (q && (q->flags & (SYM_ASSIGNED | SYM_PARAM | SYM_NONLOCAL)) && !(q->flags & SYM_GLOBAL)) {
        found = 1;
        break;
      }
    }
    if (!found) {
      const Stmt *st = s->node;
      sc_error(an, st ? st->line : 0, 0, "no binding for nonlocal '%s' found", y->name);
    }
  }
  for (int i = 0; i < s->nchildren; i++) sc_check_nonlocals(an, s->children[i]);
}

Scope *scope_analyze(Arena *a, Module *m, int repl_mode, SyntaxErr *err) {
  Analyzer an;
  memset(&an, 0, sizeof an);
  an.a = a;
  an.err = err;
  an.repl = repl_mode;
  Scope *root = arena_alloc(a, sizeof *root);
  root->kind = SC_MODULE;
  root->node = m;
  root->name = "<module>";
  root->map = arena_alloc(a, sizeof(ScopeMap));
  an.root = root;
  if (setjmp(an.jb)) return NULL;
  sc_stmts(&an, root, &m->body);
  sc_check_nonlocals(&an, root);
  return root;
}

static int sym_binds(const Sym *y) {
  return y && (y->flags & (SYM_ASSIGNED | SYM_PARAM)) && !(y->flags & (SYM_GLOBAL | SYM_NONLOCAL));
}

static NameKind resolve_global(Scope *s, const char *name) {
  while (s->parent) s = s->parent;
  Sym *g = scope_lookup(s, name);
  if (g && ((g->flags & SYM_ASSIGNED) || g->nbind > 0)) return NAME_GLOBAL;
  if (s->module_uses_globals) return NAME_GLOBAL;
  return NAME_BUILTIN;
}

NameKind scope_resolve(Scope *s, const char *name, Scope **owner) {
  Sym *y = scope_lookup(s, name);
  *owner = NULL;
  if (s->kind == SC_MODULE) return resolve_global(s, name);
  if (y && (y->flags & SYM_GLOBAL)) return resolve_global(s, name);
  if (s->kind == SC_CLASS && sym_binds(y)) return NAME_CLASS;
  if (s->kind != SC_CLASS && sym_binds(y)) {
    *owner = s;
    return NAME_LOCAL;
  }
  /* free: look in enclosing function scopes, skipping class bodies */
  for (Scope *p = s->parent; p; p = p->parent) {
    if (p->kind == SC_CLASS) continue;
    if (p->kind == SC_MODULE) return resolve_global(p, name);
    Sym *q = scope_lookup(p, name);
    if (q && (q->flags & SYM_GLOBAL)) return resolve_global(p, name);
    if (sym_binds(q)) {
      q->flags |= SYM_CAPTURED;
      *owner = p;
      return NAME_FREE;
    }
  }
  return resolve_global(s, name);
}
