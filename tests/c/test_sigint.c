/* test_sigint.c: a host that opts in to Ctrl-C handling with
   aster_handle_sigint(): SIGINT raises KeyboardInterrupt in a busy loop or
   a blocking sleep, cancels asyncio.run's main task, and closing the VM
   gives SIGINT back to SIG_DFL. Another thread sends the signals. */
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
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

static void *send_sigint(void *arg) {
  struct timespec ts = {0, 300 * 1000000L};
  sigset_t set;
  (void)arg;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  pthread_sigmask(SIG_BLOCK, &set, NULL); /* the VM's thread takes it */
  nanosleep(&ts, NULL);
  kill(getpid(), SIGINT);
  return NULL;
}

static aster_status run_interrupted(aster_vm *vm, const char *code) {
  pthread_t t;
  pthread_create(&t, NULL, send_sigint, NULL);
  aster_status st = aster_run_string(vm, code, "<sigint>");
  pthread_join(t, NULL);
  return st;
}

int main(void) {
  aster_vm *vm = aster_new();
  check(vm != NULL, "aster_new");
  if (!vm) return 1;
  check(aster_handle_sigint(vm) == 0, "aster_handle_sigint");

  aster_status st = run_interrupted(vm, "n = 0\ntry:\n    while True:\n        n += 1\nexcept KeyboardInterrupt:\n    assert n > 0\n");
  check(st == ASTER_OK, "KeyboardInterrupt caught in a busy loop");

  st = run_interrupted(vm, "import time\ntime.sleep(20)\n");
  check(st == ASTER_ERROR && strcmp(aster_error_type(vm), "KeyboardInterrupt") == 0,
        "an uncaught KeyboardInterrupt ends a blocking sleep");

  st = run_interrupted(vm,
                       "import asyncio\n"
                       "state = []\n"
                       "async def main():\n"
                       "    try:\n"
                       "        await asyncio.sleep(20)\n"
                       "    finally:\n"
                       "        state.append('finally')\n"
                       "try:\n"
                       "    asyncio.run(main())\n"
                       "except KeyboardInterrupt:\n"
                       "    state.append('KeyboardInterrupt')\n"
                       "assert state == ['finally', 'KeyboardInterrupt'], state\n");
  check(st == ASTER_OK, "asyncio.run: the main task is cancelled, then KeyboardInterrupt");

  aster_close(vm);
  struct sigaction sa;
  sigaction(SIGINT, NULL, &sa);
  check(sa.sa_handler == SIG_DFL, "closing the VM restores SIG_DFL");

  printf("%d passed, %d failed\n", passed, failed);
  return failed != 0;
}
