/* emitcomp.c: comprehensions (list, set and dict, compiled inline as
   loops) and generator expressions (step functions, or generator
   functions when they need one). */
#include <stdlib.h>
#include <string.h>
#include "emitint.h"

typedef struct {
  Emitter *E;
  Expr *e;
  const char *res;   /* result container temp */
  const char *cnt;   /* list counter temp */
  int presize;       /* a list made from a list, item for item: the list
                        branch makes its table at the final size */
  int nrange;        /* the first iterable is range(<nrange arguments>),
                        evaluated into range_xs: a numeric for */
  Ex range_xs[3];
} CompCtx;


/* Emit a for-loop header iterating `iter_code` into target; returns number
   of `end`s to close. Uses numeric for for range() with builtin range. */


static void comp_clause_body(CompCtx *c, int gi, int closers);

static void comp_level(CompCtx *c, int gi) {
  Emitter *E = c->E;
  Expr *e = c->e;
  if (gi == e->u.comp.gens.len) {
    if (e->kind == E_LISTCOMP) {
      Ex v = emit__ex_expr(E, e->u.comp.elt);
      emit__outf(E, "%s[%s] = %s; %s = %s + 1; ", c->res, c->cnt, v.s, c->cnt, c->cnt);
    } else if (e->kind == E_SETCOMP) {
      Ex v = emit__ex_expr(E, e->u.comp.elt);
      emit__outf(E, "%s(%s, %s); ", emit__H(E, "setadd"), c->res, v.s);
    } else if (e->kind == E_DICTCOMP) {
      Expr *items[2] = {e->u.comp.key, e->u.comp.value};
      Ex xs[2];
      emit__ex_seq(E, items, 2, xs);
      emit__outf(E, "%s[%s] = %s; ", c->res, xs[0].s, xs[1].s);
    } else {
      Ex v = emit__ex_expr(E, e->u.comp.elt);
      if (E_scope && E_scope->is_async)
        emit__outf(E, "%s(%s); ", emit__H(E, "ayield"), v.s);
      else
        emit__yield_stmt(E, v.s);
    }
    return;
  }
  Comprehension *g = e->u.comp.gens.items[gi];
  int closers;
  if (gi == 0 && c->nrange) {
    const char *var = emit__fmt(E, "__i%d", ++E->nlabel);
    emit__out(E, emit__range_for_head(E, (Expr **)g->iter->u.call.args.items, c->nrange, c->range_xs, var));
    emit__assign_to(E, g->target, ex(var, EX_ATOM | EX_SIMPLE | EX_NUM | EX_NONFALSE));
    comp_clause_body(c, gi, 1);
    return;
  }
  if (gi == 0 && !g->is_async && e->kind != E_GENEXP && g->target->kind == E_NAME) {
    /* the outermost loop of a comprehension over a list: index it directly
       (the body is small, so it is emitted twice: list and any iterable) */
    const char *it = comp_first_iter.s;
    int id = ++E->nlabel;
    emit__outf(E, "if %s(%s) == %s then ", emit__H(E, "getmt"), it, emit__H(E, "LIST"));
    if (c->presize) emit__outf(E, "%s = %s(%s.n, 2); ", c->res, emit__H(E, "newtable"), emit__PX(E, comp_first_iter));
    emit__outf(E, "local __k%d = 0; while __k%d < %s.n do ", id, id, emit__PX(E, comp_first_iter));
    emit__assign_to(E, g->target, ex(emit__fmt(E, "%s[__k%d]", emit__PX(E, comp_first_iter), id), EX_ATOM));
    emit__outf(E, "__k%d = __k%d + 1; ", id, id);
    comp_clause_body(c, gi, 1);
    emit__out(E, "else ");
    if (c->presize) emit__outf(E, "%s = {}; ", c->res);
    comp_clause_body(c, gi, emit__for_head(E, g->target, NULL, 0, 0));
    emit__out(E, "end ");
    return;
  }
  if (gi == 0) {
    /* the first iterable was evaluated outside (in c->res setup) */
    closers = emit__for_head(E, g->target, NULL, g->is_async, 0);
  } else {
    closers = emit__for_head(E, g->target, g->iter, g->is_async, 0);
  }
  comp_clause_body(c, gi, closers);
}

/* The `if` filters of clause gi, the inner clauses, and `closers` ends. */
static void comp_clause_body(CompCtx *c, int gi, int closers) {
  Emitter *E = c->E;
  Comprehension *g = c->e->u.comp.gens.items[gi];
  for (int i = 0; i < g->ifs.len; i++) {
    const char *t = emit__ex_truth(E, g->ifs.items[i]);
    emit__outf(E, "if %s then ", t);
    closers++;
  }
  comp_level(c, gi + 1);
  while (closers--) emit__out(E, "end ");
}

static void declare_comp_locals(Emitter *E, Scope *cs) {
  Buf b = {0};
  for (int i = 0; i < cs->nsyms; i++) {
    Sym *y = &cs->syms[i];
    if ((y->flags & SYM_ASSIGNED) && !(y->flags & (SYM_GLOBAL | SYM_NONLOCAL)))
      emit__buf_printf(&b, "%s%s", b.len ? ", " : "local ", emit__lua_name(E, y->name));
  }
  if (b.len) {
    emit__buf_puts(&b, "; ");
    emit__out(E, b.p);
  }
  free(b.p);
}

static Ex ex_genexp(Emitter *E, Expr *e);

/* A list, set or dict comprehension, or a generator expression. */
Ex emit__comprehension(Emitter *E, Expr *e) {
  if (e->kind == E_GENEXP) return ex_genexp(E, e);
  Scope *cs = scope_of(E->root, e);
  Comprehension *g0 = e->u.comp.gens.items[0];
  CompCtx c = {E, e, NULL, NULL, 0, 0, {{0}}};
  Ex first = {0};
  if (!g0->is_async && emit__is_range_call(E, g0->iter)) {
    /* over range(...): its arguments now (in this scope), then a numeric for */
    c.nrange = g0->iter->u.call.args.len;
    emit__ex_seq(E, (Expr **)g0->iter->u.call.args.items, c.nrange, c.range_xs);
    /* (into temps: a name there is the enclosing scope's, even when the
       comprehension's own variable has the same name) */
    for (int i = 0; i < c.nrange; i++) {
      Expr *ai = g0->iter->u.call.args.items[i];
      if (ai->kind == E_INT || (ai->kind == E_UNARY && ai->u.unary.operand->kind == E_INT)) continue;
      const char *t = emit__tmp_new(E);
      emit__outf(E, "%s = %s; ", t, c.range_xs[i].s);
      c.range_xs[i] = ex(t, (c.range_xs[i].f & (EX_INT | EX_NUM)) | EX_ATOM | EX_SIMPLE);
    }
  } else {
    first = emit__materialize(E, emit__ex_expr(E, g0->iter));
  }
  const char *res = emit__tmp_new(E);
  const char *cnt = NULL;
  int presize = e->kind == E_LISTCOMP && e->u.comp.gens.len == 1 && g0->ifs.len == 0 && !g0->is_async &&
                g0->target->kind == E_NAME && !c.nrange;
  if (e->kind == E_LISTCOMP) {
    cnt = emit__tmp_new(E);
    /* a plain table while it fills (no metamethods), a list at the end */
    if (presize) emit__outf(E, "%s = 0; ", cnt);
    else emit__outf(E, "%s = {}; %s = 0; ", res, cnt);
  } else if (e->kind == E_SETCOMP) {
    emit__outf(E, "%s = %s(); ", res, emit__H(E, "mkset"));
  } else {
    emit__outf(E, "%s = %s(); ", res, emit__H(E, "mkdict"));
  }
  emit__out(E, "do ");
  Scope *saved = E_scope;
  E_scope = cs;
  declare_comp_locals(E, cs);
  Ex saved_first = comp_first_iter;
  comp_first_iter = first;
  c.res = res;
  c.cnt = cnt;
  c.presize = presize;
  comp_level(&c, 0);
  comp_first_iter = saved_first;
  E_scope = saved;
  if (cnt) emit__outf(E, "%s.n = %s; %s(%s, %s); ", res, cnt, emit__H(E, "setmt"), res, emit__H(E, "LIST"));
  emit__out(E, "end; ");
  return ex(res, EX_ATOM | EX_SIMPLE | EX_NONFALSE);
}

/* A generator expression with one (non-async) for clause: a step
   function over the iterator of the first iterable, taken now. Each call
   runs to the next item and returns (true, item), or nothing at the end
   (R.gstep): no coroutine, no resume per item. */
static Ex ex_genexp_step(Emitter *E, Expr *e, Scope *cs) {
  Comprehension *g0 = e->u.comp.gens.items[0];
  int id = ++E->nlabel;
  /* over range(...): a counter __gc stepping by __gs up to __ge */
  int is_range = emit__is_range_call(E, g0->iter), up = 1, down = 0;
  const char *it;
  if (is_range) {
    Expr **a = (Expr **)g0->iter->u.call.args.items;
    int n = g0->iter->u.call.args.len;
    Ex xs[3];
    emit__ex_seq(E, a, n, xs);
    const char *ri = emit__H(E, "ri");
    const char *start = "0", *stop = n == 1 ? xs[0].s : xs[1].s, *step = "1";
    if (n > 1 && !(a[0]->kind == E_INT || (xs[0].f & EX_INT))) start = emit__fmt(E, "%s(%s)", ri, xs[0].s);
    else if (n > 1) start = xs[0].s;
    Expr *stop_e = n == 1 ? a[0] : a[1];
    if (!(stop_e->kind == E_INT || (xs[n == 1 ? 0 : 1].f & EX_INT))) stop = emit__fmt(E, "%s(%s)", ri, stop);
    if (n == 3) {
      Expr *se = a[2];
      if (se->kind == E_INT && !se->int_is_big && se->u.ival > 0) step = xs[2].s;
      else if (se->kind == E_UNARY && se->u.unary.op == U_NEG && se->u.unary.operand->kind == E_INT &&
               se->u.unary.operand->u.ival > 0)
        step = xs[2].s, up = 0, down = 1;
      else
        step = emit__fmt(E, "%s(%s)", emit__H(E, "rstep"), xs[2].s), up = 0;
    }
    it = emit__tmp_new(E);
    emit__outf(E, "do local __ga%d, __ge%d, __gs%d = %s, %s, %s; local __gc%d = __ga%d - __gs%d; ", id, id, id, start, stop,
         step, id, id, id);
  } else {
    Ex first = emit__ex_expr(E, g0->iter);
    it = emit__tmp_new(E);
    emit__outf(E, "do local __gf%d, __gs%d, __gc%d = %s(%s); ", id, id, id, emit__H(E, "iterf"), first.s);
  }
  Scope *saved = E_scope;
  E_scope = cs;
  /* the variables live across steps when an inner scope may capture them
     (all the lambdas of `(lambda: v for v in xs)` share one v) */
  if (cs->nchildren) declare_comp_locals(E, cs);
  emit__outf(E, "%s = %s(function() ", it, emit__H(E, "gstep"));
  Frame fr;
  emit__frame_push(E, &fr, 0);
  int saved_level = E->level;
  E->level++;
  if (!cs->nchildren) declare_comp_locals(E, cs);
  Func *saved_fn = E->fn;
  Func gf;
  memset(&gf, 0, sizeof gf);
  gf.prev = saved_fn;
  gf.level = E->level;
  gf.scope = saved_fn ? saved_fn->scope : E->root;
  E->fn = &gf;
  if (!is_range)
    emit__outf(E, "while true do local __v; if __gf%d then __gc%d, __v = __gf%d(__gs%d, __gc%d); if __gc%d == nil then return end "
            "else __gc%d = __gc%d + 1; if __gc%d >= __gs%d.n then return end; __v = __gs%d[__gc%d] end; ",
         id, id, id, id, id, id, id, id, id, id, id, id);
  else if (up)
    emit__outf(E, "while true do local __v = __gc%d + __gs%d; if __v >= __ge%d then return end; __gc%d = __v; ", id, id, id, id);
  else if (down)
    emit__outf(E, "while true do local __v = __gc%d + __gs%d; if __v <= __ge%d then return end; __gc%d = __v; ", id, id, id, id);
  else
    emit__outf(E, "while true do local __v = __gc%d + __gs%d; if __gs%d > 0 and __v >= __ge%d or __gs%d < 0 and __v <= __ge%d "
            "then return end; __gc%d = __v; ", id, id, id, id, id, id, id);
  emit__assign_to(E, g0->target, ex("__v", EX_ATOM | EX_SIMPLE));
  int closers = 1;
  for (int i = 0; i < g0->ifs.len; i++) {
    const char *t = emit__ex_truth(E, g0->ifs.items[i]);
    emit__outf(E, "if %s then ", t);
    closers++;
  }
  Ex v = emit__ex_expr(E, e->u.comp.elt);
  emit__outf(E, "do return true, %s end ", v.s);
  while (closers--) emit__out(E, "end ");
  E->fn = saved_fn;
  E_scope = saved;
  emit__frame_pop(E);
  E->level = saved_level;
  emit__outf(E, "end, %s) end; ", emit__lua_cstr(E, cs->qualname ? cs->qualname : "<genexpr>"));
  return ex(it, EX_ATOM | EX_SIMPLE | EX_NONFALSE);
}

/* A generator expression: a generator function over the first iterable,
   which is evaluated now and captured in a local of its own. */
static Ex ex_genexp(Emitter *E, Expr *e) {
  Scope *cs = scope_of(E->root, e);
  Comprehension *g0 = e->u.comp.gens.items[0];
  if (!cs->is_async && e->u.comp.gens.len == 1 && !g0->is_async) return ex_genexp_step(E, e, cs);
  Ex first = emit__ex_expr(E, g0->iter);
  const char *it = emit__tmp_new(E);
  int id = ++E->nlabel;
  emit__outf(E, "do local __gi%d = %s; %s = %s(function() ", id, first.s, it, emit__H(E, cs->is_async ? "agen" : "gen"));
  Frame fr;
  emit__frame_push(E, &fr, 0);
  int saved_level = E->level;
  E->level++;
  Scope *saved = E_scope;
  E_scope = cs;
  declare_comp_locals(E, cs);
  Ex saved_first = comp_first_iter;
  comp_first_iter = ex(emit__fmt(E, "__gi%d", id), EX_ATOM | EX_SIMPLE);
  CompCtx c = {E, e, NULL, NULL, 0, 0, {{0}}};
  Func *saved_fn = E->fn;
  Func gf;
  memset(&gf, 0, sizeof gf);
  gf.prev = saved_fn;
  gf.is_gen = 1;
  gf.is_async = cs->is_async;
  gf.level = E->level;
  gf.scope = saved_fn ? saved_fn->scope : E->root;
  E->fn = &gf;
  comp_level(&c, 0);
  E->fn = saved_fn;
  comp_first_iter = saved_first;
  E_scope = saved;
  emit__frame_pop(E);
  E->level = saved_level;
  emit__outf(E, "end, %s) end; ", emit__lua_cstr(E, "<genexpr>"));
  return ex(it, EX_ATOM | EX_SIMPLE | EX_NONFALSE);
}

