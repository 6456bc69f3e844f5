/* parseint.h: the parser's internals, shared by its files (parser.c,
   parsematch.c): the token stream, the parser state, and its building
   blocks (parse__ names). */
#ifndef ASTER_PARSEINT_H
#define ASTER_PARSEINT_H

#include <setjmp.h>
#include <stdarg.h>
#include "parser.h"
#include "lexer.h"

#define MAX_DEPTH 1000 /* nested expressions and statements */

/* A stream of tokens from one lexer, buffered so that the parser can look
   ahead and backtrack. */
#define TB_SHIFT 10
#define TB_SIZE ((size_t)1 << TB_SHIFT)
typedef struct TokStream {
  Lexer lx;
  Token **blocks;      /* blocks of TB_SIZE tokens: they never move */
  size_t nblocks, cap; /* blocks allocated, capacity of `blocks` */
  size_t n, pos;       /* tokens buffered, index of the current one */
  struct TokStream *prev; /* the stream this one was opened from */
} TokStream;

typedef struct {
  Arena *a;
  const char *src;
  size_t len;
  TokStream *ts;
  TokStream main;
  SyntaxErr *err;
  jmp_buf *jb;
  int depth;
  int in_fstring;  /* > 0 while parsing an f-string replacement field */
  int lex_failed;  /* the error came from the lexer */
  int in_strings;  /* > 0 while decoding string literals */
  int final;       /* the error is final: backtracking does not undo it */
  int oom;
} Parser;

typedef struct {
  jmp_buf jb;
  jmp_buf *saved_jb;
  TokStream *ts;
  size_t pos;
  int depth, in_fstring, in_strings;
  SyntaxErr err;
} Try;

#define TOK_AT(ts, i) (&(ts)->blocks[(i) >> TB_SHIFT][(i) & (TB_SIZE - 1)])
#define TOK (parse__peek_n(P, 0))

int parse__accept(Parser *P, int type);
Token *parse__advance(Parser *P);
int parse__at_eof(Parser *P);
void parse__enter(Parser *P);
Token *parse__expect(Parser *P, int type);
Expr *parse__expr_at(Parser *P, ExprKind kind, Token *t);
Expr *parse__finish(Parser *P, Expr *e);
void parse__leave(Parser *P);
Expr *parse__new_expr(Parser *P, ExprKind kind, int line, int col);
Stmt *parse__new_stmt(Parser *P, StmtKind kind, Token *t);
void parse__block(Parser *P, NodeList *body, const char *what, int hdr_line);
Expr *parse__named_expression(Parser *P);
Expr *parse__number(Parser *P, Token *t);
Expr *parse__star_named(Parser *P);
Expr *parse__strings(Parser *P);
Token *parse__peek_n(Parser *P, size_t k);
void parse__push(Parser *P, NodeList *l, void *item);
int parse__starts_expression(int t);
void parse__syntax_error(Parser *P);
void parse__syntax_error_at(Parser *P, Token *t);
const char *parse__tok_str(Parser *P, Token *t);
void parse__try_begin(Parser *P, Try *t);
void parse__try_end(Parser *P, Try *t);
void parse__try_fail(Parser *P, Try *t);
int parse__tt(Parser *P);
int parse__tt_n(Parser *P, size_t k);
void *parse__xalloc(Parser *P, size_t n);
int parse__tok_is(Parser *P, Token *t, const char *w);
int parse__body_end(const NodeList *l, int dflt);
void parse__error_at(Parser *P, int line, int col, const char *fmt, ...);
void parse__error_kind_at(Parser *P, const char *kind, int line, int col, int incomplete, const char *fmt, ...);

/* parsematch.c */
Stmt *parse__match(Parser *P);

#endif
