-- executor.lua: the Lua half of run_in_executor/to_thread (vm/executor.c
-- is the C half). A call runs in a worker VM on libuv's thread pool; the
-- two VMs share nothing, so the call travels as a byte string:
--   request = (module, qualname, search_path, main_path, main_src) .. (args, kwargs)
--   reply   = "R" .. value | "E" .. (module, qualname, args, message, frames)
--             | "X" .. text (the worker VM itself failed)
-- Values are copied: None, bool, int, float, str, bytes, list, tuple,
-- dict, set, frozenset, nested; functions and classes go by name (as
-- pickle sends them); anything else is a TypeError at the call. A
-- functools.partial to run is unwrapped into its function and arguments.
-- Functions travel by name: a module-level function (or a function
-- reachable from a module-level class) of an imported module, of the main
-- script, or of a builtin module. The worker imports the module and looks
-- the function up. The main script is loaded as `__mp_main__` (as
-- multiprocessing does), so `if __name__ == "__main__":` blocks do not run
-- again; its top level runs only up to a top-level asyncio.run() call or
-- an executor submission, with its standard output discarded, so that
-- scripts written for CPython's thread pool (which never re-runs the top
-- level) print nothing twice and submit nothing twice.
local R = ...
local None = R.None
local C = R.c
local type, getmetatable, setmetatable, rawget, pairs, pcall, error =
      type, getmetatable, setmetatable, rawget, pairs, pcall, error
local pack, unpack, sub, format, concat = string.pack, string.unpack, string.sub, string.format, table.concat
local mtype = math.type
local typeof, raise_type = R.typeof, R.raise_type

local LIST_M, TUPLE_M, DICT_M, SET_M, FROZENSET_M, BYTES_M =
      R.LIST, R.TUPLE, R.DICT_M, R.SET_M, R.FROZENSET_M, R.BYTES_M

local MAX_DEPTH = 200

-- ---------------------------------------------------------------------
-- Encoding

local encode, function_spec, resolve_function
local main_ref_used -- set by encode: a function of __main__ was sent by name

local function unsupported(v, what)
  local name = typeof(v).name
  if type(v) == "function" then
    local info = R.FUNCINFO[v]
    name = info and not info.builtin and "function" or "builtin_function_or_method"
  end
  raise_type("TypeError", "cannot send a '%s' object to a worker VM (%s): only None, bool, int, float, " ..
             "str, bytes, list, tuple, dict, set and frozenset values are copied, and module-level " ..
             "functions and classes by name", name, what)
end

encode = function(v, out, seen, depth, what)
  local t = type(v)
  if v == None then out[#out + 1] = "N"
  elseif t == "boolean" then out[#out + 1] = v and "T" or "F"
  elseif t == "number" then
    if mtype(v) == "integer" then out[#out + 1] = pack("<c1j", "i", v)
    else out[#out + 1] = pack("<c1n", "f", v) end
  elseif t == "string" then out[#out + 1] = pack("<c1s4", "s", v)
  elseif t == "function" or (t == "table" and R.isclass(v)) then
    -- by name, as pickle sends functions and classes
    local ok, mod, qual = pcall(function_spec, v)
    if not ok then unsupported(v, what) end
    if mod == "__main__" then main_ref_used = true end
    out[#out + 1] = pack("<c1s4s4", "r", mod, qual)
  elseif t == "table" then
    local mt = getmetatable(v)
    if mt == BYTES_M then out[#out + 1] = pack("<c1s4", "b", v.b); return end
    if mt ~= LIST_M and mt ~= TUPLE_M and mt ~= DICT_M and mt ~= SET_M and mt ~= FROZENSET_M then
      unsupported(v, what)
    end
    if seen[v] then raise_type("ValueError", "cannot send a recursive data structure to a worker VM (%s)", what) end
    if depth > MAX_DEPTH then raise_type("ValueError", "data too deeply nested to send to a worker VM (%s)", what) end
    seen[v] = true
    if mt == LIST_M or mt == TUPLE_M then
      local n = v.n
      out[#out + 1] = pack("<c1I4", mt == LIST_M and "l" or "t", n)
      for i = 0, n - 1 do encode(v[i], out, seen, depth + 1, what) end
    elseif mt == DICT_M then
      local at = #out + 1
      out[at] = ""
      local n = 0
      for k, x in R.dict_pairs(v) do
        encode(k, out, seen, depth + 1, what)
        encode(x, out, seen, depth + 1, what)
        n = n + 1
      end
      out[at] = pack("<c1I4", "d", n)
    else
      local at = #out + 1
      out[at] = ""
      local n = 0
      for k in R.set_keys(v) do
        encode(k, out, seen, depth + 1, what)
        n = n + 1
      end
      out[at] = pack("<c1I4", mt == SET_M and "S" or "Z", n)
    end
    seen[v] = nil
  else
    unsupported(v, what)
  end
end

local function encode_value(v, what)
  local out = {}
  encode(v, out, {}, 0, what)
  return concat(out)
end
R.exec_encode = encode_value

local function decode(s, pos, depth)
  if depth > MAX_DEPTH + 8 then error(R.new_exc("SystemError", "corrupt data from a worker VM"), 0) end
  local tag = sub(s, pos, pos)
  pos = pos + 1
  if tag == "N" then return None, pos end
  if tag == "T" then return true, pos end
  if tag == "F" then return false, pos end
  if tag == "i" then return unpack("<j", s, pos) end
  if tag == "f" then return unpack("<n", s, pos) end
  if tag == "s" then return unpack("<s4", s, pos) end
  if tag == "b" then
    local b
    b, pos = unpack("<s4", s, pos)
    return R.bytes_of(b), pos
  end
  if tag == "r" then
    local mod, qual
    mod, qual, pos = unpack("<s4s4", s, pos)
    return resolve_function(mod, qual), pos
  end
  local n
  n, pos = unpack("<I4", s, pos)
  if tag == "l" or tag == "t" then
    local l = {n = n}
    for i = 0, n - 1 do l[i], pos = decode(s, pos, depth + 1) end
    return setmetatable(l, tag == "l" and LIST_M or TUPLE_M), pos
  end
  if tag == "d" then
    local d = R.new_dict()
    for _ = 1, n do
      local k, v
      k, pos = decode(s, pos, depth + 1)
      v, pos = decode(s, pos, depth + 1)
      R.dict_set(d, k, v)
    end
    return d, pos
  end
  if tag == "S" or tag == "Z" then
    local st = R.mkset()
    for _ = 1, n do
      local k
      k, pos = decode(s, pos, depth + 1)
      R.setadd(st, k)
    end
    if tag == "Z" then st = R.frozenset(st) end
    return st, pos
  end
  error(R.new_exc("SystemError", "corrupt data from a worker VM"), 0)
end

local function decode_value(s, pos) return (decode(s, pos or 1, 0)) end
R.exec_decode = decode_value

-- ---------------------------------------------------------------------
-- Functions by name

local function split_qualname(q)
  local parts = {}
  for p in q:gmatch("[^.]+") do parts[#parts + 1] = p end
  return parts
end

local function lookup(m, qualname)
  local v = m
  for _, p in ipairs(split_qualname(qualname)) do
    local ok, x = pcall(R.ga, v, p)
    if not ok then return nil end
    v = x
  end
  return v
end

-- the module a Python function was compiled in, from its chunk name
local function module_of_function(f)
  local src = debug.getinfo(f, "S").source
  if sub(src, 1, 1) ~= "@" then return nil end
  local path = sub(src, 2)
  local main = R.modules.__main__
  if main and rawget(main, "__file__") == path then return "__main__" end
  for name, m in pairs(R.modules) do
    if rawget(m, "__file__") == path then return name end
  end
  local emb = path:match("^<aster>/(.+)%.as$")
  if emb and R.modules[emb] then return emb end
  return nil
end

-- (module, qualname) naming `fn`, or a TypeError
function_spec = function(fn)
  local t = type(fn)
  local mod, qual
  if t == "function" then
    local info = R.FUNCINFO[fn]
    if not info then raise_type("TypeError", "cannot run this function in a worker VM: it has no name") end
    qual = info.qualname or info.name
    if info.builtin then
      if info.module then mod = info.module
      elseif R.B[info.name] == fn then mod, qual = "builtins", info.name end
    else
      if qual:find("<", 1, true) then
        raise_type("TypeError", "cannot run %s in a worker VM: only functions defined at the top level of a " ..
                   "module (or in a top-level class) can be sent, not lambdas or nested functions", qual)
      end
      mod = module_of_function(fn)
    end
  elseif R.isclass(fn) then
    qual = fn.qualname or fn.name
    mod = fn.module
    if mod == "builtins" or R.B[fn.name] == fn then mod, qual = "builtins", fn.name end
  else
    if t == "table" and getmetatable(fn) == R.BOUND_MT then
      raise_type("TypeError", "cannot run a bound method in a worker VM: its object would have to be copied; " ..
                 "pass a module-level function and the values it needs")
    end
    raise_type("TypeError", "cannot run a '%s' object in a worker VM: only functions defined at the top " ..
               "level of a module (or in a top-level class) and builtins can be sent", typeof(fn).name)
  end
  if not mod or not qual then
    raise_type("TypeError", "cannot run %s in a worker VM: the module it comes from is unknown", R.repr(fn))
  end
  local found
  if mod == "builtins" then found = R.B[qual]
  else
    local m = R.modules[mod]
    if m then found = lookup(m, qual) end
  end
  if found ~= fn then
    raise_type("TypeError", "cannot run %s in a worker VM: it is not the object named %s.%s", R.repr(fn), mod, qual)
  end
  return mod, qual
end

-- Raised to end the worker's run of the main script's top level (a
-- SystemExit, so that `except Exception` at the top level lets it pass).
local function stop_load()
  local e = R.new_exc("SystemExit", "worker VM: end of the main script's top level")
  rawset(e, "__aster_stop_load", true)
  error(e, 0)
end
local loading_main = false
local worker_main -- in a worker: {path, source} of the main script

-- The request for calling fn(*args, **kwargs) in a worker: raises
-- TypeError/ValueError here, in the calling VM, for what cannot be sent.
local function request(fn, args, kwargs)
  -- the main script's top level, run again in a worker, ends at its first
  -- submission (it would submit again from every worker)
  if loading_main then stop_load() end
  -- functools.partial(f, *a, **k): call f with the arguments merged
  local ft = R.modules.functools
  local P = ft and rawget(ft, "partial")
  if P == nil and ft then P = R.static_get(ft, "partial") end
  while R.isclass(P) and type(fn) == "table" and R.isinstance(fn, P) do
    local pargs, pkw = R.ga(fn, "args"), R.ga(fn, "keywords")
    local a = {}
    for i = 0, pargs.n - 1 do a[#a + 1] = pargs[i] end
    for i = 0, args.n - 1 do a[#a + 1] = args[i] end
    args = R.tuple_from_array(a, #a)
    local kw = R.new_dict()
    for k, v in R.dict_pairs(pkw) do R.dict_set(kw, k, v) end
    if kwargs ~= nil and kwargs ~= None then for k, v in R.dict_pairs(kwargs) do R.dict_set(kw, k, v) end end
    kwargs = kw
    fn = R.ga(fn, "func")
  end
  local mod, qual = function_spec(fn)
  main_ref_used = mod == "__main__"
  local payload = {}
  local seen = {}
  payload[1] = pack("<c1I4", "t", 2)
  encode(args, payload, seen, 0, "an argument")
  encode(kwargs == nil and None or kwargs, payload, seen, 0, "a keyword argument")
  local main_path, main_src = None, None
  if main_ref_used then
    local m = R.modules.__main__
    main_path = rawget(m, "__file__")
    if main_path == nil or main_path == None then main_path = "<string>" end
    main_src = R.SOURCES["@" .. main_path] or None
  end
  local header = {}
  header[1] = pack("<c1I4", "t", 5)
  encode(mod, header, seen, 0, "module")
  encode(qual, header, seen, 0, "name")
  encode(R.list_from_array(R.search_path), header, seen, 0, "path")
  encode(main_path, header, seen, 0, "path")
  encode(main_src, header, seen, 0, "source")
  return concat(header) .. concat(payload)
end

-- ---------------------------------------------------------------------
-- The worker side: runs in the worker VM, on a thread of the pool.


local function load_main(path, src)
  local m = R.modules.__mp_main__
  if m then return m end
  if src == None then
    local f = io.open(path, "rb")
    if not f then raise_type("ImportError", "cannot load the main script %s in the worker", path) end
    src = f:read("a")
    f:close()
  end
  m = R.new_module("__mp_main__", path)
  R.modules.__mp_main__ = m
  R.modules.__main__ = m
  R.SOURCES["@" .. path] = src
  -- the top level runs up to asyncio.run() with its output discarded
  local asyncio = R.load_module("asyncio")
  local real_run = asyncio.run
  asyncio.run = function(coro)
    if type(coro) == "table" and getmetatable(coro) == R.CORO_M then coro.done = true end
    stop_load()
  end
  loading_main = true
  R.flush_stdout()
  local real_stdout = io.stdout
  io.stdout = {write = function() end, flush = function() end}
  local ok, err = pcall(function()
    local fn, kind, msg = R.compile(src, "@" .. path)
    if not fn then error(R.new_exc(kind or "SyntaxError", msg), 0) end
    R.exec_module(fn, m)
  end)
  loading_main = false
  pcall(R.flush_stdout)
  io.stdout = real_stdout
  asyncio.run = real_run
  if not ok and not (type(err) == "table" and rawget(err, "__aster_stop_load")) then
    R.modules.__mp_main__, R.modules.__main__ = nil, nil
    error(err, 0)
  end
  return m
end

local function frames_of(e)
  local tb = rawget(e, "tb") or {}
  local fr = {}
  for i = 1, #tb do
    local f = tb[i]
    fr[i] = R.tuple_from_array({f[1], f[2], f[3]}, 3)
  end
  return R.list_from_array(fr, #tb)
end

-- The fields of an exception's instance dict (its own attributes), and
-- of the exception that caused it: sent along when they can be copied
local EXC_FIELDS = {[".args"] = true, [".__cause__"] = true, [".__context__"] = true, [".__traceback__"] = true,
  [".__suppress_context__"] = true, [".__notes__"] = true}
local function exc_record(e, depth)
  local cls = typeof(e)
  local args = rawget(e, ".args") or R.tuple_from_array({}, 0)
  local ok, msg = pcall(R.str, e)
  if not ok then msg = "" end
  local mod = cls.module or "builtins"
  if R.EXC[cls.name] == cls then mod = "builtins" end
  local attrs = R.mkdict()
  for k, v in pairs(e) do
    if type(k) == "string" and sub(k, 1, 1) == "." and not EXC_FIELDS[k] then
      if pcall(encode_value, v, "an attribute") then R.dict_set(attrs, sub(k, 2), v) end
    end
  end
  local cause = rawget(e, ".__cause__")
  local crec = None
  if depth < 4 and cause ~= nil and cause ~= None and R.isinstance(cause, R.BaseException) then
    crec = exc_record(cause, depth + 1)
  end
  local rec = R.tuple_from_array({mod, cls.qualname or cls.name, args, msg, frames_of(e), attrs, crec}, 7)
  if not pcall(encode_value, rec, "exception") then
    rec = R.tuple_from_array({mod, cls.qualname or cls.name, R.tuple_from_array({msg}, 1), msg, frames_of(e),
      R.mkdict(), None}, 7)
  end
  return rec
end

local function exc_reply(e)
  return "E" .. encode_value(exc_record(R.to_exception(e), 0), "exception")
end

-- The function or class named (module, qualname): in a worker, the main
-- script is loaded as __mp_main__ when it is named.
resolve_function = function(mod, qual)
  local fn
  if mod == "builtins" then fn = R.B[qual]
  else
    local m
    if mod == "__main__" or mod == "__mp_main__" then
      m = worker_main and load_main(worker_main[1], worker_main[2]) or R.modules.__main__
    else
      m = R.import(mod, true, 0, nil)
    end
    fn = m and lookup(m, qual)
  end
  if fn == nil then raise_type("AttributeError", "no %s in module %s (for a worker VM)", qual, mod) end
  return fn
end

-- R.exec_worker(request) -> reply; never raises
function R.exec_worker(req)
  local result
  local ok, err = R.xpcall(function()
    local r, pos = decode(req, 1, 0)
    local mod, qual, path = r[0], r[1], r[2]
    worker_main = {r[3], r[4]}
    local sp = R.search_path
    for i = #sp, 1, -1 do sp[i] = nil end
    for i = 0, path.n - 1 do sp[i + 1] = path[i] end
    R.sync_sys_path()
    local fn = resolve_function(mod, qual)
    local payload = decode(req, pos, 0)
    local v = R.scall(fn, payload[0], payload[1])
    if v == nil then v = None end
    result = "R" .. encode_value(v, "the result")
  end, R.tbh)
  pcall(R.flush_stdout)
  if ok then return result end
  local rok, rep = pcall(exc_reply, err)
  if rok then return rep end
  return "Xcannot report the worker's exception"
end

-- ---------------------------------------------------------------------
-- The calling side: the reply back into a value or an exception.

local function find_class(mod, qual)
  if mod == "builtins" then return R.EXC[qual] or R.B[qual] end
  if mod == "__mp_main__" then mod = "__main__" end
  local m = R.modules[mod]
  if not m then return nil end
  return lookup(m, qual)
end

-- An exception again from its record: a builtin class through its
-- constructor; a user's class as BaseException.__new__ makes it (args
-- kept, __init__ not run: as the same object would be), with its
-- attributes; its cause too
local function exc_of_record(r)
  local mod, qual, args, msg, frames = r[0], r[1], r[2], r[3], r[4]
  local attrs, crec = r[5], r[6]
  local cls = find_class(mod, qual)
  local e
  if R.isclass(cls) and R.issubclass(cls, R.BaseException) then
    if mod == "builtins" then
      local ok, x = pcall(R.scall, cls, args, None)
      if ok and R.isinstance(x, R.BaseException) then e = x end
    else
      e = setmetatable({[".args"] = args, tb = false, pending = false}, cls.M)
    end
  end
  if not e then
    local name = mod == "builtins" and qual or (mod == "__mp_main__" and "__main__" or mod) .. "." .. qual
    e = R.new_exc("RuntimeError", msg ~= "" and name .. ": " .. msg or name)
  elseif attrs ~= nil and attrs ~= None then
    for k, v in R.dict_pairs(attrs) do rawset(e, "." .. k, v) end
  end
  if crec ~= nil and crec ~= None then
    rawset(e, ".__cause__", exc_of_record(crec))
    rawset(e, ".__suppress_context__", true)
  end
  local tb = {}
  for i = 0, frames.n - 1 do
    local f = frames[i]
    tb[i + 1] = {f[0], f[1], f[2]}
  end
  rawset(e, "tb", tb)
  return e
end

-- reply(s) -> ok, value (ok false: the exception to raise)
local function reply(s)
  local tag = sub(s, 1, 1)
  if tag == "R" then return true, decode_value(s, 2) end
  if tag == "E" then return false, exc_of_record(decode_value(s, 2)) end
  return false, R.new_exc("RuntimeError", "the worker VM failed: " .. sub(s, 2))
end

R.builtin_loaders._executor = function()
  return R.lua_module("_executor", {
    -- request(fn, args, kwargs) -> bytes to hand to submit()
    request = function(fn, args, kwargs) return request(fn, args, kwargs) end,
    -- submit(token, request) -> job: run it; the reply comes as the
    -- token's event (token 0: none), or from wait(job)
    submit = function(token, req)
      R.flush_stdout() -- what was printed before comes before what the worker prints
      return C.exec_submit(token, req)
    end,
    -- wait(job) -> reply, blocking; done(job) -> has it replied?
    wait = function(job, timeout)
      R.flush_stdout()
      local r = C.exec_wait(job, (timeout ~= nil and timeout ~= None) and timeout or nil)
      if r == nil then return None end
      return r
    end,
    done = function(job) return C.exec_done(job) end,
    reply = function(s) return R.tuple_from_array({reply(s)}, 2) end,
  })
end

-- concurrent.futures (stdlib/_concurrent_futures.as) under its real name
R.builtin_loaders.concurrent = function()
  local m = R.new_module("concurrent")
  rawset(m, "__path__", R.list_from_array({}, 0))
  return m
end
R.builtin_loaders["concurrent.futures"] = function()
  local fn = R.load_embedded("_concurrent_futures")
  local m = R.new_module("concurrent.futures")
  R.modules["concurrent.futures"] = m
  local ok, err = pcall(R.exec_module, fn, m)
  if not ok then R.modules["concurrent.futures"] = nil; error(err, 0) end
  return m
end
