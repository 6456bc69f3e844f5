-- asyncdebug.lua: the `_asynciodebug` module behind asyncio's debug mode
-- (asyncio.run(debug=True), loop.set_debug, PYTHONASYNCIODEBUG=1,
-- sys.flags.dev_mode): coroutine origin tracking and the warning for a
-- coroutine that was never awaited, and CPython's debug reprs of handles
-- and tasks for the "Executing ... took N seconds" report.
--
-- While a loop in debug mode runs, every coroutine object records where it
-- was created (the last 10 Python frames, as CPython's
-- sys.set_coroutine_origin_tracking_depth). A sentinel with a finalizer
-- hangs off the coroutine through an ephemeron table; when the coroutine
-- is collected unawaited, the sentinel's finalizer prints CPython's
-- RuntimeWarning. Lua collects later than CPython's reference counting, so
-- the loop forces a collection when it stops and when it closes.
local R = ...
local None = R.None
local getinfo, sub, format, concat = debug.getinfo, string.sub, string.format, table.concat
local FUNCINFO = R.FUNCINFO
local CORO_M = R.CORO_M

local DEPTH = 10
local RUNTIME_PREFIX = "=[aster]"

local function frame_name(f, info)
  local fi = FUNCINFO[f] or (R.BODYINFO and R.BODYINFO[info.source .. ":" .. info.linedefined])
  return fi and fi.name or nil
end

-- Python frames of thread `co` (nil: the running one), innermost first.
local function frames_of(co, out, limit)
  local level = co and 0 or 2
  local pending -- the line in a try/with block's closure, for its function
  while #out < limit do
    local info
    if co then info = getinfo(co, level, "Slf") else info = getinfo(level, "Slf") end
    if not info then break end
    if info.what ~= "C" and sub(info.source, 1, #RUNTIME_PREFIX) ~= RUNTIME_PREFIX and info.currentline > 0 then
      local name = frame_name(info.func, info)
      if name then
        out[#out + 1] = {info.source, pending or info.currentline, name}
        pending = nil
      elseif pending == nil then
        pending = info.currentline
      end
    end
    level = level + 1
  end
  return out
end

-- The stack where a coroutine is being created: the running thread, then
-- the main thread that resumed it (the loop's frames), as CPython shows.
local function extract_stack()
  local out = frames_of(nil, {}, DEPTH)
  local co, ismain = coroutine.running()
  if not ismain and #out < DEPTH then
    local main = debug.getregistry()[1]
    if type(main) == "thread" then frames_of(main, out, DEPTH) end
  end
  return out
end

local warned = {}

local function warn_unawaited(c, stack)
  local name = c.info and (c.info.qualname or c.info.name) or "?"
  local lines = {}
  local top = stack[1]
  local where = top and format("%s:%d", sub(top[1], 2), top[2]) or "sys:1"
  lines[1] = format("%s: RuntimeWarning: coroutine '%s' was never awaited\n", where, name)
  if #stack > 0 then
    lines[#lines + 1] = "Coroutine created at (most recent call last)\n"
    for i = #stack, 1, -1 do
      local fr = stack[i]
      lines[#lines + 1] = format('  File "%s", line %d, in %s\n', sub(fr[1], 2), fr[2], fr[3])
      local l = R.source_line(fr[1], fr[2])
      if l and l ~= "" then lines[#lines + 1] = "    " .. l .. "\n" end
    end
    local l = R.source_line(top[1], top[2])
    if l and l ~= "" then lines[#lines + 1] = "  " .. l .. "\n" end
  end
  lines[#lines + 1] = "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
  local text = concat(lines)
  if warned[text] then return end -- the warnings module shows a warning once per place
  warned[text] = true
  -- through sys.stderr, as the warnings module writes
  local sys = R.modules.sys
  local f = sys and rawget(sys, "stderr")
  if f and f ~= R.sys_stderr and pcall(function() f[":write"](f, text) end) then return end
  pcall(R.flush_stdout)
  io.stderr:write(text)
end

local SENTINEL_M = {__gc = function(s)
  local c = s.c
  if c and not c.done then pcall(warn_unawaited, c, s.stack) end
end}
local ORIGIN = setmetatable({}, {__mode = "k"}) -- coroutine -> sentinel (ephemeron)

local function watch(c)
  ORIGIN[c] = setmetatable({c = c, stack = extract_stack()}, SENTINEL_M)
end

-- The line a suspended coroutine waits at, from its task's thread.
local function coro_line(c, thread)
  local co = thread -- a task's Lua thread (eventloop.lua keeps it in task._co)
  if type(thread) == "table" then
    local tco = rawget(thread, "._co")
    if tco == true then
      -- a resumable body between steps: the await it stopped at
      local F = rawget(thread, "._F")
      return F and F[2] > 0 and F[2] or nil
    end
    co = tco or rawget(thread, "co")
  end
  if type(co) ~= "thread" then return nil end
  local level = 0
  while true do
    local info = getinfo(co, level, "lf")
    if not info then break end
    if info.func == c.fn then return info.currentline end
    level = level + 1
  end
  -- a resumable body made a thread task while it awaits (see sm_promote)
  local F = type(thread) == "table" and rawget(thread, "._F")
  return F and F[2] and F[2] > 0 and F[2] or nil
end

-- "name(args) at file:line" for a callback (CPython's _format_callback_source)
local function callback_source(cb, args)
  local f, prefix = cb, ""
  if type(cb) == "table" and getmetatable(cb) == R.BOUND_MT then f = cb.func end
  local info = type(f) == "function" and FUNCINFO[f]
  local name = info and (info.qualname or info.name) or R.repr(cb)
  local parts = {}
  if args ~= nil and args ~= None then
    for i = 0, (args.n or 0) - 1 do parts[#parts + 1] = R.repr(args[i]) end
  end
  local text = prefix .. name .. "(" .. concat(parts, ", ") .. ")"
  if type(f) == "function" and info and not info.builtin then
    local d = getinfo(f, "S")
    if sub(d.source, 1, 1) == "@" then text = text .. format(" at %s:%d", sub(d.source, 2), d.linedefined) end
  end
  return text
end

R.builtin_loaders._asynciodebug = function()
  return R.lua_module("_asynciodebug", {
    -- track(on): record where coroutines are created (debug loops run)
    track = function(on)
      R.set_coro_watch(R.truth(on) and watch or nil)
      return None
    end,
    -- collect(): a full collection, so unawaited coroutines are reported
    collect = function()
      collectgarbage("collect")
      collectgarbage("collect")
      return None
    end,
    -- coro_repr(coro, thread): "main() running at file:LINE" with the line
    -- the coroutine waits at (CPython's), else _asyncloop.coro_repr's text
    coro_repr = function(c, thread)
      if getmetatable(c) ~= CORO_M then return R.repr(c) end
      local line = coro_line(c, thread)
      if not line then return None end
      local name = c.info and (c.info.qualname or c.info.name) or "?"
      local d = getinfo(c.fn, "S")
      local src = sub(d.source, 1, 1) == "@" and sub(d.source, 2) or d.short_src
      return format("%s() running at %s:%d", name, src, line)
    end,
    callback_source = function(cb, args) return callback_source(cb, args) end,
    getenv = function(name) return os.getenv(name) or None end,
  })
end
