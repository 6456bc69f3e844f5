-- modules.lua: module objects, the import system (files next to the
-- script, ASTER_PATH, embedded stdlib), builtin modules written in Lua
-- (sys, time, math, os, os.path), `with` support and running __main__.
local R = ...
local None = R.None
local type, rawget, rawset, setmetatable, getmetatable, error, pcall, select, pairs =
      type, rawget, rawset, setmetatable, getmetatable, error, pcall, select, pairs
local format, sub, byte = string.format, string.sub, string.byte
local typeof, isinstance, raise_type = R.typeof, R.isinstance, R.raise_type
local EXC = R.EXC
local C = R.c

local function raise(name, fmt, ...) raise_type(name, fmt, ...) end

-- ---------------------------------------------------------------------
-- Module objects: the namespace table itself, plain keys = globals

local module_cls = R.builtin_type("module", nil, {
  __repr__ = function(m)
    local f = rawget(m, "__file__")
    if f and f ~= None then return format("<module '%s' from '%s'>", rawget(m, "__name__"), f) end
    return format("<module '%s' (built-in)>", rawget(m, "__name__"))
  end,
}, {noattrs = true})
local MODULE_M = {cls = module_cls, __name = "module"}
module_cls.M = MODULE_M
R.MODULE_M = MODULE_M
for k, v in pairs(R.object.M) do end
MODULE_M.__tostring = function(m) return R.repr(m) end

local STATICS = R.STATICS

-- mod.f(args) where mod was bound by `import mod` reads mod["\2f"] (see
-- the emitter): the value itself. A Lua module, or a loaded module's name
-- kept in a Lua local, keeps that value under "\2f" once read, since then
-- only MODULE_M.__newindex (or delattr) can change it, and they drop it.
local LUA_MODULES = setmetatable({}, {__mode = "k"})
local LOADED = setmetatable({}, {__mode = "k"})
local function call_value(m, name)
  local v = rawget(m, name)
  if v ~= nil then
    if LUA_MODULES[m] then rawset(m, "\2" .. name, v) end
    return v
  end
  local s = STATICS[m]
  local g = s and s.get[name]
  if g then
    v = g()
    if v ~= nil then
      if LOADED[m] then rawset(m, "\2" .. name, v) end
      return v
    end
  end
  return m["." .. name]
end
local function forget(m, name) rawset(m, "\2" .. name, nil) end
R.module_forget = forget

MODULE_M.__index = function(m, k)
  if type(k) == "string" and byte(k, 1) == 2 then return call_value(m, sub(k, 2)) end
  -- mod.name / mod.name() where the module keeps name in a Lua local (a
  -- ":name" getter gives the value already wrapped for the method call)
  local s = STATICS[m]
  if s then
    local g = (s.attr or R.static_attrs(m))[k]
    if g then
      local v = g()
      if v ~= nil then return v end
    end
  end
  if type(k) ~= "string" then return nil end
  local c = byte(k, 1)
  if c == 46 or c == 58 then
    local name = sub(k, 2)
    local v = rawget(m, name)
    if v == nil then v = R.static_get(m, name) end
    if v == nil then
      v = module_cls.L[k]
      if v ~= nil then return v end
      if name == "__dict__" then v = R.module_dict(m) end
    end
    if v == nil then
      local ga = rawget(m, "__getattr__")
      if ga then v = ga(name) else
        R.raise_attr(m, name, "module '%s' has no attribute '%s'", rawget(m, "__name__") or "?", name)
      end
    end
    if c == 58 then return R.dropself(v) end
    return v
  end
  return R.static_get(m, k)
end
MODULE_M.__newindex = function(m, k, v)
  if type(k) == "string" and byte(k, 1) == 46 then k = sub(k, 2) end
  if type(k) == "string" then forget(m, k) end
  if R.static_set(m, k, v) then return end
  rawset(m, k, v)
end

function R.module_dict(m)
  local d = R.mkdict()
  for k, v in pairs(m) do if type(k) == "string" and byte(k, 1) ~= 2 then d[k] = v end end
  local s = R.STATICS[m]
  if s then for k, g in pairs(s.get) do d[k] = g() end end
  return d
end

local function new_module(name, file)
  local m = setmetatable({}, MODULE_M)
  rawset(m, "__name__", name)
  rawset(m, "__file__", file or None)
  rawset(m, "__doc__", None)
  local pkg = name:match("^(.*)%.[^.]*$") or ""
  rawset(m, "__package__", pkg)
  return m
end
R.new_module = new_module

-- a module implemented in Lua from a table of functions
local function lua_module(name, t)
  local m = new_module(name)
  for k, v in pairs(t) do
    if type(v) == "function" and not R.FUNCINFO[v] then
      R.FUNCINFO[v] = {name = k, qualname = k, builtin = true, params = {}, module = name}
    end
    rawset(m, k, v)
  end
  LUA_MODULES[m] = true
  return m
end
R.lua_module = lua_module

-- ---------------------------------------------------------------------
-- Import

local modules = {}          -- name -> module
R.modules = modules
-- sys.modules (a dict) once sys is loaded: set_module keeps it in step
local SYS_MODULES
local function set_module(name, m)
  modules[name] = m
  if SYS_MODULES then
    if m == nil then R.dict_del(SYS_MODULES, name) else R.dict_set(SYS_MODULES, name, m) end
  end
end
local builtin_loaders = {}  -- name -> function() -> module table
R.builtin_loaders = builtin_loaders
local search_path = {}
R.search_path = search_path

local function read_file(path)
  local f = io.open(path, "rb")
  if not f then return nil end
  local s = f:read("a")
  f:close()
  return s
end
R.read_file = read_file

local function compile_or_raise(src, chunk, path, flags, maxline)
  local fn, kind, msg, line, col = R.compile(src, chunk, flags)
  if fn then return fn end
  if maxline and line and line > maxline then line = maxline end
  local text = R.line_of(src, line)
  local e = setmetatable({}, EXC[kind] and EXC[kind].M or EXC.SyntaxError.M)
  EXC.SyntaxError.L[":__init__"](e, msg, R.tuple_from_array({path, line, (col or 0) + 1, text or None}, 4))
  error(e, 0)
end

function R.line_of(src, line)
  if not line or line < 1 then return nil end
  local n = 0
  for l in (src .. "\n"):gmatch("([^\n]*)\n") do
    n = n + 1
    if n == line then return l end
  end
  return nil
end

-- The module body of a compiled chunk, to run as module `m` (body(R)).
local MODULE_INFO = {name = "<module>", qualname = "<module>"}
local function module_body(fn, m)
  debug.setupvalue(fn, 1, m)
  local body = fn()
  -- join the body's __ipl upvalue with the runtime's (see object.lua)
  for i = 1, 255 do
    local name = debug.getupvalue(body, i)
    if name == nil then break end
    if name == "__ipl" then debug.upvaluejoin(body, i, R.ipl_cell, 1); break end
  end
  R.FUNCINFO[body] = MODULE_INFO
  return body
end
R.module_body = module_body

-- eval() and exec() (the emitter passes the caller's module namespace G
-- and, in a function or class body, a snapshot of its locals L). The
-- source is compiled as an interactive input, whose names go through its
-- _ENV: the globals (G, or the dict given), or a table that reads the
-- locals first and stores there. eval's source is one parenthesized
-- expression statement, whose value the displayhook hands over.
local EXEC_INFO = {name = "<module>", qualname = "<module>"}
function R.exec_eval(kind, G, L, src, globals, locals)
  if globals ~= nil and globals ~= None then
    if not R.isinstance(globals, R.dict) then
      R.raise_type("TypeError", "%s() globals must be a dict, not %s", kind, R.typeof(globals).name)
    end
    G, L = R.unbox(globals), nil
  end
  if locals ~= nil and locals ~= None then L = locals end
  if type(src) == "table" and getmetatable(src) == getmetatable(R.bytes_of("")) then src = src.b end
  if type(src) ~= "string" then
    R.raise_type("TypeError", "%s() arg 1 must be a string, bytes or code object", kind)
  end
  src = src:gsub("^[ \t]+", "")
  local maxline
  if kind == "eval" then
    -- (an error at the closing parenthesis is the source's last line's)
    local _, nl = src:gsub("\n", "")
    maxline = nl + 1
    src = "(" .. src .. "\n)"
  end
  local fn = compile_or_raise(src, "@<string>", "<string>", 1, maxline)
  local env = G
  if L ~= nil then
    local plain = getmetatable(L) == R.DICT_M
    env = setmetatable({}, {__newindex = function(_, k, v) L[k] = v end})
    -- (R.gn looks names up here once the empty env misses)
    R.ENV_PARENT[env] = function(k)
      local v
      if plain then v = R.dict_get(L, k)
      else
        local ok, x = pcall(R.getitem, L, k)
        if ok then v = x end
      end
      if v ~= nil then return v end
      v = rawget(G, k)
      if v == nil then v = R.static_get(G, k) end
      return v
    end
  end
  local body = module_body(fn, env)
  R.FUNCINFO[body] = EXEC_INFO
  if kind == "exec" then
    body(R)
    return None
  end
  local prev, result = R.displayhook, None
  R.displayhook = function(v) result = v end
  local ok, err = pcall(body, R)
  R.displayhook = prev
  if not ok then error(err, 0) end
  return result
end

-- eval and exec as values (called other than by name): __main__'s globals
R.B.eval = function(src, globals, locals)
  return R.exec_eval("eval", R.modules.__main__ or {}, nil, src, globals, locals)
end
R.B.exec = function(src, globals, locals)
  return R.exec_eval("exec", R.modules.__main__ or {}, nil, src, globals, locals)
end
for _, name in ipairs({"eval", "exec"}) do
  R.FUNCINFO[R.B[name]] = {name = name, qualname = name, builtin = true, params = {"source", "globals", "locals"}}
end

-- Run a compiled chunk as module `m`.
local function exec_module(fn, m)
  module_body(fn, m)(R)
end
R.exec_module = exec_module

-- After the runtime sets search_path (a script's directory, then
-- ASTER_PATH), sys.path shows it: the same list object, refilled.
function R.sync_sys_path()
  local sys = modules.sys
  local l = sys and rawget(sys, "path")
  if type(l) ~= "table" or getmetatable(l) ~= R.LIST then return end
  for i = 0, l.n - 1 do l[i] = nil end
  for i = 1, #search_path do l[i - 1] = search_path[i] end
  l.n = #search_path
end

-- the directories to search: sys.path as the program left it
local function path_dirs()
  local sys = modules.sys
  local l = sys and rawget(sys, "path")
  if type(l) ~= "table" or getmetatable(l) ~= R.LIST then return search_path end
  local dirs = {}
  for i = 0, l.n - 1 do
    local d = l[i]
    if type(d) == "string" then dirs[#dirs + 1] = d end
  end
  return dirs
end

local function find_source(name)
  local rel = name:gsub("%.", "/")
  for _, dir in ipairs(path_dirs()) do
    for _, cand in ipairs({rel .. ".as", rel .. ".py", rel .. "/__init__.as", rel .. "/__init__.py"}) do
      local p = (dir == "" and "" or dir .. "/") .. cand
      local src = read_file(p)
      if src then return src, p, cand:match("__init__") ~= nil end
    end
  end
  return nil
end

-- builtin modules whose runtime chunk start-up leaves out: the chunk
-- defines their loader when it runs
local LAZY_CHUNKS = {_executor = "executor", concurrent = "executor", ["concurrent.futures"] = "executor",
  _asynciodebug = "asyncdebug"}

local function load_module(name)
  local m = modules[name]
  if m then return m end
  local chunk = LAZY_CHUNKS[name]
  if chunk and not builtin_loaders[name] then R.load_chunk(chunk) end
  local loader = builtin_loaders[name]
  if loader then
    m = loader()
    set_module(name, m)
    return m
  end
  local src, path, is_pkg = find_source(name)
  if src then
    m = new_module(name, path)
    if is_pkg then rawset(m, "__path__", R.list_from_array({path:match("^(.*)/[^/]*$") or "."})); rawset(m, "__package__", name) end
    set_module(name, m)
    local ok, err = pcall(function()
      R.SOURCES["@" .. path] = src
      exec_module(compile_or_raise(src, "@" .. path, path), m)
    end)
    if not ok then set_module(name, nil); error(err, 0) end
    LOADED[m] = true
    return m
  end
  local fn = R.load_embedded(name)
  if fn then
    m = new_module(name)
    set_module(name, m)
    local ok, err = pcall(exec_module, fn, m)
    if not ok then set_module(name, nil); error(err, 0) end
    LOADED[m] = true
    return m
  end
  local e = R.new_exc("ModuleNotFoundError", format("No module named '%s'", name))
  rawset(e, ".name", name)
  error(e, 0)
end
R.load_module = load_module

local function resolve_name(name, level, G)
  if level == 0 then return name end
  local pkg = rawget(G, "__package__")
  if pkg == nil or pkg == None or pkg == "" then
    if rawget(G, "__path__") then pkg = rawget(G, "__name__") else
      raise("ImportError", "attempted relative import with no known parent package")
    end
  end
  for _ = 2, level do
    pkg = pkg:match("^(.*)%.[^.]*$")
    if not pkg then raise("ImportError", "attempted relative import beyond top-level package") end
  end
  if name == "" then return pkg end
  return pkg .. "." .. name
end

-- import a.b.c: load each level, bind submodules as attributes.
function R.import(name, asleaf, level, G)
  local full = resolve_name(name, level or 0, G)
  local parts = {}
  for p in full:gmatch("[^.]+") do parts[#parts + 1] = p end
  local top, prev
  local acc = ""
  for i, p in ipairs(parts) do
    acc = i == 1 and p or acc .. "." .. p
    local m = load_module(acc)
    if prev and rawget(prev, p) == nil then rawset(prev, p, m) end
    if i == 1 then top = m end
    prev = m
  end
  if asleaf then return prev end
  return top
end

function R.importfrom(m, name)
  local v = rawget(m, name)
  if v == nil then v = R.static_get(m, name) end
  if v ~= nil then return v end
  local mn = rawget(m, "__name__")
  local ga = rawget(m, "__getattr__") or R.static_get(m, "__getattr__")
  if ga then
    -- (the module's __getattr__ raising AttributeError: an ImportError here)
    local ok, r = pcall(ga, name)
    if ok then return r end
    if not isinstance(r, EXC.AttributeError) then error(r, 0) end
  else
    local ok, sub_m = pcall(load_module, mn .. "." .. name)
    if ok then rawset(m, name, sub_m); return sub_m end
    if not isinstance(sub_m, EXC.ModuleNotFoundError) then error(sub_m, 0) end
  end
  local file = rawget(m, "__file__")
  local e = R.new_exc("ImportError", format("cannot import name '%s' from '%s' (%s)", name, mn,
    type(file) == "string" and file or "unknown location"))
  rawset(e, ".name", mn)
  error(e, 0)
end

function R.importstar(m, G)
  local all = rawget(m, "__all__")
  if all and all ~= None then
    for _, k in R.iter(all) do G[k] = R.importfrom(m, k) end
    return
  end
  for k, v in pairs(m) do
    if type(k) == "string" and sub(k, 1, 1) ~= "_" and byte(k, 1) ~= 2 then G[k] = v end
  end
  local s = R.STATICS[m]
  if s then for k, g in pairs(s.get) do if sub(k, 1, 1) ~= "_" then G[k] = g() end end end
end

-- ---------------------------------------------------------------------
-- with statements

function R.wenter(m)
  local cls = typeof(m)
  local ex = cls.L[":__exit__"]
  local en = cls.L[":__enter__"]
  if not en or not ex then
    raise("TypeError", "'%s' object does not support the context manager protocol", cls.name)
  end
  return en(m)
end

local function identity(x) return x end

-- After the body: ok, err from xpcall. Returns true to go on normally.
-- `exit_key` names the exit method; `finish` turns what it returns into
-- the result (R.await for `async with`).
function R.with_exit(m, ok, err, exit_key, finish)
  local ex = typeof(m).L[exit_key]
  if ok then
    finish(ex(m, None, None, None))
    return true
  end
  -- __exit__ runs as if handling err: what it raises has err as context
  local prev = R.EXS[1]
  R.EXS[1] = err
  local r = finish(ex(m, typeof(err), err, None))
  R.EXS[1] = prev
  if R.truth(r) then return false end
  rawset(err, "reraised", true)
  error(err, 0)
end

function R.wexit(m, ok, err) return R.with_exit(m, ok, err, ":__exit__", identity) end

-- ---------------------------------------------------------------------
-- sys, time, math, os

local sys_argv = R.list_from_array({})
local stdout_obj, stderr_obj

local function make_stream(name, write, fileno)
  local cls = R.builtin_type("TextIOWrapper", nil, {
    write = function(self, s)
      if type(s) ~= "string" then raise("TypeError", "write() argument must be str, not %s", typeof(s).name) end
      write(s)
      return R.c.ulen(s)
    end,
    flush = function(self) R.flush_stdout(); io.stderr:flush(); return None end,
    fileno = function() return fileno end,
    isatty = function() return C.isatty(fileno) end,
    writelines = function(self, lines) for _, l in R.iter(lines) do write(l) end return None end,
  }, {noattrs = true})
  local o = setmetatable({}, cls.M)
  return o
end
stdout_obj = make_stream("stdout", R.write_stdout, 1)
stderr_obj = make_stream("stderr", function(s)
  R.flush_stdout()
  if R.before_output then R.before_output() end
  io.stderr:write(s)
end, 2)
R.sys_stdout, R.sys_stderr = stdout_obj, stderr_obj

-- sys.excepthook(type, value, traceback) as it starts: the traceback of an
-- uncaught exception on sys.stderr
function R.default_excepthook(t, v, tb)
  local w = stderr_obj[":write"] or R.gm(stderr_obj, "write")
  w(stderr_obj, R.format_exception(v, nil, true))
  return None
end
R.FUNCINFO[R.default_excepthook] = {name = "excepthook", qualname = "excepthook", params = {"type", "value", "traceback"}, builtin = true}

-- builtins: the namespace every module reads its missing names from (the
-- exception classes not made yet are made here, for its dir())
builtin_loaders.builtins = function()
  local B = R.B
  local names = {}
  for k, v in pairs(B) do if type(k) == "string" then names[k] = v end end
  local m = lua_module("builtins", {})
  for k, v in pairs(names) do rawset(m, k, v) end
  for _, k in ipairs(R.exc_names()) do if rawget(m, k) == nil then rawset(m, k, B[k]) end end
  return m
end

-- The Python frames running now, innermost first, from Lua stack level
-- `level` on: {fi = the function's description, line, file}, and their
-- number. (A nested body's line goes to the frame of its function, as in
-- tracebacks: see traceback_into in exceptions.lua.)
local function python_frames(level)
  local frame_info, funcinfo = R.c.frame_info, R.frame_funcinfo
  local list, n, pending = {}, 0, nil
  for _ = 1, 100000 do
    local f, line, src, ld, is_c = frame_info(level)
    if f == nil then break end
    if not is_c and byte(src, 1) == 64 then
      local fi = funcinfo(f, src, ld)
      if fi then
        n = n + 1
        list[n] = {fi = fi, line = pending or line, file = sub(src, 2), src = src}
        pending = nil
      elseif pending == nil then
        pending = line
      end
    end
    level = level + 1
  end
  return list, n
end

-- sys._getframe(depth): the Python frames running now as frame objects
-- with f_globals (their module's namespace), f_lineno, f_code (co_name,
-- co_filename, co_qualname) and f_back; no locals. Enough for code that
-- asks which module called it (namedtuple, dataclasses, logging).
local FRAME_C, CODE_C
local function getframe(depth)
  depth = R.index_of and R.index_of(depth == nil and 0 or depth) or (depth or 0)
  if not FRAME_C then
    FRAME_C = R.builtin_type("frame", nil, {}, {})
    CODE_C = R.builtin_type("code", nil, {}, {})
  end
  local list, n = python_frames(3)
  if depth >= n then raise_type("ValueError", "call stack is not deep enough") end
  -- the module a frame runs in: its function's, else the one loaded from its file
  local function module_of(e)
    local name = e.fi.module
    if name and modules[name] then return modules[name] end
    for mname, mod in pairs(modules) do
      local file = type(mod) == "table" and rawget(mod, "__file__")
      if file == e.file then return mod end
    end
    return modules.__main__
  end
  local back = None
  for i = n, depth + 1, -1 do
    local e = list[i]
    local mod = module_of(e)
    local code = setmetatable({[".co_name"] = e.fi.name or "<module>", [".co_qualname"] = e.fi.qualname or e.fi.name or "<module>",
      [".co_filename"] = e.file, [".co_firstlineno"] = e.fi.line or 1}, CODE_C.M)
    back = setmetatable({[".f_globals"] = mod and R.B.vars(mod) or R.new_dict(), [".f_lineno"] = e.line,
      [".f_code"] = code, [".f_back"] = back, [".f_locals"] = R.new_dict()}, FRAME_C.M)
  end
  return back
end

builtin_loaders.sys = function()
  local m = lua_module("sys", {
    _getframe = getframe,
    exit = function(code)
      if code == nil then code = None end
      error(R.new_exc("SystemExit", code), 0)
    end,
    getrecursionlimit = function() return 1000 end,
    setrecursionlimit = function() return None end,
    getsizeof = function(x) return 64 end,
    -- the exception an except block is handling (R.EXS[1]: see st_try_except
    -- in parser/emit.c)
    exc_info = function()
      local e = R.EXS[1]
      if not e or e == None then return R.tuple_from_array({None, None, None}, 3) end
      return R.tuple_from_array({R.typeof(e), e, None}, 3)
    end,
    exception = function()
      local e = R.EXS[1]
      if not e then return None end
      return e
    end,
    intern = function(s) return s end,
  })
  rawset(m, "excepthook", R.default_excepthook)
  rawset(m, "__excepthook__", R.default_excepthook)
  rawset(m, "argv", sys_argv)
  rawset(m, "stdout", stdout_obj)
  rawset(m, "stderr", stderr_obj)
  rawset(m, "stdin", R.stdin_file)
  rawset(m, "path", R.list_from_array(search_path))
  rawset(m, "platform", "linux")
  rawset(m, "version", "3.11.0 (Aster " .. (R.version or "0.1.0") .. ")")
  rawset(m, "version_info", R.struct_seq("sys.version_info", {"major", "minor", "micro", "releaselevel", "serial"},
    {3, 11, 0, "final", 0}))
  rawset(m, "hexversion", 0x030b00f0)
  rawset(m, "maxunicode", 0x10FFFF)
  rawset(m, "float_info", R.struct_seq("sys.float_info",
    {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
    {1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1}))
  rawset(m, "maxsize", math.maxinteger)
  rawset(m, "byteorder", "little")
  rawset(m, "implementation", R.lua_module("implementation", {name = "aster"}))
  rawset(m, "executable", "aster")
  local md = R.mkdict()
  for name, mod in pairs(modules) do R.dict_set(md, name, mod) end
  SYS_MODULES = md
  rawset(m, "modules", md)
  rawset(m, "flags", R.sys_flags())
  local xo = R.mkdict()
  for _, k in ipairs(R.xoption_order) do xo[k] = R.xoptions[k] end
  rawset(m, "_xoptions", xo)
  return m
end

-- sys.flags: CPython's field names; -X dev sets dev_mode (aster_set_xoption)
local FLAG_NAMES = {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
  "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
  "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
  "safe_path", "int_max_str_digits"}
R.xoptions, R.xoption_order = {}, {}
local flags_obj
function R.sys_flags()
  if flags_obj then return flags_obj end
  local cls = R.builtin_type("flags", nil, {
    __repr__ = function(f)
      local parts = {}
      for i, k in ipairs(FLAG_NAMES) do parts[i] = k .. "=" .. R.repr(rawget(f, "." .. k)) end
      return "sys.flags(" .. table.concat(parts, ", ") .. ")"
    end,
  })
  flags_obj = setmetatable({}, cls.M)
  for _, k in ipairs(FLAG_NAMES) do rawset(flags_obj, "." .. k, 0) end
  rawset(flags_obj, ".dev_mode", false)
  rawset(flags_obj, ".safe_path", false)
  rawset(flags_obj, ".int_max_str_digits", -1)
  return flags_obj
end

-- -X name[=value]: recorded in sys._xoptions; "dev" turns on sys.flags.dev_mode
function R.set_xoption(name, value)
  if value == nil then value = true end
  if R.xoptions[name] == nil then R.xoption_order[#R.xoption_order + 1] = name end
  R.xoptions[name] = value
  local sys = modules.sys
  if sys then rawget(sys, "_xoptions")[name] = value end
  if name == "dev" then rawset(R.sys_flags(), ".dev_mode", true) end
end

-- set a sys.flags field (e.g. inspect for -i)
function R.set_sys_flag(name, value) rawset(R.sys_flags(), "." .. name, value) end

function R.set_argv(t)
  R.L_list_extend(sys_argv, R.list_from_array({}))
  for i = 0, sys_argv.n - 1 do sys_argv[i] = nil end
  sys_argv.n = 0
  for i = 1, #t do R.list_append(sys_argv, t[i]) end
end

-- time.struct_time: a 9-tuple with tm_* attributes (tm_zone, tm_gmtoff too)
local ST_FIELDS = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}
-- A named tuple of CPython's C structs (time.struct_time, sys.version_info,
-- sys.float_info): a tuple whose items are also attributes, made through
-- the class of its qualified name; `extra` holds attributes beyond the items
local struct_seq_classes = {}
local function struct_seq_class(qualname, fields)
  local C = struct_seq_classes[qualname]
  if not C then
    local mod, name = qualname:match("^(.*)%.([^.]+)$")
    C = R.builtin_type(name, {R.tuple}, {
      __repr__ = function(t)
        local parts = {}
        for i, k in ipairs(fields) do parts[i] = k .. "=" .. R.repr(t[i - 1]) end
        return qualname .. "(" .. table.concat(parts, ", ") .. ")"
      end,
    })
    C.module = mod
    struct_seq_classes[qualname] = C
  end
  return C
end
function R.struct_seq(qualname, fields, values, extra)
  local t = {n = #fields}
  for i, k in ipairs(fields) do
    t[i - 1] = values[i]
    rawset(t, "." .. k, values[i])
  end
  if extra then for k, v in pairs(extra) do rawset(t, "." .. k, v) end end
  return setmetatable(t, struct_seq_class(qualname, fields).M)
end

local function struct_time_of(v, zone, gmtoff)
  return R.struct_seq("time.struct_time", ST_FIELDS, v, {tm_zone = zone, tm_gmtoff = gmtoff})
end
-- time.struct_time(sequence of 9 to 11 items)
local function struct_time_class()
  local C = struct_seq_class("time.struct_time", ST_FIELDS)
  C.native_new = function(_, seq)
    local a, n = R.iter_to_array(seq)
    if n < 9 or n > 11 then
      raise("TypeError", "time.struct_time() takes an at least 9-sequence (%d-sequence given)", n)
    end
    return struct_time_of(a, a[10] == nil and None or a[10], a[11] == nil and None or a[11])
  end
  return C
end
local function make_struct_time(d, zone, gmtoff)
  -- Lua's wday counts from Sunday = 1, Python's from Monday = 0
  local v = {d.year, d.month, d.day, d.hour, d.min, d.sec, (d.wday + 5) % 7, d.yday, d.isdst and 1 or 0}
  return struct_time_of(v, zone, gmtoff)
end

-- seconds since the epoch of a UTC date (days_from_civil)
local function timegm(y, mo, d, h, mi, s)
  y = mo <= 2 and y - 1 or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local doy = (153 * (mo + (mo > 2 and -3 or 9)) + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return ((era * 146097 + doe - 719468) * 24 + h) * 3600 + mi * 60 + s
end

local function time_arg(secs)
  if secs == nil or secs == None then return math.floor(C.now()) end
  if type(secs) ~= "number" then raise("TypeError", "'%s' object cannot be interpreted as an integer", typeof(secs).name) end
  if secs ~= secs then raise("ValueError", "Invalid value NaN (not a number)") end
  return math.floor(secs)
end

local function gmtoff_of(secs)
  local z = os.date("%z", secs)
  local sign, hh, mm = z:match("^([+-])(%d%d)(%d%d)$")
  if not sign then return 0 end
  local off = tonumber(hh) * 3600 + tonumber(mm) * 60
  return sign == "-" and -off or off
end

-- (standard name, its offset, DST name, its offset) of the local zone,
-- from January and July of this year, as CPython's time module does
local function zone_info()
  local y = os.date("*t").year
  local a, b = timegm(y, 1, 1, 12, 0, 0), timegm(y, 7, 1, 12, 0, 0)
  if os.date("*t", a).isdst then a, b = b, a end
  return os.date("%Z", a), gmtoff_of(a), os.date("%Z", b), gmtoff_of(b)
end

local function localtime(secs)
  secs = time_arg(secs)
  return make_struct_time(os.date("*t", secs), os.date("%Z", secs), gmtoff_of(secs))
end

-- the 9 fields of a struct_time or a tuple
local function tm_fields(t)
  local f = {}
  for i = 1, 9 do
    local v = R.getitem(t, i - 1)
    if math.type(v) ~= "integer" then raise("TypeError", "'%s' object cannot be interpreted as an integer", typeof(v).name) end
    f[i] = v
  end
  return f
end

local function mktime(t)
  local f = tm_fields(t)
  local r = os.time({year = f[1], month = f[2], day = f[3], hour = f[4], min = f[5], sec = f[6],
    isdst = f[9] > 0 and true or f[9] == 0 and false or nil})
  if not r then raise("OverflowError", "mktime argument out of range") end
  return r + 0.0
end

-- strftime(fmt, t): the fields of t formatted as UTC, %Z and %z from t
local function strftime(fmtstr, t)
  if type(fmtstr) ~= "string" then raise("TypeError", "strftime() argument 1 must be str, not %s", typeof(fmtstr).name) end
  if t == nil or t == None then t = localtime() end
  local f = tm_fields(t)
  -- CPython's checks (a 0 month or day means the first)
  if f[2] == 0 then f[2] = 1 end
  if f[3] == 0 then f[3] = 1 end
  if f[2] < 1 or f[2] > 12 then raise("ValueError", "month out of range") end
  if f[3] < 1 or f[3] > 31 then raise("ValueError", "day of month out of range") end
  if f[4] < 0 or f[4] > 23 then raise("ValueError", "hour out of range") end
  if f[5] < 0 or f[5] > 59 then raise("ValueError", "minute out of range") end
  if f[6] < 0 or f[6] > 61 then raise("ValueError", "seconds out of range") end
  local zone, off = rawget(t, ".tm_zone"), rawget(t, ".tm_gmtoff")
  if zone == nil then
    -- a plain tuple: tzname[isdst], offset 0 (as CPython)
    local std, _, dst = zone_info()
    zone, off = f[9] > 0 and dst or f[9] == 0 and std or "", 0
  end
  local function sub_spec(c)
    if c == "Z" then return (string.gsub(zone, "%%", "%%%%")) end
    if c == "z" then
      if f[9] < 0 then return "" end -- glibc: no offset when DST is unknown
      local a = off < 0 and -off or off
      return format("%s%02d%02d", off < 0 and "-" or "+", a // 3600, a % 3600 // 60)
    end
    return "%" .. c
  end
  local fmt2 = string.gsub(fmtstr, "%%(.)", sub_spec)
  local ok, r = pcall(os.date, "!" .. fmt2, timegm(f[1], f[2], f[3], f[4], f[5], f[6]))
  if not ok then raise("ValueError", "Invalid format string") end
  return r
end

local function asctime(t)
  if t == nil or t == None then t = localtime() end
  local f = tm_fields(t)
  return os.date("!%a %b %e %H:%M:%S %Y", timegm(f[1], f[2], f[3], f[4], f[5], f[6]))
end

-- the Python frames running now, innermost first, as (filename, lineno,
-- function, source line or None): where warnings.warn was called from
builtin_loaders._frames = function()
  return R.lua_module("_frames", {
    stack = function()
      local list, n = python_frames(3)
      local out = {}
      for i = 1, n do
        local e = list[i]
        out[i] = R.tuple_from_array({e.file, e.line, e.fi.name, R.source_line(e.src, e.line) or None}, 4)
      end
      return R.list_from_array(out, n)
    end,
  })
end

-- what stdlib/traceback.as formats with
builtin_loaders._traceback = function()
  return R.lua_module("_traceback", {
    format = function(e, chain)
      if not R.truth(chain) then return R.format_exc_one(e, true) end
      return R.format_exception(e)
    end,
    format_only = function(e) return R.format_exc_one(e, false) end,
  })
end

-- atexit: what R.shutdown calls when the program ends (after an uncaught
-- exception's report too), last registered first
local exit_funcs = {n = 0} -- triples: function, argument list, keyword dict (or None)
-- weakref's primitives (stdlib/weakref.as). A weak box is a table with
-- weak values; "when obj is collected" is an ephemeron entry obj -> a
-- sentinel with __gc, which Lua finalizes once obj is gone. Values that
-- are not objects of their own (numbers, str) and the builtin containers
-- CPython refuses cannot be referenced weakly.
builtin_loaders._weakref = function()
  local WEAK_V = {__mode = "v"}
  local ON_COLLECT = setmetatable({}, {__mode = "k"}) -- obj -> its sentinels
  local REFS = setmetatable({}, {__mode = "k"})       -- obj -> weak list of its refs
  local CACHED = setmetatable({}, {__mode = "k"})     -- obj -> its callback-less ref
  local NOWEAK = {}
  for _, name in ipairs({"int", "float", "str", "bool", "NoneType", "tuple", "list", "dict", "bytes", "complex"}) do
    local C = R.B[name] or (name == "NoneType" and R.typeof(None))
    if C then NOWEAK[C] = true end
  end
  -- (an exception from the callback is reported and dropped, as CPython's)
  local function collected(fn, what)
    local ok, err = pcall(fn)
    if not ok then R.report_ignored(what, err) end
  end
  return lua_module("_weakref", {
    -- check(obj): TypeError unless obj can be referenced weakly
    check = function(obj)
      local t = type(obj)
      if (t ~= "table" and t ~= "function" and t ~= "thread" and t ~= "userdata") or NOWEAK[R.typeof(obj)] then
        raise_type("TypeError", "cannot create weak reference to '%s' object", R.typeof(obj).name)
      end
      return None
    end,
    box = function(obj) return setmetatable({obj}, WEAK_V) end,
    -- get(box) -> the referent, or None once it is collected
    get = function(box)
      local o = box[1]
      if o == nil then return None end
      return o
    end,
    -- on_collect(obj, fn, what): fn() runs after obj is collected (what:
    -- the object an error report names)
    on_collect = function(obj, fn, what)
      local l = ON_COLLECT[obj]
      if not l then l = {}; ON_COLLECT[obj] = l end
      l[#l + 1] = setmetatable({}, {__gc = function() collected(fn, what) end})
      return None
    end,
    -- the refs to obj: registered, counted, listed; obj's callback-less one
    register = function(obj, r)
      local l = REFS[obj]
      if not l then l = setmetatable({n = 0}, WEAK_V); REFS[obj] = l end
      l.n = l.n + 1
      l[l.n] = r
      return None
    end,
    refs = function(obj)
      local out, n = {}, 0
      local l = REFS[obj]
      if l then
        for i = 1, l.n do
          if l[i] ~= nil then n = n + 1; out[n] = l[i] end
        end
      end
      return R.list_from_array(out, n)
    end,
    cached = function(obj)
      local r = CACHED[obj]
      if r == nil then return None end
      return r
    end,
    cache = function(obj, r) CACHED[obj] = r; return None end,
  })
end

-- gc: Lua's collector behind CPython's names. Counts and thresholds are
-- CPython's generational ones, which Lua's incremental collector has not.
builtin_loaders.gc = function()
  local m = lua_module("gc", {
    collect = function()
      collectgarbage("collect")
      collectgarbage("collect") -- (a second cycle frees what finalizers released)
      return 0
    end,
    enable = function() collectgarbage("restart"); return None end,
    disable = function() collectgarbage("stop"); return None end,
    isenabled = function() return collectgarbage("isrunning") end,
    get_count = function() return R.tuple_from_array({0, 0, 0}, 3) end,
    get_threshold = function() return R.tuple_from_array({700, 10, 10}, 3) end,
    set_threshold = function() return None end,
    freeze = function() return None end,
    unfreeze = function() return None end,
    get_freeze_count = function() return 0 end,
    is_tracked = function(x) local t = type(x); return t == "table" or t == "function" end,
    is_finalized = function() return false end,
  })
  rawset(m, "garbage", R.list_from_array({}, 0))
  rawset(m, "callbacks", R.list_from_array({}, 0))
  return m
end

builtin_loaders.atexit = function()
  local m = lua_module("atexit", {
    register = function(f, ...)
      local kw = R.takekw()
      if f == nil or not R.B.callable(f) then raise_type("TypeError", "the first argument must be callable") end
      local n = exit_funcs.n
      local kwd = None
      if kw then
        kwd = R.mkdict()
        for _, name in ipairs(kw[R.KWMARK]) do kwd[name] = kw[name] end
      end
      exit_funcs[n + 1], exit_funcs[n + 2], exit_funcs[n + 3] = f, R.list_from_array({...}, select("#", ...)), kwd
      exit_funcs.n = n + 3
      return f
    end,
    unregister = function(f)
      local kept = {n = 0}
      for i = 1, exit_funcs.n, 3 do
        local g = exit_funcs[i]
        if not (rawequal(g, f) or R.EQ(g, f)) then
          local n = kept.n
          kept[n + 1], kept[n + 2], kept[n + 3], kept.n = g, exit_funcs[i + 1], exit_funcs[i + 2], n + 3
        end
      end
      exit_funcs = kept
      return None
    end,
    _clear = function() exit_funcs = {n = 0}; return None end,
    _ncallbacks = function() return exit_funcs.n // 3 end,
    _run_exitfuncs = function() R.run_exit_funcs(); return None end,
  })
  -- (register's keywords are the function's: it reads them itself)
  local info = R.FUNCINFO[rawget(m, "register")]
  info.kwmark, info.complex, info.params = true, true, {"func"}
  return m
end

-- Run (and forget) the atexit functions; an error in one is reported and
-- the others still run.
function R.run_exit_funcs()
  while exit_funcs.n > 0 do
    local n = exit_funcs.n
    local f, args, kw = exit_funcs[n - 2], exit_funcs[n - 1], exit_funcs[n]
    exit_funcs[n - 2], exit_funcs[n - 1], exit_funcs[n] = nil, nil, nil
    exit_funcs.n = n - 3
    local ok, err = xpcall(R.scall, R.tbh, f, args, kw)
    if not ok then
      local e = R.to_exception(err)
      if not isinstance(e, EXC.SystemExit) then
        pcall(R.flush_stdout)
        local rok, r = pcall(R.repr, f)
        io.stderr:write("Exception ignored in atexit callback: ", rok and r or "?", "\n",
          R.format_exception(e, nil, true))
      end
    end
  end
end

builtin_loaders.time = function()
  local std, stdoff, dst, dstoff = zone_info()
  local m = lua_module("time", {
    gmtime = function(secs) return make_struct_time(os.date("!*t", time_arg(secs)), "GMT", 0) end,
    localtime = localtime,
    mktime = mktime,
    asctime = asctime,
    ctime = function(secs) return os.date("%a %b %e %H:%M:%S %Y", time_arg(secs)) end,
    time = function() return C.now() end,
    time_ns = function() return math.tointeger(C.now() * 1e9 // 1) end,
    monotonic = function() return C.monotonic() end,
    monotonic_ns = function() return math.tointeger(C.monotonic() * 1e9 // 1) end,
    perf_counter = function() return C.monotonic() end,
    perf_counter_ns = function() return math.tointeger(C.monotonic() * 1e9 // 1) end,
    process_time = function() return os.clock() end,
    sleep = function(s)
      if type(s) ~= "number" then raise("TypeError", "'%s' object cannot be interpreted as an integer or float", typeof(s).name) end
      if s < 0 then raise("ValueError", "sleep length must be non-negative") end
      R.flush_stdout()
      C.sleep(s)
      return None
    end,
    strftime = strftime,
  })
  rawset(m, "tzname", R.tuple_from_array({std, dst}, 2))
  rawset(m, "timezone", -stdoff)
  rawset(m, "altzone", -dstoff)
  rawset(m, "daylight", (std ~= dst or stdoff ~= dstoff) and 1 or 0)
  rawset(m, "struct_time", struct_time_class())
  -- time.strptime(string, format): datetime's parser, as a struct_time
  rawset(m, "strptime", function(text, fmt)
    if fmt == nil then fmt = "%a %b %d %H:%M:%S %Y" end
    local dt = R.ga(R.import("datetime", false, 0), "datetime")
    local v = dt[":strptime"](dt, text, fmt)
    return (v[":timetuple"] or R.gm(v, "timetuple"))(v)
  end)
  return m
end

builtin_loaders.math = function()
  local floor, ceil, huge = math.floor, math.ceil, math.huge
  local function toint(x)
    local i = math.tointeger(x)
    if i then return i end
    if x ~= x then raise("ValueError", "cannot convert float NaN to integer") end
    if x == huge or x == -huge then raise("OverflowError", "cannot convert float infinity to integer") end
    raise("OverflowError", "integer too large (Aster ints are 64-bit)")
  end
  local function num(x, name)
    local t = type(x)
    if t == "number" then return x end
    if t == "boolean" then return x and 1 or 0 end
    local f = typeof(x).L[":__float__"]
    if f then return f(x) end
    raise("TypeError", "must be real number, not %s", typeof(x).name)
  end
  local function dom(ok) if not ok then raise("ValueError", "math domain error") end end
  -- A one-argument function as CPython's math module wraps it: a NaN from
  -- a number is a domain error, an infinity from a finite number a range
  -- error (OverflowError) or, for a pole, a domain error.
  local function m1(f, can_overflow)
    return function(x)
      if type(x) ~= "number" then x = num(x) end
      local r = f(x)
      if r ~= r then
        if x == x then dom(false) end
      elseif (r == huge or r == -huge) and x == x and x ~= huge and x ~= -huge then
        if can_overflow then raise("OverflowError", "math range error") end
        dom(false)
      end
      return r
    end
  end
  -- gamma and lgamma: f checked as m1 does, and a domain error at their
  -- poles 0, -1, -2, ... (where the C functions give an infinity)
  local function with_poles(f)
    return function(x)
      x = num(x)
      if x <= 0 and x > -huge and x == floor(x) then dom(false) end
      return f(x)
    end
  end
  local msqrt = math.sqrt
  local int_arg = R.index_of -- (an int, a bool, an int subclass's value, __index__)
  local function gcd(a, b)
    a, b = math.abs(a), math.abs(b)
    while b ~= 0 do a, b = b, a % b end
    return a
  end
  local m = lua_module("math", {
    sqrt = function(x)
      if type(x) ~= "number" then x = num(x) end
      if x >= 0 then return msqrt(x) end
      dom(x ~= x)
      return x
    end,
    floor = function(x)
      if math.type(x) == "integer" then return x end
      if type(x) == "table" then local f = typeof(x).L[":__floor__"]; if f then return f(x) end end
      return toint(floor(num(x)))
    end,
    ceil = function(x)
      if math.type(x) == "integer" then return x end
      if type(x) == "table" then local f = typeof(x).L[":__ceil__"]; if f then return f(x) end end
      return toint(ceil(num(x)))
    end,
    trunc = function(x)
      if math.type(x) == "integer" then return x end
      if type(x) == "table" then local f = typeof(x).L[":__trunc__"]; if f then return f(x) end end
      x = num(x)
      return toint(x >= 0 and floor(x) or ceil(x))
    end,
    fabs = function(x) return math.abs(num(x) + 0.0) end,
    exp = m1(math.exp, true),
    expm1 = m1(C.m_expm1, true),
    exp2 = m1(C.m_exp2, true),
    cbrt = m1(C.m_cbrt),
    erf = m1(C.m_erf),
    erfc = m1(C.m_erfc),
    gamma = with_poles(m1(C.m_tgamma, true)),
    lgamma = with_poles(m1(C.m_lgamma, true)),
    nextafter = function(x, y) return C.m_nextafter(num(x) + 0.0, num(y) + 0.0) end,
    -- the gap from |x| to the next float away from zero
    ulp = function(x)
      x = math.abs(num(x) + 0.0)
      if x ~= x or x == huge then return x end
      local up = C.m_nextafter(x, huge)
      if up == huge then return x - C.m_nextafter(x, 0.0) end
      return up - x
    end,
    remainder = function(x, y)
      x, y = num(x) + 0.0, num(y) + 0.0
      if x == x and y == y and (x == huge or x == -huge or y == 0) then dom(false) end
      return C.m_remainder(x, y)
    end,
    log = function(x, base)
      x = num(x)
      dom(x > 0 or x ~= x)
      if base ~= nil then
        base = num(base)
        dom(base > 0 or base ~= base)
        local lb = math.log(base)
        if lb == 0 then raise("ZeroDivisionError", "float division by zero") end
        return math.log(x) / lb
      end
      return math.log(x)
    end,
    log2 = function(x) x = num(x); dom(x > 0 or x ~= x); return math.log(x, 2) end,
    log10 = function(x) x = num(x); dom(x > 0 or x ~= x); return math.log(x, 10) end,
    log1p = function(x) x = num(x); dom(x > -1 or x ~= x); return C.m_log1p(x) end,
    pow = function(a, b)
      a, b = num(a) + 0.0, num(b) + 0.0
      local r = a ^ b
      if (r == huge or r == -huge) and a - a == 0 and b - b == 0 then
        if a == 0 then dom(false) end
        raise("OverflowError", "math range error")
      end
      return r
    end,
    sin = m1(math.sin),
    cos = m1(math.cos),
    tan = m1(math.tan),
    asin = function(x) x = num(x); dom(x >= -1 and x <= 1); return math.asin(x) end,
    acos = function(x) x = num(x); dom(x >= -1 and x <= 1); return math.acos(x) end,
    atan = function(x) return math.atan(num(x)) end,
    atan2 = function(y, x) return math.atan(num(y), num(x)) end,
    sinh = m1(C.m_sinh, true),
    cosh = m1(C.m_cosh, true),
    tanh = m1(C.m_tanh),
    asinh = m1(C.m_asinh),
    acosh = m1(C.m_acosh),
    atanh = m1(C.m_atanh),
    hypot = function(...)
      local s = 0.0
      for i = 1, select("#", ...) do local v = num((select(i, ...))); s = s + v * v end
      return math.sqrt(s)
    end,
    degrees = function(x) return num(x) * 180.0 / math.pi end,
    radians = function(x) return num(x) * math.pi / 180.0 end,
    isnan = function(x) x = num(x); return x ~= x end,
    isinf = function(x) x = num(x); return x == huge or x == -huge end,
    isfinite = function(x) x = num(x); return x == x and x ~= huge and x ~= -huge end,
    gcd = function(...)
      local r = 0
      for i = 1, select("#", ...) do r = gcd(r, int_arg((select(i, ...)))) end
      return r
    end,
    lcm = function(...)
      local r = 1
      for i = 1, select("#", ...) do
        local v = int_arg((select(i, ...)))
        if v == 0 then return 0 end
        r = math.abs(r * v) // gcd(r, v)
      end
      return r
    end,
    factorial = function(n)
      n = int_arg(n)
      if n < 0 then raise("ValueError", "factorial() not defined for negative values") end
      local r = 1
      for i = 2, n do
        local nr = r * i
        if nr // i ~= r then raise("OverflowError", "factorial result too large (Aster ints are 64-bit)") end
        r = nr
      end
      return r
    end,
    comb = function(n, k)
      n, k = int_arg(n), int_arg(k)
      if n < 0 then raise("ValueError", "n must be a non-negative integer") end
      if k < 0 then raise("ValueError", "k must be a non-negative integer") end
      if k > n then return 0 end
      if k > n - k then k = n - k end
      local r = 1
      for i = 1, k do r = r * (n - k + i) // i end
      return r
    end,
    perm = function(n, k)
      n = int_arg(n)
      if k == nil or k == None then
        if n < 0 then raise("ValueError", "factorial() not defined for negative values") end
        k = n
      else
        k = int_arg(k)
      end
      if n < 0 then raise("ValueError", "n must be a non-negative integer") end
      if k < 0 then raise("ValueError", "k must be a non-negative integer") end
      if k > n then return 0 end
      local r = 1
      for i = n - k + 1, n do r = r * i end
      return r
    end,
    copysign = function(x, y)
      x, y = math.abs(num(x) + 0.0), num(y)
      if y < 0 or (y == 0 and 1 / y < 0) then return -x end
      return x
    end,
    fmod = function(x, y) x, y = num(x), num(y); dom(y ~= 0); return math.fmod(x + 0.0, y) end,
    modf = function(x)
      x = num(x) + 0.0
      if x == huge or x == -huge then return R.tuple_from_array({x > 0 and 0.0 or -0.0, x}, 2) end
      local i = x >= 0 and floor(x) or ceil(x)
      return R.tuple_from_array({x - i, i + 0.0}, 2)
    end,
    frexp = function(x)
      x = num(x) + 0.0
      if x == 0 then return R.tuple_from_array({0.0, 0}, 2) end
      local e = floor(math.log(math.abs(x), 2)) + 1
      local mant = x / 2.0 ^ e
      if math.abs(mant) >= 1 then mant = mant / 2; e = e + 1 end
      if math.abs(mant) < 0.5 then mant = mant * 2; e = e - 1 end
      return R.tuple_from_array({mant, toint(e)}, 2)
    end,
    ldexp = function(x, e)
      x = num(x) + 0.0
      local r = x * 2.0 ^ int_arg(e)
      if (r == huge or r == -huge) and x - x == 0 then raise("OverflowError", "math range error") end
      return r
    end,
    isclose = function(a, b, rel_tol, abs_tol)
      local kw = R.takekw()
      rel_tol = kw and kw.rel_tol or rel_tol or 1e-9
      abs_tol = kw and kw.abs_tol or abs_tol or 0.0
      if rel_tol < 0 or abs_tol < 0 then raise("ValueError", "tolerances must be non-negative") end
      a, b = num(a), num(b)
      if a == b then return true end
      if a == huge or a == -huge or b == huge or b == -huge then return false end
      local d = math.abs(a - b)
      return d <= math.abs(rel_tol * b) or d <= math.abs(rel_tol * a) or d <= abs_tol
    end,
    prod = function(it, start)
      local kw = R.takekw()
      local r = kw and kw.start or start or 1
      for _, v in R.iter(it) do r = r * v end
      return r
    end,
    fsum = function(it)
      -- Neumaier summation
      local s, c = 0.0, 0.0
      local special, inf_sum = nil, 0.0 -- (infinities and nans, summed apart as CPython does)
      for _, v in R.iter(it) do
        v = num(v) + 0.0
        if v - v ~= 0 then
          special = true
          inf_sum = inf_sum + v
        else
          local t = s + v
          if math.abs(s) >= math.abs(v) then c = c + ((s - t) + v) else c = c + ((v - t) + s) end
          s = t
        end
      end
      if special then
        if inf_sum ~= inf_sum then
          -- inf + -inf, or a nan given
          for _, v in R.iter(it) do if v ~= v then return v end end
          raise("ValueError", "-inf + inf in fsum")
        end
        return inf_sum
      end
      local r = s + c
      if r - r ~= 0 then raise("OverflowError", "intermediate overflow in fsum") end
      return r
    end,
    dist = function(p, q)
      local a, n = R.iter_to_array(p)
      local b, m = R.iter_to_array(q)
      if n ~= m then raise("ValueError", "both points must have the same number of dimensions") end
      local s = 0.0
      for i = 1, n do local d = num(a[i]) - num(b[i]); s = s + d * d end
      return math.sqrt(s)
    end,
    isqrt = function(n)
      if n < 0 then raise("ValueError", "isqrt() argument must be nonnegative") end
      local r = math.tointeger(floor(math.sqrt(n)))
      while r * r > n do r = r - 1 end
      while (r + 1) * (r + 1) <= n do r = r + 1 end
      return r
    end,
  })
  R.FUNCINFO[rawget(m, "isclose")].kwmark = true
  R.FUNCINFO[rawget(m, "isclose")].complex = true
  R.FUNCINFO[rawget(m, "prod")].kwmark = true
  R.FUNCINFO[rawget(m, "prod")].complex = true
  rawset(m, "pi", math.pi)
  rawset(m, "e", math.exp(1))
  rawset(m, "tau", 2 * math.pi)
  rawset(m, "inf", huge)
  rawset(m, "nan", 0.0 / 0.0)
  return m
end

-- collections.abc is the embedded module _collections_abc
builtin_loaders["collections.abc"] = function()
  local m = load_module("_collections_abc")
  modules["collections.abc"] = m
  return m
end

-- An embedded .as file run as the module `name`: a package's submodule
-- kept in stdlib/ under a flat file name. Its __name__, and so its
-- classes' __module__, are the dotted name.
local function embedded_as(name, file)
  local fn = R.load_embedded(file)
  local m = new_module(name)
  set_module(name, m) -- a circular import finds it half-built, as in CPython
  local ok, err = pcall(exec_module, fn, m)
  if not ok then set_module(name, nil); error(err, 0) end
  LOADED[m] = true
  return m
end

-- A package with nothing of its own: its submodules are bound on it when
-- imported (`import urllib.parse`, `from urllib import parse`).
local function empty_package(name)
  local m = new_module(name)
  rawset(m, "__path__", R.list_from_array({}))
  rawset(m, "__package__", name)
  return m
end

builtin_loaders.urllib = function() return empty_package("urllib") end
builtin_loaders["urllib.parse"] = function() return embedded_as("urllib.parse", "_urllib_parse") end
-- html is stdlib/html.as; its table of named references is html.entities
builtin_loaders["html.entities"] = function() return embedded_as("html.entities", "_html_entities") end

-- A PathLike argument (pathlib's paths, anything with __fspath__) as the
-- str it stands for; anything else as it is.
local function fspath(p)
  if type(p) == "table" then
    local f = R.typeof(p).L[":__fspath__"]
    if f then return f(p) end
  end
  return p
end
R.fspath = fspath

-- The functions of t, taking PathLike arguments too.
local function pathlike(t)
  for k, f in pairs(t) do
    if type(f) == "function" then
      t[k] = function(...)
        local n = select("#", ...)
        local args = {...}
        for i = 1, n do args[i] = fspath(args[i]) end
        return f(table.unpack(args, 1, n))
      end
    end
  end
  return t
end

-- struct's packing (stdlib/struct.as translates its formats): Lua's
-- string.pack and unpack on a Lua format; `kinds` has one letter per
-- value: b (bytes), ? (bool), n (number)
builtin_loaders._struct = function()
  local spack, sunpack = string.pack, string.unpack
  local E -- struct.error, once struct.as hands it over
  local function fail(msg)
    if E then error(E(msg), 0) end
    raise("ValueError", "%s", msg)
  end
  return lua_module("_struct", {
    set_error = function(cls) E = cls; return None end,
    pack = function(fmt, kinds, values)
      local args, n = {}, values.n
      for i = 1, n do
        local v, k = values[i - 1], kinds:sub(i, i)
        if k == "b" then
          if type(v) ~= "table" or getmetatable(v) ~= R.BYTES_M then fail("argument for 's' must be a bytes object") end
          v = v.b
        elseif k == "?" then
          v = R.truth(v) and 1 or 0
        else
          if type(v) == "boolean" then v = v and 1 or 0 end
          if type(v) ~= "number" then fail("required argument is not an integer") end
        end
        args[i] = v
      end
      local ok, r = pcall(spack, fmt, table.unpack(args, 1, n))
      if not ok then fail(tostring(r):gsub("^.-: ", "")) end
      return R.bytes_of(r)
    end,
    unpack = function(fmt, kinds, data, offset)
      local raw = type(data) == "table" and data.b or data
      local res = {pcall(sunpack, fmt, raw, (offset or 0) + 1)}
      if not res[1] then fail(tostring(res[2]):gsub("^.-: ", "")) end
      local out, n = {}, #kinds
      for i = 1, n do
        local v, k = res[i + 1], kinds:sub(i, i)
        if k == "b" then v = R.bytes_of(v) elseif k == "?" then v = v ~= 0 end
        out[i] = v
      end
      return R.tuple_from_array(out, n)
    end,
  })
end

-- hashlib's digests (stdlib/hashlib.as), from OpenSSL (vm/clib.c)
builtin_loaders._hashlib = function()
  return lua_module("_hashlib", {
    -- digest(name, data) -> (digest bytes, block size), or None for an unknown name
    digest = function(name, data)
      local raw, block = C.digest(name, type(data) == "table" and data.b or data)
      if not raw then return None end
      return R.tuple_from_array({R.bytes_of(raw), block}, 2)
    end,
  })
end

-- re's matching core (stdlib/re.as) on PCRE2 (vm/regex.c). Subjects are
-- str or bytes; offsets come as tuples of code-point offsets.
builtin_loaders._sre = function()
  C.re_set_values(getmetatable(R.tuple_from_array({}, 0)), None)
  return lua_module("_sre", {
    -- compile(pattern, options) -> (regex, ngroups, {name: index}), or
    -- (None, message, offset)
    compile = function(pat, opts)
      local rx, ng, names = C.re_compile(type(pat) == "table" and pat.b or pat, opts)
      if not rx then return R.tuple_from_array({None, ng, names}, 3) end
      local d, order = R.new_dict(), {}
      for name, i in pairs(names) do order[#order + 1] = {i, name} end
      table.sort(order, function(a, b) return a[1] < b[1] end)
      for _, e in ipairs(order) do R.dict_set(d, e[2], e[1]) end
      return R.tuple_from_array({rx, ng, d}, 3)
    end,
    -- match(regex, subject, pos, endpos, mode) -> offsets tuple, or None
    match = C.re_match,
    -- scan(regex, subject, pos, endpos, max) -> every match's offsets in one tuple
    scan = C.re_scan,
  })
end

-- Field i of stat(p) (vm/clib.c's c_stat_full order), or the OSError
local function stat_field(p, i, follow)
  local r = {C.stat_full(p, follow ~= false)}
  if r[1] == false then error(R.os_error(r[2], r[3], p), 0) end
  return r[i]
end

builtin_loaders["os.path"] = function()
  local function join(a, ...)
    local r = a
    for i = 1, select("#", ...) do
      local p = select(i, ...)
      if sub(p, 1, 1) == "/" then r = p
      elseif r == "" or sub(r, -1) == "/" then r = r .. p
      else r = r .. "/" .. p end
    end
    return r
  end
  local function normpath(p)
    if p == "" then return "." end
    local abs = sub(p, 1, 1) == "/"
    local parts = {}
    for seg in p:gmatch("[^/]+") do
      if seg == ".." then
        if #parts > 0 and parts[#parts] ~= ".." then parts[#parts] = nil
        elseif not abs then parts[#parts + 1] = ".." end
      elseif seg ~= "." then parts[#parts + 1] = seg end
    end
    local r = table.concat(parts, "/")
    if abs then r = "/" .. r end
    if r == "" then r = abs and "/" or "." end
    return r
  end
  local function abspath(p)
    if sub(p, 1, 1) ~= "/" then p = C.getcwd() .. "/" .. p end
    return normpath(p)
  end
  -- relpath(p, start="."): p from start, both made absolute
  local function relpath(p, start)
    if type(p) ~= "string" or p == "" then raise("ValueError", "no path specified") end
    if start == nil or start == None then start = "." end
    local function segs(x)
      local t = {}
      for seg in abspath(x):gmatch("[^/]+") do t[#t + 1] = seg end
      return t
    end
    local a, b = segs(start), segs(p)
    local i = 0
    while i < #a and i < #b and a[i + 1] == b[i + 1] do i = i + 1 end
    local out = {}
    for _ = i + 1, #a do out[#out + 1] = ".." end
    for k = i + 1, #b do out[#out + 1] = b[k] end
    if #out == 0 then return "." end
    return table.concat(out, "/")
  end
  return lua_module("os.path", pathlike {
    join = join,
    relpath = relpath,
    exists = function(p) return C.stat(p) ~= nil end,
    isfile = function(p) return C.stat(p) == "file" end,
    isdir = function(p) return C.stat(p) == "dir" end,
    basename = function(p) return p:match("([^/]*)$") end,
    dirname = function(p) return p:match("^(.*)/[^/]*$") or "" end,
    split = function(p)
      local d, b = p:match("^(.*)/([^/]*)$")
      if not d then return R.tuple_from_array({"", p}, 2) end
      if d == "" then d = "/" end
      return R.tuple_from_array({d, b}, 2)
    end,
    splitext = function(p)
      local base, ext = p:match("^(.-)(%.[^./]*)$")
      if not base or base == "" or base:match("/$") then return R.tuple_from_array({p, ""}, 2) end
      return R.tuple_from_array({base, ext}, 2)
    end,
    abspath = abspath,
    normpath = normpath,
    isabs = function(p) return sub(p, 1, 1) == "/" end,
    getsize = function(p) local _, size = C.stat(p); if not size then error(R.os_error(2, "No such file or directory", p), 0) end return size end,
    expanduser = function(p) if sub(p, 1, 1) == "~" then return (os.getenv("HOME") or "") .. sub(p, 2) end return p end,
    -- $VAR and ${VAR} of the environment; unknown ones are left as they are
    expandvars = function(p)
      if not p:find("$", 1, true) then return p end
      local function var(whole, name)
        local v = os.getenv(name)
        if v == nil then return whole end
        return v
      end
      p = p:gsub("(%${([%w_]+)})", var)
      return (p:gsub("(%$([%a_][%w_]*))", var))
    end,
    getmtime = function(p) return stat_field(p, 9) end,
    getatime = function(p) return stat_field(p, 8) end,
    getctime = function(p) return stat_field(p, 10) end,
    islink = function(p)
      local mode = C.stat_full(p, false)
      return mode ~= false and mode & 0xF000 == 0xA000
    end,
    -- the path with every symbolic link resolved (as far as it exists)
    realpath = function(p)
      local r = C.realpath(p)
      if r then return r end
      local a = abspath(p)
      local d, b = a:match("^(.*)/([^/]*)$")
      if d and d ~= "" and d ~= a then
        local rd = C.realpath(d)
        if rd then return rd == "/" and "/" .. b or rd .. "/" .. b end
      end
      return a
    end,
    commonprefix = function(list)
      local a = R.iter_to_array(list)
      if #a == 0 then return "" end
      local lo, hi = a[1], a[1]
      for i = 2, #a do
        if a[i] < lo then lo = a[i] end
        if a[i] > hi then hi = a[i] end
      end
      local n = 0
      while n < #lo and sub(lo, n + 1, n + 1) == sub(hi, n + 1, n + 1) do n = n + 1 end
      return sub(lo, 1, n)
    end,
    commonpath = function(paths)
      local a = R.iter_to_array(paths)
      if #a == 0 then raise("ValueError", "commonpath() arg is an empty sequence") end
      local abs = sub(a[1], 1, 1) == "/"
      local split = {}
      for i = 1, #a do
        if (sub(a[i], 1, 1) == "/") ~= abs then raise("ValueError", "Can't mix absolute and relative paths") end
        local t = {}
        for seg in a[i]:gmatch("[^/]+") do if seg ~= "." then t[#t + 1] = seg end end
        split[i] = t
      end
      local out = {}
      for k = 1, #split[1] do
        local seg = split[1][k]
        for i = 2, #split do if split[i][k] ~= seg then seg = nil; break end end
        if seg == nil then break end
        out[#out + 1] = seg
      end
      return (abs and "/" or "") .. table.concat(out, "/")
    end,
    sep = "/",
  })
end

-- A file system call of vm/clib.c on path p: None, or the OSError
-- subclass its errno makes.
local function fs_call(fn, p, x)
  local ok, errno, msg = fn(p, x)
  if not ok then error(R.os_error(errno, msg, p), 0) end
  return None
end

-- The same on two paths (rename, symlink): the OSError names both
local function fs_call2(fn, a, b)
  local ok, errno, msg = fn(a, b)
  if not ok then
    local e = R.os_error(errno, msg, a)
    rawset(e, ".filename2", b)
    error(e, 0)
  end
  return None
end

-- os.stat(p): an os.stat_result, its times ints as items and floats as
-- attributes (st_mtime), as CPython's
local STAT_FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "st_atime",
  "st_mtime", "st_ctime"}
local function stat_result(p, follow)
  p = R.fspath(p)
  local r = {C.stat_full(p, follow)}
  if r[1] == false then error(R.os_error(r[2], r[3], p), 0) end
  local vals = {r[1], r[2], r[3], r[4], r[5], r[6], r[7], math.floor(r[8]), math.floor(r[9]), math.floor(r[10])}
  return R.struct_seq("os.stat_result", STAT_FIELDS, vals, {st_atime = r[8], st_mtime = r[9], st_ctime = r[10],
    st_atime_ns = math.floor(r[8] * 1e9), st_mtime_ns = math.floor(r[9] * 1e9), st_ctime_ns = math.floor(r[10] * 1e9)})
end

-- os.scandir(p): an iterator (and context manager) of DirEntry objects
local DIRENTRY_C, SCANDIR_C
local function scandir(p)
  p = R.fspath(p)
  if not DIRENTRY_C then
    local function mode_of(e, follow)
      local mode = C.stat_full(rawget(e, ".path"), follow ~= false)
      return mode or 0
    end
    DIRENTRY_C = R.builtin_type("DirEntry", nil, {
      is_dir = function(e)
        local kw = R.takekw()
        return mode_of(e, not (kw and kw.follow_symlinks == false)) & 0xF000 == 0x4000
      end,
      is_file = function(e)
        local kw = R.takekw()
        return mode_of(e, not (kw and kw.follow_symlinks == false)) & 0xF000 == 0x8000
      end,
      is_symlink = function(e) return mode_of(e, false) & 0xF000 == 0xA000 end,
      stat = function(e)
        local kw = R.takekw()
        return stat_result(rawget(e, ".path"), not (kw and kw.follow_symlinks == false))
      end,
      inode = function(e) return stat_field(rawget(e, ".path"), 2, false) end,
      __fspath__ = function(e) return rawget(e, ".path") end,
      __repr__ = function(e) return "<DirEntry " .. R.repr(rawget(e, ".name")) .. ">" end,
    })
    SCANDIR_C = R.builtin_type("ScandirIterator", nil, {
      __iter__ = function(it) return it end,
      __next__ = function(it)
        local i = it.i + 1
        local name = it.names[i]
        if name == nil then error(R.new_exc("StopIteration"), 0) end
        it.i = i
        local path = it.dir == "." and "./" .. name or (sub(it.dir, -1) == "/" and it.dir .. name or it.dir .. "/" .. name)
        return setmetatable({[".name"] = name, [".path"] = path}, DIRENTRY_C.M)
      end,
      __enter__ = function(it) return it end,
      __exit__ = function(it) it.names = {}; return false end,
      close = function(it) it.names = {}; return None end,
    })
  end
  local names = C.listdir(p)
  if not names then error(R.os_error(2, "No such file or directory", p), 0) end
  return setmetatable({names = names, i = 0, dir = p}, SCANDIR_C.M)
end

builtin_loaders.os = function()
  local environ = R.mkdict()
  for k, v in pairs(C.environ()) do environ[k] = v end
  local m = lua_module("os", pathlike {
    getcwd = function() return C.getcwd() end,
    fspath = function(p)
      if type(p) ~= "string" then
        raise("TypeError", "expected str, bytes or os.PathLike object, not %s", R.typeof(p).name)
      end
      return p
    end,
    listdir = function(p)
      local t, err = C.listdir(p or ".")
      if not t then error(R.os_error(2, "No such file or directory", p or "."), 0) end
      table.sort(t)
      return R.list_from_array(t)
    end,
    getenv = function(k, default) local v = os.getenv(k); if v == nil then return default or None end return v end,
    remove = function(p) return fs_call(C.unlink, p) end,
    unlink = function(p) return fs_call(C.unlink, p) end,
    rename = function(a, b) return fs_call2(C.rename, a, b) end,
    mkdir = function(p) return fs_call(C.mkdir, p) end,
    makedirs = function(p, mode, exist_ok)
      local kw = R.takekw()
      if kw and kw.exist_ok ~= nil then exist_ok = kw.exist_ok end
      local acc = sub(p, 1, 1) == "/" and "" or nil
      local created = false
      for seg in p:gmatch("[^/]+") do
        acc = acc and (acc .. "/" .. seg) or seg
        if C.stat(acc) == nil then C.mkdir(acc); created = true end
      end
      if not created and not R.truth(exist_ok or false) then raise("FileExistsError", "[Errno 17] File exists: '%s'", p) end
      return None
    end,
    rmdir = function(p) return fs_call(C.rmdir, p) end,
    getpid = function() return C.getpid() end,
    cpu_count = function() return C.cpu_count() end,
    get_terminal_size = function(fd)
      fd = fd == nil and 1 or R.index_of(fd)
      local cols, lines = C.terminal_size(fd)
      if not cols then error(R.os_error(25, "Inappropriate ioctl for device"), 0) end
      return R.struct_seq("os.terminal_size", {"columns", "lines"}, {cols, lines})
    end,
    urandom = function(n) return R.bytes_of(C.urandom(R.index_of(n))) end,
    chdir = function(p) return fs_call(C.chdir, p) end,
    chmod = function(p, mode) return fs_call(C.chmod, p, R.index_of(mode)) end,
    access = function(p, mode) return C.access(p, R.index_of(mode)) end,
    replace = function(a, b) return fs_call2(C.rename, a, b) end,
    stat = function(p)
      local follow = true
      local kw = R.takekw()
      if kw and kw.follow_symlinks ~= nil then follow = R.truth(kw.follow_symlinks) end
      return stat_result(p, follow)
    end,
    lstat = function(p) return stat_result(p, false) end,
    symlink = function(src, dst) return fs_call2(C.symlink, R.fspath(src), R.fspath(dst)) end,
    readlink = function(p)
      local r, errno, msg = C.readlink(R.fspath(p))
      if not r then error(R.os_error(errno, msg, p), 0) end
      return r
    end,
    scandir = function(p) return scandir(p == nil and "." or p) end,
    walk = function(top, topdown, onerror, followlinks)
      local kw = R.takekw()
      if kw then
        if kw.top ~= nil then top = kw.top end
        if kw.topdown ~= nil then topdown = kw.topdown end
        if kw.onerror ~= nil then onerror = kw.onerror end
      end
      topdown = topdown == nil or R.truth(topdown)
      if onerror == None then onerror = nil end
      -- one directory: (dirnames, filenames) in readdir order, as scandir gives them
      local function scan(d)
        local names, err = C.listdir(d)
        if not names then
          if onerror then onerror(R.new_exc("FileNotFoundError", format("[Errno 2] %s: '%s'", err or "No such file or directory", d))) end
          return nil
        end
        local dirs, files = {}, {}
        for _, n in ipairs(names) do
          local p = sub(d, -1) == "/" and d .. n or d .. "/" .. n
          if C.stat(p) == "dir" then dirs[#dirs + 1] = n else files[#files + 1] = n end
        end
        return R.list_from_array(dirs), R.list_from_array(files)
      end
      local function entry(d, dirs, files) return R.tuple_from_array({d, dirs, files}, 3) end
      local function child(d, n) return sub(d, -1) == "/" and d .. n or d .. "/" .. n end
      if not topdown then
        -- bottom-up: every subdirectory before its parent
        local out = {}
        local function visit(d)
          local dirs, files = scan(d)
          if not dirs then return end
          for i = 0, dirs.n - 1 do visit(child(d, dirs[i])) end
          out[#out + 1] = entry(d, dirs, files)
        end
        visit(top)
        local i = 0
        return R.make_iterator(function() i = i + 1; if out[i] then return true, out[i] end return nil end)
      end
      -- top-down: the caller may prune dirnames before the walk goes on
      local stack, last = {top}, nil
      return R.make_iterator(function()
        if last then
          local d, dirs = last[1], last[2]
          last = nil
          for i = dirs.n - 1, 0, -1 do stack[#stack + 1] = child(d, dirs[i]) end
        end
        while #stack > 0 do
          local d = table.remove(stack)
          local dirs, files = scan(d)
          if dirs then
            last = {d, dirs}
            return true, entry(d, dirs, files)
          end
        end
        return nil
      end)
    end,
  })
  R.FUNCINFO[rawget(m, "makedirs")].kwmark = true
  R.FUNCINFO[rawget(m, "makedirs")].complex = true
  R.FUNCINFO[rawget(m, "walk")].kwmark = true
  R.FUNCINFO[rawget(m, "walk")].complex = true
  rawset(m, "environ", environ)
  rawset(m, "sep", "/")
  rawset(m, "linesep", "\n")
  rawset(m, "name", "posix")
  rawset(m, "SEEK_SET", 0)
  rawset(m, "SEEK_CUR", 1)
  rawset(m, "SEEK_END", 2)
  rawset(m, "curdir", ".")
  rawset(m, "pardir", "..")
  local tsc = struct_seq_class("os.terminal_size", {"columns", "lines"})
  tsc.native_new = function(_, seq)
    local a, n = R.iter_to_array(seq)
    if n ~= 2 then raise("TypeError", "os.terminal_size() takes a 2-sequence (%d-sequence given)", n) end
    return R.struct_seq("os.terminal_size", {"columns", "lines"}, a)
  end
  rawset(m, "terminal_size", tsc)
  rawset(m, "devnull", "/dev/null")
  rawset(m, "pathsep", ":")
  rawset(m, "extsep", ".")
  rawset(m, "altsep", None)
  rawset(m, "F_OK", 0)
  rawset(m, "R_OK", 4)
  rawset(m, "W_OK", 2)
  rawset(m, "X_OK", 1)
  rawset(m, "path", load_module("os.path"))
  return m
end

-- ---------------------------------------------------------------------
-- Running __main__

local function status_of(e)
  if isinstance(e, EXC.SystemExit) then
    local code = rawget(e, ".code")
    if code == nil or code == None then return "exit", 0, nil, nil end
    if math.type(code) == "integer" then return "exit", code, nil, nil end
    if type(code) == "boolean" then return "exit", code and 1 or 0, nil, nil end
    return "exit", 1, nil, R.str(code) .. "\n"
  end
  local report = R.format_exception(e, nil, true)
  local cls = typeof(e)
  local ok, msg = pcall(R.str, e)
  -- a program's own sys.excepthook reports it instead (with no traceback
  -- object: there are none); one that fails gets both reports, as CPython
  local sys = modules.sys
  local hook = sys and rawget(sys, "excepthook")
  if hook and hook ~= R.default_excepthook then
    local hok, herr = xpcall(hook, R.tbh, cls, e, None)
    if hok then report = ""
    else
      report = "Error in sys.excepthook:\n" .. R.format_exception(R.to_exception(herr), nil, true)
        .. "\nOriginal exception was:\n" .. report
    end
  end
  if isinstance(e, EXC.SyntaxError) then return "syntax", cls.name, rawget(e, ".msg"), report end
  if isinstance(e, EXC.MemoryError) then return "nomem", cls.name, ok and msg or "", report end
  return "error", cls.name, ok and msg or "", report
end

R.status_of = status_of
R.compile_or_raise = compile_or_raise

-- Returns status ("ok"/"exit"/"error"/"syntax"), then type/code, message, report.
-- `precompiled` (a loaded .asc chunk) and its chunk name skip compiling.
function R.run_main(src, path, precompiled, chunkname)
  local dir = path:match("^(.*)/[^/]*$") or "."
  if sub(path, 1, 1) == "<" then dir = "." end
  search_path[1] = dir
  local envp = os.getenv("ASTER_PATH")
  local k = 2
  if envp then for p in envp:gmatch("[^:]+") do search_path[k] = p; k = k + 1 end end
  search_path[k] = nil
  R.sync_sys_path()
  local chunk = chunkname or "@" .. path
  R.SOURCES[chunk] = src
  local m = new_module("__main__", path)
  set_module("__main__", m)
  local ok, err = R.xpcall(function()
    -- skip a #! line (the compiler sees it as a comment anyway)
    local fn = precompiled or compile_or_raise(src, chunk, path)
    exec_module(fn, m)
  end, R.tbh)
  local fok, ferr = pcall(R.flush_stdout)
  if not ok then
    local e = R.to_exception(err)
    R.flush_stdout_safe()
    return status_of(e)
  end
  return "ok", nil, nil, nil
end

-- `-m name`: find the module's source and run it as __main__. Returns the
-- path (for sys.argv[0]) and source, or nil.
function R.find_main_module(name)
  search_path[1] = "."
  local envp = os.getenv("ASTER_PATH")
  local k = 2
  if envp then for p in envp:gmatch("[^:]+") do search_path[k] = p; k = k + 1 end end
  search_path[k] = nil
  R.sync_sys_path()
  local src, path, is_pkg = find_source(name)
  if src and is_pkg then
    src, path = find_source(name .. ".__main__")
  end
  if not src then return nil end
  if sub(path, 1, 1) ~= "/" then path = C.getcwd() .. "/" .. path:gsub("^%./", "") end
  return path, src
end

function R.flush_stdout_safe() pcall(R.flush_stdout) end

function R.shutdown()
  if exit_funcs.n > 0 then pcall(R.run_exit_funcs) end
  pcall(R.flush_stdout)
end

