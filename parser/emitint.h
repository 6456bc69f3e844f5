/* emitint.h: the emitter's state, shared by emit.c (which writes the Lua)
   and emitfacts.c (what it works out first: local types and module-level
   facts). Internal to the parser. */
#ifndef ASTER_EMITINT_H
#define ASTER_EMITINT_H
#include <setjmp.h>
#include "compile.h"
#include "scope.h"

typedef struct {
  char *p;
  size_t len, cap;
} Buf;

/* ------------------------------------------------------------------ */
/* Emitter state                                                        */

enum {
  EX_ATOM = 1,      /* needs no parentheses as an operand */
  EX_SIMPLE = 2,    /* no side effects, may be evaluated twice or late */
  EX_BOOL = 4,      /* a Lua boolean: usable directly as a condition */
  EX_NONFALSE = 8,  /* never Lua false/nil (safe as `c and x or y`) */
  EX_NUM = 16,      /* statically a number */
  EX_INT = 32,      /* statically an int */
  EX_STR = 64,      /* statically a str */
  EX_LIST = 128     /* statically a list (not a subclass) */
};

typedef struct {
  const char *s;
  unsigned f;
  int prec;       /* Lua precedence of a binary operator result, 0 otherwise */
} Ex;

/* A try/with body compiled as a Lua closure: return/break/continue inside
   it come out as codes 1/2/3 that the code after the xpcall dispatches. */
typedef struct Closure {
  struct Closure *prev;
  int level;
  int used_ret, used_brk, used_cnt;
} Closure;

typedef struct Loop {
  struct Loop *prev;
  int level;             /* closure level the loop body runs at */
  int label;             /* continue label number */
  int used_continue;
  const char *brk_flag;  /* set to true on break (for/while ... else), or NULL */
  int exc_depth;         /* E->nexc where the loop starts */
} Loop;

/* A Lua function being emitted: a Python function, the module chunk, or
   the closure of a try/with body. Temps are declared at its top. */
typedef struct Frame {
  struct Frame *prev;
  size_t decl_pos;       /* where "local __t1, ..." is inserted */
  int ntemps, maxtemps;
  int is_closure;        /* try/with body: control flow returns codes */
} Frame;

typedef struct Func {
  struct Func *prev;
  Scope *scope;
  int level;             /* closure level of the function body */
  int is_gen, is_async;
  const char *class_cell;/* Lua name holding the class for super() */
  const char *self_name; /* first parameter (for super()) */
  Loop *loop;
  int exc_base;          /* E->nexc where the function starts */
  struct TypeMap *types;  /* inferred types of the function's locals */
  /* locals surely assigned at the point being emitted (names assigned in
     enclosing blocks before it), and locals a del or an except-as unbinds:
     reading any other local checks it is bound (UnboundLocalError) */
  const char **da;
  int nda, capda;
  const char **unbinds;
  int nunbinds, capunbinds;
} Func;

/* Static types of local variables, inferred from every assignment in the
   function: only "surely an int" and "surely a number" matter to the
   emitter (no in-place protocol, no range() argument check). */
enum { TY_UNKNOWN = 0, TY_INT = 1, TY_NUM = 2, TY_UNSET = 3, TY_STR = 4, TY_LIST = 5 };
typedef struct TypeMap {
  const char **names;
  unsigned char *types;
  int n, cap;
} TypeMap;

#define NHELP 96
typedef struct {
  Arena *a;
  Scope *root;
  Buf out;
  int line;
  Func *fn;
  Frame *frame;
  int level;             /* current closure level */
  SyntaxErr *err;
  jmp_buf jb;
  int nlabel;
  int repl;
  const char *help_used[NHELP];
  int nhelp;
  const char *builtins_used[128];
  int nbuiltins;
  Buf consts;            /* hoisted constant tables, emitted in the header */
  int nconsts;
  int nbodies;      /* coroutine bodies hoisted out of their functions */
  int await_direct; /* the call being emitted is the operand of an await */
  int await_done;   /* ex_call emitted it as __awaitcall (already awaited) */
  const char *statics[160];
  int nstatics;
  const char *static_num[64];
  int nstatic_num;
  const char *static_str[64];  /* statics bound once at top level to a str */
  int nstatic_str;
  const char *import_names[64]; /* statics bound once, by `import name` */
  int nimport;
  /* attribute names read without the fallback (see fast_attr_ok) */
  const char **fast_attrs;
  int nfast_attrs;
  int max_statics, max_builtins; /* budgets for chunk-level Lua locals */
  const char **stored_attrs;  /* attribute names assigned anywhere (x.name = ...) */
  int nstored, capstored;
  int depth;
  struct Closure *clo;   /* innermost try/with body closure */
  const char *cur_exc;   /* temp holding the exception being handled */
  const char *exc_saved; /* temp holding EXS[1] from before the handler's try */
  /* the exc_saved temps of the handlers being emitted, outermost first:
     return, break and continue leave several at once */
  const char *exc_stack[64];
  int nexc;
  int raw_reads;         /* read locals without the unbound check (locals()) */
  Scope *escope;         /* the comprehension scope being emitted (E_scope) */
  Ex comp_first;         /* a comprehension's outermost iterable (comp_first_iter) */
  Stmt *known_defs[64];  /* module-level defs bound once: calls check their arity */
  int nknown;
  /* known defs with a fast entry: calls that pass every parameter
     positionally call the body, `__fb_name`, past the argument check */
  Stmt *fast_defs[64];
  int nfast;
  const char *src;       /* the source text (annotations kept as strings) */
  size_t srclen;
  int future_annotations; /* `from __future__ import annotations` */
  Scope *cls_scope;      /* innermost class body being emitted, or NULL */
  const char *cls_name;  /* Python name of that class (for name mangling) */
} Emitter;

static inline Ex ex(const char *s, unsigned f) {
  Ex e = {s, f, 0};
  return e;
}

/* The comprehension scope being emitted, and its outermost iterable
   (evaluated in the enclosing scope, for emit__for_head(iter == NULL)). */
#define E_scope (E->escope)
#define comp_first_iter (E->comp_first)

/* emit.c: facts, and the building blocks the emitter's other files use */
int emit__is_static(Emitter *E, const char *name);
int emit__is_builtin_name(Emitter *E, Expr *f, const char *name);
int emit__params_simple(Params *p);
Scope *emit__name_scope(Emitter *E);
void emit__buf_puts(Buf *b, const char *s);
void emit__buf_printf(Buf *b, const char *f, ...);
char *emit__fmt(Emitter *E, const char *f, ...);
void emit__out(Emitter *E, const char *s);
void emit__outf(Emitter *E, const char *f, ...);
void emit__sync_line(Emitter *E, int line);
const char *emit__H(Emitter *E, const char *name);
const char *emit__tmp_new(Emitter *E);
void emit__frame_push(Emitter *E, Frame *f, int is_closure);
void emit__frame_pop(Emitter *E);
const char *emit__lua_name(Emitter *E, const char *n);
const char *emit__lua_cstr(Emitter *E, const char *s);
const char *emit__mangle(Emitter *E, const char *name);
const char *emit__meth_key(Emitter *E, const char *name);
int emit__lua_shadowed(Emitter *E, Scope *from, const char *pyname);
const char *emit__P(Emitter *E, Ex x);
const char *emit__PX(Emitter *E, Ex x);
Ex emit__materialize(Emitter *E, Ex x);
void emit__ex_seq(Emitter *E, Expr **items, int n, Ex *res);
Ex emit__ex_expr(Emitter *E, Expr *e);
const char *emit__ex_truth(Emitter *E, Expr *e);
const char *emit__name_store(Emitter *E, const char *name);
int emit__has_starred(NodeList *l);
void emit__assign_to(Emitter *E, Expr *target, Ex value);
void emit__return(Emitter *E, const char *v);
int emit__for_head(Emitter *E, Expr *target, Expr *iter, int is_async, int guard);
int emit__is_range_call(Emitter *E, Expr *e);
const char *emit__range_for_head(Emitter *E, Expr **a, int n, Ex *xs, const char *var);
void emit__st_stmt(Emitter *E, Stmt *s);
void emit__st_block(Emitter *E, NodeList *body);

/* emitcomp.c */
Ex emit__comprehension(Emitter *E, Expr *e);

/* emitasync.c */
int emit__sm_eligible(Scope *fs, NodeList *body);
int emit__sm_nlocals(Scope *fs);
void emit__sm_body(Emitter *E, Scope *fs, NodeList *body);
/* `yield v` of a generator, its value unused (emit.c) */
void emit__yield_stmt(Emitter *E, const char *v);

/* emitmatch.c */
void emit__st_match(Emitter *E, Stmt *s);

/* emitfacts.c */
int emit__tm_get(TypeMap *m, const char *name);
int emit__ty_expr(Emitter *E, TypeMap *m, Expr *e);
TypeMap *emit__infer_types(Emitter *E, Scope *fs, Params *params, NodeList *body);
int emit__is_static_numeric(Emitter *E, const char *name);
int emit__is_fast_attr(Emitter *E, const char *name);
int emit__is_builtin_method(const char *name);
NodeList emit__attr_order(Emitter *E, Stmt *cls);
void emit__collect_statics(Emitter *E, Module *m);

#endif
