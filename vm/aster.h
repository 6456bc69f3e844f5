/* aster.h: the public API of Aster, an embeddable Python dialect with
   async/await that compiles to Lua 5.4. Everything else is internal. */
#ifndef ASTER_H
#define ASTER_H

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ASTER_VERSION "0.1.0"

/* One independent interpreter. There is no global state: several VMs may
   live in one process (one thread each at a time). */
typedef struct aster_vm aster_vm;

/* Results of the run functions. */
typedef enum {
  ASTER_OK = 0,       /* ran to completion */
  ASTER_ERROR = 1,    /* an uncaught exception (see aster_error_*) */
  ASTER_SYNTAX = 2,   /* the source did not compile (SyntaxError) */
  ASTER_EXIT = 3,     /* sys.exit() / SystemExit: see aster_exit_code() */
  ASTER_NOMEM = 4,    /* out of memory (or the memory cap was reached) */
  ASTER_IOERR = 5     /* the file could not be read */
} aster_status;

/* Create a VM. Returns NULL if memory could not be allocated. */
aster_vm *aster_new(void);

/* Destroy the VM and free everything it owns. */
void aster_close(aster_vm *vm);

/* Set sys.argv (argv[0] is the script name). Copies the strings. */
void aster_set_argv(aster_vm *vm, int argc, char **argv);

/* Run a program from a file, as the __main__ module. */
aster_status aster_run_file(aster_vm *vm, const char *path);

/* Run source text as the __main__ module; `name` is used in tracebacks
   (e.g. "<string>"). */
aster_status aster_run_string(aster_vm *vm, const char *code, const char *name);

/* After ASTER_ERROR or ASTER_SYNTAX: the exception as one line,
   e.g. "ValueError: bad value" (valid until the next run call). */
const char *aster_error_message(aster_vm *vm);

/* After ASTER_ERROR or ASTER_SYNTAX: the exception's type name. */
const char *aster_error_type(aster_vm *vm);

/* After ASTER_ERROR or ASTER_SYNTAX: the full CPython-style report
   (traceback and message) written to `out`. */
void aster_print_error(aster_vm *vm, FILE *out);

/* After ASTER_EXIT: the process exit status requested. */
int aster_exit_code(aster_vm *vm);

/* Let Ctrl-C (SIGINT) interrupt this VM as it interrupts CPython: it raises
   KeyboardInterrupt in the running code, and inside asyncio.run the first
   one cancels the main task. SIGINT's disposition is process-wide: the
   last VM that asked owns it, and closing that VM restores SIG_DFL.
   Returns 0, or -1 if the handler could not be installed. */
int aster_handle_sigint(aster_vm *vm);

/* For a command-line host whose run ended in an uncaught KeyboardInterrupt
   (aster_error_type() is "KeyboardInterrupt"), after aster_close(): end the
   process as CPython does, killed by SIGINT (a shell reports status 130).
   Returns 130 only if the process survived that. */
int aster_exit_sigint(void);

/* Compile source to the Lua text Aster runs (for --emit-lua). Returns a
   malloc'd string, or NULL with the error available through
   aster_error_message(). */
char *aster_compile_to_lua(aster_vm *vm, const char *code, size_t len, const char *name);

#ifdef __cplusplus
}
#endif
#endif
