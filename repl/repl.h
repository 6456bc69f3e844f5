/* repl.h: the parts of the `aster` command (main.c dispatches to them). */
#ifndef ASTER_REPL_H
#define ASTER_REPL_H

#include "aster.h"

/* The interactive loop on stdin: with line editing, history and completion
   when `tty`, plain lines otherwise. `quiet` leaves out the banner.
   Returns the process exit status. */
int repl_run(aster_vm *vm, int quiet, int tty);

/* `aster test [paths]`: run the test_* functions of test_*.as files. */
int testrunner_main(int argc, char **argv);

#endif
