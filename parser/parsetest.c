/* parsetest.c: parse a file and print its AST dump, or its syntax error in
   CPython's format (exit status 1):
     File "NAME", line L
       source line
       ^
   Kind: message
   Usage: parsetest [-i] [-q] FILE   (FILE "-" reads stdin)
     -i  also print "incomplete: 0|1" after an error
     -q  parse only: print nothing on success
     -r  also print "error: KIND|MESSAGE|LINE|COL|INCOMPLETE" after an error */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "parser.h"

static char *read_all(FILE *f, size_t *len) {
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap + 1);
  if (!buf) return NULL;
  for (;;) {
    size_t r;
    if (n == cap) {
      char *nb = realloc(buf, cap * 2 + 1);
      if (!nb) {
        free(buf);
        return NULL;
      }
      buf = nb;
      cap *= 2;
    }
    r = fread(buf + n, 1, cap - n, f);
    if (r == 0) break;
    n += r;
  }
  buf[n] = 0;
  *len = n;
  return buf;
}

/* Print the error like CPython's traceback of a SyntaxError. */
static void print_error(const char *name, const char *src, size_t len, const SyntaxErr *err) {
  printf("  File \"%s\", line %d\n", name, err->line);
  if (err->line > 0) {
    size_t i = 0;
    int line = 1;
    /* skip a UTF-8 BOM, as the parser does */
    if (len >= 3 && (unsigned char)src[0] == 0xEF && (unsigned char)src[1] == 0xBB &&
        (unsigned char)src[2] == 0xBF)
      i = 3;
    while (i < len && line < err->line) {
      if (src[i] == '\n') line++;
      i++;
    }
    if (line == err->line && i <= len) {
      size_t start = i, end = i, lead;
      int col = 0, k;
      while (end < len && src[end] != '\n') end++;
      if (end > start && src[end - 1] == '\r') end--;
      lead = start;
      while (lead < end && (src[lead] == ' ' || src[lead] == '\t' || src[lead] == '\f')) lead++;
      if (lead < end) {
        size_t c;
        printf("    %.*s\n", (int)(end - lead), src + lead);
        /* the caret column in characters, after the stripped indentation */
        for (c = lead; c < start + (size_t)err->col && c < end; c++)
          if (((unsigned char)src[c] & 0xC0) != 0x80) col++;
        if (start + (size_t)err->col > end) col += (int)(start + (size_t)err->col - (end > lead ? end : lead));
        printf("    ");
        for (k = 0; k < col; k++) putchar(' ');
        printf("^\n");
      }
    }
  }
  printf("%s: %s\n", err->kind ? err->kind : "SyntaxError", err->message);
}

int main(int argc, char **argv) {
  const char *path = NULL;
  int show_incomplete = 0, quiet = 0, show_raw = 0, i, rc;
  FILE *f;
  char *src;
  size_t len = 0;
  Arena *a;
  Module *m;
  SyntaxErr err;
  for (i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-i")) show_incomplete = 1;
    else if (!strcmp(argv[i], "-q")) quiet = 1;
    else if (!strcmp(argv[i], "-r")) show_raw = 1;
    else path = argv[i];
  }
  if (!path) {
    fprintf(stderr, "usage: parsetest [-i] [-q] FILE\n");
    return 2;
  }
  f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
  if (!f) {
    perror(path);
    return 2;
  }
  src = read_all(f, &len);
  if (f != stdin) fclose(f);
  if (!src) {
    fprintf(stderr, "parsetest: out of memory\n");
    return 2;
  }
  a = arena_new();
  m = parse_module(a, src, len, &err);
  if (m) {
    if (!quiet) ast_dump_module(m, stdout);
    rc = 0;
  } else {
    print_error(path, src, len, &err);
    if (show_incomplete) printf("incomplete: %d\n", err.incomplete);
    if (show_raw)
      printf("error: %s|%s|%d|%d|%d\n", err.kind ? err.kind : "?", err.message, err.line, err.col,
             err.incomplete);
    rc = 1;
  }
  arena_free(a);
  free(src);
  return rc;
}
