-- object.lua: the object model: types and classes, instances, attribute
-- lookup (".name" keys), method calls (":name" keys), bound methods,
-- operators with Python's dispatch, functions and keyword arguments.
local R = ...
local None = R.None
local type, rawget, rawset, rawequal, setmetatable, getmetatable, select, error, pairs, next =
      type, rawget, rawset, rawequal, setmetatable, getmetatable, select, error, pairs, next
local mtype = math.type
local sub, byte, format = string.sub, string.byte, string.format
local unpack, pack = table.unpack, table.pack

-- IPL: the left operand of the augmented assignment in progress. Every
-- module body shares this upvalue (see R.exec_module), so `x += y` marks
-- x with one instruction and the metamethod knows to run __iadd__.
local IPL
function R.ipl_cell() return IPL end
R.kw = nil             -- keyword arguments handed to a function with a complex signature

-- Python functions: Lua functions described by FUNCINFO (weak keys).
local FUNCINFO = setmetatable({}, {__mode = "k"})
local FUNCATTR = setmetatable({}, {__mode = "k"})
R.FUNCINFO, R.FUNCATTR = FUNCINFO, FUNCATTR

-- The defaults of functions with a complex signature ({[i] = positional
-- default, [name] = keyword-only default}), for keyword calls bound by
-- R.kcall; see BOUND.
local FUNCDEFAULTS = setmetatable({}, {__mode = "k"})

-- public: for the body of a function with a fast entry (see emit.c), the
-- function that checks the arguments and calls it
local FASTBODY = setmetatable({}, {__mode = "k"})
-- A module's start: its docstring, and its name on its functions' infos
function R.modinfo(G, K, doc)
  local name = type(G) == "table" and rawget(G, "__name__")
  if type(name) == "string" and K then
    for _, info in pairs(K) do
      if type(info) == "table" and info.module == nil and info.qualname then info.module = name end
    end
  end
  if doc ~= nil and type(G) == "table" and getmetatable(G) == R.MODULE_M then rawset(G, "__doc__", doc) end
end

function R.def(f, info, defaults, public)
  FUNCINFO[f] = info
  if defaults then FUNCDEFAULTS[f] = defaults end
  if public then FASTBODY[public] = f end
  return f
end

-- The function to call with exactly n positional arguments in place of f:
-- the body of f's fast entry when n is its number of parameters (so the
-- argument check has nothing to find), else f.
function R.direct_entry(f, n)
  local body = FASTBODY[f]
  if body and #FUNCINFO[f].params == n then return body end
  return f
end

-- In R.kw, BOUND tells a complex function's binder that the caller has
-- already laid out all its parameters (params..., *args, kwonly...,
-- **kwargs) as the arguments: the binder passes them through.
local BOUND = setmetatable({}, {__name = "bound arguments"})

-- "x" -> ".x" / ":x" and back, memoized
local KNAME = setmetatable({}, {__index = function(t, k) local v = sub(k, 2); t[k] = v; return v end})
local AK = setmetatable({}, {__index = function(t, n) local v = "." .. n; t[n] = v; return v end})
local MK = setmetatable({}, {__index = function(t, n) local v = ":" .. n; t[n] = v; return v end})
R.KNAME, R.AK, R.MK = KNAME, AK, MK

local NotImplemented = setmetatable({}, {__name = "NotImplemented"})
R.NotImplemented = NotImplemented

-- Forward declarations filled by later chunks.
local raise_type, raise_attr -- (cls_name, fmt, ...)
function R.set_raisers(t, a) raise_type, raise_attr = t, a end

-- ---------------------------------------------------------------------
-- Types

local TYPE_MT = {__name = "type"}
R.TYPE_MT = TYPE_MT
local typeobj  -- the class `type`
local classes_by_lua = {}

local int_cls, float_cls, bool_cls, str_cls, none_cls, func_cls, object_cls

-- The class of any value.
local function typeof(x)
  local t = type(x)
  if t == "table" then
    local mt = getmetatable(x)
    if mt then
      local c = mt.cls
      if c then return c end
      if mt == TYPE_MT then return rawget(x, "metaclass") or typeobj end
    end
    return object_cls
  elseif t == "number" then
    return mtype(x) == "integer" and int_cls or float_cls
  elseif t == "string" then
    return str_cls
  elseif t == "boolean" then
    return bool_cls
  elseif t == "userdata" then
    if x == None then return none_cls end
    local mt = getmetatable(x)
    return mt and mt.cls or object_cls
  elseif t == "function" then
    return func_cls
  end
  return classes_by_lua[t] or object_cls
end
R.typeof = typeof

local function isclass(x) return type(x) == "table" and getmetatable(x) == TYPE_MT end
R.isclass = isclass

local function issubclass(c, base)
  return c == base or (c.mroset and c.mroset[base] ~= nil) or false
end
R.issubclass = issubclass

local function isinstance(x, c) return issubclass(typeof(x), c) end
R.isinstance = isinstance

local function tname(x) return typeof(x).name end
R.tname = tname

-- Descriptor objects for class bodies.
local STATIC_MT = {__name = "staticmethod"}
local CLASSM_MT = {__name = "classmethod"}
local PROP_MT = {__name = "property"}
R.STATIC_MT, R.CLASSM_MT, R.PROP_MT = STATIC_MT, CLASSM_MT, PROP_MT

-- A data descriptor (its class defines __set__ or __delete__; properties
-- are handled on their own) takes precedence over instance attributes.
local function is_data_descr(v)
  if type(v) ~= "table" then return false end
  local mt = getmetatable(v)
  if mt == nil or mt == PROP_MT or not mt.cls then return false end
  local L = mt.cls.L
  return L[":__set__"] ~= nil or L[":__delete__"] ~= nil
end
R.is_data_descr = is_data_descr
-- Does class attribute d take over the instance attribute of its name?
local function overrides_attr(d)
  return (type(d) == "table" and getmetatable(d) == PROP_MT) or is_data_descr(d)
end

-- A callable stored on an object, called with the object as first
-- argument: the wrapper drops it. Cached per callable.
local DROP = setmetatable({}, {__mode = "k"})
local DROPPED = setmetatable({}, {__mode = "k"})  -- wrapper -> callable
local function dropself(v)
  local w = DROP[v]
  if w then return w end
  w = function(_, ...) return v(...) end
  DROP[v] = w
  DROPPED[w] = v
  return w
end
R.dropself = dropself
R.DROPPED = DROPPED
-- obj.cm(...) for a classmethod cm: the wrapper in the class's lookup
-- table -> cm's function (called with the receiver's class)
local CLASSM_CALL = setmetatable({}, {__mode = "k"})

-- Bound methods.
local BOUND_MT = {__name = "method"}
R.BOUND_MT = BOUND_MT
BOUND_MT.__call = function(b, ...) return b.func(b.self, ...) end
BOUND_MT.__eq = function(a, b)
  return getmetatable(b) == BOUND_MT and rawequal(a.self, b.self) and rawequal(a.func, b.func)
end
local function bind(obj, f) return setmetatable({self = obj, func = f}, BOUND_MT) end
R.boundmethod = bind

local function is_pyfunc(f)
  local i = FUNCINFO[f]
  return i ~= nil and not i.builtin
end
-- The methods of builtin classes (object.__hash__, str.upper...): stored
-- on a user class, they are still methods (CPython's method descriptors).
-- Found by scanning the builtin classes when a class holds a Lua function
-- that is no Python function (rare: marking them all would slow start-up).
local BUILTIN_METHODS = setmetatable({}, {__mode = "k"})
local BUILTIN_CLASSES, nscanned = {}, 0
local function is_builtin_method(v)
  if BUILTIN_METHODS[v] then return true end
  -- (only classes made since the last scan: methods are put in a builtin
  -- class as it is made)
  for i = nscanned + 1, #BUILTIN_CLASSES do
    for _, f in pairs(BUILTIN_CLASSES[i].own) do
      if type(f) == "function" then BUILTIN_METHODS[f] = true end
    end
  end
  nscanned = #BUILTIN_CLASSES
  return BUILTIN_METHODS[v] == true
end

-- Walk the MRO for a name in the classes' own namespaces.
local function lookup_mro(C, name)
  local mro = C.mro
  for i = 1, #mro do
    local K = mro[i]
    local v = K.own[name]
    if v ~= nil then return v, K end
  end
  return nil
end
R.lookup_mro = lookup_mro

-- Instances of user subclasses of int, float and str ("boxed values") are
-- tables holding the plain value at key BOXV, so plain values stay raw Lua
-- values. The methods such a class inherits from int/float/str take raw
-- values: its lookup table holds them wrapped to unbox self and the operand.
local BOXV = {}
R.BOXV = BOXV
local VALFUNCS = {}   -- functions owned by int, float and str
local BOXWRAP = setmetatable({}, {__mode = "k"})
local function boxwrap(f)
  local w = BOXWRAP[f]
  if not w then
    w = function(a, b, ...)
      if type(a) == "table" then local v = rawget(a, BOXV); if v ~= nil then a = v end end
      if type(b) == "table" then local v = rawget(b, BOXV); if v ~= nil then b = v end end
      return f(a, b, ...)
    end
    BOXWRAP[f] = w
    -- a wrapper (str.upper read from the class) is a method of the value
    -- classes like the function it wraps, and is its own wrapper
    BOXWRAP[w] = w
    VALFUNCS[w] = true
  end
  return w
end
-- Instances of user subclasses of list and dict that define their own
-- __getitem__ or __setitem__ ("item boxes") keep their items
-- in a plain list or dict at key BOXV: the emitted code's raw item reads
-- and writes then miss on the instance and reach the overrides, as in
-- CPython. The methods such a class inherits from list/dict are wrapped to
-- work on the inner container (and give the instance back for self).
local CONTFUNCS = {}  -- functions owned by list and dict
R.CONTFUNCS = CONTFUNCS
local CWRAP = setmetatable({}, {__mode = "k"})
local function cwrap(f)
  local w = CWRAP[f]
  if not w then
    w = function(a, ...)
      local inner = type(a) == "table" and rawget(a, BOXV)
      if not inner then return f(a, ...) end
      local r = f(inner, ...)
      if rawequal(r, inner) then return a end
      return r
    end
    CWRAP[f] = w
    CWRAP[w] = w
    CONTFUNCS[w] = true
  end
  return w
end
R.cwrap = cwrap

function R.unbox(x)
  if type(x) == "table" then
    local v = rawget(x, BOXV)
    if v ~= nil then return v end
  end
  return x
end
-- Values that Lua's == cannot equate with a plain number or str although
-- Python does: the bools and every boxed value. Emitted code reads
-- BX[x] after == failed against a constant (a table read, not a call).
local BX = setmetatable({[true] = true, [false] = true}, {__mode = "k"})
R.BX = BX
function R.box(C, v)
  local o = setmetatable({[BOXV] = v}, C.M)
  BX[o] = true
  return o
end

-- Fill the lookup-table entries of one name for class C.
local function set_lentry(C, name)
  local L = C.L
  local ak, mk = AK[name], MK[name]
  L[ak] = nil
  L[mk] = nil
  local v, owner = lookup_mro(C, name)
  if v == nil then return end
  local tv = type(v)
  if tv == "function" then
    if owner.builtin or is_pyfunc(v) or VALFUNCS[v] or CONTFUNCS[v] or is_builtin_method(v) then
      L[mk] = (VALFUNCS[v] and rawget(C, "boxbase")) and boxwrap(v)
        or (CONTFUNCS[v] and rawget(C, "itembox")) and cwrap(v) or v
    else
      L[ak] = v
      L[mk] = dropself(v)
    end
  elseif tv == "table" then
    local mt = getmetatable(v)
    if mt == STATIC_MT then
      L[ak] = v.f
      L[mk] = dropself(v.f)
    elseif mt == CLASSM_MT then
      local f = v.f
      local w = function(self, ...) return f(typeof(self), ...) end
      CLASSM_CALL[w] = f -- (a keyword call goes to f itself: call_with_kw)
      L[mk] = w
    elseif mt == PROP_MT or (mt and mt.cls and mt.cls.L[":__get__"]) then
      -- descriptors: always through the slow path (__get__)
    else
      L[ak] = v
      if mt and (mt.__call or mt == TYPE_MT) then L[mk] = dropself(v) end
    end
  else
    L[ak] = v
  end
end

local function rebuild_lookup(C)
  local L = C.L
  for k in pairs(L) do L[k] = nil end
  local seen = {}
  for i = 1, #C.mro do
    for name in pairs(C.mro[i].own) do
      if not seen[name] then
        seen[name] = true
        set_lentry(C, name)
      end
    end
  end
end
R.rebuild_lookup = rebuild_lookup

-- Update `name` in C and every subclass after an assignment to C.name.
local SUPER_VERSION = {0} -- (see R.supercall)
local function refresh_name(C, name)
  SUPER_VERSION[1] = SUPER_VERSION[1] + 1
  set_lentry(C, name)
  local sp = rawget(C, "setplain")
  if sp then for k in pairs(sp) do sp[k] = nil end end
  if rawget(C, "fastnew") then C.fastnew = false end
  -- a property or data descriptor that comes after the class was made:
  -- its instances' stores now need the checks
  local M = C.M
  if M and not M.__newindex and not rawget(C, "builtin") then
    local d = lookup_mro(C, name)
    if d ~= nil and (getmetatable(d) == PROP_MT or is_data_descr(d)) then M.__newindex = R.make_newindex(C) end
  end
  for S in pairs(C.subs) do refresh_name(S, name) end
  if M and R.dunder_hook then R.dunder_hook(C, name) end
  -- C.x = property(...) where x is read without fallback somewhere
  R.fast_refresh(C)
end

-- C3 linearization.
local function c3(C, bases)
  local seqs = {}
  for i = 1, #bases do
    local m = {}
    for j = 1, #bases[i].mro do m[j] = bases[i].mro[j] end
    seqs[#seqs + 1] = m
  end
  local b = {}
  for i = 1, #bases do
    for j = 1, i - 1 do
      if bases[j] == bases[i] then raise_type("TypeError", "duplicate base class %s", bases[i].name) end
    end
    b[i] = bases[i]
  end
  seqs[#seqs + 1] = b
  local res = {C}
  while true do
    local nonempty = false
    for i = 1, #seqs do if #seqs[i] > 0 then nonempty = true end end
    if not nonempty then return res end
    local cand
    for i = 1, #seqs do
      local s = seqs[i]
      if #s > 0 then
        cand = s[1]
        for j = 1, #seqs do
          local t = seqs[j]
          for k = 2, #t do
            if t[k] == cand then cand = nil; break end
          end
          if not cand then break end
        end
        if cand then break end
      end
    end
    if not cand then
      -- (named: the heads of what was left to merge)
      local names, seen = {}, {}
      for i = 1, #seqs do
        local h = seqs[i][1]
        if h and not seen[h] then seen[h] = true; names[#names + 1] = h.name end
      end
      raise_type("TypeError", "Cannot create a consistent method resolution\norder (MRO) for bases %s",
        table.concat(names, ", "))
    end
    res[#res + 1] = cand
    for i = 1, #seqs do
      local s = seqs[i]
      if s[1] == cand then table.remove(s, 1) end
    end
  end
end

-- ---------------------------------------------------------------------
-- Attribute access

local getattr_slow

-- Called by an instance metatable's __index after a raw miss.
local dict_item_key -- (below)
local function index_miss(C, o, k)
  if type(k) == "string" then
    local c = byte(k, 1)
    if c == 46 then
      -- (an item of a dict subclass: the emitted code's fallback reads it)
      if rawget(C, "dictsub") ~= false and dict_item_key(C, KNAME[k]) then return nil end
      if C.proxy and type(o) == "table" then
        local p = rawget(o, PROXY)
        local name = KNAME[k]
        if p and p[name] ~= nil then
          local d = lookup_mro(C, name)
          if not overrides_attr(d) then return p[name] end
        end
      end
      return getattr_slow(C, o, KNAME[k])
    elseif c == 58 then
      local name = KNAME[k]
      if type(o) == "table" then
        local s = rawget(o, AK[name])
        if s == nil and C.proxy and rawget(o, PROXY) then s = rawget(o, PROXY)[name] end
        if s ~= nil then return dropself(s) end
      end
      return dropself(getattr_slow(C, o, name))
    end
  end
  -- Any other key is a subscript: the emitted code falls back to R.gi
  -- (`a[k] or __gi(a, k)`), so __getitem__ runs exactly once, there.
  return nil
end
R.index_miss = index_miss

-- obj[key] after a raw miss (or a false value): __getitem__ and friends.
local str_item = R.c.str_item
local function getitem(o, k)
  if type(o) == "string" then
    local ch = str_item(o, k)
    if ch then return ch end
  end
  local C = typeof(o)
  local gi = C.L[":__getitem__"]
  if gi then return gi(o, k) end
  if isclass(o) then return R.class_getitem(o, k) end
  raise_type("TypeError", "'%s' object is not subscriptable", C.name)
end
R.gi = getitem
R.getitem = function(o, k)
  local v = o[k]
  if v ~= nil and v ~= false then return v end
  return getitem(o, k)
end

-- getattr(o, name): the raw or class value, else the full lookup.
function R.ga(o, name)
  local v = o[AK[name]]
  if v ~= nil then return v end
  return getattr_slow(typeof(o), o, name)
end

-- ":m" -> ".m" for every attribute name m that some module assigns
local SHADOW = {}
local TABLE_MODE = setmetatable({}, {__mode = "k"}) -- classes whose M.__index is C.L
local downgrade
-- attribute names in the order the program's modules assign them (in
-- source order): how __dict__ orders attributes no class method lists
local STORE_ORDER, NSTORE = {}, 0
R.STORE_ORDER = STORE_ORDER
function R.note_attr_stores(names)
  for i = 1, #names do
    if not STORE_ORDER[names[i]] then
      NSTORE = NSTORE + 1
      STORE_ORDER[names[i]] = NSTORE
    end
    local mk = MK[names[i]]
    if not SHADOW[mk] then
      SHADOW[mk] = AK[names[i]]
      -- an instance attribute may now shadow a method of these classes
      for C in pairs(TABLE_MODE) do
        if C.L[mk] ~= nil then downgrade(C) end
      end
    end
  end
end

local function make_index(C)
  local L = C.L
  if C.proxy then
    -- attributes live in the proxy table and shadow class attributes
    return function(o, k)
      if type(k) == "string" and byte(k, 1) == 46 then
        local p = rawget(o, R.PROXY)
        if p then
          local name = KNAME[k]
          local pv = p[name]
          if pv ~= nil then
            local d = lookup_mro(C, name)
            if not overrides_attr(d) then return pv end
          end
        end
      end
      local v = L[k]
      if v ~= nil then return v end
      return index_miss(C, o, k)
    end
  end
  return function(o, k)
    local v = L[k]
    if v ~= nil then
      -- o.m(): an instance attribute named m (assigned somewhere in the
      -- program) shadows the method
      local sk = SHADOW[k]
      if sk then
        local sv = rawget(o, sk)
        if sv ~= nil then return dropself(sv) end
      end
      return v
    end
    return index_miss(C, o, k)
  end
end

-- Attribute names (".x" keys) the emitted code reads without a fallback
-- (see fast_attr_ok in parser/emit.c): on an object whose class indexes a
-- plain table, a miss of such a name must mean AttributeError. So a class
-- that has something of such a name its table does not hold under ".x"
-- (a method, a property, a classmethod), or that has __getattr__, keeps a
-- lookup function; the table of a plain-table class raises on a miss.
local FASTREAD = {}
local function fast_conflict(C)
  if next(FASTREAD) == nil then return false end
  local L = C.L
  if L[":__getattr__"] then return true end
  for i = 1, #C.mro do
    for name in pairs(C.mro[i].own) do
      local ak = AK[name]
      if FASTREAD[ak] and rawget(L, ak) == nil then return true end
    end
  end
  return false
end

-- The metatable of a plain-table class's lookup table: a miss of a name
-- read without fallback is an AttributeError (other misses: nil, or what
-- `fallback` holds, for str).
local function fastmiss_mt(C, fallback)
  return {__index = function(_, k)
    if FASTREAD[k] then
      local name = KNAME[k]
      raise_attr(nil, name, "'%s' object has no attribute '%s'", C.name, name)
    end
    if fallback then return fallback[k] end
    return nil
  end}
end
R.fastmiss_mt = fastmiss_mt

-- Instances of a plain class index straight into the class's lookup table
-- (a method call is one table lookup, no function call); a miss yields nil
-- and the emitted code falls back to R.ga / R.gm, which do the full lookup.
-- Classes whose instances need code on every lookup keep make_index:
-- a custom __setattr__ (attributes in a proxy table), a builtin base other
-- than object, or a method that an instance attribute might shadow.
local function table_mode_ok(C)
  if rawget(C, "proxy") or rawget(C, "noattrs") or rawget(C, "builtin") then return false end
  local mro = C.mro
  for i = 2, #mro do
    if rawget(mro[i], "builtin") and mro[i] ~= object_cls then return false end
  end
  for k in pairs(C.L) do
    if SHADOW[k] then return false end
  end
  return not fast_conflict(C)
end

local function choose_index(C)
  local M = C.M
  if rawget(C, "table_index") then
    M.__index = C.L
    if getmetatable(C.L) == nil then setmetatable(C.L, fastmiss_mt(C)) end
  elseif table_mode_ok(C) then
    M.__index = C.L
    setmetatable(C.L, fastmiss_mt(C))
    TABLE_MODE[C] = true
  else
    M.__index = make_index(C)
    setmetatable(C.L, nil)
    TABLE_MODE[C] = nil
  end
end

downgrade = function(C)
  TABLE_MODE[C] = nil
  C.M.__index = make_index(C)
  setmetatable(C.L, nil)
end

function R.fast_refresh(C)
  if TABLE_MODE[C] and fast_conflict(C) then downgrade(C) end
end

-- A module's names read without fallback (emitted at its start).
function R.fast_attrs(names)
  local new = false
  for i = 1, #names do
    local ak = AK[names[i]]
    if not FASTREAD[ak] then FASTREAD[ak] = true; new = true end
  end
  if new then
    for C in pairs(TABLE_MODE) do
      if fast_conflict(C) then downgrade(C) end
    end
  end
end

-- The method `name` of o for a call o.name(...) when o[":name"] missed.
function R.gm(o, name)
  return index_miss(typeof(o), o, MK[name])
end

-- A property's getter or a descriptor's __get__ that raises AttributeError
-- leaves the attribute to the class's __getattr__, as CPython does
local function getter_or_getattr(f, a, b, ga, name, c)
  local ok, r
  if b == nil then ok, r = xpcall(f, R.tbh, a) else ok, r = xpcall(f, R.tbh, a, b, c) end
  if ok then return r end
  if R.isinstance(r, R.EXC.AttributeError) then return ga(b == nil and a or b, name) end
  error(r, 0)
end

-- getattr for an instance `o` of class C (raw instance slots already missed)
getattr_slow = function(C, o, name)
  local v, owner = lookup_mro(C, name)
  if v ~= nil then
    local tv = type(v)
    if tv == "table" then
      local mt = getmetatable(v)
      if mt == PROP_MT then
        if v.fget == None or v.fget == nil then raise_attr(o, name, "property '%s' of '%s' object has no getter", name, C.name) end
        local ga = C.L[":__getattr__"]
        if ga then return getter_or_getattr(v.fget, o, nil, ga, name) end
        return v.fget(o)
      elseif mt == STATIC_MT then
        return v.f
      elseif mt == CLASSM_MT then
        return bind(C, v.f)
      elseif mt and mt.cls then
        -- a user descriptor: __get__(self, instance, owner)
        local get = mt.cls.L[":__get__"]
        if get then
          local ga = C.L[":__getattr__"]
          if ga then return getter_or_getattr(get, v, o, ga, name, C) end
          return get(v, o, C)
        end
      end
      return v
    elseif tv == "function" then
      if owner.builtin or is_pyfunc(v) then return bind(o, v) end
      return v
    end
    return v
  end
  if type(o) == "table" then
    local s = rawget(o, AK[name])
    if s ~= nil then return s end
    local p = C.proxy and rawget(o, PROXY)
    if p and p[name] ~= nil then return p[name] end
  end
  local special = R.special_attr(o, C, name)
  if special ~= nil then return special end
  local ga = C.L[":__getattr__"]
  if ga then return ga(o, name) end
  raise_attr(o, name, "'%s' object has no attribute '%s'", C.name, name)
end
R.getattr_slow = getattr_slow


-- instance __newindex for classes that need it (descriptors, __setattr__,
-- __setitem__): keys ".x" are attributes, anything else is an item. A
-- plain dict has no attributes: there ".x" is the str key (stored escaped,
-- see containers.lua), so `d.x = v` makes an item rather than raise.
local PROXY = {}   -- key of the attribute table of instances whose class defines __setattr__
R.PROXY = PROXY


local OBJECT_SETATTR

-- Instances of dict subclasses (Counter, defaultdict, a user's) keep items
-- and attributes in one table, and `d[".py"]` meets the key of attribute
-- `d.py`. A ".x" key is taken for an item unless x is an attribute: one the
-- program assigns somewhere (the emitter lists them, R.note_attr_stores),
-- or one the class has.
dict_item_key = function(C, name)
  local ds = rawget(C, "dictsub")
  if ds == nil then
    ds = R.dict ~= nil and issubclass(C, R.dict) and C ~= R.dict
    rawset(C, "dictsub", ds)
  end
  return ds and STORE_ORDER[name] == nil and lookup_mro(C, name) == nil
end
R.dict_item_key = dict_item_key

-- Attribute keys ".x" whose first assignment on an instance of C is a
-- plain store (no __setattr__, descriptor, proxy or item key): kept per
-- class as C.setplain, emptied when the class or a base changes
-- (refresh_name). A class with a property has every new attribute come
-- here; this spares each the MRO walk.
local function make_newindex(C)
  local plain = {}
  rawset(C, "setplain", plain)
  return function(o, k, v)
    if plain[k] then return rawset(o, k, v) end
    if type(k) == "string" and byte(k, 1) == 46 and not C.str_items and not dict_item_key(C, KNAME[k]) then
      local name = KNAME[k]
      local sa = C.L[":__setattr__"]
      if sa and sa ~= OBJECT_SETATTR then return sa(o, name, v) end
      if not C.noattrs and not C.proxy and AK[name] == k and not rawget(C, "dictsub") then
        local d = lookup_mro(C, name)
        if d == nil or not (getmetatable(d) == PROP_MT or is_data_descr(d)) then
          plain[k] = true
        end
      end
      return R.setattr_default(C, o, name, v)
    end
    local si = C.L[":__setitem__"]
    if si then return si(o, k, v) end
    -- internal fields of builtin objects
    if C.builtin and type(k) == "string" then return rawset(o, k, v) end
    raise_type("TypeError", "'%s' object does not support item assignment", C.name)
  end
end
R.make_newindex = make_newindex

function R.setattr_default(C, o, name, v)
  local d = lookup_mro(C, name)
  if d ~= nil and type(d) == "table" and getmetatable(d) == PROP_MT then
    if d.fset == None or d.fset == nil then raise_attr(o, name, "property '%s' of '%s' object has no setter", name, C.name) end
    d.fset(o, v)
    return
  end
  if d ~= nil and is_data_descr(d) then
    local set = typeof(d).L[":__set__"]
    if not set then raise_attr(o, name, "__set__") end
    set(d, o, v)
    return
  end
  if C.noattrs then raise_attr(o, name, "'%s' object has no attribute '%s'", C.name, name) end
  if C.proxy then
    -- a custom __setattr__ must see every assignment: keep attributes off the raw table
    local t = rawget(o, PROXY)
    if not t then t = {}; rawset(o, PROXY, t) end
    t[name] = v
    return
  end
  rawset(o, AK[name], v)
end

-- ---------------------------------------------------------------------
-- Operators: Python's binary dispatch with reflected methods and
-- NotImplemented, used as metamethods of every type.

local function special(x, key) return typeof(x).L[key] end
R.special = special

local OPNAME = {}
local function binary_dispatch(op, rop, iop, sym)
  local mop, mrop, miop = MK[op], MK[rop], iop and MK[iop]
  local function slow(a, b)
    local ca, cb = typeof(a), typeof(b)
    if miop then
      local ipl = IPL
      if ipl ~= nil then
        IPL = nil
        if rawequal(ipl, a) and type(a) == "table" then
          local f = ca.L[miop]
          if f then
            local r = f(a, b)
            if not rawequal(r, NotImplemented) then return r end
          end
        end
      end
    end
    local fa = ca.L[mop]
    local fb = ca ~= cb and cb.L[mrop] or nil
    if fb and issubclass(cb, ca) and fb ~= ca.L[mrop] then
      local r = fb(b, a)
      if not rawequal(r, NotImplemented) then return r end
      fb = nil
    end
    if fa then
      local r = fa(a, b)
      if not rawequal(r, NotImplemented) then return r end
    end
    if fb then
      local r = fb(b, a)
      if not rawequal(r, NotImplemented) then return r end
    end
    if sym == "+" and (ca.name == "str" or ca.name == "list" or ca.name == "tuple") and ca.builtin then
      raise_type("TypeError", 'can only concatenate %s (not "%s") to %s', ca.name, cb.name, ca.name)
    end
    if sym == "*" then
      -- a sequence repeated by an int subclass's instance (an IntEnum
      -- member): by its value
      local ua, ub = R.unbox(a), R.unbox(b)
      if (ua ~= a and mtype(ua) == "integer") or (ub ~= b and mtype(ub) == "integer") then return ua * ub end
      -- or by an object with __index__
      local seqs = { str = true, list = true, tuple = true, bytes = true, bytearray = true }
      if seqs[ca.name] and ca.builtin and cb.L[":__index__"] and not issubclass(cb, R.float) then
        return a * cb.L[":__index__"](b)
      end
      if seqs[cb.name] and cb.builtin and ca.L[":__index__"] and not issubclass(ca, R.float) then
        return ca.L[":__index__"](a) * b
      end
      -- a sequence repeated by something other than an int
      local seq = { str = true, list = true, tuple = true, bytes = true }
      if seq[ca.name] and ca.builtin then raise_type("TypeError", "can't multiply sequence by non-int of type '%s'", cb.name) end
      if seq[cb.name] and cb.builtin then raise_type("TypeError", "can't multiply sequence by non-int of type '%s'", ca.name) end
    end
    raise_type("TypeError", "unsupported operand type(s) for %s: '%s' and '%s'", sym == "**" and "** or pow()" or sym,
      ca.name, cb.name)
  end
  return slow
end
R.binary_dispatch = binary_dispatch

local BINOPS = {
  {"__add", "__add__", "__radd__", "__iadd__", "+"},
  {"__sub", "__sub__", "__rsub__", "__isub__", "-"},
  {"__mul", "__mul__", "__rmul__", "__imul__", "*"},
  {"__div", "__truediv__", "__rtruediv__", "__itruediv__", "/"},
  {"__idiv", "__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"},
  {"__mod", "__mod__", "__rmod__", "__imod__", "%"},
  {"__pow", "__pow__", "__rpow__", "__ipow__", "**"},
  {"__band", "__and__", "__rand__", "__iand__", "&"},
  {"__bor", "__or__", "__ror__", "__ior__", "|"},
  {"__bxor", "__xor__", "__rxor__", "__ixor__", "^"},
  {"__shl", "__lshift__", "__rlshift__", "__ilshift__", "<<"},
  {"__shr", "__rshift__", "__rrshift__", "__irshift__", ">>"},
}
R.BINOPS = BINOPS
local DISPATCH = {}
for _, b in ipairs(BINOPS) do DISPATCH[b[1]] = binary_dispatch(b[2], b[3], b[4], b[5]) end
R.DISPATCH = DISPATCH
R.matmul = binary_dispatch("__matmul__", "__rmatmul__", "__imatmul__", "@")

local function cmp_dispatch(op, rop, sym)
  local mop, mrop = MK[op], MK[rop]
  return function(a, b)
    local ca, cb = typeof(a), typeof(b)
    local fa, fb = ca.L[mop], cb.L[mrop]
    if fb and ca ~= cb and issubclass(cb, ca) then
      local r = fb(b, a)
      if not rawequal(r, NotImplemented) then return R.truth(r) end
      fb = nil
    end
    if fa then
      local r = fa(a, b)
      if not rawequal(r, NotImplemented) then return R.truth(r) end
    end
    if fb then
      local r = fb(b, a)
      if not rawequal(r, NotImplemented) then return R.truth(r) end
    end
    raise_type("TypeError", "'%s' not supported between instances of '%s' and '%s'", sym, ca.name, cb.name)
  end
end
local LT = cmp_dispatch("__lt__", "__gt__", "<")
local LE = cmp_dispatch("__le__", "__ge__", "<=")
R.LT, R.LE = LT, LE
-- a > b as Python asks it (max() compares so): __gt__ first, and '>' in
-- the error (Lua's own a > b is b < a)
R.GT = cmp_dispatch("__gt__", "__lt__", ">")

local function EQ(a, b)
  local ca, cb = typeof(a), typeof(b)
  local fa, fb = ca.L[":__eq__"], cb.L[":__eq__"]
  if fb and ca ~= cb and issubclass(cb, ca) then
    local r = fb(b, a)
    if not rawequal(r, NotImplemented) then return R.truth(r) end
    fb = nil
  end
  if fa then
    local r = fa(a, b)
    if not rawequal(r, NotImplemented) then return R.truth(r) end
  end
  if fb then
    local r = fb(b, a)
    if not rawequal(r, NotImplemented) then return R.truth(r) end
  end
  return rawequal(a, b)
end
R.EQ = EQ

-- The __eq metamethod of classes that define __eq__. Lua calls it for any
-- two tables, so runtime sentinels (tables without a metatable, such as
-- a dict's tombstone) and NotImplemented compare by identity here.
local function eq_mm(a, b)
  if getmetatable(a) == nil or getmetatable(b) == nil or rawequal(a, NotImplemented) or rawequal(b, NotImplemented) then
    return false
  end
  return EQ(a, b)
end

-- Python ==, including bool/number equality (True == 1).
function R.eq(a, b)
  if a == b then return true end
  local ta, tb = type(a), type(b)
  if ta == "boolean" and tb == "number" then return (a and 1 or 0) == b end
  if tb == "boolean" and ta == "number" then return (b and 1 or 0) == a end
  if ta == "table" and tb ~= "table" or tb == "table" and ta ~= "table" then return EQ(a, b) end
  return false
end

-- Install operator metamethods on an instance metatable.
-- The unary/len/call metamethods dispatch through the type: one closure
-- each, shared by every class (made once, not per class: start-up time).
local function unary_dispatch(key, message)
  return function(a)
    local f = typeof(a).L[key]
    if f then return f(a) end
    raise_type("TypeError", message, tname(a))
  end
end
local op_unm = unary_dispatch(":__neg__", "bad operand type for unary -: '%s'")
local op_bnot = unary_dispatch(":__invert__", "bad operand type for unary ~: '%s'")
local op_len = unary_dispatch(":__len__", "object of type '%s' has no len()")
local function op_call(a, ...)
  local f = typeof(a).L[":__call__"]
  if f then return f(a, ...) end
  raise_type("TypeError", "'%s' object is not callable", tname(a))
end
local function install_ops(M)
  for name, f in pairs(DISPATCH) do M[name] = f end
  M.__lt = LT
  M.__le = LE
  M.__unm = op_unm
  M.__bnot = op_bnot
  M.__len = op_len
  M.__call = op_call
  M.__concat = nil
end
R.install_ops = install_ops

-- ---------------------------------------------------------------------
-- Classes

-- Class tables are built with their fields in place: an assignment of a
-- missing field would go through TYPE_MT.__newindex (start-up time).
local WEAK_KEYS = {__mode = "k"}
local function new_class_table(name, qualname, module)
  return setmetatable({name = name, qualname = qualname or name, module = module or "builtins", own = {}, L = {},
                       subs = setmetatable({}, WEAK_KEYS), fastnew = false}, TYPE_MT)
end

-- A user class deriving from int, float or str holds boxed values.
local function find_boxbase(C)
  -- rawget: a miss on a class table runs its __index function
  if rawget(C, "builtin") then return end
  for i = 2, #C.mro do
    if rawget(C.mro[i], "valtype") then
      rawset(C, "boxbase", C.mro[i])
      -- C(x): the base builds the value, then a user __init__ runs
      rawset(C, "inherited_new", function(C2, ...)
        local o = rawget(C2, "boxbase").native_new(C2, ...)
        local init = C2.L[":__init__"]
        if init and init ~= object_cls.own.__init__ then init(o, ...) end
        return o
      end)
      return
    end
  end
end

-- A user class deriving from list or dict whose item access is its own
-- (or whose base's is) keeps its items in an inner container.
local function find_itembox(C)
  if rawget(C, "builtin") then return end
  local base
  for i = 2, #C.mro do
    local b = C.mro[i]
    if rawget(b, "itembox") then base = rawget(b, "itembox"); break end
    if rawget(b, "itemtype") then
      -- (del d[k] always calls __delitem__: an override of it alone is fine)
      local L, BL = C.L, b.L
      if L[":__getitem__"] ~= BL[":__getitem__"] or L[":__setitem__"] ~= BL[":__setitem__"] then base = b end
      break
    end
  end
  if not base then return end
  rawset(C, "itembox", base)
  local L = C.L
  for k, v in pairs(L) do if CONTFUNCS[v] then L[k] = cwrap(v) end end
  -- (instances come from list.__new__/dict.__new__, see containers.lua)
end

local function op_tostring(o) return R.str(o) end

local function finish_class(C, bases)
  rawset(C, "bases", bases)
  if #bases == 1 then
    -- single inheritance (the common case): the base's MRO and lookup
    -- table are already linearized and flattened
    local b = bases[1]
    local mro = {C}
    for i = 1, #b.mro do mro[i + 1] = b.mro[i] end
    rawset(C, "mro", mro)
    find_boxbase(C)
    local L = C.L
    for k, v in pairs(b.L) do L[k] = v end
    if rawget(b, "valtype") then
      for k, v in pairs(L) do if VALFUNCS[v] then L[k] = boxwrap(v) end end
    end
    local builtin = rawget(C, "builtin")
    for name, v in pairs(C.own) do
      if type(v) == "function" and not VALFUNCS[v] and (builtin or is_pyfunc(v)) then
        -- set_lentry's common case, inline (C is the owner): start-up time
        L[AK[name]] = nil
        L[MK[name]] = v
      else
        set_lentry(C, name)
      end
    end
  else
    rawset(C, "mro", c3(C, bases))
    find_boxbase(C)
  end
  local set = {}
  for i = 1, #C.mro do set[C.mro[i]] = i end
  rawset(C, "mroset", set)
  for i = 1, #bases do bases[i].subs[C] = true end
  if #bases ~= 1 then rebuild_lookup(C) end
  find_itembox(C)
  local M = {cls = C, __name = C.name}
  rawset(C, "M", M)
  local sa = C.L[":__setattr__"]
  if sa and OBJECT_SETATTR and sa ~= OBJECT_SETATTR then C.proxy = true end
  -- data descriptors must see every assignment and read: attributes off
  -- the raw table, as for __setattr__; properties need __newindex (below)
  local has_prop = false
  for i = 1, #C.mro do
    for _, v in pairs(C.mro[i].own) do
      if is_data_descr(v) then rawset(C, "proxy", true)
      elseif type(v) == "table" and getmetatable(v) == PROP_MT then has_prop = true end
    end
  end
  -- hot builtin types and plain classes: a method call is a plain table
  -- lookup; misses fall back in the emitted code
  choose_index(C)
  install_ops(M)
  -- equality only where a class defines __eq__ (identity otherwise)
  if C.L[":__eq__"] and C.L[":__eq__"] ~= (object_cls and object_cls.L[":__eq__"]) then
    M.__eq = eq_mm
    -- its instances may equal a number or a str: see BX
    if not rawget(C, "builtin") then rawset(C, "eqbox", true) end
  end
  M.__tostring = op_tostring
  -- __newindex only when attribute or item assignment needs code
  if C.L[":__setitem__"] or C.proxy or C.noattrs or has_prop then M.__newindex = make_newindex(C) end
  return C
end
R.finish_class = finish_class

-- Define a builtin type from a table of methods (Lua functions taking self).
function R.builtin_type(name, bases, methods, opts)
  local C = new_class_table(name, name, "builtins")
  rawset(C, "builtin", true)
  for k, v in pairs(methods or {}) do C.own[k] = v end
  BUILTIN_CLASSES[#BUILTIN_CLASSES + 1] = C
  if opts then for k, v in pairs(opts) do C[k] = v end end
  finish_class(C, bases or (object_cls and {object_cls} or {}))
  return C
end

-- Re-derive metamethods after a dunder is assigned on a class.
R.dunder_hook = function(C, name)
  if name == "__hash__" then
    -- instances may stop being their own dict/set keys (containers.lua)
    C.M.idkey, C.M.idkey_off = nil, true
  end
  if name == "__eq__" then
    C.M.__eq = eq_mm
    rawset(C, "eqbox", true)
  elseif name == "__setitem__" or name == "__setattr__" then
    local sa = C.L[":__setattr__"]
    C.proxy = sa ~= nil and sa ~= OBJECT_SETATTR or nil
    choose_index(C)
    C.M.__newindex = make_newindex(C)
  elseif TABLE_MODE[C] and SHADOW[MK[name]] and C.L[MK[name]] ~= nil then
    downgrade(C)
  end
end

-- The `class` statement: name, qualname, bases list, keywords dict,
-- module namespace, body function(ns) -> cell setter.
-- Build a class object: the work of type.__new__.
local function make_class(mcls, name, qualname, bases, ns, module, order, kwargs)
  if #bases == 0 then bases[1] = object_cls end
  local C = new_class_table(name, qualname, module)
  if mcls and mcls ~= typeobj then rawset(C, "metaclass", mcls) end
  for k, v in pairs(ns) do
    C.own[k] = v
    -- a runtime function first bound in a class body takes its name there
    local info = type(v) == "function" and R.FUNCINFO[v]
    if info and info.unnamed then
      info.unnamed = nil
      info.name, info.qualname = k, qualname .. "." .. k
    end
  end
  C.order = order
  if C.own.__doc__ == nil then C.own.__doc__ = None end
  -- a class that defines __eq__ and not __hash__ is unhashable
  if rawget(C.own, "__eq__") ~= nil and rawget(C.own, "__hash__") == nil then C.own.__hash__ = None end
  finish_class(C, bases)
  -- __init_subclass__ of the nearest base that defines it
  for i = 2, #C.mro do
    local isc = C.mro[i].own.__init_subclass__
    if isc and C.mro[i] ~= object_cls then
      local f = getmetatable(isc) == CLASSM_MT and isc.f or isc
      -- the class statement's keywords (other than metaclass) go to it
      if kwargs and #kwargs.names > 0 then R.call_with_kw(f, {C}, 1, kwargs.names, kwargs.vals)
      else f(C) end
      break
    end
  end
  -- __set_name__ on descriptors, in the class body's order
  local done = {}
  local function set_name(k, v)
    done[k] = true
    if type(v) == "table" then
      local sn = typeof(v).L[":__set_name__"]
      if sn then sn(v, C, k) end
    end
  end
  for _, k in ipairs(rawget(C, "order") or {}) do
    local v = C.own[k]
    if v ~= nil and not done[k] then set_name(k, v) end
  end
  local rest = {}
  for k in pairs(C.own) do if not done[k] and type(k) == "string" then rest[#rest + 1] = k end end
  table.sort(rest)
  for _, k in ipairs(rest) do set_name(k, C.own[k]) end
  return C
end
R.make_class = make_class

-- The `class` statement: name, qualname, bases list, keywords dict,
-- module namespace, body function(ns) -> cell setter.
function R.class(name, qualname, baselist, kw, G, body)
  local bases = {}
  local n = baselist.n or 0
  for i = 0, n - 1 do
    local b = baselist[i]
    if not isclass(b) then
      -- PEP 560: list[int] and other aliases stand for their origin
      local me = typeof(b).L[":__mro_entries__"]
      if not me then raise_type("TypeError", "bases must be types") end
      b = me(b, baselist)
      if getmetatable(b) == R.TUPLE then b = b[0] end
    end
    bases[#bases + 1] = b
  end
  -- the metaclass: explicit, else the most derived among the bases'
  local metaclass
  if kw ~= nil and kw ~= None then metaclass = R.dict_get(kw, "metaclass") end
  if metaclass == nil then
    for i = 1, #bases do
      local m = rawget(bases[i], "metaclass")
      if m and (metaclass == nil or issubclass(m, metaclass)) then metaclass = m end
    end
  end
  -- the class namespace keeps definition order (enums, __dict__)
  local order = {}
  local ns = setmetatable({}, {__newindex = function(t, k, v)
    order[#order + 1] = k
    rawset(t, k, v)
  end})
  local setcell = body(ns)
  setmetatable(ns, nil)
  local module = rawget(G, "__name__") or "__main__"
  local C
  if metaclass == nil or metaclass == typeobj then
    local kwargs
    if kw ~= nil and kw ~= None then
      kwargs = {names = {}, vals = {}}
      for k, v in R.dict_pairs(kw) do
        if k ~= "metaclass" then
          kwargs.names[#kwargs.names + 1] = k
          kwargs.vals[#kwargs.vals + 1] = v
        end
      end
    end
    C = make_class(typeobj, name, qualname, bases, ns, module, order, kwargs)
  else
    -- metaclass(name, bases, namespace): its __new__ ends in type.__new__
    local nsd = R.mkdict()
    for _, k in ipairs(order) do
      local v = rawget(ns, k)
      if v ~= nil then nsd[k] = v end
    end
    nsd.__module__ = module
    nsd.__qualname__ = qualname
    C = metaclass(name, R.tuple_from_array(bases), nsd)
  end
  if setcell and isclass(C) then setcell(C) end
  return C
end

-- `x: T = v` in a class body records T in __annotations__ (in order).
function R.annotate(ns, name, thunk)
  local ann = ns.__annotations__
  if ann == nil then ann = R.mkdict(); ns.__annotations__ = ann end
  local ok, v = pcall(thunk)
  ann[name] = ok and v or None
end

-- Class-body name lookup: the class namespace, else module globals/builtins.
function R.clsget(ns, name, G)
  local v = ns[name]
  if v ~= nil then return v end
  return R.gn(G, name)
end

-- Zero-argument super(): a proxy for the rest of the MRO.
local SUPER_MT = {__name = "super"}
function R.super(cls, obj)
  if cls == nil then raise_type("RuntimeError", "super(): no arguments") end
  return setmetatable({cls = cls, obj = obj}, SUPER_MT)
end

-- super().name(...) in a method of cls (see ex_call in parser/emit.c):
-- where the super object would call a plain method with obj, that method
-- is remembered per (cls, class of obj, name) and called directly. The
-- cache is dropped whenever any class changes (SUPER_VERSION, bumped in
-- refresh_name).
local SUPCACHE = setmetatable({}, {__mode = "k"})
function R.supercall(cls, obj, name, ...)
  local mt = getmetatable(obj)
  local byc = SUPCACHE[cls]
  if byc and byc.v == SUPER_VERSION[1] and mt then
    local t = byc[mt]
    local v = t and t[name]
    if v then return v(obj, ...) end
  end
  local s = R.super(cls, obj)
  local f = s[":" .. name]
  if getmetatable(f) == R.CALLWITH_MT and mt and not isclass(obj) then
    if not byc or byc.v ~= SUPER_VERSION[1] then
      byc = {v = SUPER_VERSION[1]}
      SUPCACHE[cls] = byc
    end
    local t = byc[mt]
    if not t then t = {}; byc[mt] = t end
    t[name] = f[1]
  end
  return f(s, ...)
end
local function super_lookup(s, name)
  local C = isclass(s.obj) and issubclass(s.obj, s.cls) and s.obj or typeof(s.obj)
  local mro = C.mro
  local start
  for i = 1, #mro do if mro[i] == s.cls then start = i + 1; break end end
  if not start then return nil end
  for i = start, #mro do
    local v = mro[i].own[name]
    if v ~= nil then return v, mro[i] end
  end
  return nil
end
-- {f, x}: a method-call wrapper (called with its receiver first, which it
-- drops) that calls f with x in its place: super().m(...) is {m, obj},
-- C.cm(...) for a classmethod {cm, C}. A table, not a closure, so that a
-- keyword call finds f (call_with_kw).
local CALLWITH_MT = {__call = function(w, _, ...) return w[1](w[2], ...) end}
R.CALLWITH_MT = CALLWITH_MT

SUPER_MT.__index = function(s, k)
  if type(k) ~= "string" then return nil end
  local c = byte(k, 1)
  local name = KNAME[k]
  local v, owner = super_lookup(s, name)
  if v == nil then
    if name == "__init__" then return c == 58 and function() return None end or bind(s.obj, function() return None end) end
    raise_attr(s, name, "'super' object has no attribute '%s'", name)
  end
  local obj = s.obj
  local tv = type(v)
  -- int/float/str methods take the plain value of a boxed instance
  if VALFUNCS[v] and type(obj) == "table" and rawget(obj, BOXV) ~= nil then v = boxwrap(v) end
  if CONTFUNCS[v] and type(obj) == "table" and rawget(obj, BOXV) ~= nil then v = cwrap(v) end
  if tv == "function" and (owner.builtin or is_pyfunc(v)) then
    -- __new__ is a static method: super().__new__(cls, ...) passes cls itself
    if name == "__new__" then return c == 58 and dropself(v) or v end
    if isclass(obj) and not issubclass(typeof(obj), s.cls) then
      return c == 58 and dropself(v) or v
    end
    -- a method call passes the super object as self: call with obj
    -- instead (a callable table, so that keyword calls find v: call_with_kw)
    if c == 58 then return setmetatable({v, obj}, CALLWITH_MT) end
    return bind(obj, v)
  elseif tv == "table" then
    local mt = getmetatable(v)
    if mt == CLASSM_MT then
      local cls = isclass(obj) and obj or typeof(obj)
      if c == 58 then return setmetatable({v.f, cls}, CALLWITH_MT) end
      return bind(cls, v.f)
    elseif mt == STATIC_MT then
      return c == 58 and dropself(v.f) or v.f
    elseif mt == PROP_MT then
      local r = v.fget(obj)
      return c == 58 and dropself(r) or r
    end
  end
  return c == 58 and dropself(v) or v
end
R.SUPER_MT = SUPER_MT

-- ---------------------------------------------------------------------
-- Calls with keyword arguments

local KWMARK = {}
R.KWMARK = KWMARK
local OBJECT_NEW  -- object.__new__, the default
local inherited_native_new  -- defined with instantiation below
local init_instance         -- (likewise)
local TYPE_CALL   -- type.__call__, the default

-- Resolve a callable to (function, info, selfarg) for keyword mapping.
local function call_target(f)
  local tf = type(f)
  if tf == "function" then return f, FUNCINFO[f], nil end
  if tf == "table" then
    local mt = getmetatable(f)
    if mt == BOUND_MT then
      local g, info = call_target(f.func)
      return g, info, f.self
    elseif mt == TYPE_MT then
      return nil, nil, nil
    end
  end
  return nil, nil, nil
end

-- "'a'", "'a' and 'b'", "'a', 'b', and 'c'": how CPython lists names.
local function name_list(names)
  local q = {}
  for i = 1, #names do q[i] = "'" .. names[i] .. "'" end
  if #q <= 2 then return table.concat(q, " and ") end
  return table.concat(q, ", ", 1, #q - 1) .. ", and " .. q[#q]
end

-- TypeError for required parameters left unbound; kind is "positional"
-- or "keyword-only".
local function missing_error(info, kind, names)
  raise_type("TypeError", "%s() missing %d required %s argument%s: %s", info.qualname or info.name, #names, kind,
    #names == 1 and "" or "s", name_list(names))
end

local function kw_error(info, fmtstr, ...)
  raise_type("TypeError", "%s() " .. fmtstr, info and (info.qualname or info.name) or "function", ...)
end

-- Call f with positional args and keyword names/values.
-- A builtin that ignored the keywords it was handed leaves none behind for
-- the next call (object.__init__ when only __new__ is overridden, ...).
local function kw_consumed(...)
  if R.kw then R.kw = nil end
  return ...
end

-- Keywords naming positional-only parameters: all of them in one message
local function posonly_error(info, names)
  local bad = {}
  for j = 1, #names do
    for p = 1, info.nposonly or 0 do
      if info.params[p] == names[j] then bad[#bad + 1] = names[j] end
    end
  end
  kw_error(info, "got some positional-only arguments passed as keyword arguments: '%s'", table.concat(bad, ", "))
end

local function call_with_kw(f, pos, npos, names, vals)
  local cm = CLASSM_CALL[f]
  if cm then
    -- obj.cm(..., k=v): cm with obj's class in place of obj
    pos[1] = typeof(pos[1])
    return call_with_kw(cm, pos, npos, names, vals)
  end
  if getmetatable(f) == R.CALLWITH_MT then
    -- super().m(..., k=v): m with the object in place of the super object
    pos[1] = f[2]
    return call_with_kw(f[1], pos, npos, names, vals)
  end
  local inner = DROPPED[f]
  if inner then
    -- a method-call wrapper around a plain callable: drop the receiver
    table.remove(pos, 1)
    return call_with_kw(inner, pos, npos - 1, names, vals)
  end
  local g, info, selfarg = call_target(f)
  if g and not info then
    -- a builtin without a description reads its keywords with R.takekw()
    local kw = {}
    for j = 1, #names do kw[names[j]] = vals[j] end
    kw[KWMARK] = names
    R.kw = kw
    if selfarg ~= nil then return kw_consumed(g(selfarg, unpack(pos, 1, npos))) end
    return kw_consumed(g(unpack(pos, 1, npos)))
  end
  if info and not info.complex and not info.kwmark then
    local params = info.params
    local args = {}
    local off = 0
    if selfarg ~= nil then args[1] = selfarg; off = 1 end
    for i = 1, npos do args[off + i] = pos[i] end
    local total = off + npos
    for j = 1, #names do
      local name = names[j]
      local idx
      for p = 1, #params do if params[p] == name then idx = p; break end end
      if not idx then kw_error(info, "got an unexpected keyword argument '%s'", name) end
      if idx <= (info.nposonly or 0) then posonly_error(info, names) end
      if args[idx] ~= nil then kw_error(info, "got multiple values for argument '%s'", name) end
      args[idx] = vals[j]
      if idx > total then total = idx end
    end
    local missing
    for i = 1, info.nreq or 0 do
      if args[i] == nil then missing = missing or {}; missing[#missing + 1] = params[i] end
    end
    if missing then missing_error(info, "positional", missing) end
    return g(unpack(args, 1, #params > total and #params or total))
  end
  -- complex Python signature or kw-aware builtin: pass keywords via R.kw
  local kw = {}
  for j = 1, #names do
    if kw[names[j]] ~= nil then kw_error(info, "got multiple values for keyword argument '%s'", names[j]) end
    kw[names[j]] = vals[j]
  end
  kw[KWMARK] = names
  if g and info then
    if selfarg ~= nil then
      R.kw = kw
      return g(selfarg, unpack(pos, 1, npos))
    end
    R.kw = kw
    return g(unpack(pos, 1, npos))
  end
  -- classes and other callables: hand the keywords over
  if isclass(f) then
    -- (a metaclass's own __call__ first, as for a positional call)
    local mc = rawget(f, "metaclass")
    local mcall = mc and mc.L[":__call__"]
    if mcall and mcall ~= TYPE_CALL then
      return call_with_kw(mcall, {f, unpack(pos, 1, npos)}, npos + 1, names, vals)
    end
    return R.instantiate_kw(f, pos, npos, kw)
  end
  local callf = typeof(f).L[":__call__"]
  if callf then
    local p2 = {f}
    for i = 1, npos do p2[i + 1] = pos[i] end
    return call_with_kw(bind(f, callf), pos, npos, names, vals)
  end
  raise_type("TypeError", "'%s' object is not callable", tname(f))
end
R.call_with_kw = call_with_kw

-- Where each keyword of a call site goes among a simple function's
-- parameters: {idx..., top = highest slot, npos}, marked bad when the call
-- is an error (the general path then raises it with the right message).
local function site_map(info, npos, names)
  local params = info.params
  local map, seen = {top = npos, npos = npos}, {}
  for j = 1, #names do
    local idx
    for p = 1, #params do if params[p] == names[j] then idx = p; break end end
    if not idx or idx <= npos or idx <= (info.nposonly or 0) or seen[idx] then
      map.bad = true
      return map
    end
    seen[idx] = true
    map[j] = idx
    if idx > map.top then map.top = idx end
  end
  for i = npos + 1, info.nreq or 0 do
    if not seen[i] then map.bad = true; return map end
  end
  return map
end

-- The same for a complex signature: each keyword's slot in the layout
-- (params..., [*args], kwonly..., [**kwargs]), 0 for one that goes into
-- **kwargs. Whether defaults fill the rest is checked per call (they
-- belong to the function object, not to its description).
local function site_map_complex(info, npos, names)
  local params, kwonly = info.params, info.kwonly
  local np = #params
  local nv = info.vararg and 1 or 0
  local nk = kwonly and #kwonly or 0
  local map = {npos = npos, np = np, nv = nv, nk = nk, nout = np + nv + nk + (info.kwarg and 1 or 0)}
  if npos > np and nv == 0 then map.bad = true; return map end
  local seen = {}
  for j = 1, #names do
    local name, idx = names[j], nil
    for p = (info.nposonly or 0) + 1, np do if params[p] == name then idx = p; break end end
    if idx then
      if idx <= npos then map.bad = true; return map end
    else
      for p = 1, nk do if kwonly[p] == name then idx = np + nv + p; break end end
      if not idx then
        if not info.kwarg then map.bad = true; return map end
        idx = 0
      end
    end
    if idx ~= 0 then
      if seen[idx] then map.bad = true; return map end
      seen[idx] = true
    end
    map[j] = idx
  end
  return map
end

-- Lay out the arguments of a keyword call to a complex function as its
-- binder would (args holds npos positional values, then the keyword
-- values); nil when something is missing (the general path reports it).
local function layout_complex(f, info, map, names, args, npos)
  local defaults = FUNCDEFAULTS[f]
  if not defaults then return nil end
  local np, nv, nk = map.np, map.nv, map.nk
  local k = #names
  local extra
  if nv == 1 then
    local arr, ne = {}, npos > np and npos - np or 0
    for i = 1, ne do arr[i] = args[np + i] end
    extra = R.tuple_from_array(arr, ne)
  end
  local vals = {}
  for j = 1, k do vals[j] = args[npos + j] end
  local nfix = npos < np and npos or np
  for i = nfix + 1, npos + k do args[i] = nil end
  local kwd
  for j = 1, k do
    local idx = map[j]
    if idx == 0 then
      kwd = kwd or R.mkdict()
      kwd[names[j]] = vals[j]
    else
      args[idx] = vals[j]
    end
  end
  for i = nfix + 1, np do
    if args[i] == nil then
      local d = defaults[i]
      if d == nil then return nil end
      args[i] = d
    end
  end
  if nv == 1 then args[np + 1] = extra end
  local kwonly = info.kwonly
  for p = 1, nk do
    if args[np + nv + p] == nil then
      local d = defaults[kwonly[p]]
      if d == nil then return nil end
      args[np + nv + p] = d
    end
  end
  if info.kwarg then args[map.nout] = kwd or R.mkdict() end
  return args
end

-- Call the Python function f with keywords, binding through the call
-- site's cached mapping; returns false when f needs the general path.
-- args: self (when off is 1), npos positional values, keyword values.
local function kbind(f, info, names, args, npos)
  if info.complex then
    local map = names[info]
    if map == nil or map.npos ~= npos then map = site_map_complex(info, npos, names); names[info] = map end
    if map.bad then return false end
    if not layout_complex(f, info, map, names, args, npos) then return false end
    R.kw = BOUND
    return true, f(unpack(args, 1, map.nout))
  end
  local map = names[info]
  if map == nil or map.npos ~= npos then map = site_map(info, npos, names); names[info] = map end
  if map.bad then return false end
  local k = #names
  local vals = {}
  for j = 1, k do vals[j] = args[npos + j]; args[npos + j] = nil end
  for j = 1, k do args[map[j]] = vals[j] end
  return true, f(unpack(args, 1, map.top))
end

-- __kcall(f, npos, names, pos..., kwvalues...)
function R.kcall(f, npos, names, ...)
  local tf = type(f)
  if tf == "function" then
    -- a Python function: the mapping is worked out once per call site
    -- (names is the site's constant) and the arguments bound in one table
    local info = FUNCINFO[f]
    if info and not info.kwmark and not info.builtin and not DROPPED[f] then
      local ok, r = kbind(f, info, names, {...}, npos)
      if ok then return r end
    end
  elseif tf == "table" and getmetatable(f) == TYPE_MT and rawget(f, "metaclass") == nil
      and not rawget(f, "native_new") and not inherited_native_new(f) then
    -- a plain class: make the instance and bind its __init__ the same way
    local custom = f.L[":__new__"]
    local init = f.L[":__init__"]
    local info = type(init) == "function" and FUNCINFO[init]
    if (custom == nil or custom == OBJECT_NEW) and info and not info.kwmark and not info.builtin then
      local o = setmetatable({}, f.M)
      local ok = kbind(init, info, names, {o, ...}, npos + 1)
      if ok then return o end
    end
  end
  local n = select("#", ...)
  local pos = {...}
  local vals = {}
  for j = 1, #names do vals[j] = pos[npos + j]; pos[npos + j] = nil end
  return call_with_kw(f, pos, npos, names, vals)
end

-- __scall(f, poslist, kwdict): calls with *args / **kwargs
function R.scall(f, plist, kwd)
  local dup = R.kwdup
  if dup ~= nil then
    R.kwdup = nil
    local info = FUNCINFO[DROPPED[f] or f]
    local name = info and ((info.module or "__main__") .. "." .. (info.qualname or info.name)) or tname(f)
    raise_type("TypeError", "%s() got multiple values for keyword argument '%s'", name, dup)
  end
  local npos = plist.n
  local pos = {}
  for i = 0, npos - 1 do pos[i + 1] = plist[i] end
  local names, vals = {}, {}
  if kwd ~= nil and kwd ~= None then
    for k, v in R.dict_pairs(kwd) do
      if type(k) ~= "string" then raise_type("TypeError", "keywords must be strings") end
      names[#names + 1] = k
      vals[#vals + 1] = v
    end
  end
  if #names == 0 then return f(unpack(pos, 1, npos)) end
  return call_with_kw(f, pos, npos, names, vals)
end

function R.callv(f, args)
  return f(unpack(args))
end

-- Bind the arguments of a function with a complex signature:
-- returns the values of (params..., *vararg, kwonly..., **kwarg).
function R.bind(info, defaults, ...)
  local kw = R.kw
  R.kw = nil
  if kw == BOUND then return ... end
  local params = info.params
  local np = #params
  local n = select("#", ...)
  local out = {...}
  local nout = 0
  local extra
  if info.vararg then
    -- the extra positional arguments become the *args tuple (taken from
    -- the packed table: select() per item would be quadratic)
    extra = {n = n > np and n - np or 0}
    for i = np + 1, n do
      extra[i - np - 1] = out[i]
      out[i] = nil
    end
    setmetatable(extra, R.TUPLE)
  elseif n > np then
    raise_type("TypeError", "%s() takes %d positional argument%s but %d %s given", info.qualname or info.name, np,
      np == 1 and "" or "s", n, n == 1 and "was" or "were")
  end
  local kwonly = info.kwonly or {}
  local kwvals = {}
  local kwdict
  if info.kwarg then kwdict = R.mkdict() end
  if kw then
    for _, name in ipairs(kw[KWMARK]) do
      local v = kw[name]
      local idx
      for p = (info.nposonly or 0) + 1, np do if params[p] == name then idx = p; break end end
      if idx then
        if out[idx] ~= nil then kw_error(info, "got multiple values for argument '%s'", name) end
        out[idx] = v
      else
        local ko
        for p = 1, #kwonly do if kwonly[p] == name then ko = p; break end end
        if ko then
          kwvals[ko] = v
        elseif kwdict then
          kwdict[name] = v
        else
          for p = 1, info.nposonly or 0 do
            if params[p] == name then posonly_error(info, kw[KWMARK]) end
          end
          kw_error(info, "got an unexpected keyword argument '%s'", name)
        end
      end
    end
  end
  local missing
  for i = 1, np do
    if out[i] == nil then
      local d = defaults[i]
      if d == nil then missing = missing or {}; missing[#missing + 1] = params[i] end
      out[i] = d
    end
  end
  if missing then missing_error(info, "positional", missing) end
  nout = np
  if info.vararg then nout = nout + 1; out[nout] = extra end
  for p = 1, #kwonly do
    local v = kwvals[p]
    if v == nil then
      v = defaults[kwonly[p]]
      if v == nil then missing = missing or {}; missing[#missing + 1] = kwonly[p] end
    end
    nout = nout + 1
    out[nout] = v
  end
  if missing then missing_error(info, "keyword-only", missing) end
  if kwdict then nout = nout + 1; out[nout] = kwdict end
  return unpack(out, 1, nout)
end

-- Can a call to a function with keyword-only parameters bind its
-- arguments directly? Yes when no keywords are pending and the positional
-- count fits (see the emitter's parameter prologue).
function R.plaincall(lo, hi, ...)
  if R.kw ~= nil then return false end
  local n = select("#", ...)
  return n >= lo and n <= hi
end


-- Missing positional arguments of a simple function: the prologue passes
-- the values of its required parameters when one of them is nil.
-- A call the emitter knows passes too many positional arguments (the
-- arguments were evaluated first, as in CPython).
function R.toomany(name, lo, hi, given)
  local takes = lo == hi and format("%d positional argument%s", hi, hi == 1 and "" or "s")
    or format("from %d to %d positional arguments", lo, hi)
  raise_type("TypeError", "%s() takes %s but %d %s given", name, takes, given, given == 1 and "was" or "were")
end

-- Too many positional arguments for a simple function, found by its own
-- prologue: x2 is the second of its two sentinel parameters (nil when one
-- argument too many was passed; past two the count is not known, and the
-- message says two).
function R.toomanyx(info, x2)
  local hi = #info.params
  local ok, e = pcall(R.toomany, info.qualname, info.nreq, hi, hi + (x2 == nil and 1 or 2))
  if type(e) == "table" then rawset(e, "skip_callee", true) end
  error(e, 0)
end

-- A call that left out required arguments, found by the callee's own
-- prologue: the TypeError's traceback leaves that frame out, as CPython's
-- (the call never entered the function).
function R.argerr(info, upto, ...)
  local missing = {}
  local params = info.params
  for i = 1, upto do
    if select(i, ...) == nil then missing[#missing + 1] = params[i] end
  end
  local _, e = pcall(missing_error, info, "positional", missing)
  if type(e) == "table" then rawset(e, "skip_callee", true) end
  error(e, 0)
end

-- Builtins that accept keyword arguments read them with this: returns the
-- table of keywords (or nil) and clears it.
function R.takekw()
  local kw = R.kw
  R.kw = nil
  return kw
end

-- ---------------------------------------------------------------------
-- Bootstrap: object and type

object_cls = new_class_table("object", "object", "builtins")
object_cls.builtin = true
-- object.__init__ takes nothing more, unless the class has a __new__ of
-- its own that takes the arguments (CPython's object_init)
object_cls.own.__init__ = function(self, ...)
  if select("#", ...) > 0 or R.kw ~= nil then
    local kw = R.kw
    R.kw = nil
    local C = typeof(self)
    local newf = C.L[":__new__"]
    if newf == OBJECT_NEW or newf == nil then
      if C.L[":__init__"] ~= object_cls.own.__init__ then
        raise_type("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)")
      end
      raise_type("TypeError", "%s() takes no arguments", C.name)
    end
  end
  return None
end
object_cls.own.__eq__ = function(a, b) if rawequal(a, b) then return true end return NotImplemented end
object_cls.own.__ne__ = function(a, b)
  local r = R.EQ(a, b)
  return not r
end
object_cls.own.__hash__ = function(a) return R.id(a) end
object_cls.own.__repr__ = function(a)
  if a == nil then
    -- (a variable read before any assignment reached it: never a value)
    raise_type("UnboundLocalError", "cannot access a variable that is not associated with a value")
  end
  local c = typeof(a)
  local mod = c.module
  if mod == "builtins" then
    return format("<%s object at 0x%x>", c.qualname, R.id(a))
  end
  return format("<%s.%s object at 0x%x>", mod, c.qualname, R.id(a))
end
object_cls.own.__str__ = function(a) return R.repr(a) end
object_cls.own.__format__ = function(a, spec)
  if spec ~= "" then raise_type("TypeError", "unsupported format string passed to %s.__format__", tname(a)) end
  return R.str(a)
end
object_cls.own.__setattr__ = function(o, name, v) return R.setattr_default(typeof(o), o, name, v) end
OBJECT_SETATTR = object_cls.own.__setattr__
-- object.__delattr__: delattr's own rules (a class's __delattr__ delegates here)
object_cls.own.__delattr__ = function(o, name) return R.delattr_default(o, name) end
object_cls.own.__getattribute__ = function(o, name) return getattr_slow(typeof(o), o, name) end
object_cls.own.__init_subclass__ = setmetatable({f = function() return None end}, CLASSM_MT)
object_cls.default_setattr = true
object_cls.own.__new__ = function(cls, ...)
  if not isclass(cls) then
    raise_type("TypeError", "object.__new__(X): X is not a type object (%s)", typeof(cls).name)
  end
  local mro = cls.mro
  for i = 1, #mro do
    local nn = mro[i].native_new
    if nn then return nn(cls, ...) end
  end
  if cls == object_cls then return setmetatable({}, R.PLAIN_OBJECT_M) end
  local o = setmetatable({}, cls.M)
  if rawget(cls, "eqbox") then BX[o] = true end
  return o
end
OBJECT_NEW = object_cls.own.__new__
finish_class(object_cls, {})
object_cls.M.__eq = nil
R.object = object_cls
-- object() itself has no __dict__: its instances take no attributes
do
  local m = {}
  for k, v in pairs(object_cls.M) do m[k] = v end
  m.__newindex = function(o, k, v)
    local name = type(k) == "string" and k:sub(2) or tostring(k)
    raise_attr(o, name, "'object' object has no attribute '%s'", name)
  end
  R.PLAIN_OBJECT_M = m
end

typeobj = new_class_table("type", "type", "builtins")
typeobj.builtin = true
typeobj.own.mro = function(c) return R.list_from_array(c.mro) end
typeobj.own.__new__ = function(mcls, name, bases, ns)
  if bases == nil then return typeof(name) end
  local bl = {}
  for _, b in R.iter(bases) do bl[#bl + 1] = b end
  local own, order = {}, {}
  local module = "__main__"
  local qualname = name
  for k, v in R.dict_pairs(ns) do
    if k == "__module__" then module = v
    elseif k == "__qualname__" then qualname = v
    else own[k] = v; order[#order + 1] = k end
  end
  return make_class(mcls, name, qualname, bl, own, module, order)
end
typeobj.own.__init__ = function() return None end
typeobj.own.__setattr__ = function(C, name, v)
  C.own[name] = v
  refresh_name(C, name)
  return None
end
-- type.__call__(C, ...): with keywords (R.kw, from a metaclass's
-- super().__call__(*a, **kw)) through instantiate_kw
typeobj.own.__call__ = function(C, ...)
  local kw = R.kw
  if kw ~= nil then
    R.kw = nil
    local names = kw[KWMARK]
    if names and #names > 0 then return R.instantiate_kw(C, {...}, select("#", ...), kw) end
  end
  return R.instantiate(C, ...)
end
TYPE_CALL = typeobj.own.__call__
typeobj.own.__repr__ = function(c)
  if c.module == "builtins" then return format("<class '%s'>", c.qualname) end
  return format("<class '%s.%s'>", c.module, c.qualname)
end
typeobj.own.__subclasses__ = function(c)
  local arr = {}
  for s in pairs(c.subs) do arr[#arr + 1] = s end
  return R.list_from_array(arr)
end
-- type.__instancecheck__ / __subclasscheck__: the MRO's answer, for a
-- metaclass's own checks to fall back on
typeobj.own.__instancecheck__ = function(c, x) return isinstance(x, c) end
typeobj.own.__subclasscheck__ = function(c, x) return issubclass(x, c) end
finish_class(typeobj, {object_cls})
R.type = typeobj
BUILTIN_CLASSES[#BUILTIN_CLASSES + 1] = object_cls
BUILTIN_CLASSES[#BUILTIN_CLASSES + 1] = typeobj
classes_by_lua.table = object_cls

-- Attribute access on class objects: ".x" -> class getattr, ":x" -> call
-- without binding the class, other keys -> __class_getitem__.
TYPE_MT.__index = function(C, k)
  if type(k) ~= "string" then return nil end -- C[k]: R.gi (metaclass __getitem__, generic aliases)
  local c = byte(k, 1)
  if c ~= 46 and c ~= 58 then return nil end -- internal fields of the class table
  local name = KNAME[k]
  local v = lookup_mro(C, name)
  local r
  if v ~= nil then
    local tv = type(v)
    if tv == "table" then
      local mt = getmetatable(v)
      if mt == STATIC_MT then r = v.f
      elseif mt == CLASSM_MT then
        if c == 58 then return setmetatable({v.f, C}, R.CALLWITH_MT) end
        r = bind(C, v.f)
      elseif mt and mt.cls and mt.cls.L[":__get__"] and mt ~= PROP_MT then
        r = mt.cls.L[":__get__"](v, None, C)
      else r = v end
    elseif VALFUNCS[v] then
      -- str.upper(s) and the like may be handed a boxed instance
      r = boxwrap(v)
    elseif CONTFUNCS[v] then
      -- dict.__setitem__(self, k, v) in an item box's own method
      r = cwrap(v)
    else
      r = v
    end
  else
    r = R.class_special(C, name)
    if r == nil then
      -- attributes of the metaclass: methods bind to the class
      local mc = rawget(C, "metaclass") or typeobj
      local tv, owner = lookup_mro(mc, name)
      if tv ~= nil then
        if type(tv) == "function" and (owner.builtin or is_pyfunc(tv)) then
          if c == 58 then return tv end
          return bind(C, tv)
        elseif type(tv) == "table" and getmetatable(tv) == PROP_MT then
          r = tv.fget(C)
          if c == 58 then return dropself(r) end
          return r
        end
        if c == 58 then return dropself(tv) end
        return tv
      end
      -- the metaclass's __getattr__ (Enum-like registries: Color.by_name)
      local mga = mc ~= typeobj and mc.L[":__getattr__"]
      if mga then
        r = mga(C, name)
        if c == 58 then return dropself(r) end
        return r
      end
      raise_attr(C, name, "type object '%s' has no attribute '%s'", C.name, name)
    end
  end
  if c == 58 then return dropself(r) end
  return r
end
TYPE_MT.__newindex = function(C, k, v)
  if type(k) == "string" and byte(k, 1) == 46 then
    local name = KNAME[k]
    local mc = rawget(C, "metaclass")
    if mc then
      local sa = mc.L[":__setattr__"]
      if sa and sa ~= typeobj.L[":__setattr__"] then return sa(C, name, v) end
    end
    -- (__name__, __qualname__ and __module__ are the class's own fields)
    -- (not in its namespace: a subclass has its own, not the base's)
    if (name == "__module__" or name == "__name__" or name == "__qualname__") and type(v) == "string" then
      if name == "__module__" then rawset(C, "module", v)
      elseif name == "__name__" then rawset(C, "name", v)
      else rawset(C, "qualname", v) end
      return
    end
    C.own[name] = v
    refresh_name(C, name)
    return
  end
  rawset(C, k, v) -- internal fields of the class table
end

-- C[item]: generic aliases like list[int] or Queue[str] are the class itself
function R.class_getitem(C, k)
  local cg = lookup_mro(C, "__class_getitem__")
  if cg then return (getmetatable(cg) == CLASSM_MT and cg.f or cg)(C, k) end
  -- list[int], deque[int], Queue[int]: a types.GenericAlias
  return R.new_generic_alias(C, k)
end
-- C.fastnew: false until C is first instantiated, then 0 if C(...) needs
-- the general path (a native or custom __new__, a metaclass, instances
-- that may equal plain values), else the number of attributes its first
-- instance got: later instances start at that size (no rehash per
-- attribute) and skip the checks. Reset to false when C or a base
-- changes (refresh_name).
local newobj = R.c.newobj

-- __init__ gave r, which must be None
local function check_init_result(r)
  if r ~= None and r ~= nil then
    raise_type("TypeError", "__init__() should return None, not '%s'", typeof(r).name)
  end
end

-- o.__init__(...), then o
init_instance = function(o, init, ...)
  check_init_result(init(o, ...))
  return o
end
local function fast_size(C, o)
  if C == object_cls or getmetatable(o) ~= C.M or rawget(C, "native_new") or rawget(C, "metaclass")
      or rawget(C, "eqbox") or inherited_native_new(C) then
    return 0
  end
  local nw = C.L[":__new__"]
  if nw ~= nil and nw ~= OBJECT_NEW then return 0 end
  local n = 0
  for _ in next, o do
    n = n + 1
    if n >= 32 then break end
  end
  return n > 0 and n or 1
end

TYPE_MT.__call = function(C, ...)
  local fast = C.fastnew
  if fast and fast > 0 then
    local o = newobj(C.M, fast)
    local init = C.L[":__init__"]
    if init then
      -- (init_instance, inline: this is the hot path)
      local r = init(o, ...)
      if r ~= nil and r ~= None then check_init_result(r) end
    end
    return o
  end
  -- exact builtin types build themselves (str(x), list(x), int(s), ...;
  -- none has a metaclass)
  local nn = rawget(C, "native_new")
  if nn then return nn(C, ...) end
  local mc = rawget(C, "metaclass")
  if mc then
    local call = mc.L[":__call__"]
    if call and call ~= TYPE_CALL then return call(C, ...) end
  end
  local o = R.instantiate(C, ...)
  if fast == false and type(o) == "table" then C.fastnew = fast_size(C, o) end
  return o
end
-- The native constructor a class inherits from a builtin base (dict, list,
-- Exception, ...), or false; looked up once per class because a miss on a
-- class table goes through its __index function.
function inherited_native_new(C)
  local nn = rawget(C, "inherited_new")
  if nn == nil then
    nn = C.native_new or false
    -- (bytes and bytearray build their subclasses' instances themselves)
    for i = 2, #C.mro do
      if rawget(C.mro[i], "subclass_new") then nn = rawget(C.mro[i], "native_new"); break end
    end
    rawset(C, "inherited_new", nn)
  end
  return nn
end

function R.instantiate(C, ...)
  -- exact builtin types build themselves (list(x), dict(...), int(s), ...)
  local nn = rawget(C, "native_new")
  if nn then return nn(C, ...) end
  local custom = C.L[":__new__"]
  local o
  if custom and custom ~= OBJECT_NEW then
    o = custom(C, ...)
    if not isinstance(o, C) then return o end
  else
    local inherited = inherited_native_new(C)
    if inherited then return inherited(C, ...) end
    o = setmetatable({}, C == object_cls and R.PLAIN_OBJECT_M or C.M)
    if rawget(C, "eqbox") then BX[o] = true end
  end
  local init = C.L[":__init__"]
  if init then return init_instance(o, init, ...) end
  return o
end
TYPE_MT.__tostring = function(C) return R.repr(C) end
TYPE_MT.__eq = nil
TYPE_MT.__bor = function(a, b) return R.union_type and R.union_type(a, b) or a end

-- Instantiate with keyword arguments.
function R.instantiate_kw(C, pos, npos, kw)
  local custom = C.L[":__new__"]
  if custom == OBJECT_NEW then custom = nil end
  local inherited = inherited_native_new(C)
  if inherited and not custom then
    R.kw = kw
    return inherited(C, unpack(pos, 1, npos))
  end
  local o
  if custom then
    R.kw = nil
    o = call_with_kw(custom, {C, unpack(pos, 1, npos)}, npos + 1, kw[KWMARK], R.kwvals(kw))
    if not isinstance(o, C) then return o end
  else
    o = setmetatable({}, C == object_cls and R.PLAIN_OBJECT_M or C.M)
    if rawget(C, "eqbox") then BX[o] = true end
  end
  local init = C.L[":__init__"]
  if init then
    local args = {o, unpack(pos, 1, npos)}
    if init == object_cls.own.__init__ then R.kw = kw; init(o, unpack(pos, 1, npos)); return o end
    check_init_result(call_with_kw(init, args, npos + 1, kw[KWMARK], R.kwvals(kw)))
  end
  return o
end

function R.kwvals(kw)
  local vals = {}
  for i, name in ipairs(kw[KWMARK]) do vals[i] = kw[name] end
  return vals
end

-- Special attributes every object has.
function R.special_attr(o, C, name)
  if name == "__class__" then return C end
  local mt = getmetatable(o)
  if mt == R.GEN_M or mt == R.AGEN_M then
    -- (read here, on a miss: a __getattr__ would slow every internal
    -- field read of generators)
    local info = o.info
    if name == "__name__" then return info and info.name or "<genexpr>" end
    if name == "__qualname__" then return info and (info.qualname or info.name) or "<genexpr>" end
    if name == "gi_running" or name == "ag_running" then return o.running or false end
    if name == "gi_frame" or name == "gi_code" or name == "gi_yieldfrom" or name == "ag_frame" or name == "ag_code"
        or name == "ag_await" then
      return None
    end
  end
  if name == "__dict__" and type(o) == "table" then return R.instance_dict(o) end
  if name == "__doc__" then return None end
  if name == "__module__" then return C.module end
  return nil
end

function R.class_special(C, name)
  if name == "__name__" then return C.name end
  if name == "__class__" then return rawget(C, "metaclass") or typeobj end
  if name == "__qualname__" then return C.qualname end
  if name == "__module__" then return C.module end
  if name == "__mro__" then return R.tuple_from_array(C.mro) end
  if name == "__bases__" then return R.tuple_from_array(C.bases) end
  if name == "__base__" then return C.bases[1] or None end
  if name == "__dict__" then
    local d = R.mkdict()
    for _, k in ipairs(C.order or {}) do
      if C.own[k] ~= nil then d[k] = C.own[k] end
    end
    for k, v in pairs(C.own) do if d[k] == nil then d[k] = v end end
    return d
  end
  if name == "__class__" then return typeobj end
  if name == "__doc__" then return None end
  return nil
end

-- ---------------------------------------------------------------------
-- Identity

local IDS = setmetatable({}, {__mode = "k"})
local next_id = 0x7f0000001000
function R.id(x)
  local t = type(x)
  if t == "table" or t == "function" or t == "thread" or t == "userdata" then
    local i = IDS[x]
    if not i then
      next_id = next_id + 16
      i = next_id
      IDS[x] = i
    end
    return i
  end
  if t == "number" then return mtype(x) == "integer" and x or R.hash(x) end
  if x == nil then raise_type("TypeError", "id() takes exactly one argument (0 given)") end
  return R.hash(x)
end

-- Global name fallback: module namespace, then builtins, else NameError.
-- exec/eval namespaces that read a function's locals first: what they
-- look names up in (see R.exec_eval)
R.ENV_PARENT = setmetatable({}, {__mode = "k"})
function R.gn(G, name)
  local v = rawget(G, name)
  if v ~= nil then return v end
  local get = R.static_get(G, name)
  if get ~= nil then return get end
  local parent = R.ENV_PARENT[G]
  if parent then
    v = parent(name)
    if v ~= nil then return v end
  end
  v = R.B[name]
  if v ~= nil then return v end
  raise_type("NameError", "name '%s' is not defined", name)
end

-- Statics: module globals kept in Lua locals; other modules reach them
-- through accessors (see emit.c).
local STATICS = setmetatable({}, {__mode = "k"})
R.STATICS = STATICS
-- The module-level names a module keeps in Lua locals: getters and setters
-- by name.
function R.statics(G, getters, setters)
  STATICS[G] = {get = getters, set = setters}
end

-- The getters of G's statics by attribute key (".name" and ":name"), made
-- when another module first reads one, so that mod.name costs one lookup
-- and a call. A ":name" getter gives what mod.name() calls: the value
-- wrapped to drop the module argument (the last wrapper is kept).
local function method_getter(g)
  local last, w
  return function()
    local v = g()
    if v ~= last then
      if v == nil then return nil end
      last, w = v, dropself(v)
    end
    return w
  end
end
function R.static_attrs(G)
  local s = STATICS[G]
  if not s then return nil end
  local byattr = s.attr
  if not byattr then
    byattr = {}
    for name, g in pairs(s.get) do byattr[AK[name]] = g; byattr[MK[name]] = method_getter(g) end
    s.attr = byattr
  end
  return byattr
end
function R.static_get(G, name)
  local s = STATICS[G]
  if s and s.get[name] then return s.get[name]() end
  return nil
end
function R.static_set(G, name, v)
  local s = STATICS[G]
  if s and s.set[name] then s.set[name](v); return true end
  return false
end

R.int_cls_set = function(i, f, b, s, n, fn)
  int_cls, float_cls, bool_cls, str_cls, none_cls, func_cls = i, f, b, s, n, fn
  for _, K in ipairs({i, f, s}) do
    rawset(K, "valtype", true)
    for _, v in pairs(K.own) do if type(v) == "function" then VALFUNCS[v] = true end end
  end
end
