-- exceptions.lua: Python's exception hierarchy, raising, the xpcall
-- message handler that records tracebacks, translation of Lua errors into
-- Python exceptions, and CPython-style traceback reports.
local R = ...
local None = R.None
local type, rawget, rawset, rawequal, setmetatable, getmetatable, error, pairs, select =
      type, rawget, rawset, rawequal, setmetatable, getmetatable, error, pairs, select
local format, sub, find, match, gsub = string.format, string.sub, string.find, string.match, string.gsub
local getinfo = debug.getinfo
local typeof, isinstance, isclass = R.typeof, R.isinstance, R.isclass
local FUNCINFO = R.FUNCINFO

-- Generator and coroutine bodies are new closures at every call; rather
-- than registering each one, their frames are named through their
-- prototype's position ("source:linedefined"), registered once.
local BODYINFO = {}
R.BODYINFO = BODYINFO
function R.note_body(fn, info)
  local d = getinfo(fn, "S")
  BODYINFO[d.source .. ":" .. d.linedefined] = info
  info.noted = true
end

local EXC = {}     -- name -> class
R.EXC = EXC
-- EXS[1]: the exception the running except block handles (emitted code
-- keeps it: st_try_except in parser/emit.c; a task suspended in a handler
-- has it kept and given back by the loop: task_resume in eventloop.lua),
-- false outside handlers (a slot that always holds a value reads fastest)
R.EXS = {false}

local function args_of(e) return rawget(e, ".args") or R.tuple_from_array({}) end

local base_methods = {
  __init__ = function(self, ...)
    local n = select("#", ...)
    if R.kw then R.kw = nil end
    -- (__new__ usually stored these very arguments already)
    local cur = rawget(self, ".args")
    if cur and cur.n == n and (n == 0 or n == 1 and rawequal(cur[0], (...))) then return None end
    rawset(self, ".args", R.tuple_from_array({...}, n))
    return None
  end,
  __str__ = function(self)
    local a = args_of(self)
    if a.n == 0 then return "" end
    if a.n == 1 then return R.str(a[0]) end
    return R.repr(a)
  end,
  __repr__ = function(self)
    local a = args_of(self)
    local c = typeof(self).name
    if a.n == 1 then return c .. "(" .. R.repr(a[0]) .. ")" end
    return c .. R.repr(a)
  end,
  with_traceback = function(self, tb) return self end,
  add_note = function(self, note)
    local notes = rawget(self, ".__notes__")
    if not notes then notes = R.list_from_array({}); rawset(self, ".__notes__", notes) end
    R.list_append(notes, note)
    return None
  end,
}

local function defexc_now(name, base, methods)
  local m = {}
  if not base then for k, v in pairs(base_methods) do m[k] = v end end
  for k, v in pairs(methods or {}) do m[k] = v end
  local C = R.builtin_type(name, base and {base} or {R.object}, m)
  EXC[name] = C
  return C
end

-- Start-up speed: most exception classes are built on first use. defexc
-- records the class; EXC.Name (and the builtin name, see builtins.lua)
-- builds it, and its bases first. Building one costs ~15 us.
local LAZY, LAZY_ORDER = {}, {}
local function defexc(name, base, methods)
  LAZY[name] = {base, methods}
  LAZY_ORDER[#LAZY_ORDER + 1] = name
end
function R.lazy_exc(name)
  local spec = LAZY[name]
  if not spec then return nil end
  -- (forgotten once built: a build that failed, out of stack in a deep
  -- recursion, is tried again next time)
  local C = defexc_now(name, spec[1], spec[2])
  LAZY[name] = nil
  return C
end
-- every exception name, built or not (dir(builtins), completion)
function R.exc_names() return LAZY_ORDER end
setmetatable(EXC, {__index = function(_, name) return R.lazy_exc(name) end})

local BaseException = defexc_now("BaseException")
R.BaseException = BaseException
-- BaseException.__new__ keeps the positional arguments as args, so a
-- subclass whose __init__ never calls super().__init__ still has them
BaseException.own.__new__ = function(cls, ...)
  if R.kw then R.kw = nil end
  -- (the traceback's fields exist from the start: no rehash when raised)
  return setmetatable({[".args"] = R.tuple_from_array({...}, select("#", ...)), tb = false, pending = false}, cls.M)
end
-- exception attributes with defaults
for _, a in ipairs({"__cause__", "__context__", "__traceback__"}) do BaseException.own[a] = None end
BaseException.own.__suppress_context__ = false
R.rebuild_lookup(BaseException)

local Exception = defexc_now("Exception", BaseException)
defexc("GeneratorExit", BaseException)
defexc("KeyboardInterrupt", BaseException)
defexc("SystemExit", BaseException, {
  __init__ = function(self, ...)
    base_methods.__init__(self, ...)
    local a = args_of(self)
    rawset(self, ".code", a.n == 0 and None or (a.n == 1 and a[0] or a))
    return None
  end,
})
defexc("ArithmeticError", Exception)
defexc("ZeroDivisionError", EXC.ArithmeticError)
defexc("OverflowError", EXC.ArithmeticError)
defexc("FloatingPointError", EXC.ArithmeticError)
defexc("LookupError", Exception)
defexc("KeyError", EXC.LookupError, {
  __str__ = function(self)
    local a = args_of(self)
    if a.n == 1 then return R.repr(a[0]) end
    return base_methods.__str__(self)
  end,
})
defexc("IndexError", EXC.LookupError)
defexc("ValueError", Exception)
defexc("UnicodeError", EXC.ValueError)
-- UnicodeDecodeError/UnicodeEncodeError(encoding, object, start, end,
-- reason), with CPython's messages built from those five
local UNICODE_FIELDS = {".encoding", ".object", ".start", ".end", ".reason"}
local function unicode_init(self, ...)
  base_methods.__init__(self, ...)
  local a = args_of(self)
  if a.n ~= 5 then R.raise_type("TypeError", "function takes exactly 5 arguments (%d given)", a.n) end
  for i = 1, 5 do rawset(self, UNICODE_FIELDS[i], a[i - 1]) end
  return None
end
defexc("UnicodeDecodeError", EXC.UnicodeError, {
  __init__ = unicode_init,
  __str__ = function(self)
    local enc, obj, s, e, reason = R.str(rawget(self, ".encoding")), rawget(self, ".object"),
      rawget(self, ".start"), rawget(self, ".end"), R.str(rawget(self, ".reason"))
    local b = type(obj) == "table" and obj.b
    if type(b) == "string" and e == s + 1 and s >= 0 and s < #b then
      return format("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, b:byte(s + 1), s, reason)
    end
    return format("'%s' codec can't decode bytes in position %d-%d: %s", enc, s, e - 1, reason)
  end,
})
defexc("UnicodeEncodeError", EXC.UnicodeError, {
  __init__ = unicode_init,
  __str__ = function(self)
    local enc, obj, s, e, reason = R.str(rawget(self, ".encoding")), rawget(self, ".object"),
      rawget(self, ".start"), rawget(self, ".end"), R.str(rawget(self, ".reason"))
    if type(obj) == "string" and e == s + 1 and s >= 0 and s < R.c.ulen(obj) then
      local cp = utf8.codepoint(R.getitem(obj, s), 1, 1, true)
      local ch = format(cp <= 0xFF and "\\x%02x" or cp <= 0xFFFF and "\\u%04x" or "\\U%08x", cp)
      return format("'%s' codec can't encode character '%s' in position %d: %s", enc, ch, s, reason)
    end
    return format("'%s' codec can't encode characters in position %d-%d: %s", enc, s, e - 1, reason)
  end,
})
defexc("TypeError", Exception)
defexc("AttributeError", Exception)
defexc("NameError", Exception)
defexc("UnboundLocalError", EXC.NameError)
defexc("RuntimeError", Exception)
defexc("NotImplementedError", EXC.RuntimeError)
defexc("RecursionError", EXC.RuntimeError)
defexc("StopIteration", Exception, {
  __init__ = function(self, ...)
    base_methods.__init__(self, ...)
    local a = args_of(self)
    rawset(self, ".value", a.n > 0 and a[0] or None)
    return None
  end,
})
defexc("StopAsyncIteration", Exception)
defexc("AssertionError", Exception)
defexc("ImportError", Exception)
defexc("ModuleNotFoundError", EXC.ImportError)
-- OSError(errno, strerror[, filename]) picks the subclass for errno, as
-- CPython's does (OSError(2, ...) is a FileNotFoundError)
local ERRNO_CLASS = {[1] = "PermissionError", [2] = "FileNotFoundError", [3] = "ProcessLookupError",
  [4] = "InterruptedError", [10] = "ChildProcessError", [11] = "BlockingIOError", [13] = "PermissionError",
  [17] = "FileExistsError", [20] = "NotADirectoryError", [21] = "IsADirectoryError", [32] = "BrokenPipeError",
  [103] = "ConnectionAbortedError", [104] = "ConnectionResetError", [110] = "TimeoutError",
  [111] = "ConnectionRefusedError", [115] = "BlockingIOError"}
defexc("OSError", Exception, {
  __new__ = function(cls, ...)
    if R.kw then R.kw = nil end
    local n, errno = select("#", ...), ...
    if cls == EXC.OSError and n >= 2 and ERRNO_CLASS[errno] then cls = EXC[ERRNO_CLASS[errno]] end
    return setmetatable({[".args"] = R.tuple_from_array({...}, n)}, cls.M)
  end,
  __init__ = function(self, ...)
    base_methods.__init__(self, ...)
    local a = args_of(self)
    if a.n >= 2 then
      rawset(self, ".errno", a[0]); rawset(self, ".strerror", a[1])
      rawset(self, ".filename", a.n >= 3 and a[2] or None)
      rawset(self, ".filename2", a.n >= 5 and a[4] or None)
      if a.n >= 3 and a.n <= 5 then rawset(self, ".args", R.tuple_from_array({a[0], a[1]}, 2)) end
    else
      rawset(self, ".errno", None); rawset(self, ".strerror", None); rawset(self, ".filename", None)
      rawset(self, ".filename2", None)
    end
    return None
  end,
  __str__ = function(self)
    local a = args_of(self)
    local fn = rawget(self, ".filename")
    if a.n >= 2 then
      local fn2 = rawget(self, ".filename2")
      if fn ~= nil and fn ~= None and fn2 ~= nil and fn2 ~= None then
        return format("[Errno %s] %s: %s -> %s", R.str(a[0]), R.str(a[1]), R.repr(fn), R.repr(fn2))
      end
      if fn ~= nil and fn ~= None then
        return format("[Errno %s] %s: %s", R.str(a[0]), R.str(a[1]), R.repr(fn))
      end
      return format("[Errno %s] %s", R.str(a[0]), R.str(a[1]))
    end
    return base_methods.__str__(self)
  end,
})
-- the OSError for a failed system call: R.os_error(errno, strerror, filename)
function R.os_error(errno, strerror, filename)
  local C = EXC[ERRNO_CLASS[errno] or "OSError"]
  local e = setmetatable({}, C.M)
  if filename ~= nil then C.L[":__init__"](e, errno, strerror, filename)
  else C.L[":__init__"](e, errno, strerror) end
  return e
end
EXC.IOError = EXC.OSError
EXC.EnvironmentError = EXC.OSError
for _, n in ipairs({"FileNotFoundError", "FileExistsError", "PermissionError", "IsADirectoryError",
                    "NotADirectoryError", "TimeoutError", "ConnectionError", "InterruptedError",
                    "ChildProcessError", "ProcessLookupError", "BlockingIOError"}) do
  defexc(n, EXC.OSError)
end
for _, n in ipairs({"ConnectionResetError", "ConnectionRefusedError", "ConnectionAbortedError", "BrokenPipeError"}) do
  defexc(n, EXC.ConnectionError)
end
defexc("EOFError", Exception)
defexc("MemoryError", Exception)
defexc("BufferError", Exception)
defexc("SyntaxError", Exception, {
  __init__ = function(self, ...)
    base_methods.__init__(self, ...)
    local a = args_of(self)
    rawset(self, ".msg", a.n > 0 and a[0] or None)
    local info = a.n > 1 and a[1] or nil
    if info and type(info) == "table" and info.n == 4 then
      rawset(self, ".filename", info[0]); rawset(self, ".lineno", info[1])
      rawset(self, ".offset", info[2]); rawset(self, ".text", info[3])
    else
      for _, k in ipairs({".filename", ".lineno", ".offset", ".text"}) do rawset(self, k, None) end
    end
    return None
  end,
  __str__ = function(self)
    local m = rawget(self, ".msg")
    local ln = rawget(self, ".lineno")
    local fn = rawget(self, ".filename")
    if ln ~= None and fn ~= None then return format("%s (%s, line %s)", R.str(m), R.str(fn), R.str(ln)) end
    return R.str(m)
  end,
})
defexc("IndentationError", EXC.SyntaxError)
defexc("TabError", EXC.IndentationError)
defexc("SystemError", Exception)
defexc("ReferenceError", Exception)
defexc("Warning", Exception)
for _, n in ipairs({"UserWarning", "DeprecationWarning", "RuntimeWarning", "ResourceWarning",
                    "PendingDeprecationWarning", "SyntaxWarning", "FutureWarning", "ImportWarning",
                    "UnicodeWarning", "BytesWarning", "EncodingWarning"}) do
  defexc(n, EXC.Warning)
end

-- Exception groups (PEP 654): a message and a tuple of exceptions.
local function eg_matcher(cond)
  if R.isclass(cond) or (type(cond) == "table" and getmetatable(cond) == R.TUPLE) then
    return function(e) return R.exmatch(e, cond) end
  end
  return function(e) return R.truth(cond(e)) end
end

local function eg_derive(self, excs)
  local C = typeof(self)
  local g = setmetatable({}, C.M)
  C.L[":__init__"](g, rawget(self, ".message"), excs)
  rawset(g, ".__cause__", rawget(self, ".__cause__"))
  rawset(g, ".__context__", rawget(self, ".__context__"))
  rawset(g, "tb", rawget(self, "tb"))
  return g
end

-- split(cond) -> (match, rest), each an exception group or None
local function eg_split(self, cond)
  local m = eg_matcher(cond)
  if m(self) then return R.tuple_from_array({self, None}, 2) end
  local yes, no = {}, {}
  local excs = rawget(self, ".exceptions")
  for i = 0, excs.n - 1 do
    local e = excs[i]
    if R.isinstance(e, EXC.BaseExceptionGroup) then
      local parts = eg_split(e, cond)
      if parts[0] ~= None then yes[#yes + 1] = parts[0] end
      if parts[1] ~= None then no[#no + 1] = parts[1] end
    elseif m(e) then
      yes[#yes + 1] = e
    else
      no[#no + 1] = e
    end
  end
  local a = #yes > 0 and eg_derive(self, R.list_from_array(yes)) or None
  local b = #no > 0 and eg_derive(self, R.list_from_array(no)) or None
  return R.tuple_from_array({a, b}, 2)
end

local BEG = defexc_now("BaseExceptionGroup", BaseException, {
  __init__ = function(self, message, excs)
    if type(message) ~= "string" then R.raise_type("TypeError", "argument 1 must be str, not %s", typeof(message).name) end
    local arr, n = R.iter_to_array(excs)
    if n == 0 then R.raise_type("ValueError", "second argument (exceptions) must be a non-empty sequence") end
    for i = 1, n do
      if not R.is_exc(arr[i]) then R.raise_type("ValueError", "Item %d of second argument (exceptions) is not an exception", i - 1) end
    end
    if R.isinstance(self, EXC.ExceptionGroup) then
      for i = 1, n do
        if not R.isinstance(arr[i], Exception) then
          R.raise_type("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup")
        end
      end
    end
    local t = R.tuple_from_array(arr, n)
    rawset(self, ".message", message)
    rawset(self, ".exceptions", t)
    -- args keep the sequence as given (its repr shows the list)
    rawset(self, ".args", R.tuple_from_array({message, excs}, 2))
    return None
  end,
  __str__ = function(self)
    local n = rawget(self, ".exceptions").n
    return format("%s (%d sub-exception%s)", rawget(self, ".message"), n, n == 1 and "" or "s")
  end,
  split = eg_split,
  subgroup = function(self, cond) return eg_split(self, cond)[0] end,
  derive = eg_derive,
})
-- BaseExceptionGroup(msg, [Exception...]) gives an ExceptionGroup, like CPython
BEG.own.__new__ = function(cls, message, excs)
  if cls == BEG and excs ~= nil then
    local all = true
    for _, e in R.iter(excs) do if not R.isinstance(e, Exception) then all = false end end
    if all then cls = EXC.ExceptionGroup end
  end
  return setmetatable({}, cls.M)
end
R.rebuild_lookup(BEG)
defexc("ExceptionGroup", BEG, {})
EXC.ExceptionGroup.bases = {BEG, Exception}
do
  -- ExceptionGroup(BaseExceptionGroup, Exception): recompute the MRO
  local EG = EXC.ExceptionGroup
  EG.mro = {EG, BEG, Exception, BaseException, R.object}
  local set = {}
  for i, k in ipairs(EG.mro) do set[k] = i end
  EG.mroset = set
  Exception.subs[EG] = true
  R.rebuild_lookup(EG)
end

-- Create an instance of a builtin exception class with a message.
local function new_exc(name, msg)
  local C = EXC[name] or EXC.RuntimeError
  local e = setmetatable({}, C.M)
  if msg == nil then C.L[":__init__"](e) else C.L[":__init__"](e, msg) end
  return e
end
R.new_exc = new_exc

local function raise_type(name, fmt, ...)
  R.direct = nil -- a failed call never leaves an await-at-once pending (tasks.lua)
  local msg = select("#", ...) > 0 and format(fmt, ...) or fmt
  error(new_exc(name, msg), 0)
end
R.raise_type = raise_type

local function raise_attr(obj, name, fmt, ...)
  local e = new_exc("AttributeError", format(fmt, ...))
  rawset(e, ".name", name)
  rawset(e, ".obj", obj)
  error(e, 0)
end
R.set_raisers(raise_type, raise_attr)
R.raise_attr = raise_attr

local function is_exc(x)
  return type(x) == "table" and getmetatable(x) and getmetatable(x).cls and R.issubclass(getmetatable(x).cls, BaseException)
end
R.is_exc = is_exc

-- raise X [from Y]; `ctx` is the exception being handled, if any.
function R.raise(x, cause, ctx)
  if isclass(x) then x = x() end
  if not is_exc(x) then
    x = new_exc("TypeError", "exceptions must derive from BaseException")
  end
  if cause ~= false then
    if isclass(cause) then cause = cause() end
    if cause ~= None and not is_exc(cause) then
      x = new_exc("TypeError", "exception causes must derive from BaseException")
      cause = None
    end
    rawset(x, ".__cause__", cause)
    rawset(x, ".__suppress_context__", true)
  end
  if ctx ~= nil and not rawequal(ctx, x) and rawget(x, ".__context__") == nil then
    rawset(x, ".__context__", ctx)
  end
  error(x, 0)
end

function R.reraise(e)
  if e == nil then raise_type("RuntimeError", "No active exception to reraise") end
  rawset(e, "reraised", true)
  rawset(e, "bare", true) -- (for R.starresult, which clears it)
  error(e, 0)
end

-- A failed assert. For `assert a OP b` the emitter passes both values and
-- the operator; they become the message only when R.assert_detail is set
-- (by `aster test`), as CPython's plain assert has none.
function R.assertfail(msg, a, b, op)
  if msg == nil and op and R.assert_detail then
    msg = "assert " .. R.repr(a) .. " " .. op .. " " .. R.repr(b)
  end
  local e = setmetatable({}, EXC.AssertionError.M)
  -- no message: no argument at all (an explicit nil is not "no args")
  if msg == nil then EXC.AssertionError.L[":__init__"](e) else EXC.AssertionError.L[":__init__"](e, msg) end
  error(e, 0)
end

function R.exmatch(e, cls)
  if type(cls) == "table" and getmetatable(cls) == R.TUPLE then
    for i = 0, cls.n - 1 do
      if isinstance(e, cls[i]) then return true end
    end
    return false
  end
  if not isclass(cls) then raise_type("TypeError", "catching classes that do not inherit from BaseException is not allowed") end
  return isinstance(e, cls)
end

-- Translate an error raised by Lua itself into a Python exception.
-- the type names luaL_typeerror gives for values without a __name
local LUA_TYPES = {number = true, string = true, boolean = true, ["nil"] = true, userdata = true,
  ["function"] = true, table = true, thread = true, no = true}

local function translate(msg)
  local where, text = match(msg, "^(.-:%d+): (.*)$")
  text = text or msg
  local name, detail
  local kind, var = match(text, "attempt to %a+ a nil value %((%a+) '([^']+)'%)")
  if kind then
    local n = var
    -- a function's fast entry (see emit.c) is named after it
    if match(n, "^__fb_") then n = sub(n, 6) end
    if match(n, "^__u_") then n = R.unmangle(n) end
    if kind == "local" then
      return new_exc("UnboundLocalError", format("cannot access local variable '%s' where it is not associated with a value", n))
    end
    return new_exc("NameError", format("name '%s' is not defined", n))
  end
  if find(text, "stack overflow", 1, true) then
    return new_exc("RecursionError", "maximum recursion depth exceeded")
  end
  if find(text, "not enough memory", 1, true) then return new_exc("MemoryError", "") end
  if find(text, "'n//0'", 1, true) then return new_exc("ZeroDivisionError", "integer division or modulo by zero") end
  if find(text, "'n%%0'", 1, true) then return new_exc("ZeroDivisionError", "integer modulo by zero") end
  if find(text, "'for' step is zero", 1, true) then return new_exc("ValueError", "range() arg 3 must not be zero") end
  if find(text, "has no integer representation", 1, true) then
    return new_exc("TypeError", "'float' object cannot be interpreted as an integer")
  end
  local a, b = match(text, "attempt to compare (%a+) with (%a+)")
  if a then
    return new_exc("TypeError", format("'<' not supported between instances of '%s' and '%s'", R.lua_type_name(a), R.lua_type_name(b)))
  end
  -- a C function's argument check (luaL_check*): CPython's TypeError
  local want, got = match(text, "bad argument #%d+ to '[^']*' %((%a+) expected, got (%a+)%)")
  if want then
    -- (a metatable's __name already names the Python type: "str", "list")
    if LUA_TYPES[got] then got = got == "no" and "NoneType" or R.lua_type_name(got) end
    if want == "number" then
      return new_exc("TypeError", format("'%s' object cannot be interpreted as an integer", got))
    end
    return new_exc("TypeError", format("expected %s, got %s", R.lua_type_name(want), got))
  end
  -- a C function called with too few arguments
  local argn = match(text, "bad argument #(%d+) to '[^']*' %(value expected%)")
  if argn then
    return new_exc("TypeError", format("missing required argument (argument %s)", argn))
  end
  local what = match(text, "attempt to call a (%a+) value")
  if what then return new_exc("TypeError", format("'%s' object is not callable", R.lua_type_name(what))) end
  what = match(text, "attempt to index a (%a+) value")
  if what then return new_exc("TypeError", format("'%s' object is not subscriptable", R.lua_type_name(what))) end
  what = match(text, "attempt to perform arithmetic on a (%a+) value")
  if what then return new_exc("TypeError", format("unsupported operand type(s) for arithmetic: '%s'", R.lua_type_name(what))) end
  if find(text, "C stack overflow", 1, true) then return new_exc("RecursionError", "maximum recursion depth exceeded") end
  return new_exc("SystemError", text)
end

function R.lua_type_name(t)
  if t == "number" then return "int" end
  if t == "string" then return "str" end
  if t == "boolean" then return "bool" end
  if t == "nil" then return "NoneType" end
  if t == "userdata" then return "NoneType" end
  if t == "function" then return "function" end
  return "object"
end

function R.unmangle(n)
  local s = sub(n, 5)
  return (gsub(s, "_(%x%x)", function(h) return string.char(tonumber(h, 16)) end))
end

local function to_exception(e)
  if is_exc(e) then return e end
  if type(e) == "string" then return translate(e) end
  if e == nil then return new_exc("SystemError", "error object is nil") end
  return new_exc("SystemError", "non-exception error: " .. tostring(e))
end
R.to_exception = to_exception

local XPCALL = xpcall
R.xpcall = xpcall
-- Frames of the runtime's own Lua ("=[aster]/x.lua", or "=?" as embedded
-- without debug information) never appear in tracebacks; user code and the
-- stdlib modules written in the dialect have "@path" sources.
local RUNTIME_PREFIX = "="
local RUNTIME_BYTE = string.byte(RUNTIME_PREFIX)
local frame_info, byte = R.c.frame_info, string.byte

-- The description of a frame's function (a def, or the hoisted body of an
-- async def), or nil for a nested body (try/with closures, comprehensions)
-- whose line belongs to the next frame that has one.
local function frame_funcinfo(f, source, linedefined)
  return FUNCINFO[f] or BODYINFO[source .. ":" .. linedefined]
end
R.frame_funcinfo = frame_funcinfo

-- The message handler of every try/with: turn the error into a Python
-- exception and append the frames between the error and this xpcall. (A
-- task's thread has no xpcall: see R.thread_exception.)
local TB_WALK, TB_TAIL = 1000, 100
local DEBUG = os.getenv("ASTER_DEBUG_LUA")

-- Turn e into a Python exception and append the user frames from `level`
-- on: of the running thread up to the nearest xpcall (co nil), or of the
-- thread co, which died of e, down to its first frame.
-- A NameError's frame: the names it could have meant (its Lua locals
-- that are Python names, and its module's namespace), for exc_line's
-- "Did you mean" (see suggestion).
local getlocal, getupvalue = debug.getlocal, debug.getupvalue
local function note_names(exc, f, co, level, source)
  local names = {}
  for i = 1, 250 do
    local n
    if co then n = getlocal(co, level, i) else n = getlocal(level + 1, i) end
    if n == nil then break end
    if sub(n, 1, 2) ~= "__" and sub(n, 1, 1) ~= "(" then names[#names + 1] = n end
  end
  local env
  for i = 1, 255 do
    local un, uv = getupvalue(f, i)
    if un == nil then break end
    if un == "_ENV" then env = uv; break end
  end
  if env == nil and R.modules then
    -- (a function that reads no global has no _ENV: its file's module)
    local file = sub(source, 2)
    for _, m in pairs(R.modules) do
      if type(m) == "table" and rawget(m, "__file__") == file then env = m; break end
    end
  end
  rawset(exc, "sugg", {names = names, env = env})
end

local function traceback_into(e, co, level)
  local ok, exc = pcall(to_exception, e)
  if not ok then exc = new_exc("SystemError", "error while handling error") end
  local tb = rawget(exc, "tb")
  if not tb then tb = {}; rawset(exc, "tb", tb) end
  local pending = rawget(exc, "pending") or nil
  local reraised = rawget(exc, "reraised")
  rawset(exc, "reraised", nil)
  -- raised by a callee's argument check: its frame is not shown (R.argerr)
  local skip = rawget(exc, "skip_callee")
  if skip then rawset(exc, "skip_callee", nil) end
  local crossed = false -- left a coroutine's body on its way
  while true do
    if level == TB_WALK then
      -- a deep stack (runaway recursion): getinfo(level) costs O(level),
      -- so keep the innermost TB_WALK frames and the outermost TB_TAIL
      -- ones, and count what lies between
      local depth = co and R.c.stack_depth(co) or R.c.stack_depth() - 2
      if depth - TB_TAIL > level then
        tb[#tb + 1] = {false, depth - TB_TAIL - level}
        level = depth - TB_TAIL
      end
    end
    local f, line, source, linedefined, is_c
    if co then f, line, source, linedefined, is_c = frame_info(co, level)
    else f, line, source, linedefined, is_c = frame_info(level + 1) end
    if f == nil then break end
    if f == XPCALL and not co then
      -- the frame holding the try statement caught it at the line a nested
      -- body left pending: it belongs to the traceback, as in CPython
      if pending ~= nil then
        -- (out through the bodies of enclosing try statements, closures
        -- of the same function, to that function's frame)
        local lv = level + 2
        while true do
          local g, _, gsrc, gdef, gc = frame_info(lv)
          if g == nil then break end
          if gc then
            if g ~= XPCALL then break end
          else
            if byte(gsrc, 1) == RUNTIME_BYTE then break end
            local fi = frame_funcinfo(g, gsrc, gdef)
            if fi then
              -- (a re-raise: the frame is already recorded)
              if not (reraised and #tb > 0) then tb[#tb + 1] = {gsrc, pending, fi.name} end
              pending = nil
              reraised = nil
              break
            end
          end
          lv = lv + 1
        end
      end
      break
    end
    if not is_c and byte(source, 1) ~= RUNTIME_BYTE then
      local fi = frame_funcinfo(f, source, linedefined)
      if fi and fi.kind == "coroutine" then crossed = true end
      if fi and skip then
        skip = false
      elseif fi then
        if #tb == 0 and getmetatable(exc) == EXC.NameError.M and rawget(exc, "sugg") == nil then
          note_names(exc, f, co, co and level or level + 1, source)
        end
        if reraised and pending == nil and #tb > 0 then
          -- the re-raising frame is already recorded
          reraised = nil
        else
          tb[#tb + 1] = {source, pending or line, fi.name}
        end
        pending = nil
        reraised = nil
      elseif pending == nil then
        pending = line
      end
    end
    level = level + 1
  end
  rawset(exc, "pending", pending)
  return exc, crossed
end

function R.tbh(e)
  if DEBUG and type(e) == "string" then io.stderr:write(debug.traceback(e, 2), "\n") end
  local exc, crossed = traceback_into(e, nil, 2) -- (no tail call: it counts levels from here)
  if crossed and R.isinstance(exc, R.EXC.StopIteration) then
    -- PEP 479: a StopIteration leaving a coroutine (awaited directly: a
    -- task's is converted when the task ends) is a RuntimeError there
    local r = R.stopiteration_escaped(exc, "coroutine")
    rawset(r, "tb", rawget(exc, "tb"))
    rawset(r, "pending", rawget(exc, "pending"))
    exc = r
  end
  -- raised while an except block handles another: that one is its context
  local cur = R.EXS[1]
  if cur and not rawequal(cur, exc) and rawget(exc, ".__context__") == nil then
    rawset(exc, ".__context__", cur)
  end
  return exc
end

-- A task's thread runs without an xpcall (a C frame that would make every
-- suspended task's stack bigger): when its body raised e, the thread is
-- dead but keeps its frames, which give the traceback. cur is what the
-- thread was handling when it raised (see R.tbh).
function R.thread_exception(co, e, cur)
  if DEBUG and type(e) == "string" then io.stderr:write(debug.traceback(co, e), "\n") end
  local exc = traceback_into(e, co, 0)
  if cur and not rawequal(cur, exc) and rawget(exc, ".__context__") == nil then
    rawset(exc, ".__context__", cur)
  end
  return exc
end

-- Source lines for tracebacks.
local SOURCES = {}
R.SOURCES = SOURCES
local file_cache = {}
local function source_line(src, line)
  local text = SOURCES[src]
  if not text and sub(src, 1, 1) == "@" then
    text = file_cache[src]
    if text == nil then
      local f = io.open(sub(src, 2), "rb")
      text = f and f:read("a") or false
      if f then f:close() end
      file_cache[src] = text
    end
  end
  if not text then return nil end
  local n = 0
  for l in (text .. "\n"):gmatch("([^\n]*)\n") do
    n = n + 1
    if n == line then return (l:gsub("^%s+", ""):gsub("%s+$", "")) end
  end
  return nil
end
R.source_line = source_line

-- CPython's Levenshtein distance for suggestions (Python/suggestions.c):
-- a case change costs 1, any other edit 2; above max, max + 1.
local MOVE_COST, CASE_COST = 2, 1
local lower = string.lower
local function edit_distance(a, b, max)
  if a == b then return 0 end
  local na, nb = #a, #b
  local i = 1
  while i <= na and i <= nb and byte(a, i) == byte(b, i) do i = i + 1 end
  a, b = sub(a, i), sub(b, i)
  na, nb = #a, #b
  while na > 0 and nb > 0 and byte(a, na) == byte(b, nb) do na, nb = na - 1, nb - 1 end
  a, b = sub(a, 1, na), sub(b, 1, nb)
  if na == 0 or nb == 0 then return (na + nb) * MOVE_COST end
  if na > 40 or nb > 40 then return max + 1 end
  if nb < na then a, b, na, nb = b, a, nb, na end
  if (nb - na) * MOVE_COST > max then return max + 1 end
  local row = {}
  for k = 1, na do row[k] = k * MOVE_COST end
  local result = 0
  for bi = 1, nb do
    local code = byte(b, bi)
    local distance = (bi - 1) * MOVE_COST
    result = distance
    local minimum = math.huge
    for k = 1, na do
      local ac = byte(a, k)
      local cost
      if ac == code then cost = 0
      elseif ac % 32 == code % 32 and lower(string.char(ac)) == lower(string.char(code)) then cost = CASE_COST
      else cost = MOVE_COST end
      local substitute = distance + cost
      distance = row[k]
      local insert_delete = math.min(result, distance) + MOVE_COST
      result = math.min(insert_delete, substitute)
      row[k] = result
      if result < minimum then minimum = result end
    end
    if minimum > max then return max + 1 end
  end
  return result
end

-- The closest of the names in list to name, as CPython picks it, or nil.
local function closest(list, name)
  if #list >= 750 then return nil end
  local best, best_d
  for _, item in ipairs(list) do
    if type(item) == "string" and item ~= name then
      local max = (#name + #item + 3) * MOVE_COST // 6
      if best_d and best_d - 1 < max then max = best_d - 1 end
      local d = edit_distance(name, item, max)
      if d <= max and (best == nil or d < best_d) then best, best_d = item, d end
    end
  end
  return best
end

-- "Did you mean" for an uncaught NameError (the frame's names, its
-- module's, the builtins) or AttributeError (dir() of the object).
local function suggestion(e, C)
  if C == EXC.AttributeError then
    local obj, name = rawget(e, ".obj"), rawget(e, ".name")
    if obj == nil or type(name) ~= "string" then return nil end
    local ok, d = pcall(R.B.dir, obj)
    if not ok then return nil end
    local list = {}
    for i = 0, d.n - 1 do list[i + 1] = d[i] end
    return closest(list, name)
  end
  local info = rawget(e, "sugg")
  if C ~= EXC.NameError or not info then return nil end
  local args = rawget(e, ".args")
  local msg = args and args[0]
  local name = type(msg) == "string" and msg:match("^name '(.-)' is not defined$")
  if not name then return nil end
  local s = closest(info.names, name)
  if s then return s end
  local env = info.env
  if type(env) == "table" then
    local list = {}
    for k in pairs(env) do
      if type(k) == "string" and k:match("^[%a_][%w_]*$") then list[#list + 1] = k end
    end
    local st = R.STATICS[env]
    if st then for k in pairs(st.get) do list[#list + 1] = k end end
    table.sort(list)
    s = closest(list, name)
    if s then return s end
  end
  local list = {}
  for k in pairs(R.B) do
    if type(k) == "string" and k:match("^[%a_][%w_]*$") and not k:match("^_[^_]") then list[#list + 1] = k end
  end
  table.sort(list)
  return closest(list, name)
end

-- (hints: the "Did you mean" of the interpreter's own report of an
-- uncaught exception, which CPython 3.11's traceback module does not give)
local function exc_line(e, hints)
  local C = typeof(e)
  local name = C.qualname or C.name
  if C.module ~= "builtins" and C.module ~= "__main__" then name = C.module .. "." .. name end
  local ok, s = pcall(R.str, e)
  if not ok then s = "<exception str() failed>" end
  if hints then
    local okh, hint = pcall(suggestion, e, C)
    if okh and hint then s = s .. ". Did you mean: '" .. hint .. "'?" end
  end
  if s == "" then return name end
  return name .. ": " .. s
end
R.exc_line = exc_line

-- A traceback entry {source, line, function name}: its File line and the
-- source line
local function frame_lines(out, fr)
  local src = fr[1]
  local fname = sub(src, 1, 1) == "@" and sub(src, 2) or src
  out[#out + 1] = format('  File "%s", line %d, in %s\n', fname, fr[2], fr[3])
  local l = source_line(src, fr[2])
  if l and l ~= "" then out[#out + 1] = "    " .. l .. "\n" end
end

local function format_one(e, out, header, hints)
  local tb = rawget(e, "tb")
  if tb and #tb > 0 then
    out[#out + 1] = header or "Traceback (most recent call last):\n"
    -- as CPython: a frame that repeats the one before it (same file, line
    -- and function) is shown three times, then counted; frames the handler
    -- skipped in a deep stack ({false, n}) count as repeats when the frames
    -- around them are alike
    local prev, run, skipped = nil, 0, 0
    local function flush()
      if run > 3 then
        out[#out + 1] = format("  [Previous line repeated %d more time%s]\n", run - 3, run - 3 == 1 and "" or "s")
      end
      if skipped > 0 then
        out[#out + 1] = format("  [%d frame%s not shown]\n", skipped, skipped == 1 and "" or "s")
      end
      run, skipped = 0, 0
    end
    for i = #tb, 1, -1 do
      local fr = tb[i]
      local src = fr[1]
      if src == false then
        local nxt = tb[i - 1]
        if prev and nxt and nxt[1] == prev[1] and nxt[2] == prev[2] and nxt[3] == prev[3] then
          run = run + fr[2]
        else
          skipped = skipped + fr[2]
        end
      elseif prev and skipped == 0 and src == prev[1] and fr[2] == prev[2] and fr[3] == prev[3] then
        run = run + 1
        if run <= 3 then frame_lines(out, fr) end
      else
        flush()
        run = 1
        prev = fr
        frame_lines(out, fr)
      end
    end
    flush()
  end
  if isinstance(e, EXC.SyntaxError) and rawget(e, ".lineno") ~= None and rawget(e, ".lineno") ~= nil then
    local fn, ln, off, text = rawget(e, ".filename"), rawget(e, ".lineno"), rawget(e, ".offset"), rawget(e, ".text")
    out[#out + 1] = format('  File "%s", line %s\n', R.str(fn), R.str(ln))
    if text ~= None and text ~= nil then
      local t = R.str(text)
      local stripped = t:gsub("^%s+", "")
      local removed = #t - #stripped
      stripped = stripped:gsub("%s+$", "")
      out[#out + 1] = "    " .. stripped .. "\n"
      if off ~= None and type(off) == "number" then
        local col = math.max(0, off - 1 - removed)
        local caretpad = R.c.ulen(sub(stripped, 1, col))
        out[#out + 1] = "    " .. string.rep(" ", caretpad) .. "^\n"
      end
    end
    local C = typeof(e)
    out[#out + 1] = C.name .. ": " .. R.str(rawget(e, ".msg")) .. "\n"
    return
  end
  out[#out + 1] = exc_line(e, hints) .. "\n"
  local notes = rawget(e, ".__notes__")
  if notes then
    for i = 0, notes.n - 1 do out[#out + 1] = R.str(notes[i]) .. "\n" end
  end
end

-- Exception groups print as CPython's traceback module prints them: the
-- group's traceback and line behind a "| " margin, then each
-- sub-exception in a numbered box, nested groups indented further.
local MAX_GROUP_WIDTH, MAX_GROUP_DEPTH = 15, 10

local function margin_text(text, g, margin)
  if g.depth == 0 then return text end
  local prefix = string.rep(" ", 2 * g.depth) .. (margin or "|") .. " "
  return (text:gsub("[^\n]*\n", function(l) return prefix .. l end))
end

local function format_chain(e, seen, g, out)
  seen[e] = true
  local cause = rawget(e, ".__cause__")
  local ctx = rawget(e, ".__context__")
  if cause ~= nil and cause ~= None and not seen[cause] then
    format_chain(cause, seen, g, out)
    out[#out + 1] = margin_text("\nThe above exception was the direct cause of the following exception:\n\n", g)
  elseif ctx ~= nil and ctx ~= None and not seen[ctx] and not rawget(e, ".__suppress_context__") then
    format_chain(ctx, seen, g, out)
    out[#out + 1] = margin_text("\nDuring handling of the above exception, another exception occurred:\n\n", g)
  end
  local excs = R.isinstance(e, EXC.BaseExceptionGroup) and rawget(e, ".exceptions")
  if not excs then
    local one = {}
    format_one(e, one, nil, g.hints)
    out[#out + 1] = margin_text(table.concat(one), g)
    return
  end
  if g.depth > MAX_GROUP_DEPTH then
    out[#out + 1] = margin_text(format("... (max_group_depth is %d)\n", MAX_GROUP_DEPTH), g)
    return
  end
  local top = g.depth == 0
  if top then g.depth = 1 end
  local tb = rawget(e, "tb")
  local one = {}
  format_one(e, one, "Exception Group Traceback (most recent call last):\n", g.hints)
  if tb and #tb > 0 then
    -- the header line takes the "+" margin at the top level
    out[#out + 1] = margin_text(one[1], g, top and "+" or nil)
    table.remove(one, 1)
  end
  out[#out + 1] = margin_text(table.concat(one), g)
  local num = excs.n
  local n = num <= MAX_GROUP_WIDTH and num or MAX_GROUP_WIDTH + 1
  g.need_close = false
  for i = 1, n do
    local last = i == n
    if last then g.need_close = true end
    local truncated = i > MAX_GROUP_WIDTH
    local title = truncated and "..." or tostring(i)
    out[#out + 1] = string.rep(" ", 2 * g.depth) .. (i == 1 and "+-" or "  ") .. "+---------------- " .. title .. " ----------------\n"
    g.depth = g.depth + 1
    if not truncated then
      format_chain(excs[i - 1], seen, g, out)
    else
      local remaining = num - MAX_GROUP_WIDTH
      out[#out + 1] = margin_text(format("and %d more exception%s\n", remaining, remaining > 1 and "s" or ""), g)
    end
    if last and g.need_close then
      out[#out + 1] = string.rep(" ", 2 * g.depth) .. "+------------------------------------\n"
      g.need_close = false
    end
    g.depth = g.depth - 1
  end
  if top then g.depth = 0 end
end

function R.format_exception(e, seen, hints)
  local out = {}
  format_chain(e, seen or {}, {depth = 0, need_close = false, hints = hints}, out)
  return table.concat(out)
end

-- one exception without its chain (traceback's chain=False); with
-- frames false, its last line alone (format_exception_only)
function R.format_exc_one(e, frames)
  local one = {}
  local tb = rawget(e, "tb")
  if not frames then rawset(e, "tb", false) end
  format_one(e, one)
  rawset(e, "tb", tb)
  return table.concat(one)
end
