-- signals.lua: the `_sigint` module asyncio.run uses to turn the first
-- Ctrl-C into a cancellation of its main task (see vm/interrupt.c).
local R = ...
local C = R.c
local None = R.None

R.builtin_loaders._sigint = function()
  return R.lua_module("_sigint", {
    -- arm(token) -> bool: the first SIGINT posts an event to `token`
    arm = function(token) return C.sigint_arm(token) end,
    disarm = function() C.sigint_disarm(); return None end,
    -- watch(): a loop is about to run: SIGINT may end its waits
    watch = function() C.sigint_watch(); return None end,
    count = function() return C.sigint_count() end,
  })
end
