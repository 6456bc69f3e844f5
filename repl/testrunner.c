/* testrunner.c: `aster test [paths]` (the runner is in the VM:
   aster_run_tests). */
#include <stdio.h>
#include "repl.h"

int testrunner_main(int argc, char **argv) {
  aster_vm *vm = aster_new();
  if (!vm) return 1;
  aster_status st = aster_run_tests(vm, argc, argv);
  int code = st == ASTER_OK ? 0 : st == ASTER_EXIT ? aster_exit_code(vm) : 1;
  if (st != ASTER_OK && st != ASTER_EXIT) aster_print_error(vm, stderr);
  aster_close(vm);
  return code;
}
