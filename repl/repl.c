/* repl.c: the interactive loop of `aster`. Input is read through libedit's
   callback interface, fed one character at a time when the VM's event loop
   reports stdin readable, so the tasks started at the prompt keep running
   while it waits. Uses only aster.h (and libedit). */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <editline/readline.h>
#include "repl.h"

#define PS1 ">>> "
#define PS2 "... "

typedef struct {
  aster_vm *vm;
  int tty;
  char *line;      /* the line libedit handed over, or NULL */
  int got_line;
  int eof;
  char *buf;       /* the input so far (lines of a block) */
  size_t len, cap;
  char **cands;    /* completion candidates of the current attempt */
  int cand_i;
  char histfile[1024];
} Repl;

/* The REPL of this process: the signal handler and libedit's callbacks
   take no user data. */
static Repl *the_repl;

static void repl_on_sigint(int sig) {
  (void)sig;
  if (the_repl) aster_interrupt(the_repl->vm);
}

static void repl_on_line(char *line) {
  Repl *r = the_repl;
  r->got_line = 1;
  if (!line) r->eof = 1;
  r->line = line;
}

/* Before tasks print while the prompt shows: clear the prompt's line (the
   loop then returns and the prompt is redrawn below the output). */
static void repl_on_output(void *ud) {
  Repl *r = ud;
  if (r->tty) {
    fputs("\r\x1b[K", stdout);
    fflush(stdout);
  }
}

static char *repl_complete_gen(const char *text, int state) {
  Repl *r = the_repl;
  if (state == 0) {
    if (r->cands) {
      for (int i = 0; r->cands[i]; i++) free(r->cands[i]);
      free(r->cands);
    }
    r->cands = aster_complete(r->vm, text);
    r->cand_i = 0;
  }
  if (!r->cands || !r->cands[r->cand_i]) return NULL;
  return strdup(r->cands[r->cand_i++]);
}

/* Tab: indent at the start of a line, otherwise complete names. */
static char **repl_complete(const char *text, int start, int end) {
  (void)end;
  rl_attempted_completion_over = 1;
  int blank = 1;
  for (int i = 0; i < start && rl_line_buffer[i]; i++)
    if (rl_line_buffer[i] != ' ' && rl_line_buffer[i] != '\t') blank = 0;
  if (blank && !*text) {
    rl_insert_text("    ");
    return NULL;
  }
  return rl_completion_matches(text, repl_complete_gen);
}

static void buf_add(Repl *r, const char *s) {
  size_t n = strlen(s);
  if (r->len + n + 2 > r->cap) {
    size_t nc = r->cap ? r->cap * 2 : 1024;
    while (nc < r->len + n + 2) nc *= 2;
    char *nb = realloc(r->buf, nc);
    if (!nb) return;
    r->buf = nb;
    r->cap = nc;
  }
  memcpy(r->buf + r->len, s, n);
  r->len += n;
  r->buf[r->len++] = '\n';
  r->buf[r->len] = 0;
}

static int is_blank(const char *s) {
  for (; *s; s++)
    if (*s != ' ' && *s != '\t' && *s != '\r' && *s != '\n') return 0;
  return 1;
}

/* Does the input hold a block header (a line whose code ends with ':')?
   Then a blank line ends it, as in CPython's REPL. */
static int has_block(const char *s) {
  const char *line = s;
  while (*line) {
    const char *end = strchr(line, '\n');
    if (!end) end = line + strlen(line);
    const char *last = NULL;
    char quote = 0;
    for (const char *p = line; p < end; p++) {
      if (quote) {
        if (*p == '\\') p++;
        else if (*p == quote) quote = 0;
        continue;
      }
      if (*p == '#') break;
      if (*p == '"' || *p == '\'') quote = *p;
      if (*p != ' ' && *p != '\t' && *p != '\r') last = p;
    }
    if (last && *last == ':') return 1;
    line = *end ? end + 1 : end;
  }
  return 0;
}

/* Does the input start with a compound statement (`for x in y: f(x)` on
   one line too)? CPython's REPL then waits for a blank line as well. */
static int starts_compound(const char *s) {
  static const char *const kws[] = {"if", "for", "while", "def", "class", "with", "try", "async", "match", NULL};
  while (*s == ' ' || *s == '\t') s++;
  if (*s == '@') return 1;
  for (int i = 0; kws[i]; i++) {
    size_t n = strlen(kws[i]);
    if (strncmp(s, kws[i], n) == 0 && (s[n] == ' ' || s[n] == '\t' || s[n] == '(' || s[n] == ':')) {
      /* `match` is a soft keyword: `match(x)` or `match = 1` is a plain call or name */
      if (i == 8 && (s[n] == '(' || strchr(s, ':') == NULL)) return 0;
      return strchr(s, ':') != NULL;
    }
  }
  return 0;
}

/* Does the last non-blank line of the input end with ':' (a block header
   still waiting for its body)? */
static int ends_with_header(const char *s) {
  const char *last = NULL;
  for (const char *p = s; *p; p++)
    if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n') last = p;
  return last && *last == ':';
}

/* Read one line into r->line (malloc'd; NULL at end of input). Runs the
   event loop while waiting. Returns -1 on Ctrl-C, -2 on SystemExit from a
   task, 0 otherwise. */
static int repl_read(Repl *r, const char *prompt) {
  r->got_line = 0;
  r->eof = 0;
  r->line = NULL;
  if (!r->tty) {
    fputs(prompt, stderr);
    fflush(stderr);
  } else {
    rl_callback_handler_install(prompt, repl_on_line);
  }
  int rc = 0;
  while (!r->got_line) {
    int w = aster_wait_readable(r->vm, 0);
    if (w == -2) {
      rc = -2;
      break;
    }
    if (w == -1) {
      rc = -1;
      break;
    }
    if (w == 0) {
      if (r->tty) rl_forced_update_display();
      continue;
    }
    if (r->tty) {
      rl_callback_read_char();
    } else {
      char *line = NULL;
      size_t cap = 0;
      ssize_t n = getline(&line, &cap, stdin);
      if (n < 0) {
        free(line);
        r->eof = 1;
      } else {
        if (n > 0 && line[n - 1] == '\n') line[n - 1] = 0;
        r->line = line;
      }
      r->got_line = 1;
    }
  }
  if (r->tty) {
    if (rc == -1) {
      rl_replace_line("", 0);
      fputs("\n", stdout);
    }
    rl_callback_handler_remove();
  }
  return rc;
}

int repl_run(aster_vm *vm, int quiet, int tty) {
  Repl r;
  memset(&r, 0, sizeof r);
  r.vm = vm;
  r.tty = tty;
  the_repl = &r;
  if (!quiet)
    fprintf(tty ? stdout : stderr,
            "Aster %s (Python dialect on Lua 5.4 and libuv); await works at the prompt.\n"
            "Ctrl-D exits, Ctrl-C cancels the running input.\n",
            ASTER_VERSION);
  fflush(stdout);
  struct sigaction sa, old;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = repl_on_sigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, &old);
  aster_set_output_hook(vm, repl_on_output, &r);
  if (tty) {
    rl_catch_signals = 0;
    rl_readline_name = "aster";
    rl_initialize();
    rl_attempted_completion_function = repl_complete;
    rl_completion_append_character = '\0';
    static const char breaks[] = " \t\n\"\\'`@$><=;|&{}()[],+-*/%^~!:";
    rl_basic_word_break_characters = breaks;
    rl_completer_word_break_characters = (char *)breaks;
    using_history();
    stifle_history(1000);
    const char *home = getenv("HOME");
    if (home) {
      snprintf(r.histfile, sizeof r.histfile, "%s/.aster_history", home);
      read_history(r.histfile);
    }
  }
  int status = 0;
  const char *prompt = PS1;
  for (;;) {
    int rc = repl_read(&r, prompt);
    if (rc == -2) {
      status = aster_exit_code(vm);
      break;
    }
    if (rc == -1) {
      /* Ctrl-C at the prompt: drop the input so far */
      fputs("KeyboardInterrupt\n", stderr);
      r.len = 0;
      if (r.buf) r.buf[0] = 0;
      prompt = PS1;
      continue;
    }
    if (r.eof) {
      if (r.tty) fputs("\n", stdout);
      if (r.len == 0) break;
      /* end of input inside a block: run what there is */
    }
    char *line = r.line;
    int blank = !line || is_blank(line);
    if (line && r.tty && !blank) {
      add_history(line);
      if (r.histfile[0]) write_history(r.histfile);
    }
    if (r.len == 0 && blank && !r.eof) {
      free(line);
      continue;
    }
    if (line) buf_add(&r, line);
    free(line);
    if (!r.buf) continue; /* out of memory */
    /* a block continues until a blank line */
    if (!r.eof && !blank && strcmp(prompt, PS2) == 0 && has_block(r.buf)) continue;
    if (!r.eof && !blank && strcmp(prompt, PS1) == 0 && starts_compound(r.buf)) {
      /* a one-line compound statement that compiles waits for a blank
         line; one with a syntax error is reported at once */
      char *lua = aster_compile_to_lua(vm, r.buf, r.len, "<stdin>");
      if (lua) {
        free(lua);
        prompt = PS2;
        continue;
      }
    }
    aster_status st = aster_interactive(vm, r.buf, "<stdin>");
    if (st == ASTER_INCOMPLETE && (blank || r.eof) && ends_with_header(r.buf)) {
      /* a blank line after a block header: the body is missing; compile
         with a dedented statement so that the error is reported */
      if (r.len >= 2 && r.buf[r.len - 1] == '\n' && r.buf[r.len - 2] == '\n') r.buf[--r.len] = 0;
      buf_add(&r, "pass"); /* on the blank line, so the error is reported there */
      st = aster_interactive(vm, r.buf, "<stdin>");
    }
    if (st == ASTER_INCOMPLETE && !r.eof) {
      prompt = PS2;
      continue;
    }
    r.len = 0;
    r.buf[0] = 0;
    prompt = PS1;
    fflush(stdout);
    if (st == ASTER_EXIT) {
      status = aster_exit_code(vm);
      break;
    }
    if (st != ASTER_OK && st != ASTER_INCOMPLETE) aster_print_error(vm, stderr);
    fflush(stderr);
    if (r.eof) break;
  }
  sigaction(SIGINT, &old, NULL);
  if (r.cands) {
    for (int i = 0; r.cands[i]; i++) free(r.cands[i]);
    free(r.cands);
  }
  free(r.buf);
  the_repl = NULL;
  return status;
}
