/* parsematch.c: the match statement (PEP 634): patterns, and the checks
   CPython's compiler makes on them. `match`, `case` and `_` are soft
   keywords. */
#include <stdlib.h>
#include <string.h>
#include "parseint.h"


static Pattern *new_pat(Parser *P, PatternKind k, int line, int col) {
  Pattern *p = parse__xalloc(P, sizeof *p);
  p->kind = k;
  p->line = line;
  p->col = col;
  return p;
}

static Pattern *parse_pattern(Parser *P);

/* signed_number, or signed_number +/- imaginary_number */
static Expr *parse_pattern_number(Parser *P) {
  Token *st = TOK;
  int neg = parse__accept(P, T_MINUS);
  Expr *e;
  if (parse__tt(P) != T_NUMBER) parse__syntax_error(P);
  e = parse__number(P, parse__advance(P));
  if (neg) {
    Expr *u = parse__new_expr(P, E_UNARY, st->line, st->col);
    u->u.unary.op = U_NEG;
    u->u.unary.operand = e;
    e = parse__finish(P, u);
  }
  if (parse__tt(P) == T_PLUS || parse__tt(P) == T_MINUS) {
    Token *op = parse__advance(P), *nt;
    Expr *im, *b;
    if (e->kind == E_IMAG || (e->kind == E_UNARY && e->u.unary.operand->kind == E_IMAG))
      parse__error_at(P, e->line, e->col, "real number required in complex literal");
    if (parse__tt(P) != T_NUMBER) parse__syntax_error(P);
    nt = parse__advance(P);
    im = parse__number(P, nt);
    if (im->kind != E_IMAG) parse__error_at(P, nt->line, nt->col, "imaginary number required in complex literal");
    b = parse__new_expr(P, E_BINOP, st->line, st->col);
    b->u.bin.op = op->type == T_PLUS ? OP_ADD : OP_SUB;
    b->u.bin.left = e;
    b->u.bin.right = im;
    e = parse__finish(P, b);
  }
  return e;
}

/* NAME ('.' NAME)* as an E_NAME or a chain of E_ATTR */
static Expr *parse_name_or_attr(Parser *P) {
  Token *t = parse__expect(P, T_NAME);
  Expr *e = parse__expr_at(P, E_NAME, t);
  e->u.name = parse__tok_str(P, t);
  while (parse__tt(P) == T_DOT) {
    Expr *a;
    Token *n;
    parse__advance(P);
    n = parse__expect(P, T_NAME);
    a = parse__new_expr(P, E_ATTR, t->line, t->col);
    a->u.attr.value = e;
    a->u.attr.attr = parse__tok_str(P, n);
    e = parse__finish(P, a);
  }
  return e;
}

/* A literal or a value (dotted name) usable as a pattern or a mapping key;
   NULL when the next token starts neither. */
static Expr *parse_pattern_value(Parser *P, int *singleton) {
  Token *t = TOK;
  *singleton = 0;
  switch (t->type) {
  case T_NUMBER: case T_MINUS: return parse_pattern_number(P);
  case T_STRING: {
    Expr *e = parse__strings(P);
    if (e->kind == E_FSTRING)
      parse__error_at(P, e->line, e->col, "patterns may only match literals and attribute lookups");
    return e;
  }
  case K_NONE: parse__advance(P); *singleton = 1; return parse__expr_at(P, E_NONE, t);
  case K_TRUE: parse__advance(P); *singleton = 1; return parse__expr_at(P, E_TRUE, t);
  case K_FALSE: parse__advance(P); *singleton = 1; return parse__expr_at(P, E_FALSE, t);
  default: return NULL;
  }
}

/* maybe_star_pattern: '*' NAME | pattern */
static Pattern *parse_star_pattern(Parser *P) {
  Token *t = TOK;
  if (t->type == T_STAR) {
    Pattern *p = new_pat(P, PT_STAR, t->line, t->col);
    Token *n;
    parse__advance(P);
    n = parse__expect(P, T_NAME);
    if (!parse__tok_is(P, n, "_")) p->name = parse__tok_str(P, n);
    return p;
  }
  return parse_pattern(P);
}

/* Items of a sequence pattern up to `close`. */
static void parse_pattern_items(Parser *P, NodeList *items, int close) {
  while (parse__tt(P) != close) {
    parse__push(P, items, parse_star_pattern(P));
    if (!parse__accept(P, T_COMMA)) break;
  }
  parse__expect(P, close);
}

static Pattern *parse_class_pattern(Parser *P, Expr *cls) {
  Pattern *p = new_pat(P, PT_CLASS, cls->line, cls->col);
  p->value = cls;
  parse__advance(P); /* ( */
  while (parse__tt(P) != T_RPAR) {
    if (parse__tt(P) == T_NAME && parse__tt_n(P, 1) == T_EQUAL) {
      Token *n = parse__advance(P);
      const char *name = parse__tok_str(P, n);
      Pattern *sub;
      int i;
      parse__advance(P); /* = */
      sub = parse_pattern(P);
      for (i = 0; i < p->keys.len; i++)
        if (!strcmp(p->keys.items[i], name))
          parse__error_at(P, sub->line, sub->col, "attribute name repeated in class pattern: %s", name);
      parse__push(P, &p->keys, (void *)name);
      parse__push(P, &p->kwpats, sub);
    } else {
      Token *t = TOK;
      Pattern *sub = parse_pattern(P);
      if (p->keys.len) parse__error_at(P, t->line, t->col, "positional patterns follow keyword patterns");
      parse__push(P, &p->pats, sub);
    }
    if (!parse__accept(P, T_COMMA)) break;
  }
  parse__expect(P, T_RPAR);
  return p;
}

static Pattern *parse_mapping_pattern(Parser *P, Token *open) {
  Pattern *p = new_pat(P, PT_MAPPING, open->line, open->col);
  while (parse__tt(P) != T_RBRACE) {
    Token *t = TOK;
    int single;
    Expr *key;
    if (t->type == T_DOUBLESTAR) {
      Token *n;
      parse__advance(P);
      n = parse__expect(P, T_NAME);
      if (parse__tok_is(P, n, "_")) parse__syntax_error_at(P, n);
      p->name = parse__tok_str(P, n);
      parse__accept(P, T_COMMA);
      break;
    }
    key = parse_pattern_value(P, &single);
    if (!key) {
      if (t->type != T_NAME) parse__syntax_error(P);
      key = parse_name_or_attr(P);
      if (key->kind == E_NAME) parse__syntax_error(P);
    }
    parse__expect(P, T_COLON);
    parse__push(P, &p->keys, key);
    parse__push(P, &p->pats, parse_pattern(P));
    if (!parse__accept(P, T_COMMA)) break;
  }
  parse__expect(P, T_RBRACE);
  return p;
}

static Pattern *parse_closed_pattern(Parser *P) {
  Token *t = TOK;
  Pattern *p;
  int single;
  Expr *v;
  parse__enter(P);
  v = parse_pattern_value(P, &single);
  if (v) {
    p = new_pat(P, single ? PT_SINGLETON : PT_VALUE, v->line, v->col);
    p->value = v;
  } else if (t->type == T_NAME) {
    Expr *e = parse_name_or_attr(P);
    if (parse__tt(P) == T_LPAR) {
      p = parse_class_pattern(P, e);
    } else if (e->kind == E_NAME) {
      p = new_pat(P, PT_CAPTURE, t->line, t->col);
      if (!parse__tok_is(P, t, "_")) p->name = e->u.name;
    } else {
      p = new_pat(P, PT_VALUE, t->line, t->col);
      p->value = e;
    }
  } else if (t->type == T_LPAR) {
    parse__advance(P);
    if (parse__tt(P) == T_RPAR) {
      parse__advance(P);
      p = new_pat(P, PT_SEQUENCE, t->line, t->col);
    } else {
      Pattern *first = parse_star_pattern(P);
      if (parse__tt(P) == T_RPAR && first->kind != PT_STAR) {
        parse__advance(P);
        p = first; /* a group */
      } else {
        p = new_pat(P, PT_SEQUENCE, t->line, t->col);
        parse__push(P, &p->pats, first);
        if (parse__tt(P) != T_RPAR) parse__expect(P, T_COMMA);
        parse_pattern_items(P, &p->pats, T_RPAR);
      }
    }
  } else if (t->type == T_LSQB) {
    parse__advance(P);
    p = new_pat(P, PT_SEQUENCE, t->line, t->col);
    parse_pattern_items(P, &p->pats, T_RSQB);
  } else if (t->type == T_LBRACE) {
    parse__advance(P);
    p = parse_mapping_pattern(P, t);
  } else {
    parse__syntax_error(P);
    p = NULL;
  }
  parse__leave(P);
  return p;
}

/* pattern: or_pattern ['as' NAME] */
static Pattern *parse_pattern(Parser *P) {
  Token *st = TOK;
  Pattern *p = parse_closed_pattern(P);
  if (parse__tt(P) == T_VBAR) {
    Pattern *o = new_pat(P, PT_OR, st->line, st->col);
    parse__push(P, &o->pats, p);
    while (parse__accept(P, T_VBAR)) parse__push(P, &o->pats, parse_closed_pattern(P));
    p = o;
  }
  if (parse__tt(P) == K_AS) {
    Token *n;
    Pattern *a = new_pat(P, PT_AS, st->line, st->col);
    parse__advance(P);
    n = TOK;
    if (parse__tok_is(P, n, "_")) parse__error_at(P, n->line, n->col, "cannot use '_' as a target");
    if (n->type != T_NAME || parse__tt_n(P, 1) == T_DOT || parse__tt_n(P, 1) == T_LPAR || parse__tt_n(P, 1) == T_LSQB)
      parse__error_at(P, n->line, n->col, "invalid pattern target");
    parse__advance(P);
    a->name = parse__tok_str(P, n);
    a->pat = p;
    p = a;
  }
  return p;
}

/* The checks CPython's compiler makes on patterns, in its order. */
static void check_names_add(Parser *P, NodeList *names, const char *n, int line, int col) {
  int i;
  for (i = 0; i < names->len; i++)
    if (!strcmp(names->items[i], n)) parse__error_at(P, line, col, "multiple assignments to name '%s' in pattern", n);
  parse__push(P, names, (void *)n);
}

static void check_pattern(Parser *P, Pattern *p, int allow_irrefutable, NodeList *names) {
  int i, j;
  switch (p->kind) {
  case PT_CAPTURE:
    if (!allow_irrefutable) {
      if (p->name) parse__error_at(P, p->line, p->col, "name capture '%s' makes remaining patterns unreachable", p->name);
      parse__error_at(P, p->line, p->col, "wildcard makes remaining patterns unreachable");
    }
    if (p->name) check_names_add(P, names, p->name, p->line, p->col);
    break;
  case PT_STAR:
    if (p->name) check_names_add(P, names, p->name, p->line, p->col);
    break;
  case PT_AS:
    check_pattern(P, p->pat, allow_irrefutable, names);
    check_names_add(P, names, p->name, p->line, p->col);
    break;
  case PT_SEQUENCE: {
    int stars = 0;
    for (i = 0; i < p->pats.len; i++) stars += ((Pattern *)p->pats.items[i])->kind == PT_STAR;
    if (stars > 1) parse__error_at(P, p->line, p->col, "multiple starred names in sequence pattern");
    for (i = 0; i < p->pats.len; i++) check_pattern(P, p->pats.items[i], 1, names);
    break;
  }
  case PT_MAPPING:
    for (i = 0; i < p->keys.len; i++) {
      Expr *k = p->keys.items[i];
      for (j = 0; j < i; j++) {
        Expr *o = p->keys.items[j];
        if (k->kind == E_STR && o->kind == E_STR && k->u.str.len == o->u.str.len &&
            !memcmp(k->u.str.s, o->u.str.s, k->u.str.len))
          parse__error_at(P, p->line, p->col, "mapping pattern checks duplicate key ('%.*s')", (int)k->u.str.len,
                   k->u.str.s);
        if (k->kind == E_INT && o->kind == E_INT && !k->int_is_big && !o->int_is_big && k->u.ival == o->u.ival)
          parse__error_at(P, p->line, p->col, "mapping pattern checks duplicate key (%lld)", (long long)k->u.ival);
      }
    }
    for (i = 0; i < p->pats.len; i++) check_pattern(P, p->pats.items[i], 1, names);
    if (p->name) check_names_add(P, names, p->name, p->line, p->col);
    break;
  case PT_CLASS:
    for (i = 0; i < p->pats.len; i++) check_pattern(P, p->pats.items[i], 1, names);
    for (i = 0; i < p->kwpats.len; i++) check_pattern(P, p->kwpats.items[i], 1, names);
    break;
  case PT_OR: {
    NodeList first;
    memset(&first, 0, sizeof first);
    for (i = 0; i < p->pats.len; i++) {
      Pattern *alt = p->pats.items[i];
      NodeList mine;
      memset(&mine, 0, sizeof mine);
      check_pattern(P, alt, allow_irrefutable && i == p->pats.len - 1, &mine);
      if (i == 0) {
        first = mine;
      } else {
        int same = mine.len == first.len;
        for (j = 0; same && j < mine.len; j++) {
          int k, found = 0;
          for (k = 0; k < first.len; k++)
            if (!strcmp(mine.items[j], first.items[k])) found = 1;
          same = found;
        }
        if (!same) parse__error_at(P, alt->line, alt->col, "alternative patterns bind different names");
      }
    }
    for (i = 0; i < first.len; i++) check_names_add(P, names, first.items[i], p->line, p->col);
    break;
  }
  case PT_VALUE: case PT_SINGLETON: break;
  }
}

/* match_stmt; returns NULL (and consumes nothing) when the line is not a
   match statement, e.g. `match = 1` or `match(x)`. */
Stmt *parse__match(Parser *P) {
  Token *kw = TOK, *t;
  Stmt *s;
  Expr *volatile subj = NULL;
  Try tr;
  volatile int ok = 0, nl_after = 0;
  parse__try_begin(P, &tr);
  if (!setjmp(tr.jb)) {
    Token *st;
    parse__advance(P);
    st = TOK;
    subj = parse__star_named(P);
    if (parse__tt(P) == T_COMMA) {
      Expr *tu = parse__new_expr(P, E_TUPLE, st->line, st->col);
      parse__push(P, &tu->u.elts, subj);
      while (parse__accept(P, T_COMMA)) {
        if (!(parse__starts_expression(parse__tt(P)) || parse__tt(P) == T_STAR)) break;
        parse__push(P, &tu->u.elts, parse__star_named(P));
      }
      subj = parse__finish(P, tu);
    }
    if (parse__tt(P) == T_NEWLINE) nl_after = 1;
    parse__expect(P, T_COLON);
    parse__expect(P, T_NEWLINE);
    ok = 1;
    parse__try_end(P, &tr);
  } else {
    parse__try_fail(P, &tr);
  }
  if (!ok) {
    P->ts->pos = tr.pos;
    /* `match x` with nothing after: CPython asks for the colon */
    if (nl_after && (parse__tt_n(P, 1) == T_NAME || parse__tt_n(P, 1) == T_NUMBER || parse__tt_n(P, 1) == T_STRING)) {
      size_t k = 1;
      while (parse__tt_n(P, k) != T_NEWLINE && parse__tt_n(P, k) != T_ENDMARKER) k++;
      t = parse__peek_n(P, k);
      parse__error_at(P, t->line, t->col, "expected ':'");
    }
    return NULL;
  }
  s = parse__new_stmt(P, S_MATCH, kw);
  s->u.match.subject = subj;
  t = TOK;
  if (t->type != T_INDENT)
    parse__error_kind_at(P, "IndentationError", t->line, t->col, parse__at_eof(P),
                  "expected an indented block after 'match' statement on line %d", kw->line);
  parse__advance(P);
  while (parse__tt(P) != T_DEDENT && parse__tt(P) != T_ENDMARKER) {
    Token *ck = TOK, *st;
    MatchCase *c;
    Pattern *p;
    if (!parse__tok_is(P, ck, "case")) parse__syntax_error(P);
    parse__advance(P);
    c = parse__xalloc(P, sizeof *c);
    c->line = ck->line;
    c->col = ck->col;
    st = TOK;
    p = parse_star_pattern(P);
    if (p->kind == PT_STAR || parse__tt(P) == T_COMMA) {
      /* an open sequence pattern: case a, *b: */
      Pattern *q = new_pat(P, PT_SEQUENCE, st->line, st->col);
      parse__push(P, &q->pats, p);
      while (parse__accept(P, T_COMMA)) {
        if (parse__tt(P) == T_COLON || parse__tt(P) == K_IF) break;
        parse__push(P, &q->pats, parse_star_pattern(P));
      }
      p = q;
    }
    c->pat = p;
    if (parse__accept(P, K_IF)) c->guard = parse__named_expression(P);
    parse__block(P, &c->body, "'case' statement", ck->line);
    parse__push(P, &s->u.match.cases, c);
  }
  parse__accept(P, T_DEDENT);
  if (!s->u.match.cases.len) parse__syntax_error(P);
  {
    int i, n = s->u.match.cases.len;
    for (i = 0; i < n; i++) {
      MatchCase *c = s->u.match.cases.items[i];
      NodeList names;
      memset(&names, 0, sizeof names);
      check_pattern(P, c->pat, c->guard != NULL || i == n - 1, &names);
    }
  }
  s->end_line = parse__body_end(&((MatchCase *)s->u.match.cases.items[s->u.match.cases.len - 1])->body, s->line);
  return s;
}
