-- interactive.lua: the REPL's part of the runtime, loaded on first use by
-- interactive.c. Each input is compiled in REPL mode and its module body
-- runs as a task on one event loop that lives across inputs, so top-level
-- await works and the tasks an input starts keep running while the REPL
-- waits for the next line (repl_wait runs the loop until stdin is readable).
local R = ...
local None = R.None
local C = R.c
local type, pairs, pcall, rawget, rawset = type, pairs, pcall, rawget, rawset

local main, loop, asyncio
local current -- the task running the current input, or nil

local function meth(o, name, ...) return o[":" .. name](o, ...) end

local function setup()
  if loop then return end
  main = R.modules.__main__
  if not main then
    main = R.new_module("__main__", nil)
    rawset(main, "__file__", nil)
    R.modules.__main__ = main
    local sp = R.search_path
    sp[1] = "."
    local k = 2
    local envp = os.getenv("ASTER_PATH")
    if envp then for p in envp:gmatch("[^:]+") do sp[k] = p; k = k + 1 end end
    sp[k] = nil
    R.sync_sys_path()
  end
  asyncio = R.import("asyncio")
  loop = R.importfrom(asyncio, "new_event_loop")()
  R.importfrom(asyncio, "set_event_loop")(loop)
  local cancelled = R.importfrom(asyncio, "CancelledError")
  -- what the Ctrl-C hook raises in a running task: it ends the task the
  -- way a cancellation does, without unwinding the scheduler
  R.repl_interrupt_exc = function() return cancelled("KeyboardInterrupt") end
  local intr = meth(loop, "_add_source", function()
    if not C.repl_take_interrupt() then return None end
    if current and not meth(current, "done") then meth(current, "cancel")
    else meth(loop, "stop") end
    return None
  end)
  local out = meth(loop, "_add_source", function() meth(loop, "stop"); return None end)
  -- asyncio.run(coro) typed at the prompt (as in python3's REPL) runs the
  -- coroutine on the input's own task: awaits are stackful, so this is a
  -- plain await; anywhere else asyncio.run behaves as usual
  local orig_run = R.importfrom(asyncio, "run")
  local current_task = R.importfrom(asyncio, "current_task")
  local function run(main_coro, ...)
    if current and current_task() == current and R.importfrom(asyncio, "iscoroutine")(main_coro) then
      R.takekw()
      return R.await(main_coro)
    end
    return orig_run(main_coro, ...)
  end
  R.FUNCINFO[run] = R.FUNCINFO[orig_run]
  asyncio[".run"] = run
  C.repl_setup(intr, out)
  R.before_output = R.before_output_hook
  -- expression statements: print the repr, keep the value in builtins._
  R.displayhook = function(v)
    if v ~= None then
      R.write_stdout(R.repr(v) .. "\n")
      R.B._ = v
    end
  end
end

-- The module body of a compiled input, in __main__.
local function body_of(fn) return R.module_body(fn, main) end

local KI_REPORT = "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nKeyboardInterrupt\n"

-- Compile and run one input. Returns "incomplete", or what R.run_main does.
function R.repl_exec(src, name)
  setup()
  local chunk = "@" .. name
  local fn, _, _, _, _, incomplete = R.compile(src, chunk, 1)
  if not fn and incomplete then return "incomplete" end
  C.repl_delivered()
  local task
  local function run_task()
    -- run the loop until the input's task is done; its outcome is read
    -- from the task, so tracebacks show the input's frames only
    meth(task, "add_done_callback", function() meth(loop, "stop"); return None end)
    while not meth(task, "done") do meth(loop, "run_forever") end
  end
  local ok, err = R.xpcall(function()
    if not fn then R.compile_or_raise(src, chunk, name) end
    local body = body_of(fn)
    task = meth(loop, "create_task", R.coro(function() return body(R) end))
    current = task
    C.repl_state(false, true)
    run_task()
  end, R.tbh)
  if task and not meth(task, "done") then
    -- the loop failed (or SystemExit/KeyboardInterrupt left it): the
    -- input's task ends here
    meth(task, "cancel")
    pcall(run_task)
  end
  current = nil
  C.repl_state(false, false)
  R.flush_stdout_safe()
  local interrupted = C.repl_delivered()
  if not ok then return R.status_of(R.to_exception(err)) end
  if meth(task, "cancelled") then
    if interrupted then return "error", "KeyboardInterrupt", "", KI_REPORT end
    local okc, e = pcall(meth, task, "result")
    return R.status_of(R.to_exception(e))
  end
  local e = meth(task, "exception")
  if e ~= None then return R.status_of(e) end
  return "ok"
end

-- Run the loop until fd is readable, tasks printed something, or Ctrl-C;
-- the outcome is left in R.repl_wait_result.
function R.repl_wait(fd)
  setup()
  R.repl_wait_result = "ready"
  local watching = pcall(meth, loop, "add_reader", fd, function() meth(loop, "stop"); return None end)
  if not watching then return "ok" end -- not pollable (a regular file): just read
  C.repl_delivered()
  C.repl_state(true, false)
  local ok, err = R.xpcall(function() meth(loop, "run_forever") end, R.tbh)
  C.repl_state(false, false)
  pcall(meth, loop, "remove_reader", fd)
  R.flush_stdout_safe()
  if C.repl_delivered() then R.repl_wait_result = "interrupt"
  elseif C.repl_output_seen() then R.repl_wait_result = "output" end
  if not ok then return R.status_of(R.to_exception(err)) end
  return "ok"
end

local KEYWORDS = {"False", "None", "True", "and", "as", "assert", "async", "await", "break",
  "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
  "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
  "return", "try", "while", "with", "yield"}

-- Completions of text: keywords and names, or attributes after a dot.
function R.repl_complete(text)
  if not main then main = R.modules.__main__ end
  local out, seen = {}, {}
  local function add(s) if not seen[s] then seen[s] = true; out[#out + 1] = s end end
  local head, attr = text:match("^(.*)%.([%w_]*)$")
  if head then
    -- only plain dotted names are evaluated: completion never runs calls
    local obj
    for part in (head .. "."):gmatch("([^.]*)%.") do
      if not part:match("^[%a_][%w_]*$") then return out end
      local ok, v
      if obj == nil then
        ok, v = pcall(function()
          local x = main and rawget(main, part)
          if x == nil and main then x = R.static_get(main, part) end
          if x == nil then x = R.B[part] end
          return x
        end)
      else
        ok, v = pcall(R.pygetattr, obj, part)
      end
      if not ok or v == nil then return out end
      obj = v
    end
    local ok, names = pcall(R.B.dir, obj)
    if not ok then return out end
    local st = type(obj) == "table" and R.STATICS and R.STATICS[obj]
    if st then -- module globals kept in Lua locals
      local l = {}
      for k in pairs(st.get) do l[#l + 1] = k end
      for _, n in R.iter(names) do l[#l + 1] = n end
      names = R.list_from_array(l)
    end
    for _, n in R.iter(names) do
      if type(n) == "string" and n:sub(1, #attr) == attr and (attr:sub(1, 1) == "_" or n:sub(1, 1) ~= "_") then
        add(head .. "." .. n)
      end
    end
  else
    local function try(n)
      if type(n) == "string" and n:sub(1, #text) == text and n:match("^[%a_][%w_]*$") and
         (text:sub(1, 1) == "_" or n:sub(1, 1) ~= "_") then add(n) end
    end
    for _, k in ipairs(KEYWORDS) do try(k) end
    if main then
      for k in pairs(main) do try(k) end
      local s = R.STATICS and R.STATICS[main]
      if s then for k in pairs(s.get) do try(k) end end
    end
    for k in pairs(R.B) do try(k) end
    for _, k in ipairs(R.exc_names()) do try(k) end
  end
  table.sort(out)
  return out
end
