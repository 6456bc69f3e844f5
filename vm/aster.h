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
  ASTER_IOERR = 5,    /* the file could not be read */
  ASTER_INCOMPLETE = 6 /* aster_interactive: the input needs more lines */
} aster_status;

/* Create a VM. Returns NULL if memory could not be allocated. */
aster_vm *aster_new(void);

/* Destroy the VM and free everything it owns. */
void aster_close(aster_vm *vm);

/* For a program that ends when the VM's work is done (the aster command):
   run the VM's shutdown (output flushed) and exit(status), without freeing
   memory object by object as aster_close does. Does not return. */
void aster_exit(aster_vm *vm, int status);

/* Set sys.argv (argv[0] is the script name). Copies the strings. */
void aster_set_argv(aster_vm *vm, int argc, char **argv);

/* Run a program from a file, as the __main__ module. */
aster_status aster_run_file(aster_vm *vm, const char *path);

/* Run source text as the __main__ module; `name` is used in tracebacks
   (e.g. "<string>"). */
aster_status aster_run_string(aster_vm *vm, const char *code, const char *name);

/* Run module `name` (found like an import: the current directory, then
   ASTER_PATH; a package runs its __main__) as __main__, like python -m.
   sys.argv[0] becomes the module's path. ASTER_IOERR if there is none. */
aster_status aster_run_module(aster_vm *vm, const char *name);

/* -X name[=value]: recorded in sys._xoptions (value NULL means True).
   "dev" also sets sys.flags.dev_mode (asyncio debug mode). */
void aster_set_xoption(aster_vm *vm, const char *name, const char *value);

/* Set an integer field of sys.flags by its CPython name (e.g. "inspect"). */
void aster_set_flag(aster_vm *vm, const char *name, int value);

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

/* ---- Interactive use (the REPL) ----
   Interactive inputs run as tasks on one event loop that lives as long as
   the VM, so tasks they create keep running between inputs. */

/* Compile and run one interactive input (one or more complete lines) in
   __main__: expression statements print their repr (None is not printed)
   and keep it in `_`; top-level await, async with and async for work.
   Returns ASTER_INCOMPLETE when the input needs more lines, otherwise as
   aster_run_string (an interrupted input gives ASTER_ERROR with
   KeyboardInterrupt). */
aster_status aster_interactive(aster_vm *vm, const char *src, const char *name);

/* Run the event loop (the tasks of earlier inputs) until `fd` is readable
   (returns 1), until tasks wrote output (returns 0: redraw the prompt), or
   until aster_interrupt() (returns -1). A SystemExit raised by a task gives
   -2 with aster_exit_code(). */
int aster_wait_readable(aster_vm *vm, int fd);

/* Ask running code to stop with KeyboardInterrupt: the running input is
   cancelled (or aster_wait_readable returns -1). Async-signal-safe: call it
   from a SIGINT handler. Twice in a row interrupts any running task. */
void aster_interrupt(aster_vm *vm);

/* `hook(ud)` is called before the VM writes output to stdout or stderr
   while aster_wait_readable runs (once per call), e.g. to clear the prompt. */
void aster_set_output_hook(aster_vm *vm, void (*hook)(void *ud), void *ud);

/* Completions of `text` (a name, or dotted names like "obj.at") in
   __main__: a malloc'd NULL-terminated array of malloc'd strings, sorted.
   Keywords, globals, builtins and attributes (dir()) are offered. */
char **aster_complete(aster_vm *vm, const char *text);

/* ---- Precompiled chunks ----
   A .asc file holds a header (magic "\x7fASC", Aster and Lua versions)
   then Lua bytecode; aster_run_file runs one. Anything else that does not
   start with the magic is read as source; a chunk for another version is
   refused with ASTER_IOERR and a message. */
aster_status aster_compile_file(aster_vm *vm, const char *path, const char *out_path);

/* `aster test`: run the test_* functions (sync or async) of the test_*.as
   and test_*.py files found under `paths` (files, directories, or
   FILE::test_name; "." when npaths is 0). Prints a report ending with
   "N passed, N failed". ASTER_OK when all passed, ASTER_EXIT (code 1) when
   some failed, ASTER_EXIT (code 2) for a path that does not exist. */
aster_status aster_run_tests(aster_vm *vm, int npaths, char **paths);

#ifdef __cplusplus
}
#endif
#endif
