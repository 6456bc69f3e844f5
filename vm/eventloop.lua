-- eventloop.lua: the hot core of asyncio: an event loop's ready queue and
-- timer heap, futures, and task steps. stdlib/asyncio.as declares the
-- Python classes (EventLoop, Handle, TimerHandle, Future, Task) and takes
-- their busy methods from here. State lives in the instances' own fields,
-- so Python code still reads `fut._state`; a field left nil means its
-- class-level default (None or False), which keeps small objects small.
-- Internal scheduling allocates no Handle: the ready queue holds
-- (function, a, b) triples, run as function(a, b).
local R = ...
local None = R.None
local C = R.c
local setmetatable, getmetatable, rawget, rawset, type, error, pcall, xpcall, select =
      setmetatable, getmetatable, rawget, rawset, type, error, pcall, xpcall, select
local cocreate, coresume, costatus = coroutine.create, coroutine.resume, coroutine.status
local unpack = table.unpack
local raise_type, isinstance = R.raise_type, R.isinstance
local loop_poll, loop_time = C.loop_poll, C.loop_time

local PENDING, CANCELLED, FINISHED = "PENDING", "CANCELLED", "FINISHED"

local CORO_M = R.CORO_M
local SM, SUSPEND, SUSPENDC, SMBODY = R.SM, R.SUSPEND, R.SUSPENDC, R.SMBODY -- resumable bodies (see sm_step)
-- contextvars (stdlib/contextvars.as): off until the module is imported;
-- then a task or callback runs in the Context it was made with (`._ctx`),
-- cur being the running one (nil: the base context)
local CTX = {on = false, cur = nil, base = nil, copy = nil,
  -- (and the exception an except block handled when its task suspended,
  -- by task; nexs counts them: see task_resume)
  exs = setmetatable({}, {__mode = "k"}), nexs = 0}
local EXS = R.EXS

-- The Python classes and helpers of asyncio.as, handed over by setup().
local K = {}
local FUTURE_MT, TASK_MT, TIMER_MT, HANDLE_MT, EVENT_MT

local RUNNING = nil       -- the running loop
local CURRENT = nil       -- the task whose step is running
local TASK_COUNT = 0      -- for default task names
local TASK_ORDER = 0      -- creation order of all tasks
local ALL_TASKS = {}      -- pending task -> creation number (CPython keeps a WeakSet)
local UNRETRIEVED = {}    -- future whose exception nobody looked at -> number
local UNRETRIEVED_N = 0
local EMPTY = R.tuple_from_array({}, 0)
-- A done callback cb(fut), queued as (call_cb, cb, fut): called with the
-- future alone (a queue entry's function gets two arguments).
local function call_cb(cb, f) return cb(f) end
local GATHER_MT = {} -- a gather's bookkeeping, as a child's callback (see gather_done)
local gather_done, gather_child_done

-- Direct waits: a task that waits in a Queue's or an Event's FIFO, or on
-- its own sleep timer, registers itself there (no Future, no callback
-- list, no protected call) and yields DIRECT_WAIT. Its field `._dw` holds
-- what it waits on (a FIFO, with its slot in `._dwi`, or a timer); a
-- waker sets it to false, a cancel to true (and removes the task from the
-- FIFO or cancels the timer at once). In debug mode (DIRECT false) waits
-- go through futures, so a task's repr shows what it waits for.
local DIRECT_WAIT = setmetatable({}, {__name = "direct wait"})
local DIRECT = true

local function none_to_nil(v) if v == None then return nil end return v end

-- For a runtime function called from Python: its keyword argument `name`
-- if the call passed keywords (R.kw, cleared here), else `value`.
local function kwarg(name, value)
  local kw = R.kw
  if kw == nil then return value end
  R.kw = nil
  local v = kw[name]
  if v == nil then return value end
  return v
end

-- Is x a future (an instance of Future or of a subclass)? Cached per metatable.
local IS_FUTURE_MT = setmetatable({}, {__mode = "k"})
local function is_future(x)
  local mt = getmetatable(x)
  if mt == nil then return false end
  local r = IS_FUTURE_MT[mt]
  if r == nil then
    r = type(x) == "table" and isinstance(x, K.Future) or false
    IS_FUTURE_MT[mt] = r
  end
  return r
end

-- ---------------------------------------------------------------------
-- The ready queue: two arrays of triples per loop, swapped each iteration
-- (what becomes ready while one batch runs waits for the next iteration,
-- as in CPython).

local function push(loop, fn, a, b)
  local q = loop["._q"]
  local n = q.n + 1
  q.n = n
  n = n * 3
  q[n - 2], q[n - 1], q[n] = fn, a, b
end

-- The timer heap: ordered in C (loop.c), which hands back the top after
-- every change; h[1] is the top timer, h.w1 its time, h.n the count.
local theap_new, theap_push, theap_pop, theap_get, theap_keep = C.theap_new, C.theap_push, C.theap_pop, C.theap_get, C.theap_keep
local function heap_new() return {n = 0, c = theap_new()} end

local function loop_init(loop)
  loop["._q"] = {n = 0}
  loop["._q2"] = {n = 0}
  loop["._heap"] = heap_new()
  loop["._seq"] = 0
  loop["._ncancelled"] = 0
  loop["._stopping"] = false
end

local function handle_run(h)
  if h["._cancelled"] then return end
  local fn = h["._fn"]
  if fn then return fn(h["._a"], h["._b"]) end
  local ctx = CTX.on and rawget(h, "._ctx")
  local prev
  if ctx then prev = CTX.cur; CTX.cur = ctx end
  local cb, args = h["._callback"], h["._args"]
  local n = args.n
  if n == 0 then cb() elseif n == 1 then cb(args[0]) else cb(unpack(args, 0, n - 1)) end
  if ctx then CTX.cur = prev end
end

-- The context a callback made now runs in (call_soon(..., context=c))
function CTX.handle(h)
  local kw = R.kw
  if kw then R.kw = nil end
  if not CTX.on then return h end
  local c = kw and kw.context
  rawset(h, "._ctx", (c ~= nil and c ~= None) and c or CTX.copy())
  return h
end

local function args_tuple(...)
  local n = select("#", ...)
  if n == 0 then return EMPTY end
  return R.tuple_from_array({...}, n)
end

-- (a closed loop takes no more callbacks or tasks, as CPython's _check_closed)
local function check_open(loop)
  if loop["._closed"] then
    if R.kw then R.kw = nil end
    raise_type("RuntimeError", "Event loop is closed")
  end
end

-- loop.call_soon(callback, *args, context=None) -> Handle
local function call_soon(loop, cb, ...)
  check_open(loop)
  local h = CTX.handle(setmetatable({["._callback"] = cb, ["._args"] = args_tuple(...), ["._loop"] = loop,
    ["._cancelled"] = false, ["._fn"] = false}, HANDLE_MT))
  push(loop, handle_run, h)
  return h
end

-- ---------------------------------------------------------------------
-- Timers: a binary heap of TimerHandles ordered by (when, sequence).


local function heap_push(h, x, when, seq)
  h[1], h.w1 = theap_push(h.c, x, when, seq)
  h.n = h.n + 1
end

local function heap_pop(h)
  local x
  x, h[1], h.w1 = theap_pop(h.c)
  h.n = h.n - 1
  return x
end

local function schedule_timer(loop, th)
  local seq = loop["._seq"] + 1
  loop["._seq"] = seq
  th["._seq"] = seq
  th["._scheduled"] = true
  heap_push(loop["._heap"], th, th["._when"], seq)
  return th
end

-- loop.call_at(when, callback, *args, context=None) -> TimerHandle
local function call_at(loop, when, cb, ...)
  check_open(loop)
  return schedule_timer(loop, CTX.handle(setmetatable({["._callback"] = cb, ["._args"] = args_tuple(...),
    ["._loop"] = loop, ["._when"] = when, ["._cancelled"] = false, ["._fn"] = false}, TIMER_MT)))
end

-- A timer for the runtime's own use: runs fn(a, b) at `when`.
local function timer_at(loop, when, fn, a, b)
  return schedule_timer(loop, setmetatable({["._callback"] = fn, ["._args"] = EMPTY, ["._loop"] = loop,
    ["._when"] = when, ["._cancelled"] = false, ["._fn"] = fn, ["._a"] = a, ["._b"] = b}, TIMER_MT))
end

-- Handle.cancel / TimerHandle.cancel: a cancelled timer stays in the heap
-- until it reaches the top, unless too many pile up (see run_once).
local function handle_cancel(h)
  if h["._cancelled"] then return None end
  h["._cancelled"] = true
  if h["._scheduled"] then
    local loop = h["._loop"]
    loop["._ncancelled"] = loop["._ncancelled"] + 1
  end
  return None
end

-- Drop the cancelled timers and rebuild the heap (CPython does the same
-- when more than half of at least 100 timers are cancelled).
local function keep_timer(th)
  if th["._cancelled"] then
    th["._scheduled"] = false
    return false
  end
  return true
end
local function purge_timers(loop)
  -- (filtered in place and heapified, as CPython rebuilds its heap)
  local h = loop["._heap"]
  h[1], h.w1, h.n = theap_keep(h.c, keep_timer)
  loop["._ncancelled"] = 0
  loop["._stopping"] = false
end

-- ---------------------------------------------------------------------
-- Running the loop

-- reprlib.repr, as CPython's _format_callback_source shows a callback's
-- arguments (long reprs are cut in the middle)
local function short(s, max)
  local ulen, usub = C.ulen, C.usub
  local n = ulen(s)
  if n <= max then return s end
  local i = (max - 3) // 2
  local j = max - 3 - i
  return usub(s, 0, i) .. "..." .. usub(s, n - j, n)
end

local short_repr
local function short_items(x, level, left, right, max, item)
  local n = x.n or 0
  if n == 0 then return left .. right end
  if level <= 0 then return left .. "..." .. right end
  local parts = {}
  for i = 0, math.min(n, max) - 1 do parts[#parts + 1] = item(x, i, level - 1) end
  if n > max then parts[#parts + 1] = "..." end
  return left .. table.concat(parts, ", ") .. right
end

short_repr = function(x, level)
  level = level or 6
  local t = type(x)
  if t == "string" then
    local n = C.ulen(x)
    local s = R.repr(n <= 30 and x or C.usub(x, 0, 30))
    if C.ulen(s) <= 30 then return s end
    s = R.repr(C.usub(x, 0, 13) .. C.usub(x, n - 14, n))
    local m = C.ulen(s)
    return C.usub(s, 0, 13) .. "..." .. C.usub(s, m - 14, m)
  elseif t == "number" and math.type(x) == "integer" then
    return short(R.repr(x), 40)
  end
  local cls = R.typeof(x)
  local name = cls.name
  if cls.builtin and name == "tuple" then
    local s = short_items(x, level, "(", ")", 6, function(v, i, l) return short_repr(v[i], l) end)
    if x.n == 1 then s = s:sub(1, -2) .. ",)" end
    return s
  elseif cls.builtin and name == "list" then
    return short_items(x, level, "[", "]", 6, function(v, i, l) return short_repr(v[i], l) end)
  end
  return short(R.repr(x), 30)
end

-- "file:line" where Python function f is defined (CPython's
-- _get_function_source, which shows no source for bound methods), or None
local function function_source(f)
  if type(f) ~= "function" then return None end
  local info = R.FUNCINFO[f]
  if not info or info.builtin then return None end
  local d = debug.getinfo(f, "S")
  if d and d.source:sub(1, 1) == "@" then return d.source:sub(2) .. ":" .. d.linedefined end
  return None
end

-- A ready entry fn(a, b) raised err: hand it to the loop's exception
-- handler (CPython: "Exception in callback ..."), as the context CPython
-- gives it. SystemExit and KeyboardInterrupt go on up (returned), and so
-- does whatever the handler itself raises.
local function callback_failed(loop, fn, a, b, err)
  local e = R.to_exception(err)
  if isinstance(e, R.EXC.SystemExit) or isinstance(e, R.EXC.KeyboardInterrupt) then return e end
  local cb, args, handle
  if fn == handle_run then
    handle, cb, args = a, a["._callback"], a["._args"]
  elseif fn == call_cb then
    cb, args = a, args_tuple(b)
  else
    -- the runtime's own entries (a gather's bookkeeping, ...)
    if getmetatable(fn) == GATHER_MT then fn = gather_done end
    cb, args = fn, args_tuple(a)
  end
  local ok, err2 = pcall(K.callback_error, loop, cb, args, handle or None, e)
  if not ok then return R.to_exception(err2) end
  return nil
end

local task_step, task_wakeup -- (tasks, below) named by the debug report
local sm_step -- (resumable coroutine bodies, below)

-- Debug mode: an entry that held the loop for slow_callback_duration
-- (limit) or more is reported as CPython's debug mode does.
local function report_slow(fn, a, dt)
  if fn == task_step or fn == task_wakeup then K.report_slow("task", a, dt)
  elseif fn == handle_run then K.report_slow("handle", a, dt)
  else
    if fn == call_cb then fn = a end
    K.report_slow("callback", getmetatable(fn) == GATHER_MT and gather_done or fn, dt)
  end
end

local function run_batch_timed(q, i, n, limit)
  while i <= n do
    local j = i * 3
    local fn, a, b = q[j - 2], q[j - 1], q[j]
    local t0 = loop_time()
    fn(a, b)
    local dt = loop_time() - t0
    q[j - 2], q[j - 1], q[j] = nil, nil, nil
    if dt >= limit then report_slow(fn, a, dt) end
    i = i + 1
  end
end

-- Run entries i..n of q, clearing each after it ran: the one that raised
-- is the first left in q. One pcall covers a whole batch, not one per entry.
-- limit: nil, or the slow-callback duration when every entry is timed
local function run_batch(q, i, n, limit)
  if limit then return run_batch_timed(q, i, n, limit) end
  for k = i, n do
    local j = k * 3
    q[j - 2](q[j - 1], q[j])
    q[j - 2], q[j - 1], q[j] = nil, nil, nil
  end
end

-- Entries i..n of batch q are left to run, and one of them (the first
-- still in q) raised err: report it, or requeue what did not run and raise
-- it on when it is fatal (SystemExit, KeyboardInterrupt); run the rest.
local function finish_batch(loop, q, i, n, limit, err)
  while true do
    local at = i
    while q[at * 3 - 2] == nil do at = at + 1 end
    local m = at * 3
    local fn, a, b = q[m - 2], q[m - 1], q[m]
    q[m - 2], q[m - 1], q[m] = nil, nil, nil
    i = at + 1
    local fatal = callback_failed(loop, fn, a, b, err)
    if fatal then
      -- what did not run yet runs first on the next iteration
      local rest = {n = 0}
      for k = i, n do
        local m = k * 3
        local r = rest.n + 1
        rest.n = r
        rest[3 * r - 2], rest[3 * r - 1], rest[3 * r] = q[m - 2], q[m - 1], q[m]
        q[m - 2], q[m - 1], q[m] = nil, nil, nil
      end
      local cur = loop["._q"]
      for k = 1, cur.n * 3 do rest[rest.n * 3 + k] = cur[k] end
      rest.n = rest.n + cur.n
      q.n = 0
      loop["._q"] = rest
      error(fatal, 0)
    end
    if i > n then break end
    local ok
    ok, err = xpcall(run_batch, R.tbh, q, i, n, limit)
    if ok then break end
  end
  q.n = 0
end

local function run_ready(loop)
  local q = loop["._q"]
  local n = q.n
  if n == 0 then return end
  loop["._q"] = loop["._q2"]
  loop["._q2"] = q
  local debug = loop["._debug"]
  DIRECT = not debug
  local limit = debug and loop[".slow_callback_duration"] or nil
  local ok, err = xpcall(run_batch, R.tbh, q, 1, n, limit)
  if ok then q.n = 0 else finish_batch(loop, q, 1, n, limit, err) end
end

-- An iteration's first half: wait for I/O or the next timer (not at all
-- when something is ready), turn events and due timers into ready entries.
local function prepare(loop)
  local heap = loop["._heap"]
  local ncancelled = loop["._ncancelled"]
  if ncancelled > 100 and ncancelled * 2 > heap.n then
    purge_timers(loop)
    heap = loop["._heap"]
  else
    while heap[1] and heap[1]["._cancelled"] do
      heap_pop(heap)["._scheduled"] = false
      loop["._ncancelled"] = loop["._ncancelled"] - 1
    end
  end
  local timeout
  if loop["._q"].n > 0 or loop["._stopping"] then
    timeout = 0
  elseif heap[1] then
    timeout = heap.w1 - loop_time()
    if not (timeout > 0) then timeout = 0 end -- (a NaN deadline is due: CPython's)
  else
    timeout = -1
  end
  if timeout ~= 0 then R.flush_stdout() end
  local alive, events = loop_poll(timeout)
  if timeout < 0 and not alive then
    raise_type("RuntimeError", "event loop has nothing left to run: every task is waiting for something that will never happen")
  end
  if events then
    for i = 2, events.n, 2 do if events[i] == nil then events[i] = None end end
    loop[":_process_events"](loop, R.tuple_from_array(events, events.n))
  end
  if heap[1] then
    local end_time = loop_time() + 1e-06
    while heap[1] and not (heap.w1 >= end_time) do
      local th = heap_pop(heap)
      th["._scheduled"] = false
      if th["._callback"] then
        push(loop, handle_run, th)
      elseif not th["._cancelled"] then
        -- the runtime's own timer: its function checks whether it still matters
        push(loop, th["._fn"], th["._a"], th)
      end
    end
  end
end

local function run_once(loop)
  prepare(loop)
  run_ready(loop)
end

-- The batch that iterate() is running (nil between batches): an error
-- raised there is a callback's.
local ITER_Q, ITER_N

-- run_forever's iterations until stop(), without a protected call each:
-- run_loop's one pcall catches what a callback raises, and iterate starts
-- again after run_loop has dealt with it.
local function iterate(loop)
  local heap = loop["._heap"]
  repeat
    local q = loop["._q"]
    local n = q.n
    if n == 0 or heap[1] or loop["._stopping"] then
      prepare(loop)
      q = loop["._q"]
      n = q.n
    else
      -- the common case: no timers, something ready: poll for I/O only
      local alive, events = loop_poll(0)
      if events then
        for i = 2, events.n, 2 do if events[i] == nil then events[i] = None end end
        loop[":_process_events"](loop, R.tuple_from_array(events, events.n))
        q = loop["._q"]
        n = q.n
      end
    end
    if n > 0 then
      if loop["._debug"] then
        DIRECT = false
        run_ready(loop)
      else
        DIRECT = true
        loop["._q"] = loop["._q2"]
        loop["._q2"] = q
        ITER_Q, ITER_N = q, n
        for k = 1, n do
          local j = k * 3
          q[j - 2](q[j - 1], q[j])
          q[j - 2], q[j - 1], q[j] = nil, nil, nil
        end
        q.n = 0
        ITER_Q = nil
      end
    end
  until loop["._stopping"]
end

local function run_loop(loop)
  local prev, prev_q, prev_n = RUNNING, ITER_Q, ITER_N
  RUNNING = loop
  ITER_Q = nil
  local ok, err
  while true do
    -- (the message handler keeps a failed callback's traceback)
    ok, err = xpcall(iterate, R.tbh, loop)
    if ok or ITER_Q == nil then break end
    local q, n = ITER_Q, ITER_N
    ITER_Q = nil
    ok, err = pcall(finish_batch, loop, q, 1, n, nil, err)
    if not ok then break end
    if loop["._stopping"] then ok = true; break end
  end
  ITER_Q, ITER_N = prev_q, prev_n
  RUNNING = prev
  if not ok then error(err, 0) end
  return None
end

-- ---------------------------------------------------------------------
-- Futures

-- Fields at their class default (None, false) are left out: a read then
-- finds the class's value in its lookup table (a second table lookup, no
-- call), and a small object keeps a small hash part (see a6 in bench/).
local function new_future(loop)
  return setmetatable({["._loop"] = loop, ["._state"] = PENDING}, FUTURE_MT)
end

-- Future.__init__(self, *, loop=None)
local function future_init(f, ...)
  local kw = R.kw
  local loop
  if kw then
    R.kw = nil
    loop = none_to_nil(kw.loop)
  end
  if loop == nil then loop = K.get_event_loop() end
  f["._loop"] = loop
  f["._state"] = PENDING
  return None
end

-- The CancelledError that retrieving a cancelled future's outcome raises:
-- the first time, the very exception a cancelled task ended with (as
-- CPython keeps it); else a new one with the cancel message.
local function make_cancelled_error(f)
  local exc = f["._cancelled_exc"]
  if exc ~= nil and exc ~= None then
    f["._cancelled_exc"] = None
    return exc
  end
  local msg = f["._cancel_message"]
  if msg == None then return K.CancelledError() end
  return K.CancelledError(msg)
end

local function invalid_state(msg) error(K.InvalidStateError(msg), 0) end
local function already_done() invalid_state("invalid state") end

-- f's exception with the traceback it had when it was set (see
-- future_set_exception)
local function stored_exception(f)
  local exc = f["._exception"]
  local tb = f["._exc_tb"]
  if tb and type(exc) == "table" then
    rawset(exc, "tb", table.move(tb, 1, #tb, 1, {}))
    rawset(exc, "pending", nil)
    rawset(exc, "reraised", nil)
  end
  return exc
end

local function future_result(f)
  local st = f["._state"]
  if st == CANCELLED then error(make_cancelled_error(f), 0) end
  if st ~= FINISHED then invalid_state("Result is not set.") end
  local exc = f["._exception"]
  if exc ~= None then
    UNRETRIEVED[f] = nil
    R.raise(stored_exception(f), false)
  end
  return f["._result"]
end

local function future_exception(f)
  local st = f["._state"]
  if st == CANCELLED then error(make_cancelled_error(f), 0) end
  if st ~= FINISHED then invalid_state("Exception is not set.") end
  local exc = f["._exception"]
  if exc ~= None then UNRETRIEVED[f] = nil end
  return exc
end

-- Callbacks are kept as pairs (fn, x): a task waiting on the future is
-- (task_wakeup, task), run as task_wakeup(task, fut); a user callback is
-- (cb, nil), run as cb(fut). The first one, when it is a (cb, nil) and no
-- other is there, goes in `._cb1` instead of a list (gather, TaskGroup and
-- most futures have just one).
-- Done future f's callback cb(f) into the ready queue (a gather's
-- bookkeeping may count f at once instead: see gather_child_done)
local function queue_callback(loop, cb, f)
  if getmetatable(cb) == GATHER_MT then gather_child_done(cb, f)
  else push(loop, call_cb, cb, f) end
end

local function schedule_callbacks(f)
  local c1 = f["._cb1"]
  if c1 then
    f["._cb1"] = false
    queue_callback(f["._loop"], c1, f)
  end
  local cbs = f["._cbs"]
  if not cbs then return end
  f["._cbs"] = false
  local loop = f["._loop"]
  for i = 1, cbs.n, 2 do
    local fn, x = cbs[i], cbs[i + 1]
    if fn then
      if x ~= nil then push(loop, fn, x, f) else queue_callback(loop, fn, f) end
    end
  end
end

local function add_callback(f, fn, x)
  local cbs = f["._cbs"]
  if not cbs then
    if x == nil and not f["._cb1"] then
      f["._cb1"] = fn
      return
    end
    f["._cbs"] = {fn, x, n = 2}
    return
  end
  local n = cbs.n
  cbs[n + 1], cbs[n + 2] = fn, x
  cbs.n = n + 2
end

-- all the callbacks as one list of pairs (and none in `._cb1`)
local function callbacks_list(f)
  local c1, cbs = f["._cb1"], f["._cbs"]
  if not c1 then return cbs end
  local l = {c1, nil, n = 2}
  if cbs then
    for i = 1, cbs.n do l[i + 2] = cbs[i] end
    l.n = cbs.n + 2
  end
  f["._cb1"] = false
  f["._cbs"] = l
  return l
end

-- A done callback added while contexts are in use runs in the context
-- current when it was added (or the one given), as CPython's
local function call_in_ctx(rec, f)
  local prev = CTX.cur
  CTX.cur = rec.ctx
  local ok, err = pcall(rec.cb, f)
  CTX.cur = prev
  if not ok then error(err, 0) end
end

local function future_add_done_callback(f, fn)
  local kw = R.kw
  if kw then R.kw = nil end
  if CTX.on then
    local c = kw and kw.context
    local rec = {cb = fn, ctx = (c ~= nil and c ~= None) and c or CTX.copy()}
    if f["._state"] ~= PENDING then push(f["._loop"], call_in_ctx, rec, f)
    else add_callback(f, call_in_ctx, rec) end
    return None
  end
  if f["._state"] ~= PENDING then
    push(f["._loop"], call_cb, fn, f)
  else
    add_callback(f, fn, nil)
  end
  return None
end

local function future_remove_done_callback(f, fn)
  local cbs = callbacks_list(f)
  if not cbs then return 0 end
  local kept, removed = {n = 0}, 0
  for i = 1, cbs.n, 2 do
    local g, x = cbs[i], cbs[i + 1]
    local user, ux = g, x -- (a callback kept with its context: compare the callback)
    if g == call_in_ctx then user, ux = x.cb, nil end
    if user and ux == nil and (rawequal(user, fn) or R.EQ(user, fn)) then
      removed = removed + 1
    elseif g then
      kept[kept.n + 1], kept[kept.n + 2] = g, x
      kept.n = kept.n + 2
    end
  end
  if removed > 0 then f["._cbs"] = kept.n > 0 and kept end
  return removed
end

local function future_cancel(f, msg)
  if f["._state"] ~= PENDING then return false end
  f["._state"] = CANCELLED
  -- (the message is replaced, None included, as CPython's cancel does; a
  -- field left nil reads as the class's None)
  if msg ~= nil and msg ~= None then f["._cancel_message"] = msg
  elseif rawget(f, "._cancel_message") ~= nil then f["._cancel_message"] = nil end
  schedule_callbacks(f)
  return true
end


local function future_set_result(f, v)
  if f["._state"] ~= PENDING then already_done() end
  f["._result"] = v == nil and None or v
  f["._state"] = FINISHED
  schedule_callbacks(f)
  return None
end

local function future_set_exception(f, e)
  if f["._state"] ~= PENDING then already_done() end
  if R.isclass(e) then e = e() end
  if isinstance(e, R.EXC.StopIteration) then
    raise_type("TypeError", "StopIteration interacts badly with generators and cannot be raised into a Future")
  end
  f["._exception"] = e
  f["._state"] = FINISHED
  -- the traceback as it is now: each awaiter raises e with this one (as
  -- CPython's result() does with_traceback), not with the frames another
  -- awaiter's raise added
  if type(e) == "table" then
    local tb = rawget(e, "tb")
    f["._exc_tb"] = tb and table.move(tb, 1, #tb, 1, {}) or {}
  end
  UNRETRIEVED_N = UNRETRIEVED_N + 1
  UNRETRIEVED[f] = UNRETRIEVED_N
  schedule_callbacks(f)
  return None
end

local suspend = R.suspend

-- await fut: suspend the task until the future is done
local coyield, isyieldable = coroutine.yield, coroutine.isyieldable
local function future_await(f)
  if f["._state"] == PENDING then
    -- R.suspend, inline: a waiting task's thread keeps one frame less
    if not isyieldable() then suspend(f) end
    local exc = coyield(f)
    if exc ~= nil and exc ~= None then error(exc, 0) end
  end
  return future_result(f)
end

-- ---------------------------------------------------------------------
-- Tasks. A task's Lua thread runs task_main; every resume passes
-- (exception or nil, task), so the first one finds the coroutine on the
-- task and the later ones raise the exception at the suspension point.

local await = R.await
local DONE = {} -- task_main's first result: the coroutine ended (no costatus call)

-- A task's thread. No xpcall here: a C frame under every suspended task
-- would make its stack grow past the initial size (twice the memory); when
-- the body raises, task_step builds the traceback from the dead thread.
local function task_main(exc, t)
  if exc ~= nil then
    -- cancelled before it started: its coroutine is over, as CPython's
    -- (closed by the exception thrown into it)
    local c = t["._coro"]
    if getmetatable(c) == CORO_M then c.done = true end
    error(exc, 0)
  end
  return DONE, true, await(t["._coro"])
end

-- A resumable body's frame table (see emit__sm_body in parser/emitasync.c), made
-- at its final size: 6 slots of state, then the locals.
local newtable = C.newtable
local function sm_frame(nlocals)
  if nlocals <= 2 then return {0, 0, nil, nil, nil, nil, nil, nil} end
  local F = newtable(6 + nlocals, 0)
  F[1], F[2] = 0, 0
  return F
end

local function task_init(t, coro, loop, name, count_named)
  if getmetatable(coro) ~= R.CORO_M then
    if getmetatable(coro) ~= R.ASEND_M then
      raise_type("TypeError", "a coroutine was expected, got %s", R.repr(coro))
    end
    -- anext(agen) / agen.asend(v): a coroutine in CPython; its step runs
    -- on the task's thread
    local step = coro
    coro = R.coro(function() return step.run() end,
      {name = "asend", qualname = "async_generator_asend", params = {}, kind = "coroutine"})
  end
  -- (asyncio.create_task(name=) takes a number too: CPython 3.11 names its
  -- task after making it; Task(name=) and loop.create_task(name=) do not)
  if name == nil or name == None then
    TASK_COUNT = TASK_COUNT + 1
    t["._num"] = TASK_COUNT
  else
    if count_named then TASK_COUNT = TASK_COUNT + 1 end
    t["._name"] = R.str(name)
  end
  t["._loop"] = loop
  t["._state"] = PENDING
  t["._coro"] = coro
  if SMBODY[coro.fn] and not coro.done and not loop["._debug"] then
    -- a resumable body: steps without a thread (see sm_step; debug mode
    -- wants every await made on the task's thread)
    coro.done = true
    t["._co"], t["._F"] = true, sm_frame(SMBODY[coro.fn])
  else
    t["._co"] = cocreate(task_main)
  end
  push(loop, task_step, t)
  TASK_ORDER = TASK_ORDER + 1
  ALL_TASKS[t] = TASK_ORDER
end

-- Task.__init__(self, coro, *, loop=None, name=None, context=None)
local function task_init_py(t, coro)
  local kw = R.kw
  local loop, name
  if kw then
    R.kw = nil
    loop, name = none_to_nil(kw.loop), kw.name
    if kw.context ~= nil and kw.context ~= None then rawset(t, "._ctx", kw.context) end
  end
  if CTX.on and rawget(t, "._ctx") == nil then rawset(t, "._ctx", CTX.copy()) end
  if loop == nil then loop = K.get_event_loop() end
  task_init(t, coro, loop, name)
  return None
end

-- loop.create_task(coro, *, name=None, context=None) (count_named: from
-- asyncio.create_task, see task_init)
local function create_task(loop, coro, count_named)
  check_open(loop)
  local name, context
  local kw = R.kw
  if kw ~= nil then
    R.kw = nil
    name, context = kw.name, kw.context
  end
  local factory = loop["._task_factory"]
  if factory ~= nil and factory ~= None then
    -- loop.set_task_factory(f): f(loop, coro[, context=]) makes the task,
    -- which is then named (CPython's order)
    local t
    if context ~= nil and context ~= None then t = R.kcall(factory, 2, {"context"}, loop, coro, context)
    else t = factory(loop, coro) end
    if name ~= nil and name ~= None then (t[":set_name"] or R.gm(t, "set_name"))(t, name) end
    return t
  end
  if (name ~= nil and name ~= None) or getmetatable(coro) ~= CORO_M or CTX.on then
    local t = setmetatable({}, TASK_MT)
    if CTX.on then rawset(t, "._ctx", (context ~= nil and context ~= None) and context or CTX.copy()) end
    task_init(t, coro, loop, name, count_named == true)
    return t
  end
  -- the common case in one table constructor (the fields of task_init)
  TASK_COUNT = TASK_COUNT + 1
  local t
  local nl = SMBODY[coro.fn]
  if nl and not coro.done and not loop["._debug"] then
    coro.done = true
    t = setmetatable({["._num"] = TASK_COUNT, ["._loop"] = loop, ["._state"] = PENDING,
      ["._coro"] = coro, ["._co"] = true, ["._F"] = sm_frame(nl)}, TASK_MT)
  else
    t = setmetatable({["._num"] = TASK_COUNT, ["._loop"] = loop, ["._state"] = PENDING,
      ["._coro"] = coro, ["._co"] = cocreate(task_main)}, TASK_MT)
  end
  push(loop, task_step, t)
  TASK_ORDER = TASK_ORDER + 1
  ALL_TASKS[t] = TASK_ORDER
  return t
end

-- asyncio.create_task(coro, *, name=None, context=None)
local ACLOSE_INFO = {name = "aclose", qualname = "async_generator.aclose", params = {}, kind = "coroutine"}

local function create_task_running(coro)
  local loop = RUNNING
  if loop == nil then
    if R.kw then R.kw = nil end
    raise_type("RuntimeError", "no running event loop")
  end
  return create_task(loop, coro, true)
end

local function task_name(t)
  local name = t["._name"]
  if name then return name end
  return "Task-" .. t["._num"]
end

local function is_cancelled_error(e) return isinstance(e, K.CancelledError) end

-- How many tasks have `_must_cancel` set: while none has, a step does not
-- look for the field (a miss costs three lookups).
local NMUST = 0
local function clear_must_cancel(t)
  t["._must_cancel"] = false
  NMUST = NMUST - 1
end

-- The task's coroutine ended: with a result (ok) or an exception.
local function task_finish(t, ok, v)
  ALL_TASKS[t] = nil
  if ok then
    if NMUST > 0 and t["._must_cancel"] then
      clear_must_cancel(t)
      future_cancel(t, t["._cancel_message"])
    else
      future_set_result(t, v == nil and None or v)
    end
    return
  end
  if isinstance(v, R.EXC.StopIteration) then v = R.stopiteration_escaped(v, "coroutine") end
  if is_cancelled_error(v) then
    t["._cancelled_exc"] = v
    future_cancel(t, None)
  elseif isinstance(v, R.EXC.KeyboardInterrupt) or isinstance(v, R.EXC.SystemExit) then
    future_set_exception(t, v)
    error(v, 0)
  else
    future_set_exception(t, v)
  end
end

local function cancelled_error(msg)
  if msg == nil or msg == None then return K.CancelledError() end
  return K.CancelledError(msg)
end

-- Unlink slot i (holding a waiter) from FIFO f.
local function fifo_unlink(f, i)
  f[i] = false
  local c = f.c - 1
  f.c = c
  if c == 0 then
    for k = f.h, f.t do f[k] = nil end
    f.h, f.t = 1, 0
    return
  end
  local h, t = f.h, f.t
  while h <= t and f[h] == false do f[h] = nil; h = h + 1 end
  f.h = h
end

-- Cancel t's direct wait, as cancelling the future it would wait on:
-- it leaves the FIFO (or its timer is cancelled) and it is stepped with
-- CancelledError. False when t is not waiting directly.
local function direct_cancel(t, msg)
  local w = t["._dw"]
  if not w or w == true then return false end
  t["._dw"] = true
  if w.h then
    local i = t["._dwi"]
    if w[i] == t then fifo_unlink(w, i) end
  elseif not w["._cancelled"] then
    -- a sleep's timer (see sleep_body): handle_cancel without the handle
    w["._cancelled"] = true
    if w["._scheduled"] then
      local loop = t["._loop"]
      loop["._ncancelled"] = loop["._ncancelled"] + 1
    end
  end
  push(t["._loop"], task_step, t, cancelled_error(msg))
  return true
end

-- wake a task that waited directly (taken off its FIFO, or its timer ran)
local function direct_wake(t)
  t["._dw"] = false
  push(t["._loop"], task_step, t)
end

local task_resume

task_step = function(t, exc)
  if t["._state"] ~= PENDING then return end
  if NMUST > 0 and t["._must_cancel"] then
    if exc == nil or not is_cancelled_error(exc) then exc = make_cancelled_error(t) end
    clear_must_cancel(t)
  end
  local co = t["._co"]
  if CTX.on then
    local prev = CTX.cur
    CTX.cur = rawget(t, "._ctx") or CTX.base
    if co == true then sm_step(t, t["._F"], exc) else task_resume(t, co, exc) end
    CTX.cur = prev
    return
  end
  if co == true then return sm_step(t, t["._F"], exc) end
  return task_resume(t, co, exc)
end

-- Run the task's thread up to its next suspension (or end), and act on
-- what it yields. (sm_promote comes here directly: a resumable task that
-- becomes a thread task goes on within the same step.)
task_resume = function(t, co, exc)
  local prev = CURRENT
  CURRENT = t
  -- sys.exc_info() is per task: one suspended inside an except block
  -- keeps the exception it handles, and has it back when it resumes
  local pexs = EXS[1]
  if CTX.nexs > 0 and CTX.exs[t] then
    EXS[1] = CTX.exs[t]
    CTX.exs[t] = nil
    CTX.nexs = CTX.nexs - 1
  elseif pexs then
    EXS[1] = false
  end
  local ok, a, b, c = coresume(co, exc, t)
  local now = EXS[1]
  if now then
    -- suspended in an except block: the task keeps what it handles
    if ok and a ~= DONE then
      CTX.exs[t] = now
      CTX.nexs = CTX.nexs + 1
    end
    EXS[1] = pexs
  elseif pexs then
    EXS[1] = pexs
  end
  CURRENT = prev
  if a == DIRECT_WAIT then
    if NMUST > 0 and t["._must_cancel"] then
      if direct_cancel(t, t["._cancel_message"]) then clear_must_cancel(t) end
    end
    return
  end
  if not ok then
    t["._co"] = false
    return task_finish(t, false, R.thread_exception(co, a, now))
  end
  if a == DONE then
    t["._co"] = false
    return task_finish(t, b, c)
  end
  local loop = t["._loop"]
  if a == nil or a == None then
    push(loop, task_step, t)
  elseif a == t then
    push(loop, task_step, t, R.new_exc("RuntimeError", "Task cannot await on itself: " .. R.repr(t)))
  elseif is_future(a) then
    local mt = getmetatable(a)
    if mt ~= FUTURE_MT and mt ~= TASK_MT and a["._asyncio_future_blocking"] then
      a["._asyncio_future_blocking"] = false
    end
    if a["._state"] ~= PENDING then
      push(loop, task_wakeup, t, a)
    else
      add_callback(a, task_wakeup, t)
    end
    t["._fut_waiter"] = a
    if NMUST > 0 and t["._must_cancel"] then
      if a[":cancel"](a, t["._cancel_message"]) then clear_must_cancel(t) end
    end
  else
    push(loop, task_step, t, R.new_exc("RuntimeError", "Task got bad yield: " .. R.repr(a)))
  end
end

-- The future a task waited on is done: step it with the outcome. (The
-- step forgets the future: CPython's __step clears _fut_waiter, and a
-- task waiting on a future is only stepped from here.)
task_wakeup = function(t, f)
  t["._fut_waiter"] = None
  local st = f["._state"]
  if st == FINISHED then
    local exc = f["._exception"]
    if exc == None then return task_step(t, nil) end
    UNRETRIEVED[f] = nil
    return task_step(t, stored_exception(f))
  end
  return task_step(t, make_cancelled_error(f))
end

-- Task.cancel(self, msg=None)
local function task_cancel(t, msg)
  msg = kwarg("msg", msg)
  if msg == nil then msg = None end
  if t["._state"] ~= PENDING then return false end
  t["._num_cancels_requested"] = t["._num_cancels_requested"] + 1
  local w = t["._fut_waiter"]
  if w ~= None then
    if w[":cancel"](w, msg) then return true end
  elseif direct_cancel(t, msg) then
    return true
  end
  if not t["._must_cancel"] then
    t["._must_cancel"] = true
    NMUST = NMUST + 1
  end
  if msg ~= None then t["._cancel_message"] = msg
  elseif rawget(t, "._cancel_message") ~= nil then t["._cancel_message"] = nil end
  return true
end

-- ---------------------------------------------------------------------
-- sleep: asyncio.sleep(delay, result=None) returns a coroutine object
-- whose body runs here when awaited (no closure per call).

local function sleep_wake(fut, result)
  if fut["._state"] == PENDING then future_set_result(fut, result) end
end

-- the timer of a direct sleep ran: wake its task unless it was cancelled
local function sleep_wake_direct(t, th)
  if t["._dw"] ~= th then return end
  t["._dw"] = false
  -- (the task steps in the next iteration: in CPython the timer completes
  -- the sleep's future, whose callback then schedules the task)
  return push(t["._loop"], task_step, t)
end

local corunning = coroutine.running

-- The task that may wait directly here, or nil: only on the task's own
-- thread (an async generator's thread hands its futures on to the task).
local function direct_task()
  local t = CURRENT
  if t and DIRECT and corunning() == t["._co"] then return t end
  return nil
end

local function sleep_body(delay, result)
  if result == nil then result = None end
  if delay <= 0 then
    suspend(nil)
    return result
  end
  local loop = RUNNING
  if loop == nil then raise_type("RuntimeError", "no running event loop") end
  local t = direct_task()
  if t then
    -- a timer of the runtime's own: no TimerHandle class, no Future
    local seq = loop["._seq"] + 1
    loop["._seq"] = seq
    local th = {["._fn"] = sleep_wake_direct, ["._a"] = t, ["._cancelled"] = false, ["._scheduled"] = true}
    heap_push(loop["._heap"], th, loop_time() + delay, seq)
    t["._dw"] = th
    local exc = coyield(DIRECT_WAIT)
    if exc ~= nil and exc ~= None then error(exc, 0) end
    return result
  end
  local fut = new_future(loop)
  local h = timer_at(loop, loop_time() + delay, sleep_wake, fut, result)
  local ok, r = pcall(future_await, fut)
  if not ok then
    handle_cancel(h)
    error(r, 0)
  end
  return r
end

local SLEEP_INFO = {name = "sleep", qualname = "sleep", params = {"delay", "result"}, nreq = 1, kind = "coroutine"}
local function sleep(delay, result, ...)
  if select("#", ...) > 0 then R.toomany("sleep", 1, 2, 2 + select("#", ...)) end
  if R.kw then
    local kw = R.kw
    R.kw = nil
    if kw.result ~= nil then result = kw.result end
    if kw.delay ~= nil then delay = kw.delay end
  end
  if type(delay) ~= "number" then
    if delay == nil then raise_type("TypeError", "sleep() missing 1 required positional argument: 'delay'") end
    delay = R.tofloat and R.tofloat(delay) or delay
  end
  return setmetatable({fn = sleep_body, info = SLEEP_INFO, done = false, n = 2, delay, result}, CORO_M)
end
R.FUNCINFO[sleep] = SLEEP_INFO
-- await sleep(delay, result): sleep(0) is one bare yield, here
local function sleep_rt(delay, result)
  if delay == 0 and not R.kw then
    if not isyieldable() then suspend(nil) end
    local exc = coyield(nil)
    if exc ~= nil and exc ~= None then error(exc, 0) end
    if result == nil then return None end
    return result
  end
  if type(delay) ~= "number" then return R.await(sleep(delay, result)) end
  return sleep_body(delay, result)
end
R.RT_BODY[sleep] = sleep_rt
R.RT_NARGS[sleep] = {1, 2}
-- await asyncio.sleep(...) (the module argument dropped)
R.RT_BODY_M[sleep] = function(_, delay, result) return sleep_rt(delay, result) end

-- ---------------------------------------------------------------------
-- gather: the children's bookkeeping (CPython's _done_callback), one
-- closure per gather and none per child.

-- gather_children(args, ensure_future) -> children list, number of
-- distinct futures, loop, the distinct futures (an opaque array for
-- gather_watch): each distinct argument becomes a future (the same
-- argument twice shares one)
local newtable = C.newtable
local function gather_children(args, ensure_future)
  local n = args.n
  local arr, seen, distinct, nfuts = newtable(n, 0), newtable(0, n), newtable(n, 0), 0
  local loop = None
  for i = 0, n - 1 do
    local arg = args[i]
    local fut = seen[arg]
    if fut == nil then
      if is_future(arg) then fut = arg else fut = ensure_future(arg, loop) end
      if loop == None then loop = fut["._loop"] end
      seen[arg] = fut
      nfuts = nfuts + 1
      distinct[nfuts] = fut
    end
    arr[i + 1] = fut
  end
  return R.tuple_from_array({R.list_from_array(arr, n), nfuts, loop, distinct}, 4)
end

-- A gather's bookkeeping, called as g(fut) when child fut is done (CPython's
-- _done_callback): g = {outer, children, nfuts, nfinished, rex, sched}.
gather_done = function(g, fut)
  g.sched = g.sched - 1
  local nfinished = g.nfinished + 1
  g.nfinished = nfinished
  local outer = g.outer
  if outer["._state"] ~= PENDING then
    if fut["._state"] ~= CANCELLED then future_exception(fut) end
    return
  end
  if not g.rex then
    if fut["._state"] == CANCELLED then
      outer[":set_exception"](outer, make_cancelled_error(fut))
      return
    end
    if fut["._exception"] ~= None then
      local exc = future_exception(fut)
      outer[":set_exception"](outer, exc)
      return
    end
  end
  if nfinished == g.nfuts then
    local children = g.children
    local n = children.n
    local results = newtable(n, 0)
    for i = 0, n - 1 do
      local f = children[i]
      local res
      local st = f["._state"]
      if st == CANCELLED then
        -- (CPython makes a new one, leaving the child's own for its awaiters)
        local msg = f["._cancel_message"]
        res = K.CancelledError(msg == None and "" or msg)
      elseif st == FINISHED and f["._exception"] == None then
        res = f["._result"]
      else
        res = future_exception(f)
        if res == None then res = future_result(f) end
      end
      results[i + 1] = res
    end
    if outer["._cancel_requested"] then
      -- (the last child's cancellation, with the message cancel() passed on)
      outer[":set_exception"](outer, make_cancelled_error(fut))
    else
      outer[":set_result"](outer, R.list_from_array(results, n))
    end
  end
end
GATHER_MT.__call = gather_done

-- Child fut of gather g is done. A child with a result that is not the
-- last one, while none of g's callbacks waits in the ready queue, is only
-- counted, now: its callback would do nothing else, and nothing reads the
-- count before it would have run. Others get their callback scheduled.
gather_child_done = function(g, fut)
  if g.sched == 0 and g.nfinished + 1 < g.nfuts and fut["._state"] == FINISHED
      and fut["._exception"] == None then
    g.nfinished = g.nfinished + 1
    return
  end
  g.sched = g.sched + 1
  push(fut["._loop"], g, fut)
end

local function gather_watch(outer, children, nfuts, return_exceptions, distinct)
  local g = setmetatable({outer = outer, children = children, nfuts = nfuts, nfinished = 0,
    rex = R.truth(return_exceptions), sched = 0}, GATHER_MT)
  if distinct == nil or distinct == None then
    -- (called from elsewhere without the distinct futures)
    local seen = {}
    distinct = {}
    for i = 0, children.n - 1 do
      local f = children[i]
      if not seen[f] then seen[f] = true; distinct[#distinct + 1] = f end
    end
  end
  for i = 1, nfuts do
    local f = distinct[i]
    if f["._state"] ~= PENDING then
      g.sched = g.sched + 1
      push(f["._loop"], g, f)
    else
      add_callback(f, g, nil)
    end
  end
  return None
end

-- ---------------------------------------------------------------------
-- Event and Queue: their hot paths, on Lua FIFOs of waiters. A FIFO is
-- {h = first, t = last, c = count}; removing a waiter leaves a hole
-- (false) that is skipped, so waking waiters in order stays O(1) each.

local function fifo_new() return {h = 1, t = 0, c = 0} end

local function fifo_push(f, x)
  local t = f.t + 1
  f.t, f[t], f.c = t, x, f.c + 1
end

-- Items of a plain Queue: a FIFO without holes (an item may be False).
local function items_pop(f)
  if f.c == 0 then return nil end
  local h = f.h
  local x = f[h]
  f[h] = nil
  local c = f.c - 1
  if c == 0 then f.h, f.t, f.c = 1, 0, 0 else f.h, f.c = h + 1, c end
  return x
end

local function fifo_remove(f, x)
  for i = f.h, f.t do
    if f[i] == x then
      fifo_unlink(f, i)
      return true
    end
  end
  return false
end

-- _LoopBound._get_loop: the running loop, which the object binds to
local function bound_loop(o)
  local loop = RUNNING
  if loop == nil then raise_type("RuntimeError", "no running event loop") end
  local own = o["._loop"]
  if own == None then
    o["._loop"] = loop
  elseif own ~= loop then
    raise_type("RuntimeError", "%s is bound to a different event loop", R.repr(o))
  end
  return loop
end

-- a coroutine object whose body is a runtime function
local function runtime_coro(fn, info, a, b)
  return setmetatable({fn = fn, info = info, done = false, n = 2, a, b}, CORO_M)
end

local function event_init(ev)
  ev["._waiters"] = fifo_new()
  ev["._value"] = false
  return None
end

-- Wait directly in FIFO f: t registers itself in f and suspends. Returns
-- nil once woken, or the exception the task was resumed with (a cancel
-- has then already taken t out of f, and left `._dw` true).
local function fifo_wait(t, f)
  local i = f.t + 1
  f.t, f[i], f.c = i, t, f.c + 1
  t["._dw"], t["._dwi"] = f, i
  local exc = coyield(DIRECT_WAIT)
  if exc ~= nil and exc ~= None then
    if t["._dw"] == f then
      -- resumed by something other than a waker or a cancel
      t["._dw"] = false
      if f[i] == t then fifo_unlink(f, i) end
    end
    return exc
  end
  return nil
end

-- Wake the first waiter of a FIFO of waiters (tasks waiting directly, or
-- futures); false when there was none left to wake.
local function wakeup_next(waiters)
  while waiters.c > 0 do
    local h = waiters.h
    local w = waiters[h]
    waiters[h] = nil
    if w then
      local c = waiters.c - 1
      waiters.c = c
      if c == 0 then
        -- empty: start again at slot 1 (what is left are holes)
        for i = h + 1, waiters.t do waiters[i] = nil end
        waiters.h, waiters.t = 1, 0
      else
        waiters.h = h + 1
      end
      local dw = w["._dw"]
      if dw == waiters then
        direct_wake(w)
        return true
      elseif dw == nil and w["._state"] == PENDING then
        -- a Future (a Task in the FIFO is a direct waiter, `._dw` set)
        future_set_result(w, None)
        return true
      end
    elseif h > waiters.t then
      waiters.c = 0 -- (cannot happen: a count that went wrong)
    else
      waiters.h = h + 1
    end
  end
  return false
end

-- Event.set wakes every waiter, so the FIFO starts afresh. A task waiting
-- directly leaves the FIFO when it is cancelled; a waiting future that
-- was cancelled (debug mode) stays in it until then (set skips it) or
-- until a wait() finds the FIFO mostly made of such waiters. So a waiting
-- task needs no protected call (and no C frame on its thread) to leave it.
local function event_set(ev)
  if not ev["._value"] then
    ev["._value"] = true
    local w = ev["._waiters"]
    if w.c == 0 then return None end
    -- (waking only schedules: no waiter runs before the FIFO is empty again)
    for i = w.h, w.t do
      local x = w[i]
      if x then
        local dw = x["._dw"]
        if dw == w then
          direct_wake(x)
        elseif dw == nil and x["._state"] == PENDING then
          future_set_result(x, true)
        end
      end
      w[i] = nil
    end
    w.h, w.t, w.c = 1, 0, 0
  end
  return None
end

local function event_wait_body(ev)
  if ev["._value"] then return true end
  local loop = RUNNING
  if loop == nil or ev["._loop"] ~= loop then loop = bound_loop(ev) end
  local t = CURRENT
  if t and DIRECT and corunning() == t["._co"] then
    local exc = fifo_wait(t, ev["._waiters"])
    if exc then error(exc, 0) end
    return true
  end
  local fut = new_future(loop)
  local waiters = ev["._waiters"]
  if waiters.c >= (waiters.purge_at or 64) then
    -- drop the waiters that were cancelled; look again when the FIFO has
    -- doubled (amortized O(1) a wait)
    local live = fifo_new()
    for i = waiters.h, waiters.t do
      local w = waiters[i]
      if w then
        if getmetatable(w) == FUTURE_MT then
          if w["._state"] == PENDING then fifo_push(live, w) end
        elseif w["._dw"] == waiters then
          fifo_push(live, w)
          w["._dw"], w["._dwi"] = live, live.t
        end
      end
    end
    live.purge_at = live.c * 2 > 64 and live.c * 2 or 64
    waiters = live
    ev["._waiters"] = live
  end
  fifo_push(waiters, fut)
  future_await(fut)
  return true
end

local EVENT_WAIT_INFO = {name = "wait", qualname = "Event.wait", params = {"self"}, nreq = 1, kind = "coroutine"}
-- The argument check of a runtime coroutine method: CPython's TypeError
-- when the call passes n arguments (self included) outside lo..hi.
local function check_nargs(info, lo, hi, ...)
  local n = select("#", ...)
  if n > hi then R.toomany(info.qualname, lo, hi, n) end
  if n < lo then R.argerr(info, lo, ...) end
end

local function event_wait(...)
  check_nargs(EVENT_WAIT_INFO, 1, 1, ...)
  return runtime_coro(event_wait_body, EVENT_WAIT_INFO, ...)
end

-- ---------------------------------------------------------------------
-- Resumable coroutine bodies (parser/emitasync.c): a task whose body is
-- one has no Lua thread (`._co` is true, `._F` its frame table). Each
-- step calls the body, which runs up to its next await and returns
-- SUSPEND and the awaitable, or SUSPENDC and the call it awaits; the task
-- then waits as a suspended thread would (a sleep, an Event, a future:
-- directly; anything else makes it a thread task from there on:
-- sm_promote). Going on within the same step (a set Event, a done
-- future) calls sm_step again directly, without task_step's cancel check.

local tbh = R.tbh

-- From here on the task runs on a thread of its own: the body resumes
-- there, awaits x itself at the await it stopped at (R.smresume), and
-- runs its remaining awaits on that thread too.
local function sm_promote(t, F, x)
  local fn = t["._coro"].fn
  F[5] = x
  local co = cocreate(function(exc)
    F[4] = exc
    SM[1] = F
    return DONE, true, fn()
  end)
  t["._co"] = co
  -- (within the same step: a cancel asked for meanwhile waits for the
  -- thread's first real suspension, as in CPython)
  return task_resume(t, co, nil)
end

-- sleep(delay, result) awaited by a resumable body
local function sm_sleep(t, F, loop, delay, result)
  if result == nil then result = None end
  F[3] = result
  if delay <= 0 then
    push(loop, task_step, t)
    return
  end
  local seq = loop["._seq"] + 1
  loop["._seq"] = seq
  local th = {["._fn"] = sleep_wake_direct, ["._a"] = t, ["._cancelled"] = false, ["._scheduled"] = true}
  heap_push(loop["._heap"], th, loop_time() + delay, seq)
  t["._dw"] = th
  -- (a cancel asked for meanwhile applies now)
  if NMUST > 0 and t["._must_cancel"] and direct_cancel(t, t["._cancel_message"]) then clear_must_cancel(t) end
end

-- Event.wait() awaited by a resumable body
local function sm_event_wait(t, F, ev)
  F[3] = true
  if ev["._value"] then return sm_step(t, F, nil) end
  if ev["._loop"] ~= t["._loop"] then
    -- bind the event to the loop, or raise at the await (another loop's)
    local ok, err = pcall(bound_loop, ev)
    if not ok then return sm_step(t, F, R.to_exception(err)) end
  end
  local f = ev["._waiters"]
  local i = f.t + 1
  f.t, f[i], f.c = i, t, f.c + 1
  t["._dw"], t["._dwi"] = f, i
  -- (a cancel asked for meanwhile applies now)
  if NMUST > 0 and t["._must_cancel"] and direct_cancel(t, t["._cancel_message"]) then clear_must_cancel(t) end
end

local function sm_wait(t, F, x)
  local mt = getmetatable(x)
  local loop = t["._loop"]
  if not DIRECT or RUNNING ~= loop then return sm_promote(t, F, x) end
  if mt == CORO_M then
    local fn = x.fn
    if x.done then return sm_promote(t, F, x) end
    if fn == sleep_body and type(x[1]) == "number" then
      x.done = true
      return sm_sleep(t, F, loop, x[1], x[2])
    elseif fn == event_wait_body then
      x.done = true
      return sm_event_wait(t, F, x[1])
    end
    return sm_promote(t, F, x)
  end
  if (mt == FUTURE_MT or mt == TASK_MT) and x ~= t then
    F[6] = x
    local st = x["._state"]
    if st ~= PENDING then
      -- done already: no suspension, so go on within this step
      if st == CANCELLED then return sm_step(t, F, make_cancelled_error(x)) end
      if x["._exception"] == None then return sm_step(t, F, nil) end
      UNRETRIEVED[x] = nil
      return sm_step(t, F, stored_exception(x))
    end
    add_callback(x, task_wakeup, t)
    t["._fut_waiter"] = x
    if NMUST > 0 and t["._must_cancel"] then
      if x[":cancel"](x, t["._cancel_message"]) then clear_must_cancel(t) end
    end
    return
  end
  return sm_promote(t, F, x)
end

-- `await f(a, b, c)` (n arguments): a sleep or an Event's wait without the
-- coroutine object; anything else is called here, as the body would have
-- (an error it raises is raised at the await).
local function sm_wait_call(t, F, f, n, a, b, d)
  if DIRECT and RUNNING == t["._loop"] and not R.kw then
    if f == sleep and n >= 1 and n <= 2 and type(a) == "number" then
      return sm_sleep(t, F, t["._loop"], a, b)
    elseif f == event_wait and n == 1 and getmetatable(a) == EVENT_MT then
      return sm_event_wait(t, F, a)
    end
  end
  local prev = CURRENT
  CURRENT = t
  local ok, x
  if n == 0 then ok, x = xpcall(f, tbh)
  elseif n == 1 then ok, x = xpcall(f, tbh, a)
  elseif n == 2 then ok, x = xpcall(f, tbh, a, b)
  else ok, x = xpcall(f, tbh, a, b, d) end
  CURRENT = prev
  if not ok then return sm_step(t, F, x) end
  return sm_wait(t, F, x)
end

sm_step = function(t, F, exc)
  if F[1] == 0 and exc ~= nil then
    -- cancelled before its first step: the body never runs
    t["._co"], t["._F"] = false, nil
    return task_finish(t, false, exc)
  end
  local fut = F[6]
  if fut then
    F[6] = nil
    if exc == nil then F[3] = fut["._result"] end
  end
  if exc ~= nil then F[4] = exc end
  local c = t["._coro"]
  local prev = CURRENT
  CURRENT = t
  SM[1] = F
  local ok, k, x, n, a, b, d
  if F[1] ~= 0 then ok, k, x, n, a, b, d = xpcall(c.fn, tbh)
  else
    -- the first step gets the arguments (no read past them: a coroutine
    -- object's misses go to its class)
    local na = c.n
    if na == 1 then ok, k, x, n, a, b, d = xpcall(c.fn, tbh, c[1])
    elseif na == 2 then ok, k, x, n, a, b, d = xpcall(c.fn, tbh, c[1], c[2])
    else ok, k, x, n, a, b, d = xpcall(c.fn, tbh, unpack(c, 1, na)) end
  end
  CURRENT = prev
  if not ok then
    t["._co"], t["._F"] = false, nil
    EXS[1] = false
    return task_finish(t, false, k)
  end
  if k == SUSPENDC then return sm_wait_call(t, F, x, n, a, b, d) end
  if k ~= SUSPEND then
    t["._co"], t["._F"] = false, nil
    return task_finish(t, true, k)
  end
  return sm_wait(t, F, x)
end



-- Queue storage. A Queue whose class keeps the queue methods that matter
-- (_put, _get, qsize, empty, full, put_nowait, get_nowait: what CPython's
-- put and get call) keeps its items in a FIFO of its own, and its hot
-- paths use it inline. Any other (PriorityQueue, LifoQueue, a user's
-- subclass overriding one of them) has a deque as CPython's Queue, and
-- goes through its methods as CPython's does. Checked once, here.
local function call_m0(o, key, name) return (o[key] or R.gm(o, name))(o) end
local function call_m1(o, key, name, x) return (o[key] or R.gm(o, name))(o, x) end

local function queue_init_storage(q)
  local L, A = R.typeof(q).L, R.aio
  if L[":_put"] == A.queue_put_item and L[":_get"] == A.queue_get_item and L[":qsize"] == A.queue_qsize
      and L[":empty"] == A.queue_empty and L[":full"] == A.queue_full
      and L[":put_nowait"] == A.queue_put_nowait and L[":get_nowait"] == A.queue_get_nowait then
    local items = fifo_new()
    q["._queue"] = items
    q["._fifo"] = items -- (the same table: the hot paths read one field)
  else
    q["._queue"] = K.deque()
  end
  return None
end

-- Queue._put and Queue._get
local function queue_put_item(q, item)
  local items = q["._fifo"]
  if items then fifo_push(items, item); return None end
  call_m1(q["._queue"], ":append", "append", item)
  return None
end

local function queue_get_item(q)
  local items = q["._fifo"]
  if items then return items_pop(items) end
  return call_m0(q["._queue"], ":popleft", "popleft")
end

local function queue_qsize(q)
  local items = q["._fifo"]
  if items then return items.c end
  return R.len(q["._queue"])
end

local function queue_full(q)
  local m = q["._maxsize"]
  if m <= 0 then return false end
  local items = q["._fifo"]
  if items then return items.c >= m end
  return call_m0(q, ":qsize", "qsize") >= m
end

local function queue_empty(q)
  local items = q["._fifo"]
  if items then return items.c == 0 end
  return call_m0(q, ":qsize", "qsize") == 0
end

-- q.full() and q.empty() of a queue without the runtime's FIFO
local function queue_full_m(q) return R.truth(call_m0(q, ":full", "full")) end
local function queue_empty_m(q) return R.truth(call_m0(q, ":empty", "empty")) end

local function queue_put_nowait(q, item)
  local items = q["._fifo"]
  if items then
    local m = q["._maxsize"]
    if m > 0 and items.c >= m then error(K.QueueFull(), 0) end
    fifo_push(items, item)
  else
    if queue_full_m(q) then error(K.QueueFull(), 0) end
    call_m1(q, ":_put", "_put", item)
  end
  q["._unfinished_tasks"] = q["._unfinished_tasks"] + 1
  local fin = q["._finished"]
  if getmetatable(fin) == EVENT_MT then fin["._value"] = false else fin[":clear"](fin) end
  wakeup_next(q["._getters"])
  return None
end

local function queue_get_nowait(q)
  local items = q["._fifo"]
  local item
  if items then
    if items.c == 0 then error(K.QueueEmpty(), 0) end
    item = items_pop(items)
  else
    if queue_empty_m(q) then error(K.QueueEmpty(), 0) end
    item = call_m0(q, ":_get", "_get")
  end
  wakeup_next(q["._putters"])
  return item
end

-- Wait in q's FIFO of waiters `key` while blocked(q) holds. A cancelled
-- waiter leaves the FIFO and, if it was woken, passes its turn on (as
-- CPython's Queue.put and Queue.get do).
local function queue_wait(q, key, blocked)
  while blocked(q) do
    local loop = bound_loop(q)
    local waiters = q[key]
    local t = direct_task()
    if t then
      local exc = fifo_wait(t, waiters)
      if exc then
        -- `._dw` is true when a cancel took t out of the FIFO, false when
        -- t had been woken
        if not t["._dw"] and not blocked(q) then wakeup_next(waiters) end
        error(exc, 0)
      end
    else
      local fut = new_future(loop)
      fifo_push(waiters, fut)
      local ok, err = pcall(future_await, fut)
      if not ok then
        future_cancel(fut)
        fifo_remove(waiters, fut)
        if not blocked(q) and fut["._state"] ~= CANCELLED then wakeup_next(waiters) end
        error(err, 0)
      end
    end
  end
end

-- Queue.put and Queue.get; a plain Queue (items in the runtime's FIFO)
-- has its put_nowait/get_nowait inline.
local function queue_put_body(q, item)
  local items = q["._fifo"]
  if items then
    local m = q["._maxsize"]
    if m > 0 and items.c >= m then queue_wait(q, "._putters", queue_full) end
    local t = items.t + 1
    items.t, items[t], items.c = t, item, items.c + 1
    q["._unfinished_tasks"] = q["._unfinished_tasks"] + 1
    local fin = q["._finished"]
    if fin["._value"] then
      if getmetatable(fin) == EVENT_MT then fin["._value"] = false else fin[":clear"](fin) end
    end
    local getters = q["._getters"]
    if getters.c > 0 then wakeup_next(getters) end
    return None
  end
  queue_wait(q, "._putters", queue_full_m)
  return call_m1(q, ":put_nowait", "put_nowait", item)
end

local function queue_get_body(q)
  local items = q["._fifo"]
  if items then
    while items.c == 0 do
      local loop = RUNNING
      if loop == nil or q["._loop"] ~= loop then bound_loop(q) end
      local t = CURRENT
      if not (t and DIRECT and corunning() == t["._co"]) then queue_wait(q, "._getters", queue_empty); break end
      local getters = q["._getters"]
      local exc = fifo_wait(t, getters)
      if exc then
        -- `._dw` is true when a cancel took t out of the FIFO, false when
        -- t had been woken: then it passes its turn on
        if not t["._dw"] and items.c > 0 then wakeup_next(getters) end
        error(exc, 0)
      end
    end
    local h = items.h
    local x = items[h]
    items[h] = nil
    local c = items.c - 1
    if c == 0 then items.h, items.t, items.c = 1, 0, 0 else items.h, items.c = h + 1, c end
    local putters = q["._putters"]
    if putters.c > 0 then wakeup_next(putters) end
    return x
  end
  queue_wait(q, "._getters", queue_empty_m)
  return call_m0(q, ":get_nowait", "get_nowait")
end

local PUT_INFO = {name = "put", qualname = "Queue.put", params = {"self", "item"}, nreq = 2, kind = "coroutine"}
local GET_INFO = {name = "get", qualname = "Queue.get", params = {"self"}, nreq = 1, kind = "coroutine"}

-- ---------------------------------------------------------------------
-- TaskGroup's per-task methods (the rest of the class is in asyncio.as)

-- A TaskGroup's tasks: an array in creation order, and how many of them
-- have not run their done callback yet (CPython keeps a set and discards a
-- task from it then). Done tasks are dropped from the array when they are
-- most of it; _abort skips the done ones, as CPython's does.
local TG_TASKS = "\2tasks"
local function tg_tasks(tg)
  local l = rawget(tg, TG_TASKS)
  if not l then
    l = {n = 0, live = 0}
    rawset(tg, TG_TASKS, l)
  end
  return l
end

local function is_done(f)
  if getmetatable(f) == TASK_MT then return f["._state"] ~= PENDING end
  return (f[":done"] or R.gm(f, "done"))(f)
end

local function tg_compact(l)
  local j = 0
  for i = 1, l.n do
    local t = l[i]
    l[i] = nil
    if not is_done(t) then j = j + 1; l[j] = t end
  end
  l.n = j
end

-- What _on_task_done does once the task has left the group's count.
local function tg_task_done(tg, task)
  local l = tg_tasks(tg)
  local ocf = tg["._on_completed_fut"]
  if ocf ~= None and l.live == 0 and not is_done(ocf) then
    ;(ocf[":set_result"] or R.gm(ocf, "set_result"))(ocf, true)
  end
  local exc
  if getmetatable(task) == TASK_MT then
    local st = task["._state"]
    if st == CANCELLED then return None end
    if st ~= FINISHED then invalid_state("Exception is not set.") end
    exc = task["._exception"]
    if exc == None then return None end
    UNRETRIEVED[task] = nil
  else
    if (task[":cancelled"] or R.gm(task, "cancelled"))(task) then return None end
    exc = (task[":exception"] or R.gm(task, "exception"))(task)
    if exc == None then return None end
  end
  return tg[":_on_task_error"](tg, task, exc)
end

-- TaskGroup.create_task(self, coro, *, name=None, context=None)
local function tg_create_task(tg, coro)
  local name, context
  local kw = R.kw
  if kw then
    R.kw = nil
    name, context = kw.name, kw.context
  end
  if not tg["._entered"] then
    raise_type("RuntimeError", "TaskGroup %s has not been entered", R.repr(tg))
  end
  local l = tg_tasks(tg)
  if tg["._exiting"] and l.live == 0 then
    raise_type("RuntimeError", "TaskGroup %s is finished", R.repr(tg))
  end
  if tg["._aborting"] then
    raise_type("RuntimeError", "TaskGroup %s is shutting down", R.repr(tg))
  end
  local loop = tg["._loop"]
  local m = loop[":create_task"] or R.gm(loop, "create_task")
  if (name ~= nil and name ~= None) or (context ~= nil and context ~= None) then
    local names = {}
    if name ~= nil and name ~= None then names[#names + 1] = "name" end
    if context ~= nil and context ~= None then names[#names + 1] = "context" end
    R.kw = {name = name, context = context, [R.KWMARK] = names}
  end
  -- (a named task takes a number, as CPython's TaskGroup names it after)
  local task
  if m == create_task then task = create_task(loop, coro, true) else task = m(loop, coro) end
  if is_done(task) then
    tg_task_done(tg, task)
    return task
  end
  local n = l.n + 1
  l.n, l[n], l.live = n, task, l.live + 1
  if getmetatable(task) == TASK_MT then
    add_callback(task, tg["._on_done"], nil)
  else
    ;(task[":add_done_callback"] or R.gm(task, "add_done_callback"))(task, tg["._on_done"])
  end
  return task
end

-- TaskGroup._on_task_done(self, task): the task's done callback; an error
-- goes on to _on_task_error
local function tg_on_task_done(tg, task)
  local l = tg_tasks(tg)
  if l.live > 0 then l.live = l.live - 1 end
  if l.n > 64 and l.live * 2 < l.n then tg_compact(l) end
  return tg_task_done(tg, task)
end

-- ---------------------------------------------------------------------
-- What asyncio.as reaches through _asyncloop

-- The keys of t ordered by their values, as a list.
local function list_of(t, keep)
  local arr, n = {}, 0
  for x in pairs(t) do
    if not keep or keep(x) then n = n + 1; arr[n] = x end
  end
  table.sort(arr, function(a, b) return t[a] < t[b] end)
  return R.list_from_array(arr, n)
end

-- Functions asyncio.as installs as methods: described as Python functions
-- (so they bind to the instance) that read their keywords from R.kw.
local METHODS = {"handle_cancel", "call_soon", "call_at", "call_later", "run_once", "create_future",
  "future_init", "future_result", "future_exception", "future_done", "future_cancelled",
  "future_add_done_callback", "future_remove_done_callback", "future_cancel", "future_set_result",
  "future_set_exception", "future_await", "make_cancelled_error", "task_init", "task_cancel",
  "task_name", "create_task", "event_init", "event_set", "event_wait", "queue_init_storage",
  "queue_put_item", "queue_get_item", "queue_qsize", "queue_empty", "queue_full", "queue_put_nowait",
  "queue_get_nowait", "queue_put", "queue_get", "tg_create_task", "tg_on_task_done"}

R.aio = {
  setup = function(classes)
    for k, v in R.dict_pairs(classes) do K[k] = v end
    FUTURE_MT, TASK_MT = K.Future.M, K.Task.M
    HANDLE_MT, TIMER_MT = K.Handle.M, K.TimerHandle.M
    if K.Event then EVENT_MT = K.Event.M end
    -- (R.await waits on a future in place unless its class has its own __await__)
    if K.Future then R.FUTURE_AWAIT = K.Future.L[":__await__"] end
    return None
  end,
  loop_init = loop_init,
  call_soon = call_soon,
  call_at = call_at,
  call_later = function(loop, delay, cb, ...) return call_at(loop, loop_time() + delay, cb, ...) end,
  handle_cancel = handle_cancel,
  run_once = run_once,
  run_loop = run_loop,
  running = function() return RUNNING or None end,
  -- in the next iteration, run body() as a new task's coroutine (an async
  -- generator's aclose, as CPython's finalizer hook schedules it)
  call_soon_task = function(body)
    local loop = RUNNING
    push(loop, function()
      create_task(loop, setmetatable({fn = body, info = ACLOSE_INFO, done = false, n = 0}, CORO_M))
    end)
  end,
  create_future = new_future,
  future_init = future_init,
  future_result = future_result,
  future_exception = future_exception,
  future_done = function(f) return f["._state"] ~= PENDING end,
  future_cancelled = function(f) return f["._state"] == CANCELLED end,
  future_add_done_callback = future_add_done_callback,
  future_remove_done_callback = future_remove_done_callback,
  -- Future.cancel(self, msg=None)
  future_cancel = function(f, msg) return future_cancel(f, kwarg("msg", msg)) end,
  future_set_result = future_set_result,
  future_set_exception = future_set_exception,
  future_await = future_await,
  make_cancelled_error = make_cancelled_error,
  task_init = task_init_py,
  -- contextvars' hooks: the running Context (None: the base one), switch
  -- to one, and turn contexts on (base Context, copy_context)
  ctx_current = function() return CTX.cur or None end,
  ctx_switch = function(c)
    if c == None then c = nil end
    CTX.cur = c
    return None
  end,
  ctx_enable = function(base, copy)
    CTX.on, CTX.base, CTX.copy = true, base, copy
    return None
  end,
  task_cancel = task_cancel,
  task_name = task_name,
  create_task = create_task,
  create_task_running = create_task_running,
  current_task = function()
    if RUNNING == nil then raise_type("RuntimeError", "no running event loop") end
    return CURRENT or None
  end,
  -- Task.print_stack: (file, line, function, source line) tuples, of where
  -- a pending task waits, or of the traceback a failed one ended with
  task_stack = function(t, limit)
    local frames = {}
    local function add(src, line, name)
      local file = src:sub(1, 1) == "@" and src:sub(2) or src
      frames[#frames + 1] = R.tuple_from_array({file, line, name, R.source_line(src, line) or ""}, 4)
    end
    if limit == nil or limit == None then limit = math.huge end
    if t["._state"] == PENDING then
      local c, co = t["._coro"], t["._co"]
      if getmetatable(c) == CORO_M and limit > 0 then
        local name = c.info and c.info.name or "?"
        local d = debug.getinfo(c.fn, "S")
        local line = d.linedefined
        if co == true then
          local F = t["._F"]
          line = F and F[2] > 0 and F[2] or line
        elseif type(co) == "thread" then
          local level = 0
          local F = t["._F"]
          if F and F[2] > 0 then line = F[2] end
          while true do
            local info = debug.getinfo(co, level, "lf")
            if not info then break end
            if info.func == c.fn then line = info.currentline; break end
            level = level + 1
          end
        end
        add(d.source, line, name)
      end
    else
      local exc = t["._exception"]
      local tb = exc ~= None and rawget(exc, "tb")
      if tb then
        for i = #tb, 1, -1 do
          local fr = tb[i]
          if fr[1] and #frames < limit then add(fr[1], fr[2], fr[3]) end
        end
      end
    end
    return R.list_from_array(frames, #frames)
  end,
  exc_line = function(e) return R.exc_line(e) end,
  -- does task t wait directly (no future: a Queue's, an Event's, a sleep)?
  -- "pending", or "cancelled" when the wait was cancelled and the task
  -- not stepped yet, or None
  direct_waiting = function(t)
    local w = rawget(t, "._dw")
    if type(w) == "table" then return "pending" end
    if w == true then
      local q = t["._loop"]["._q"]
      for k = 1, q.n do
        local j = k * 3
        if q[j - 2] == task_step and q[j - 1] == t and q[j] ~= nil then return "cancelled" end
      end
    end
    return None
  end,
  -- reprlib.repr(x) and a function's "file:line" (how callbacks are shown)
  short_repr = function(x) return short_repr(x) end,
  function_source = function_source,
  -- the module a class shows in reprs and tracebacks (CPython's submodules:
  -- asyncio.exceptions.CancelledError, asyncio.locks.Lock, ...)
  set_module = function(cls, name) rawset(cls, "module", name); return None end,
  all_tasks = function() return list_of(ALL_TASKS) end,
  -- the futures of `loop` with an exception nobody retrieved, forgotten here
  take_unretrieved = function(loop)
    local l = list_of(UNRETRIEVED, function(f) return f["._loop"] == loop end)
    for i = 0, l.n - 1 do UNRETRIEVED[l[i]] = nil end
    return l
  end,
  sleep = sleep,
  -- the done callbacks of a future, as a list (debug reprs)
  future_callbacks = function(f)
    local cbs, arr, n = callbacks_list(f), {}, 0
    if cbs then
      for i = 1, cbs.n, 2 do
        local cb = cbs[i]
        if cb then
          n = n + 1
          arr[n] = getmetatable(cb) == GATHER_MT and gather_done or cb
        end
      end
    end
    return R.list_from_array(arr, n)
  end,
  gather_children = gather_children,
  gather_watch = gather_watch,
  fifo = fifo_new,
  fifo_len = function(f) return f.c end,
  -- the items of a FIFO, as a list (a Queue's repr)
  fifo_items = function(f)
    local arr, n = {}, 0
    for i = f.h, f.t do
      local x = f[i]
      if x ~= nil then n = n + 1; arr[n] = x end
    end
    return R.list_from_array(arr, n)
  end,
  event_init = event_init,
  event_set = event_set,
  event_wait = event_wait,
  queue_init_storage = queue_init_storage,
  queue_put_item = queue_put_item,
  queue_get_item = queue_get_item,
  queue_qsize = queue_qsize,
  queue_empty = queue_empty,
  queue_full = queue_full,
  queue_put_nowait = queue_put_nowait,
  queue_get_nowait = queue_get_nowait,
  queue_put = function(...)
    check_nargs(PUT_INFO, 2, 2, ...)
    return runtime_coro(queue_put_body, PUT_INFO, ...)
  end,
  queue_get = function(...)
    check_nargs(GET_INFO, 1, 1, ...)
    return runtime_coro(queue_get_body, GET_INFO, ...)
  end,
  tg_create_task = tg_create_task,
  tg_on_task_done = tg_on_task_done,
  -- how many of a TaskGroup's tasks are not done yet, and those tasks
  tg_ntasks = function(tg) return tg_tasks(tg).live end,
  tg_pending = function(tg)
    local l, arr, n = tg_tasks(tg), {}, 0
    for i = 1, l.n do
      if not is_done(l[i]) then n = n + 1; arr[n] = l[i] end
    end
    return R.list_from_array(arr, n)
  end,
}
-- how a future's callbacks show in reprs (CPython's names; no source)
R.FUNCINFO[task_wakeup] = {name = "task_wakeup", qualname = "Task.task_wakeup", params = {}, builtin = true}
R.FUNCINFO[gather_done] = {name = "_done_callback", qualname = "gather.<locals>._done_callback", params = {},
  builtin = true}
R.FUNCINFO[create_task_running] = {name = "create_task", qualname = "create_task", params = {"coro"},
  builtin = true, kwmark = true, complex = true}
for _, name in ipairs(METHODS) do
  local f = R.aio[name]
  R.FUNCINFO[f] = {name = name, qualname = name, params = {}, kwmark = true, unnamed = true}
end
for _, name in ipairs({"event_wait", "queue_put", "queue_get"}) do R.FUNCINFO[R.aio[name]].kind = "coroutine" end
R.RT_BODY[R.aio.event_wait] = event_wait_body
R.RT_BODY[R.aio.queue_put] = queue_put_body
R.RT_BODY[R.aio.queue_get] = queue_get_body
R.RT_NARGS[R.aio.event_wait] = {1, 1}
R.RT_NARGS[R.aio.queue_put] = {2, 2}
R.RT_NARGS[R.aio.queue_get] = {1, 1}
