-- bytearray.lua: the mutable byte string, loaded when the name is first
-- looked up (LAZY_BUILTINS in builtins.lua). An instance reads as a bytes
-- object does (field b holds its Lua string), so the bytes methods and
-- every bytes-like check serve it too; appends wait in a list of chunks
-- until something reads b (then one concatenation), so building a buffer
-- byte by byte stays linear.
local R = ...
local None = R.None
local type, rawget, rawset, setmetatable, getmetatable, select = type, rawget, rawset, setmetatable, getmetatable, select
local mtype = math.type
local char, concat = string.char, table.concat
local typeof, raise_type = R.typeof, R.raise_type
local LIST_M, TUPLE_M = R.LIST, R.TUPLE
local BYTES_M = R.BYTES_M
local bytes_cls = R.B.bytes

local function raise(name, fmt, ...) raise_type(name, fmt, ...) end

local BA_M
local function bytearray_of(s) return setmetatable({b = s}, BA_M) end
R.bytearray_of = bytearray_of

-- the pending chunks joined into b (no-op when none wait)
local function flush(ba)
  local q = rawget(ba, "q")
  if q then
    local s = rawget(ba, "s") .. concat(q)
    rawset(ba, "q", nil)
    rawset(ba, "s", nil)
    rawset(ba, "b", s)
    return s
  end
  return rawget(ba, "b")
end

-- chunk c goes at the end (a subclass's instance, whose reads do not go
-- through BA_M.__index, gets it at once)
local function push_chunk(ba, c)
  if getmetatable(ba) ~= BA_M then
    rawset(ba, "b", flush(ba) .. c)
    return
  end
  local q = rawget(ba, "q")
  if q then
    q[#q + 1] = c
    return
  end
  rawset(ba, "s", rawget(ba, "b"))
  rawset(ba, "b", nil)
  rawset(ba, "q", {c})
end

local function set_bytes(ba, s)
  rawset(ba, "q", nil)
  rawset(ba, "s", nil)
  rawset(ba, "b", s)
end

local function byte_value(x)
  x = R.index_of(x)
  if x < 0 or x > 255 then raise("ValueError", "byte must be in range(0, 256)") end
  return x
end

-- the bytes of any iterable of ints, or of a bytes-like object
local function bytes_from(x, what)
  if type(x) == "table" and type(x.b) == "string" then return x.b end
  if type(x) == "string" then raise("TypeError", "%s", what or "an integer is required") end
  local parts, n = {}, 0
  for _, v in R.iter(x) do
    n = n + 1
    parts[n] = char(byte_value(v))
  end
  return concat(parts)
end

local function index_in(ba, i, n)
  i = R.index_of(i, "bytearray")
  if i < 0 then i = i + n end
  if i < 0 or i >= n then return nil end
  return i
end

local methods = {}

-- the bytes methods, with bytes results made bytearrays (lists and tuples
-- of them too: split, partition)
local function wrap(f)
  return function(...)
    local r = f(...)
    local mt = getmetatable(r)
    if mt == BYTES_M then return bytearray_of(r.b) end
    if mt == LIST_M or mt == TUPLE_M then
      for i = 0, r.n - 1 do
        local v = r[i]
        if getmetatable(v) == BYTES_M then r[i] = bytearray_of(v.b) end
      end
    end
    return r
  end
end
for k, v in pairs(bytes_cls.own) do
  if type(v) == "function" and k ~= "__hash__" and k ~= "__eq__" and k ~= "__repr__" then methods[k] = wrap(v) end
end
methods.__hash__ = None
methods.fromhex = setmetatable({f = function(C, s)
  local b = bytes_cls.own.fromhex.f(bytes_cls, s)
  if C == R.bytearray then return bytearray_of(b.b) end
  return C(b)
end}, R.CLASSM_MT)

methods.__eq__ = function(a, b)
  if type(b) ~= "table" or type(b.b) ~= "string" then return R.NotImplemented end
  return a.b == b.b
end
methods.__add__ = function(a, b)
  if type(b) ~= "table" or type(b.b) ~= "string" then
    raise("TypeError", "can't concat %s to bytearray", typeof(b).name)
  end
  return bytearray_of(a.b .. b.b)
end
methods.__radd__ = function(a, b)
  if type(b) ~= "table" or type(b.b) ~= "string" then return R.NotImplemented end
  -- bytes + bytearray is bytes
  return R.bytes_of(b.b .. a.b)
end
methods.__repr__ = function(ba) return typeof(ba).name .. "(" .. bytes_cls.own.__repr__(R.bytes_of(ba.b)) .. ")" end
methods.__len__ = function(ba)
  local q = rawget(ba, "q")
  if q then flush(ba) end
  return #rawget(ba, "b")
end

methods.append = function(ba, x)
  push_chunk(ba, char(byte_value(x)))
  return None
end
methods.extend = function(ba, x)
  push_chunk(ba, bytes_from(x, "can't extend bytearray with str"))
  return None
end
methods.__iadd__ = function(ba, x)
  if type(x) ~= "table" or type(x.b) ~= "string" then
    raise("TypeError", "can't concat %s to bytearray", typeof(x).name)
  end
  push_chunk(ba, x.b)
  return ba
end
methods.__imul__ = function(ba, n)
  set_bytes(ba, flush(ba):rep(R.index_of(n)))
  return ba
end
methods.insert = function(ba, i, x)
  local s = flush(ba)
  local n = #s
  i = R.index_of(i)
  if i < 0 then i = i + n; if i < 0 then i = 0 end end
  if i > n then i = n end
  set_bytes(ba, s:sub(1, i) .. char(byte_value(x)) .. s:sub(i + 1))
  return None
end
methods.pop = function(ba, i)
  local s = flush(ba)
  local n = #s
  if n == 0 then raise("IndexError", "pop from empty bytearray") end
  local j = n - 1
  if i ~= nil then
    j = index_in(ba, i, n)
    if not j then raise("IndexError", "pop index out of range") end
  end
  set_bytes(ba, s:sub(1, j) .. s:sub(j + 2))
  return s:byte(j + 1)
end
methods.remove = function(ba, x)
  local s = flush(ba)
  local j = s:find(char(byte_value(x)), 1, true)
  if not j then raise("ValueError", "value not found in bytearray") end
  set_bytes(ba, s:sub(1, j - 1) .. s:sub(j + 1))
  return None
end
methods.clear = function(ba) set_bytes(ba, ""); return None end
methods.copy = function(ba) return bytearray_of(flush(ba)) end
methods.reverse = function(ba) set_bytes(ba, flush(ba):reverse()); return None end

methods.__setitem__ = function(ba, i, v)
  local s = flush(ba)
  local n = #s
  if type(i) == "table" and getmetatable(i) == R.SLICE_M then
    local new = bytes_from(v, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
    local a, c, st = R.slice_indices(i.start, i.stop, i.step, n)
    if st == 1 then
      if c < a then c = a end
      set_bytes(ba, s:sub(1, a) .. new .. s:sub(c + 1))
      return
    end
    -- an extended slice: as many bytes as it selects
    local idx = {}
    if st > 0 then for j = a, c - 1, st do idx[#idx + 1] = j end
    else for j = a, c + 1, st do idx[#idx + 1] = j end end
    if #idx ~= #new then
      raise("ValueError", "attempt to assign bytes of size %d to extended slice of size %d", #new, #idx)
    end
    local bytes = {s:byte(1, n)}
    for k, j in ipairs(idx) do bytes[j + 1] = new:byte(k) end
    local parts = {}
    for k = 1, n do parts[k] = char(bytes[k]) end
    set_bytes(ba, concat(parts))
    return
  end
  local j = index_in(ba, i, n)
  if not j then raise("IndexError", "bytearray index out of range") end
  set_bytes(ba, s:sub(1, j) .. char(byte_value(v)) .. s:sub(j + 2))
end
methods.__delitem__ = function(ba, i)
  local s = flush(ba)
  local n = #s
  if type(i) == "table" and getmetatable(i) == R.SLICE_M then
    local a, c, st = R.slice_indices(i.start, i.stop, i.step, n)
    local drop = {}
    if st > 0 then for j = a, c - 1, st do drop[j] = true end
    else for j = a, c + 1, st do drop[j] = true end end
    local parts = {}
    for k = 0, n - 1 do if not drop[k] then parts[#parts + 1] = s:sub(k + 1, k + 1) end end
    set_bytes(ba, concat(parts))
    return
  end
  local j = index_in(ba, i, n)
  if not j then raise("IndexError", "bytearray index out of range") end
  set_bytes(ba, s:sub(1, j) .. s:sub(j + 2))
end

local ba_cls = R.builtin_type("bytearray", nil, methods, {noattrs = true})
BA_M = ba_cls.M
R.BYTEARRAY_M = BA_M
-- b reads through the pending chunks; everything else as the class says
local lookup = ba_cls.L
BA_M.__index = function(ba, k)
  if k == "b" then return flush(ba) end
  return lookup[k]
end

-- bytearray(), bytearray(n), bytearray(iterable of ints), bytearray(bytes-like),
-- bytearray(str, encoding[, errors])
ba_cls.native_new = function(C, x, enc, errors)
  if R.kw then
    local kw = R.takekw()
    if kw.encoding ~= nil then enc = kw.encoding end
    if kw.errors ~= nil then errors = kw.errors end
    if kw.source ~= nil then x = kw.source end
  end
  local o
  if x == nil then
    o = bytearray_of("")
  elseif type(x) == "string" then
    if enc == nil then raise("TypeError", "string argument without an encoding") end
    o = bytearray_of(R.str_encode(x, enc, errors))
  else
    if enc ~= nil then raise("TypeError", "encoding without a string argument") end
    if type(x) == "number" and mtype(x) == "integer" then
      if x < 0 then raise("ValueError", "negative count") end
      o = bytearray_of(string.rep("\0", x))
    else
      o = bytearray_of(bytes_from(x, "cannot convert '" .. typeof(x).name .. "' object to bytearray"))
    end
  end
  if C ~= ba_cls then setmetatable(o, C.M) end
  return o
end
rawset(ba_cls, "subclass_new", true)
R.SELF_MATCH[ba_cls] = true -- (a class pattern's single positional sub-pattern)
R.bytearray = ba_cls
