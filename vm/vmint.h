/* vmint.h: internal interfaces between the VM's C files. */
#ifndef ASTER_VMINT_H
#define ASTER_VMINT_H

#include <stddef.h>
#include <lua.h>

/* Register the C primitives of the runtime into the table R.c, where R is
   at stack index `ridx`. */
void aster_open_clib(lua_State *L, int ridx);

/* Add the formatting and Unicode functions (strlib.c) to the table at `t`. */
void aster_open_strlib(lua_State *L, int t);
void aster_open_codecs(lua_State *L, int t);

/* Add the list fast paths (listlib.c) to the table at `t`. */
void aster_open_listlib(lua_State *L, int t);

/* Add the event-loop primitives (loop.c) to the table at `t`. */
void aster_open_looplib(lua_State *L, int t);

/* Add the regular-expression core of `re` (regex.c) to the table at `t`. */
void aster_open_regexlib(lua_State *L, int t);

/* Add the thread-pool primitives (executor.c) to the table at `t`. */
void aster_open_execlib(lua_State *L, int t);

/* Ctrl-C (interrupt.c): set up while the VM boots, released when it
   closes; `pending` tells a blocking call (time.sleep) to return so that
   the KeyboardInterrupt can be raised. */
void aster__open_interrupt(lua_State *L);
void aster__interrupt_close(lua_State *L);
int aster__interrupt_pending(lua_State *L);
void aster_open_sigintlib(lua_State *L, int t);

/* The Lua state of a VM (state.c). */
struct aster_vm;
lua_State *aster__vm_lua(struct aster_vm *vm);

/* The VM's libuv loop (loop.c), created on first use. Event sources (I/O
   watchers, the thread pool, signals) start their libuv handles on
   aster__uvloop(); their callbacks run no Lua: they post an event with
   aster__loop_post. The scheduler drains events after each wait and
   dispatches them by token (a number it handed the source when it
   started it). `push` runs later, on the VM's thread, and pushes exactly
   one Lua value for the event (or is NULL for none); `drop` frees `data`
   once the event is drained or discarded (or is NULL). */
typedef struct aster__loop aster__loop;
typedef int (*aster__event_push)(lua_State *L, void *data);
typedef void (*aster__event_drop)(void *data);
aster__loop *aster__loop_get(lua_State *L);
struct uv_loop_s *aster__uvloop(aster__loop *lp);
int aster__loop_post(aster__loop *lp, lua_Integer token, void *data, aster__event_push push,
                     aster__event_drop drop);

/* The development profiler (prof.c), active when ASTER_PROF is set. */
void aster__prof_start(lua_State *L);
void aster__prof_report(lua_State *L);

/* Access to the VM from the other C files (state.c). */
struct aster_vm;
struct aster__ctl;
lua_State *aster__vm_L(struct aster_vm *vm);
struct aster__ctl **aster__vm_ctl(struct aster_vm *vm);
void aster__vm_set_error(struct aster_vm *vm, const char *type, const char *msg, const char *report);
/* Call R[fname] with the nargs values on top of the stack; it returns
   (status, type or exit code, message, report) like R.run_main. */
int aster__vm_call(struct aster_vm *vm, const char *fname, int nargs);

/* Interactive mode (interactive.c): installs the thread-tracking
   coroutine.resume and the R.repl_* primitives into the table R at `ridx`. */
void aster__open_interactive(lua_State *L, int ridx);

/* Precompiled chunks (chunk.c): does buf start with the .asc magic? Run
   one as __main__ (refused with ASTER_IOERR unless its header matches). */
int aster__is_asc(const char *buf, size_t len);
int aster__run_asc(struct aster_vm *vm, const char *buf, size_t len, const char *path);

/* Run the embedded runtime chunk vm/NAME.lua (one that start-up does not
   load) with R, once (interactive.c). Returns 0 when it is loaded. */
int aster__load_chunk(lua_State *L, const char *name);

/* uv_poll fd watchers posting loop events (fdwatch.c), into the table at `t`. */
void aster__open_fdwatch(lua_State *L, int t);

/* The whole file at path, NUL-terminated, malloc'd (state.c); NULL with
   *missing set when it cannot be opened, NULL alone when out of memory. */
char *aster__read_file(const char *path, size_t *len, int *missing);

/* interrupt.c's record of the running Lua thread, and the hook it hands
   to every thread resumed while set (the REPL's interrupt delivery). */
lua_State *volatile *aster__running_slot(lua_State *L);
volatile lua_Hook *aster__follow_slot(lua_State *L);

/* A REPL interrupt not yet delivered (interactive.c). */
int aster__repl_interrupt_pending(lua_State *L);

#endif
