/* lexer.h: the tokenizer of the dialect (internal to the parser). */
#ifndef ASTER_LEXER_H
#define ASTER_LEXER_H

#include <stddef.h>

/* Token types. Operators and keywords each get their own type. */
enum {
  T_ENDMARKER, T_NAME, T_NUMBER, T_STRING, T_NEWLINE, T_INDENT, T_DEDENT,
  T_ERROR,   /* the lexer failed: see Lexer.err_* */
  T_BADCHAR, /* a printable character that starts no token ('$', '?', '!') */
  /* operators */
  T_LPAR, T_RPAR, T_LSQB, T_RSQB, T_LBRACE, T_RBRACE, T_COLON, T_COMMA,
  T_SEMI, T_PLUS, T_MINUS, T_STAR, T_SLASH, T_VBAR, T_AMPER, T_LESS,
  T_GREATER, T_EQUAL, T_DOT, T_PERCENT, T_EQEQUAL, T_NOTEQUAL, T_LESSEQUAL,
  T_GREATEREQUAL, T_TILDE, T_CIRCUMFLEX, T_LEFTSHIFT, T_RIGHTSHIFT,
  T_DOUBLESTAR, T_PLUSEQUAL, T_MINEQUAL, T_STAREQUAL, T_SLASHEQUAL,
  T_PERCENTEQUAL, T_AMPEREQUAL, T_VBAREQUAL, T_CIRCUMFLEXEQUAL,
  T_LEFTSHIFTEQUAL, T_RIGHTSHIFTEQUAL, T_DOUBLESTAREQUAL, T_DOUBLESLASH,
  T_DOUBLESLASHEQUAL, T_AT, T_ATEQUAL, T_RARROW, T_ELLIPSIS, T_COLONEQUAL,
  /* keywords */
  K_FALSE, K_NONE, K_TRUE, K_AND, K_AS, K_ASSERT, K_ASYNC, K_AWAIT, K_BREAK,
  K_CLASS, K_CONTINUE, K_DEF, K_DEL, K_ELIF, K_ELSE, K_EXCEPT, K_FINALLY,
  K_FOR, K_FROM, K_GLOBAL, K_IF, K_IMPORT, K_IN, K_IS, K_LAMBDA, K_NONLOCAL,
  K_NOT, K_OR, K_PASS, K_RAISE, K_RETURN, K_TRY, K_WHILE, K_WITH, K_YIELD,
  T_NTYPES
};

typedef struct {
  int type;
  int line, col;         /* 1-based line, 0-based byte column */
  int end_line, end_col; /* just past the token */
  int level;             /* bracket nesting depth at the token */
  size_t start, end;     /* byte offsets of the token text in the source */
} Token;

#define LEX_MAX_INDENT 100 /* CPython's MAXINDENT */
#define LEX_MAX_PAREN 200  /* CPython's MAXLEVEL */

typedef struct {
  const char *src;       /* the source; src[end] must be readable (NUL) */
  size_t pos, end;       /* current offset; end of the text to tokenize */
  int line;              /* line of pos */
  size_t line_start;     /* offset of the first byte of that line */
  int sub;               /* tokenizing an f-string expression: no NEWLINE,
                            INDENT or DEDENT, implicitly inside brackets */
  int atbol;             /* at the beginning of a physical line */
  int blankline;         /* the current line holds no token */
  int pending;           /* > 0: INDENTs to emit, < 0: DEDENTs to emit */
  int indent;            /* top of indstack */
  int indstack[LEX_MAX_INDENT], altindstack[LEX_MAX_INDENT];
  int level;             /* bracket depth */
  char parenstack[LEX_MAX_PAREN];
  int parenline[LEX_MAX_PAREN], parencol[LEX_MAX_PAREN];
  int last_type;         /* type of the previous token, -1 at the start */
  int done;              /* ENDMARKER or an error was returned */
  int bad_line, bad_col; /* first invalid UTF-8 or NUL byte (0: none) */
  unsigned char bad_byte;
  const char *bad_reason; /* why bad_byte is not valid UTF-8 */
  /* the error, once a T_ERROR token was returned */
  const char *err_kind;
  char err_msg[256];
  int err_line, err_col, err_incomplete;
} Lexer;

/* Tokenize src[0..len) (src[len] must be a readable NUL byte). */
void lex_init(Lexer *lx, const char *src, size_t len);
/* Tokenize the f-string expression src[start..end) that begins at `line`,
   whose line starts at offset line_start. */
void lex_init_sub(Lexer *lx, const char *src, size_t start, size_t end,
                  int line, size_t line_start);
/* The next token; T_ERROR (again and again) after an error. */
Token lex_next(Lexer *lx);
/* Decode one UTF-8 sequence of at most n bytes: its length, or 0 if it is
   invalid (overlong, surrogate, out of range, truncated). */
int lex_utf8_decode(const unsigned char *s, size_t n, unsigned *cp);
/* Look up the Unicode character called name[0..n) (for \N{...} escapes;
   case-insensitive, a common subset of the Unicode names): 1 if found. */
int lex_unicode_lookup(const char *name, size_t n, unsigned *cp);
/* Printable name of a token type for messages ("'('", "NAME", ...). */
const char *lex_type_name(int type);

#endif
