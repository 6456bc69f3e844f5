/* testing.c: aster_run_tests, the entry of `aster test` (the runner itself
   is vm/testrunner.lua, loaded only when used). */
#include <lua.h>
#include "aster.h"
#include "vmint.h"

aster_status aster_run_tests(aster_vm *vm, int npaths, char **paths) {
  lua_State *L = aster__vm_L(vm);
  lua_settop(L, 0);
  if (aster__load_chunk(L, "testrunner") != 0) {
    aster__vm_set_error(vm, "SystemError", "the test runner did not load", NULL);
    return ASTER_ERROR;
  }
  lua_createtable(L, npaths, 0);
  for (int i = 0; i < npaths; i++) {
    lua_pushstring(L, paths[i]);
    lua_rawseti(L, -2, i + 1);
  }
  return (aster_status)aster__vm_call(vm, "test_main", 1);
}
