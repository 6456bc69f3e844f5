-- bytes.lua: the immutable byte string (field b holds the Lua string) and
-- its methods; loaded after builtins.lua (the codecs are there).
local R = ...
local None = R.None
local type, rawget, rawset, setmetatable, getmetatable, error, select, pcall =
      type, rawget, rawset, setmetatable, getmetatable, error, select, pcall
local mtype = math.type
local format, concat = string.format, table.concat
local typeof, isinstance, raise_type = R.typeof, R.isinstance, R.raise_type
local LIST_M, TUPLE_M, DICT_M = R.LIST, R.TUPLE, R.DICT_M
local iter, truth = R.iter, R.truth
local takekw = R.takekw
local B = R.B

local function raise(name, fmt, ...) raise_type(name, fmt, ...) end

local BYTES_M
local function bytes_of(s) return setmetatable({b = s}, BYTES_M) end
R.bytes_of = bytes_of
R.bytes = bytes_of

-- bytes methods: the argument as a byte string (bytes, or an int for
-- find/count/index), the [start, end) range as 0-based byte offsets, a
-- find from either end, strip of a set of bytes, prefix/suffix tests
local function bytes_arg(x)
  if type(x) == "number" and mtype(x) == "integer" then
    if x < 0 or x > 255 then raise("ValueError", "byte must be in range(0, 256)") end
    return string.char(x)
  end
  if type(x) == "table" and type(x.b) == "string" then return x.b end
  raise("TypeError", "argument should be integer or bytes-like object, not '%s'", typeof(x).name)
end
local function bytes_range(n, a, e)
  a = (a == nil or a == None) and 0 or a
  e = (e == nil or e == None) and n or e
  if a < 0 then a = a + n; if a < 0 then a = 0 end end
  if e < 0 then e = e + n; if e < 0 then e = 0 end end
  if e > n then e = n end
  return a, e
end
local function bytes_find(b, x, a, e, from_end)
  local s, sub = b.b, bytes_arg(x)
  local lo, hi = bytes_range(#s, a, e)
  if hi - lo < #sub then return -1 end
  if not from_end then
    local j = s:find(sub, lo + 1, true)
    if j and j + #sub - 1 <= hi then return j - 1 end
    return -1
  end
  for j = hi - #sub + 1, lo + 1, -1 do
    if s:sub(j, j + #sub - 1) == sub then return j - 1 end
  end
  return -1
end
local function bytes_strip(s, chars, left, right)
  local set
  if chars == nil or chars == None then set = " \t\n\r\v\f" else set = bytes_arg(chars) end
  local i, j = 1, #s
  if left then while i <= j and set:find(s:sub(i, i), 1, true) do i = i + 1 end end
  if right then while j >= i and set:find(s:sub(j, j), 1, true) do j = j - 1 end end
  return s:sub(i, j)
end
local function bytes_affix(b, p, a, e, name, suffix)
  local s = b.b
  local lo, hi = bytes_range(#s, a, e)
  local function one(x)
    local q = bytes_arg(x)
    if hi - lo < #q then return false end
    if suffix then return s:sub(hi - #q + 1, hi) == q end
    return s:sub(lo + 1, lo + #q) == q
  end
  if type(p) == "table" and getmetatable(p) == TUPLE_M then
    for i = 0, p.n - 1 do if one(p[i]) then return true end end
    return false
  end
  if type(p) ~= "table" or type(p.b) ~= "string" then
    raise("TypeError", "%s first arg must be bytes or a tuple of bytes, not %s", name, typeof(p).name)
  end
  return one(p)
end

local bytes_extra = {}
-- More bytes methods (merged into the class below): the ASCII case and
-- padding ones work byte by byte;
-- the splitting ones go through the str methods on the raw string.
do
  local own = bytes_extra
  local function fill_arg(fill, name)
    if fill == nil then return " " end
    if type(fill) ~= "table" or type(fill.b) ~= "string" or #fill.b ~= 1 then
      raise("TypeError", "%s() argument 2 must be a byte string of length 1, not %s", name, typeof(fill).name)
    end
    return fill.b
  end
  local function pad(b, width, fill, name, how)
    local s = b.b
    width = R.index_of(width)
    fill = fill_arg(fill, name)
    local n = width - #s
    if n <= 0 then return bytes_of(s) end
    if how == "l" then return bytes_of(s .. fill:rep(n)) end
    if how == "r" then return bytes_of(fill:rep(n) .. s) end
    -- center: CPython puts the odd byte on the left when the width is odd
    local left = n // 2 + (n & width & 1)
    return bytes_of(fill:rep(left) .. s .. fill:rep(n - left))
  end
  own.ljust = function(b, width, fill) return pad(b, width, fill, "ljust", "l") end
  own.rjust = function(b, width, fill) return pad(b, width, fill, "rjust", "r") end
  own.center = function(b, width, fill) return pad(b, width, fill, "center", "c") end
  own.zfill = function(b, width)
    local s = b.b
    width = R.index_of(width)
    if #s >= width then return bytes_of(s) end
    local sign = s:match("^[+-]") or ""
    return bytes_of(sign .. ("0"):rep(width - #s) .. s:sub(#sign + 1))
  end
  own.capitalize = function(b) return bytes_of(b.b:sub(1, 1):upper() .. b.b:sub(2):lower()) end
  own.swapcase = function(b)
    return bytes_of((b.b:gsub("%a", function(c) return c:match("%l") and c:upper() or c:lower() end)))
  end
  own.title = function(b)
    return bytes_of((b.b:gsub("(%a)(%a*)", function(a, rest) return a:upper() .. rest:lower() end)))
  end
  own.isupper = function(b) return b.b:find("%u") ~= nil and not b.b:find("%l") end
  own.islower = function(b) return b.b:find("%l") ~= nil and not b.b:find("%u") end
  own.isascii = function(b) return not b.b:find("[\128-\255]") end
  own.expandtabs = function(b, tabsize)
    local kw = takekw()
    if kw and kw.tabsize then tabsize = kw.tabsize end
    tabsize = tabsize and R.index_of(tabsize) or 8
    local out, col = {}, 0
    for c in b.b:gmatch(".") do
      if c == "\t" then
        if tabsize > 0 then
          local n = tabsize - col % tabsize
          out[#out + 1] = (" "):rep(n)
          col = col + n
        end
      else
        out[#out + 1] = c
        col = (c == "\n" or c == "\r") and 0 or col + 1
      end
    end
    return bytes_of(concat(out))
  end
  own.removeprefix = function(b, p)
    local q = bytes_arg(p)
    if b.b:sub(1, #q) == q then return bytes_of(b.b:sub(#q + 1)) end
    return bytes_of(b.b)
  end
  own.removesuffix = function(b, p)
    local q = bytes_arg(p)
    if #q > 0 and b.b:sub(-#q) == q then return bytes_of(b.b:sub(1, #b.b - #q)) end
    return bytes_of(b.b)
  end
  own.rsplit = function(b, sep, maxsplit)
    local kw = takekw()
    if kw then
      if kw.sep ~= nil then sep = kw.sep end
      if kw.maxsplit ~= nil then maxsplit = kw.maxsplit end
    end
    local l = R.str_cls.L[":rsplit"](b.b, (sep ~= nil and sep ~= None) and bytes_arg(sep) or None, maxsplit)
    for i = 0, l.n - 1 do l[i] = bytes_of(l[i]) end
    return l
  end
  -- bytes.maketrans(frm, to): the 256-byte table translate() takes
  own.maketrans = setmetatable({f = function(frm, to)
    local a, z = bytes_arg(frm), bytes_arg(to)
    if #a ~= #z then raise("ValueError", "maketrans arguments must have same length") end
    local t = {}
    for i = 0, 255 do t[i] = i end
    for i = 1, #a do t[a:byte(i)] = z:byte(i) end
    local out = {}
    for i = 0, 255 do out[i + 1] = string.char(t[i]) end
    return bytes_of(concat(out))
  end}, R.STATIC_MT)
  own.translate = function(b, tbl, delete)
    local kw = takekw()
    if kw and kw.delete then delete = kw.delete end
    local map
    if tbl ~= None then
      map = bytes_arg(tbl)
      if #map ~= 256 then raise("ValueError", "translation table must be 256 characters long") end
    end
    local del = {}
    if delete ~= nil then
      local d = bytes_arg(delete)
      for i = 1, #d do del[d:sub(i, i)] = true end
    end
    return bytes_of((b.b:gsub(".", function(c)
      if del[c] then return "" end
      if map then local k = c:byte() + 1; return map:sub(k, k) end
      return c
    end)))
  end
  -- bytes % args: the str formatting on the bytes read as Latin-1
  -- (bytes arguments too), and the text back as Latin-1
  local function latin1(s) return R.bytes_decode(bytes_of(s), "latin-1") end
  -- the conversion letter of each positional argument ('*' widths take one)
  local function conversions(fmt)
    local convs, i, n = {}, 1, #fmt
    while true do
      i = fmt:find("%", i, true)
      if not i or i >= n then return convs end
      local j = i + 1
      if fmt:sub(j, j) == "%" then
        i = j + 1
      else
        if fmt:sub(j, j) == "(" then j = (fmt:find(")", j, true) or n) + 1 end
        while j <= n and fmt:sub(j, j):find("[-+ #0]") do j = j + 1 end
        for _ = 1, 2 do
          if fmt:sub(j, j) == "*" then convs[#convs + 1] = "*"; j = j + 1 end
          while j <= n and fmt:sub(j, j):find("%d") do j = j + 1 end
          if fmt:sub(j, j) == "." then j = j + 1 else break end
        end
        while j <= n and fmt:sub(j, j):find("[hlL]") do j = j + 1 end
        convs[#convs + 1] = fmt:sub(j, j)
        i = j + 1
      end
    end
  end
  own.__mod__ = function(b, args)
    local function conv(v, c)
      if (c == "s" or c == "b" or c == "c") and type(v) == "table" and type(v.b) == "string" then return latin1(v.b) end
      return v
    end
    if getmetatable(args) == TUPLE_M then
      local convs = conversions(b.b)
      local a = {}
      for i = 0, args.n - 1 do a[i + 1] = conv(args[i], convs[i + 1]) end
      args = R.tuple_from_array(a, args.n)
    elseif getmetatable(args) ~= DICT_M then
      args = conv(args, conversions(b.b)[1])
    end
    return bytes_of(R.str_encode(latin1(b.b) % args, "latin-1"))
  end
end

local bytes_methods = {
  decode = function(b, encoding, errors) return R.bytes_decode(b, encoding, errors) end,
  hex = function(b, sep, per)
    local kw = takekw()
    if kw then sep = kw.sep or sep; per = kw.bytes_per_sep or per end
    local h = (b.b:gsub(".", function(c) return format("%02x", c:byte()) end))
    if sep == nil or sep == None then return h end
    if type(sep) == "table" and type(sep.b) == "string" then sep = sep.b end
    if type(sep) ~= "string" then raise("TypeError", "sep must be str or bytes.") end
    if R.c.ulen(sep) ~= 1 then raise("ValueError", "sep must be length 1.") end
    if string.byte(sep) >= 128 then raise("ValueError", "sep must be ASCII.") end
    per = per == nil and 1 or R.index_of(per)
    local n = #b.b
    if per == 0 or n <= 1 then return h end
    -- groups of |per| bytes, counted from the right when per > 0
    local w = (per < 0 and -per or per) * 2
    local out = {}
    local first = per > 0 and (#h % w) or w
    if first == 0 then first = w end
    out[1] = h:sub(1, first)
    for i = first + 1, #h, w do out[#out + 1] = h:sub(i, i + w - 1) end
    return concat(out, sep)
  end,
  -- bytes.fromhex("de ad"): pairs of hex digits, whitespace between pairs
  fromhex = setmetatable({f = function(C, s)
    if type(s) ~= "string" then raise("TypeError", "fromhex() argument must be str, not %s", typeof(s).name) end
    local out, i, n = {}, 1, #s
    while i <= n do
      local c = s:sub(i, i)
      if c:find("^[ \t\n\r\v\f]") then
        i = i + 1
      else
        local hi, lo = tonumber(c, 16), tonumber(s:sub(i + 1, i + 1), 16)
        if not hi then raise("ValueError", "non-hexadecimal number found in fromhex() arg at position %d", R.c.ulen(s:sub(1, i - 1))) end
        if not lo then raise("ValueError", "non-hexadecimal number found in fromhex() arg at position %d", R.c.ulen(s:sub(1, i))) end
        out[#out + 1] = string.char(hi * 16 + lo)
        i = i + 2
      end
    end
    local r = bytes_of(concat(out))
    if C ~= B.bytes then return C(r) end
    return r
  end}, R.CLASSM_MT),
  __len__ = function(b) return #b.b end,
  __getitem__ = function(b, i)
    if type(i) == "table" and getmetatable(i) == R.SLICE_M then
      local a, c, st = R.slice_indices(i.start, i.stop, i.step, #b.b)
      local out = {}
      if st > 0 then for j = a, c - 1, st do out[#out + 1] = b.b:sub(j + 1, j + 1) end
      else for j = a, c + 1, st do out[#out + 1] = b.b:sub(j + 1, j + 1) end end
      return bytes_of(concat(out))
    end
    i = R.index_of(i, "byte")
    local n = #b.b
    if i < 0 then i = i + n end
    if i < 0 or i >= n then raise("IndexError", "index out of range") end
    return b.b:byte(i + 1)
  end,
  __iter__ = function(b)
    local i = 0
    return R.make_iterator(function() i = i + 1; if i > #b.b then return nil end return true, b.b:byte(i) end)
  end,
  __contains__ = function(b, x)
    if type(x) == "number" then return b.b:find(string.char(x), 1, true) ~= nil end
    return b.b:find(x.b, 1, true) ~= nil
  end,
  __eq__ = function(a, b)
    if type(b) ~= "table" then return false end
    local mt = getmetatable(b)
    return (mt == BYTES_M or mt == R.BYTEARRAY_M) and a.b == b.b
  end,
  __lt__ = function(a, b) return a.b < b.b end,
  __le__ = function(a, b) return a.b <= b.b end,
  __add__ = function(a, b)
    if type(b) ~= "table" or (getmetatable(b) ~= BYTES_M and getmetatable(b) ~= R.BYTEARRAY_M) then
      return R.NotImplemented
    end
    return bytes_of(a.b .. b.b)
  end,
  __mul__ = function(a, n) return bytes_of(a.b:rep(n)) end,
  __hash__ = function(b) return R.hash(b.b) end,
  __repr__ = function(b)
    local s = b.b
    local q = (s:find("'", 1, true) and not s:find('"', 1, true)) and '"' or "'"
    local body = s:gsub("[%c\\'\"\128-\255]", function(c)
      if c == "\\" then return "\\\\" end
      if c == q then return "\\" .. c end
      if c == "'" or c == '"' then return c end
      if c == "\n" then return "\\n" end
      if c == "\r" then return "\\r" end
      if c == "\t" then return "\\t" end
      return format("\\x%02x", c:byte())
    end)
    return "b" .. q .. body .. q
  end,
  startswith = function(b, p, a, e) return bytes_affix(b, p, a, e, "startswith", false) end,
  endswith = function(b, p, a, e) return bytes_affix(b, p, a, e, "endswith", true) end,
  rfind = function(b, x, a, e) return bytes_find(b, x, a, e, true) end,
  index = function(b, x, a, e)
    local i = bytes_find(b, x, a, e, false)
    if i < 0 then raise("ValueError", "subsection not found") end
    return i
  end,
  rindex = function(b, x, a, e)
    local i = bytes_find(b, x, a, e, true)
    if i < 0 then raise("ValueError", "subsection not found") end
    return i
  end,
  count = function(b, x, a, e)
    local s, lo, hi = b.b, bytes_range(#b.b, a, e)
    local sub = bytes_arg(x)
    if #sub == 0 then return hi - lo + 1 end
    local n, i = 0, lo
    while true do
      local j = s:find(sub, i + 1, true)
      if not j or j + #sub - 1 > hi then return n end
      n = n + 1
      i = j + #sub - 1
    end
  end,
  replace = function(b, old, new, count)
    local s, o, w = b.b, bytes_arg(old), bytes_arg(new)
    if count == nil or count == None then count = -1 end
    local out, i, n = {}, 1, 0
    if #o == 0 then
      -- between every byte, as CPython does
      for k = 1, #s do
        if count >= 0 and n >= count then out[#out + 1] = s:sub(k); return bytes_of(concat(out)) end
        out[#out + 1] = w; out[#out + 1] = s:sub(k, k); n = n + 1
      end
      if count < 0 or n < count then out[#out + 1] = w end
      return bytes_of(concat(out))
    end
    while count < 0 or n < count do
      local j = s:find(o, i, true)
      if not j then break end
      out[#out + 1] = s:sub(i, j - 1); out[#out + 1] = w
      i = j + #o
      n = n + 1
    end
    out[#out + 1] = s:sub(i)
    return bytes_of(concat(out))
  end,
  lstrip = function(b, chars) return bytes_of(bytes_strip(b.b, chars, true, false)) end,
  rstrip = function(b, chars) return bytes_of(bytes_strip(b.b, chars, false, true)) end,
  upper = function(b) return bytes_of((b.b:gsub("%l", string.upper))) end,
  lower = function(b) return bytes_of((b.b:gsub("%u", string.lower))) end,
  partition = function(b, sep)
    local s, p = b.b, bytes_arg(sep)
    local j = s:find(p, 1, true)
    if not j then return R.tuple_from_array({b, bytes_of(""), bytes_of("")}, 3) end
    return R.tuple_from_array({bytes_of(s:sub(1, j - 1)), bytes_of(p), bytes_of(s:sub(j + #p))}, 3)
  end,
  rpartition = function(b, sep)
    local i = bytes_find(b, sep, nil, nil, true)
    local s, p = b.b, bytes_arg(sep)
    if i < 0 then return R.tuple_from_array({bytes_of(""), bytes_of(""), b}, 3) end
    return R.tuple_from_array({bytes_of(s:sub(1, i)), bytes_of(p), bytes_of(s:sub(i + #p + 1))}, 3)
  end,
  splitlines = function(b, keepends)
    local kw = takekw()
    if kw and kw.keepends ~= nil then keepends = kw.keepends end
    local s, out, i = b.b, {}, 1
    keepends = keepends ~= nil and truth(keepends)
    while i <= #s do
      local j = s:find("[\r\n]", i)
      if not j then out[#out + 1] = bytes_of(s:sub(i)); break end
      local e = j
      if s:sub(j, j + 1) == "\r\n" then e = j + 1 end
      out[#out + 1] = bytes_of(s:sub(i, keepends and e or j - 1))
      i = e + 1
    end
    return R.list_from_array(out)
  end,
  isdigit = function(b) return #b.b > 0 and not b.b:find("%D") end,
  isalpha = function(b) return #b.b > 0 and not b.b:find("%A") end,
  isalnum = function(b) return #b.b > 0 and not b.b:find("%W") end,
  isspace = function(b) return #b.b > 0 and not b.b:find("[^ \t\n\r\v\f]") end,
  split = function(b, sep)
    local l = R.str_cls.L[":split"](b.b, sep and sep.b or nil)
    for i = 0, l.n - 1 do l[i] = bytes_of(l[i]) end
    return l
  end,
  strip = function(b, chars) return bytes_of(bytes_strip(b.b, chars, true, true)) end,
  find = function(b, x, a, e) return bytes_find(b, x, a, e, false) end,
  join = function(b, it)
    local parts = {}
    for _, v in iter(it) do parts[#parts + 1] = v.b end
    return bytes_of(concat(parts, b.b))
  end,
}
for k, v in pairs(bytes_extra) do bytes_methods[k] = v end
local bytes_cls = R.builtin_type("bytes", nil, bytes_methods, {noattrs = true})
BYTES_M = bytes_cls.M
R.BYTES_M = BYTES_M

bytes_cls.native_new = function(C, x, enc, errors)
  if R.kw then
    local kw = takekw()
    if kw.encoding ~= nil then enc = kw.encoding end
    if kw.errors ~= nil then errors = kw.errors end
    if kw.source ~= nil then x = kw.source end
  end
  if x == nil then return bytes_of("") end
  if type(x) == "string" then
    if enc == nil then raise("TypeError", "string argument without an encoding") end
    return bytes_of(R.str_encode(x, enc, errors))
  end
  if enc ~= nil then raise("TypeError", "encoding without a string argument") end
  x = R.unbox(x)
  if type(x) == "number" then
    if mtype(x) ~= "integer" then raise("TypeError", "cannot convert 'float' object to bytes") end
    if x < 0 then raise("ValueError", "negative count") end
    return bytes_of(string.rep("\0", x))
  end
  if getmetatable(x) == BYTES_M then return x end
  if getmetatable(x) == R.BYTEARRAY_M then return bytes_of(x.b) end
  local parts = {}
  for _, v in iter(x) do
    v = R.index_of(v)
    if v < 0 or v > 255 then raise("ValueError", "bytes must be in range(0, 256)") end
    parts[#parts + 1] = string.char(v)
  end
  return bytes_of(concat(parts))
end
-- a subclass's instance: the bytes made as above, with the subclass's metatable
local bytes_new = bytes_cls.native_new
bytes_cls.native_new = function(C, ...)
  local b = bytes_new(C, ...)
  if C ~= bytes_cls then b = setmetatable({b = b.b}, C.M) end
  return b
end
rawset(bytes_cls, "subclass_new", true)
B.bytes = bytes_cls
