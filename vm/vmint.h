/* vmint.h: internal interfaces between the VM's C files. */
#ifndef ASTER_VMINT_H
#define ASTER_VMINT_H

#include <lua.h>

/* Register the C primitives of the runtime into the table R.c, where R is
   at stack index `ridx`. */
void aster_open_clib(lua_State *L, int ridx);

/* Add the formatting and Unicode functions (strlib.c) to the table at `t`. */
void aster_open_strlib(lua_State *L, int t);

/* Add the list fast paths (listlib.c) to the table at `t`. */
void aster_open_listlib(lua_State *L, int t);

/* Add the event-loop primitives (loop.c) to the table at `t`. */
void aster_open_looplib(lua_State *L, int t);

#endif
