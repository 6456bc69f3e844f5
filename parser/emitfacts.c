/* emitfacts.c: what the emitter works out before it writes a function or
   a module: the static types of a function's locals (local type
   inference), and module-level facts: statics bound once, defs with a fast
   entry, attributes read without fallback, names bound by import. */
#include <stdlib.h>
#include <string.h>
#include "emitint.h"

/* ------------------------------------------------------------------ */
/* Local type inference                                                 */

static int tm_find(TypeMap *m, const char *name) {
  for (int i = 0; i < m->n; i++)
    if (strcmp(m->names[i], name) == 0) return i;
  return -1;
}

int emit__tm_get(TypeMap *m, const char *name) {
  if (!m) return TY_UNKNOWN;
  int i = tm_find(m, name);
  return i < 0 ? TY_UNKNOWN : m->types[i];
}

/* join of two types (TY_UNSET is the bottom) */
static int ty_join(int a, int b) {
  if (a == TY_UNSET) return b;
  if (b == TY_UNSET) return a;
  if (a == TY_UNKNOWN || b == TY_UNKNOWN) return TY_UNKNOWN;
  if (a == TY_STR || b == TY_STR) return a == b ? TY_STR : TY_UNKNOWN;
  if (a == TY_LIST || b == TY_LIST) return a == b ? TY_LIST : TY_UNKNOWN;
  if (a == TY_INT && b == TY_INT) return TY_INT;
  return TY_NUM;
}

/* str methods that return a str */
static int str_method_returns_str(const char *m) {
  static const char *names[] = {"upper", "lower", "strip", "lstrip", "rstrip", "replace", "title",
                                "capitalize", "swapcase", "casefold", "zfill", "ljust", "rjust",
                                "center", "join", "format", "removeprefix", "removesuffix",
                                "expandtabs", NULL};
  for (int i = 0; names[i]; i++)
    if (strcmp(names[i], m) == 0) return 1;
  return 0;
}



/* A static module global bound once, at top level, to a numeric constant
   expression (PI = 3.14, SOLAR_MASS = 4 * PI * PI). */
int emit__is_static_numeric(Emitter *E, const char *name) {
  for (int i = 0; i < E->nstatic_num; i++)
    if (strcmp(E->static_num[i], name) == 0) return 1;
  return 0;
}

int emit__ty_expr(Emitter *E, TypeMap *m, Expr *e) {
  switch (e->kind) {
  case E_INT: return e->int_is_big ? TY_UNKNOWN : TY_INT;
  case E_FLOAT: return TY_NUM;
  case E_STR: case E_FSTRING: return TY_STR;
  case E_LIST: case E_LISTCOMP: return TY_LIST;
  case E_NAME: {
    int i = tm_find(m, e->u.name);
    if (i >= 0) return m->types[i];
    return emit__is_static_numeric(E, e->u.name) ? TY_NUM : TY_UNKNOWN;
  }
  case E_UNARY: {
    if (e->u.unary.op == U_NOT) return TY_UNKNOWN;
    int t = emit__ty_expr(E, m, e->u.unary.operand);
    return t == TY_LIST ? TY_UNKNOWN : t;
  }
  case E_BINOP: {
    int a = emit__ty_expr(E, m, e->u.bin.left), b = emit__ty_expr(E, m, e->u.bin.right);
    if (a == TY_LIST || b == TY_LIST) return TY_UNKNOWN;
    /* str + anything is a str or an error; str % args is a str */
    if (a == TY_STR && (e->u.bin.op == OP_ADD || e->u.bin.op == OP_MOD)) return TY_STR;
    if (a == TY_STR || b == TY_STR) return TY_UNKNOWN;
    if (a == TY_UNKNOWN || b == TY_UNKNOWN) return TY_UNKNOWN;
    if (a == TY_UNSET || b == TY_UNSET) return TY_UNSET;
    switch (e->u.bin.op) {
    case OP_DIV: case OP_POW: return TY_NUM;
    case OP_LSHIFT: case OP_RSHIFT: case OP_BITAND: case OP_BITOR: case OP_BITXOR:
      return (a == TY_INT && b == TY_INT) ? TY_INT : TY_UNKNOWN;
    case OP_MATMUL: return TY_UNKNOWN;
    default: return ty_join(a, b);
    }
  }
  case E_IFEXP: return ty_join(emit__ty_expr(E, m, e->u.ifexp.body), emit__ty_expr(E, m, e->u.ifexp.orelse));
  case E_CALL: {
    Expr *f = e->u.call.func;
    if (f->kind == E_ATTR && str_method_returns_str(f->u.attr.attr) &&
        emit__ty_expr(E, m, f->u.attr.value) == TY_STR)
      return TY_STR;
    if (f->kind == E_ATTR && (!strcmp(f->u.attr.attr, "split") || !strcmp(f->u.attr.attr, "rsplit") ||
                              !strcmp(f->u.attr.attr, "splitlines")) &&
        emit__ty_expr(E, m, f->u.attr.value) == TY_STR)
      return TY_LIST;
    if (f->kind == E_NAME && e->u.call.keywords.len == 0) {
      Scope *owner;
      if (scope_resolve(emit__name_scope(E), f->u.name, &owner) != NAME_BUILTIN) return TY_UNKNOWN;
      const char *n = f->u.name;
      if (!strcmp(n, "len") || !strcmp(n, "ord") || !strcmp(n, "hash") || !strcmp(n, "id")) return TY_INT;
      if (!strcmp(n, "float")) return TY_NUM;
      if (!strcmp(n, "str") || !strcmp(n, "repr") || !strcmp(n, "chr")) return TY_STR;
      if (!strcmp(n, "list") || !strcmp(n, "sorted")) return TY_LIST;
      if (!strcmp(n, "abs") && e->u.call.args.len == 1) {
        int t = emit__ty_expr(E, m, e->u.call.args.items[0]);
        return t == TY_UNSET ? TY_UNSET : t;
      }
    }
    return TY_UNKNOWN;
  }
  default: return TY_UNKNOWN;
  }
}

static void tm_set(Emitter *E, TypeMap *m, const char *name, int t) {
  int i = tm_find(m, name);
  if (i < 0) {
    if (m->n == m->cap) {
      int nc = m->cap ? m->cap * 2 : 16;
      const char **nn = arena_alloc(E->a, nc * sizeof *nn);
      unsigned char *nt = arena_alloc(E->a, nc);
      if (m->n) {
        memcpy(nn, m->names, m->n * sizeof *nn);
        memcpy(nt, m->types, m->n);
      }
      m->names = nn;
      m->types = nt;
      m->cap = nc;
    }
    m->names[m->n] = name;
    m->types[m->n] = (unsigned char)t;
    m->n++;
    return;
  }
  m->types[i] = (unsigned char)ty_join(m->types[i], t);
}

static void ty_target_unknown(Emitter *E, TypeMap *m, Expr *t) {
  if (!t) return;
  if (t->kind == E_NAME) tm_set(E, m, t->u.name, TY_UNKNOWN);
  else if (t->kind == E_TUPLE || t->kind == E_LIST)
    for (int i = 0; i < t->u.elts.len; i++) ty_target_unknown(E, m, t->u.elts.items[i]);
  else if (t->kind == E_STARRED) ty_target_unknown(E, m, t->u.starred);
}

/* One pass over the statements (nested functions and classes excluded). */
static void ty_stmts(Emitter *E, TypeMap *m, NodeList *body);

static void ty_walrus(Emitter *E, TypeMap *m, Expr *e);

/* Names bound by a pattern are of unknown type. */
static void ty_pattern(Emitter *E, TypeMap *m, Pattern *p) {
  if (!p) return;
  if (p->name) tm_set(E, m, p->name, TY_UNKNOWN);
  ty_pattern(E, m, p->pat);
  for (int i = 0; i < p->pats.len; i++) ty_pattern(E, m, p->pats.items[i]);
  for (int i = 0; i < p->kwpats.len; i++) ty_pattern(E, m, p->kwpats.items[i]);
}

static void ty_stmt(Emitter *E, TypeMap *m, Stmt *s) {
  switch (s->kind) {
  case S_ASSIGN:
    for (int i = 0; i < s->u.assign.targets.len; i++) {
      Expr *t = s->u.assign.targets.items[i];
      if (t->kind == E_NAME) tm_set(E, m, t->u.name, emit__ty_expr(E, m, s->u.assign.value));
      else ty_target_unknown(E, m, t);
    }
    ty_walrus(E, m, s->u.assign.value);
    break;
  case S_AUGASSIGN:
    if (s->u.aug.target->kind == E_NAME) {
      Expr fake;
      memset(&fake, 0, sizeof fake);
      fake.kind = E_BINOP;
      fake.u.bin.op = s->u.aug.op;
      fake.u.bin.left = s->u.aug.target;
      fake.u.bin.right = s->u.aug.value;
      tm_set(E, m, s->u.aug.target->u.name, emit__ty_expr(E, m, &fake));
    }
    break;
  case S_ANNASSIGN:
    if (s->u.ann.target->kind == E_NAME && s->u.ann.value)
      tm_set(E, m, s->u.ann.target->u.name, emit__ty_expr(E, m, s->u.ann.value));
    break;
  case S_FOR: {
    Expr *it = s->u.for_.iter;
    int is_range = it->kind == E_CALL && emit__is_builtin_name(E, it->u.call.func, "range") &&
                   s->u.for_.target->kind == E_NAME;
    if (is_range) tm_set(E, m, s->u.for_.target->u.name, TY_INT);
    else ty_target_unknown(E, m, s->u.for_.target);
    ty_stmts(E, m, &s->u.for_.body);
    ty_stmts(E, m, &s->u.for_.orelse);
    break;
  }
  case S_WHILE: ty_walrus(E, m, s->u.while_.test); ty_stmts(E, m, &s->u.while_.body); ty_stmts(E, m, &s->u.while_.orelse); break;
  case S_IF: ty_walrus(E, m, s->u.if_.test); ty_stmts(E, m, &s->u.if_.body); ty_stmts(E, m, &s->u.if_.orelse); break;
  case S_WITH:
    for (int i = 0; i < s->u.with.items.len; i++) ty_target_unknown(E, m, ((WithItem *)s->u.with.items.items[i])->var);
    ty_stmts(E, m, &s->u.with.body);
    break;
  case S_TRY:
    ty_stmts(E, m, &s->u.try_.body);
    for (int i = 0; i < s->u.try_.handlers.len; i++) {
      Handler *h = s->u.try_.handlers.items[i];
      if (h->name) tm_set(E, m, h->name, TY_UNKNOWN);
      ty_stmts(E, m, &h->body);
    }
    ty_stmts(E, m, &s->u.try_.orelse);
    ty_stmts(E, m, &s->u.try_.finalbody);
    break;
  case S_FUNCDEF: tm_set(E, m, s->u.func.name, TY_UNKNOWN); break;
  case S_CLASSDEF: tm_set(E, m, s->u.cls.name, TY_UNKNOWN); break;
  case S_IMPORT:
    for (int i = 0; i < s->u.names.len; i++) {
      Alias *al = s->u.names.items[i];
      const char *dot = strchr(al->name, '.');
      tm_set(E, m, al->asname ? al->asname : dot ? arena_strndup(E->a, al->name, dot - al->name) : al->name, TY_UNKNOWN);
    }
    break;
  case S_IMPORTFROM:
    for (int i = 0; i < s->u.importfrom.names.len; i++) {
      Alias *al = s->u.importfrom.names.items[i];
      tm_set(E, m, al->asname ? al->asname : al->name, TY_UNKNOWN);
    }
    break;
  case S_DELETE:
    for (int i = 0; i < s->u.targets.len; i++) ty_target_unknown(E, m, s->u.targets.items[i]);
    break;
  case S_EXPR: ty_walrus(E, m, s->u.value); break;
  case S_MATCH:
    for (int i = 0; i < s->u.match.cases.len; i++) {
      MatchCase *c = s->u.match.cases.items[i];
      ty_pattern(E, m, c->pat);
      ty_stmts(E, m, &c->body);
    }
    break;
  default: break;
  }
}

static void ty_stmts(Emitter *E, TypeMap *m, NodeList *body) {
  for (int i = 0; i < body->len; i++) ty_stmt(E, m, body->items[i]);
}

/* Walrus targets anywhere in an expression are unknown (kept simple). */
static void ty_walrus(Emitter *E, TypeMap *m, Expr *e) {
  if (!e) return;
  if (e->kind == E_NAMEDEXPR) tm_set(E, m, e->u.named.target->u.name, TY_UNKNOWN);
  if (e->kind == E_BOOLOP)
    for (int i = 0; i < e->u.boolop.values.len; i++) ty_walrus(E, m, e->u.boolop.values.items[i]);
  if (e->kind == E_COMPARE) {
    ty_walrus(E, m, e->u.cmp.left);
    for (int i = 0; i < e->u.cmp.n; i++) ty_walrus(E, m, e->u.cmp.comparators[i]);
  }
  if (e->kind == E_CALL)
    for (int i = 0; i < e->u.call.args.len; i++) ty_walrus(E, m, e->u.call.args.items[i]);
}

/* Does a scope inside s declare `name` nonlocal (and so may rebind it)?
   (SYM_CAPTURED is only known once the inner functions are emitted.) */
static int nonlocal_within(Scope *s, const char *name) {
  for (int i = 0; i < s->nchildren; i++) {
    Sym *y = scope_lookup(s->children[i], name);
    if ((y && (y->flags & SYM_NONLOCAL)) || nonlocal_within(s->children[i], name)) return 1;
  }
  return 0;
}

/* Infer the types of a function's locals (fixed point). Parameters and
   variables assigned by inner functions stay unknown. */
TypeMap *emit__infer_types(Emitter *E, Scope *fs, Params *params, NodeList *body) {
  TypeMap *m = arena_alloc(E->a, sizeof *m);
  NodeList ps = {0};
  if (params) {
    for (int i = 0; i < params->posonly.len; i++) list_push(E->a, &ps, params->posonly.items[i]);
    for (int i = 0; i < params->args.len; i++) list_push(E->a, &ps, params->args.items[i]);
    if (params->vararg) list_push(E->a, &ps, params->vararg);
    for (int i = 0; i < params->kwonly.len; i++) list_push(E->a, &ps, params->kwonly.items[i]);
    if (params->kwarg) list_push(E->a, &ps, params->kwarg);
  }
  for (int i = 0; i < ps.len; i++) tm_set(E, m, ((Param *)ps.items[i])->name, TY_UNKNOWN);
  /* captured variables may be assigned by inner functions (nonlocal) */
  for (int i = 0; i < fs->nsyms; i++)
    if ((fs->syms[i].flags & SYM_CAPTURED) || nonlocal_within(fs, fs->syms[i].name))
      tm_set(E, m, fs->syms[i].name, TY_UNKNOWN);
  /* types only move up the lattice, so this reaches a fixed point */
  for (int iter = 0; iter < 16; iter++) {
    int n_before = m->n;
    unsigned char snap[512];
    int ns = m->n < 512 ? m->n : 512;
    if (ns) memcpy(snap, m->types, ns);
    ty_stmts(E, m, body);
    if (m->n == n_before && (ns == 0 || memcmp(snap, m->types, ns) == 0)) break;
  }
  return m;
}


/* A known def gets a fast entry when its parameters are plain positional
   ones without defaults (the check it skips is then only "is the last one
   missing") and its body is an ordinary function (not a generator or
   coroutine, whose calls only build an object). */
static int fast_entry_ok(Emitter *E, Stmt *st) {
  Params *p = st->u.func.params;
  if (st->u.func.is_async || !p || !emit__params_simple(p)) return 0;
  if (p->posonly.len + p->args.len == 0) return 0;
  for (int i = 0; i < p->posonly.len; i++)
    if (((Param *)p->posonly.items[i])->default_) return 0;
  for (int i = 0; i < p->args.len; i++)
    if (((Param *)p->args.items[i])->default_) return 0;
  Scope *fs = scope_of(E->root, st);
  return fs && !fs->is_generator;
}

/* Names of the methods of list, tuple, dict, set, frozenset and str: the
   instances of those types look attributes up in their class's table, so
   reading one of these without the fallback could not make the bound
   method. (tests/cli/test_fast_attrs.py checks the list against dir().) */
static const char *const builtin_method_names[] = {
  "add", "append", "capitalize", "casefold", "center", "clear", "copy", "count", "difference",
  "difference_update", "discard", "encode", "endswith", "expandtabs", "extend", "find", "format",
  "format_map", "fromkeys", "get", "index", "insert", "intersection", "intersection_update",
  "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isdisjoint", "isidentifier", "islower",
  "isnumeric", "isprintable", "isspace", "issubset", "issuperset", "istitle", "isupper", "items",
  "join", "keys", "ljust", "lower", "lstrip", "maketrans", "partition", "pop", "popitem", "remove",
  "removeprefix", "removesuffix", "replace", "reverse", "rfind", "rindex", "rjust", "rpartition",
  "rsplit", "rstrip", "setdefault", "sort", "split", "splitlines", "startswith", "strip",
  "swapcase", "symmetric_difference", "symmetric_difference_update", "title", "translate",
  "union", "update", "upper", "values", "zfill", NULL};

/* Is `name` bound in some class body of the module (a method, a property,
   a class attribute)? */
static int bound_in_class(Scope *s, const char *name) {
  if (s->kind == SC_CLASS) {
    Sym *y = scope_lookup(s, name);
    if (y && (y->flags & SYM_ASSIGNED)) return 1;
  }
  for (int i = 0; i < s->nchildren; i++)
    if (bound_in_class(s->children[i], name)) return 1;
  return 0;
}

/* An attribute the module assigns (self.x = ...), that no class body of
   the module defines, and that is neither private, a dunder nor a method
   of a builtin type, is read as obj[".x"] alone: a miss raises
   AttributeError in the runtime, which keeps every class that has
   something named x (from any module) off the plain-table lookup (see
   R.fast_attrs in vm/object.lua). */
int emit__is_builtin_method(const char *name) {
  for (int i = 0; builtin_method_names[i]; i++)
    if (strcmp(builtin_method_names[i], name) == 0) return 1;
  return 0;
}

static int fast_attr_ok(Emitter *E, const char *name) {
  if (name[0] == '_') return 0; /* (so never a name the class body mangles) */
  if (emit__is_builtin_method(name)) return 0;
  return !bound_in_class(E->root, name);
}

int emit__is_fast_attr(Emitter *E, const char *name) {
  for (int i = 0; i < E->nfast_attrs; i++)
    if (strcmp(E->fast_attrs[i], name) == 0) return 1;
  return 0;
}

void emit__collect_statics(Emitter *E, Module *m) {
  Scope *r = E->root;
  if (r->nattr_stores) {
    E->fast_attrs = arena_alloc(E->a, r->nattr_stores * sizeof *E->fast_attrs);
    for (int i = 0; i < r->nattr_stores; i++)
      if (fast_attr_ok(E, r->attr_stores[i])) E->fast_attrs[E->nfast_attrs++] = r->attr_stores[i];
  }
  if (E->repl || r->module_uses_globals) return;
  /* public names first: when the budget runs out, what other modules
     call (mod.f(), cached once read) stays fast */
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < r->nsyms && E->nstatics < E->max_statics; i++) {
      Sym *y = &r->syms[i];
      if (!(y->flags & SYM_ASSIGNED) || (y->flags & (SYM_EXTERNAL | SYM_DELETED))) continue;
      if (strncmp(y->name, "__", 2) == 0) continue; /* __name__, __all__ ... stay in the namespace */
      if ((y->name[0] == '_') != (pass == 1)) continue;
      E->statics[E->nstatics++] = y->name;
    }
  /* undecorated defs without *args bound once at top level: a call with
     too many positional arguments is known to fail when the emitter sees
     it, so the check costs the function's prologue nothing */
  for (int i = 0; i < m->body.len && E->nknown < 64; i++) {
    Stmt *st = m->body.items[i];
    if (st->kind != S_FUNCDEF || st->u.func.decorators.len || st->u.func.params->vararg) continue;
    Sym *y = scope_lookup(r, st->u.func.name);
    if (!y || y->nbind != 1 || !emit__is_static(E, st->u.func.name)) continue;
    E->known_defs[E->nknown++] = st;
    if (fast_entry_ok(E, st)) E->fast_defs[E->nfast++] = st;
  }
  /* statics bound once, by an import at top level: mod.f(args) reads the
     module's value for f (no method-call wrapper, see ex_call) */
  for (int i = 0; i < m->body.len; i++) {
    Stmt *st = m->body.items[i];
    if (st->kind != S_IMPORT) continue;
    for (int j = 0; j < st->u.names.len && E->nimport < 64; j++) {
      Alias *al = st->u.names.items[j];
      const char *dot = strchr(al->name, '.');
      const char *bound = al->asname ? al->asname : dot ? arena_strndup(E->a, al->name, dot - al->name) : al->name;
      Sym *y = scope_lookup(r, bound);
      if (y && y->nbind == 1 && emit__is_static(E, bound)) E->import_names[E->nimport++] = bound;
    }
  }
  /* statics bound once at top level to numeric constant expressions */
  TypeMap empty = {0};
  for (int i = 0; i < m->body.len && E->nstatic_num < 64; i++) {
    Stmt *st = m->body.items[i];
    if (st->kind != S_ASSIGN || st->u.assign.targets.len != 1) continue;
    Expr *t = st->u.assign.targets.items[0];
    if (t->kind != E_NAME || !emit__is_static(E, t->u.name)) continue;
    Sym *y = scope_lookup(r, t->u.name);
    if (!y || y->nbind != 1) continue;
    int ty = emit__ty_expr(E, &empty, st->u.assign.value);
    if (ty == TY_INT || ty == TY_NUM) E->static_num[E->nstatic_num++] = t->u.name;
    else if (ty == TY_STR && E->nstatic_str < 64) E->static_str[E->nstatic_str++] = t->u.name;
  }
}

/* ------------------------------------------------------------------ */
/* The order in which a class's methods assign attributes of self        */

static void order_add(Emitter *E, NodeList *names, const char *name) {
  for (int i = 0; i < names->len; i++)
    if (strcmp(names->items[i], name) == 0) return;
  list_push(E->a, names, (void *)name);
}

static void order_target(Emitter *E, NodeList *names, Expr *t, const char *self) {
  if (!t) return;
  if (t->kind == E_ATTR && t->u.attr.value->kind == E_NAME && strcmp(t->u.attr.value->u.name, self) == 0)
    order_add(E, names, t->u.attr.attr);
  else if (t->kind == E_TUPLE || t->kind == E_LIST)
    for (int i = 0; i < t->u.elts.len; i++) order_target(E, names, t->u.elts.items[i], self);
  else if (t->kind == E_STARRED)
    order_target(E, names, t->u.starred, self);
}

static void order_stmts(Emitter *E, NodeList *names, NodeList *body, const char *self) {
  for (int i = 0; i < body->len; i++) {
    Stmt *st = body->items[i];
    switch (st->kind) {
    case S_ASSIGN:
      for (int j = 0; j < st->u.assign.targets.len; j++) order_target(E, names, st->u.assign.targets.items[j], self);
      break;
    case S_AUGASSIGN: order_target(E, names, st->u.aug.target, self); break;
    case S_ANNASSIGN: if (st->u.ann.value) order_target(E, names, st->u.ann.target, self); break;
    case S_FOR:
      order_target(E, names, st->u.for_.target, self);
      order_stmts(E, names, &st->u.for_.body, self);
      order_stmts(E, names, &st->u.for_.orelse, self);
      break;
    case S_WHILE:
      order_stmts(E, names, &st->u.while_.body, self);
      order_stmts(E, names, &st->u.while_.orelse, self);
      break;
    case S_IF:
      order_stmts(E, names, &st->u.if_.body, self);
      order_stmts(E, names, &st->u.if_.orelse, self);
      break;
    case S_WITH: order_stmts(E, names, &st->u.with.body, self); break;
    case S_TRY:
      order_stmts(E, names, &st->u.try_.body, self);
      for (int j = 0; j < st->u.try_.handlers.len; j++)
        order_stmts(E, names, &((Handler *)st->u.try_.handlers.items[j])->body, self);
      order_stmts(E, names, &st->u.try_.orelse, self);
      order_stmts(E, names, &st->u.try_.finalbody, self);
      break;
    default: break;
    }
  }
}

/* The attributes of self that the methods of class statement `cls` assign,
   __init__'s first, in the order the source assigns them: an instance's
   __dict__ lists its attributes in that order (CPython keeps insertion
   order; a Lua table keeps none). */
NodeList emit__attr_order(Emitter *E, Stmt *cls) {
  NodeList names = {0};
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < cls->u.cls.body.len; i++) {
      Stmt *st = cls->u.cls.body.items[i];
      if (st->kind != S_FUNCDEF) continue;
      int is_init = strcmp(st->u.func.name, "__init__") == 0;
      if (is_init != (pass == 0)) continue;
      Params *p = st->u.func.params;
      Param *first = p && p->posonly.len ? p->posonly.items[0] : p && p->args.len ? p->args.items[0] : NULL;
      if (first) order_stmts(E, &names, &st->u.func.body, first->name);
    }
  return names;
}
