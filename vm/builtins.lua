-- builtins.lua: the builtins namespace (print, len, sorted, int(), ...),
-- descriptors (property, staticmethod, classmethod) and text files.
local R = ...
local None = R.None
local type, rawget, rawset, rawequal, setmetatable, getmetatable, error, select, pcall, tostring =
      type, rawget, rawset, rawequal, setmetatable, getmetatable, error, select, pcall, tostring
local mtype, floor, huge = math.type, math.floor, math.huge
local format, concat = string.format, table.concat
local typeof, isinstance, issubclass, isclass, raise_type = R.typeof, R.isinstance, R.issubclass, R.isclass, R.raise_type
local LIST_M, TUPLE_M, DICT_M = R.LIST, R.TUPLE, R.DICT_M
local TYPE_MT = R.TYPE_MT
local iter, truth, str, repr = R.iter, R.truth, R.str, R.repr
local EXC = R.EXC
local takekw = R.takekw

local function raise(name, fmt, ...) raise_type(name, fmt, ...) end

local B = {}
R.B = B

-- mark builtin functions for repr and keyword calls
local function builtin(name, f, params, kwmark)
  R.FUNCINFO[f] = {name = name, qualname = name, builtin = true, params = params or {}, kwmark = kwmark, complex = kwmark}
  B[name] = f
  return f
end

-- ---------------------------------------------------------------------
-- Output

local stdout_buf, stdout_n = {}, 0
local function flush_stdout()
  if stdout_n > 0 then
    if R.before_output then R.before_output() end
    io.stdout:write(concat(stdout_buf, "", 1, stdout_n))
    stdout_buf, stdout_n = {}, 0
  end
  io.stdout:flush()
end
R.flush_stdout = flush_stdout
local function write_stdout(s)
  stdout_n = stdout_n + 1
  stdout_buf[stdout_n] = s
  if stdout_n > 512 then
    io.stdout:write(concat(stdout_buf, "", 1, stdout_n))
    stdout_buf, stdout_n = {}, 0
  end
end
R.write_stdout = write_stdout
R.line_buffered = false

builtin("print", function(...)
  local kw = takekw()
  local n = select("#", ...)
  local sep, end_, file, flush = " ", "\n", nil, false
  if kw then
    if kw.sep ~= nil and kw.sep ~= None then sep = kw.sep end
    if kw["end"] ~= nil and kw["end"] ~= None then end_ = kw["end"] end
    if type(sep) ~= "string" then raise("TypeError", "sep must be None or a string, not %s", typeof(sep).name) end
    if type(end_) ~= "string" then raise("TypeError", "end must be None or a string, not %s", typeof(end_).name) end
    for _, name in ipairs(kw[R.KWMARK] or {}) do
      if name ~= "sep" and name ~= "end" and name ~= "file" and name ~= "flush" then
        raise("TypeError", "'%s' is an invalid keyword argument for print()", name)
      end
    end
    if kw.file ~= nil and kw.file ~= None then file = kw.file end
    if kw.flush ~= nil then flush = truth(kw.flush) end
  end
  if not file then
    -- sys.stdout may have been replaced (contextlib.redirect_stdout, ...)
    local sys = R.modules.sys
    local cur = sys and rawget(sys, "stdout")
    if cur and cur ~= R.sys_stdout and cur ~= None then file = cur end
  end
  if file and file ~= R.sys_stdout and file ~= R.sys_stderr then
    -- another file object: one write per piece, as CPython's print does
    local write = file[":write"] or R.gm(file, "write")
    for i = 1, n do
      if i > 1 then write(file, sep) end
      write(file, str((select(i, ...))))
    end
    write(file, end_)
    if flush then local f = typeof(file).L[":flush"]; if f then f(file) end end
    return None
  end
  local s
  if n == 1 then
    s = str((...)) .. end_
  else
    local parts = {}
    local args = {...}
    for i = 1, n do parts[i] = str(args[i]) end
    s = concat(parts, sep) .. end_
  end
  if file == R.sys_stderr then
    flush_stdout()
    if R.before_output then R.before_output() end
    io.stderr:write(s)
    return None
  end
  write_stdout(s)
  if flush or R.line_buffered then flush_stdout() end
  return None
end, {}, true)

-- ---------------------------------------------------------------------
-- Sequences and iteration

local ulen = R.c.ulen_cached
local function len(x)
  local t = type(x)
  if t == "string" then return ulen(x) end
  local mt = getmetatable(x)
  if mt == LIST_M or mt == TUPLE_M then return x.n end
  if mt == DICT_M or mt == R.SET_M then return rawget(x, R.META).n end
  local f = typeof(x).L[":__len__"]
  if not f then
    if x == nil then raise("TypeError", "len() takes exactly one argument (0 given)") end
    raise("TypeError", "object of type '%s' has no len()", typeof(x).name)
  end
  local r = f(x)
  if mtype(r) ~= "integer" then raise("TypeError", "'%s' object cannot be interpreted as an integer", typeof(r).name) end
  if r < 0 then raise("ValueError", "__len__() should return >= 0") end
  return r
end
builtin("len", len, {"obj"})
R.len = len

local ENUMERATE_M = R.builtin_type("enumerate", nil, {
  __iter__ = function(e) return e end,
  __next__ = function(e)
    e.fresh = nil
    local c, v = e.f(e.s, e.c)
    if c == nil then error(R.new_exc("StopIteration"), 0) end
    e.c = c
    local i = e.i
    e.i = i + 1
    return R.tuple_from_array({i, v}, 2)
  end,
}, {noattrs = true}).M
R.ENUMERATE_M = ENUMERATE_M
local enumerate = R.builtin_type("enumerate", nil, {}, {noattrs = true})
enumerate.M = ENUMERATE_M
ENUMERATE_M.cls.native_new = function(C, it, start)
  local kw = takekw()
  if kw then
    if kw.start then start = kw.start end
    if kw.iterable then it = kw.iterable end
  end
  start = start and R.index_of(start) or 0
  -- (iter() now, as CPython: enumerate(None) fails here; `fresh` until the
  -- first item, see fresh_gens)
  local f, s, c = iter(it)
  return setmetatable({it = it, start = start, i = start, f = f, s = s, c = c, fresh = true}, ENUMERATE_M)
end
B.enumerate = ENUMERATE_M.cls

B.zip = R.builtin_type("zip", nil, {
  __iter__ = function(z) return z end,
  __next__ = function(z)
    local its = z.its
    local n = #its
    -- zip() of nothing is empty
    if n == 0 then error(R.new_exc("StopIteration"), 0) end
    local out = {}
    for i = 1, n do
      local t = its[i]
      local c, v = t[1](t[2], t[3])
      if c == nil then
        if z.strict then
          local which = i == 2 and "argument 1" or "arguments 1-" .. (i - 1)
          if i > 1 then raise("ValueError", "zip() argument %d is shorter than %s", i, which) end
          -- the first one ended: the others must end too
          for j = 2, n do
            local u = its[j]
            if u[1](u[2], u[3]) ~= nil then
              raise("ValueError", "zip() argument %d is longer than %s", j, j == 2 and "argument 1" or "arguments 1-" .. (j - 1))
            end
          end
        end
        error(R.new_exc("StopIteration"), 0)
      end
      t[3] = c
      out[i] = v
    end
    return R.tuple_from_array(out, n)
  end,
}, {noattrs = true})
B.zip.native_new = function(C, ...)
  local kw = takekw()
  local its = {}
  for i = 1, select("#", ...) do its[i] = {iter((select(i, ...)))} end
  return setmetatable({its = its, srcs = {...}, strict = kw and kw.strict and truth(kw.strict)}, C.M)
end
R.ZIP_M = B.zip.M

B.map = R.builtin_type("map", nil, {
  __iter__ = function(m) return m end,
  __next__ = function(m)
    local args = {}
    for i = 1, #m.its do
      local t = m.its[i]
      local c, v = t[1](t[2], t[3])
      if c == nil then error(R.new_exc("StopIteration"), 0) end
      t[3] = c
      args[i] = v
    end
    return m.f(table.unpack(args, 1, #m.its))
  end,
}, {noattrs = true})
B.map.native_new = function(C, f, ...)
  local its = {}
  for i = 1, select("#", ...) do its[i] = {iter((select(i, ...)))} end
  return setmetatable({f = R.direct_entry(f, #its), its = its}, C.M)
end

B.filter = R.builtin_type("filter", nil, {
  __iter__ = function(m) return m end,
  __next__ = function(m)
    while true do
      local c, v = m.it[1](m.it[2], m.it[3])
      if c == nil then error(R.new_exc("StopIteration"), 0) end
      m.it[3] = c
      if m.f == None then
        if truth(v) then return v end
      elseif truth(m.f(v)) then
        return v
      end
    end
  end,
}, {noattrs = true})
B.filter.native_new = function(C, f, it)
  return setmetatable({f = f == None and f or R.direct_entry(f, 1), it = {iter(it)}}, C.M)
end

B.reversed = R.builtin_type("reversed", nil, {}, {noattrs = true})
B.reversed.native_new = function(C, x)
  local mt = getmetatable(x)
  if mt == LIST_M or mt == TUPLE_M then return R.reversed_iter(x) end
  local rv = typeof(x).L[":__reversed__"]
  if rv then return rv(x) end
  if type(x) == "string" then return R.reversed_iter(R.list_from_array(R.c.uchars(x))) end
  if mt == R.KEYS_M or mt == R.VALUES_M or mt == R.ITEMS_M then
    -- dict views reverse as their dict's order
    return R.reversed_iter(R.list.native_new(R.list, x))
  end
  local gi, ln = typeof(x).L[":__getitem__"], typeof(x).L[":__len__"]
  if gi and ln then
    local i = ln(x)
    return R.make_iterator(function() i = i - 1; if i < 0 then return nil end return true, gi(x, i) end)
  end
  raise("TypeError", "'%s' object is not reversible", typeof(x).name)
end

builtin("sorted", function(it, key, reverse)
  local kw = takekw()
  if kw then key = kw.key; reverse = kw.reverse end
  local l = R.list.native_new(R.list, it)
  if key == None then key = nil end
  R.sort_list(l, key, reverse ~= nil and reverse ~= None and truth(reverse))
  return l
end, {"iterable"}, true)

local function minmax(name, better, ...)
  local kw = takekw()
  local key = kw and kw.key
  if key == None then key = nil end
  if key then key = R.direct_entry(key, 1) end
  local default = kw and kw.default
  local n = select("#", ...)
  if n > 1 and default ~= nil then
    raise("TypeError", "Cannot specify a default for %s() with multiple positional arguments", name)
  end
  local f, s, c
  if n == 1 and not key then
    -- a list or tuple of numbers: compared in place (others: the loop below)
    local l = ...
    local mt = getmetatable(l)
    if (mt == LIST_M or mt == TUPLE_M) and l.n > 0 then
      local best = l[0]
      if type(best) == "number" then
        local ismax = name == "max"
        local i, ln = 1, l.n
        while i < ln do
          local v = l[i]
          if type(v) ~= "number" then break end
          if ismax then if best < v then best = v end elseif v < best then best = v end
          i = i + 1
        end
        if i >= ln then return best end
      end
    end
  end
  if n == 1 then
    f, s, c = iter((...))
  elseif n == 0 then
    raise("TypeError", "%s expected at least 1 argument, got 0", name)
  else
    local args = R.tuple_from_array({...}, n)
    f, s, c = iter(args)
  end
  local best, bestk
  local v
  while true do
    c, v = f(s, c)
    if c == nil then break end
    local k = key and key(v) or v
    if best == nil or better(k, bestk) then best, bestk = v, k end
  end
  if best == nil then
    if default ~= nil then return default end
    raise("ValueError", "%s() arg is an empty sequence", name)
  end
  return best
end
local function less(a, b) return a < b end
-- item > best, as max() asks it: numbers and strs by Lua, others through
-- R.GT (their __gt__ first, and '>' in an error message)
local function greater(a, b)
  local ta = type(a)
  if ta == type(b) and (ta == "number" or ta == "string") then return b < a end
  return R.GT(a, b)
end
-- min(a, b) and max(a, b) without keywords compare at once (the same
-- comparisons, in the same order, as the loop in minmax)
builtin("min", function(...)
  if R.kw == nil and select("#", ...) == 2 then
    local a, b = ...
    if b < a then return b end
    return a
  end
  return minmax("min", less, ...)
end, {}, true)
builtin("max", function(...)
  if R.kw == nil and select("#", ...) == 2 then
    local a, b = ...
    if greater(b, a) then return b end
    return a
  end
  return minmax("max", greater, ...)
end, {}, true)

builtin("sum", function(it, start)
  local kw = takekw()
  if kw and kw.start then start = kw.start end
  local acc = start or 0
  if type(acc) == "string" then raise("TypeError", "sum() can't sum strings [use ''.join(seq) instead]") end
  local mt = getmetatable(it)
  if mt == LIST_M or mt == TUPLE_M then
    for i = 0, it.n - 1 do acc = acc + it[i] end
    return acc
  end
  for _, v in iter(it) do acc = acc + v end
  return acc
end, {"iterable", "start"}, true)

builtin("any", function(it)
  for _, v in iter(it) do if truth(v) then return true end end
  return false
end)
builtin("all", function(it)
  for _, v in iter(it) do if not truth(v) then return false end end
  return true
end)

-- ---------------------------------------------------------------------
-- Numbers

builtin("abs", function(x)
  if type(x) == "number" then return x < 0 and -x or (x == 0 and x * x or x) end
  local f = typeof(x).L[":__abs__"]
  if f then return f(x) end
  raise("TypeError", "bad operand type for abs(): '%s'", typeof(x).name)
end)

builtin("round", function(x, nd)
  x = R.unbox(x)
  local kw = takekw()
  if kw then
    if kw.ndigits then nd = kw.ndigits end
    if kw.number then x = R.unbox(kw.number) end
  end
  if nd == None then nd = nil end
  if nd ~= nil and mtype(nd) ~= "integer" then nd = R.index_of(nd) end
  if type(x) == "boolean" then x = x and 1 or 0 end
  if type(x) ~= "number" then
    local f = typeof(x).L[":__round__"]
    if f then return f(x, nd) end
    raise("TypeError", "type %s doesn't define __round__ method", typeof(x).name)
  end
  local r, k, m = R.c.round(x, nd)
  if r == nil then raise(k, m) end
  return r
end, {"number", "ndigits"}, true)

-- q, r = divmod(a, b) (see st_assign in parser/emit.c): the two values
function R.divmod2(a, b)
  if mtype(a) == "integer" and mtype(b) == "integer" and b ~= 0 then return a // b, a % b end
  local t = R.B.divmod(a, b)
  return R.unpack(t, 2)
end

builtin("divmod", function(a, b)
  a, b = R.unbox(a), R.unbox(b)
  if type(a) == "boolean" then a = a and 1 or 0 end
  if type(b) == "boolean" then b = b and 1 or 0 end
  if type(a) == "number" and type(b) == "number" then
    if b == 0 then raise("ZeroDivisionError", mtype(a) == "integer" and mtype(b) == "integer" and "integer division or modulo by zero" or "float divmod()") end
    return R.tuple_from_array({a // b, a % b}, 2)
  end
  local f = typeof(a).L[":__divmod__"]
  if f then return f(a, b) end
  raise("TypeError", "unsupported operand type(s) for divmod(): '%s' and '%s'", typeof(a).name, typeof(b).name)
end)

-- a * b % m for 0 <= a, b < m without int64 overflow
local function mulmod(a, b, m)
  if m <= 0x7FFFFFFF then return a * b % m end
  local r = 0
  while b > 0 do
    if b & 1 == 1 then r = r >= m - a and r - (m - a) or r + a end
    a = a >= m - a and a - (m - a) or a + a
    b = b >> 1
  end
  return r
end

-- the inverse of a modulo m (0 <= a < m), or nil
local function invmod(a, m)
  local r0, r1, t0, t1 = m, a, 0, 1
  while r1 ~= 0 do
    local q = r0 // r1
    r0, r1 = r1, r0 - q * r1
    t0, t1 = t1, t0 - q * t1
  end
  if r0 ~= 1 then return nil end
  return t0 % m
end

local function int_arg(x)
  x = R.unbox(x)
  if type(x) == "boolean" then return x and 1 or 0 end
  return x
end

builtin("pow", function(a, b, m)
  a, b, m = int_arg(a), int_arg(b), int_arg(m)
  if m ~= nil and m ~= None then
    if mtype(a) ~= "integer" or mtype(b) ~= "integer" or mtype(m) ~= "integer" then
      raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers")
    end
    if m == 0 then raise("ValueError", "pow() 3rd argument cannot be 0") end
    -- work modulo |m|; the result takes the sign of m, as in Python
    local am = m < 0 and -m or m
    a = a % am
    if b < 0 then
      -- a negative exponent: a power of the inverse
      a = invmod(a, am)
      if not a then raise("ValueError", "base is not invertible for the given modulus") end
      b = -b
    end
    local r = 1 % am
    while b > 0 do
      if b % 2 == 1 then r = mulmod(r, a, am) end
      a = mulmod(a, a, am)
      b = b // 2
    end
    if m < 0 and r ~= 0 then r = r + m end
    return r
  end
  return R.pow(a, b)
end)

local function int_new(C, x, base)
  local kw = takekw()
  if kw and kw.base then base = kw.base end
  if x == nil then return 0 end
  local t = type(x)
  if t == "table" and rawget(x, R.BOXV) ~= nil then x = rawget(x, R.BOXV); t = type(x) end
  -- (bytes and bytearray hold the digits as text does)
  if t == "table" and type(x.b) == "string" and (getmetatable(x) == R.BYTES_M or getmetatable(x) == R.BYTEARRAY_M) then
    x = x.b
    t = "string"
  end
  if base ~= nil and base ~= None then
    if t ~= "string" then raise("TypeError", "int() can't convert non-string with explicit base") end
    return R.parse_int(x, base)
  end
  if t == "number" then
    if mtype(x) == "integer" then return x end
    if x ~= x then raise("ValueError", "cannot convert float NaN to integer") end
    if x == huge or x == -huge then raise("OverflowError", "cannot convert float infinity to integer") end
    local r = x >= 0 and floor(x) or -floor(-x)
    local i = math.tointeger(r)
    if not i then raise("OverflowError", "int too large to convert (Aster ints are 64-bit)") end
    return i
  elseif t == "string" then
    return R.parse_int(x, 10)
  elseif t == "boolean" then
    return x and 1 or 0
  end
  local f = typeof(x).L[":__int__"] or typeof(x).L[":__index__"]
  if f then return f(x) end
  f = typeof(x).L[":__trunc__"]
  if f then return f(x) end
  raise("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '%s'", typeof(x).name)
end
-- int(x) builds a plain value; a subclass (class Flags(int)) boxes it
R.int.native_new = function(C, ...)
  local v = int_new(C, ...)
  if C ~= R.int then return R.box(C, v) end
  return v
end
B.int = R.int

function R.parse_int(s, base)
  local v, k, m = R.c.parse_int(s, base)
  if v == nil then raise(k, m) end
  return v
end

local function float_new(C, x)
  if x == nil then return 0.0 end
  local t = type(x)
  if t == "table" and rawget(x, R.BOXV) ~= nil then x = rawget(x, R.BOXV); t = type(x) end
  if t == "number" then return x + 0.0 end
  if t == "boolean" then return x and 1.0 or 0.0 end
  if t == "table" and type(x.b) == "string" and (getmetatable(x) == R.BYTES_M or getmetatable(x) == R.BYTEARRAY_M) then
    x = x.b
    t = "string"
  end
  if t == "string" then
    local v, k, m = R.c.parse_float(x)
    if v == nil then raise(k, m) end
    return v
  end
  local f = typeof(x).L[":__float__"]
  if f then return f(x) end
  f = typeof(x).L[":__index__"]
  if f then return f(x) + 0.0 end
  raise("TypeError", "float() argument must be a string or a real number, not '%s'", typeof(x).name)
end
R.float.native_new = function(C, x)
  local v = float_new(C, x)
  if C ~= R.float then return R.box(C, v) end
  return v
end
B.float = R.float
R.bool.native_new = function(C, x) if x == nil then return false end return truth(x) end
B.bool = R.bool
B.str = R.str_cls
-- str(x), int(x), float(x) and bool(x) where the name is the builtin: the
-- emitter calls these directly (see ex_call)
R.call_str, R.call_bool = R.str, truth
local parse_int = R.c.parse_int
function R.call_int(x)
  if mtype(x) == "integer" then return x end
  if type(x) == "string" then
    local v = parse_int(x, 10)
    if v then return v end
  end
  return int_new(R.int, x)
end
function R.call_float(x)
  if mtype(x) == "float" then return x end
  return float_new(R.float, x)
end
B.list, B.tuple, B.dict, B.set, B.frozenset, B.range, B.slice = R.list, R.tuple, R.dict, R.set, R.frozenset, R.range, R.slice
B.object = R.object
B.type = R.type
R.type.native_new = function(C, x, bases, ns)
  if bases == nil then return typeof(x) end
  local bl = R.new_list(0)
  for i = 0, bases.n - 1 do R.list_append(bl, bases[i]) end
  return R.class(x, x, bl, None, {__name__ = "__main__"}, function(own)
    for k, v in R.dict_pairs(ns) do own[k] = v end
  end)
end

builtin("chr", function(i)
  if mtype(i) ~= "integer" then raise("TypeError", "'%s' object cannot be interpreted as an integer", typeof(i).name) end
  if i < 0 or i > 0x10FFFF then raise("ValueError", "chr() arg not in range(0x110000)") end
  return utf8.char(i)
end)
builtin("ord", function(c)
  if type(c) ~= "string" then
    if type(c) == "table" and c.b then
      if #c.b ~= 1 then raise("TypeError", "ord() expected a character, but string of length %d found", #c.b) end
      return string.byte(c.b)
    end
    raise("TypeError", "ord() expected string of length 1, but %s found", typeof(c).name)
  end
  if ulen(c) ~= 1 then raise("TypeError", "ord() expected a character, but string of length %d found", ulen(c)) end
  return utf8.codepoint(c)
end)
local function int_fmt(x, spec, name)
  if mtype(x) ~= "integer" then
    if type(x) == "boolean" then x = x and 1 or 0 else
      local f = typeof(x).L[":__index__"]
      if not f then raise("TypeError", "'%s' object cannot be interpreted as an integer", typeof(x).name) end
      x = f(x)
    end
  end
  return R.format(x, spec)
end
builtin("hex", function(x) return int_fmt(x, "#x") end)
builtin("oct", function(x) return int_fmt(x, "#o") end)
builtin("bin", function(x) return int_fmt(x, "#b") end)
builtin("format", function(x, spec) return R.format(x, spec or "") end)
builtin("repr", function(x) return repr(x) end)
builtin("ascii", function(x) return R.ascii(x) end)
builtin("hash", function(x)
  local t = type(x)
  if t == "table" then
    local f = typeof(x).L[":__hash__"]
    if f == nil or f == None then raise("TypeError", "unhashable type: '%s'", typeof(x).name) end
    return f(x)
  end
  return R.hash(x)
end)
builtin("id", function(x) return R.id(x) end)

-- ---------------------------------------------------------------------
-- Types and attributes

-- isinstance/issubclass against one class: the MRO, then what the class's
-- metaclass says (ABCs: registered or structural subclasses)
local function instance_of(x, c)
  if isinstance(x, c) then return true end
  local mc = rawget(c, "metaclass")
  if mc then
    local ic = mc.L[":__instancecheck__"]
    if ic then return truth(ic(c, x)) end
  end
  return false
end

local function subclass_of(x, c)
  if issubclass(x, c) then return true end
  local mc = type(c) == "table" and rawget(c, "metaclass")
  if mc then
    local sc = mc.L[":__subclasscheck__"]
    if sc then return truth(sc(c, x)) end
  end
  return false
end

builtin("isinstance", function(x, c)
  local cm = getmetatable(c)
  if cm == TYPE_MT then
    -- one class: the MRO of x's class, then c's metaclass if it has one
    local xc = typeof(x)
    if xc == c then return true end
    local ms = xc.mroset
    if ms and ms[c] ~= nil then return true end
    if rawget(c, "metaclass") == nil then return false end
    return instance_of(x, c)
  end
  if cm == TUPLE_M and type(c) == "table" then
    for i = 0, c.n - 1 do
      local ci = c[i]
      if isclass(ci) then
        if instance_of(x, ci) then return true end
      elseif B.isinstance(x, ci) then
        return true
      end
    end
    return false
  end
  if not isclass(c) then
    local ic = typeof(c).L[":__instancecheck__"]
    if ic then return truth(ic(c, x)) end
    raise("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union")
  end
  return instance_of(x, c)
end)
builtin("issubclass", function(x, c)
  if not isclass(x) then raise("TypeError", "issubclass() arg 1 must be a class") end
  if type(c) == "table" and getmetatable(c) == TUPLE_M then
    for i = 0, c.n - 1 do if subclass_of(x, c[i]) then return true end end
    return false
  end
  if not isclass(c) then
    local sc = typeof(c).L[":__subclasscheck__"]
    if sc then return truth(sc(c, x)) end
  end
  return subclass_of(x, c)
end)

local ga = R.ga
local function getattr(o, name, default)
  if type(name) ~= "string" then raise("TypeError", "attribute name must be string, not '%s'", typeof(name).name) end
  if default == nil then return ga(o, name) end
  local ok, v = pcall(ga, o, name)
  if ok then return v end
  if isinstance(v, EXC.AttributeError) then return default end
  error(v, 0)
end
builtin("getattr", getattr)
R.pygetattr = getattr
builtin("setattr", function(o, name, v)
  R.note_attr_stores({name})
  if isclass(o) or type(o) == "function" then o[R.AK[name]] = v; return None end
  if type(o) ~= "table" or getmetatable(o) == LIST_M or getmetatable(o) == DICT_M then
    raise("AttributeError", "'%s' object has no attribute '%s'", typeof(o).name, name)
  end
  local ak = R.AK[name]
  if rawget(o, ak) == nil then R.note_attr_order(o, name) end
  o[ak] = v
  return None
end)
builtin("hasattr", function(o, name)
  local ok, v = pcall(ga, o, name)
  if ok then return v ~= nil end
  if isinstance(v, EXC.AttributeError) then return false end
  error(v, 0)
end)
local function delattr(o, name)
  if isclass(o) then
    if o.own[name] == nil then raise("AttributeError", "type object '%s' has no attribute '%s'", o.name, name) end
    o.own[name] = nil
    R.rebuild_lookup(o)
    return None
  end
  if getmetatable(o) == R.MODULE_M then
    -- del mod.name
    if rawget(o, name) == nil and R.static_get(o, name) == nil then
      raise("AttributeError", "module '%s' has no attribute '%s'", rawget(o, "__name__") or "?", name)
    end
    R.module_forget(o, name)
    if not R.static_set(o, name, nil) then rawset(o, name, nil) end
    return None
  end
  local cls = typeof(o)
  local d = cls.L[":__delattr__"]
  if d and d ~= R.object.L[":__delattr__"] then return d(o, name) end
  return R.delattr_default(o, name)
end

-- object.__delattr__(o, name): properties' deleters, descriptors'
-- __delete__, else the instance attribute
function R.delattr_default(o, name)
  local cls = typeof(o)
  local p = R.lookup_mro(cls, name)
  if type(p) == "table" and getmetatable(p) == R.PROP_MT then
    if p.fdel == nil or p.fdel == None then
      raise("AttributeError", "property '%s' of '%s' object has no deleter", name, cls.name)
    end
    p.fdel(o)
    return None
  end
  -- a descriptor whose class defines __delete__
  local pd = p ~= nil and typeof(p).L[":__delete__"]
  if pd then
    pd(p, o)
    return None
  end
  local p = type(o) == "table" and rawget(o, R.PROXY)
  if p and p[name] ~= nil then p[name] = nil; return None end
  if type(o) ~= "table" or rawget(o, R.AK[name]) == nil then
    raise("AttributeError", "'%s' object has no attribute '%s'", cls.name, name)
  end
  rawset(o, R.AK[name], nil)
  return None
end
builtin("delattr", delattr)
R.delattr = delattr

builtin("callable", function(x)
  local t = type(x)
  if t == "function" then return true end
  if isclass(x) then return true end
  if t == "table" and getmetatable(x) == R.BOUND_MT then return true end
  return typeof(x).L[":__call__"] ~= nil
end)

B.__debug__ = true
-- __import__(name, globals=None, locals=None, fromlist=(), level=0): the
-- top package, or the module itself when fromlist names something
builtin("__import__", function(name, globals, locals, fromlist, level)
  local kw = takekw()
  if kw then
    fromlist = kw.fromlist or fromlist
    level = kw.level or level
  end
  if type(name) ~= "string" then raise("TypeError", "__import__() argument 1 must be str, not %s", typeof(name).name) end
  local leaf = fromlist ~= nil and fromlist ~= None and truth(fromlist)
  return R.import(name, leaf, level ~= nil and level ~= None and level or 0)
end, {"name", "globals", "locals", "fromlist", "level"}, true)

builtin("iter", function(x, sentinel)
  if sentinel ~= nil then
    if not B.callable(x) then raise("TypeError", "iter(v, w): v must be callable") end
    return R.make_iterator(function()
      local v = x()
      if rawequal(v, sentinel) or R.eq(v, sentinel) then return nil end
      return true, v
    end)
  end
  return R.iter_object(x)
end)
builtin("next", function(it, default) return R.next_of(it, default) end)

builtin("vars", function(o)
  if o == nil then raise("TypeError", "vars() without arguments is not supported") end
  if isclass(o) then return R.class_special(o, "__dict__") end
  if type(o) == "table" and getmetatable(o) == R.MODULE_M then return R.module_dict(o) end
  -- a class whose __dict__ is a property (types.SimpleNamespace) says what it is
  local p = R.lookup_mro(typeof(o), "__dict__")
  if type(p) == "table" and getmetatable(p) == R.PROP_MT then return p.fget(o) end
  return R.instance_dict(o)
end)
builtin("dir", function(o)
  local names = {}
  local seen = {}
  local function add(n) if not seen[n] then seen[n] = true; names[#names + 1] = n end end
  if o == nil then raise("TypeError", "dir() without arguments is not supported") end
  if type(o) == "table" and getmetatable(o) == R.MODULE_M then
    for k in pairs(o) do if type(k) == "string" and k:byte(1) ~= 2 then add(k) end end
    -- (names the module's code keeps in Lua locals: bound ones)
    local st = R.STATICS[o]
    if st then for k, get in pairs(st.get) do if get() ~= nil then add(k) end end end
  else
    -- an instance whose class defines __dir__: its names, sorted
    local own = not isclass(o) and typeof(o).L[":__dir__"]
    if own and own ~= R.object.L[":__dir__"] then
      local l = R.call_list(own(o))
      for i = 0, l.n - 1 do names[i + 1] = l[i] end
      table.sort(names, function(a, b) return R.LT(a, b) end)
      return R.list_from_array(names, l.n)
    end
    if type(o) == "table" then
      for k in pairs(o) do if type(k) == "string" and k:sub(1, 1) == "." then add(k:sub(2)) end end
    end
    local C = isclass(o) and o or typeof(o)
    for i = 1, #C.mro do for k in pairs(C.mro[i].own) do add(k) end end
  end
  table.sort(names)
  return R.list_from_array(names)
end)

-- property / staticmethod / classmethod
local PROP_M = R.PROP_MT
local prop_cls = R.builtin_type("property", nil, {
  getter = function(p, f) return setmetatable({fget = f, fset = p.fset, fdel = p.fdel, doc = p.doc}, PROP_M) end,
  setter = function(p, f) return setmetatable({fget = p.fget, fset = f, fdel = p.fdel, doc = p.doc}, PROP_M) end,
  deleter = function(p, f) return setmetatable({fget = p.fget, fset = p.fset, fdel = f, doc = p.doc}, PROP_M) end,
}, {noattrs = true})
for k, v in pairs(prop_cls.M) do if PROP_M[k] == nil then PROP_M[k] = v end end
PROP_M.cls = prop_cls
prop_cls.M = PROP_M
prop_cls.native_new = function(C, fget, fset, fdel, doc)
  local kw = takekw()
  if kw then fget = kw.fget or fget; fset = kw.fset or fset; fdel = kw.fdel or fdel; doc = kw.doc or doc end
  return setmetatable({fget = fget or None, fset = fset or None, fdel = fdel or None, doc = doc or None}, PROP_M)
end
B.property = prop_cls
PROP_M.__index = function(p, k)
  if k == ".fget" then return p.fget end
  if k == ".fset" then return p.fset end
  if k == ".fdel" then return p.fdel end
  -- prop.fget(obj): a method call on the attribute's value
  if k == ":fget" or k == ":fset" or k == ":fdel" then return R.dropself(p[k:sub(2)]) end
  if k == ".__isabstractmethod__" then return p.fget ~= None and R.pygetattr(p.fget, "__isabstractmethod__", false) or false end
  if k == ".__doc__" then return p.doc end
  return R.index_miss(prop_cls, p, k)
end

local sm_cls = R.builtin_type("staticmethod", nil, {}, {noattrs = true})
for k, v in pairs(sm_cls.M) do if R.STATIC_MT[k] == nil then R.STATIC_MT[k] = v end end
R.STATIC_MT.cls = sm_cls
sm_cls.M = R.STATIC_MT
sm_cls.native_new = function(C, f) return setmetatable({f = f}, R.STATIC_MT) end
local function descr_index(cls)
  return function(d, k)
    if k == ".__func__" then return d.f end
    if k == ".__isabstractmethod__" then return R.pygetattr(d.f, "__isabstractmethod__", false) end
    if k == ".__wrapped__" then return d.f end
    return R.index_miss(cls, d, k)
  end
end
R.STATIC_MT.__index = descr_index(sm_cls)
R.STATIC_MT.__call = function(s, ...) return s.f(...) end
B.staticmethod = sm_cls
local cm_cls = R.builtin_type("classmethod", nil, {}, {noattrs = true})
for k, v in pairs(cm_cls.M) do if R.CLASSM_MT[k] == nil then R.CLASSM_MT[k] = v end end
R.CLASSM_MT.cls = cm_cls
cm_cls.M = R.CLASSM_MT
cm_cls.native_new = function(C, f) return setmetatable({f = f}, R.CLASSM_MT) end
R.CLASSM_MT.__index = descr_index(cm_cls)
B.classmethod = cm_cls

local bm_cls = R.builtin_type("method", nil, {
  __repr__ = function(b)
    local info = R.FUNCINFO[b.func]
    return format("<bound method %s of %s>", info and (info.qualname or info.name) or "?", repr(b.self))
  end,
}, {noattrs = true})
for k, v in pairs(bm_cls.M) do if R.BOUND_MT[k] == nil then R.BOUND_MT[k] = v end end
R.BOUND_MT.cls = bm_cls
bm_cls.M = R.BOUND_MT
-- types.MethodType(func, obj): func bound to obj
bm_cls.native_new = function(C, func, obj)
  if func == nil or obj == nil then raise("TypeError", "method expected 2 arguments, got %d", func == nil and 0 or 1) end
  if not B.callable(func) then raise("TypeError", "first argument must be callable") end
  if obj == None then raise("TypeError", "instance must not be None") end
  return R.boundmethod(obj, func)
end
R.BOUND_MT.__index = function(b, k)
  if k == ".__self__" then return b.self end
  if k == ".__func__" then return b.func end
  if k == ".__name__" then local i = R.FUNCINFO[b.func]; return i and i.name or "?" end
  if k == ".__qualname__" then local i = R.FUNCINFO[b.func]; return i and (i.qualname or i.name) or "?" end
  if k == ".__doc__" then local i = R.FUNCINFO[b.func]; return i and i.doc or None end
  return R.index_miss(bm_cls, b, k)
end

local super_cls = R.builtin_type("super", nil, {}, {noattrs = true})
R.SUPER_MT.cls = super_cls
super_cls.native_new = function(C, cls, obj)
  if cls == nil then raise("RuntimeError", "super(): no arguments") end
  return R.super(cls, obj)
end
B.super = super_cls

-- the two singletons get classes of their own, as in CPython
local ni_cls = R.builtin_type("NotImplementedType", nil, {__repr__ = function() return "NotImplemented" end}, {noattrs = true})
setmetatable(R.NotImplemented, ni_cls.M)
B.NotImplemented = R.NotImplemented
local ell_cls = R.builtin_type("ellipsis", nil, {__repr__ = function() return "Ellipsis" end}, {noattrs = true})
R.Ellipsis = setmetatable({}, ell_cls.M)
B.Ellipsis = R.Ellipsis

for name, cls in pairs(EXC) do B[name] = cls end
-- Builtins made when first named: the exception classes not built yet,
-- and the makers registered in LAZY_BUILTINS (name -> function() -> value).
local LAZY_BUILTINS = {}
setmetatable(B, {__index = function(_, name)
  local make = LAZY_BUILTINS[name]
  local c
  if make then c = make() else c = rawget(EXC, name) or R.lazy_exc(name) end
  if c then B[name] = c end
  return c
end})

builtin("input", function(prompt)
  if prompt ~= nil then write_stdout(str(prompt)) end
  flush_stdout()
  local f = R.stdin_file
  -- sys.stdin may have been replaced (io.StringIO, ...)
  local sys = R.modules.sys
  local cur = sys and rawget(sys, "stdin")
  local line
  if cur and cur ~= f and cur ~= None then
    line = (cur[":readline"] or R.gm(cur, "readline"))(cur)
  else
    line = getmetatable(f).cls.L[":readline"](f)
  end
  if line == "" then error(R.new_exc("EOFError", "EOF when reading a line"), 0) end
  return (line:gsub("\n$", ""))
end)

builtin("exit", function(code)
  local e = R.new_exc("SystemExit", code)
  error(e, 0)
end)
B.quit = B.exit

builtin("globals", function() raise("NotImplementedError", "globals() is not supported here") end)

-- globals() (the emitter passes the module's namespace table): a dict whose
-- items are the module's globals, read and written live. A module that
-- calls globals() keeps every global in its namespace table (scope.c), so
-- the table is the whole truth; its private keys (".x", ":x", "\2x") are
-- left out.
local function global_name(k)
  if type(k) ~= "string" then return false end
  local c = k:byte(1)
  return c ~= 46 and c ~= 58 and c ~= 2
end
local function ns_of(g) return rawget(g, "ns") end
-- the global k (False included), or nil
local function ns_value(g, k)
  if global_name(k) then return rawget(ns_of(g), k) end
  return nil
end
-- the order the module's source binds its names (the emitter lists them)
local NS_ORDER = setmetatable({}, {__mode = "k"})
function R.nsorder(G, names)
  local pos = {}
  for i = 1, #names do pos[names[i]] = i end
  NS_ORDER[G] = pos
end
local function ns_keys(g)
  local keys = {}
  local ns = ns_of(g)
  for k in next, ns do if global_name(k) then keys[#keys + 1] = k end end
  local pos = NS_ORDER[ns] or {}
  table.sort(keys, function(a, b)
    local ia, ib = pos[a], pos[b]
    if ia and ib then return ia < ib end
    if ia or ib then return ib ~= nil end -- (dunder names and the like first)
    return a < b
  end)
  return keys
end
local function ns_get(g, k)
  local v = ns_value(g, k)
  if v == nil then error(R.new_exc("KeyError", k), 0) end
  return v
end
local globals_methods = {
  __getitem__ = ns_get,
  __setitem__ = function(g, k, v)
    if type(k) ~= "string" then raise("TypeError", "globals() keys must be str here, not %s", typeof(k).name) end
    ns_of(g)[k] = v
    return None
  end,
  __delitem__ = function(g, k)
    ns_get(g, k)
    ns_of(g)[k] = nil
    return None
  end,
  __contains__ = function(g, k) return ns_value(g, k) ~= nil end,
  __len__ = function(g)
    local n = 0
    for k in next, ns_of(g) do if global_name(k) then n = n + 1 end end
    return n
  end,
  __iter__ = function(g) return R.iter_object(R.list_from_array(ns_keys(g))) end,
  __repr__ = function(g)
    local parts = {}
    for _, k in ipairs(ns_keys(g)) do
      local v = ns_value(g, k)
      parts[#parts + 1] = repr(k) .. ": " .. (rawequal(v, ns_of(g)) and "{...}" or repr(v))
    end
    return "{" .. concat(parts, ", ") .. "}"
  end,
  get = function(g, k, d)
    local v = ns_value(g, k)
    if v == nil then return d == nil and None or d end
    return v
  end,
  keys = function(g) return R.list_from_array(ns_keys(g)) end,
  values = function(g)
    local out = {}
    for i, k in ipairs(ns_keys(g)) do out[i] = ns_value(g, k) end
    return R.list_from_array(out)
  end,
  items = function(g)
    local out = {}
    for i, k in ipairs(ns_keys(g)) do out[i] = R.tuple_from_array({k, ns_value(g, k)}, 2) end
    return R.list_from_array(out)
  end,
  copy = function(g)
    local d = R.mkdict()
    for _, k in ipairs(ns_keys(g)) do d[k] = ns_value(g, k) end
    return d
  end,
  update = function(g, other)
    local kw = takekw()
    if other ~= nil and other ~= None then
      for _, k in iter(other) do ns_of(g)[k] = R.getitem(other, k) end
    end
    if kw then for _, name in ipairs(kw[R.KWMARK]) do ns_of(g)[name] = kw[name] end end
    return None
  end,
  setdefault = function(g, k, d)
    local v = ns_value(g, k)
    if v ~= nil then return v end
    if d == nil then d = None end
    ns_of(g)[k] = d
    return d
  end,
  pop = function(g, k, d)
    local v = ns_value(g, k)
    if v == nil then
      if d ~= nil then return d end
      error(R.new_exc("KeyError", k), 0)
    end
    ns_of(g)[k] = nil
    return v
  end,
}
-- locals() in a function: the emitter lists name, value pairs (n slots);
-- unbound names (nil) are left out. In a class body: its namespace.
function R.localsdict(pairs_, n)
  local d = R.mkdict()
  for i = 1, n, 2 do
    local v = pairs_[i + 1]
    if v ~= nil then d[pairs_[i]] = v end
  end
  return d
end
function R.nsdict(ns)
  local d = R.mkdict()
  for k, v in next, ns do
    if type(k) == "string" then d[k] = v end
  end
  return d
end

local GLOBALS = setmetatable({}, {__mode = "k"})
local globals_cls -- made by the first globals() call (not at start-up)
function R.globals(G)
  local g = GLOBALS[G]
  if not g then
    globals_cls = globals_cls or R.builtin_type("dict", {R.dict}, globals_methods)
    g = setmetatable({ns = G}, globals_cls.M)
    GLOBALS[G] = g
  end
  return g
end

-- ---------------------------------------------------------------------
-- Runtime helpers for emitted code

function R.touch(x) return x end
-- a local read before any assignment reached it
function R.unbound(name)
  raise("UnboundLocalError", "cannot access local variable '%s' where it is not associated with a value", name)
end
-- a module-level name read where the module's code may not have bound it
function R.unboundg(name)
  raise("NameError", "name '%s' is not defined", name)
end
function R.bigint(text)
  raise("OverflowError", "integer literal %s is too large (Aster ints are 64-bit)", text)
end
-- ---------------------------------------------------------------------
-- complex: tables holding .real and .imag (floats), with CPython's
-- arithmetic (its division and integer-power algorithms) and repr

local complex_cls
local CM -- complex_cls.M
-- (x * 1.0 keeps the sign of -0.0, which x + 0.0 loses)
local function mkc(re, im)
  local z = setmetatable({[".real"] = re * 1.0, [".imag"] = im * 1.0}, CM)
  if im == 0 then R.BX[z] = true end -- may equal a plain number
  return z
end

-- re, im of a number, bool, boxed number or complex; nil for other values
local function parts(x)
  local t = type(x)
  if t == "number" then return x * 1.0, 0.0 end
  if t == "boolean" then return x and 1.0 or 0.0, 0.0 end
  if t == "table" then
    if getmetatable(x) == CM then return x[".real"], x[".imag"] end
    local v = R.unbox(x)
    if type(v) == "number" then return v * 1.0, 0.0 end
  end
  return nil
end

local function cquot(a, b, c, d)
  local ac, ad = c < 0 and -c or c, d < 0 and -d or d
  if ac >= ad then
    if ac == 0 then raise("ZeroDivisionError", "complex division by zero") end
    local ratio = d / c
    local denom = c + d * ratio
    return (a + b * ratio) / denom, (b - a * ratio) / denom
  elseif ad >= ac then
    local ratio = c / d
    local denom = c * ratio + d
    return (a * ratio + b) / denom, (b * ratio - a) / denom
  end
  return 0 / 0, 0 / 0
end

local function cpowu(a, b, n)
  local rr, ri, pr, pi, mask = 1.0, 0.0, a, b, 1
  while mask > 0 and n >= mask do
    if n & mask ~= 0 then rr, ri = rr * pr - ri * pi, rr * pi + ri * pr end
    mask = mask << 1
    pr, pi = pr * pr - pi * pi, 2 * pr * pi
  end
  return rr, ri
end

local function cpow(a, b, c, d)
  if d == 0 and c == floor(c) and c >= -100 and c <= 100 then
    local n = math.tointeger(c)
    if n >= 0 then return cpowu(a, b, n) end
    if a == 0 and b == 0 then raise("ZeroDivisionError", "0.0 to a negative or complex power") end
    local r, i = cpowu(a, b, -n)
    return cquot(1.0, 0.0, r, i)
  end
  if c == 0 and d == 0 then return 1.0, 0.0 end
  if a == 0 and b == 0 then
    if d ~= 0 or c < 0 then raise("ZeroDivisionError", "0.0 to a negative or complex power") end
    return 0.0, 0.0
  end
  local vabs = math.sqrt(a * a + b * b)
  local len = vabs ^ c
  local at = math.atan(b, a)
  local phase = at * c
  if d ~= 0 then
    len = len / math.exp(at * d)
    phase = phase + d * math.log(vabs)
  end
  return len * math.cos(phase), len * math.sin(phase)
end

local function cbin(op)
  return function(x, y)
    local a, b = parts(x)
    local c, d = parts(y)
    if not a or not c then return R.NotImplemented end
    return mkc(op(a, b, c, d))
  end
end
local function swap(op) return function(a, b, c, d) return op(c, d, a, b) end end
local cadd = function(a, b, c, d) return a + c, b + d end
local csub = function(a, b, c, d) return a - c, b - d end
local cmul = function(a, b, c, d) return a * c - b * d, a * d + b * c end

-- a float as CPython writes a complex's parts: 1.0 -> "1"
local function part_repr(x)
  local r = R.c.float_repr(x)
  if r:sub(-2) == ".0" then r = r:sub(1, -3) end
  return r
end

local function parse_complex(str)
  local s = str:match("^%s*(.-)%s*$")
  if s:sub(1, 1) == "(" and s:sub(-1) == ")" then s = s:sub(2, -2):match("^%s*(.-)%s*$") end
  local num = "[%+%-]?[%d%.]*[eE]?[%+%-]?%d*"
  local function tof(t)
    if t == "" or t == "+" then return 1.0 elseif t == "-" then return -1.0 end
    local v = tonumber(t)
    if v == nil then
      local l = t:lower():gsub("^%+", "")
      if l == "inf" or l == "infinity" then return math.huge elseif l == "-inf" or l == "-infinity" then return -math.huge
      elseif l == "nan" or l == "-nan" then return 0 / 0 end
    end
    return v
  end
  local re, im
  local body = s:match("^(.*)[jJ]$")
  if body then
    -- a+bj, bj or j: split before the last sign that is not an exponent's
    local cut
    for i = #body, 2, -1 do
      local ch = body:sub(i, i)
      if (ch == "+" or ch == "-") and not body:sub(i - 1, i - 1):match("[eE]") then cut = i; break end
    end
    if cut then re, im = tof(body:sub(1, cut - 1)), tof(body:sub(cut)) else re, im = 0.0, tof(body) end
  else
    re, im = tof(s), 0.0
  end
  if s == "" or re == nil or im == nil or not s:match("^" .. "[%w%.%+%-]+$") then
    raise("ValueError", "complex() arg is a malformed string")
  end
  return mkc(re, im)
end

-- the class is made on first use of complex or of a literal like 2j
local function make_complex()
complex_cls = R.builtin_type("complex", nil, {
  __add__ = cbin(cadd), __radd__ = cbin(swap(cadd)),
  __sub__ = cbin(csub), __rsub__ = cbin(swap(csub)),
  __mul__ = cbin(cmul), __rmul__ = cbin(swap(cmul)),
  __truediv__ = cbin(cquot), __rtruediv__ = cbin(swap(cquot)),
  __pow__ = cbin(cpow), __rpow__ = cbin(swap(cpow)),
  __neg__ = function(z) return mkc(-z[".real"], -z[".imag"]) end,
  __pos__ = function(z) return mkc(z[".real"], z[".imag"]) end,
  __abs__ = function(z)
    local a, b = z[".real"], z[".imag"]
    if a ~= a or b ~= b then
      if a == math.huge or a == -math.huge or b == math.huge or b == -math.huge then return math.huge end
      return 0 / 0
    end
    a, b = a < 0 and -a or a, b < 0 and -b or b
    if a < b then a, b = b, a end
    if a == 0 then return 0.0 end
    if a == math.huge then return a end
    local r = b / a
    return a * math.sqrt(1 + r * r)
  end,
  __bool__ = function(z) return z[".real"] ~= 0 or z[".imag"] ~= 0 end,
  __eq__ = function(x, y)
    local a, b = parts(x)
    local c, d = parts(y)
    if not c then return R.NotImplemented end
    return a == c and b == d
  end,
  __hash__ = function(z)
    local h = R.hash(z[".real"]) + 1000003 * R.hash(z[".imag"])
    return h == -1 and -2 or h
  end,
  __repr__ = function(z)
    local re, im = z[".real"], z[".imag"]
    if re == 0 and 1 / re > 0 then return part_repr(im) .. "j" end
    local i = part_repr(im)
    return "(" .. part_repr(re) .. (i:sub(1, 1) == "-" and "" or "+") .. i .. "j)"
  end,
  __format__ = function(z, spec)
    if spec == "" then return R.str(z) end
    raise("ValueError", "complex format specs other than '' are not supported")
  end,
  __complex__ = function(z) return z end,
  __getnewargs__ = function(z) return R.tuple_from_array({z[".real"], z[".imag"]}, 2) end,
  conjugate = function(z) return mkc(z[".real"], -z[".imag"]) end,
}, {noattrs = true})
CM = complex_cls.M
complex_cls.native_new = function(C, x, y)
  local kw = R.takekw()
  if kw then x = kw.real or x; y = kw.imag or y end
  if x == nil then x = 0.0 end
  if type(x) == "string" then
    if y ~= nil then raise("TypeError", "complex() can't take second arg if first is a string") end
    return parse_complex(x)
  end
  local a, b = parts(x)
  if not a then
    local f = typeof(x).L[":__complex__"] or typeof(x).L[":__float__"]
    if f then a, b = parts(f(x)) end
  end
  if not a then
    raise("TypeError", "complex() first argument must be a string or a number, not '%s'", typeof(x).name)
  end
  if y ~= nil then
    if type(y) == "string" then raise("TypeError", "complex() second arg can't be a string") end
    local c, d = parts(y)
    if not c then raise("TypeError", "complex() second argument must be a number, not '%s'", typeof(y).name) end
    a, b = a - d, b + c
  end
  return mkc(a, b)
end
rawset(B, "complex", complex_cls)
R.complex_cls = complex_cls
end
LAZY_BUILTINS.complex = function() make_complex(); return complex_cls end
-- __builtins__, read as a global: the builtins module
LAZY_BUILTINS.__builtins__ = function() return R.import("builtins", false, 0) end
LAZY_BUILTINS.bytearray = function()
  if not R.bytearray then R.load_chunk("bytearray") end
  return R.bytearray
end
-- the literal 2j
function R.complex(im)
  if not CM then make_complex() end
  return mkc(0.0, im)
end
function R.complex_of(re, im)
  if not CM then make_complex() end
  return mkc(re, im)
end

function R.displayhook(v)
  if v ~= None then
    write_stdout(repr(v) .. "\n")
    R.last_result = v
  end
end

-- ---------------------------------------------------------------------
-- Codecs (bytes and bytearray are in bytes.lua and bytearray.lua)

-- Codecs (codecs.c): the encoding and errors arguments, positional or
-- keyword, as strings with CPython's defaults.
local function codec_args(fname, encoding, errors)
  local kw = takekw()
  if kw then
    if kw.encoding ~= nil then encoding = kw.encoding end
    if kw.errors ~= nil then errors = kw.errors end
  end
  if encoding == nil then encoding = "utf-8" end
  if errors == nil then errors = "strict" end
  if type(encoding) ~= "string" then
    raise("TypeError", "%s() argument 'encoding' must be str, not %s", fname, typeof(encoding).name)
  end
  if type(errors) ~= "string" then
    raise("TypeError", "%s() argument 'errors' must be str, not %s", fname, typeof(errors).name)
  end
  return encoding, errors
end

-- What codec_decode/codec_encode returned: the result, or the exception
-- their failure stands for (obj is the value being converted).
local function codec_result(exc, obj, r, enc, s, e, reason)
  if r then return r end
  if r == false then raise("LookupError", "%s", enc) end
  error(EXC[exc](enc, obj, s, e, reason), 0)
end

-- bytes.decode(encoding="utf-8", errors="strict")
function R.bytes_decode(b, encoding, errors)
  local enc, err = codec_args("decode", encoding, errors)
  return codec_result("UnicodeDecodeError", b, R.c.codec_decode(b.b, enc, err))
end

-- str.encode(encoding="utf-8", errors="strict") -> the byte string
function R.str_encode(s, encoding, errors)
  local enc, err = codec_args("encode", encoding, errors)
  return codec_result("UnicodeEncodeError", s, R.c.codec_encode(s, enc, err))
end

-- Lua primitives the emitted code calls directly.
R.setmt = setmetatable
R.ltype = type
R.getmt = getmetatable
-- f"{x}": objects go through format(x, "") (c.fstr_of)
R.strof = R.c.fstr_of
R.fcat = R.c.fcat
R.rawset = rawset
R.newtable = R.c.newtable
R.rawequal = rawequal
R.R = R


-- except*: split an exception (group) into the part matching `cls` and the rest.
function R.exsplit(e, cls)
  local EG = EXC.BaseExceptionGroup
  if isinstance(e, EG) then
    local split = typeof(e).L[":split"]
    local m, rest = R.unpack(split(e, cls), 2)
    return m ~= None and m or nil, rest ~= None and rest or nil
  end
  if R.exmatch(e, cls) then
    -- a naked exception caught by except* is wrapped in a group
    return EG("", R.tuple_from_array({e}, 1)), nil
  end
  return nil, e
end

-- except*: handler code raised x while handling its part m (a list of
-- such pairs, made on the first)
function R.starraised(list, x, m)
  list = list or {}
  list[#list + 1] = x
  list[#list + 1] = m
  return list
end

-- The leaf exceptions of x (an exception or a group), as keys of set.
local function star_leaves(x, set)
  if isinstance(x, EXC.BaseExceptionGroup) then
    local excs = rawget(x, ".exceptions")
    for i = 0, excs.n - 1 do star_leaves(excs[i], set) end
  else
    set[x] = true
  end
end

-- What an except* statement raises when its handlers raised (PEP 654, as
-- CPython's _PyExc_PrepReraiseStar): a bare raise gives back its part, and
-- those parts with the unhandled rest keep the original group's shape; new
-- exceptions come before them in a new ExceptionGroup(""), unless one
-- exception is all there is. A naked exception had one handler at most.
function R.starresult(orig, raised, rest)
  if not isinstance(orig, EXC.BaseExceptionGroup) then return raised[1] end
  local new, keep, nkeep = {}, {}, 0
  for i = 1, #raised, 2 do
    local x, m = raised[i], raised[i + 1]
    local bare = rawget(x, "bare")
    rawset(x, "bare", nil)
    if rawequal(x, m) and bare then
      star_leaves(x, keep)
      nkeep = nkeep + 1
    else
      new[#new + 1] = x
    end
  end
  if rest ~= nil then star_leaves(rest, keep); nkeep = nkeep + 1 end
  local kept = nil
  if nkeep > 0 then
    local part = typeof(orig).L[":split"](orig, function(e) return keep[e] == true end)[0]
    if part ~= None then kept = part end
  end
  local r
  if #new == 0 then
    r = kept
  else
    if kept then new[#new + 1] = kept end
    if #new == 1 then return new[1] end
    r = EXC.BaseExceptionGroup("", R.list_from_array(new))
  end
  -- (what comes out of the statement was not raised while handling orig)
  if r and rawget(r, ".__context__") == nil then rawset(r, ".__context__", None) end
  return r
end

-- ---------------------------------------------------------------------
-- open(): text and binary files on Lua's io library

local FILE_M
local function check_open(f)
  if f.closed then raise("ValueError", "I/O operation on closed file.") end
end
-- Text mode reads raw lines (a line always ends at a byte "\n" in the
-- three codecs), decodes them, reads "\r\n" and a lone "\r" as "\n"
-- (unless newline= says otherwise) and keeps what the caller did not take
-- in f.tbuf. Binary mode reads bytes straight from the handle.
local function decode_text(f, raw)
  local r, enc, a, b, reason = R.c.codec_decode(raw, f.encoding, f.errors)
  local s = codec_result("UnicodeDecodeError", r or R.bytes_of(raw), r, enc, a, b, reason)
  if f.newline == nil and string.find(s, "\r", 1, true) then s = string.gsub(s, "\r\n?", "\n") end
  return s
end

-- Read more text into f.tbuf: one raw line, or all that is left; false at
-- the end of the file.
local function text_fill(f, all)
  local raw = f.h:read(all and "a" or "L")
  if raw == nil or raw == "" then return false end
  f.tbuf = (f.tbuf or "") .. decode_text(f, raw)
  return true
end

-- Take the first n bytes of f.tbuf.
local function text_take(f, n)
  local t = f.tbuf
  if n >= #t then f.tbuf = nil; return t end
  f.tbuf = string.sub(t, n + 1)
  return string.sub(t, 1, n)
end

local function text_readline(f)
  while true do
    local t = f.tbuf
    local i = t and string.find(t, "\n", 1, true)
    if i then return text_take(f, i) end
    if not text_fill(f) then return f.tbuf and text_take(f, #f.tbuf) or "" end
  end
end

-- h:seek, with OSError where it fails (a pipe, as CPython words it)
local function seek_or_raise(f, w, off)
  local p, err, code = f.h:seek(w, off)
  if not p and code == 29 then raise("OSError", "underlying stream is not seekable") end
  if not p then raise("OSError", "[Errno %d] %s", code or 0, err or "seek failed") end
  return p
end

local file_cls = R.builtin_type("TextIOWrapper", nil, {
  read = function(f, n)
    check_open(f)
    if f.binary then
      local s
      if n == nil or n == None or n < 0 then s = f.h:read("a") else s = f.h:read(n) end
      return R.bytes_of(s or "")
    end
    if n == nil or n == None or n < 0 then
      text_fill(f, true)
      return f.tbuf and text_take(f, #f.tbuf) or ""
    end
    -- n code points
    while (f.tbuf == nil or ulen(f.tbuf) < n) and text_fill(f) do end
    if f.tbuf == nil then return "" end
    return text_take(f, #R.c.usub(f.tbuf, 0, n))
  end,
  readline = function(f)
    check_open(f)
    if f.binary then return R.bytes_of(f.h:read("L") or "") end
    return text_readline(f)
  end,
  readlines = function(f)
    check_open(f)
    local out = {}
    if f.binary then
      for line in f.h:lines("L") do out[#out + 1] = R.bytes_of(line) end
    else
      while true do
        local line = text_readline(f)
        if line == "" then break end
        out[#out + 1] = line
      end
    end
    return R.list_from_array(out)
  end,
  write = function(f, s)
    check_open(f)
    if f.binary then
      if type(s) ~= "table" or type(s.b) ~= "string" then raise("TypeError", "a bytes-like object is required, not '%s'", typeof(s).name) end
      f.h:write(s.b)
      return #s.b
    end
    if type(s) ~= "string" then raise("TypeError", "write() argument must be str, not %s", typeof(s).name) end
    local out = s
    if f.newline and f.newline ~= "" and f.newline ~= "\n" then out = string.gsub(out, "\n", f.newline) end
    f.h:write(R.str_encode(out, f.encoding, f.errors))
    return ulen(s)
  end,
  writelines = function(f, lines)
    local w = FILE_M.cls.L[":write"]
    for _, l in iter(lines) do w(f, l) end
    return None
  end,
  flush = function(f) check_open(f); f.h:flush(); return None end,
  close = function(f)
    if not f.closed then f.h:close(); f.closed = true end
    return None
  end,
  seek = function(f, off, whence)
    check_open(f)
    f.tbuf = nil
    local w = (whence == nil or whence == 0) and "set" or whence == 1 and "cur" or "end"
    return seek_or_raise(f, w, off)
  end,
  tell = function(f) check_open(f); return seek_or_raise(f, "cur") - (f.tbuf and #f.tbuf or 0) end,
  seekable = function(f) check_open(f); return f.h:seek("cur") ~= nil end,
  fileno = function(f) check_open(f); if f.fd then return f.fd end raise("OSError", "fileno") end,
  isatty = function(f) check_open(f); return f.fd ~= nil and R.c.isatty(f.fd) end,
  readable = function(f) check_open(f); return f.mode:find("[r+]") ~= nil end,
  writable = function(f) check_open(f); return f.mode:find("[wax+]") ~= nil end,
  __enter__ = function(f) return f end,
  __exit__ = function(f) if not f.closed then f.h:close(); f.closed = true end return false end,
  -- a file is its own iterator (iter(f) is f); next(f) and readline()
  -- share the same position
  __iter__ = function(f) check_open(f); return f end,
  __next__ = function(f)
    check_open(f)
    if f.binary then
      local line = f.h:read("L")
      if line == nil then error(R.new_exc("StopIteration"), 0) end
      return R.bytes_of(line)
    end
    local line = text_readline(f)
    if line == "" then error(R.new_exc("StopIteration"), 0) end
    return line
  end,
  __repr__ = function(f) return format("<_io.TextIOWrapper name=%s mode=%s>", repr(f.name), repr(f.mode)) end,
}, {noattrs = true})
FILE_M = file_cls.M
local file_index = FILE_M.__index
FILE_M.__index = function(f, k)
  if k == ".closed" then return f.closed == true end
  if k == ".name" then return f.name end
  if k == ".mode" then return f.mode end
  if k == ".encoding" and not f.binary then return f.encoding end
  if k == ".errors" and not f.binary then return f.errors end
  return file_index(f, k)
end
FILE_M.__gc = function(f) if not f.closed and f.h then pcall(f.h.close, f.h) end end

-- sys.stdin: a text file on Lua's io.stdin; input() reads through it too,
-- so both share one buffer
R.stdin_file = setmetatable({h = io.stdin, fd = 0, name = "<stdin>", mode = "r", binary = false, closed = false,
  encoding = "utf-8", errors = "strict"}, FILE_M)

builtin("open", function(path, mode, buffering, encoding, errors, newline)
  local kw = takekw()
  if kw then
    mode = kw.mode or mode
    encoding = kw.encoding or encoding
    errors = kw.errors or errors
    newline = kw.newline or newline
  end
  mode = (mode == nil or mode == None) and "r" or mode
  if type(mode) ~= "string" then raise("TypeError", "open() argument 'mode' must be str, not %s", typeof(mode).name) end
  -- one of r/w/a/x, at most one each of b/t and +, nothing else
  do
    local m = mode
    local main = select(2, m:gsub("[rwax]", ""))
    if main ~= 1 or m:find("[^rwaxbt+]") or select(2, m:gsub("%+", "")) > 1
        or select(2, m:gsub("[bt]", "")) > 1 or (m:find("b", 1, true) and m:find("t", 1, true)) then
      raise("ValueError", "invalid mode: '%s'", m)
    end
  end
  if encoding == None then encoding = nil end
  if errors == None then errors = nil end
  if newline == None then newline = nil end
  if type(path) ~= "string" then path = R.fspath and R.fspath(path) or path end
  if type(path) ~= "string" then raise("TypeError", "expected str, bytes or os.PathLike object, not %s", typeof(path).name) end
  local binary = mode:find("b", 1, true) ~= nil
  if binary and encoding ~= nil then raise("ValueError", "binary mode doesn't take an encoding argument") end
  if binary and errors ~= nil then raise("ValueError", "binary mode doesn't take an errors argument") end
  if binary and newline ~= nil then raise("ValueError", "binary mode doesn't take a newline argument") end
  if not binary then
    encoding, errors = codec_args("open", encoding or "utf-8", errors)
    -- an unknown encoding fails here, as in CPython
    local ok, msg = R.c.codec_decode("", encoding, errors)
    if ok == false then raise("LookupError", "%s", msg) end
    if newline ~= nil and newline ~= "" and newline ~= "\n" and newline ~= "\r" and newline ~= "\r\n" then
      raise("ValueError", "illegal newline value: %s", R.str(newline))
    end
  end
  local lmode = mode:gsub("[bt]", "")
  if lmode:find("x") then
    local test = io.open(path, "rb")
    if test then test:close(); error(R.os_error(17, "File exists", path), 0) end
    lmode = lmode:gsub("x", "w")
  end
  local h, err = io.open(path, lmode .. "b")
  if h and type(path) == "string" and R.c.stat(path) == "dir" then
    -- (C's fopen opens a directory for reading; Python's open refuses it)
    h:close()
    h, err = nil, "Is a directory"
  end
  if not h then
    local e
    if err and err:find("No such file", 1, true) then
      e = R.os_error(2, "No such file or directory", path)
    elseif err and err:find("Permission denied", 1, true) then
      e = R.os_error(13, "Permission denied", path)
    elseif err and err:find("Is a directory", 1, true) then
      e = R.os_error(21, "Is a directory", path)
    elseif err and err:find("Not a directory", 1, true) then
      e = R.os_error(20, "Not a directory", path)
    else
      e = R.new_exc("OSError", err or "cannot open")
    end
    error(e, 0)
  end
  return setmetatable({h = h, name = path, mode = mode, binary = binary, closed = false,
    encoding = encoding, errors = errors, newline = newline}, FILE_M)
end, {"file", "mode", "buffering", "encoding", "errors", "newline"}, true)

-- ---------------------------------------------------------------------
-- types.GenericAlias (list[int], dict[str, int], tuple[int, ...]) and
-- types.UnionType (int | None)

local function type_repr(x)
  if isclass(x) then
    if x.module == "builtins" then return x.qualname end
    return x.module .. "." .. x.qualname
  end
  if rawequal(x, R.Ellipsis) then return "..." end
  return R.repr(x)
end

local GA_cls, UNION_cls
local make_alias_types
local function as_tuple(k)
  if getmetatable(k) == TUPLE_M then return k end
  return R.tuple_from_array({k}, 1)
end

local function new_alias(origin, args)
  if not GA_cls then make_alias_types() end
  return setmetatable({[".__origin__"] = origin, [".__args__"] = as_tuple(args),
                       [".__parameters__"] = R.tuple_from_array({}, 0)}, GA_cls.M)
end
R.new_generic_alias = new_alias


function R.union_type(a, b)
  if not GA_cls then make_alias_types() end
  local items = {}
  local function add(x)
    if x == None then x = R.NoneType end
    if getmetatable(x) == UNION_cls.M then
      for i = 0, x[".__args__"].n - 1 do add(x[".__args__"][i]) end
      return
    end
    for _, y in ipairs(items) do if rawequal(y, x) or R.eq(y, x) then return end end
    items[#items + 1] = x
  end
  add(a); add(b)
  if #items == 1 then return items[1] end
  return setmetatable({[".__args__"] = R.tuple_from_array(items, #items)}, UNION_cls.M)
end

-- the classes are made on first use: they cost startup time otherwise
make_alias_types = function()
GA_cls = R.builtin_type("GenericAlias", nil, {
  __repr__ = function(g)
    local args, parts = g[".__args__"], {}
    if args.n == 0 then return type_repr(g[".__origin__"]) .. "[()]" end
    for i = 0, args.n - 1 do parts[i + 1] = type_repr(args[i]) end
    return type_repr(g[".__origin__"]) .. "[" .. concat(parts, ", ") .. "]"
  end,
  -- calling the alias builds an instance of the origin
  __call__ = function(g, ...) return g[".__origin__"](...) end,
  __eq__ = function(a, b)
    if getmetatable(b) ~= GA_cls.M then return R.NotImplemented end
    return rawequal(a[".__origin__"], b[".__origin__"]) and R.eq(a[".__args__"], b[".__args__"])
  end,
  __hash__ = function(g) return R.hash(R.id(g[".__origin__"])) ~ B.hash(g[".__args__"]) end,
  __or__ = function(a, b) return R.union_type(a, b) end,
  __ror__ = function(a, b) return R.union_type(b, a) end,
  __getitem__ = function(g, k) return new_alias(g[".__origin__"], k) end,
  __mro_entries__ = function(g, bases) return R.tuple_from_array({g[".__origin__"]}, 1) end,
}, {})
GA_cls.module = "types"
UNION_cls = R.builtin_type("UnionType", nil, {
  __repr__ = function(u)
    local parts, args = {}, u[".__args__"]
    for i = 0, args.n - 1 do
      local x = args[i]
      parts[i + 1] = rawequal(x, R.NoneType) and "None" or type_repr(x)
    end
    return concat(parts, " | ")
  end,
  __or__ = function(a, b) return R.union_type(a, b) end,
  __ror__ = function(a, b) return R.union_type(b, a) end,
  __eq__ = function(a, b)
    if getmetatable(b) ~= UNION_cls.M then return R.NotImplemented end
    return R.eq(a[".__args__"], b[".__args__"])
  end,
  __hash__ = function(u) return B.hash(u[".__args__"]) end,
  -- isinstance(x, int | str)
  __instancecheck__ = function(u, x)
    local args = u[".__args__"]
    for i = 0, args.n - 1 do if isinstance(x, args[i]) then return true end end
    return false
  end,
}, {})
UNION_cls.module = "types"
R.GenericAlias, R.UnionType = GA_cls, UNION_cls
end
