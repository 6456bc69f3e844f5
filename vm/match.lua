-- match.lua: runtime checks of the match statement's patterns (PEP 634).
-- The emitter inlines captures, literals and lengths; these helpers decide
-- what counts as a sequence or a mapping and read class-pattern attributes.
local R = ...
local None = R.None
local type, rawget, getmetatable, pcall, error, select = type, rawget, getmetatable, pcall, error, select
local typeof, isinstance, isclass, raise_type = R.typeof, R.isinstance, R.isclass, R.raise_type
local LIST_M, TUPLE_M, DICT_M = R.LIST, R.TUPLE, R.DICT_M
local EXC = R.EXC

local function mro_has(x, names)
  local C = typeof(x)
  for _, K in ipairs(C.mro or {}) do
    if names[K.name] then return true end
  end
  return false
end
local SEQ_ABC = {Sequence = true, MutableSequence = true, deque = true}
local MAP_ABC = {Mapping = true, MutableMapping = true}

-- A sequence subject as a table with items at 0..n-1 and length n (lists and
-- tuples as they are), or false. str, bytes and bytearray never match.
function R.mseq(s)
  local mt = getmetatable(s)
  if mt == LIST_M or mt == TUPLE_M then return s end
  if type(s) ~= "table" or mt == DICT_M then return false end
  if isinstance(s, R.list) or isinstance(s, R.tuple) or isinstance(s, R.range) or mro_has(s, SEQ_ABC) then
    local a, n = R.iter_to_array(s)
    local t = {n = n}
    for i = 1, n do t[i - 1] = a[i] end
    return t
  end
  return false
end

-- The items from..to-1 of an mseq table as a new list (for *rest).
function R.mslice(t, from, to)
  local l = R.new_list(0)
  for i = from, to - 1 do R.list_append(l, t[i]) end
  return l
end

function R.mmap(s)
  if getmetatable(s) == DICT_M then return true end
  if type(s) ~= "table" then return false end
  return isinstance(s, R.dict) or mro_has(s, MAP_ABC)
end

-- The value of key k, or nil when the mapping lacks it (like .get, so
-- __missing__ is not called).
local MISSING = {}
function R.mget(s, k)
  if getmetatable(s) == DICT_M then return R.dict_get(s, k) end
  local v = R.ga(s, "get")(k, MISSING)
  if v == MISSING then return nil end
  return v
end

-- **rest: a new dict of the items whose keys the pattern did not name.
function R.mrest(s, ...)
  local skip = R.new_dict()
  for i = 1, select("#", ...) do R.dict_set(skip, (select(i, ...)), true) end
  local d = R.new_dict()
  for _, k in R.iter(s) do
    if R.dict_get(skip, k) == nil then R.dict_set(d, k, R.getitem(s, k)) end
  end
  return d
end

-- Builtin types whose single positional sub-pattern matches the subject.
local SELF_MATCH = {}
-- (bytearray, made on first use, adds itself)
for _, n in ipairs({"bool", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"}) do
  local C = R.B[n]
  if C then SELF_MATCH[C] = true end
end
R.SELF_MATCH = SELF_MATCH

local function attr_or_missing(s, name)
  local ok, v = pcall(R.ga, s, name)
  if ok then return v end
  if isinstance(v, EXC.AttributeError) then return nil end
  error(v, 0)
end

-- A class pattern C(p1, ..., k1=q1, ...): false when the subject is not an
-- instance or lacks an attribute, else the values to match, positional
-- sub-patterns first (a table at 1..n), or true when there are none.
function R.mcls(s, C, npos, ...)
  if not isclass(C) then raise_type("TypeError", "called match pattern must be a type") end
  if not R.B.isinstance(s, C) then return false end
  local nkw = select("#", ...)
  if npos == 0 and nkw == 0 then return true end
  local vals, names = {}, {}
  local first = 1
  if npos > 0 then
    local self_match = false
    for _, K in ipairs(C.mro or {C}) do if SELF_MATCH[K] then self_match = true break end end
    local ma = attr_or_missing(C, "__match_args__")
    if self_match and ma == nil then
      if npos > 1 then
        raise_type("TypeError", "%s() accepts 1 positional sub-pattern (%d given)", C.name, npos)
      end
      vals[1] = s
      first = 2
    else
      if ma == nil then ma = R.tuple_from_array({}, 0) end
      if getmetatable(ma) ~= TUPLE_M then
        raise_type("TypeError", "%s.__match_args__ must be a tuple (got %s)", C.name, typeof(ma).name)
      end
      if npos > ma.n then
        raise_type("TypeError", "%s() accepts %d positional sub-pattern%s (%d given)", C.name, ma.n,
                   ma.n == 1 and "" or "s", npos)
      end
      for i = 1, npos do
        local name = ma[i - 1]
        if type(name) ~= "string" then
          raise_type("TypeError", "__match_args__ elements must be strings (got %s)", typeof(name).name)
        end
        names[i] = name
      end
    end
  end
  for i = 1, nkw do names[npos + i] = (select(i, ...)) end
  local seen = {}
  for i = first, npos + nkw do
    local name = names[i]
    if seen[name] then
      raise_type("TypeError", "%s() got multiple sub-patterns for attribute '%s'", C.name, name)
    end
    seen[name] = true
    local v = attr_or_missing(s, name)
    if v == nil then return false end
    vals[i] = v
  end
  return vals
end
