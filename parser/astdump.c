/* astdump.c: deterministic S-expression dump of the AST (tests, debugging).
   Every node prints its kind and position: expressions as @L:C-EL:EC,
   statements as @L:C-EL, params, keywords, aliases and handlers as @L:C.
   Left-recursive chains (a+b+c..., a.b.c..., f()()...) are printed
   without recursion, so very long chains cannot exhaust the stack. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parser.h"

static const char *const binop_names[] = {
  "Add", "Sub", "Mult", "Div", "FloorDiv", "Mod", "Pow", "LShift", "RShift",
  "BitOr", "BitXor", "BitAnd", "MatMult",
};
static const char *const unop_names[] = {"USub", "UAdd", "Invert", "Not"};
static const char *const cmp_names[] = {
  "Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn",
};

static const char *binop_name(int op) {
  return op >= 0 && op < (int)(sizeof binop_names / sizeof *binop_names) ? binop_names[op] : "?";
}

static void dump_expr(FILE *out, const Expr *e);

static void dump_str(FILE *out, const char *s, size_t len, int is_bytes) {
  size_t i;
  if (is_bytes) fputc('b', out);
  fputc('"', out);
  for (i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '\\': fputs("\\\\", out); break;
    case '"': fputs("\\\"", out); break;
    case '\n': fputs("\\n", out); break;
    case '\t': fputs("\\t", out); break;
    case '\r': fputs("\\r", out); break;
    default:
      if (c < 0x20 || c == 0x7f || (is_bytes && c >= 0x80)) fprintf(out, "\\x%02x", c);
      else fputc(c, out);
    }
  }
  fputc('"', out);
}

static void pos(FILE *out, const Expr *e) {
  fprintf(out, "@%d:%d-%d:%d", e->line, e->col, e->end_line, e->end_col);
}

static void opt_expr(FILE *out, const Expr *e) {
  if (e) dump_expr(out, e);
  else fputc('_', out);
}

static void dump_exprs(FILE *out, const NodeList *l) {
  int i;
  for (i = 0; i < l->len; i++) {
    fputc(' ', out);
    dump_expr(out, l->items[i]);
  }
}

static void dump_param(FILE *out, const Param *p) {
  fprintf(out, "(arg@%d:%d %s", p->line, p->col, p->name ? p->name : "?");
  if (p->annotation) {
    fputs(" ann=", out);
    dump_expr(out, p->annotation);
  }
  if (p->default_) {
    fputs(" default=", out);
    dump_expr(out, p->default_);
  }
  fputc(')', out);
}

static void dump_params_list(FILE *out, const char *tag, const NodeList *l) {
  int i;
  if (!l->len) return;
  fprintf(out, " (%s", tag);
  for (i = 0; i < l->len; i++) {
    fputc(' ', out);
    dump_param(out, l->items[i]);
  }
  fputc(')', out);
}

static void dump_params(FILE *out, const Params *ps) {
  fputs("(arguments", out);
  if (ps) {
    dump_params_list(out, "posonly", &ps->posonly);
    dump_params_list(out, "args", &ps->args);
    if (ps->vararg) {
      fputs(" (vararg ", out);
      dump_param(out, ps->vararg);
      fputc(')', out);
    }
    dump_params_list(out, "kwonly", &ps->kwonly);
    if (ps->kwarg) {
      fputs(" (kwarg ", out);
      dump_param(out, ps->kwarg);
      fputc(')', out);
    }
  }
  fputc(')', out);
}

static void dump_keywords(FILE *out, const NodeList *l) {
  int i;
  for (i = 0; i < l->len; i++) {
    const Keyword *k = l->items[i];
    fprintf(out, " (keyword@%d:%d %s ", k->line, k->col, k->name ? k->name : "**");
    dump_expr(out, k->value);
    fputc(')', out);
  }
}

static void dump_gens(FILE *out, const NodeList *l) {
  int i, j;
  for (i = 0; i < l->len; i++) {
    const Comprehension *c = l->items[i];
    fputs(c->is_async ? " (comprehension async " : " (comprehension ", out);
    dump_expr(out, c->target);
    fputc(' ', out);
    dump_expr(out, c->iter);
    for (j = 0; j < c->ifs.len; j++) {
      fputs(" (if ", out);
      dump_expr(out, c->ifs.items[j]);
      fputc(')', out);
    }
    fputc(')', out);
  }
}

/* Nodes whose first child can be an arbitrarily long chain. */
static const Expr *spine_child(const Expr *e) {
  switch (e->kind) {
  case E_BINOP: return e->u.bin.left;
  case E_ATTR: return e->u.attr.value;
  case E_CALL: return e->u.call.func;
  case E_SUBSCRIPT: return e->u.sub.value;
  default: return NULL;
  }
}

static void spine_prefix(FILE *out, const Expr *e) {
  switch (e->kind) {
  case E_BINOP: fputs("(BinOp", out); pos(out, e); fprintf(out, " %s ", binop_name(e->u.bin.op)); break;
  case E_ATTR: fputs("(Attribute", out); pos(out, e); fputc(' ', out); break;
  case E_CALL: fputs("(Call", out); pos(out, e); fputc(' ', out); break;
  case E_SUBSCRIPT: fputs("(Subscript", out); pos(out, e); fputc(' ', out); break;
  default: break;
  }
}

static void spine_suffix(FILE *out, const Expr *e) {
  switch (e->kind) {
  case E_BINOP: fputc(' ', out); dump_expr(out, e->u.bin.right); break;
  case E_ATTR: fprintf(out, " %s", e->u.attr.attr ? e->u.attr.attr : "?"); break;
  case E_CALL:
    dump_exprs(out, &e->u.call.args);
    dump_keywords(out, &e->u.call.keywords);
    break;
  case E_SUBSCRIPT: fputc(' ', out); dump_expr(out, e->u.sub.index); break;
  default: break;
  }
  fputc(')', out);
}

static void dump_simple(FILE *out, const Expr *e, const char *name) {
  fprintf(out, "(%s", name);
  pos(out, e);
}

static void dump_expr(FILE *out, const Expr *e) {
  int i;
  if (!e) {
    fputc('_', out);
    return;
  }
  if (spine_child(e)) {
    /* print the chain iteratively */
    size_t n = 0, cap = 16;
    const Expr **stack = malloc(cap * sizeof *stack);
    const Expr *x = e;
    if (!stack) {
      fputs("(OOM)", out);
      return;
    }
    while (spine_child(x)) {
      if (n == cap) {
        const Expr **ns = realloc(stack, cap * 2 * sizeof *stack);
        if (!ns) {
          free(stack);
          fputs("(OOM)", out);
          return;
        }
        stack = ns;
        cap *= 2;
      }
      stack[n++] = x;
      spine_prefix(out, x);
      x = spine_child(x);
    }
    dump_expr(out, x);
    while (n) spine_suffix(out, stack[--n]);
    free(stack);
    return;
  }
  switch (e->kind) {
  case E_NAME:
    dump_simple(out, e, "Name");
    fprintf(out, " %s)", e->u.name ? e->u.name : "?");
    break;
  case E_INT:
    dump_simple(out, e, "Int");
    if (e->int_is_big) fprintf(out, " big %.*s)", (int)e->u.str.len, e->u.str.s);
    else fprintf(out, " %lld)", (long long)e->u.ival);
    break;
  case E_FLOAT:
    dump_simple(out, e, "Float");
    fprintf(out, " %.17g)", e->u.fval);
    break;
  case E_IMAG:
    dump_simple(out, e, "Imag");
    fprintf(out, " %.17g)", e->u.fval);
    break;
  case E_STR:
  case E_BYTES:
    dump_simple(out, e, e->kind == E_STR ? "Str" : "Bytes");
    fputc(' ', out);
    dump_str(out, e->u.str.s, e->u.str.len, e->kind == E_BYTES);
    fputc(')', out);
    break;
  case E_NONE: dump_simple(out, e, "None"); fputc(')', out); break;
  case E_TRUE: dump_simple(out, e, "True"); fputc(')', out); break;
  case E_FALSE: dump_simple(out, e, "False"); fputc(')', out); break;
  case E_ELLIPSIS: dump_simple(out, e, "Ellipsis"); fputc(')', out); break;
  case E_FSTRING:
    dump_simple(out, e, "JoinedStr");
    dump_exprs(out, &e->u.parts);
    fputc(')', out);
    break;
  case E_FORMATTED:
    dump_simple(out, e, "FormattedValue");
    fputc(' ', out);
    dump_expr(out, e->u.fmt.value);
    if (e->u.fmt.conversion) fprintf(out, " conv=%c", e->u.fmt.conversion);
    if (e->u.fmt.spec) {
      fputs(" spec=", out);
      dump_expr(out, e->u.fmt.spec);
    }
    if (e->u.fmt.debug_text) {
      fputs(" debug=", out);
      dump_str(out, e->u.fmt.debug_text, strlen(e->u.fmt.debug_text), 0);
    }
    fputc(')', out);
    break;
  case E_UNARY:
    dump_simple(out, e, "UnaryOp");
    fprintf(out, " %s ", (int)e->u.unary.op >= 0 && e->u.unary.op <= U_NOT ? unop_names[e->u.unary.op] : "?");
    dump_expr(out, e->u.unary.operand);
    fputc(')', out);
    break;
  case E_BOOLOP:
    dump_simple(out, e, "BoolOp");
    fputs(e->u.boolop.is_and ? " And" : " Or", out);
    dump_exprs(out, &e->u.boolop.values);
    fputc(')', out);
    break;
  case E_COMPARE:
    dump_simple(out, e, "Compare");
    fputc(' ', out);
    dump_expr(out, e->u.cmp.left);
    for (i = 0; i < e->u.cmp.n; i++) {
      int op = e->u.cmp.ops[i];
      fprintf(out, " %s ", op >= 0 && op <= CMP_NOTIN ? cmp_names[op] : "?");
      dump_expr(out, e->u.cmp.comparators[i]);
    }
    fputc(')', out);
    break;
  case E_SLICE:
    dump_simple(out, e, "Slice");
    fputc(' ', out);
    opt_expr(out, e->u.slice.lower);
    fputc(' ', out);
    opt_expr(out, e->u.slice.upper);
    fputc(' ', out);
    opt_expr(out, e->u.slice.step);
    fputc(')', out);
    break;
  case E_STARRED:
    dump_simple(out, e, "Starred");
    fputc(' ', out);
    dump_expr(out, e->u.starred);
    fputc(')', out);
    break;
  case E_LIST:
  case E_TUPLE:
  case E_SET:
    dump_simple(out, e, e->kind == E_LIST ? "List" : e->kind == E_TUPLE ? "Tuple" : "Set");
    dump_exprs(out, &e->u.elts);
    fputc(')', out);
    break;
  case E_DICT:
    dump_simple(out, e, "Dict");
    for (i = 0; i < e->u.dict.values.len; i++) {
      const Expr *k = i < e->u.dict.keys.len ? e->u.dict.keys.items[i] : NULL;
      fputs(" (", out);
      if (k) dump_expr(out, k);
      else fputs("**", out);
      fputc(' ', out);
      dump_expr(out, e->u.dict.values.items[i]);
      fputc(')', out);
    }
    fputc(')', out);
    break;
  case E_LISTCOMP:
  case E_SETCOMP:
  case E_GENEXP:
    dump_simple(out, e, e->kind == E_LISTCOMP ? "ListComp" : e->kind == E_SETCOMP ? "SetComp" : "GeneratorExp");
    fputc(' ', out);
    dump_expr(out, e->u.comp.elt);
    dump_gens(out, &e->u.comp.gens);
    fputc(')', out);
    break;
  case E_DICTCOMP:
    dump_simple(out, e, "DictComp");
    fputc(' ', out);
    dump_expr(out, e->u.comp.key);
    fputc(' ', out);
    dump_expr(out, e->u.comp.value);
    dump_gens(out, &e->u.comp.gens);
    fputc(')', out);
    break;
  case E_LAMBDA:
    dump_simple(out, e, "Lambda");
    fputc(' ', out);
    dump_params(out, e->u.lambda.params);
    fputc(' ', out);
    dump_expr(out, e->u.lambda.body);
    fputc(')', out);
    break;
  case E_IFEXP:
    dump_simple(out, e, "IfExp");
    fputc(' ', out);
    dump_expr(out, e->u.ifexp.test);
    fputc(' ', out);
    dump_expr(out, e->u.ifexp.body);
    fputc(' ', out);
    dump_expr(out, e->u.ifexp.orelse);
    fputc(')', out);
    break;
  case E_NAMEDEXPR:
    dump_simple(out, e, "NamedExpr");
    fputc(' ', out);
    dump_expr(out, e->u.named.target);
    fputc(' ', out);
    dump_expr(out, e->u.named.value);
    fputc(')', out);
    break;
  case E_AWAIT:
  case E_YIELD:
  case E_YIELDFROM:
    dump_simple(out, e, e->kind == E_AWAIT ? "Await" : e->kind == E_YIELD ? "Yield" : "YieldFrom");
    fputc(' ', out);
    opt_expr(out, e->u.value);
    fputc(')', out);
    break;
  default:
    fprintf(out, "(?%d)", (int)e->kind);
    break;
  }
}

/* ---- statements ---- */

/* A new line indented by n levels (capped, so that very deep nesting such
   as long elif chains cannot blow up the output). */
static void indent(FILE *out, int n) {
  fputc('\n', out);
  if (n > 50) n = 50;
  while (n-- > 0) fputs("  ", out);
}

static const char *const pattern_names[] = {"MatchValue", "MatchSingleton", "MatchAs", "MatchStar",
                                            "MatchSequence", "MatchMapping", "MatchClass", "MatchOr", "MatchAs"};

/* A pattern of a case clause. */
static void dump_pattern(FILE *out, const Pattern *p) {
  int i;
  fprintf(out, "(%s@%d:%d", pattern_names[p->kind], p->line, p->col);
  if (p->value) {
    fputc(' ', out);
    dump_expr(out, p->value);
  }
  if (p->name) fprintf(out, " %s", p->name);
  if (p->pat) {
    fputc(' ', out);
    dump_pattern(out, p->pat);
  }
  for (i = 0; i < p->pats.len; i++) {
    fputc(' ', out);
    if (p->kind == PT_MAPPING) {
      dump_expr(out, p->keys.items[i]);
      fputs(": ", out);
    }
    dump_pattern(out, p->pats.items[i]);
  }
  for (i = 0; i < p->kwpats.len; i++) {
    fprintf(out, " %s=", (const char *)p->keys.items[i]);
    dump_pattern(out, p->kwpats.items[i]);
  }
  fputc(')', out);
}

static void dump_stmt(FILE *out, const Stmt *s, int ind);

static void dump_body(FILE *out, const char *tag, const NodeList *l, int ind) {
  int i;
  indent(out, ind);
  fprintf(out, "(%s", tag);
  for (i = 0; i < l->len; i++) {
    indent(out, ind + 1);
    dump_stmt(out, l->items[i], ind + 1);
  }
  fputc(')', out);
}

static void spos(FILE *out, const Stmt *s) {
  fprintf(out, "@%d:%d-%d", s->line, s->col, s->end_line);
}

static void dump_alias(FILE *out, const Alias *al) {
  fprintf(out, " (alias@%d:%d %s", al->line, al->col, al->name ? al->name : "?");
  if (al->asname) fprintf(out, " as %s", al->asname);
  fputc(')', out);
}

static void dump_decorators(FILE *out, const NodeList *l, int ind) {
  if (!l->len) return;
  indent(out, ind);
  fputs("(decorators", out);
  dump_exprs(out, l);
  fputc(')', out);
}

static void dump_stmt(FILE *out, const Stmt *s, int ind) {
  int i, closes = 0;
  if (!s) {
    fputc('_', out);
    return;
  }
  switch (s->kind) {
  case S_FUNCDEF:
    fputs(s->u.func.is_async ? "(AsyncFunctionDef" : "(FunctionDef", out);
    spos(out, s);
    fprintf(out, " %s", s->u.func.name ? s->u.func.name : "?");
    dump_decorators(out, &s->u.func.decorators, ind + 1);
    indent(out, ind + 1);
    dump_params(out, s->u.func.params);
    if (s->u.func.returns) {
      indent(out, ind + 1);
      fputs("(returns ", out);
      dump_expr(out, s->u.func.returns);
      fputc(')', out);
    }
    dump_body(out, "body", &s->u.func.body, ind + 1);
    break;
  case S_CLASSDEF:
    fputs("(ClassDef", out);
    spos(out, s);
    fprintf(out, " %s", s->u.cls.name ? s->u.cls.name : "?");
    dump_decorators(out, &s->u.cls.decorators, ind + 1);
    if (s->u.cls.bases.len || s->u.cls.keywords.len) {
      indent(out, ind + 1);
      fputs("(bases", out);
      dump_exprs(out, &s->u.cls.bases);
      dump_keywords(out, &s->u.cls.keywords);
      fputc(')', out);
    }
    dump_body(out, "body", &s->u.cls.body, ind + 1);
    break;
  case S_RETURN:
    fputs("(Return", out);
    spos(out, s);
    if (s->u.value) {
      fputc(' ', out);
      dump_expr(out, s->u.value);
    }
    break;
  case S_DELETE:
    fputs("(Delete", out);
    spos(out, s);
    dump_exprs(out, &s->u.targets);
    break;
  case S_ASSIGN:
    fputs("(Assign", out);
    spos(out, s);
    fputs(" (targets", out);
    dump_exprs(out, &s->u.assign.targets);
    fputs(") ", out);
    dump_expr(out, s->u.assign.value);
    break;
  case S_AUGASSIGN:
    fputs("(AugAssign", out);
    spos(out, s);
    fputc(' ', out);
    dump_expr(out, s->u.aug.target);
    fprintf(out, " %s ", binop_name(s->u.aug.op));
    dump_expr(out, s->u.aug.value);
    break;
  case S_ANNASSIGN:
    fputs("(AnnAssign", out);
    spos(out, s);
    fputc(' ', out);
    dump_expr(out, s->u.ann.target);
    fputc(' ', out);
    dump_expr(out, s->u.ann.annotation);
    fputc(' ', out);
    opt_expr(out, s->u.ann.value);
    fprintf(out, " simple=%d", s->u.ann.simple);
    break;
  case S_FOR:
    fputs(s->u.for_.is_async ? "(AsyncFor" : "(For", out);
    spos(out, s);
    fputc(' ', out);
    dump_expr(out, s->u.for_.target);
    fputc(' ', out);
    dump_expr(out, s->u.for_.iter);
    dump_body(out, "body", &s->u.for_.body, ind + 1);
    if (s->u.for_.orelse.len) dump_body(out, "orelse", &s->u.for_.orelse, ind + 1);
    break;
  case S_WHILE:
    fputs("(While", out);
    spos(out, s);
    fputc(' ', out);
    dump_expr(out, s->u.while_.test);
    dump_body(out, "body", &s->u.while_.body, ind + 1);
    if (s->u.while_.orelse.len) dump_body(out, "orelse", &s->u.while_.orelse, ind + 1);
    break;
  case S_IF:
    /* elif chains are printed without recursion */
    for (;;) {
      fputs("(If", out);
      spos(out, s);
      fputc(' ', out);
      dump_expr(out, s->u.if_.test);
      dump_body(out, "body", &s->u.if_.body, ind + 1);
      if (s->u.if_.orelse.len == 1 && ((Stmt *)s->u.if_.orelse.items[0])->kind == S_IF) {
        indent(out, ind + 1);
        fputs("(orelse", out);
        indent(out, ind + 2);
        ind += 2;
        closes += 2;
        s = s->u.if_.orelse.items[0];
        continue;
      }
      if (s->u.if_.orelse.len) dump_body(out, "orelse", &s->u.if_.orelse, ind + 1);
      break;
    }
    while (closes-- > 0) fputc(')', out);
    break;
  case S_WITH:
    fputs(s->u.with.is_async ? "(AsyncWith" : "(With", out);
    spos(out, s);
    for (i = 0; i < s->u.with.items.len; i++) {
      const WithItem *w = s->u.with.items.items[i];
      fputs(" (withitem ", out);
      dump_expr(out, w->context);
      fputc(' ', out);
      opt_expr(out, w->var);
      fputc(')', out);
    }
    dump_body(out, "body", &s->u.with.body, ind + 1);
    break;
  case S_RAISE:
    fputs("(Raise", out);
    spos(out, s);
    fputc(' ', out);
    opt_expr(out, s->u.raise.exc);
    fputc(' ', out);
    opt_expr(out, s->u.raise.cause);
    break;
  case S_TRY:
    fputs(s->u.try_.is_star ? "(TryStar" : "(Try", out);
    spos(out, s);
    dump_body(out, "body", &s->u.try_.body, ind + 1);
    for (i = 0; i < s->u.try_.handlers.len; i++) {
      const Handler *h = s->u.try_.handlers.items[i];
      indent(out, ind + 1);
      fprintf(out, "(handler@%d:%d ", h->line, h->col);
      opt_expr(out, h->type);
      fprintf(out, " %s", h->name ? h->name : "_");
      dump_body(out, "body", &h->body, ind + 2);
      fputc(')', out);
    }
    if (s->u.try_.orelse.len) dump_body(out, "orelse", &s->u.try_.orelse, ind + 1);
    if (s->u.try_.finalbody.len) dump_body(out, "finalbody", &s->u.try_.finalbody, ind + 1);
    break;
  case S_ASSERT:
    fputs("(Assert", out);
    spos(out, s);
    fputc(' ', out);
    dump_expr(out, s->u.assert_.test);
    fputc(' ', out);
    opt_expr(out, s->u.assert_.msg);
    break;
  case S_IMPORT:
    fputs("(Import", out);
    spos(out, s);
    for (i = 0; i < s->u.names.len; i++) dump_alias(out, s->u.names.items[i]);
    break;
  case S_IMPORTFROM:
    fputs("(ImportFrom", out);
    spos(out, s);
    fprintf(out, " %s %d", s->u.importfrom.module ? s->u.importfrom.module : "_", s->u.importfrom.level);
    for (i = 0; i < s->u.importfrom.names.len; i++) dump_alias(out, s->u.importfrom.names.items[i]);
    break;
  case S_GLOBAL:
  case S_NONLOCAL:
    fputs(s->kind == S_GLOBAL ? "(Global" : "(Nonlocal", out);
    spos(out, s);
    for (i = 0; i < s->u.names.len; i++) fprintf(out, " %s", (const char *)s->u.names.items[i]);
    break;
  case S_EXPR:
    fputs("(Expr", out);
    spos(out, s);
    fputc(' ', out);
    dump_expr(out, s->u.value);
    break;
  case S_PASS: fputs("(Pass", out); spos(out, s); break;
  case S_BREAK: fputs("(Break", out); spos(out, s); break;
  case S_CONTINUE: fputs("(Continue", out); spos(out, s); break;
  case S_MATCH:
    fputs("(Match", out);
    spos(out, s);
    fputc(' ', out);
    dump_expr(out, s->u.match.subject);
    for (i = 0; i < s->u.match.cases.len; i++) {
      const MatchCase *c = s->u.match.cases.items[i];
      indent(out, ind + 1);
      fprintf(out, "(case@%d:%d ", c->line, c->col);
      dump_pattern(out, c->pat);
      if (c->guard) {
        fputs(" (guard ", out);
        dump_expr(out, c->guard);
        fputc(')', out);
      }
      dump_body(out, "body", &c->body, ind + 2);
      fputc(')', out);
    }
    break;
  default: fprintf(out, "(?%d", (int)s->kind); break;
  }
  fputc(')', out);
}

void ast_dump_module(const Module *m, FILE *out) {
  int i;
  fputs("(Module", out);
  if (m) {
    for (i = 0; i < m->body.len; i++) {
      indent(out, 1);
      dump_stmt(out, m->body.items[i], 1);
    }
  }
  fputs(")\n", out);
}
