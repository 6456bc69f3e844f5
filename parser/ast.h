/* ast.h: the syntax tree of the Aster dialect, allocated in one arena. */
#ifndef ASTER_AST_H
#define ASTER_AST_H

#include <stddef.h>
#include <stdint.h>

/* ---- arena: every node, list and string of one compilation lives here ---- */
typedef struct Arena Arena;
Arena *arena_new(void);
void arena_free(Arena *a);
void *arena_alloc(Arena *a, size_t size);          /* zeroed memory */
char *arena_strndup(Arena *a, const char *s, size_t n);

/* A growable array of pointers (nodes), allocated in the arena. */
typedef struct {
  void **items;
  int len, cap;
} NodeList;
void list_push(Arena *a, NodeList *l, void *item);

typedef struct Expr Expr;
typedef struct Stmt Stmt;

typedef enum {
  E_NAME, E_INT, E_FLOAT, E_IMAG, E_STR, E_BYTES, E_NONE, E_TRUE, E_FALSE,
  E_ELLIPSIS, E_FSTRING, E_FORMATTED, E_BINOP, E_UNARY, E_BOOLOP, E_COMPARE,
  E_CALL, E_ATTR, E_SUBSCRIPT, E_SLICE, E_STARRED, E_LIST, E_TUPLE, E_DICT,
  E_SET, E_LISTCOMP, E_SETCOMP, E_DICTCOMP, E_GENEXP, E_LAMBDA, E_IFEXP,
  E_NAMEDEXPR, E_AWAIT, E_YIELD, E_YIELDFROM
} ExprKind;

typedef enum {
  OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_FLOORDIV, OP_MOD, OP_POW, OP_LSHIFT,
  OP_RSHIFT, OP_BITOR, OP_BITXOR, OP_BITAND, OP_MATMUL
} BinOp;

typedef enum { U_NEG, U_POS, U_INVERT, U_NOT } UnaryOp;

typedef enum {
  CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE, CMP_IS, CMP_ISNOT, CMP_IN,
  CMP_NOTIN
} CmpOp;

/* A keyword argument in a call: name is NULL for `**value`. */
typedef struct {
  const char *name;
  Expr *value;
  int line, col;
} Keyword;

/* One `for ... in ... if ...` clause of a comprehension. */
typedef struct {
  Expr *target, *iter;
  NodeList ifs; /* Expr* */
  int is_async;
} Comprehension;

/* One parameter of a def or lambda. */
typedef struct {
  const char *name;
  Expr *annotation; /* may be NULL */
  Expr *default_;   /* may be NULL */
  int line, col;
} Param;

/* Parameters: posonly (before `/`), args, *vararg, kwonly, **kwarg. */
typedef struct {
  NodeList posonly; /* Param* */
  NodeList args;    /* Param* */
  Param *vararg;    /* may be NULL */
  NodeList kwonly;  /* Param* (default_ may be NULL: required keyword) */
  Param *kwarg;     /* may be NULL */
} Params;

struct Expr {
  ExprKind kind;
  int line, col;         /* 1-based line, 0-based column of the first char */
  int end_line, end_col; /* position just past the expression */
  union {
    const char *name;            /* E_NAME */
    int64_t ival;                /* E_INT (values that fit; see big below) */
    double fval;                 /* E_FLOAT, E_IMAG */
    struct { const char *s; size_t len; } str; /* E_STR, E_BYTES (decoded) */
    NodeList parts;              /* E_FSTRING: E_STR and E_FORMATTED exprs */
    struct {                     /* E_FORMATTED: {value!conv:spec} */
      Expr *value;
      int conversion;            /* 0, 's', 'r' or 'a' */
      Expr *spec;                /* E_FSTRING or NULL */
      const char *debug_text;    /* "x=" for f"{x=}", else NULL */
    } fmt;
    struct { BinOp op; Expr *left, *right; } bin;
    struct { UnaryOp op; Expr *operand; } unary;
    struct { int is_and; NodeList values; } boolop; /* Expr*, >= 2 */
    struct {
      Expr *left;
      int n;
      CmpOp *ops;
      Expr **comparators;
    } cmp;
    struct { Expr *func; NodeList args; NodeList keywords; } call; /* args: Expr* (E_STARRED allowed); keywords: Keyword* */
    struct { Expr *value; const char *attr; } attr;
    struct { Expr *value; Expr *index; } sub; /* index may be E_SLICE or E_TUPLE of slices */
    struct { Expr *lower, *upper, *step; } slice; /* each may be NULL */
    Expr *starred;               /* E_STARRED */
    NodeList elts;               /* E_LIST, E_TUPLE, E_SET */
    struct { NodeList keys, values; } dict; /* keys[i] NULL for `**values[i]` */
    struct {
      Expr *elt;                 /* E_LISTCOMP, E_SETCOMP, E_GENEXP */
      Expr *key, *value;         /* E_DICTCOMP */
      NodeList gens;             /* Comprehension* */
    } comp;
    struct { Params *params; Expr *body; } lambda;
    struct { Expr *test, *body, *orelse; } ifexp;
    struct { Expr *target, *value; } named; /* target is E_NAME */
    Expr *value;                 /* E_AWAIT, E_YIELD (may be NULL), E_YIELDFROM */
  } u;
  int int_is_big;                /* E_INT too large for int64: text in u.str */
};

typedef enum {
  S_FUNCDEF, S_CLASSDEF, S_RETURN, S_DELETE, S_ASSIGN, S_AUGASSIGN, S_ANNASSIGN,
  S_FOR, S_WHILE, S_IF, S_WITH, S_RAISE, S_TRY, S_ASSERT, S_IMPORT,
  S_IMPORTFROM, S_GLOBAL, S_NONLOCAL, S_EXPR, S_PASS, S_BREAK, S_CONTINUE,
  S_MATCH
} StmtKind;

/* Patterns of `case` clauses (PEP 634). */
typedef enum {
  PT_VALUE,     /* literal or dotted name: compared with == */
  PT_SINGLETON, /* None, True, False: compared with is */
  PT_CAPTURE,   /* NAME, or `_` (name NULL) */
  PT_STAR,      /* *NAME or *_ (name NULL) inside a sequence */
  PT_SEQUENCE, PT_MAPPING, PT_CLASS, PT_OR, PT_AS
} PatternKind;

typedef struct Pattern Pattern;
struct Pattern {
  PatternKind kind;
  int line, col;
  Expr *value;       /* PT_VALUE, PT_SINGLETON; PT_CLASS: the class */
  const char *name;  /* PT_CAPTURE, PT_STAR, PT_AS (NULL: wildcard); PT_MAPPING: **rest */
  NodeList pats;     /* PT_SEQUENCE, PT_OR, PT_CLASS positional, PT_MAPPING values */
  NodeList keys;     /* PT_MAPPING: Expr* keys; PT_CLASS: const char* keyword names */
  NodeList kwpats;   /* PT_CLASS: Pattern* for the keywords */
  Pattern *pat;      /* PT_AS: the inner pattern */
};

typedef struct {
  Pattern *pat;
  Expr *guard;       /* may be NULL */
  NodeList body;     /* Stmt* */
  int line, col;
} MatchCase;

typedef struct {
  const char *name;   /* dotted name for import, plain for from-import; "*" for star */
  const char *asname; /* may be NULL */
  int line, col;
} Alias;

typedef struct {
  Expr *context;
  Expr *var; /* may be NULL */
} WithItem;

typedef struct {
  Expr *type;       /* may be NULL (bare except) */
  const char *name; /* may be NULL */
  NodeList body;    /* Stmt* */
  int line, col;
} Handler;

struct Stmt {
  StmtKind kind;
  int line, col;
  int end_line;     /* last line of the statement (including its body) */
  union {
    struct {
      const char *name;
      Params *params;
      NodeList body;       /* Stmt* */
      NodeList decorators; /* Expr* */
      Expr *returns;       /* may be NULL */
      int is_async;
    } func;
    struct {
      const char *name;
      NodeList bases;      /* Expr* (E_STARRED allowed) */
      NodeList keywords;   /* Keyword* (metaclass=..., **kw) */
      NodeList body;
      NodeList decorators;
    } cls;
    Expr *value;           /* S_RETURN (may be NULL), S_EXPR */
    NodeList targets;      /* S_DELETE: Expr* */
    struct { NodeList targets; Expr *value; } assign; /* a = b = value */
    struct { Expr *target; BinOp op; Expr *value; } aug;
    struct { Expr *target; Expr *annotation; Expr *value; int simple; } ann; /* value may be NULL */
    struct { Expr *target, *iter; NodeList body, orelse; int is_async; } for_;
    struct { Expr *test; NodeList body, orelse; } while_;
    struct { Expr *test; NodeList body, orelse; } if_; /* elif is a nested S_IF in orelse */
    struct { NodeList items; NodeList body; int is_async; } with; /* items: WithItem* */
    struct { Expr *exc, *cause; } raise; /* both may be NULL */
    struct {
      NodeList body;
      NodeList handlers;   /* Handler* */
      NodeList orelse, finalbody;
      int is_star;         /* except* */
    } try_;
    struct { Expr *test, *msg; } assert_; /* msg may be NULL */
    NodeList names;        /* S_IMPORT: Alias*; S_GLOBAL/S_NONLOCAL: const char* */
    struct { const char *module; NodeList names; int level; } importfrom; /* module may be NULL (from . import x) */
    struct { Expr *subject; NodeList cases; } match; /* cases: MatchCase* */
  } u;
};

/* A parsed module. */
typedef struct {
  NodeList body; /* Stmt* */
} Module;

#endif
