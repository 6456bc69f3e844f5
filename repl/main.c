/* main.c: the `aster` command: run a file, -c CODE, stdin, --emit-lua.
   Uses only the public API in aster.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "aster.h"

static void usage(FILE *f) {
  fprintf(f,
          "usage: aster [option] ... [-c cmd | file | -] [arg] ...\n"
          "Options:\n"
          "  -c cmd       program passed in as string\n"
          "  --emit-lua   print the Lua code the compiler produces for file\n"
          "  --version    print the version and exit\n"
          "  -h, --help   print this help message and exit\n"
          "  file         program read from a file (.as or .py)\n"
          "  -            program read from stdin\n");
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

static int finish(aster_vm *vm, aster_status st) {
  int code = 0, sigint = 0;
  switch (st) {
  case ASTER_OK: code = 0; break;
  case ASTER_EXIT: code = aster_exit_code(vm); break;
  case ASTER_IOERR:
    fprintf(stderr, "aster: %s\n", aster_error_message(vm));
    code = 2;
    break;
  default:
    fflush(stdout);
    aster_print_error(vm, stderr);
    code = 1;
    sigint = strcmp(aster_error_type(vm), "KeyboardInterrupt") == 0; /* die of SIGINT, as CPython */
  }
  aster_close(vm);
  return sigint ? aster_exit_sigint() : code;
}

int main(int argc, char **argv) {
  int i = 1;
  int emit = 0;
  const char *code = NULL;
  while (i < argc && argv[i][0] == '-' && argv[i][1] != 0) {
    const char *a = argv[i];
    if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) {
      printf("Aster %s\n", ASTER_VERSION);
      return 0;
    } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      usage(stdout);
      return 0;
    } else if (strcmp(a, "--emit-lua") == 0) {
      emit = 1;
      i++;
    } else if (strcmp(a, "-c") == 0) {
      if (i + 1 >= argc) {
        fprintf(stderr, "Argument expected for the -c option\n");
        usage(stderr);
        return 2;
      }
      code = argv[i + 1];
      i += 2;
      break;
    } else {
      fprintf(stderr, "Unknown option: %s\n", a);
      usage(stderr);
      return 2;
    }
  }
  aster_vm *vm = aster_new();
  if (!vm) {
    fprintf(stderr, "aster: cannot create the VM (out of memory)\n");
    return 1;
  }
  aster_handle_sigint(vm); /* Ctrl-C raises KeyboardInterrupt */
  if (code) {
    char *args[64];
    int n = 0;
    args[n++] = "-c";
    for (int j = i; j < argc && n < 63; j++) args[n++] = argv[j];
    aster_set_argv(vm, n, args);
    return finish(vm, aster_run_string(vm, code, "<string>"));
  }
  const char *path = i < argc ? argv[i] : "-";
  if (emit) {
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
      fprintf(stderr, "aster: can't open file '%s'\n", path);
      aster_close(vm);
      return 2;
    }
    size_t len;
    char *src = read_all(f, &len);
    if (f != stdin) fclose(f);
    char *lua = src ? aster_compile_to_lua(vm, src, len, path) : NULL;
    free(src);
    if (!lua) {
      fprintf(stderr, "%s\n", aster_error_message(vm));
      aster_close(vm);
      return 1;
    }
    fputs(lua, stdout);
    free(lua);
    aster_close(vm);
    return 0;
  }
  aster_set_argv(vm, argc - i > 0 ? argc - i : 1, argc - i > 0 ? argv + i : (char *[]){"-"});
  if (strcmp(path, "-") == 0) {
    size_t len;
    char *src = read_all(stdin, &len);
    if (!src) {
      aster_close(vm);
      return 1;
    }
    aster_status st = aster_run_string(vm, src, "<stdin>");
    free(src);
    return finish(vm, st);
  }
  return finish(vm, aster_run_file(vm, path));
}
