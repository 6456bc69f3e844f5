-- tasks.lua: coroutine objects, `await`, and the primitives the asyncio
-- module (stdlib/asyncio.as) builds its scheduler on: task threads that
-- suspend by yielding a future, and the wait on the libuv loop.
local R = ...
local None = R.None
local type, setmetatable, getmetatable, error, rawget = type, setmetatable, getmetatable, error, rawget
local cocreate, coresume, coyield, costatus, isyieldable =
      coroutine.create, coroutine.resume, coroutine.yield, coroutine.status, coroutine.isyieldable
local format = string.format
local typeof, raise_type = R.typeof, R.raise_type
local C = R.c
local THROW = R.GEN_THROW

-- Calling an `async def` makes one of these; awaiting it runs the body on
-- the awaiting task's thread (stackful await).
local CORO_M = R.builtin_type("coroutine", nil, {
  __repr__ = function(c) return format("<coroutine object %s at 0x%x>", c.info and c.info.qualname or "?", R.id(c)) end,
  close = function(c) c.done = true; return None end,
}, {noattrs = true}).M
R.CORO_M = CORO_M

local note_body = R.note_body
function R.coro(fn, info)
  if info and not info.noted then note_body(fn, info) end
  return setmetatable({fn = fn, info = info}, CORO_M)
end

-- Suspend the current task until the scheduler resumes it. The scheduler
-- resumes with nil, or with an exception to raise here (cancellation).
local function suspend(v)
  if not isyieldable() then
    raise_type("RuntimeError", "await outside of a running task (use asyncio.run)")
  end
  local exc = coyield(v)
  if exc ~= nil and exc ~= None then error(exc, 0) end
  return None
end

-- Await an object with __await__ (an iterator, usually a generator): each
-- value it yields suspends the task; what the scheduler sends back goes in.
local function await_protocol(x, meth)
  local it = meth(x)
  if getmetatable(it) ~= R.GEN_M then
    local cls = typeof(it)
    local nx = cls.L[":__next__"]
    if not nx then raise_type("TypeError", "__await__() returned non-iterator of type '%s'", cls.name) end
    while true do
      local ok, v = pcall(nx, it)
      if not ok then
        if R.isinstance(v, R.EXC.StopIteration) then
          local r = rawget(v, ".value")
          return r == nil and None or r
        end
        error(v, 0)
      end
      suspend(v)
    end
  end
  local sent = nil
  while true do
    local ok, v = R.gen_resume(it, sent)
    if not ok then return v end
    if not isyieldable() then
      raise_type("RuntimeError", "await outside of a running task (use asyncio.run)")
    end
    local exc = coyield(v)
    if exc ~= nil and exc ~= None then sent = {[THROW] = exc} else sent = nil end
  end
end

function R.await(x)
  if getmetatable(x) == CORO_M then
    if x.done then raise_type("RuntimeError", "cannot reuse already awaited coroutine") end
    x.done = true
    return x.fn()
  end
  local cls = typeof(x)
  -- futures and tasks: wait in place without an iterator
  local fast = cls.L[":__aster_await__"]
  if fast then return fast(x) end
  local meth = cls.L[":__await__"]
  if meth then return await_protocol(x, meth) end
  raise_type("TypeError", "object %s can't be used in 'await' expression", cls.name)
end

-- A task's Lua thread, visible to asyncio.as as an opaque object.
local THREAD_M = R.builtin_type("_task_thread", nil, {
  __repr__ = function(t) return format("<task thread at 0x%x>", R.id(t)) end,
}, {noattrs = true}).M

local function new_thread(coro)
  local tbh, xpcall, await = R.tbh, R.xpcall, R.await
  local co = cocreate(function() return xpcall(await, tbh, coro) end)
  return setmetatable({co = co}, THREAD_M)
end

local S_YIELD, S_RETURN, S_ERROR = "yield", "return", "error"

-- resume(thread, exc) -> (status, value): "yield" with the awaited future
-- (None for a bare yield), "return" with the result, "error" with the
-- exception. A finished thread is released at once.
local function resume(t, exc)
  local co = t.co
  if not co then raise_type("RuntimeError", "task thread already finished") end
  if exc == None then exc = nil end
  local ok, a, b = coresume(co, exc)
  if not ok then
    t.co = nil
    return R.tuple_from_array({S_ERROR, R.to_exception(a)}, 2)
  end
  if costatus(co) == "dead" then
    t.co = nil
    if a then return R.tuple_from_array({S_RETURN, b == nil and None or b}, 2) end
    return R.tuple_from_array({S_ERROR, b}, 2)
  end
  return R.tuple_from_array({S_YIELD, a == nil and None or a}, 2)
end

R.builtin_loaders._asyncloop = function()
  return R.lua_module("_asyncloop", {
    thread = new_thread,
    resume = resume,
    suspend = suspend,
    wait = function(timeout)
      R.flush_stdout()
      return C.loop_wait(timeout)
    end,
    time = C.loop_time,
    iscoroutine = function(x) return getmetatable(x) == CORO_M end,
  })
end
