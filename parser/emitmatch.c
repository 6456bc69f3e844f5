/* emitmatch.c: the match statement: patterns compiled to nested ifs
   over the subject, captures bound as they are reached. */
#include <stdlib.h>
#include <string.h>
#include "emitint.h"

/* Emit the checks of pattern p against the Lua expression subj (simple:
   a temp or an index of one). Each check opens an `if ... then`, counted
   in *nopen; captures are assigned as soon as they are reached. */
/* The condition of a literal, value or singleton pattern. */
static const char *value_cond(Emitter *E, Pattern *p, const char *subj) {
  if (p->kind == PT_SINGLETON)
    return emit__fmt(E, "%s == %s", subj,
               p->value->kind == E_NONE ? emit__H(E, "None") : p->value->kind == E_TRUE ? "true" : "false");
  Ex v = emit__ex_expr(E, p->value);
  if (p->value->kind == E_STR) return emit__fmt(E, "%s == %s", subj, v.s); /* str == str needs no helper */
  return emit__fmt(E, "%s(%s, %s)", emit__H(E, "eq"), subj, v.s);
}

/* The subject a sub-pattern reads: an expression a pattern that looks at
   it more than once gets through a temporary. */
static const char *pat_subject(Emitter *E, Pattern *q, const char *item) {
  if (q->kind == PT_CAPTURE || q->kind == PT_SINGLETON || q->kind == PT_VALUE) return item;
  const char *it = emit__tmp_new(E);
  emit__outf(E, "%s = %s; ", it, item);
  return it;
}

static void pat_emit(Emitter *E, Pattern *p, const char *subj, int *nopen) {
  switch (p->kind) {
  case PT_CAPTURE:
    if (p->name) emit__outf(E, "%s = %s; ", emit__name_store(E, p->name), subj);
    break;
  case PT_STAR: break; /* handled by the sequence */
  case PT_AS:
    pat_emit(E, p->pat, subj, nopen);
    emit__outf(E, "%s = %s; ", emit__name_store(E, p->name), subj);
    break;
  case PT_SINGLETON:
  case PT_VALUE:
    emit__outf(E, "if %s then ", value_cond(E, p, subj));
    (*nopen)++;
    break;
  case PT_SEQUENCE: {
    int n = p->pats.len, star = -1;
    for (int i = 0; i < n; i++)
      if (((Pattern *)p->pats.items[i])->kind == PT_STAR) star = i;
    const char *t = emit__tmp_new(E);
    emit__outf(E, "%s = %s(%s); ", t, emit__H(E, "mseq"), subj);
    if (star < 0) emit__outf(E, "if %s and %s.n == %d then ", t, t, n);
    else emit__outf(E, "if %s and %s.n >= %d then ", t, t, n - 1);
    (*nopen)++;
    for (int i = 0; i < n; i++) {
      Pattern *q = p->pats.items[i];
      if (q->kind == PT_CAPTURE && !q->name) continue;
      if (i == star) {
        if (q->name)
          emit__outf(E, "%s = %s(%s, %d, %s.n - %d); ", emit__name_store(E, q->name), emit__H(E, "mslice"), t, i, t, n - 1 - i);
        continue;
      }
      const char *item = star >= 0 && i > star ? emit__fmt(E, "%s[%s.n - %d]", t, t, n - i) : emit__fmt(E, "%s[%d]", t, i);
      pat_emit(E, q, pat_subject(E, q, item), nopen);
    }
    break;
  }
  case PT_MAPPING: {
    int n = p->pats.len;
    emit__outf(E, "if %s(%s) then ", emit__H(E, "mmap"), subj);
    (*nopen)++;
    const char **keys = arena_alloc(E->a, (n + 1) * sizeof *keys);
    for (int i = 0; i < n; i++) {
      Ex k = emit__ex_expr(E, p->keys.items[i]);
      if (!(k.f & EX_SIMPLE) && p->name) k = emit__materialize(E, k);
      keys[i] = k.s;
      const char *v = emit__tmp_new(E);
      emit__outf(E, "%s = %s(%s, %s); if %s ~= nil then ", v, emit__H(E, "mget"), subj, k.s, v);
      (*nopen)++;
      pat_emit(E, p->pats.items[i], v, nopen);
    }
    if (p->name) {
      emit__outf(E, "%s = %s(%s", emit__name_store(E, p->name), emit__H(E, "mrest"), subj);
      for (int i = 0; i < n; i++) emit__outf(E, ", %s", keys[i]);
      emit__out(E, "); ");
    }
    break;
  }
  case PT_CLASS: {
    Ex c = emit__ex_expr(E, p->value);
    int np = p->pats.len, nk = p->kwpats.len;
    const char *t = emit__tmp_new(E);
    emit__outf(E, "%s = %s(%s, %s, %d", t, emit__H(E, "mcls"), subj, c.s, np);
    for (int i = 0; i < nk; i++) emit__outf(E, ", %s", emit__lua_cstr(E, p->keys.items[i]));
    emit__outf(E, "); if %s then ", t);
    (*nopen)++;
    for (int i = 0; i < np + nk; i++) {
      Pattern *q = i < np ? p->pats.items[i] : p->kwpats.items[i - np];
      const char *item = emit__fmt(E, "%s[%d]", t, i + 1);
      pat_emit(E, q, pat_subject(E, q, item), nopen);
    }
    break;
  }
  case PT_OR: {
    int simple = 1;
    for (int i = 0; i < p->pats.len; i++) {
      PatternKind k = ((Pattern *)p->pats.items[i])->kind;
      if (k != PT_VALUE && k != PT_SINGLETON) simple = 0;
    }
    if (simple) {
      /* literals only: one condition */
      Buf b = {0};
      for (int i = 0; i < p->pats.len; i++)
        emit__buf_printf(&b, "%s%s", i ? " or " : "", value_cond(E, p->pats.items[i], subj));
      emit__outf(E, "if %s then ", b.p);
      free(b.p);
      (*nopen)++;
      break;
    }
    const char *ok = emit__tmp_new(E);
    emit__outf(E, "%s = false; ", ok);
    for (int i = 0; i < p->pats.len; i++) {
      int k = 0;
      if (i > 0) emit__outf(E, "if not %s then ", ok);
      pat_emit(E, p->pats.items[i], subj, &k);
      emit__outf(E, "%s = true; ", ok);
      while (k-- > 0) emit__out(E, "end ");
      if (i > 0) emit__out(E, "end ");
    }
    emit__outf(E, "if %s then ", ok);
    (*nopen)++;
    break;
  }
  }
}

void emit__st_match(Emitter *E, Stmt *s) {
  Ex subj = emit__ex_expr(E, s->u.match.subject);
  const char *sv = emit__tmp_new(E);
  int n = s->u.match.cases.len, lbl = ++E->nlabel;
  /* every matched body jumps past the remaining cases; the label ends the
     block, so the jump never enters the scope of a local */
  emit__outf(E, "%s = %s; do ", sv, subj.s);
  int base = E->frame->ntemps;
  for (int i = 0; i < n; i++) {
    MatchCase *c = s->u.match.cases.items[i];
    int nopen = 0;
    emit__sync_line(E, c->line);
    pat_emit(E, c->pat, sv, &nopen);
    if (c->guard) {
      const char *g = emit__ex_truth(E, c->guard);
      emit__outf(E, "if %s then ", g);
      nopen++;
    }
    emit__st_block(E, &c->body);
    if (i < n - 1 && nopen) emit__outf(E, "goto match_%d; ", lbl);
    while (nopen-- > 0) emit__out(E, "end ");
    E->frame->ntemps = base;
  }
  emit__outf(E, "::match_%d:: end ", lbl);
}

