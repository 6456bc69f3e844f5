/* parser.h: turn dialect source text into an AST (lexer.c + parser.c). */
#ifndef ASTER_PARSER_H
#define ASTER_PARSER_H

#include <stdio.h>
#include "ast.h"

/* Where and why parsing failed. */
typedef struct {
  const char *kind;   /* "SyntaxError", "IndentationError" or "TabError" */
  char message[256];  /* CPython's wording where practical, e.g. "invalid syntax" */
  int line;           /* 1-based; 0 when unknown */
  int col;            /* 0-based byte column of the offending token */
  int incomplete;     /* 1 if the input merely ended too early (open bracket,
                         block header with no body, unterminated triple-quoted
                         string): the REPL then asks for another line */
} SyntaxErr;

/* Parse a whole module. Returns NULL and fills *err on a syntax error.
   `src` need not be NUL-terminated. A leading "#!" line and a UTF-8 BOM are
   skipped. Never aborts, whatever the input. */
Module *parse_module(Arena *a, const char *src, size_t len, SyntaxErr *err);

/* Debug aid: print the tree in an S-expression form (used by tests). */
void ast_dump_module(const Module *m, FILE *out);

#endif
