/* main.c: the `aster` command: option parsing, running a file / -c / -m /
   stdin, the REPL when stdin is a terminal, and the `compile` and `test`
   subcommands. Uses only the public API in aster.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "aster.h"
#include "repl.h"

static void usage_short(FILE *f) {
  fprintf(f, "usage: aster [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
             "Try `aster -h' for more information.\n");
}

static void usage(FILE *f) {
  fprintf(f,
          "usage: aster [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
          "       aster compile file.as [-o file.asc]\n"
          "       aster test [path ...]\n"
          "Options:\n"
          "  -c cmd       program passed in as string (terminates option list)\n"
          "  -m mod       run module mod as a script (terminates option list)\n"
          "  -i           inspect interactively after running the program\n"
          "  -q           don't print the version banner in the REPL\n"
          "  -X opt       implementation option: -X dev turns on asyncio debug mode\n"
          "  --emit-lua   print the Lua code the compiler produces for file\n"
          "  -V, --version  print the version and exit\n"
          "  -h, --help   print this help message and exit\n"
          "Arguments:\n"
          "  file         program read from a file (.as, .py or precompiled .asc)\n"
          "  -            program read from stdin (default; the REPL on a terminal)\n"
          "  arg ...      arguments passed to the program in sys.argv[1:]\n"
          "Subcommands:\n"
          "  compile      write a precompiled chunk that `aster file.asc` runs\n"
          "  test         run the test_* functions of test_*.as files\n");
}

static char *read_all(FILE *f, size_t *len) {
  size_t cap = 65536, n = 0;
  char *buf = malloc(cap + 1);
  size_t r;
  while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) {
      char *nb = realloc(buf, cap * 2 + 1);
      if (!nb) {
        free(buf);
        return NULL;
      }
      buf = nb;
      cap *= 2;
    }
  }
  if (buf) buf[n] = 0;
  *len = n;
  return buf;
}

/* Set when a run ended in an uncaught KeyboardInterrupt: the command then
   dies of SIGINT, as CPython does (a shell reports status 130). */
static int interrupted;

/* The error message without its "Type: " prefix. */
static const char *plain_message(aster_vm *vm) {
  const char *m = aster_error_message(vm), *t = aster_error_type(vm);
  size_t n = strlen(t);
  if (n && strncmp(m, t, n) == 0 && m[n] == ':' && m[n + 1] == ' ') return m + n + 2;
  return m;
}

/* The exit status for the outcome of a run; reports errors on stderr. */
static int status_code(aster_vm *vm, aster_status st) {
  switch (st) {
  case ASTER_OK: return 0;
  case ASTER_EXIT: return aster_exit_code(vm);
  case ASTER_IOERR:
    fprintf(stderr, "aster: %s\n", plain_message(vm));
    return 2;
  default:
    fflush(stdout);
    aster_print_error(vm, stderr);
    if (strcmp(aster_error_type(vm), "KeyboardInterrupt") == 0) interrupted = 1;
    return 1;
  }
}

static int emit_lua(aster_vm *vm, const char *path) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f) {
    fprintf(stderr, "aster: can't open file '%s': [Errno 2] No such file or directory\n", path);
    return 2;
  }
  size_t len;
  char *src = read_all(f, &len);
  if (f != stdin) fclose(f);
  char *lua = src ? aster_compile_to_lua(vm, src, len, path) : NULL;
  free(src);
  if (!lua) {
    fprintf(stderr, "%s\n", aster_error_message(vm));
    return 1;
  }
  fputs(lua, stdout);
  free(lua);
  return 0;
}

/* aster compile FILE [-o OUT]: OUT defaults to FILE with .asc. */
static int cmd_compile(int argc, char **argv) {
  const char *in = NULL, *out = NULL;
  for (int i = 0; i < argc; i++) {
    if (strcmp(argv[i], "-o") == 0 && i + 1 < argc) out = argv[++i];
    else if (argv[i][0] == '-' && argv[i][1]) {
      fprintf(stderr, "aster compile: unknown option %s\nusage: aster compile file.as [-o file.asc]\n", argv[i]);
      return 2;
    } else if (!in) in = argv[i];
    else {
      fprintf(stderr, "usage: aster compile file.as [-o file.asc]\n");
      return 2;
    }
  }
  if (!in) {
    fprintf(stderr, "usage: aster compile file.as [-o file.asc]\n");
    return 2;
  }
  char *def = NULL;
  if (!out) {
    size_t n = strlen(in);
    def = malloc(n + 5);
    if (!def) return 1;
    memcpy(def, in, n + 1);
    char *dot = strrchr(def, '.');
    char *slash = strrchr(def, '/');
    if (dot && (!slash || dot > slash)) *dot = 0;
    strcat(def, ".asc");
    out = def;
  }
  aster_vm *vm = aster_new();
  if (!vm) {
    free(def);
    return 1;
  }
  aster_status st = aster_compile_file(vm, in, out);
  int code = 0;
  if (st == ASTER_IOERR) {
    fprintf(stderr, "aster: %s\n", plain_message(vm));
    code = 2;
  } else if (st != ASTER_OK) {
    aster_print_error(vm, stderr);
    code = 1;
  }
  aster_close(vm);
  free(def);
  return code;
}

int main(int argc, char **argv) {
  if (argc >= 2 && strcmp(argv[1], "compile") == 0) return cmd_compile(argc - 2, argv + 2);
  if (argc >= 2 && strcmp(argv[1], "test") == 0) return testrunner_main(argc - 2, argv + 2);

  int i = 1, emit = 0, inspect = 0, quiet = 0;
  const char *code = NULL, *module = NULL;
  const char *xopts[32];
  int nx = 0;
  while (i < argc && argv[i][0] == '-' && argv[i][1] != 0) {
    const char *a = argv[i];
    if (strcmp(a, "--") == 0) {
      i++;
      break;
    }
    if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
      printf("Aster %s\n", ASTER_VERSION);
      return 0;
    }
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0 || strcmp(a, "-?") == 0) {
      usage(stdout);
      return 0;
    }
    if (strcmp(a, "--emit-lua") == 0) {
      emit = 1;
      i++;
      continue;
    }
    if (a[1] == '-') {
      fprintf(stderr, "unknown option %s\n", a);
      usage_short(stderr);
      return 2;
    }
    /* a cluster of short options: -iq, -c CODE, -cCODE, -Xdev, -m mod */
    int stop = 0;
    for (const char *p = a + 1; *p && !stop; p++) {
      switch (*p) {
      case 'i': inspect = 1; break;
      case 'q': quiet = 1; break;
      case 'c': case 'm': case 'X': {
        const char *val = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
        if (!val) {
          fprintf(stderr, "Argument expected for the -%c option\n", *p);
          usage_short(stderr);
          return 2;
        }
        if (*p == 'c') code = val;
        else if (*p == 'm') module = val;
        else if (nx < 32) xopts[nx++] = val;
        stop = *p == 'X' ? 2 : 1;
        break;
      }
      default:
        fprintf(stderr, "Unknown option: -%c\n", *p);
        usage_short(stderr);
        return 2;
      }
    }
    i++;
    if (stop == 1) break; /* -c and -m end the options */
  }

  if (emit) {
    aster_vm *vm = aster_new();
    if (!vm) return 1;
    int r = emit_lua(vm, i < argc ? argv[i] : "-");
    aster_close(vm);
    return r;
  }

  aster_vm *vm = aster_new();
  if (!vm) {
    fprintf(stderr, "aster: cannot create the VM (out of memory)\n");
    return 1;
  }
  aster_handle_sigint(vm); /* Ctrl-C raises KeyboardInterrupt (vm/interrupt.c) */
  for (int k = 0; k < nx; k++) {
    char name[256];
    snprintf(name, sizeof name, "%s", xopts[k]);
    char *eq = strchr(name, '=');
    if (eq) *eq = 0;
    aster_set_xoption(vm, name, eq ? xopts[k] + (eq - name) + 1 : NULL);
  }
  if (inspect) aster_set_flag(vm, "inspect", 1);

  int status;
  int tty = isatty(0);
  char **rest = argv + i;
  int nrest = argc - i;
  if (code || module) {
    char *args[256];
    int n = 0;
    args[n++] = code ? "-c" : "-m";
    for (int j = 0; j < nrest && n < 255; j++) args[n++] = rest[j];
    aster_set_argv(vm, n, args);
    aster_status st = code ? aster_run_string(vm, code, "<string>") : aster_run_module(vm, module);
    if (st == ASTER_IOERR && module) {
      fprintf(stderr, "aster: %s\n", plain_message(vm));
      status = 1;
    } else {
      status = status_code(vm, st);
    }
  } else if (nrest == 0 || strcmp(rest[0], "-") == 0) {
    if (nrest == 0) aster_set_argv(vm, 1, (char *[]){""});
    else aster_set_argv(vm, nrest, rest);
    if (tty) {
      /* a terminal: the REPL */
      aster_exit(vm, repl_run(vm, quiet, 1));
    }
    size_t len;
    char *src = read_all(stdin, &len);
    if (!src) {
      aster_close(vm);
      return 1;
    }
    status = status_code(vm, aster_run_string(vm, src, "<stdin>"));
    free(src);
  } else {
    aster_set_argv(vm, nrest, rest);
    status = status_code(vm, aster_run_file(vm, rest[0]));
  }
  if (inspect) {
    fflush(stdout);
    interrupted = 0;
    status = repl_run(vm, 1, tty);
  }
  if (interrupted) {
    aster_close(vm);
    return aster_exit_sigint();
  }
  aster_exit(vm, status);
}
