/* vmint.h: internal interfaces between the VM's C files. */
#ifndef ASTER_VMINT_H
#define ASTER_VMINT_H

#include <lua.h>

/* Register the C primitives of the runtime into the table R.c, where R is
   at stack index `ridx`. */
void aster_open_clib(lua_State *L, int ridx);

#endif
