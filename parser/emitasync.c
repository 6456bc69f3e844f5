/* emitasync.c: resumable coroutine bodies: a coroutine whose awaits are
   whole top-level statements, compiled so that its task can run it one
   segment per step without a Lua thread (see sm_step in
   vm/eventloop.lua). */
#include <stdlib.h>
#include <string.h>
#include "emitint.h"

/* The await of a statement `await X`, `name = await X` or `return await
   X`, or NULL. */
static Expr *sm_await_of(Stmt *st) {
  Expr *v = NULL;
  if (st->kind == S_EXPR || st->kind == S_RETURN) v = st->u.value;
  else if (st->kind == S_ASSIGN && st->u.assign.targets.len == 1 &&
           ((Expr *)st->u.assign.targets.items[0])->kind == E_NAME)
    v = st->u.assign.value;
  return v && v->kind == E_AWAIT ? v : NULL;
}

/* Only comprehensions that run inline (list, set, dict; not async) in s. */
static int sm_inline_children(Scope *s) {
  for (int i = 0; i < s->nchildren; i++) {
    Scope *c = s->children[i];
    if (c->kind != SC_COMPREHENSION || c->is_generator || c->is_async || !sm_inline_children(c)) return 0;
  }
  return 1;
}

/* Can this coroutine's body also run as a task's step function? Its awaits
   must all be whole statements of its top level (awaited operands without
   awaits of their own), with no async for/with, and no closure that could
   keep one step's locals (a lambda, def, class or generator expression).
   Then each await ends a segment: a task runs the body without a Lua
   thread, one segment per step, its locals kept in a table between steps
   (R.SM, see sm_step in vm/eventloop.lua). Awaited directly, the same
   body runs straight through on the awaiting task's thread. */
int emit__sm_eligible(Scope *fs, NodeList *body) {
  if (!fs->is_async || fs->is_generator || fs->has_async_stmt || !body || !sm_inline_children(fs)) return 0;
  int n = 0;
  for (int i = 0; i < body->len; i++)
    if (sm_await_of(body->items[i])) n++;
  return n == fs->nawaits && emit__sm_nlocals(fs) <= 60;
}

/* How many locals (parameters included) the frame table keeps. */
int emit__sm_nlocals(Scope *fs) {
  int n = 0;
  for (int i = 0; i < fs->nsyms; i++) {
    Sym *y = &fs->syms[i];
    if ((y->flags & (SYM_ASSIGNED | SYM_PARAM)) && !(y->flags & (SYM_GLOBAL | SYM_NONLOCAL))) n++;
  }
  return n;
}

/* The function's locals (parameters included) as a Lua name list. */
static const char *sm_locals(Emitter *E, Scope *fs, int *n) {
  Buf b = {0};
  *n = 0;
  for (int i = 0; i < fs->nsyms; i++) {
    Sym *y = &fs->syms[i];
    if (!((y->flags & (SYM_ASSIGNED | SYM_PARAM)) && !(y->flags & (SYM_GLOBAL | SYM_NONLOCAL)))) continue;
    emit__buf_printf(&b, "%s%s", *n ? ", " : "", emit__lua_name(E, y->name));
    (*n)++;
  }
  char *r = b.p ? arena_strndup(E->a, b.p, b.len) : "";
  free(b.p);
  return r;
}

/* Is `import mod` what binds the name of this receiver? (mod.f(args)
   then reads mod["\2f"], as ex_call does.) */
static int sm_is_module(Emitter *E, Expr *recv) {
  if (recv->kind != E_NAME) return 0;
  Scope *owner;
  const char *rn = recv->u.name;
  if (scope_resolve(emit__name_scope(E), rn, &owner) != NAME_GLOBAL || emit__lua_shadowed(E, emit__name_scope(E), rn))
    return 0;
  for (int i = 0; i < E->nimport; i++)
    if (strcmp(E->import_names[i], rn) == 0) return 1;
  return 0;
}

/* What a step returns at `await X` (after the frame is saved): for a
   method or module function called with up to three arguments (self
   counted), SUSPENDC, the callee and its arguments, so the task can wait on a sleep or an Event without
   the coroutine object the call would make; else SUSPEND and X. The
   operand is evaluated here; `save` stores the frame. */
static void sm_suspend(Emitter *E, Expr *x, const char *save) {
  /* (a call by name goes through ex_call: a known def's argument checks) */
  if (x->kind == E_CALL && x->u.call.keywords.len == 0 && x->u.call.func->kind == E_ATTR &&
      x->u.call.args.len <= (sm_is_module(E, x->u.call.func->u.attr.value) ? 3 : 2) &&
      !emit__has_starred(&x->u.call.args)) {
    Expr *f = x->u.call.func;
    int nargs = x->u.call.args.len;
    Expr *items[4];
    items[0] = f->kind == E_ATTR ? f->u.attr.value : f;
    for (int i = 0; i < nargs; i++) items[1 + i] = x->u.call.args.items[i];
    Ex xs[4];
    emit__ex_seq(E, items, 1 + nargs, xs);
    Buf b = {0};
    if (f->kind == E_ATTR) {
      Ex recv = emit__materialize(E, xs[0]);
      const char *an = emit__mangle(E, f->u.attr.attr);
      if (sm_is_module(E, f->u.attr.value)) {
        emit__buf_printf(&b, "(%s[\"\\2%s\"] or %s(%s, %s)), %d", emit__PX(E, recv), an, emit__H(E, "ga"), recv.s, emit__lua_cstr(E, an), nargs);
      } else {
        emit__buf_printf(&b, "(%s[%s] or %s(%s, %s)), %d, %s", emit__PX(E, recv), emit__meth_key(E, f->u.attr.attr), emit__H(E, "gm"), recv.s,
                   emit__lua_cstr(E, an), nargs + 1, recv.s);
      }
    } else {
      emit__buf_printf(&b, "%s, %d", xs[0].s, nargs);
    }
    for (int i = 0; i < nargs; i++) emit__buf_printf(&b, ", %s", xs[1 + i].s);
    emit__outf(E, "%sdo return %s, %s end ", save, emit__H(E, "SUSPENDC"), b.p);
    free(b.p);
    return;
  }
  Ex v = emit__ex_expr(E, x);
  emit__outf(E, "%sdo return %s, %s end ", save, emit__H(E, "SUSPEND"), v.s);
}

/* The body of a resumable coroutine (see sm_eligible). Its frame table F
   holds the segment to resume at (F[1]), the line of that await (F[2]),
   what the await gave or raised (F[3], F[4]; see R.smresume) and, from
   F[7] on, the locals. */
void emit__sm_body(Emitter *E, Scope *fs, NodeList *body) {
  int n;
  const char *names = sm_locals(E, fs, &n);
  Buf slots = {0};
  for (int i = 0; i < n; i++) emit__buf_printf(&slots, "%s__smF[%d]", i ? ", " : "", i + 7);
  const char *SM = emit__H(E, "SM");
  emit__outf(E, "local __smF, __sms, __smv = %s[1], 0; if __smF then %s[1] = nil; __sms = __smF[1]; ", SM, SM);
  if (n) emit__outf(E, "if __sms > 0 then %s = %s end ", names, slots.p);
  emit__out(E, "end; if __sms < 1 then ");
  int k = 0;
  for (int i = 0; i < body->len; i++) {
    Stmt *st = body->items[i];
    Expr *aw = sm_await_of(st);
    if (!aw) {
      emit__st_stmt(E, st);
      continue;
    }
    emit__sync_line(E, st->line);
    int saved_temps = E->frame->ntemps;
    k++;
    /* as a step: hand the awaitable to the task, keeping the locals */
    emit__out(E, "if __smF then ");
    const char *save = n ? emit__fmt(E, "__smF[1], __smF[2], %s = %d, %d, %s; ", slots.p, k, st->line, names)
                         : emit__fmt(E, "__smF[1], __smF[2] = %d, %d; ", k, st->line);
    sm_suspend(E, aw->u.value, save);
    emit__out(E, "end; ");
    /* straight through: await on this thread */
    Ex r = emit__ex_expr(E, aw);
    emit__outf(E, "__smv = %s end ", r.s);
    /* the next step starts here, with what the await gave (or raises) */
    emit__outf(E, "if __sms < %d then if __sms == %d then __sms = 0; __smv = __smF[3]; if __smF[4] ~= nil or __smF[5] ~= nil "
            "then __smv, __smF = %s(__smF) end end; ", k + 1, k, emit__H(E, "smresume"));
    Ex v = ex("__smv", EX_ATOM | EX_SIMPLE);
    if (st->kind == S_ASSIGN) emit__assign_to(E, st->u.assign.targets.items[0], v);
    else if (st->kind == S_RETURN) emit__return(E, v.s);
    E->frame->ntemps = saved_temps;
  }
  emit__out(E, "end ");
  free(slots.p);
}

