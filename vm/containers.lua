-- containers.lua: list, tuple, dict, set/frozenset, range and slice.
-- list/tuple: elements at integer keys 0..n-1, length in field n.
-- dict/set: user keys stored raw (tuples by a canonical object), insertion
-- order kept in d[META].keys.
local R = ...
local None = R.None
local type, rawget, rawset, rawequal, setmetatable, getmetatable, error, pairs, select, next =
      type, rawget, rawset, rawequal, setmetatable, getmetatable, error, pairs, select, next
local mtype, floor = math.type, math.floor
local format, concat = string.format, table.concat
local typeof, isinstance, raise_type = R.typeof, R.isinstance, R.raise_type
local NotImplemented = R.NotImplemented
local EXC = R.EXC
local list_move = R.c.list_move
local unbox, BOXV = R.unbox, R.BOXV

local function raise(name, fmt, ...) raise_type(name, fmt, ...) end

-- ---------------------------------------------------------------------
-- Index helpers

-- x as an integer index, or CPython's TypeError for what it indexes:
-- `what` names a sequence ("list", "string"...), "slice" is a slice bound,
-- "bound" a start or end argument, nil any other integer argument
local function index_error(x, what)
  local tn = typeof(x).name
  if what == nil then raise("TypeError", "'%s' object cannot be interpreted as an integer", tn) end
  if what == "string" then raise("TypeError", "string indices must be integers, not '%s'", tn) end
  if what == "slice" then
    raise("TypeError", "slice indices must be integers or None or have an __index__ method")
  elseif what == "bound" then -- (a start or end argument, as list.index's)
    raise("TypeError", "slice indices must be integers or have an __index__ method")
  end
  raise("TypeError", "%s indices must be integers or slices, not %s", what, tn)
end
local function index_of(x, what)
  local t = type(x)
  if t == "number" then
    if mtype(x) == "integer" then return x end
    index_error(x, what)
  elseif t == "boolean" then
    return x and 1 or 0
  end
  local f = typeof(x).L[":__index__"]
  if f then return f(x) end
  index_error(x, what)
end
R.index_of = index_of

-- slice bounds (Python's PySlice_AdjustIndices)
local function slice_indices(start, stop, step, n)
  if step == nil or step == None then step = 1 else step = index_of(step, "slice") end
  if step == 0 then raise("ValueError", "slice step cannot be zero") end
  local lower, upper
  if step < 0 then lower, upper = -1, n - 1 else lower, upper = 0, n end
  if start == nil or start == None then
    start = step < 0 and upper or lower
  else
    start = index_of(start, "slice")
    if start < 0 then start = start + n; if start < lower then start = lower end
    elseif start > upper then start = upper end
  end
  if stop == nil or stop == None then
    stop = step < 0 and lower or upper
  else
    stop = index_of(stop, "slice")
    if stop < 0 then stop = stop + n; if stop < lower then stop = lower end
    elseif stop > upper then stop = upper end
  end
  return start, stop, step
end
R.slice_indices = slice_indices

-- ---------------------------------------------------------------------
-- list and tuple

local LIST_M, TUPLE_M -- set after the classes exist

local function new_list(n) return setmetatable({n = n or 0}, LIST_M) end
local function list_from_array(a, n)
  n = n or #a
  local l = {n = n}
  for i = 1, n do l[i - 1] = a[i] end
  return setmetatable(l, LIST_M)
end
local function tuple_from_array(a, n)
  n = n or #a
  -- small tuples in one constructor of the final shape (no rehash)
  if n == 1 then return setmetatable({[0] = a[1], n = 1}, TUPLE_M) end
  if n == 2 then return setmetatable({[0] = a[1], a[2], n = 2}, TUPLE_M) end
  if n == 3 then return setmetatable({[0] = a[1], a[2], a[3], n = 3}, TUPLE_M) end
  local l = {n = n}
  for i = 1, n do l[i - 1] = a[i] end
  return setmetatable(l, TUPLE_M)
end
R.list_from_array, R.tuple_from_array, R.new_list = list_from_array, tuple_from_array, new_list

local function list_append(l, v)
  local n = l.n
  rawset(l, n, v)
  l.n = n + 1
  return None
end
R.list_append = list_append

local function seq_getitem(l, i)
  local n = l.n
  if type(i) == "table" and getmetatable(i) == R.SLICE_M then
    local start, stop, step = slice_indices(i.start, i.stop, i.step, n)
    local r
    local k = 0
    if step == 1 then
      r = list_move(l, start, stop - 1, nil, 0)
      if stop > start then k = stop - start end
    elseif step > 0 then
      r = {}
      for j = start, stop - 1, step do r[k] = l[j]; k = k + 1 end
    else
      r = {}
      for j = start, stop + 1, step do r[k] = l[j]; k = k + 1 end
    end
    r.n = k
    return setmetatable(r, isinstance(l, R.tuple) and TUPLE_M or LIST_M)
  end
  local j = index_of(i, getmetatable(l) == TUPLE_M and "tuple" or "list")
  if j < 0 then j = j + n end
  if j < 0 or j >= n then
    raise("IndexError", "%s index out of range", getmetatable(l) == TUPLE_M and "tuple" or "list")
  end
  return rawget(l, j)
end

local function list_setitem(l, i, v)
  if type(i) == "table" and getmetatable(i) == R.SLICE_M then return R.setslice(l, i.start, i.stop, i.step, v) end
  local n = l.n
  local j = index_of(i, "list")
  if j < 0 then j = j + n end
  if j < 0 or j >= n then raise("IndexError", "list assignment index out of range") end
  rawset(l, j, v)
  return None
end

local function iter_to_array(x)
  -- any iterable -> 1-based array, count
  local mt = getmetatable(x)
  if mt == LIST_M or mt == TUPLE_M then
    local a = {}
    for i = 0, x.n - 1 do a[i + 1] = x[i] end
    return a, x.n
  end
  local a, n = {}, 0
  for _, v in R.iter(x) do n = n + 1; a[n] = v end
  return a, n
end
R.iter_to_array = iter_to_array

-- Equality as containers test it (list.index, `in`, ==): identity first,
-- so a NaN finds itself (a float here has no identity of its own: any NaN
-- passes for the same one)
local function item_eq(x, y)
  if x == y then return true end
  if x ~= x and y ~= y then return true end
  return R.eq(x, y)
end
R.item_eq = item_eq

local function seq_eq(a, b)
  local n = a.n
  if b.n ~= n then return false end
  for i = 0, n - 1 do
    local x, y = a[i], b[i]
    if not (rawequal(x, y) or item_eq(x, y)) then return false end
  end
  return true
end

local function seq_lt(a, b, orequal)
  local n = a.n < b.n and a.n or b.n
  for i = 0, n - 1 do
    local x, y = a[i], b[i]
    if not (rawequal(x, y) or R.eq(x, y)) then return x < y end
  end
  if orequal then return a.n <= b.n end
  return a.n < b.n
end

local function same_kind(a, b) return getmetatable(a) == getmetatable(b) or (isinstance(b, typeof(a)) or isinstance(a, typeof(b))) end

-- The containers whose repr is being made (CPython's Py_ReprEnter list):
-- a repr that comes back to one of them, even through a user __repr__
-- (a defaultdict's, a namespace's), shows the "..." marker. The outermost
-- repr runs protected, so that an error leaves none marked.
local REPR_ACTIVE = {}
local function repr_outer(f, ...)
  local ok, r = pcall(f, ...)
  if not ok then
    for k in pairs(REPR_ACTIVE) do REPR_ACTIVE[k] = nil end
    error(r, 0)
  end
  return r
end

local c_seq_repr = R.c.seq_repr
local seq_repr
seq_repr = function(l, open, close, seen)
  local n = l.n
  if n == 0 then return open .. close end
  -- all ints, floats, strs, bools or None: in C
  local plain = c_seq_repr(l, n)
  if plain then
    if n == 1 and open == "(" then return "(" .. plain .. ",)" end
    return open .. plain .. close
  end
  if not seen then
    if next(REPR_ACTIVE) == nil then return repr_outer(seq_repr, l, open, close, REPR_ACTIVE) end
    seen = REPR_ACTIVE
  end
  if seen[l] then return open .. "..." .. close end
  seen[l] = true
  local parts = {}
  for i = 0, n - 1 do parts[i + 1] = R.repr(l[i], seen) end
  seen[l] = nil
  if n == 1 and open == "(" then return "(" .. parts[1] .. ",)" end
  return open .. concat(parts, ", ") .. close
end
R.seq_repr = seq_repr

local function list_sort(l, ...)
  if select("#", ...) > 0 then
    if R.kw then R.kw = nil end
    raise("TypeError", "sort() takes no positional arguments")
  end
  local kw = R.takekw()
  local key, reverse
  if kw then key = kw.key; reverse = kw.reverse end
  if key == None then key = nil end
  reverse = reverse ~= nil and reverse ~= None and R.truth(reverse)
  R.sort_list(l, key, reverse)
  return None
end

local list_methods = {
  append = R.c.list_append,
  extend = function(l, it)
    local n = l.n
    local imt = getmetatable(it)
    if imt == LIST_M or imt == TUPLE_M then
      local m = it.n
      if m == 0 then return None end
      -- raw moves: new keys would hit the list's __newindex
      list_move(it, 0, m - 1, l, n)
      l.n = n + m
      return None
    end
    for _, v in R.iter(it) do rawset(l, n, v); n = n + 1 end
    l.n = n
    return None
  end,
  insert = function(l, i, v)
    local n = l.n
    i = index_of(i)
    if i < 0 then i = i + n; if i < 0 then i = 0 end end
    if i > n then i = n end
    for j = n, i + 1, -1 do rawset(l, j, l[j - 1]) end
    rawset(l, i, v)
    l.n = n + 1
    return None
  end,
  pop = function(l, i)
    local n = l.n
    if n == 0 then raise("IndexError", "pop from empty list") end
    if i == nil then
      local v = l[n - 1]
      l[n - 1] = nil
      l.n = n - 1
      return v
    end
    i = index_of(i)
    if i < 0 then i = i + n end
    if i < 0 or i >= n then raise("IndexError", "pop index out of range") end
    local v = l[i]
    for j = i, n - 2 do l[j] = l[j + 1] end
    l[n - 1] = nil
    l.n = n - 1
    return v
  end,
  remove = function(l, v)
    local n = l.n
    for i = 0, n - 1 do
      if item_eq(l[i], v) then
        for j = i, n - 2 do l[j] = l[j + 1] end
        l[n - 1] = nil
        l.n = n - 1
        return None
      end
    end
    raise("ValueError", "list.remove(x): x not in list")
  end,
  index = function(l, v, start, stop)
    local n = l.n
    start = (start == nil or start == None) and 0 or index_of(start, "bound")
    stop = (stop == nil or stop == None) and n or index_of(stop, "bound")
    if start < 0 then start = start + n; if start < 0 then start = 0 end end
    if stop < 0 then stop = stop + n end
    if stop > n then stop = n end
    for i = start, stop - 1 do if item_eq(l[i], v) then return i end end
    if getmetatable(l) == TUPLE_M or R.isinstance(l, R.tuple) then raise("ValueError", "tuple.index(x): x not in tuple") end
    raise("ValueError", "%s is not in list", R.repr(v))
  end,
  count = function(l, v)
    local c = 0
    for i = 0, l.n - 1 do if item_eq(l[i], v) then c = c + 1 end end
    return c
  end,
  sort = list_sort,
  reverse = function(l)
    local n = l.n
    for i = 0, n // 2 - 1 do l[i], l[n - 1 - i] = l[n - 1 - i], l[i] end
    return None
  end,
  copy = function(l)
    local r = {n = l.n}
    for i = 0, l.n - 1 do r[i] = l[i] end
    return setmetatable(r, LIST_M)
  end,
  clear = function(l)
    for i = 0, l.n - 1 do l[i] = nil end
    l.n = 0
    return None
  end,
  __getitem__ = seq_getitem,
  __setitem__ = list_setitem,
  __delitem__ = function(l, i) R.delitem(l, i); return None end,
  __len__ = function(l) return l.n end,
  __contains__ = function(l, v)
    for i = 0, l.n - 1 do if item_eq(l[i], v) then return true end end
    return false
  end,
  __iter__ = function(l) return R.make_iterator(R.list_next, l, -1) end,
  __reversed__ = function(l) return R.reversed_iter(l) end,
  __add__ = function(a, b)
    -- list + list, tuple + tuple (subclasses too); the result is plain
    local base = isinstance(a, R.tuple) and R.tuple or R.list
    if not isinstance(b, base) then return NotImplemented end
    b = unbox(b)
    local n = a.n
    local r = list_move(a, 0, n - 1, nil, 0)
    list_move(b, 0, b.n - 1, r, n)
    r.n = n + b.n
    return setmetatable(r, base.M)
  end,
  __iadd__ = function(a, b)
    R.L_list_extend(a, b)
    return a
  end,
  __mul__ = function(a, k)
    if type(k) ~= "number" or mtype(k) ~= "integer" then
      if type(k) == "boolean" then k = k and 1 or 0 else return NotImplemented end
    end
    local r, n = {}, a.n
    local m = 0
    for _ = 1, k do for i = 0, n - 1 do r[m] = a[i]; m = m + 1 end end
    r.n = m
    return setmetatable(r, isinstance(a, R.tuple) and TUPLE_M or LIST_M)
  end,
  __imul__ = function(a, k)
    local n = a.n
    if type(k) ~= "number" then return NotImplemented end
    local m = n
    for _ = 2, k do for i = 0, n - 1 do rawset(a, m, a[i]); m = m + 1 end end
    if k <= 0 then for i = 0, n - 1 do a[i] = nil end; m = 0 end
    a.n = m
    return a
  end,
  __eq__ = function(a, b)
    if getmetatable(b) ~= getmetatable(a) and not (isinstance(b, R.list) and isinstance(a, R.list)) then return NotImplemented end
    return seq_eq(a, unbox(b))
  end,
  __lt__ = function(a, b) if not same_kind(a, b) then return NotImplemented end return seq_lt(a, b, false) end,
  __le__ = function(a, b) if not same_kind(a, b) then return NotImplemented end return seq_lt(a, b, true) end,
  __gt__ = function(a, b) if not same_kind(a, b) then return NotImplemented end return seq_lt(b, a, false) end,
  __ge__ = function(a, b) if not same_kind(a, b) then return NotImplemented end return seq_lt(b, a, true) end,
  __repr__ = function(l, seen) return seq_repr(l, "[", "]", seen) end,
  __hash__ = None,
}
list_methods.__rmul__ = list_methods.__mul__

R.list = R.builtin_type("list", nil, list_methods, {noattrs = true, table_index = true})
LIST_M = R.list.M
R.LIST = LIST_M
R.c.set_list_mt(LIST_M)
R.L_list_extend = list_methods.extend
R.list.native_new = function(C, it)
  local kw = R.takekw()
  if C == R.list and it ~= nil then
    -- list(a list or tuple): one sized copy
    local imt = getmetatable(it)
    if imt == LIST_M or imt == TUPLE_M then
      local n = it.n
      local l = list_move(it, 0, n - 1, nil, 0)
      l.n = n
      return setmetatable(l, LIST_M)
    end
  end
  local l = setmetatable({n = 0}, C == R.list and LIST_M or C.M)
  -- a subclass with its own __init__ fills itself (type.__call__ runs it)
  if C ~= R.list and C.L[":__init__"] ~= list_methods.__init__ then return l end
  if it ~= nil then list_methods.extend(l, it) end
  return l
end
list_methods.__init__ = function(l, it)
  for i = 0, l.n - 1 do l[i] = nil end
  l.n = 0
  if it ~= nil then list_methods.extend(l, it) end
  return None
end
R.list.own.__init__ = list_methods.__init__
R.rebuild_lookup(R.list)

local tuple_methods = {
  index = list_methods.index,
  count = list_methods.count,
  __getitem__ = seq_getitem,
  __len__ = list_methods.__len__,
  __contains__ = list_methods.__contains__,
  __iter__ = list_methods.__iter__,
  __add__ = list_methods.__add__,
  __mul__ = list_methods.__mul__,
  __rmul__ = list_methods.__mul__,
  __eq__ = function(a, b)
    if not isinstance(b, R.tuple) then return NotImplemented end
    return seq_eq(a, b)
  end,
  __lt__ = list_methods.__lt__, __le__ = list_methods.__le__,
  __gt__ = list_methods.__gt__, __ge__ = list_methods.__ge__,
  __repr__ = function(l, seen) return seq_repr(l, "(", ")", seen) end,
  -- CPython's tuplehash (xxHash-style) over the items' hashes: equal
  -- tuples hash equal whatever became of earlier equal tuples
  __hash__ = function(t)
    local acc = 0x27D4EB2F165667C5
    for i = 0, t.n - 1 do
      acc = acc + R.B.hash(t[i]) * 0xC2B2AE3D27D4EB4F
      acc = (acc << 31) | (acc >> 33)
      acc = acc * 0x9E3779B185EBCA87
    end
    acc = acc + (t.n ~ (0x27D4EB2F165667C5 ~ 3527539))
    if acc == -1 then return 1546275796 end
    return acc
  end,
}
R.tuple = R.builtin_type("tuple", nil, tuple_methods, {noattrs = true, table_index = true})
TUPLE_M = R.tuple.M
R.TUPLE = TUPLE_M
R.tuple.native_new = function(C, it)
  if it == nil then return setmetatable({n = 0}, C == R.tuple and TUPLE_M or C.M) end
  if getmetatable(it) == TUPLE_M and C == R.tuple then return it end
  local a, n = iter_to_array(it)
  local t = {n = n}
  for i = 1, n do t[i - 1] = a[i] end
  return setmetatable(t, C == R.tuple and TUPLE_M or C.M)
end

function R.totuple(l) return setmetatable(l, TUPLE_M) end

-- [a, *b, c]: pairs of (is_starred, value)
function R.catlist(...)
  local n = select("#", ...)
  local r = {}
  local k = 0
  for i = 1, n, 2 do
    local star, v = select(i, ...)
    if star then
      local mt = getmetatable(v)
      if mt == LIST_M or mt == TUPLE_M then
        for j = 0, v.n - 1 do r[k] = v[j]; k = k + 1 end
      else
        for _, x in R.iter(v) do r[k] = x; k = k + 1 end
      end
    else
      r[k] = v
      k = k + 1
    end
  end
  r.n = k
  return setmetatable(r, LIST_M)
end

-- ---------------------------------------------------------------------
-- Canonical keys: tuples, frozensets and objects with __hash__ are stored in
-- dicts and sets under one canonical object per value.

local INTERN = setmetatable({}, {__mode = "v"})
local CANON = setmetatable({}, {__mode = "k"})
local PLAIN = setmetatable({}, {__mode = "k"})  -- metatable -> the identity __hash__ its class had
local HASHED = {}        -- hash -> list of canonical user objects (weak)
local enc_part

local function encode(t, buf)
  local mt = getmetatable(t)
  if mt == TUPLE_M or (mt and mt.cls and R.issubclass(mt.cls, R.tuple)) then
    buf[#buf + 1] = "("
    for i = 0, t.n - 1 do enc_part(t[i], buf) end
    buf[#buf + 1] = ")"
  else
    -- frozenset: order-independent
    local parts = {}
    for k in R.set_keys(t) do
      local b = {}
      enc_part(k, b)
      parts[#parts + 1] = concat(b)
    end
    table.sort(parts)
    buf[#buf + 1] = "{" .. concat(parts, ",") .. "}"
  end
end

enc_part = function(v, buf)
  if type(v) == "table" and rawget(v, R.BOXV) ~= nil then v = rawget(v, R.BOXV) end
  local t = type(v)
  if t == "number" then
    if mtype(v) == "integer" then buf[#buf + 1] = "i" .. v .. ";" return end
    if v == floor(v) and v > -2^63 and v < 2^63 then buf[#buf + 1] = "i" .. floor(v) .. ";" return end
    if v ~= v then buf[#buf + 1] = "n" .. R.id({}) .. ";" return end
    buf[#buf + 1] = "f" .. format("%.17g", v) .. ";"
  elseif t == "string" then
    buf[#buf + 1] = "s" .. #v .. ":" .. v
  elseif t == "boolean" then
    buf[#buf + 1] = v and "i1;" or "i0;"
  elseif v == None then
    buf[#buf + 1] = "N"
  else
    local c = R.canon(v)
    buf[#buf + 1] = "o" .. R.id(c) .. ";"
  end
end

local tuple_key = R.c.tuple_key

-- The canonical key for v (v itself for strings, numbers, plain objects).
local function canon(v)
  local t = type(v)
  if t == "boolean" then return v and 1 or 0 end
  if t ~= "table" then
    if t == "number" and v ~= v then return v end
    return v
  end
  local c = CANON[v]
  if c then return c end
  -- boxed values (int/str subclasses) are keyed by their plain value
  c = rawget(v, BOXV)
  if c ~= nil then return c end
  local mt = getmetatable(v)
  -- instances hashed by identity (the common case) are their own key
  if PLAIN[mt] and mt.cls.L[":__hash__"] == PLAIN[mt] then return v end
  local cls = mt and mt.cls
  if mt == TUPLE_M or mt == R.FROZENSET_M or (cls and (R.issubclass(cls, R.tuple) or R.issubclass(cls, R.frozenset))) then
    -- (a tuple of numbers, strs, bools, None and such tuples: in C)
    local key = mt == TUPLE_M and tuple_key(v, TUPLE_M, None)
    if not key then
      local buf = {}
      encode(v, buf)
      key = concat(buf)
    end
    c = INTERN[key]
    if not c then c = v; INTERN[key] = v end
    CANON[v] = c
    return c
  end
  if cls then
    local h = cls.L[":__hash__"]
    if h == None or (cls.L[":__eq__"] and h == nil) then
      raise("TypeError", "unhashable type: '%s'", cls.name)
    end
    if h and h ~= R.object.L[":__hash__"] then
      local hv = h(v)
      local bucket = HASHED[hv]
      if not bucket then bucket = setmetatable({}, {__mode = "v"}); HASHED[hv] = bucket end
      for i = 1, #bucket do
        local o = bucket[i]
        if o ~= nil and (rawequal(o, v) or R.eq(o, v)) then CANON[v] = o; return o end
      end
      bucket[#bucket + 1] = v
      CANON[v] = v
      return v
    end
    if mt and h then
      PLAIN[mt] = h
      -- key_of's shortcut: the class's instances are their own keys until
      -- the class (or a base) is given another __hash__ (see dunder_hook)
      if not mt.idkey_off and not rawget(cls, "boxbase") then mt.idkey = true end
    end
  end
  return v
end
R.canon = canon

local function hashable_check(k)
  if type(k) == "table" then
    local mt = getmetatable(k)
    if mt == LIST_M then raise("TypeError", "unhashable type: 'list'") end
    if mt == R.DICT_M then raise("TypeError", "unhashable type: 'dict'") end
    if mt == R.SET_M then raise("TypeError", "unhashable type: 'set'") end
  end
end

-- ---------------------------------------------------------------------
-- dict

local META = {}   -- private key: d[META] = {keys = {...}, n = count, top = last slot}
                  -- (keys, the order, is made by the first insertion)
R.META = META
local TOMB = {}
local DICT_M

local function dmeta(d) return rawget(d, META) end
local C_newtable = R.c.newtable

-- The order array of meta m, made on first use.
local function order_of(m)
  local keys = m.keys
  if not keys then keys = {}; m.keys = keys end
  return keys
end

local function new_dict()
  return setmetatable({[META] = {n = 0, top = 0}}, DICT_M)
end
R.new_dict = new_dict

-- A str key that begins as the container's own keys do (".attr",
-- ":method", "\2internal") is stored behind a byte no UTF-8 text has, so
-- d[".txt"] is an item and d.get stays the method.
local strbyte = string.byte
local function esc_key(k)
  local b = strbyte(k, 1)
  if b == 46 or b == 58 or b == 2 then return "\xFF" .. k end
  return k
end

local NAN_KEY = setmetatable({}, {__name = "nan key"}) -- (a Lua table cannot have a NaN key)
local function key_of(k)
  local t = type(k)
  if t == "string" then return esc_key(k) end
  if t == "number" then
    if k == k then return k end
    return NAN_KEY
  end
  if t == "table" then
    local mt = getmetatable(k)
    if mt and mt.idkey then return k end
    -- an instance hashed by identity (canon's common case) is its own key
    local p = PLAIN[mt]
    if p and CANON[k] == nil and rawget(k, BOXV) == nil and mt.cls.L[":__hash__"] == p then return k end
    hashable_check(k)
  end
  local c = canon(k)
  if type(c) == "string" then return esc_key(c) end
  return c
end

-- (a NaN key is stored under NAN_KEY: a Lua float has no identity, so
-- every NaN is the same key here)
local function dict_set(d, k, v)
  local ck = key_of(k)
  if rawget(d, ck) == nil then
    local m = dmeta(d)
    m.n = m.n + 1
    local top = m.top + 1
    m.top = top
    order_of(m)[top] = (type(k) == "number" and k == k) and ck or k
    if m.pos then m.pos[ck] = top end
    m.version = (m.version or 0) + 1
  end
  rawset(d, ck, v)
end
R.dict_set = dict_set

local function dict_get(d, k)
  local v = rawget(d, k)
  if v ~= nil then return v end
  return rawget(d, key_of(k))
end
R.dict_get = dict_get

local function dict_del(d, k)
  local ck = key_of(k)
  if rawget(d, ck) == nil then return false end
  rawset(d, ck, nil)
  local m = dmeta(d)
  m.n = m.n - 1
  m.version = (m.version or 0) + 1
  local keys = m.keys
  if not m.pos and m.top <= 8 then
    -- small dicts (keyword arguments, records): a scan beats an index
    for i = 1, m.top do
      local kk = keys[i]
      if kk ~= TOMB and rawequal(key_of(kk), ck) then keys[i] = TOMB; break end
    end
  else
    if not m.pos then
      m.pos = {}
      for i = 1, m.top do
        local kk = keys[i]
        if kk ~= TOMB then m.pos[key_of(kk)] = i end
      end
    end
    local i = m.pos[ck]
    if i then keys[i] = TOMB; m.pos[ck] = nil end
  end
  m.ntomb = (m.ntomb or 0) + 1
  if m.ntomb > 32 and m.ntomb > m.n then
    -- compact
    local nk, j = {}, 0
    for q = 1, m.top do
      local kk = m.keys[q]
      if kk ~= TOMB then j = j + 1; nk[j] = kk; m.pos[key_of(kk)] = j end
    end
    m.keys, m.top, m.ntomb = nk, j, 0
  end
  return true
end
R.dict_del = dict_del

-- iterate (key, value) in insertion order
local function dict_pairs(d)
  local m = dmeta(d)
  if not m then
    -- a dict view without storage of its own (globals(), obj.__dict__):
    -- iterate a copy
    d = d[":copy"](d)
    m = dmeta(d)
  end
  local keys = order_of(m)
  local i = 0
  local version, n0 = m.version, m.n
  return function()
    while true do
      i = i + 1
      if m.version ~= version then
        -- (checked before the end too: a loop that emptied the dict)
        if m.n ~= n0 then raise("RuntimeError", "dictionary changed size during iteration") end
        raise("RuntimeError", "dictionary keys changed during iteration")
      end
      if i > m.top then return nil end
      local k = keys[i]
      if k ~= TOMB and k ~= nil then
        local v = dict_get(d, k)
        if v ~= nil then return k, v end
      end
    end
  end
end
R.dict_pairs = dict_pairs

local function dict_getitem(d, k)
  local v = dict_get(d, k)
  if v ~= nil then return v end
  -- (an item box's inner dict knows its instance: its class may have __missing__)
  local o = dmeta(d).box or d
  local C = typeof(o)
  if C ~= R.dict then
    local miss = C.L[":__missing__"]
    if miss then return miss(o, k) end
  end
  local e = R.new_exc("KeyError", k)
  error(e, 0)
end

local function mkdict(...)
  local d = new_dict()
  local n = select("#", ...)
  for i = 1, n, 2 do
    local k, v = select(i, ...)
    dict_set(d, k, v)
  end
  return d
end
R.mkdict = mkdict
R.newdict = new_dict
-- list() and set() with no argument (the emitter calls these directly)
function R.newlist() return setmetatable({n = 0}, LIST_M) end
-- list(x), tuple(x) and set(x) where the name is the builtin
function R.call_list(x) return R.list.native_new(R.list, x) end
function R.call_tuple(x) return R.tuple.native_new(R.tuple, x) end
function R.call_set(x) return R.set.native_new(R.set, x) end

-- A dict display whose keys are distinct str/int constants (the emitter
-- checked): t holds the items, keys their order.
function R.dictlit(t, keys, n)
  t[META] = {keys = keys, n = n, top = n}
  return setmetatable(t, DICT_M)
end

local function dict_update(d, other)
  if other == nil or other == None then return end
  if getmetatable(other) == DICT_M or isinstance(other, R.dict) then
    for k, v in dict_pairs(unbox(other)) do d[k] = v end
    return
  end
  local keysf = typeof(other).L[":keys"]
  if keysf then
    for _, k in R.iter(keysf(other)) do d[k] = R.getitem(other, k) end
    return
  end
  local i = 0
  for _, item in R.iter(other) do
    local mt = getmetatable(item)
    local n, k, v
    if mt == TUPLE_M or mt == LIST_M then
      n, k, v = item.n, item[0], item[1] -- (a pair, mostly)
    else
      local L = type(item) ~= "string" and typeof(item).L
      if L and not L[":__iter__"] and not L[":__getitem__"] then
        raise("TypeError", "cannot convert dictionary update sequence element #%d to a sequence", i)
      end
      local a
      a, n = iter_to_array(item)
      k, v = a[1], a[2]
    end
    if n ~= 2 then
      raise("ValueError", "dictionary update sequence element #%d has length %d; 2 is required", i, n)
    end
    d[k] = v
    i = i + 1
  end
end
R.dict_update = dict_update

-- big dict displays: {k1, v1, k2, v2, ...} as one array
function R.mkdictv(a)
  local d = new_dict()
  for i = 1, #a, 2 do dict_set(d, a[i], a[i + 1]) end
  return d
end

-- {**a, k: v}: pairs (false, k, v) and spreads (true, mapping)
function R.mkdictx(...)
  local d = new_dict()
  local n = select("#", ...)
  local i = 1
  while i <= n do
    local spread = select(i, ...)
    if spread then
      dict_update(d, (select(i + 1, ...)))
      i = i + 2
    else
      local k, v = select(i + 1, ...)
      d[k] = v
      i = i + 3
    end
  end
  return d
end

-- The keywords of a call with **spreads, as mkdictx but a name given
-- twice is remembered in R.kwdup for R.scall (which knows the callee) to
-- report; scall runs right after this, as its last argument.
function R.mkkwargs(...)
  local d = new_dict()
  local n = select("#", ...)
  local i = 1
  local function put(k, v)
    if d[k] ~= nil and R.kwdup == nil then R.kwdup = k end
    d[k] = v
  end
  while i <= n do
    if select(i, ...) then
      local m = select(i + 1, ...)
      if getmetatable(m) ~= DICT_M then
        if not typeof(m).L[":keys"] then
          raise_type("TypeError", "argument after ** must be a mapping, not %s", R.tname(m))
        end
        local copy = new_dict()
        dict_update(copy, m)
        m = copy
      end
      for k, v in dict_pairs(m) do put(k, v) end
      i = i + 2
    else
      local k, v = select(i + 1, ...)
      put(k, v)
      i = i + 3
    end
  end
  return d
end

local c_dict_repr = R.c.dict_repr
local dict_repr
dict_repr = function(d, seen)
  local m = dmeta(d)
  if m.n == 0 then return "{}" end
  if m.keys then
    local plain = c_dict_repr(d, m.keys, m.top, TOMB)
    if plain then return "{" .. plain .. "}" end
  end
  if not seen then
    if next(REPR_ACTIVE) == nil then return repr_outer(dict_repr, d, REPR_ACTIVE) end
    seen = REPR_ACTIVE
  end
  if seen[d] then return "{...}" end
  seen[d] = true
  local parts = {}
  for k, v in dict_pairs(d) do parts[#parts + 1] = R.repr(k, seen) .. ": " .. R.repr(v, seen) end
  seen[d] = nil
  return "{" .. concat(parts, ", ") .. "}"
end

-- views
local KEYS_M, VALUES_M, ITEMS_M

local dict_methods = {
  -- in C for plain keys, with this fallback for canonicalized ones
  get = R.c.make_dict_get(function(d, k, default)
    local v = dict_get(d, k)
    if v ~= nil then return v end
    if default == nil then return None end
    return default
  end),
  keys = function(d) return setmetatable({d = d}, KEYS_M) end,
  values = function(d) return setmetatable({d = d}, VALUES_M) end,
  items = function(d) return setmetatable({d = d}, ITEMS_M) end,
  pop = function(d, k, default)
    local v = dict_get(d, k)
    if v ~= nil then dict_del(d, k); return v end
    if default ~= nil then return default end
    error(R.new_exc("KeyError", k), 0)
  end,
  popitem = function(d)
    local m = dmeta(d)
    for i = m.top, 1, -1 do
      local k = m.keys[i]
      if k ~= TOMB and k ~= nil then
        local v = dict_get(d, k)
        dict_del(d, k)
        m.top = i - 1
        return R.tuple_from_array({k, v}, 2)
      end
    end
    raise("KeyError", "popitem(): dictionary is empty")
  end,
  setdefault = function(d, k, default)
    if k == nil then raise("TypeError", "setdefault expected at least 1 argument, got 0") end
    local v = dict_get(d, k)
    if v ~= nil then return v end
    if default == nil then default = None end
    d[k] = default
    return default
  end,
  update = function(d, other)
    local kw = R.takekw()
    dict_update(d, other)
    if kw then for _, name in ipairs(kw[R.KWMARK]) do d[name] = kw[name] end end
    return None
  end,
  copy = function(d)
    local m = dmeta(d)
    if m.top == m.n and m.n > 0 and getmetatable(d) == DICT_M then
      -- a plain dict with no deleted keys: its raw entries and order array
      local n = m.n
      local r = C_newtable(0, n + 1)
      for ck, v in next, d do r[ck] = v end
      r[META] = {n = n, top = n, keys = table.move(m.keys, 1, n, 1, C_newtable(n, 0))}
      return setmetatable(r, DICT_M)
    end
    local r = new_dict()
    for k, v in dict_pairs(d) do dict_set(r, k, v) end
    return r
  end,
  clear = function(d)
    local m = dmeta(d)
    for k in pairs(d) do if k ~= META then rawset(d, k, nil) end end
    m.keys, m.n, m.top, m.pos, m.ntomb = {}, 0, 0, nil, 0
    m.version = (m.version or 0) + 1
    return None
  end,
  __getitem__ = dict_getitem,
  __setitem__ = function(d, k, v) dict_set(d, k, v); return None end,
  __delitem__ = function(d, k)
    if not dict_del(d, k) then error(R.new_exc("KeyError", k), 0) end
    return None
  end,
  __len__ = function(d) return dmeta(d).n end,
  __contains__ = function(d, k) return dict_get(d, k) ~= nil end,
  __reversed__ = function(d)
    local keys = {}
    for k in dict_pairs(d) do keys[#keys + 1] = k end
    local i = #keys + 1
    return R.make_iterator(function() i = i - 1; if i < 1 then return nil end return true, keys[i] end)
  end,
  __iter__ = function(d)
    local f = dict_pairs(d)
    return R.make_iterator(function() local k = f(); if k == nil then return nil end return true, k end)
  end,
  __eq__ = function(a, b)
    if not isinstance(b, R.dict) then return NotImplemented end
    b = unbox(b)
    if dmeta(a).n ~= dmeta(b).n then return false end
    for k, v in dict_pairs(a) do
      local w = dict_get(b, k)
      if w == nil or not (rawequal(v, w) or R.eq(v, w)) then return false end
    end
    return true
  end,
  __or__ = function(a, b)
    if not isinstance(b, R.dict) then return NotImplemented end
    b = unbox(b)
    local r = new_dict()
    for k, v in dict_pairs(a) do dict_set(r, k, v) end
    for k, v in dict_pairs(b) do r[k] = v end
    return r
  end,
  __ior__ = function(a, b) dict_update(a, b); return a end,
  __repr__ = dict_repr,
  __hash__ = None,
}
dict_methods.fromkeys = setmetatable({f = function(C, keys, v)
  local d = C()
  if v == nil then v = None end
  for _, k in R.iter(keys) do d[k] = v end
  return d
end}, R.CLASSM_MT)

R.dict = R.builtin_type("dict", nil, dict_methods, {noattrs = true, table_index = true, str_items = true})
DICT_M = R.dict.M
R.DICT_M = DICT_M
R.dict.native_new = function(C, other)
  local kw = R.takekw()
  local d = setmetatable({[META] = {n = 0, top = 0}}, C == R.dict and DICT_M or C.M)
  -- a subclass is filled by its __init__, which type.__call__ runs next
  if C ~= R.dict and C.L[":__init__"] ~= dict_methods.__init__ then return d end
  dict_update(d, other)
  if kw then for _, name in ipairs(kw[R.KWMARK]) do d[name] = kw[name] end end
  return d
end
dict_methods.__init__ = function(d, other)
  local kw = R.takekw()
  dict_update(d, other)
  if kw then for _, name in ipairs(kw[R.KWMARK]) do d[name] = kw[name] end end
  return None
end
R.dict.own.__init__ = dict_methods.__init__
R.rebuild_lookup(R.dict)

-- list and dict methods work on an item box's inner container (object.lua)
for _, C in ipairs({R.list, R.dict}) do
  rawset(C, "itemtype", true)
  for _, v in pairs(C.own) do if type(v) == "function" then R.CONTFUNCS[v] = true end end
end

-- keys and items views compare equal to a set-like of the same members
local function view_eq(a, b)
  local mt = getmetatable(b)
  if mt ~= KEYS_M and mt ~= ITEMS_M and not isinstance(b, R.set) and not isinstance(b, R.frozenset) then
    return NotImplemented
  end
  return R.eq(R.set_of_iter(a), R.set_of_iter(b))
end

local function view_type(name, iterf, methods)
  methods = methods or {}
  methods.__len__ = function(v) return dmeta(v.d).n end
  methods.__iter__ = function(v) return R.make_iterator(iterf(v.d)) end
  methods.__repr__ = function(v)
    local parts = {}
    for _, x in R.iter(v) do parts[#parts + 1] = R.repr(x) end
    return name .. "([" .. concat(parts, ", ") .. "])"
  end
  local C = R.builtin_type(name, nil, methods, {noattrs = true})
  return C.M
end
-- The set operations of keys and items views: with any iterable, giving
-- sets (CPython's collections.abc.Set mixins on dict views)
local function setlike_methods(t)
  local function S(x) return R.set_of_iter(x) end
  local function other_ok(b) return R.B.hasattr(b, "__iter__") end
  t.__sub__ = function(a, b) if not other_ok(b) then return NotImplemented end return S(a) - S(b) end
  t.__rsub__ = function(a, b) if not other_ok(b) then return NotImplemented end return S(b) - S(a) end
  t.__and__ = function(a, b) if not other_ok(b) then return NotImplemented end return S(a) & S(b) end
  t.__rand__ = function(a, b) if not other_ok(b) then return NotImplemented end return S(b) & S(a) end
  t.__or__ = function(a, b) if not other_ok(b) then return NotImplemented end return S(a) | S(b) end
  t.__ror__ = function(a, b) if not other_ok(b) then return NotImplemented end return S(b) | S(a) end
  t.__xor__ = function(a, b) if not other_ok(b) then return NotImplemented end return S(a) ~ S(b) end
  t.__rxor__ = function(a, b) if not other_ok(b) then return NotImplemented end return S(b) ~ S(a) end
  local function cmp(op)
    return function(a, b)
      local mt = getmetatable(b)
      if mt ~= KEYS_M and mt ~= ITEMS_M and not isinstance(b, R.set) and not isinstance(b, R.frozenset) then
        return NotImplemented
      end
      return op(S(a), S(b))
    end
  end
  t.__le__ = cmp(function(x, y) return x <= y end)
  t.__lt__ = cmp(function(x, y) return x < y end)
  t.__ge__ = cmp(function(x, y) return y <= x end)
  t.__gt__ = cmp(function(x, y) return y < x end)
  t.isdisjoint = function(a, b)
    for _, x in R.iter(b) do
      if R.contains(x, a) then return false end
    end
    return true
  end
  t.__eq__ = function(a, b) return view_eq(a, b) end
  return t
end

KEYS_M = view_type("dict_keys", function(d)
  local f = dict_pairs(d)
  return function() local k = f(); if k == nil then return nil end return true, k end
end, setlike_methods({
  __contains__ = function(v, k) return dict_get(v.d, k) ~= nil end,
}))
VALUES_M = view_type("dict_values", function(d)
  local f = dict_pairs(d)
  return function() local k, v = f(); if k == nil then return nil end return true, v end
end)
ITEMS_M = view_type("dict_items", function(d)
  local f = dict_pairs(d)
  return function() local k, v = f(); if k == nil then return nil end return true, R.tuple_from_array({k, v}, 2) end
end, setlike_methods({
  __contains__ = function(v, kv)
    local a, n = iter_to_array(kv)
    if n ~= 2 then return false end
    local w = dict_get(v.d, a[1])
    return w ~= nil and R.eq(w, a[2])
  end,
}))
R.KEYS_M, R.VALUES_M, R.ITEMS_M = KEYS_M, VALUES_M, ITEMS_M

-- ---------------------------------------------------------------------
-- set / frozenset: elements are raw keys -> true

local SET_M, FROZENSET_M

local iorder_add -- (below: keeps a set's simulated CPython table in step)
local function set_add(s, x)
  local ck = key_of(x)
  if rawget(s, ck) == nil then
    local m = dmeta(s)
    m.n = m.n + 1
    m.top = m.top + 1
    order_of(m)[m.top] = (type(x) == "number" and x == x) and ck or x
    if m.pos then m.pos[ck] = m.top end
    m.version = (m.version or 0) + 1
    rawset(s, ck, true)
    local c = m.iorder
    if c then iorder_add(m, c, x) end
  end
  return None
end
R.setadd = set_add

local function set_has(s, x)
  if rawget(s, x) ~= nil and type(x) ~= "boolean" then return true end
  if type(x) == "table" then
    local mt = getmetatable(x)
    if mt == LIST_M or mt == DICT_M or mt == SET_M then
      -- unhashable: set membership of a set tests the frozenset
      if mt == SET_M then return rawget(s, canon(R.frozenset(x))) ~= nil end
      return false
    end
  end
  return rawget(s, key_of(x)) ~= nil
end

-- CPython iterates a set in hash-table slot order; for ints (hash(i) == i)
-- that is ascending order for small values. Sets whose keys all have the
-- hash CPython gives them in every run (ints, floats, tuples and
-- frozensets of such) iterate in the order CPython's table would hold
-- them after inserting the current keys in insertion order (deletions are
-- not replayed). Other sets (str hashes are randomized in CPython) keep
-- insertion order.
local MODP = (1 << 61) - 1
-- CPython's hash of an int: the value modulo 2**61 - 1, the sign kept
-- (hash() of an int too: R.hash)
local function hash_int(v)
  if v >= 0 then return v < MODP and v or v % MODP end
  if v > -MODP then return v == -1 and -2 or v end
  if v == math.mininteger then return -4 end -- (2**63 mod P; its negation overflows)
  local h = -((-v) % MODP)
  return h == -1 and -2 or h
end
R.hash_int = hash_int

-- The hash CPython gives a key of a simulated table (see simulable)
local function int_hash(v)
  if v == true then return 1 elseif v == false then return 0 end
  if mtype(v) == "integer" then return hash_int(v) end
  if type(v) == "number" then return R.hash(v) end
  return R.B.hash(v) -- (a tuple or frozenset)
end

local SIM_MAX = 20000

-- Can the simulated table hold k (beyond ints and bools)? Its hash must be
-- CPython's own in every run: a float, or a tuple or frozenset of such.
local simulable
local function simulable_item(x) return mtype(x) == "integer" or type(x) == "boolean" or simulable(x) end
simulable = function(k)
  local t = type(k)
  if t == "number" then return k == k end
  if t ~= "table" then return false end
  local mt = getmetatable(k)
  if mt == TUPLE_M then
    for i = 0, k.n - 1 do
      if not simulable_item(k[i]) then return false end
    end
    return true
  end
  if R.frozenset and mt == R.frozenset.M then
    for x in R.iter(k) do
      if not simulable_item(x) then return false end
    end
    return true
  end
  return false
end

local function insert_clean(tab, mask, key, h)
  local perturb, i = h, h & mask
  while true do
    if tab[i] == nil then tab[i] = key; return end
    if i + 9 <= mask then
      for j = 1, 9 do
        if tab[i + j] == nil then tab[i + j] = key; return end
      end
    end
    perturb = perturb >> 5
    i = (i * 5 + 1 + perturb) & mask
  end
end

-- A simulated CPython set table of ints: tab (slot -> key or DUMMY), mask,
-- fill (keys and dummies), used (keys).
local DUMMY = {}
local function ct_resize(ct, minused)
  local size = 8
  while size <= minused do size = size << 1 end
  local nt = {}
  for i = 0, ct.mask do
    local v = ct.tab[i]
    if v ~= nil and v ~= DUMMY then
      local h = ct.hs and ct.hs[v] or int_hash(v)
      insert_clean(nt, size - 1, v, h)
    end
  end
  ct.tab, ct.mask, ct.fill = nt, size - 1, ct.used
end

-- set_add_entry for a key known to be absent (a dummy on the way is reused)
local function ct_add(ct, key)
  local tab, mask = ct.tab, ct.mask
  local h = int_hash(key)
  if type(key) == "table" then
    -- (a tuple's hash is kept for the resizes to come)
    local hs = ct.hs
    if not hs then hs = {}; ct.hs = hs end
    hs[key] = h
  end
  local perturb, i, free = h, h & mask, nil
  while true do
    local probes = i + 9 <= mask and 9 or 0
    for j = i, i + probes do
      local v = tab[j]
      if v == nil then
        if free then tab[free] = key; ct.used = ct.used + 1; return end
        tab[j] = key
        ct.fill, ct.used = ct.fill + 1, ct.used + 1
        if ct.fill * 5 >= mask * 3 then ct_resize(ct, ct.used > 50000 and ct.used * 2 or ct.used * 4) end
        return
      elseif v == DUMMY and not free then
        free = j
      end
    end
    perturb = perturb >> 5
    i = (i * 5 + 1 + perturb) & mask
  end
end

local function ct_new() return {tab = {}, mask = 7, fill = 0, used = 0} end

-- set_merge(ct, o); has(k) tells whether ct already holds k
local function ct_merge(ct, o, has)
  if o.used == 0 then return end
  if (ct.fill + o.used) * 5 >= ct.mask * 3 then ct_resize(ct, (ct.used + o.used) * 2) end
  if ct.fill == 0 and ct.mask == o.mask and o.fill == o.used then
    for i = 0, o.mask do ct.tab[i] = o.tab[i] end
    ct.fill, ct.used = o.used, o.used
    return
  end
  if ct.fill == 0 then
    for i = 0, o.mask do
      local v = o.tab[i]
      if v ~= nil and v ~= DUMMY then insert_clean(ct.tab, ct.mask, v, int_hash(v)) end
    end
    ct.fill, ct.used = o.used, o.used
    return
  end
  for i = 0, o.mask do
    local v = o.tab[i]
    if v ~= nil and v ~= DUMMY and not has(v) then ct_add(ct, v) end
  end
end

local function ct_order(ct)
  local out, j = {}, 0
  for i = 0, ct.mask do
    local v = ct.tab[i]
    if v ~= nil and v ~= DUMMY then j = j + 1; out[j] = v end
  end
  return out
end

-- The table size after adding n distinct keys to an empty set.
local function grown_size(n)
  local size, fill = 8, 0
  for _ = 1, n do
    fill = fill + 1
    if fill * 5 >= (size - 1) * 3 then
      size = 8
      local minused = fill > 50000 and fill * 2 or fill * 4
      while size <= minused do size = size << 1 end
    end
  end
  return size
end

local function ct_of_keys(keys, n)
  -- keys that all fit the final table sit in their own slots: ascending
  local lo, hi = math.maxinteger, math.mininteger
  for k = 1, n do
    local v = keys[k]
    if v == true then v = 1 elseif v == false then v = 0 end
    if mtype(v) ~= "integer" then lo = -1; break end -- (a float, tuple: no direct slots)
    if v < lo then lo = v end
    if v > hi then hi = v end
  end
  if n > 0 and lo >= 0 and hi < 8 or n > 0 and lo >= 0 and hi < grown_size(n) then
    local size = grown_size(n)
    local tab = {}
    for k = 1, n do local v = keys[k]; tab[v == true and 1 or v == false and 0 or v] = keys[k] end
    return {tab = tab, mask = size - 1, fill = n, used = n}
  end
  local ct = ct_new()
  for k = 1, n do ct_add(ct, keys[k]) end
  return ct
end

-- The cached CPython order of an all-int set ({keys = order, ct = table}),
-- or nil. A stale cache is rebuilt by adding the keys in insertion order.
local function int_order(s, m)
  local c = m.iorder
  if c and c.v == m.version and c.top == m.top then
    if c.keys == nil then c.keys, c.start = ct_order(c.ct), 1 end -- (after adds: see iorder_add)
    return c.keys and c
  end
  local keys, n = {}, 0
  local lo, hi = 0, 0
  for i = 1, m.top do
    local k = m.keys[i]
    if k ~= TOMB and k ~= nil and rawget(s, key_of(k)) ~= nil then
      if mtype(k) ~= "integer" then
        -- (floats and tuples only in sets up to SIM_MAX: their hashes cost)
        if type(k) ~= "boolean" and (m.n > SIM_MAX or not simulable(k)) then
          m.iorder = {v = m.version, top = m.top, keys = false}
          return nil
        end
        lo = -1 -- no fast path for bools, floats, tuples
      end
      n = n + 1
      keys[n] = k
      if lo >= 0 then
        if k < 0 then lo = -1 elseif k > hi then hi = k end
      end
    end
  end
  if lo >= 0 and (hi < 8 or hi < grown_size(n)) and m.display ~= m.version then
    -- every key sits in its own slot of the final table: ascending order;
    -- the table itself is built only if a set operation needs it
    table.sort(keys)
    c = {v = m.version, top = m.top, keys = keys, start = 1}
    m.iorder = c
    return c
  end
  local ct
  if m.display == m.version then
    -- a display of constants, unchanged since it was built: CPython merges
    -- a frozenset constant (which the compiler built twice) into an empty set
    local f = ct_of_keys(ct_order(ct_of_keys(keys, n)), n)
    ct = ct_new()
    ct_merge(ct, f)
  else
    ct = ct_of_keys(keys, n)
  end
  c = {v = m.version, top = m.top, keys = ct_order(ct), start = 1, ct = ct}
  m.iorder = c
  return c
end

-- The simulated table of a cached order (built on demand for the
-- ascending fast path of int_order).
local function ct_of(c)
  if not c.ct then
    local tab, n = {}, 0
    for i = c.start, #c.keys do local v = c.keys[i]; tab[v] = v; n = n + 1 end
    c.ct = {tab = tab, mask = grown_size(#c.keys) - 1, fill = n, used = n}
  end
  return c.ct
end

-- An int added to a set whose CPython table is known goes into that table
-- as CPython's set_add does (rebuilding from the insertion order would lose
-- where a copy or a merge put the keys); the order is worked out again on
-- the next iteration. Anything else leaves the cache stale.
iorder_add = function(m, c, x)
  if c.keys == false or c.v ~= m.version - 1 or c.top ~= m.top - 1 then return end
  if not (mtype(x) == "integer" or type(x) == "boolean" or m.n <= SIM_MAX and simulable(x)) then
    c.keys = false -- (no simulated order from now on: insertion order)
    return
  end
  if c.keys ~= nil and c.start ~= 1 then
    -- (pop() took keys off the front of the order without a table)
    if not c.ct then return end
  end
  local ct = ct_of(c)
  ct_add(ct, x)
  c.keys, c.v, c.top = nil, m.version, m.top
end

-- Give set r (just built) the table ct, when r holds only ints.
local function set_ct(r, ct)
  local m = dmeta(r)
  m.iorder = {v = m.version, top = m.top, keys = ct_order(ct), start = 1, ct = ct}
end

local function set_keys(s)
  local m = dmeta(s)
  local c = int_order(s, m)
  if c then
    local ord, i = c.keys, c.start - 1
    return function() i = i + 1; return ord[i] end
  end
  local i = 0
  return function()
    while true do
      i = i + 1
      if i > m.top then return nil end
      local k = m.keys[i]
      if k ~= TOMB and k ~= nil and rawget(s, key_of(k)) ~= nil then return k end
    end
  end
end
R.set_keys = set_keys

local function new_set(mt) return setmetatable({[META] = {n = 0, top = 0}}, mt or SET_M) end
R.newset = function() return new_set(SET_M) end

-- A display of constants: CPython merges a frozenset constant into an
-- empty set (set_merge: one resize up front, then slot-order inserts).
function R.mksetc(...)
  local s = R.mkset(...)
  local m = dmeta(s)
  m.display = m.version -- ordered on first iteration (see int_order)
  return s
end

function R.mkset(...)
  local s = new_set()
  for i = 1, select("#", ...) do set_add(s, (select(i, ...))) end
  return s
end
function R.setfromlist(l)
  local s = new_set()
  for i = 0, l.n - 1 do set_add(s, l[i]) end
  return s
end
-- set(other_set) merges the other table into an empty one, as CPython does.
local function merge_order(s, src)
  local sm = getmetatable(src)
  if sm ~= SET_M and sm ~= FROZENSET_M then return end
  local c = int_order(src, dmeta(src))
  if c then
    local ct = ct_new()
    ct_merge(ct, ct_of(c))
    set_ct(s, ct)
  end
end

local function set_of_iter(it, mt)
  local s = new_set(mt)
  for _, x in R.iter(it) do set_add(s, x) end
  merge_order(s, it)
  return s
end
R.set_of_iter = set_of_iter

local function set_remove(s, x)
  local ck = key_of(x)
  if rawget(s, ck) == nil then return false end
  rawset(s, ck, nil)
  local m = dmeta(s)
  m.n = m.n - 1
  m.version = (m.version or 0) + 1
  if not m.pos then
    m.pos = {}
    for i = 1, m.top do local k = m.keys[i]; if k ~= TOMB then m.pos[key_of(k)] = i end end
  end
  local i = m.pos[ck]
  if i then m.keys[i] = TOMB; m.pos[ck] = nil end
  m.ntomb = (m.ntomb or 0) + 1
  if m.ntomb > 32 and m.ntomb > m.n then
    -- mostly dead slots (a set that keeps gaining and losing members, like
    -- a set of running tasks): compact the order
    local keys, pos, nk, j = m.keys, m.pos, {}, 0
    for q = 1, m.top do
      local kk = keys[q]
      if kk ~= TOMB then j = j + 1; nk[j] = kk; pos[key_of(kk)] = j end
    end
    m.keys, m.top, m.ntomb = nk, j, 0
  end
  -- CPython leaves a dummy: the others keep their order (small sets only)
  local c = m.iorder
  if c and c.keys and c.v == m.version - 1 and c.top == m.top then
    local ks = c.keys
    local small = #ks <= 64
    if key_of(ks[c.start]) == ck then
      c.start = c.start + 1 -- pop() takes the first
    elseif small then
      for j = c.start, #ks do
        if key_of(ks[j]) == ck then table.remove(ks, j); break end
      end
    end
    if (small or ks[c.start - 1] == x) and not c.ct then
      c.v = m.version -- the table is derived from the order when needed
    elseif small or ks[c.start - 1] == x then
      local ct = c.ct
      for j = 0, ct.mask do
        if ct.tab[j] ~= nil and ct.tab[j] ~= DUMMY and key_of(ct.tab[j]) == ck then ct.tab[j] = DUMMY; break end
      end
      ct.used = ct.used - 1
      c.v = m.version
    end
  end
  return true
end

local function is_setlike(x) return isinstance(x, R.set) or isinstance(x, R.frozenset) end

local function result_mt(a) return getmetatable(a) == FROZENSET_M and FROZENSET_M or SET_M end

local set_methods = {
  add = set_add,
  discard = function(s, x) set_remove(s, x); return None end,
  remove = function(s, x)
    if not set_remove(s, x) then error(R.new_exc("KeyError", x), 0) end
    return None
  end,
  pop = function(s)
    for k in set_keys(s) do set_remove(s, k); return k end
    raise("KeyError", "pop from an empty set")
  end,
  clear = function(s)
    for k in pairs(s) do if k ~= META then rawset(s, k, nil) end end
    local m = dmeta(s)
    m.keys, m.n, m.top, m.pos, m.iorder, m.ntomb = {}, 0, 0, nil, nil, 0
    return None
  end,
  copy = function(s) local r = new_set(getmetatable(s)); for k in set_keys(s) do set_add(r, k) end merge_order(r, s) return r end,
  update = function(s, ...)
    local n = select("#", ...)
    local o = n == 1 and (select(1, ...))
    if o and is_setlike(o) then
      -- CPython merges the other set's table into this one (set_merge:
      -- one resize up front, then the other's keys in slot order)
      local ca = int_order(s, dmeta(s))
      local cb = ca and int_order(o, dmeta(o))
      if cb then
        local a = ct_of(ca)
        local ct = {tab = table.move(a.tab, 0, a.mask, 0, {}), mask = a.mask, fill = a.fill, used = a.used}
        ct_merge(ct, ct_of(cb), function(k) return set_has(s, k) end)
        for k in set_keys(o) do set_add(s, k) end
        set_ct(s, ct)
        return None
      end
    end
    for i = 1, n do for _, x in R.iter((select(i, ...))) do set_add(s, x) end end
    return None
  end,
  union = function(s, ...)
    local r = new_set(result_mt(s))
    for k in set_keys(s) do set_add(r, k) end
    for i = 1, select("#", ...) do for _, x in R.iter((select(i, ...))) do set_add(r, x) end end
    -- CPython copies s (one resize up front), then merges the other set
    local o = select("#", ...) == 1 and (select(1, ...))
    local ca = int_order(s, dmeta(s))
    local cb = o and is_setlike(o) and int_order(o, dmeta(o))
    if ca and cb then
      local ct = ct_new()
      ct_merge(ct, ct_of(ca))
      ct_merge(ct, ct_of(cb), function(k) return set_has(s, k) end)
      set_ct(r, ct)
    elseif ca and select("#", ...) == 0 then
      local ct = ct_new()
      ct_merge(ct, ct_of(ca))
      set_ct(r, ct)
    end
    return r
  end,
  intersection = function(s, ...)
    local r = new_set(result_mt(s))
    for k in set_keys(s) do set_add(r, k) end
    for i = 1, select("#", ...) do
      local o = select(i, ...)
      if not is_setlike(o) then o = set_of_iter(o) end
      local r2 = new_set(result_mt(s))
      -- CPython walks the smaller set (the other one when sizes tie)
      local a, b = r, o
      if dmeta(o).n <= dmeta(r).n then a, b = o, r end
      for k in set_keys(a) do if set_has(b, k) then set_add(r2, k) end end
      r = r2
    end
    return r
  end,
  difference = function(s, ...)
    local r = new_set(result_mt(s))
    for k in set_keys(s) do set_add(r, k) end
    for i = 1, select("#", ...) do for _, x in R.iter((select(i, ...))) do set_remove(r, x) end end
    -- a much smaller other set: CPython copies s, then common keys become dummies
    local o = select("#", ...) == 1 and (select(1, ...))
    local ca = o and is_setlike(o) and (dmeta(s).n >> 2) > dmeta(o).n and int_order(s, dmeta(s))
    if ca then
      local ct = ct_new()
      ct_merge(ct, ct_of(ca))
      for k in set_keys(o) do
        if set_has(s, k) then
          for j = 0, ct.mask do
            if ct.tab[j] ~= DUMMY and ct.tab[j] ~= nil and key_of(ct.tab[j]) == key_of(k) then ct.tab[j] = DUMMY; break end
          end
          ct.used = ct.used - 1
        end
      end
      set_ct(r, ct)
    end
    return r
  end,
  symmetric_difference = function(s, o)
    o = set_of_iter(o)
    local r = new_set(result_mt(s))
    for k in set_keys(s) do if not set_has(o, k) then set_add(r, k) end end
    for k in set_keys(o) do if not set_has(s, k) then set_add(r, k) end end
    -- CPython copies o, then walks s: common keys become dummies
    local ca, cb = int_order(s, dmeta(s)), int_order(o, dmeta(o))
    if ca and cb then
      local ct = ct_new()
      ct_merge(ct, ct_of(cb))
      for i = ca.start or 1, #ca.keys do -- (keys before start were popped or discarded)
        local k = ca.keys[i]
        if set_has(o, k) then
          for j = 0, ct.mask do
            if ct.tab[j] ~= DUMMY and ct.tab[j] ~= nil and key_of(ct.tab[j]) == key_of(k) then ct.tab[j] = DUMMY; break end
          end
          ct.used = ct.used - 1
        else
          ct_add(ct, k)
        end
      end
      set_ct(r, ct)
    end
    return r
  end,
  issubset = function(s, o)
    o = is_setlike(o) and o or set_of_iter(o)
    for k in set_keys(s) do if not set_has(o, k) then return false end end
    return true
  end,
  issuperset = function(s, o)
    for _, k in R.iter(o) do if not set_has(s, k) then return false end end
    return true
  end,
  isdisjoint = function(s, o)
    for _, k in R.iter(o) do if set_has(s, k) then return false end end
    return true
  end,
  __len__ = function(s) return dmeta(s).n end,
  __contains__ = set_has,
  __iter__ = function(s)
    local f = set_keys(s)
    local m = dmeta(s)
    local n0 = m.n
    return R.make_iterator(function()
      if m.n ~= n0 then raise("RuntimeError", "Set changed size during iteration") end
      local k = f(); if k == nil then return nil end return true, k
    end)
  end,
  __eq__ = function(a, b)
    if not is_setlike(b) then return NotImplemented end
    if dmeta(a).n ~= dmeta(b).n then return false end
    for k in set_keys(a) do if not set_has(b, k) then return false end end
    return true
  end,
  __repr__ = function(s, seen)
    local m = dmeta(s)
    local name = typeof(s).name
    if m.n == 0 then return name .. "()" end
    local parts = {}
    for k in set_keys(s) do parts[#parts + 1] = R.repr(k, seen) end
    local body = "{" .. concat(parts, ", ") .. "}"
    if name == "set" then return body end
    return name .. "(" .. body .. ")"
  end,
  __hash__ = None,
}
set_methods.__or__ = function(a, b) if not is_setlike(b) then return NotImplemented end return set_methods.union(a, b) end
set_methods.__and__ = function(a, b) if not is_setlike(b) then return NotImplemented end return set_methods.intersection(a, b) end
set_methods.__sub__ = function(a, b) if not is_setlike(b) then return NotImplemented end return set_methods.difference(a, b) end
set_methods.__xor__ = function(a, b) if not is_setlike(b) then return NotImplemented end return set_methods.symmetric_difference(a, b) end
set_methods.__ior__ = function(a, b) set_methods.update(a, b); return a end
set_methods.__iand__ = function(a, b)
  local keep = set_methods.intersection(a, b)
  set_methods.clear(a)
  for k in set_keys(keep) do set_add(a, k) end
  return a
end
set_methods.__isub__ = function(a, b) for _, x in R.iter(b) do set_remove(a, x) end return a end
set_methods.__ixor__ = function(a, b)
  local r = set_methods.symmetric_difference(a, b)
  set_methods.clear(a)
  for k in set_keys(r) do set_add(a, k) end
  return a
end
set_methods.__le__ = function(a, b) if not is_setlike(b) then return NotImplemented end return set_methods.issubset(a, b) end
set_methods.__lt__ = function(a, b) if not is_setlike(b) then return NotImplemented end return dmeta(a).n < dmeta(b).n and set_methods.issubset(a, b) end
set_methods.__ge__ = function(a, b) if not is_setlike(b) then return NotImplemented end return set_methods.issuperset(a, b) end
set_methods.__gt__ = function(a, b) if not is_setlike(b) then return NotImplemented end return dmeta(a).n > dmeta(b).n and set_methods.issuperset(a, b) end
set_methods.difference_update = function(s, ...) for i = 1, select("#", ...) do for _, x in R.iter((select(i, ...))) do set_remove(s, x) end end return None end
set_methods.symmetric_difference_update = function(s, o)
  -- (o is read once, first: an iterator may be given)
  local other = set_of_iter(o)
  for k in set_keys(other) do
    if set_has(s, k) then set_remove(s, k) else set_add(s, k) end
  end
  return None
end
set_methods.intersection_update = function(s, ...) local r = set_methods.intersection(s, ...); set_methods.clear(s); for k in set_keys(r) do set_add(s, k) end return None end

R.set = R.builtin_type("set", nil, set_methods, {noattrs = true, table_index = true})
SET_M = R.set.M
R.SET_M = SET_M
R.set.native_new = function(C, it)
  local s = new_set(C == R.set and SET_M or C.M)
  if it ~= nil then
    for _, x in R.iter(it) do set_add(s, x) end
    merge_order(s, it)
  end
  return s
end

local fs_methods = {}
for _, k in ipairs({"copy", "union", "intersection", "difference", "symmetric_difference", "issubset",
                    "issuperset", "isdisjoint", "__len__", "__contains__", "__iter__", "__eq__", "__repr__",
                    "__or__", "__and__", "__sub__", "__xor__", "__le__", "__lt__", "__ge__", "__gt__"}) do
  fs_methods[k] = set_methods[k]
end
-- CPython's frozenset hash: order-independent, from the items' hashes
fs_methods.__hash__ = function(s)
  local h, n = 0, 0
  for k in R.set_keys(s) do
    local e = R.B.hash(k)
    h = h ~ (((e ~ 89869747) ~ (e << 16)) * 3644798167)
    n = n + 1
  end
  h = h ~ ((n + 1) * 1927868237)
  h = h ~ ((h >> 11) ~ (h >> 25))
  h = h * 69069 + 907133923
  if h == -1 then return 590923713 end
  return h
end
R.frozenset = R.builtin_type("frozenset", nil, fs_methods, {noattrs = true, table_index = true})
FROZENSET_M = R.frozenset.M
R.FROZENSET_M = FROZENSET_M
R.frozenset.native_new = function(C, it)
  local s = new_set(C == R.frozenset and FROZENSET_M or C.M)
  if it ~= nil then for _, x in R.iter(it) do set_add(s, x) end end
  return s
end

-- ---------------------------------------------------------------------
-- range and slice

local RANGE_M
-- A read-only attribute of a builtin type's instances, kept in field key.
local function field_prop(key)
  return setmetatable({fget = function(o) return o[key] end, fset = None, fdel = None, doc = None}, R.PROP_MT)
end

local range_methods = {
  __len__ = function(r)
    local n
    if r.step > 0 then n = (r.stop - r.start + r.step - 1) // r.step else n = (r.start - r.stop - r.step - 1) // (-r.step) end
    return n > 0 and n or 0
  end,
  __getitem__ = function(r, i)
    local n = R.len(r)
    if type(i) == "table" and getmetatable(i) == R.SLICE_M then
      local a, b, s = slice_indices(i.start, i.stop, i.step, n)
      return setmetatable({start = r.start + a * r.step, stop = r.start + b * r.step, step = r.step * s}, RANGE_M)
    end
    i = index_of(i, "range")
    if i < 0 then i = i + n end
    if i < 0 or i >= n then raise("IndexError", "range object index out of range") end
    return r.start + i * r.step
  end,
  __iter__ = function(r)
    local i, stop, step = r.start - r.step, r.stop, r.step
    if step > 0 then
      return R.make_iterator(function() i = i + step; if i >= stop then return nil end return true, i end)
    end
    return R.make_iterator(function() i = i + step; if i <= stop then return nil end return true, i end)
  end,
  __contains__ = function(r, x)
    if type(x) == "table" then x = R.unbox(x) elseif type(x) == "boolean" then x = x and 1 or 0 end
    if type(x) ~= "number" then return false end
    if r.step > 0 then
      if x < r.start or x >= r.stop then return false end
    else
      if x > r.start or x <= r.stop then return false end
    end
    return (x - r.start) % r.step == 0
  end,
  __repr__ = function(r)
    if r.step == 1 then return format("range(%d, %d)", r.start, r.stop) end
    return format("range(%d, %d, %d)", r.start, r.stop, r.step)
  end,
  -- equal as sequences: the same length, and start and step where they matter
  __eq__ = function(a, b)
    if getmetatable(b) ~= RANGE_M then return NotImplemented end
    local n = R.len(a)
    if n ~= R.len(b) then return false end
    if n == 0 then return true end
    if a.start ~= b.start then return false end
    return n == 1 or a.step == b.step
  end,
  start = field_prop("start"),
  stop = field_prop("stop"),
  step = field_prop("step"),
  __reversed__ = function(r)
    local n = R.len(r)
    local last = r.start + (n - 1) * r.step
    return R.make_iterator(R.iter(setmetatable({start = last, stop = r.start - r.step, step = -r.step}, RANGE_M)))
  end,
  index = function(r, x)
    if not R.range.L[":__contains__"](r, x) then raise("ValueError", "%s is not in range", R.repr(x)) end
    return (x - r.start) // r.step
  end,
  count = function(r, x) return R.range.L[":__contains__"](r, x) and 1 or 0 end,
}
R.range = R.builtin_type("range", nil, range_methods, {noattrs = true})
RANGE_M = R.range.M
R.RANGE_M = RANGE_M
-- an integer argument other than an index (range bounds, counts)
local function as_int(x)
  local t = type(x)
  if t == "number" and mtype(x) == "integer" then return x end
  if t == "boolean" then return x and 1 or 0 end
  local f = t == "table" and typeof(x).L[":__index__"]
  if f then return f(x) end
  raise("TypeError", "'%s' object cannot be interpreted as an integer", typeof(x).name)
end
R.as_int = as_int
R.range.native_new = function(C, a, b, c)
  if a == nil then raise("TypeError", "range expected at least 1 argument, got 0") end
  local start, stop, step
  if b == nil then start, stop, step = 0, as_int(a), 1
  else start, stop, step = as_int(a), as_int(b), (c == nil and 1 or as_int(c)) end
  if step == 0 then raise("ValueError", "range() arg 3 must not be zero") end
  return setmetatable({start = start, stop = stop, step = step}, RANGE_M)
end
R.range.special_attrs = true


R.ri = R.c.make_ri(as_int)  -- range() bounds: ints pass straight through
function R.rstep(s)
  s = R.ri(s)
  if s == 0 then raise("ValueError", "range() arg 3 must not be zero") end
  return s
end

local SLICE_M
R.slice = R.builtin_type("slice", nil, {
  start = field_prop("start"),
  stop = field_prop("stop"),
  step = field_prop("step"),
  __repr__ = function(s) return format("slice(%s, %s, %s)", R.repr(s.start), R.repr(s.stop), R.repr(s.step)) end,
  indices = function(s, n)
    local a, b, c = slice_indices(s.start, s.stop, s.step, n)
    return R.tuple_from_array({a, b, c}, 3)
  end,
  __eq__ = function(a, b) return getmetatable(b) == SLICE_M and R.eq(a.start, b.start) and R.eq(a.stop, b.stop) and R.eq(a.step, b.step) end,
}, {noattrs = true})
SLICE_M = R.slice.M
R.SLICE_M = SLICE_M
R.slice.native_new = function(C, a, b, c)
  if b == nil then return setmetatable({start = None, stop = a, step = None}, SLICE_M) end
  return setmetatable({start = a, stop = b, step = c == nil and None or c}, SLICE_M)
end
local function mkslice(a, b, c)
  return setmetatable({start = a == nil and None or a, stop = b == nil and None or b, step = c == nil and None or c}, SLICE_M)
end
R.mkslice = mkslice

-- obj[a:b:c]
function R.getslice(o, a, b, c)
  local mt = getmetatable(o)
  if mt == LIST_M or mt == TUPLE_M then
    -- l[i:j] with int (or omitted) bounds: copy the items in C
    if c == nil and (a == nil or mtype(a) == "integer") and (b == nil or mtype(b) == "integer") then
      local n = o.n
      local i, j = a or 0, b or n
      if i < 0 then i = i + n; if i < 0 then i = 0 end elseif i > n then i = n end
      if j < 0 then j = j + n; if j < 0 then j = 0 end elseif j > n then j = n end
      local r = list_move(o, i, j - 1, nil, 0)
      r.n = j > i and j - i or 0
      return setmetatable(r, mt)
    end
    return seq_getitem(o, mkslice(a, b, c))
  end
  if type(o) == "string" then return R.str_slice(o, a, b, c) end
  local gi = typeof(o).L[":__getitem__"]
  if not gi then raise("TypeError", "'%s' object is not subscriptable", typeof(o).name) end
  return gi(o, mkslice(a, b, c))
end

-- A list subclass whose items are its own (not an item box)
local function raw_list(o, mt)
  return mt == LIST_M or (isinstance(o, R.list) and rawget(o, BOXV) == nil)
end

function R.setslice(o, a, b, c, v)
  local mt = getmetatable(o)
  if not raw_list(o, mt) then
    local si = typeof(o).L[":__setitem__"]
    if not si then raise("TypeError", "'%s' object does not support item assignment", typeof(o).name) end
    return si(o, mkslice(a, b, c), v)
  end
  local n = o.n
  local start, stop, step = slice_indices(a, b, c, n)
  local ok, vals, m = pcall(iter_to_array, v)
  if not ok then
    if isinstance(vals, R.EXC.TypeError) and not typeof(v).L[":__iter__"] and not typeof(v).L[":__getitem__"] then
      raise("TypeError", step == 1 and "can only assign an iterable" or "must assign iterable to extended slice")
    end
    error(vals, 0)
  end
  if step == 1 then
    if stop < start then stop = start end
    local removed = stop - start
    local tail = {}
    for i = stop, n - 1 do tail[#tail + 1] = o[i] end
    for i = start, n - 1 do o[i] = nil end
    local k = start
    for i = 1, m do rawset(o, k, vals[i]); k = k + 1 end
    for i = 1, #tail do rawset(o, k, tail[i]); k = k + 1 end
    o.n = k
    return
  end
  local idx = {}
  if step > 0 then for i = start, stop - 1, step do idx[#idx + 1] = i end
  else for i = start, stop + 1, step do idx[#idx + 1] = i end end
  if #idx ~= m then
    raise("ValueError", "attempt to assign sequence of size %d to extended slice of size %d", m, #idx)
  end
  for i = 1, m do o[idx[i]] = vals[i] end
end

function R.delslice(o, a, b, c)
  local mt = getmetatable(o)
  if not raw_list(o, mt) then
    local di = typeof(o).L[":__delitem__"]
    if not di then raise("TypeError", "'%s' object does not support item deletion", typeof(o).name) end
    return di(o, mkslice(a, b, c))
  end
  local n = o.n
  local start, stop, step = slice_indices(a, b, c, n)
  local del = {}
  if step > 0 then for i = start, stop - 1, step do del[i] = true end
  else for i = start, stop + 1, step do del[i] = true end end
  local k = 0
  local vals = {}
  for i = 0, n - 1 do if not del[i] then vals[k] = o[i]; k = k + 1 end end
  for i = 0, n - 1 do o[i] = vals[i] end
  o.n = k
end

function R.delitem(o, k)
  local mt = getmetatable(o)
  if raw_list(o, mt) then
    if type(k) == "table" and getmetatable(k) == SLICE_M then return R.delslice(o, k.start, k.stop, k.step) end
    local n = o.n
    local i = index_of(k, "list")
    if i < 0 then i = i + n end
    if i < 0 or i >= n then raise("IndexError", "list assignment index out of range") end
    for j = i, n - 2 do o[j] = o[j + 1] end
    o[n - 1] = nil
    o.n = n - 1
    return
  end
  if mt == DICT_M then
    if not dict_del(o, k) then error(R.new_exc("KeyError", k), 0) end
    return
  end
  local di = typeof(o).L[":__delitem__"]
  if not di then raise("TypeError", "'%s' object doesn't support item deletion", typeof(o).name) end
  di(o, k)
end

-- The attributes a class's methods assign to self, in source order (the
-- emitter lists them): __dict__ follows it, bases' attributes first.
function R.attrorder(C, names)
  if R.isclass(C) then rawset(C, "attr_order", names) end
end

-- attribute names set through obj.__dict__, in order (for the snapshot)
local XORDER = {}

local function instance_snapshot(o)
  local d = new_dict()
  local C = R.typeof(o)
  local mro = type(o) == "table" and C.mro or {}
  local function take(name)
    local v = rawget(o, "." .. name)
    if v ~= nil and rawget(d, name) == nil then dict_set(d, name, v) end
  end
  -- a dataclass's __init__ assigns its fields in their order
  local fields = #mro > 0 and rawget(C.own, "__dataclass_fields__")
  if fields and getmetatable(fields) == DICT_M then
    for k in dict_pairs(fields) do if type(k) == "string" then take(k) end end
  end
  for i = #mro, 1, -1 do
    local order = rawget(mro[i], "attr_order")
    if order then for j = 1, #order do take(order[j]) end end
  end
  local extra = type(o) == "table" and rawget(o, XORDER)
  if extra then for j = 1, #extra do take(extra[j]) end end
  -- the rest in the order the program's source assigns such names (a
  -- table keeps no order of its own), unknown names last, by name
  local rest = {}
  for k in pairs(o) do
    if type(k) == "string" and k:sub(1, 1) == "." then
      local name = k:sub(2)
      if rawget(d, name) == nil then rest[#rest + 1] = name end
    end
  end
  local so = R.STORE_ORDER
  local function by_source(a, b)
    local ia, ib = so[a], so[b]
    if ia and ib then return ia < ib end
    if ia or ib then return ia ~= nil end
    return a < b
  end
  if #rest > 1 then table.sort(rest, by_source) end
  for j = 1, #rest do take(rest[j]) end
  -- (attributes a custom __setattr__ keeps aside: in the same order)
  local p = rawget(o, R.PROXY)
  if p then
    local names = {}
    for k in pairs(p) do if type(k) == "string" then names[#names + 1] = k end end
    table.sort(names, by_source)
    for j = 1, #names do dict_set(d, names[j], p[names[j]]) end
  end
  return d
end

-- setattr() of a new attribute: remembered in order, as __dict__ writes are
function R.note_attr_order(o, name)
  local extra = rawget(o, XORDER)
  if not extra then extra = {}; rawset(o, XORDER, extra) end
  extra[#extra + 1] = name
end

-- obj.__dict__ and vars(obj): a dict whose reads see the object's
-- attributes as they are now (in the order instance_snapshot gives) and
-- whose writes set and delete them (bypassing descriptors, as CPython's
-- __dict__ does). Internal iteration takes a snapshot (see dict_pairs).
local ATTRDICT_M
local function av_obj(v) return rawget(v, "obj") end
local function av_snap(v) return instance_snapshot(av_obj(v)) end
local function av_set(v, k, val)
  if type(k) ~= "string" then raise("TypeError", "attribute name must be string, not '%s'", typeof(k).name) end
  local o = av_obj(v)
  local p = rawget(o, R.PROXY)
  if not p and typeof(o).proxy then p = {}; rawset(o, R.PROXY, p) end
  if p then p[k] = val; return end
  if rawget(o, "." .. k) == nil then R.note_attr_order(o, k) end
  rawset(o, "." .. k, val)
end
local function av_del(v, k)
  local o = av_obj(v)
  local p = rawget(o, R.PROXY)
  if type(k) == "string" and p and p[k] ~= nil then p[k] = nil; return end
  if type(k) ~= "string" or rawget(o, "." .. k) == nil then error(R.new_exc("KeyError", k), 0) end
  rawset(o, "." .. k, nil)
end
local attrdict_methods = {
  __getitem__ = function(v, k) return dict_getitem(av_snap(v), k) end,
  __setitem__ = function(v, k, val) av_set(v, k, val); return None end,
  __delitem__ = function(v, k) av_del(v, k); return None end,
  __contains__ = function(v, k) return dict_get(av_snap(v), k) ~= nil end,
  __len__ = function(v) return dmeta(av_snap(v)).n end,
  __iter__ = function(v) return R.iter_object(av_snap(v)) end,
  __repr__ = function(v) return R.repr(av_snap(v)) end,
  __eq__ = function(v, other) return R.eq(av_snap(v), other) end,
  get = function(v, k, d)
    local val = dict_get(av_snap(v), k)
    if val == nil then return d == nil and None or d end
    return val
  end,
  keys = function(v) local d = av_snap(v); return d[":keys"](d) end,
  values = function(v) local d = av_snap(v); return d[":values"](d) end,
  items = function(v) local d = av_snap(v); return d[":items"](d) end,
  copy = function(v) return av_snap(v) end,
  update = function(v, other)
    local kw = R.takekw()
    -- (dict.update's reading of other, into a dict to take the items from)
    local items = new_dict()
    dict_update(items, other)
    for k, val in dict_pairs(items) do av_set(v, k, val) end
    if kw then for _, name in ipairs(kw[R.KWMARK]) do av_set(v, name, kw[name]) end end
    return None
  end,
  setdefault = function(v, k, d)
    local val = dict_get(av_snap(v), k)
    if val ~= nil then return val end
    if d == nil then d = None end
    av_set(v, k, d)
    return d
  end,
  pop = function(v, k, d)
    local val = dict_get(av_snap(v), k)
    if val == nil then
      if d ~= nil then return d end
      error(R.new_exc("KeyError", k), 0)
    end
    av_del(v, k)
    return val
  end,
  clear = function(v)
    for k in dict_pairs(av_snap(v)) do av_del(v, k) end
    return None
  end,
}
function R.instance_dict(o)
  if type(o) ~= "table" then return instance_snapshot(o) end
  if not ATTRDICT_M then ATTRDICT_M = R.builtin_type("dict", {R.dict}, attrdict_methods).M end
  return setmetatable({obj = o}, ATTRDICT_M)
end

-- T.__new__(cls, ...) for the builtin containers, so that subclasses and
-- explicit calls like tuple.__new__(cls, items) build the right storage.
for _, C in ipairs({R.list, R.tuple, R.dict, R.set, R.frozenset}) do
  C.own.__new__ = function(cls, ...)
    if rawget(cls, "itembox") then
      -- an item box (object.lua): an empty inner container; __init__ fills it
      local inner = C == R.dict and new_dict() or setmetatable({n = 0}, LIST_M)
      local o = setmetatable({[BOXV] = inner}, cls.M)
      if C == R.dict then dmeta(inner).box = o end
      return o
    end
    return C.native_new(cls, ...)
  end
  R.rebuild_lookup(C)
end
