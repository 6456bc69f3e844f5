/* test_interactive.c: the interactive part of aster.h as a host (an IDE,
   a notebook) would use it: inputs on one persistent loop, incomplete
   input, echo, completion, precompiled chunks, xoptions. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "aster.h"

static int failed;

static void check(int ok, const char *what) {
  if (!ok) {
    failed++;
    printf("FAIL: %s\n", what);
  }
}

static int has(char **c, const char *s) {
  for (int i = 0; c && c[i]; i++)
    if (strcmp(c[i], s) == 0) return 1;
  return 0;
}

static void free_all(char **c) {
  for (int i = 0; c && c[i]; i++) free(c[i]);
  free(c);
}

int main(void) {
  aster_vm *vm = aster_new();
  if (!vm) return 1;
  check(aster_interactive(vm, "def f(x):\n", "<in>") == ASTER_INCOMPLETE, "a block header is incomplete");
  check(aster_interactive(vm, "xs = [1,\n", "<in>") == ASTER_INCOMPLETE, "an open bracket is incomplete");
  check(aster_interactive(vm, "import asyncio\ncounter = 0\n", "<in>") == ASTER_OK, "statements run");
  check(aster_interactive(vm, "async def bump():\n    global counter\n    while True:\n"
                                  "        await asyncio.sleep(0.001)\n        counter += 1\n\n", "<in>") == ASTER_OK,
        "async def");
  /* a task started by one input keeps running during the next ones */
  check(aster_interactive(vm, "t = asyncio.create_task(bump())\n", "<in>") == ASTER_OK, "create_task at top level");
  check(aster_interactive(vm, "await asyncio.sleep(0.05)\n", "<in>") == ASTER_OK, "top-level await");
  check(aster_interactive(vm, "assert counter > 3, counter\n", "<in>") == ASTER_OK, "the task ran meanwhile");
  check(aster_interactive(vm, "1/0\n", "<in>") == ASTER_ERROR && strcmp(aster_error_type(vm), "ZeroDivisionError") == 0,
        "an error is reported and the VM goes on");
  check(aster_interactive(vm, "def g(:\n", "<in>") == ASTER_SYNTAX, "syntax error");
  check(aster_interactive(vm, "t.cancel()\nawait asyncio.sleep(0)\nassert t.cancelled()\n", "<in>") == ASTER_OK,
        "cancel the background task");

  char **c = aster_complete(vm, "coun");
  check(has(c, "counter"), "complete a global");
  free_all(c);
  c = aster_complete(vm, "asyncio.slee");
  check(has(c, "asyncio.sleep"), "complete a module attribute");
  free_all(c);
  c = aster_complete(vm, "whi");
  check(has(c, "while"), "complete a keyword");
  free_all(c);
  c = aster_complete(vm, "f(x).");
  check(c && !c[0], "no completion that would call code");
  free_all(c);

  aster_set_xoption(vm, "dev", NULL);
  check(aster_run_string(vm, "import sys\nassert sys.flags.dev_mode and sys._xoptions == {'dev': True}\n", "<x>") == ASTER_OK,
        "-X dev");
  check(aster_interactive(vm, "exit(3)\n", "<in>") == ASTER_EXIT && aster_exit_code(vm) == 3, "exit() in an input");
  aster_close(vm);

  /* compile to a chunk and run it in a fresh VM */
  char src[] = "/tmp/aster_test_chunkXXXXXX";
  int fd = mkstemp(src);
  if (fd < 0) return 1;
  const char *prog = "import sys\nprint('from chunk', 6 * 7)\nsys.exit(5)\n";
  if (write(fd, prog, strlen(prog)) < 0) return 1;
  close(fd);
  char out[64];
  snprintf(out, sizeof out, "%s.asc", src);
  vm = aster_new();
  check(aster_compile_file(vm, src, out) == ASTER_OK, "aster_compile_file");
  aster_close(vm);
  vm = aster_new();
  check(aster_run_file(vm, out) == ASTER_EXIT && aster_exit_code(vm) == 5, "run the chunk");
  aster_close(vm);
  FILE *f = fopen(out, "r+b");
  if (f) {
    fseek(f, 8, SEEK_SET);
    fputc('9', f); /* another version */
    fclose(f);
  }
  vm = aster_new();
  check(aster_run_file(vm, out) == ASTER_IOERR && strstr(aster_error_message(vm), "not a valid precompiled chunk"),
        "a chunk of another version is refused");
  aster_close(vm);
  unlink(src);
  unlink(out);
  return failed ? 1 : 0;
}
