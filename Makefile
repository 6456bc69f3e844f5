# Makefile: build the aster command and libaster.a, run tests and benchmarks.
# Outputs go under build/. `make` installs missing Debian packages first.

CC      ?= cc
PREFIX  ?= /usr/local
OPT     ?= -O2
CFLAGS  ?= $(OPT) -g
WARN     = -std=c11 -Wall -Wextra -Wno-unused-parameter -D_GNU_SOURCE
B        = build
PKGS     = lua5.4 libuv libedit libpcre2-8

# Evaluated when a recipe runs, i.e. after the dependencies are installed.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS)) -lhttp_parser -lm -lpthread -ldl
# The aster command links the static archives the same Debian packages
# ship (Lua, libuv, libedit and what libedit needs) when they are all
# there: loading and relocating six shared libraries was ~0.4 ms of every
# `aster -c pass`. libaster.a users link as aster.pc says.
LIBDIR     = $(shell pkg-config --variable=libdir lua5.4)
STATIC_A   = $(addprefix $(LIBDIR)/,liblua5.4.a libuv_a.a libedit.a libtinfo.a libbsd.a libmd.a libpcre2-8.a)
CMD_LIBS   = $(if $(filter $(words $(STATIC_A)),$(words $(wildcard $(STATIC_A)))),$(STATIC_A) -lhttp_parser -lm -lpthread -ldl -lrt,$(PKG_LIBS))

PARSER_SRC = $(filter-out parser/parsetest.c,$(wildcard parser/*.c))
VM_SRC     = $(wildcard vm/*.c)
STDLIB_SRC = $(wildcard stdlib/*.c)
LIB_SRC    = $(PARSER_SRC) $(VM_SRC) $(STDLIB_SRC)
LIB_OBJ    = $(LIB_SRC:%.c=$(B)/obj/%.o) $(B)/obj/gen/embedded.o
REPL_OBJ   = $(patsubst %.c,$(B)/obj/%.o,$(wildcard repl/*.c))

# Runtime parts written in Lua or in the dialect, embedded as bytecode.
EMBED_SRC  = $(sort $(wildcard vm/*.lua)) $(sort $(wildcard stdlib/*.lua stdlib/*.as))

all: $(B)/aster

$(B)/.deps: scripts/deps.sh
	@sh scripts/deps.sh
	@mkdir -p $(B) && touch $@

$(B)/obj/%.o: %.c $(B)/.deps $(wildcard parser/*.h vm/*.h stdlib/*.h)
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) $(PKG_CFLAGS) -Iparser -Ivm -c $< -o $@

# The embed tool compiles .lua and .as files to Lua bytecode at build time.
$(B)/embed: scripts/embed.c $(PARSER_SRC:%.c=$(B)/obj/%.o)
	$(CC) $(WARN) $(CFLAGS) $(PKG_CFLAGS) -Iparser -Ivm $^ -o $@ $(PKG_LIBS)

$(B)/gen/embedded.c: $(B)/embed $(EMBED_SRC)
	@mkdir -p $(dir $@)
	$(B)/embed $@ $(EMBED_SRC)

$(B)/obj/gen/embedded.o: $(B)/gen/embedded.c
	@mkdir -p $(dir $@)
	$(CC) $(WARN) $(CFLAGS) -c $< -o $@

$(B)/libaster.a: $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^

$(B)/aster: $(REPL_OBJ) $(B)/libaster.a
	$(CC) $(CFLAGS) -Wl,--as-needed $(REPL_OBJ) $(B)/libaster.a -o $@ $(CMD_LIBS)

# The parser's test driver: prints the AST of a file (tests/parser/*.py).
$(B)/parsetest: parser/parsetest.c $(PARSER_SRC:%.c=$(B)/obj/%.o)
	$(CC) $(WARN) $(CFLAGS) -Iparser $^ -o $@

$(B)/aster.pc: Makefile
	@mkdir -p $(B)
	printf 'prefix=%s\nName: aster\nDescription: embeddable Python dialect with async/await on Lua and libuv\nVersion: 0.1.0\nCflags: -I$${prefix}/include\nLibs: -L$${prefix}/lib -laster\nLibs.private: %s\n' \
	  "$(PREFIX)" "$(PKG_LIBS)" > $@

run: $(B)/aster
	$(B)/aster scripts/demo.as

test: $(B)/aster $(B)/parsetest $(B)/libaster.a
	python3 tests/run.py

bench: $(B)/aster
	python3 bench/compare.py compute/*.py

install: $(B)/aster $(B)/libaster.a $(B)/aster.pc
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 755 $(B)/aster $(DESTDIR)$(PREFIX)/bin/aster
	install -m 644 $(B)/libaster.a $(DESTDIR)$(PREFIX)/lib/libaster.a
	install -m 644 vm/aster.h $(DESTDIR)$(PREFIX)/include/aster.h
	install -m 644 $(B)/aster.pc $(DESTDIR)$(PREFIX)/lib/pkgconfig/aster.pc

clean:
	rm -rf $(B)

.PHONY: all run test bench install clean
