/* testrunner.c: `aster test [paths]`. */
#include <stdio.h>
#include "repl.h"

int testrunner_main(int argc, char **argv) {
  (void)argc;
  (void)argv;
  fprintf(stderr, "aster test: not implemented yet\n");
  return 2;
}
