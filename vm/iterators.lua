-- iterators.lua: the iteration protocol (Lua generic-for triples under the
-- hood), iterator objects, generators on coroutines, unpacking, `in`,
-- and sorting.
local R = ...
local None = R.None
local type, rawget, rawequal, setmetatable, getmetatable, error, select, pcall =
      type, rawget, rawequal, setmetatable, getmetatable, error, select, pcall
local cocreate, coresume, coyield, costatus = coroutine.create, coroutine.resume, coroutine.yield, coroutine.status
local typeof, isinstance, raise_type = R.typeof, R.isinstance, R.raise_type
local LIST_M, TUPLE_M, DICT_M, SET_M = R.LIST, R.TUPLE, R.DICT_M, R.SET_M
local EXC = R.EXC
local EXS = R.EXS -- sys.exc_info()'s exception (exceptions.lua)

local function raise(name, fmt, ...) raise_type(name, fmt, ...) end

local list_next = R.c.list_next
R.list_next = list_next

-- ---------------------------------------------------------------------
-- Iterator objects wrapping a Lua (f, s, c) triple

local ITER_M
local iter_cls = R.builtin_type("iterator", nil, {
  __iter__ = function(it) return it end,
  __next__ = function(it)
    local c, v = it.f(it.s, it.c)
    if c == nil then error(R.new_exc("StopIteration"), 0) end
    it.c = c
    return v
  end,
  __repr__ = function(it) return string.format("<iterator object at 0x%x>", R.id(it)) end,
}, {noattrs = true})
ITER_M = iter_cls.M

local function make_iterator(f, s, c)
  return setmetatable({f = f, s = s, c = c}, ITER_M)
end
R.make_iterator = make_iterator

-- ---------------------------------------------------------------------
-- Generators

local GEN_M
local THROW = {}   -- resume value marking an exception thrown into a generator
R.GEN_THROW = THROW
-- `yield from sub` in a generator's body yields (DELEGATE, sub): the driver
-- (gen_resume) then steps sub itself and resumes the body with {[RETURNED]
-- = value} or {[THROW] = exception} when sub ends. Only one coroutine is
-- resumed per item however long the chain: nested resumes would run into
-- Lua's C-stack limit near 100 levels of recursive generators.
local DELEGATE, RETURNED = {}, {}
-- what a generator's thread returns first when its body ended (a yield
-- returns the value alone): no coroutine.status call per item
local GEN_END = {}

local function gen_start(g)
  local fn = g.fn
  local tbh = R.tbh
  g.co = cocreate(function()
    return GEN_END, R.xpcall(fn, tbh)
  end)
end

-- A step generator (a generator expression with one for clause, see
-- ex_genexp_step in parser/emitcomp.c) has no coroutine: g.step() returns (true,
-- item) or nothing at the end. While a step runs, g.done is true: if it
-- raises, the generator stays finished, as CPython's does.
local function step_resume(g, sent)
  if sent ~= nil and sent ~= None then
    if type(sent) == "table" and sent[THROW] then
      g.done = true
      error(sent[THROW], 0)
    end
    if not g.started then raise("TypeError", "can't send non-None value to a just-started generator") end
  end
  g.started = true
  g.done = true
  local ok, v = g.step()
  if ok then
    g.done = false
    return true, v
  end
  return false, None
end

-- One step of generator g's own body: "yield", value; "delegate", the
-- generator a yield from hands over to; "return", value; "raise", exception.
local body_after
local function body_step(g, sent)
  if g.done then return "return", None end
  if g.step then
    local ok, yielded, v = pcall(step_resume, g, sent)
    if not ok then return "raise", R.to_exception(yielded) end
    if yielded then return "yield", v end
    return "return", v
  end
  if not g.co then
    if sent ~= nil and sent ~= None and not (type(sent) == "table" and sent[THROW]) then
      raise("TypeError", "can't send non-None value to a just-started generator")
    end
    gen_start(g)
  end
  if g.running then raise("ValueError", "generator already executing") end
  g.running = true
  local ok, a, b, c = coresume(g.co, sent)
  g.running = false
  return body_after(g, ok, a, b, c)
end

-- What a resume of g's thread gave, as body_step tells it (see there).
body_after = function(g, ok, a, b, c)
  if not ok then
    g.done = true
    return "raise", a
  end
  if a == GEN_END then
    g.done = true
    g.co = nil
    a, b = b, c
    if a then return "return", b == nil and None or b end
    -- the body raised (a == false, b == exception)
    local e = b
    if isinstance(e, EXC.StopIteration) then e = R.stopiteration_escaped(e, "generator") end
    return "raise", e
  end
  if a == DELEGATE then return "delegate", b end
  return "yield", a
end

-- Resume; returns (true, value) for a yield, (false, retval) when finished.
-- A chain of yield froms is driven from here, one level at a time: the
-- innermost generator runs, and when it ends its parent resumes with the
-- result (see DELEGATE).
local function gen_resume(g, sent)
  if g.done then return false, None end
  if g.step then return step_resume(g, sent) end
  local kind0, v0 -- (what the inline resume below got, when it was not a yield)
  local co = g.co
  if co and not g.sub and not g.running then
    -- the common case, inline: a started generator not delegating
    g.running = true
    local ok, a, b, c = coresume(co, sent)
    g.running = false
    if ok and a ~= GEN_END and a ~= DELEGATE then return true, a end
    kind0, v0 = body_after(g, ok, a, b, c)
  end
  local stack, depth = nil, 0
  local cur = g
  while cur.sub do
    stack = stack or {}
    depth = depth + 1
    stack[depth] = cur
    cur = cur.sub
  end
  while true do
    local kind, v
    if kind0 then kind, v, kind0 = kind0, v0, nil else kind, v = body_step(cur, sent) end
    if kind == "yield" then return true, v end
    if kind == "delegate" then
      if v == cur or v.running then
        sent = {[THROW] = R.new_exc("ValueError", "generator already executing")}
      else
        cur.sub = v
        stack = stack or {}
        depth = depth + 1
        stack[depth] = cur
        cur, sent = v, nil
      end
    else
      if depth == 0 then
        if kind == "return" then return false, v end
        error(v, 0)
      end
      cur = stack[depth]
      stack[depth] = nil
      depth = depth - 1
      cur.sub = nil
      if kind == "return" then sent = {[RETURNED] = v} else sent = {[THROW] = v} end
    end
  end
end
R.gen_resume = gen_resume

-- The StopIteration that ends a generator or coroutine returning v.
local function stop_iteration(v)
  local e = R.new_exc("StopIteration")
  if v ~= nil and v ~= None then
    rawset(e, ".value", v)
    rawset(e, ".args", R.tuple_from_array({v}, 1))
  end
  return e
end
R.stop_iteration = stop_iteration

-- PEP 479: a StopIteration raised inside a generator or coroutine leaves
-- it as a RuntimeError ("generator raised StopIteration") caused by it.
function R.stopiteration_escaped(e, what)
  local r = R.new_exc("RuntimeError", what .. " raised StopIteration")
  rawset(r, ".__cause__", e)
  rawset(r, ".__suppress_context__", true)
  return r
end

local function gen_next(g)
  local ok, v = gen_resume(g, nil)
  if ok then return v end
  error(stop_iteration(v), 0)
end

-- throw(type, value): the exception to raise (value itself when it is
-- already an instance of type, as CPython takes it)
function R.throw_value(cls, val)
  if val == nil or val == None then return cls() end
  if R.isinstance(val, cls) then return val end
  if type(val) == "table" and getmetatable(val) == TUPLE_M then return cls(table.unpack(val, 0, val.n - 1)) end
  return cls(val)
end

local gen_methods = {
  __iter__ = function(g) return g end,
  __next__ = gen_next,
  send = function(g, v)
    local ok, r = gen_resume(g, v)
    if ok then return r end
    error(stop_iteration(r), 0)
  end,
  throw = function(g, exc, val)
    if R.isclass(exc) then exc = R.throw_value(exc, val) end
    if not g.co or g.done then
      g.done = true
      error(exc, 0)
    end
    local ok, r = gen_resume(g, {[THROW] = exc})
    if ok then return r end
    error(stop_iteration(r), 0)
  end,
  close = function(g)
    if not g.co or g.done then g.done = true; return None end
    local ok, err = pcall(gen_resume, g, {[THROW] = R.new_exc("GeneratorExit")})
    g.done = true
    -- (a generator that returns meanwhile is closed: err is false then)
    if ok then
      if err then raise("RuntimeError", "generator ignored GeneratorExit") end
      return None
    end
    if isinstance(err, EXC.GeneratorExit) or isinstance(err, EXC.StopIteration) then return None end
    error(err, 0)
  end,
  __repr__ = function(g) return string.format("<generator object %s at 0x%x>", g.info and (g.info.qualname or g.info.name) or "?", R.id(g)) end,
}
-- A for statement over a call's result guards a generator made there (see
-- emit_for_head in parser/emit.c): ended early, the loop closes it, as
-- CPython does when the loop drops the last reference. An exception from
-- the generator's cleanup is reported and dropped, as CPython's is.
function R.report_ignored(obj, err)
  pcall(R.flush_stdout)
  local ok, text = pcall(R.format_exception, R.to_exception(err))
  io.stderr:write("Exception ignored in: " .. R.repr(obj) .. "\n" .. (ok and text or tostring(err) .. "\n"))
end
local GUARD_M = {__close = function(gd)
  for i = #gd, 1, -1 do
    local g = gd[i]
    if g.co and not g.done and not g.running then
      local ok, err = pcall(gen_methods.close, g)
      if not ok then R.report_ignored(g, err) end
    end
  end
end}
-- the fresh generators x iterates: itself, or what enumerate/zip wrap,
-- when not started yet and made after the since-th generator (a loop over
-- enumerate(g) or zip(a, g) leaves alone the g made before it)
local function fresh_gens(x, out, since)
  local mt = getmetatable(x)
  if mt == GEN_M then
    if not x.co and not x.done and x.seq > since then out[#out + 1] = x end
  elseif mt == R.ENUMERATE_M then
    if x.fresh then fresh_gens(x.it, out, since) end
  elseif mt == R.ZIP_M then
    local srcs = x.srcs
    if srcs then for i = 1, #srcs do fresh_gens(srcs[i], out, since) end end
  end
  return out
end
-- How many generators were made so far: the emitter reads GENSEQ[1]
-- before a for statement computes its iterable and passes it here as since
-- (none for a comprehension's first iterable, computed before)
local GENSEQ = {0}
R.GENSEQ = GENSEQ
function R.genguard(x, since)
  if type(x) ~= "table" then return nil end
  local gs = fresh_gens(x, {}, since or 0)
  if #gs == 0 then return nil end
  return setmetatable(gs, GUARD_M)
end

local gen_cls = R.builtin_type("generator", nil, gen_methods, {noattrs = true})
GEN_M = gen_cls.M
R.GEN_M = GEN_M
R.generator = gen_cls

function R.gen(fn, info)
  if type(info) == "table" then
    if not info.noted then R.note_body(fn, info) end
  elseif info then
    R.FUNCINFO[fn] = info
  end
  local seq = GENSEQ[1] + 1
  GENSEQ[1] = seq
  -- (every field a step reads is present: a miss would go through the
  -- class's __index function)
  return setmetatable({fn = fn, info = info, seq = seq, co = false, done = false, running = false, step = false,
    sub = false}, GEN_M)
end

-- A generator expression compiled to a step function (see step_resume).
local STEP_INFO = setmetatable({}, {__index = function(t, qualname)
  local info = {name = "<genexpr>", qualname = qualname}
  t[qualname] = info
  return info
end})
function R.gstep(step, qualname)
  local seq = GENSEQ[1] + 1
  GENSEQ[1] = seq
  return setmetatable({step = step, info = STEP_INFO[qualname], seq = seq, done = false, started = false, sub = false,
    co = false}, GEN_M)
end

-- What came back to a `yield` statement (see st_expr in parser/emit.c):
-- a throw() is raised there; a sent value is dropped.
R.coyield = coyield
function R.yieldchk(r)
  if type(r) == "table" and r[THROW] then error(r[THROW], 0) end
end

-- `yield v` inside a generator body: returns the value sent in.
function R.yield(v)
  local r = coyield(v)
  if r == nil then return None end
  if type(r) == "table" and r[THROW] then error(r[THROW], 0) end
  return r
end

function R.yieldfrom(it)
  local mt = getmetatable(it)
  if mt == GEN_M then
    if it.running then raise("ValueError", "generator already executing") end
    -- the driver steps it (see DELEGATE) and resumes us when it ends
    local r = coyield(DELEGATE, it)
    if type(r) == "table" then
      local v = r[RETURNED]
      if v ~= nil then return v end
      if r[THROW] then error(r[THROW], 0) end
    end
    return None
  end
  for _, v in R.iter(it) do R.yield(v) end
  return None
end

-- ---------------------------------------------------------------------
-- iter(): the Lua triple for any iterable

local function pyiter_step(it)
  -- a Python iterator object with __next__
  local nx = typeof(it).L[":__next__"]
  if not nx then raise("TypeError", "iter() returned non-iterator of type '%s'", typeof(it).name) end
  return function()
    -- (the StopIteration may come from an except block, which it left)
    local exs = EXS[1]
    local ok, v = pcall(nx, it)
    if ok then return true, v end
    EXS[1] = exs
    if isinstance(v, EXC.StopIteration) then return nil end
    error(v, 0)
  end
end

local function iter(x)
  local mt = getmetatable(x)
  if mt == LIST_M or mt == TUPLE_M then return list_next, x, -1 end
  if mt == ITER_M then
    -- the iterator object keeps its position: step it in place
    local f, s = x.f, x.s
    return function()
      local c, v = f(s, x.c)
      if c == nil then return nil end
      x.c = c
      return true, v
    end
  end
  if mt == GEN_M then
    local step = x.step
    if step then
      x.started = true
      return function()
        if x.done then return nil end
        x.done = true
        local ok, v = step()
        if ok then
          x.done = false
          return true, v
        end
        return nil
      end
    end
    return function()
      local ok, v = gen_resume(x, nil)
      if ok then return true, v end
      return nil
    end
  end
  if mt == DICT_M then
    local f = R.dict_pairs(x)
    return function() local k = f(); if k == nil then return nil end return true, k end
  end
  if mt == R.ZIP_M and not x.strict then
    -- zip steps its iterators here, not through a protected __next__
    local its = x.its
    local n = #its
    if n == 0 then return function() return nil end end
    return function()
      local out = {n = n}
      for i = 1, n do
        local t = its[i]
        local c, v = t[1](t[2], t[3])
        if c == nil then return nil end
        t[3] = c
        out[i - 1] = v
      end
      return true, setmetatable(out, TUPLE_M)
    end
  end
  if type(x) == "string" then
    local it = R.str_cls.L[":__iter__"](x)
    return it.f, it.s, it.c
  end
  local cls = typeof(x)
  local itf = cls.L[":__iter__"]
  if itf then
    local it = itf(x)
    local imt = getmetatable(it)
    if imt == ITER_M then return it.f, it.s, it.c end
    if imt == GEN_M or imt == LIST_M or imt == TUPLE_M then return iter(it) end
    return pyiter_step(it)
  end
  local gi = cls.L[":__getitem__"]
  if gi then
    local i = -1
    return function()
      i = i + 1
      local exs = EXS[1]
      local ok, v = pcall(gi, x, i)
      if ok then return true, v end
      EXS[1] = exs
      if isinstance(v, EXC.IndexError) or isinstance(v, EXC.StopIteration) then return nil end
      error(v, 0)
    end
  end
  raise("TypeError", "'%s' object is not iterable", cls.name)
end
R.iter = iter

-- for loops as the compiler emits them: a list or tuple gives (nil, x, -1)
-- and the loop indexes it; anything else gives iter(x)'s triple
function R.iterf(x)
  local mt = getmetatable(x)
  if mt == LIST_M or mt == TUPLE_M then return nil, x, -1 end
  return iter(x)
end

-- iter(x) as a Python object
function R.iter_object(x)
  local mt = getmetatable(x)
  if mt == ITER_M or mt == GEN_M then return x end
  local cls = typeof(x)
  local itf = cls.L[":__iter__"]
  if itf and mt ~= LIST_M and mt ~= TUPLE_M and mt ~= DICT_M then
    local it = itf(x)
    if not typeof(it).L[":__next__"] then raise("TypeError", "iter() returned non-iterator of type '%s'", typeof(it).name) end
    return it
  end
  return make_iterator(iter(x))
end

-- next(it): for Python iterator objects
function R.next_of(it, default)
  local mt = getmetatable(it)
  if mt == ITER_M then
    local c, v = it.f(it.s, it.c)
    if c == nil then
      if default ~= nil then return default end
      error(R.new_exc("StopIteration"), 0)
    end
    it.c = c
    return v
  end
  if mt == GEN_M then
    local ok, v = gen_resume(it, nil)
    if ok then return v end
    if default ~= nil then return default end
    error(stop_iteration(v), 0)
  end
  local nx = typeof(it).L[":__next__"]
  if not nx then raise("TypeError", "'%s' object is not an iterator", typeof(it).name) end
  if default == nil then return nx(it) end
  local exs = EXS[1]
  local ok, v = pcall(nx, it)
  if ok then return v end
  EXS[1] = exs
  if isinstance(v, EXC.StopIteration) then return default end
  error(v, 0)
end

function R.reversed_iter(l)
  local i = l.n
  return make_iterator(function() i = i - 1; if i < 0 then return nil end return true, l[i] end)
end

-- ---------------------------------------------------------------------
-- Unpacking

local function unpack_err(n, got, more)
  if more then raise("ValueError", "too many values to unpack (expected %d)", n) end
  raise("ValueError", "not enough values to unpack (expected %d, got %d)", n, got)
end

function R.unpack(x, n)
  local mt = getmetatable(x)
  if mt == TUPLE_M or mt == LIST_M then
    local m = x.n
    if m ~= n then unpack_err(n, m, m > n) end
    return table.unpack(x, 0, n - 1)
  end
  local vals = {}
  local k = 0
  local ok, f, st, c = pcall(iter, x)
  if not ok then
    if isinstance(f, EXC.TypeError) and type(x) ~= "string" then
      raise("TypeError", "cannot unpack non-iterable %s object", typeof(x).name)
    end
    error(f, 0)
  end
  for _, v in f, st, c do
    k = k + 1
    if k > n then unpack_err(n, k, true) end
    vals[k] = v
  end
  if k < n then unpack_err(n, k, false) end
  return table.unpack(vals, 1, n)
end

-- a, *b, c = x: `before` names, a list, `after` names
function R.unpackex(x, before, after)
  local vals, n = R.iter_to_array(x)
  if n < before + after then
    raise("ValueError", "not enough values to unpack (expected at least %d, got %d)", before + after, n)
  end
  local out = {}
  for i = 1, before do out[i] = vals[i] end
  local mid = {}
  for i = before + 1, n - after do mid[#mid + 1] = vals[i] end
  out[before + 1] = R.list_from_array(mid)
  for i = 1, after do out[before + 1 + i] = vals[n - after + i] end
  return table.unpack(out, 1, before + after + 1)
end

-- for a, b in x: a triple yielding (control, a, b, ...)
function R.iterunpack(x, n)
  local mt = getmetatable(x)
  if mt == R.ITEMS_M and n == 2 then
    local f = R.dict_pairs(x.d)
    return function() local k, v = f(); if k == nil then return nil end return true, k, v end
  end
  if mt == R.ZIP_M and not x.strict and #x.its == n and n == 2 then
    -- for a, b in zip(p, q): no tuple per item
    local t1, t2 = x.its[1], x.its[2]
    local f1, s1, f2, s2 = t1[1], t1[2], t2[1], t2[2]
    return function()
      local c1, v1 = f1(s1, t1[3])
      if c1 == nil then return nil end
      t1[3] = c1
      local c2, v2 = f2(s2, t2[3])
      if c2 == nil then return nil end
      t2[3] = c2
      return true, v1, v2
    end
  end
  if mt == R.ENUMERATE_M and n == 2 then
    -- (the object keeps its place: a loop left early can go on with it)
    local f, s = x.f, x.s
    x.fresh = nil
    return function()
      local c, v = f(s, x.c)
      if c == nil then return nil end
      x.c = c
      local i = x.i
      x.i = i + 1
      return true, i, v
    end
  end
  local f, s, c = iter(x)
  return function()
    local v
    c, v = f(s, c)
    if c == nil then return nil end
    local vm = getmetatable(v)
    if (vm == TUPLE_M or vm == LIST_M) then
      if v.n ~= n then unpack_err(n, v.n, v.n > n) end
      return true, table.unpack(v, 0, n - 1)
    end
    return true, R.unpack(v, n)
  end
end

-- ---------------------------------------------------------------------
-- x in y

local list_index = R.c.list_index
function R.contains(x, y)
  local mt = getmetatable(y)
  if mt == DICT_M then return R.dict_get(y, x) ~= nil end
  if mt == LIST_M or mt == TUPLE_M then
    if list_index(y, x, R.eq) >= 0 then return true end
    if x ~= x then return R.list.L[":__contains__"](y, x) end -- a NaN finds itself (R.item_eq)
    return false
  end
  if type(y) == "string" then
    if type(x) ~= "string" then
      x = R.unbox(x)
      if type(x) ~= "string" then raise("TypeError", "'in <string>' requires string as left operand, not %s", typeof(x).name) end
    end
    return string.find(y, x, 1, true) ~= nil
  end
  local cls = typeof(y)
  local c = cls.L[":__contains__"]
  if c then return R.truth(c(y, x)) end
  if type(y) ~= "table" or y == None or not (cls.L[":__iter__"] or cls.L[":__getitem__"]) then
    raise("TypeError", "argument of type '%s' is not iterable", cls.name)
  end
  for _, v in iter(y) do
    if rawequal(v, x) or R.item_eq(v, x) then return true end
  end
  return false
end

-- ---------------------------------------------------------------------
-- Sorting: stable, like Python's sort

-- Stable merge sort of keys[1..n] carrying vals; `rev` reverses order.
local function merge_sort(keys, vals, n, rev)
  local k2, v2 = {}, {}
  local width = 1
  -- insertion sort runs of 8 first
  local RUN = 8
  for lo = 1, n, RUN do
    local hi = lo + RUN - 1
    if hi > n then hi = n end
    for i = lo + 1, hi do
      local k, v = keys[i], vals[i]
      local j = i - 1
      if rev then
        while j >= lo and keys[j] < k do keys[j + 1] = keys[j]; vals[j + 1] = vals[j]; j = j - 1 end
      else
        while j >= lo and k < keys[j] do keys[j + 1] = keys[j]; vals[j + 1] = vals[j]; j = j - 1 end
      end
      keys[j + 1] = k
      vals[j + 1] = v
    end
  end
  width = RUN
  local src_k, src_v, dst_k, dst_v = keys, vals, k2, v2
  while width < n do
    local lo = 1
    while lo <= n do
      local mid = lo + width
      local hi = lo + 2 * width - 1
      if hi > n then hi = n end
      local i, j, o = lo, mid, lo
      if mid > n then
        for q = lo, hi do dst_k[q] = src_k[q]; dst_v[q] = src_v[q] end
      else
        while i < mid and j <= hi do
          local a, b = src_k[i], src_k[j]
          local take_j
          if rev then take_j = a < b else take_j = b < a end
          if take_j then
            dst_k[o] = b; dst_v[o] = src_v[j]; j = j + 1
          else
            dst_k[o] = a; dst_v[o] = src_v[i]; i = i + 1
          end
          o = o + 1
        end
        while i < mid do dst_k[o] = src_k[i]; dst_v[o] = src_v[i]; i = i + 1; o = o + 1 end
        while j <= hi do dst_k[o] = src_k[j]; dst_v[o] = src_v[j]; j = j + 1; o = o + 1 end
      end
      lo = lo + 2 * width
    end
    src_k, dst_k = dst_k, src_k
    src_v, dst_v = dst_v, src_v
    width = width * 2
  end
  return src_k, src_v
end

local csort = R.c.sort
function R.sort_list(l, key, rev)
  local n = l.n
  if n < 2 then return end
  local keys
  if key then
    keys = {}
    key = R.direct_entry(key, 1)
    for i = 1, n do keys[i] = key(l[i - 1]) end
  end
  -- ints, numbers or strings: sorted in C, stably
  if csort(l, keys, rev) then return end
  local vals = {}
  for i = 1, n do vals[i] = l[i - 1] end
  if not key then
    keys = {}
    for i = 1, n do keys[i] = vals[i] end
  end
  local _, sv = merge_sort(keys, vals, n, rev)
  for i = 1, n do l[i - 1] = sv[i] end
end
