/* scope.h: scope analysis: which names are local, free, global or builtin,
   and which functions are generators or coroutines. */
#ifndef ASTER_SCOPE_H
#define ASTER_SCOPE_H

#include "ast.h"
#include "parser.h"

typedef enum { SC_MODULE, SC_FUNCTION, SC_CLASS, SC_COMPREHENSION } ScopeKind;

enum {
  SYM_ASSIGNED = 1,   /* bound in this scope (assignment, def, import, for, ...) */
  SYM_PARAM = 2,
  SYM_GLOBAL = 4,     /* declared `global` here */
  SYM_NONLOCAL = 8,   /* declared `nonlocal` here */
  SYM_USED = 16,      /* read in this scope */
  SYM_CAPTURED = 32,  /* read or written by an inner function */
  SYM_DELETED = 64,
  SYM_EXTERNAL = 128, /* module name declared `global` in some function */
  SYM_FORVAR = 256,   /* bound by a for statement's target */
  SYM_OUTSIDE = 512   /* used or bound other than by a for statement that binds
                         it and inside that statement's body */
};

typedef struct Sym {
  const char *name;
  unsigned flags;
  int nbind;          /* number of binding sites (module scope: static globals) */
} Sym;

typedef struct Scope Scope;
struct Scope {
  ScopeKind kind;
  Scope *parent;
  const void *node;   /* Stmt* (def/class), Expr* (lambda/comprehension) or Module* */
  const char *name;   /* function or class name; "<lambda>", "<listcomp>", ... */
  const char *qualname;
  Sym *syms;
  int nsyms, capsyms;
  Scope **children;
  int nchildren, capchildren;
  int is_generator, is_async, has_yield;
  int uses_class_cell; /* zero-argument super() or __class__ inside a method */
  int nawaits;         /* function scope: awaits in its body (its inline
                          comprehensions' included) */
  int has_async_stmt;  /* function scope: an `async for` or `async with` */
  int module_uses_globals; /* module scope: globals()/vars()/exec/import * seen */
  int has_import_star;     /* module scope: `from m import *` seen */
  int has_annotations;     /* module scope: `name: T` at its top level */
  struct ScopeMap *map;     /* module scope only: node -> scope */
  /* module scope only: attribute names assigned anywhere (x.name = ...) */
  const char **attr_stores;
  int nattr_stores, capattr_stores;
  /* Locals beyond Lua's register budget live in a table (emitter's use). */
  const char *spill_table;  /* Lua name of that table, or NULL */
  const char **spilled;
  int nspilled;
};

typedef enum {
  NAME_LOCAL,     /* a Lua local of the current function (or comprehension) */
  NAME_FREE,      /* a local of an enclosing function: a Lua upvalue */
  NAME_GLOBAL,    /* the module namespace */
  NAME_BUILTIN,   /* never bound in the module: the builtin of that name */
  NAME_CLASS      /* the class namespace being built (class body only) */
} NameKind;

/* Analyze the module; returns the module scope, or NULL with *err filled
   (e.g. "nonlocal declaration not allowed at module level"). */
Scope *scope_analyze(Arena *a, Module *m, int repl_mode, SyntaxErr *err);

/* The scope created for a def/class/lambda/comprehension node. */
Scope *scope_of(Scope *root, const void *node);

Sym *scope_lookup(Scope *s, const char *name);

/* How `name` referenced in scope `s` resolves. If NAME_FREE or NAME_LOCAL,
   *owner is the function/comprehension scope that owns the variable. */
NameKind scope_resolve(Scope *s, const char *name, Scope **owner);

#endif
