/* test_embed.c: embed Aster exactly as a host program would, through
   aster.h only: run code, read errors, survive bad input, reuse the VM. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "aster.h"

static int passed, failed;

static void check(int ok, const char *what) {
  if (ok) {
    passed++;
  } else {
    failed++;
    printf("FAIL: %s\n", what);
  }
}

int main(void) {
  aster_vm *vm = aster_new();
  check(vm != NULL, "aster_new");
  if (!vm) return 1;

  check(aster_run_string(vm, "x = 6 * 7\n", "<t1>") == ASTER_OK, "simple program runs");

  aster_status st = aster_run_string(vm, "def f():\n    raise ValueError('bad value')\nf()\n", "<t2>");
  check(st == ASTER_ERROR, "uncaught exception gives ASTER_ERROR");
  check(strcmp(aster_error_type(vm), "ValueError") == 0, "error type is ValueError");
  check(strcmp(aster_error_message(vm), "ValueError: bad value") == 0, "error message");

  st = aster_run_string(vm, "x = (1 +\n", "<t3>");
  check(st == ASTER_SYNTAX, "syntax error gives ASTER_SYNTAX");
  check(strncmp(aster_error_message(vm), "SyntaxError", 11) == 0, "syntax error message");

  st = aster_run_string(vm, "import sys\nsys.exit(7)\n", "<t4>");
  check(st == ASTER_EXIT && aster_exit_code(vm) == 7, "sys.exit(7)");

  /* garbage input never crashes the VM */
  const char *junk[] = {"\xff\xfe\x00", "))))", "def", "class A(:\n", "yield 1", "x = [" , "'\\", "@", NULL};
  for (int i = 0; junk[i]; i++) {
    st = aster_run_string(vm, junk[i], "<junk>");
    check(st == ASTER_SYNTAX || st == ASTER_ERROR, junk[i]);
  }

  /* the VM is still usable afterwards */
  check(aster_run_string(vm, "assert sum(range(10)) == 45\n", "<t5>") == ASTER_OK, "VM usable after errors");

  /* asyncio through the API: a loop per run, errors in tasks come back */
  const char *async_ok =
      "import asyncio\n"
      "async def w(i):\n    await asyncio.sleep(0.001)\n    return i\n"
      "async def main():\n    return sum(await asyncio.gather(*(w(i) for i in range(10))))\n"
      "assert asyncio.run(main()) == 45\n";
  check(aster_run_string(vm, async_ok, "<a1>") == ASTER_OK, "asyncio program runs");
  check(aster_run_string(vm, async_ok, "<a2>") == ASTER_OK, "asyncio runs again in the same VM");
  st = aster_run_string(vm, "import asyncio\nasync def f():\n    await asyncio.sleep(0)\n    raise KeyError('k')\n"
                            "asyncio.run(f())\n", "<a3>");
  check(st == ASTER_ERROR && strcmp(aster_error_type(vm), "KeyError") == 0, "exception from a task");
  st = aster_run_string(vm, "import asyncio\nasync def f():\n    await asyncio.Event().wait()\nasyncio.run(f())\n", "<a4>");
  check(st == ASTER_ERROR && strcmp(aster_error_type(vm), "RuntimeError") == 0, "a task that can never wake is an error, not a hang");

  char *lua = aster_compile_to_lua(vm, "print(1)\n", 9, "<t6>");
  check(lua != NULL && strstr(lua, "print") != NULL, "aster_compile_to_lua");
  free(lua);

  aster_close(vm);

  /* two VMs side by side share nothing */
  aster_vm *a = aster_new(), *b = aster_new();
  check(a && b, "two VMs");
  aster_run_string(a, "import sys\nsys.shared = 1\n", "<a>");
  check(aster_run_string(b, "import sys\nassert not hasattr(sys, 'shared')\n", "<b>") == ASTER_OK, "VMs are independent");
  aster_close(a);
  aster_close(b);

  printf("%d passed, %d failed\n", passed, failed);
  return failed ? 1 : 0;
}
