/* compile.h: dialect source -> line-aligned Lua source (parse, scopes, emit). */
#ifndef ASTER_COMPILE_H
#define ASTER_COMPILE_H

#include <stddef.h>
#include "parser.h"

enum {
  COMPILE_REPL = 1,     /* top-level await allowed; expression statements echo */
};

/* Compile `src` to Lua source (malloc'd, NUL-terminated, in *out). Returns 0
   on success, or -1 with *err filled (SyntaxError and friends). Line N of
   the Lua text holds the code of line N of the source. */
int compile_to_lua(const char *src, size_t len, int flags, char **out, size_t *outlen, SyntaxErr *err);

#endif
