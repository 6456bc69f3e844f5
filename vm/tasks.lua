-- tasks.lua: coroutine objects, `await` (a task suspends by yielding the
-- future it waits for), async with/for and async generators, and the
-- `_asyncloop` module asyncio.as reaches the loop's core through (the core
-- itself is eventloop.lua).
local R = ...
local None = R.None
local type, setmetatable, getmetatable, error, rawget = type, setmetatable, getmetatable, error, rawget
local cocreate, coresume, coyield, costatus, isyieldable =
      coroutine.create, coroutine.resume, coroutine.yield, coroutine.status, coroutine.isyieldable
local format = string.format
local unpack, select = table.unpack, select
local typeof, raise_type = R.typeof, R.raise_type
local C = R.c
local THROW = R.GEN_THROW

-- Calling an `async def` makes one of these; awaiting it runs the body on
-- the awaiting task's thread (stackful await).
-- Driven by hand (send/throw, or __await__ iterated), a coroutine runs on
-- a Lua coroutine of its own (`drv`): what its awaits suspend on comes
-- back from send(), as CPython's coroutine.send returns it.
local CORO_END = {}
local function coro_resume(c, sent)
  local ok, a, b = coresume(c.drv, sent)
  if not ok then
    c.drv = false
    local e = R.to_exception(a)
    if R.isinstance(e, R.EXC.StopIteration) then e = R.stopiteration_escaped(e, "coroutine") end
    error(e, 0)
  end
  if a == CORO_END then
    c.drv = false
    error(R.stop_iteration(b), 0)
  end
  return a == nil and None or a
end
local function coro_start(c)
  if c.drv == false or (c.done and not c.drv) then
    raise_type("RuntimeError", "cannot reuse already awaited coroutine")
  end
  if not c.drv then
    c.done = true
    local fn, n = c.fn, c.n
    c.drv = cocreate(function() return CORO_END, fn(unpack(c, 1, n)) end)
  end
end
local function coro_send(c, v)
  if not c.drv and v ~= nil and v ~= None then
    raise_type("TypeError", "can't send non-None value to a just-started coroutine")
  end
  coro_start(c)
  return coro_resume(c, nil)
end
local function coro_throw(c, exc, val)
  if R.isclass(exc) then exc = R.throw_value(exc, val) end
  if not c.drv then
    c.done, c.drv = true, false
    error(exc, 0)
  end
  return coro_resume(c, exc)
end
local function coro_close(c)
  if not c.drv then c.done = true; c.drv = false; return None end
  local ok, err = pcall(coro_resume, c, R.new_exc("GeneratorExit"))
  c.drv = false
  if ok then raise_type("RuntimeError", "coroutine ignored GeneratorExit") end
  if R.isinstance(err, R.EXC.GeneratorExit) or R.isinstance(err, R.EXC.StopIteration) then return None end
  error(err, 0)
end

-- coroutine.__await__(): an iterator over the coroutine; `await` on an
-- object whose __await__ returns one awaits the coroutine itself
local CORO_WRAP_M = R.builtin_type("coroutine_wrapper", nil, {
  __iter__ = function(w) return w end,
  __next__ = function(w) return coro_send(w.c, None) end,
  send = function(w, v) return coro_send(w.c, v) end,
  throw = function(w, exc, val) return coro_throw(w.c, exc, val) end,
  close = function(w) return coro_close(w.c) end,
}, {noattrs = true}).M

local CORO_M = R.builtin_type("coroutine", nil, {
  __repr__ = function(c) return format("<coroutine object %s at 0x%x>", c.info and c.info.qualname or "?", R.id(c)) end,
  close = coro_close,
  send = coro_send,
  throw = coro_throw,
  __await__ = function(c) return setmetatable({c = c}, CORO_WRAP_M) end,
  __getattr__ = function(c, name)
    if name == "__name__" then return c.info and c.info.name or "?" end
    if name == "__qualname__" then return c.info and (c.info.qualname or c.info.name) or "?" end
    if name == "cr_running" then return c.drv and costatus(c.drv) == "running" or false end
    if name == "cr_await" or name == "cr_frame" or name == "cr_code" then return None end
    R.raise_attr(c, name, "'coroutine' object has no attribute '%s'", name)
  end,
}, {noattrs = true}).M
R.CORO_M = CORO_M

local note_body = R.note_body
local coro_watch -- asyncio debug mode records where coroutines are made (asyncdebug.lua)
function R.set_coro_watch(f) coro_watch = f end

-- Is this call of a coroutine function the one R.awaitcall is awaiting
-- (R.direct == info)? Then its body runs at once, without an object.
local function coro_direct(fn, info)
  local direct = R.direct
  if direct == nil then return false end
  R.direct = nil
  if direct ~= info and direct.orig ~= info then return false end
  if not info.noted then note_body(fn, info) end
  return true
end
-- The coroutine object c (its fields already set) made ready.
local function coro_made(c, info)
  if info and not info.noted then note_body(c.fn, info) end
  setmetatable(c, CORO_M)
  if coro_watch then coro_watch(c) end
  return c
end

-- R.coro(body, info, args...): the body runs as body(args...) when awaited.
-- R.coro0..3 do the same for up to three arguments with one constructor
-- of known size (a vararg constructor resizes the table).
function R.coro(fn, info, ...)
  if R.direct ~= nil and coro_direct(fn, info) then return fn(...) end
  return coro_made({fn = fn, info = info, done = false, n = select("#", ...), ...}, info)
end
function R.coro0(fn, info)
  if R.direct ~= nil and coro_direct(fn, info) then return fn() end
  return coro_made({fn = fn, info = info, done = false, n = 0}, info)
end
function R.coro1(fn, info, a)
  if R.direct ~= nil and coro_direct(fn, info) then return fn(a) end
  return coro_made({fn = fn, info = info, done = false, n = 1, a}, info)
end
function R.coro2(fn, info, a, b)
  if R.direct ~= nil and coro_direct(fn, info) then return fn(a, b) end
  return coro_made({fn = fn, info = info, done = false, n = 2, a, b}, info)
end
function R.coro3(fn, info, a, b, c)
  if R.direct ~= nil and coro_direct(fn, info) then return fn(a, b, c) end
  return coro_made({fn = fn, info = info, done = false, n = 3, a, b, c}, info)
end

-- Resumable coroutine bodies (see parser/emitasync.c): a task
-- runs such a body without a Lua thread, one segment per step. The task
-- puts the body's frame table F in SM[1] before it calls the body; the
-- body takes it (or finds nil: it then runs straight through, awaiting on
-- its caller's thread). A step that reaches an await returns SUSPEND and
-- the awaitable, or SUSPENDC, a callee, the number of arguments and the
-- arguments of the call it awaits; F keeps the body's state (sm_body in
-- the emitter has the layout).
R.SM = {}
R.SUSPEND = setmetatable({}, {__name = "suspend"})
R.SUSPENDC = setmetatable({}, {__name = "suspend call"})
local SMBODY = setmetatable({}, {__mode = "k"}) -- body -> number of locals
R.SMBODY = SMBODY
function R.smbody(nlocals, fn)
  SMBODY[fn] = nlocals
  return fn
end
-- The next step begins at an await with an exception to raise there
-- (F[4]), or as a thread task (F[5], the awaitable: see sm_promote) that
-- awaits here and goes on without F. (Otherwise the body takes what the
-- await gave from F[3] itself.)
local await
function R.smresume(F)
  local e = F[4]
  if e ~= nil then
    F[4] = nil
    error(e, 0)
  end
  local x = F[5]
  F[5] = nil
  return await(x), nil
end

-- A call's result dropped by an expression statement (the emitter calls
-- this for results other than None): a coroutine object never awaited
-- gets CPython's RuntimeWarning, at the statement, once per place, as
-- CPython gives it when the object dies there. (Debug mode warns later,
-- with where the coroutine was made: see asyncdebug.lua.)
local DROP_WARNED = {}
function R.dropped(v)
  if getmetatable(v) ~= CORO_M or v.done or coro_watch then return end
  local d = debug.getinfo(2, "Sl")
  local src = d and d.source or "=?"
  local file = src:sub(1, 1) == "@" and src:sub(2) or "sys"
  local line = d and d.currentline or 1
  local name = v.info and (v.info.qualname or v.info.name) or "?"
  local key = file .. ":" .. line .. ":" .. name
  if DROP_WARNED[key] then return end
  DROP_WARNED[key] = true
  local text = string.format("%s:%d: RuntimeWarning: coroutine '%s' was never awaited\n", file, line, name)
  local l = R.source_line and R.source_line(src, line)
  if l and l ~= "" then text = text .. "  " .. l:match("^%s*(.-)%s*$") .. "\n" end
  text = text .. "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
  pcall(R.flush_stdout)
  io.stderr:write(text)
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
R.suspend = suspend

-- Await an object with __await__ (an iterator, usually a generator): each
-- value it yields suspends the task; what the scheduler sends back goes in.
local function await_protocol(x, meth)
  local it = meth(x)
  local imt = getmetatable(it)
  if imt == CORO_WRAP_M and it.c.drv == nil then return R.await(it.c) end
  if imt ~= R.GEN_M then
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

-- The bodies of the runtime's own coroutine functions (asyncio.sleep,
-- Queue.get, ...), by function: `await f(args)` runs them directly.
local RT_BODY = setmetatable({}, {__mode = "k"})
R.RT_BODY = RT_BODY
-- ... and, optionally, the same called as mod.f(args) (first argument dropped)
local RT_BODY_M = setmetatable({}, {__mode = "k"})
R.RT_BODY_M = RT_BODY_M

-- How many arguments each RT_BODY function takes, {lo, hi} (self
-- counted): `await f(...)` with another count calls f itself, which
-- raises CPython's TypeError.
local RT_NARGS = setmetatable({}, {__mode = "k"})
R.RT_NARGS = RT_NARGS

-- Does the runtime coroutine function f take n arguments?
local function nargs_ok(f, n)
  local a = RT_NARGS[f]
  return not a or (n >= a[1] and n <= a[2])
end

-- The runtime body for `await f(<n arguments>)`, or nil.
local function rt_body(f, n)
  local body = RT_BODY[f]
  if body and nargs_ok(f, n) then return body end
  return nil
end

-- await f(args...), emitted for an await whose operand is a plain call:
-- an async def's body (or a runtime coroutine's) runs without making the
-- coroutine object the call would return.
function R.awaitcall(f, ...)
  local body = RT_BODY[f]
  if body then
    -- with a wrong argument count, f itself raises the TypeError
    if not nargs_ok(f, select("#", ...)) then return R.await(f(...)) end
    return body(...)
  end
  if type(f) == "function" then
    -- mod.f(args) calls go through a wrapper that drops the module
    local inner = R.DROPPED[f]
    if inner then
      local ib = RT_BODY[inner]
      if ib then
        -- mod.sleep(...): remember the body without the module argument
        body = RT_BODY_M[inner] or function(_, ...) return ib(...) end
        RT_BODY[f] = body
        local a = RT_NARGS[inner]
        if a then RT_NARGS[f] = {a[1] + 1, a[2] + 1} end
        return R.awaitcall(f, ...)
      end
      return R.awaitcall(inner, select(2, ...))
    end
    local info = R.FUNCINFO[f]
    if info and info.kind == "coroutine" and not info.builtin then
      -- f binds its arguments, then R.coro runs the body (argument errors
      -- are TypeErrors, and raising one clears R.direct)
      R.direct = info
      return f(...)
    end
  end
  return R.await(f(...))
end

-- `await f(a, b)` with up to three arguments: a fixed-arity entry (no
-- vararg frame) that remembers the last two runtime bodies it found for
-- its count, so a loop awaiting q.get() and q.put() skips the lookup.
local function awaitcall_n(n)
  local F1, B1, F2, B2
  return function(f, a, b, c)
    if f == F1 then return B1(a, b, c) elseif f == F2 then return B2(a, b, c) end
    local body = rt_body(f, n)
    if body then
      F2, B2, F1, B1 = F1, B1, f, body
      return body(a, b, c)
    end
    if n == 0 then return R.awaitcall(f) elseif n == 1 then return R.awaitcall(f, a)
    elseif n == 2 then return R.awaitcall(f, a, b) end
    return R.awaitcall(f, a, b, c)
  end
end
R.awaitcall0, R.awaitcall1, R.awaitcall2, R.awaitcall3 = awaitcall_n(0), awaitcall_n(1), awaitcall_n(2), awaitcall_n(3)

function R.await(x)
  if getmetatable(x) == CORO_M then
    if x.done then raise_type("RuntimeError", "cannot reuse already awaited coroutine") end
    x.done = true
    return x.fn(unpack(x, 1, x.n))
  end
  local cls = typeof(x)
  -- futures and tasks: wait in place without an iterator
  local fast = cls.L[":__aster_await__"]
  local meth = cls.L[":__await__"]
  if fast then
    -- (unless a subclass of Future defines its own __await__)
    local fi = meth ~= R.FUTURE_AWAIT and R.FUNCINFO[meth]
    if not (fi and not fi.builtin and fi.module ~= "asyncio") then return fast(x) end
  end
  if meth then return await_protocol(x, meth) end
  raise_type("TypeError", "object %s can't be used in 'await' expression", cls.name)
end
await = R.await

R.builtin_loaders._asyncloop = function()
  if not R.aio then R.load_chunk("eventloop") end -- the loop's core, on first use
  local m = {
    suspend = suspend,
    time = C.loop_time,
    getenv = function(name) return os.getenv(name) or None end,
    -- fd readiness as an event source (fdwatch.c): watch_fd(fd, token) -> watch
    watch_fd = function(fd, token)
      local w, err = C.fd_watch(fd, token)
      if not w then raise_type("OSError", "cannot watch fd %d: %s", fd, err) end
      return w
    end,
    unwatch_fd = C.fd_unwatch,
    iscoroutine = function(x) return getmetatable(x) == CORO_M or getmetatable(x) == R.ASEND_M end,
    live_agens = function() return R.live_agens() end,
    format_exception = function(e) return R.format_exception(e) end,
    -- "name() done, defined at file:line" as CPython's task repr shows it
    -- (running: whether the coroutine still runs; by default, whether it
    -- has not been awaited yet)
    coro_repr = function(c, running)
      if getmetatable(c) ~= CORO_M then return R.repr(c) end
      local name = c.info and (c.info.qualname or c.info.name) or "?"
      local d = debug.getinfo(c.fn, "S")
      local src = d.source:sub(1, 1) == "@" and d.source:sub(2) or d.short_src
      if running == nil or running == None then running = not c.done end
      return format("%s() %s at %s:%d", name, running and "running" or "done, defined", src, d.linedefined)
    end,
    -- is f a def or lambda of the dialect (not a builtin written in Lua)?
    isdef = function(f)
      local info = type(f) == "function" and R.FUNCINFO[f]
      return info and not info.builtin and true or false
    end,
    -- what kind of function f is: "coroutine", "asyncgen", "generator" or None
    funckind = function(f)
      local info
      if type(f) == "function" then info = R.FUNCINFO[f]
      elseif type(f) == "table" and getmetatable(f) == R.BOUND_MT then info = R.FUNCINFO[f.func] end
      return info and info.kind or None
    end,
  }
  for k, v in pairs(R.aio) do m[k] = v end -- the loop's core (eventloop.lua)
  m = R.lua_module("_asyncloop", m)
  -- a private module nobody assigns to: its attributes are read raw
  for k, v in pairs(m) do
    if type(k) == "string" and k:sub(1, 1) ~= "." then rawset(m, "." .. k, v) end
  end
  return m
end

-- ---------------------------------------------------------------------
-- async with

-- Can x be awaited? (what R.await takes without a TypeError)
local function awaitable(x)
  if getmetatable(x) == CORO_M then return true end
  local L = typeof(x).L
  return L[":__aster_await__"] ~= nil or L[":__await__"] ~= nil
end

function R.awenter(m)
  local cls = typeof(m)
  local ex = cls.L[":__aexit__"]
  local en = cls.L[":__aenter__"]
  if not en or not ex then
    raise_type("TypeError", "'%s' object does not support the asynchronous context manager protocol", cls.name)
  end
  local r = en(m)
  if not awaitable(r) then
    raise_type("TypeError", "'async with' received an object from __aenter__ that does not implement __await__: %s", typeof(r).name)
  end
  return R.await(r)
end

-- After the body of `async with`: like R.wexit, awaiting __aexit__.
function R.awexit(m, ok, err) return R.with_exit(m, ok, err, ":__aexit__", R.await) end

-- ---------------------------------------------------------------------
-- async for: aiter(x) gives the async iterator; anext(it) -> ok, value

local AGEN_M

function R.aiter(x)
  if getmetatable(x) == AGEN_M then return x end
  local cls = typeof(x)
  local f = cls.L[":__aiter__"]
  if not f then raise_type("TypeError", "'async for' requires an object with __aiter__ method, got %s", cls.name) end
  local it = f(x)
  if getmetatable(it) ~= AGEN_M and not typeof(it).L[":__anext__"] then
    raise_type("TypeError", "'async for' received an object from __aiter__ that does not implement __anext__: %s", typeof(it).name)
  end
  return it
end

local agen_next

function R.anext(it)
  if getmetatable(it) == AGEN_M then
    local ok, v = agen_next(it, nil)
    if ok then return true, v end
    return false
  end
  local f = typeof(it).L[":__anext__"]
  local ok, v = pcall(function()
    local r = f(it)
    if not awaitable(r) then
      raise_type("TypeError", "'async for' received an invalid object from __anext__: %s", typeof(r).name)
    end
    return R.await(r)
  end)
  if ok then return true, v end
  if R.isinstance(v, R.EXC.StopAsyncIteration) then return false end
  error(v, 0)
end

-- ---------------------------------------------------------------------
-- Async generators: the body runs on its own thread. `yield v` hands
-- (AYIELD, v) to the driver; an await inside the body suspends that thread
-- with a future, which the driver passes on to the task's scheduler.

local AYIELD = {}
local AGEN_ORDER = 0
local LIVE_AGENS
local SEND = {} -- key of what asend() resumes a yield with: {[SEND] = value}

function R.ayield(v)
  local r = coyield(AYIELD, v)
  if type(r) == "table" then
    if r[THROW] then error(r[THROW], 0) end
    if r[SEND] ~= nil then return r[SEND] end
  end
  return None
end

function R.agen(fn, info)
  if type(info) == "table" then
    if not info.noted then R.note_body(fn, info) end
  end
  return setmetatable({fn = fn, info = info}, AGEN_M)
end

-- Resume until the body yields a value (true, v) or finishes (false).
-- `sent` is nil, or {[THROW] = exc} to raise at the current yield.
agen_next = function(g, sent)
  if g.done then return false end
  if g.running then raise_type("RuntimeError", "anext(): asynchronous generator is already running") end
  if not g.co then
    local fn, tbh, xpcall = g.fn, R.tbh, R.xpcall
    g.co = cocreate(function() return xpcall(fn, tbh) end)
    AGEN_ORDER = AGEN_ORDER + 1
    g.order = AGEN_ORDER
    LIVE_AGENS[g] = true
  end
  g.running = true
  while true do
    local ok, a, b = coresume(g.co, sent)
    if not ok then
      g.running, g.done, g.co = false, true, nil
      error(R.to_exception(a), 0)
    end
    if costatus(g.co) == "dead" then
      g.running, g.done, g.co = false, true, nil
      if a then return false end
      local e = b
      if R.isinstance(e, R.EXC.StopAsyncIteration) or R.isinstance(e, R.EXC.StopIteration) then
        -- (PEP 479: caused by it, as asynccontextmanager checks)
        local r = R.new_exc("RuntimeError", "async generator raised " .. typeof(e).name)
        rawset(r, ".__cause__", e)
        rawset(r, ".__suppress_context__", true)
        e = r
      end
      error(e, 0)
    end
    if a == AYIELD then
      g.running = false
      return true, b == nil and None or b
    end
    -- an await inside the body: suspend the task on the same future
    if not isyieldable() then
      g.running = false
      raise_type("RuntimeError", "await outside of a running task (use asyncio.run)")
    end
    local okw, exc = pcall(suspend, a)
    sent = (not okw) and exc or nil -- an await point takes the exception itself
  end
end

-- awaitables returned by __anext__/asend/athrow/aclose: awaiting one runs
-- the step on the awaiting task
local STEP_M = R.builtin_type("async_generator_asend", nil, {
  __aster_await__ = function(s) return s.run() end,
  __await__ = function(s) raise_type("TypeError", "use await") end,
}, {noattrs = true}).M
local function step(run) return setmetatable({run = run}, STEP_M) end
R.ASEND_M = STEP_M

local function agen_step(g, sent)
  local ok, v = agen_next(g, sent)
  if ok then return v end
  error(R.new_exc("StopAsyncIteration"), 0)
end

AGEN_M = R.builtin_type("async_generator", nil, {
  __aiter__ = function(g) return g end,
  __anext__ = function(g) return step(function() return agen_step(g, nil) end) end,
  asend = function(g, v)
    return step(function()
      if not g.co and v ~= None and not g.done then
        raise_type("TypeError", "can't send non-None value to a just-started async generator")
      end
      return agen_step(g, (v ~= nil and v ~= None) and {[SEND] = v} or nil)
    end)
  end,
  athrow = function(g, exc, val)
    return step(function()
      if R.isclass(exc) then exc = R.throw_value(exc, val) end
      if g.done or not g.co then g.done = true; error(exc, 0) end
      return agen_step(g, {[THROW] = exc})
    end)
  end,
  aclose = function(g)
    return step(function()
      if g.done or not g.co then g.done = true; return None end
      local ok, r = pcall(agen_next, g, {[THROW] = R.new_exc("GeneratorExit")})
      g.done = true
      if ok then
        if r then raise_type("RuntimeError", "async generator ignored GeneratorExit") end
        return None
      end
      if R.isinstance(r, R.EXC.GeneratorExit) or R.isinstance(r, R.EXC.StopAsyncIteration) then return None end
      error(r, 0)
    end)
  end,
  __repr__ = function(g) return format("<async_generator object %s at 0x%x>", g.info and (g.info.qualname or g.info.name) or "?", R.id(g)) end,
}, {noattrs = true}).M
R.AGEN_M = AGEN_M

-- async for over a call's result guards an async generator made there (see
-- emit_for_head in parser/emit.c): ended early, the loop has its aclose()
-- run by a new task, as CPython's finalizer hook does when the loop drops
-- the last reference. Started async generators are remembered (weakly) so
-- that asyncio.run can close the ones still suspended at its end.
LIVE_AGENS = setmetatable({}, {__mode = "k"})
local function schedule_aclose(g)
  if R.aio and R.aio.running() ~= None then
    R.aio.call_soon_task(function() return R.await(AGEN_M.cls.L[":aclose"](g)) end)
  end
end
local AGUARD_M = {__close = function(gd)
  local g = gd.g
  if g.co and not g.done and not g.running then schedule_aclose(g) end
end}
function R.agenguard(x)
  if getmetatable(x) == AGEN_M and not x.co and not x.done then return setmetatable({g = x}, AGUARD_M) end
  return nil
end
-- the async generators started and not finished
function R.live_agens()
  local arr, n = {}, 0
  for g in pairs(LIVE_AGENS) do
    if g.co and not g.done then n = n + 1; arr[n] = g end
  end
  table.sort(arr, function(a, b) return a.order < b.order end)
  return R.list_from_array(arr, n)
end

-- The builtins aiter(x) and anext(it[, default]); anext's result is an
-- awaitable (with a default: one that gives it at StopAsyncIteration).
local function b_aiter(x)
  if getmetatable(x) ~= AGEN_M and not typeof(x).L[":__aiter__"] then
    raise_type("TypeError", "'%s' object is not an async iterable", typeof(x).name)
  end
  return R.aiter(x)
end
local function b_anext(it, default)
  local f = typeof(it).L[":__anext__"]
  if not f then raise_type("TypeError", "'%s' object is not an async iterator", typeof(it).name) end
  if default == nil then return f(it) end
  return step(function()
    local ok, v = pcall(R.await, f(it))
    if ok then return v end
    if R.isinstance(v, R.EXC.StopAsyncIteration) then return default end
    error(v, 0)
  end)
end
for name, fn in pairs({aiter = b_aiter, anext = b_anext}) do
  R.FUNCINFO[fn] = {name = name, qualname = name, builtin = true, params = {}}
  R.B[name] = fn
end
