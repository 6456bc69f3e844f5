-- strings.lua: the str type on Lua's string metatable (code-point
-- indexing over UTF-8), str(), repr(), format(), %-formatting, numbers'
-- and bools' types, NoneType and the function type.
local R = ...
local None = R.None
local type, rawget, rawset, rawequal, setmetatable, getmetatable, error, select, tostring =
      type, rawget, rawset, rawequal, setmetatable, getmetatable, error, select, tostring
local mtype, floor, huge = math.type, math.floor, math.huge
local sub, byte, char, find, rep, format, gsub, upper, lower, concat =
      string.sub, string.byte, string.char, string.find, string.rep, string.format, string.gsub,
      string.upper, string.lower, table.concat
local typeof, isinstance, raise_type = R.typeof, R.isinstance, R.raise_type
local NotImplemented = R.NotImplemented
local C = R.c
local ulen, usub, isascii = C.ulen_cached, C.usub_cached, C.isascii_cached
local LIST_M, TUPLE_M = R.LIST, R.TUPLE

local function raise(name, fmt, ...) raise_type(name, fmt, ...) end

-- ---------------------------------------------------------------------
-- str() and repr()

local float_repr = C.float_repr
local str_of = C.str_of

local FUNCINFO = R.FUNCINFO
local function repr(x, seen)
  local t = type(x)
  if t == "string" then return R.str_repr(x) end
  if t == "number" then return str_of(x) end -- (a number's repr is its str)
  if t == "boolean" then return x and "True" or "False" end
  if x == None then return "None" end
  local f = typeof(x).L[":__repr__"]
  if f then
    -- (the containers being shown go to the built-in reprs only: a
    -- Python __repr__ takes self alone)
    local r
    if seen == nil or FUNCINFO[f] then r = f(x) else r = f(x, seen) end
    if type(r) ~= "string" then raise("TypeError", "__repr__ returned non-string (type %s)", typeof(r).name) end
    return r
  end
  return "<object>"
end
R.repr = repr

local function str(x)
  local s = str_of(x)
  if s then return s end
  local t = type(x)
  if t == "string" then return x end
  if t == "number" then
    if mtype(x) == "integer" then return tostring(x) end
    return float_repr(x)
  end
  if t == "boolean" then return x and "True" or "False" end
  if x == None then return "None" end
  local f = typeof(x).L[":__str__"]
  if f then
    local r = f(x)
    if type(r) ~= "string" then raise("TypeError", "__str__ returned non-string (type %s)", typeof(r).name) end
    return r
  end
  return repr(x)
end
R.str = str

R.str_repr = C.repr_str

function R.ascii(x)
  local r = repr(x)
  return (gsub(r, "[\192-\247][\128-\191]*", function(c)
    local cp = utf8.codepoint(c)
    if cp < 256 then return format("\\x%02x", cp) end
    if cp < 65536 then return format("\\u%04x", cp) end
    return format("\\U%08x", cp)
  end))
end

-- ---------------------------------------------------------------------
-- format(value, spec)

local function parse_spec(spec)
  -- [[fill]align][sign][#][0][width][grouping][.precision][type]
  local p = 1
  local fill, align = " ", nil
  local c1, c2 = sub(spec, 1, 1), sub(spec, 2, 2)
  local fl = 1
  if byte(spec, 1) and byte(spec, 1) >= 0xC0 then
    fl = (byte(spec, 1) >= 0xF0 and 4) or (byte(spec, 1) >= 0xE0 and 3) or 2
    c1 = sub(spec, 1, fl)
    c2 = sub(spec, fl + 1, fl + 1)
  end
  if c2 ~= "" and find("<>=^", c2, 1, true) then
    fill, align, p = c1, c2, fl + 2
  elseif c1 ~= "" and find("<>=^", c1, 1, true) then
    align, p = c1, 2
  end
  local sign = sub(spec, p, p)
  if sign == "+" or sign == "-" or sign == " " then p = p + 1 else sign = nil end
  local alt = false
  if sub(spec, p, p) == "#" then alt = true; p = p + 1 end
  local zero = false
  if sub(spec, p, p) == "0" then zero = true; p = p + 1 end
  local width = spec:match("^%d+", p)
  if width then p = p + #width; width = tonumber(width) end
  local grouping = sub(spec, p, p)
  if grouping == "," or grouping == "_" then p = p + 1 else grouping = nil end
  local prec
  if sub(spec, p, p) == "." then
    prec = spec:match("^%d+", p + 1)
    if not prec then raise("ValueError", "Format specifier missing precision") end
    p = p + 1 + #prec
    prec = tonumber(prec)
  end
  local ty = sub(spec, p, p)
  if #spec > p then raise("ValueError", "Invalid format specifier '%s'", spec) end
  if ty == "" then ty = nil end
  if zero and not align then fill, align = "0", "=" end
  return {fill = fill, align = align, sign = sign, alt = alt, width = width, grouping = grouping, prec = prec, type = ty}
end
R.parse_spec = parse_spec

local function group_digits(s, sep)
  local int, rest = s:match("^(%d+)(.*)$")
  if not int then return s end
  local out = int:reverse():gsub("(%d%d%d)", "%1" .. sep):reverse()
  if sub(out, 1, 1) == sep then out = sub(out, 2) end
  return out .. rest
end

local function pad(body, sp, default_align, signpart)
  signpart = signpart or ""
  local w = sp.width
  local n = ulen(body) + ulen(signpart)
  if not w or n >= w then return signpart .. body end
  local align = sp.align or default_align
  local fill = rep(sp.fill, w - n)
  if align == "<" then return signpart .. body .. fill end
  if align == ">" then return fill .. signpart .. body end
  if align == "=" then return signpart .. fill .. body end
  local left = (w - n) // 2
  return rep(sp.fill, left) .. signpart .. body .. rep(sp.fill, w - n - left)
end

local function fmt_float(x, sp)
  local ty = sp.type
  local prec = sp.prec
  local body
  local neg = x < 0 or (x == 0 and 1 / x < 0)
  local ax = neg and -x or x
  if ax ~= ax then body = "nan"
  elseif ax == huge then body = "inf"
  elseif ty == "f" or ty == "F" then body = format("%." .. (prec or 6) .. "f", ax)
  elseif ty == "e" or ty == "E" then body = format("%." .. (prec or 6) .. "e", ax)
  elseif ty == "%" then body = format("%." .. (prec or 6) .. "f", ax * 100) .. "%"
  elseif ty == "g" or ty == "G" or ty == "n" then
    local p = prec or 6
    if p == 0 then p = 1 end
    body = format("%." .. p .. "g", ax)
    if sp.alt and not find(body, ".", 1, true) then body = body .. "." end
  elseif ty == nil then
    if prec then
      local p = prec == 0 and 1 or prec
      body = format("%." .. p .. "g", ax)
      local e = body:find("e", 1, true)
      if not find(body, "[.e]") then body = body .. ".0"
      elseif e and not find(sub(body, 1, e), ".", 1, true) then body = body end
      -- Python: exponent always has two digits
    else
      body = float_repr(ax)
    end
  else
    raise("ValueError", "Unknown format code '%s' for object of type 'float'", ty)
  end
  if ty == "E" or ty == "G" or ty == "F" then body = upper(body) end
  body = gsub(body, "e([%+%-])(%d)$", "e%10%2")
  if sp.grouping then body = group_digits(body, sp.grouping) end
  local signpart = neg and "-" or (sp.sign == "+" and "+" or (sp.sign == " " and " " or ""))
  return pad(body, sp, ">", signpart)
end

local function fmt_int(x, sp)
  local ty = sp.type
  if ty == "e" or ty == "E" or ty == "f" or ty == "F" or ty == "g" or ty == "G" or ty == "%" then
    return fmt_float(x + 0.0, sp)
  end
  if sp.prec then raise("ValueError", "Precision not allowed in integer format specifier") end
  local neg = x < 0
  local ax = neg and -x or x
  local body
  if ty == nil or ty == "d" or ty == "n" then body = format("%d", ax)
  elseif ty == "x" then body = format("%x", ax); if sp.alt then body = "0x" .. body end
  elseif ty == "X" then body = format("%X", ax); if sp.alt then body = "0X" .. body end
  elseif ty == "o" then body = format("%o", ax); if sp.alt then body = "0o" .. body end
  elseif ty == "b" then
    local bits = {}
    local v = ax
    if v == 0 then bits[1] = "0" end
    while v > 0 do bits[#bits + 1] = tostring(v % 2); v = v // 2 end
    body = string.reverse(concat(bits))
    if sp.alt then body = "0b" .. body end
  elseif ty == "c" then body = utf8.char(x)
  else
    raise("ValueError", "Unknown format code '%s' for object of type 'int'", ty)
  end
  if sp.grouping then
    if ty == "x" or ty == "X" or ty == "o" or ty == "b" then
      local pre, digits = body:match("^(0?[xXob]?)(.*)$")
      local g = digits:reverse():gsub("(....)", "%1_"):reverse()
      if sub(g, 1, 1) == "_" then g = sub(g, 2) end
      body = pre .. g
    else
      body = group_digits(body, sp.grouping)
    end
  end
  local signpart = neg and "-" or (sp.sign == "+" and "+" or (sp.sign == " " and " " or ""))
  return pad(body, sp, ">", signpart)
end

local function fmt_str(s, sp)
  if sp.type and sp.type ~= "s" then raise("ValueError", "Unknown format code '%s' for object of type 'str'", sp.type) end
  if sp.sign then raise("ValueError", "Sign not allowed in string format specifier") end
  if sp.align == "=" then raise("ValueError", "'=' alignment not allowed in string format specifier") end
  if sp.prec then s = usub(s, 0, sp.prec) end
  return pad(s, sp, "<")
end

local c_format_num, c_format_str = C.format_num, C.format_str
local function checked(r, k, m)
  if r == nil then raise(k, m) end
  return r
end

-- format(x, "") for an object: a __format__ written in Python if its class
-- has one (f"{x}" and "{}".format(x) call it too), else str(x), which is
-- what the builtin __format__ methods give for an empty spec
local function format_empty(x)
  local f = typeof(x).L[":__format__"]
  local info = f and FUNCINFO[f]
  if info and not info.builtin then
    local r = f(x, "")
    if type(r) ~= "string" then raise("TypeError", "__format__ must return a str, not %s", typeof(r).name) end
    return r
  end
  return str(x)
end
R.format_empty = format_empty

function R.format(x, spec)
  spec = spec or ""
  local t = type(x)
  if spec == "" then
    if t == "table" then return format_empty(x) end
    return str(x)
  end
  if t == "number" then return checked(c_format_num(x, spec)) end
  if t == "string" then return checked(c_format_str(x, spec)) end
  if t == "boolean" then
    -- a non-empty spec formats a bool as its int (format(True, ">5") is "    1")
    local r, k, m = c_format_num(x and 1 or 0, spec)
    if r == nil then raise(k, (gsub(m, "type 'int'", "type 'bool'"))) end
    return r
  end
  local f = typeof(x).L[":__format__"]
  if f then return f(x, spec) end
  return checked(c_format_str(str(x), spec))
end

-- ---------------------------------------------------------------------
-- printf-style formatting: "%d %s" % args

-- %s/%r/%a/%c with a width or precision: both count code points
local function percent_str(s, flags, width, prec)
  if prec ~= "" then
    local p = tonumber(sub(prec, 2)) or 0
    s = usub(s, 0, p)
  end
  if width ~= "" then
    local w, ljust = tonumber(width), find(flags, "-", 1, true)
    if w < 0 then w, ljust = -w, true end
    local n = w - ulen(s)
    if n > 0 then s = ljust and s .. rep(" ", n) or rep(" ", n) .. s end
  end
  return s
end

-- A %-formatted number from its digits: the sign (or the + and space
-- flags' place for one), the prefix of the # flag, then the width's padding
-- (zeros after sign and prefix for the 0 flag).
local function percent_num(neg, prefix, digits, flags, width)
  local sign = neg and "-" or (flags:find("+", 1, true) and "+") or (flags:find(" ", 1, true) and " ") or ""
  local w = tonumber(width) or 0
  local n = #sign + #prefix + #digits
  if n >= w then return sign .. prefix .. digits end
  if flags:find("-", 1, true) then return sign .. prefix .. digits .. rep(" ", w - n) end
  if flags:find("0", 1, true) then return sign .. prefix .. rep("0", w - n) .. digits end
  return rep(" ", w - n) .. sign .. prefix .. digits
end

-- Formats made only of %s and %d (the common ones), parsed once:
-- {n = conversions, lits = the n + 1 texts around them, convs = letters},
-- or false for any other format. Kept for the last PCT_MAX formats.
local PCT_CACHE, PCT_COUNT, PCT_MAX = {}, 0, 256
local function pct_compile(fmtstr)
  local lits, convs, n, pos = {}, {}, 0, 1
  while true do
    local s = find(fmtstr, "%", pos, true)
    if not s then lits[n + 1] = sub(fmtstr, pos); break end
    local c = byte(fmtstr, s + 1)
    if c ~= 115 and c ~= 100 then return false end
    n = n + 1
    lits[n], convs[n] = sub(fmtstr, pos, s - 1), c
    pos = s + 2
  end
  return {n = n, lits = lits, convs = convs}
end

-- A compiled simple format applied to positional vals (0-based, n), or
-- nil when a value needs the general path (%d of a non-int).
local function pct_fast(cf, vals)
  local lits, convs = cf.lits, cf.convs
  local out = {lits[1]}
  local k = 1
  for j = 1, cf.n do
    local v = vals[j - 1]
    if convs[j] == 115 then out[k + 1] = str(v)
    elseif mtype(v) == "integer" then out[k + 1] = str_of(v)
    else return nil end
    out[k + 2] = lits[j + 1]
    k = k + 2
  end
  return concat(out)
end

local function percent_format(fmtstr, args)
  local vals
  local mt = getmetatable(args)
  local is_map = false
  if mt == TUPLE_M or (mt and mt.cls and R.issubclass(mt.cls, R.tuple)) then
    vals = args
  elseif type(args) == "table" and (mt == R.DICT_M or isinstance(args, R.dict)
      or (type(args) == "table" and typeof(args).L[":__getitem__"] and typeof(args).L[":keys"]
          and type(fmtstr) == "string" and find(fmtstr, "%(", 1, true))) then
    -- (a mapping: a dict, or anything with keys and __getitem__ when the
    -- format names its keys)
    is_map = true
    vals = {n = 1, [0] = args}
  else
    vals = {n = 1, [0] = args}
  end
  if not is_map then
    local cf = PCT_CACHE[fmtstr]
    if cf == nil then
      cf = pct_compile(fmtstr)
      if PCT_COUNT >= PCT_MAX then PCT_CACHE, PCT_COUNT = {}, 0 end
      PCT_CACHE[fmtstr], PCT_COUNT = cf, PCT_COUNT + 1
    end
    if cf and cf.n == vals.n then
      local r = pct_fast(cf, vals)
      if r then return r end
    end
  end
  local i = 0
  local out = {}
  local pos = 1
  local len = #fmtstr
  while pos <= len do
    local s = find(fmtstr, "%", pos, true)
    if not s then out[#out + 1] = sub(fmtstr, pos); break end
    out[#out + 1] = sub(fmtstr, pos, s - 1)
    -- plain %s, and %d of an int: nothing to parse
    local c, v0 = byte(fmtstr, s + 1), vals[i]
    if (c == 115 or (c == 100 and mtype(v0) == "integer")) and i < vals.n then
      out[#out + 1] = c == 115 and str(v0) or str_of(v0)
      i = i + 1
      pos = s + 2
      goto continue
    end
    local key
    local p = s + 1
    if sub(fmtstr, p, p) == "(" then
      local e = find(fmtstr, ")", p, true)
      key = sub(fmtstr, p + 1, e - 1)
      p = e + 1
    end
    local flags = fmtstr:match("^[-+ #0]*", p)
    p = p + #flags
    local width = fmtstr:match("^%*", p) or fmtstr:match("^%d*", p)
    p = p + #width
    if width == "*" then width = tostring(vals[i]); i = i + 1 end
    local prec = ""
    if sub(fmtstr, p, p) == "." then
      prec = fmtstr:match("^%.%*", p) or fmtstr:match("^%.%d*", p)
      p = p + #prec
      if prec == ".*" then prec = "." .. math.max(vals[i], 0); i = i + 1 end
    end
    local conv = sub(fmtstr, p, p)
    pos = p + 1
    if conv == "%" then
      out[#out + 1] = "%"
    else
      local v
      if key then
        v = R.dict_get(args, key)
        -- a missing key, or a mapping with its own __getitem__
        if v == nil then v = R.getitem(args, key) end
      else
        if i >= vals.n then raise("TypeError", "not enough arguments for format string") end
        v = vals[i]
        i = i + 1
      end
      if type(v) == "table" and conv ~= "s" and conv ~= "r" and conv ~= "a" then
        v = R.unbox(v)
        if type(v) == "table" then
          -- an object that converts itself: __index__ for the integer
          -- formats (__int__ too for %d), __float__ for the others
          local L = typeof(v).L
          local f
          if conv == "d" or conv == "i" or conv == "u" then f = L[":__int__"] or L[":__index__"]
          elseif conv == "x" or conv == "X" or conv == "o" or conv == "c" then f = L[":__index__"]
          elseif conv ~= "%" then f = L[":__float__"] end
          if f then v = f(v) end
        end
      end
      local spec = flags .. width .. prec
      local piece
      if conv == "s" or conv == "r" or conv == "a" then
        piece = conv == "s" and str(v) or conv == "r" and repr(v) or R.ascii(v)
        if width ~= "" or prec ~= "" then piece = percent_str(piece, flags, width, prec) end
      elseif conv == "d" or conv == "i" or conv == "u" then
        if type(v) == "boolean" then v = v and 1 or 0 end
        if type(v) ~= "number" then raise("TypeError", "%%%s format: a real number is required, not %s", conv, typeof(v).name) end
        if mtype(v) == "float" then v = v >= 0 and floor(v) or -floor(-v) end
        piece = format("%" .. spec .. "d", v)
      elseif conv == "x" or conv == "X" or conv == "o" then
        if type(v) == "boolean" then v = v and 1 or 0 end
        if mtype(v) ~= "integer" then raise("TypeError", "%%%s format: an integer is required, not %s", conv, typeof(v).name) end
        local digits = format("%" .. prec .. conv, v < 0 and -v or v)
        piece = percent_num(v < 0, (flags:find("#", 1, true) and (conv == "o" and "0o" or "0" .. conv) or ""), digits, flags, width)
      elseif conv == "e" or conv == "E" or conv == "f" or conv == "F" or conv == "g" or conv == "G" then
        if type(v) == "boolean" then v = v and 1 or 0 end
        if type(v) ~= "number" then raise("TypeError", "must be real number, not %s", typeof(v).name) end
        v = v * 1.0 -- (keeps -0.0's sign)
        if v ~= v or v == huge or v == -huge then
          local word = v ~= v and "nan" or "inf"
          if conv == "E" or conv == "F" or conv == "G" then word = word:upper() end
          piece = percent_num(v == -huge, "", word, flags, width)
        elseif conv == "F" then
          piece = format("%" .. spec .. "f", v)
        else
          piece = format("%" .. spec .. conv, v)
        end
      elseif conv == "c" then
        if type(v) == "string" then
          if ulen(v) ~= 1 then raise("TypeError", "%s", "%c requires int or char") end
          piece = v
        elseif mtype(v) == "integer" then
          if v < 0 or v > 0x10FFFF then raise("OverflowError", "%s", "%c arg not in range(0x110000)") end
          piece = utf8.char(v)
        else
          raise("TypeError", "%s", "%c requires int or char")
        end
        if width ~= "" then piece = percent_str(piece, flags, width, "") end
      else
        raise("ValueError", "unsupported format character '%s' (0x%x) at index %d", conv, byte(conv) or 0, p - 1)
      end
      out[#out + 1] = piece
    end
    ::continue::
  end
  if not is_map and i < vals.n then raise("TypeError", "not all arguments converted during string formatting") end
  return concat(out)
end
R.percent_format = percent_format

-- ---------------------------------------------------------------------
-- str methods

-- a str argument: a str, or a str subclass's value (a (str, Enum) member)
local function check_str(x, what)
  if type(x) ~= "string" then
    local u = R.unbox(x)
    if type(u) == "string" then return u end
    raise("TypeError", "%s must be str, not %s", what or "argument", typeof(x).name)
  end
  return x
end

-- code point index <-> byte offset (1-based byte positions)
local function cp_to_byte(s, i)
  if isascii(s) then return i + 1 end
  return utf8.offset(s, i + 1) or #s + 1
end
local function byte_to_cp(s, b)
  if isascii(s) then return b - 1 end
  return ulen(sub(s, 1, b - 1))
end

local function norm_range(s, start, stop)
  local n = isascii(s) and #s or ulen(s)
  start = (start == nil or start == None) and 0 or R.index_of(start, "slice")
  stop = (stop == nil or stop == None) and n or R.index_of(stop, "slice")
  if start < 0 then start = start + n; if start < 0 then start = 0 end end
  if stop < 0 then stop = stop + n; if stop < 0 then stop = 0 end end
  if stop > n then stop = n end
  return start, stop, n
end

local function str_find(s, subs, start, stop)
  subs = check_str(subs)
  local a, b = norm_range(s, start, stop)
  if a > b then return -1 end
  local bs = cp_to_byte(s, a)
  local be = cp_to_byte(s, b) - 1
  -- (the first match from bs ends earliest: past be, none fits)
  local r = find(s, subs, bs, true)
  if not r or r + #subs - 1 > be then return -1 end
  return byte_to_cp(s, r)
end

local function str_rfind(s, subs, start, stop)
  subs = check_str(subs)
  local a, b = norm_range(s, start, stop)
  if a > b then return -1 end
  local bs = cp_to_byte(s, a)
  local region = sub(s, bs, cp_to_byte(s, b) - 1)
  local last
  local p = 1
  while true do
    local r = find(region, subs, p, true)
    if not r then break end
    last = r
    p = r + 1
    if #subs == 0 and p > #region + 1 then break end
  end
  if not last then return -1 end
  return byte_to_cp(s, bs + last - 1)
end

local csplit = C.split
local function str_split(s, sep, maxsplit)
  local kw = R.takekw()
  if kw then sep = kw.sep or sep; maxsplit = kw.maxsplit or maxsplit end
  if maxsplit == None then maxsplit = nil elseif maxsplit ~= nil and mtype(maxsplit) ~= "integer" then maxsplit = R.index_of(maxsplit) end
  if sep == nil or sep == None then return csplit(s, nil, maxsplit) end
  sep = check_str(sep)
  if sep == "" then raise("ValueError", "empty separator") end
  return csplit(s, sep, maxsplit)
end

local crsplit = C.rsplit
local function str_rsplit(s, sep, maxsplit)
  local kw = R.takekw()
  if kw then sep = kw.sep or sep; maxsplit = kw.maxsplit or maxsplit end
  maxsplit = (maxsplit == nil or maxsplit == None) and -1 or maxsplit
  if maxsplit < 0 then return str_split(s, sep) end
  if sep == None then sep = nil end
  if sep ~= nil then
    sep = check_str(sep)
    if sep == "" then raise("ValueError", "empty separator") end
  end
  -- by code points in C (Unicode whitespace without sep), right to left
  local t, n = crsplit(s, sep, maxsplit)
  local out = {}
  for i = 1, n do out[i] = t[n + 1 - i] end
  return R.list_from_array(out, n)
end

-- the chars argument of strip/lstrip/rstrip: nil for whitespace
local c_strip = C.strip
local function strip_chars(chars, name)
  if chars == nil or chars == None then return nil end
  if type(chars) ~= "string" then
    chars = R.unbox(chars)
    if type(chars) ~= "string" then raise("TypeError", "%s arg must be None or str", name) end
  end
  return chars
end

local cjoin = C.join
local function str_join(sep, it)
  local mt = getmetatable(it)
  if mt ~= LIST_M then it = R.list.native_new(R.list, it) end
  local r, bad = cjoin(sep, it)
  if r then return r end
  if type(it[bad]) == "table" and type(R.unbox(it[bad])) == "string" then
    -- boxed strs (str subclasses) join as their values
    local l = R.new_list(it.n)
    for k = 0, it.n - 1 do l[k] = R.unbox(it[k]) end
    r, bad = cjoin(sep, l)
    if r then return r end
  end
  raise("TypeError", "sequence item %d: expected str instance, %s found", bad, typeof(it[bad]).name)
end

local function str_replace(s, old, new, count)
  old, new = check_str(old), check_str(new)
  count = (count == nil or count == None) and -1 or count
  if old == "" then
    local chars = C.uchars(s)
    local out = {new}
    local n = 1
    for i = 1, #chars do
      out[#out + 1] = chars[i]
      if count < 0 or n < count then out[#out + 1] = new; n = n + 1 end
    end
    return concat(out)
  end
  local out = {}
  local pos = 1
  local n = 0
  while count < 0 or n < count do
    local a, b = find(s, old, pos, true)
    if not a then break end
    out[#out + 1] = sub(s, pos, a - 1)
    out[#out + 1] = new
    pos = b + 1
    n = n + 1
  end
  out[#out + 1] = sub(s, pos)
  return concat(out)
end

local c_upper, c_lower = C.upper, C.lower
local s_upper, s_lower = c_upper, c_lower

local function prefix_test(s, p, start, stop, atend)
  local function test(one)
    one = check_str(one)
    local region = s
    if start ~= nil or stop ~= nil then
      local a, b = norm_range(s, start, stop)
      if a > b then return false end
      region = usub(s, a, b)
    end
    if atend then return #one <= #region and sub(region, #region - #one + 1) == one end
    return sub(region, 1, #one) == one
  end
  if type(p) == "table" and getmetatable(p) == TUPLE_M then
    for i = 0, p.n - 1 do if test(p[i]) then return true end end
    return false
  end
  if type(p) ~= "string" then
    raise("TypeError", "%s first arg must be str or a tuple of str, not %s", atend and "endswith" or "startswith", typeof(p).name)
  end
  return test(p)
end


-- the fill argument of ljust/rjust/center: one character
local function fill_char(fill, name)
  if fill == nil then return " " end
  fill = R.unbox(fill)
  if type(fill) ~= "string" then
    raise("TypeError", "%s() argument 2 must be str, not %s", name, typeof(fill).name)
  end
  if ulen(fill) ~= 1 then raise("TypeError", "The fill character must be exactly one character long") end
  return fill
end

local str_methods = {
  upper = s_upper,
  lower = s_lower,
  casefold = C.casefold,
  swapcase = C.swapcase,
  title = C.title,
  capitalize = C.capitalize,
  -- by code points in C; no chars: Unicode whitespace, as split() has it
  strip = function(s, chars) return c_strip(s, 3, strip_chars(chars, "strip")) end,
  lstrip = function(s, chars) return c_strip(s, 1, strip_chars(chars, "lstrip")) end,
  rstrip = function(s, chars) return c_strip(s, 2, strip_chars(chars, "rstrip")) end,
  split = str_split,
  rsplit = str_rsplit,
  splitlines = function(s, keepends)
    local kw = R.takekw()
    if kw and kw.keepends ~= nil then keepends = kw.keepends end
    return C.splitlines(s, keepends ~= nil and keepends ~= None and R.truth(keepends))
  end,
  join = str_join,
  replace = str_replace,
  find = str_find,
  rfind = str_rfind,
  index = function(s, subs, a, b)
    local r = str_find(s, subs, a, b)
    if r < 0 then raise("ValueError", "substring not found") end
    return r
  end,
  rindex = function(s, subs, a, b)
    local r = str_rfind(s, subs, a, b)
    if r < 0 then raise("ValueError", "substring not found") end
    return r
  end,
  count = function(s, subs, a, b)
    subs = check_str(subs)
    local region = s
    if a ~= nil then
      local x, y = norm_range(s, a, b)
      if x > y then return 0 end
      region = usub(s, x, y)
    end
    if subs == "" then return ulen(region) + 1 end
    local n, pos = 0, 1
    while true do
      local p, e = find(region, subs, pos, true)
      if not p then return n end
      n = n + 1
      pos = e + 1
    end
  end,
  startswith = function(s, p, a, b) return prefix_test(s, p, a, b, false) end,
  endswith = function(s, p, a, b) return prefix_test(s, p, a, b, true) end,
  isdigit = function(s) return C.strclass(s, "isdigit") end,
  isdecimal = function(s) return C.strclass(s, "isdecimal") end,
  isnumeric = function(s) return C.strclass(s, "isnumeric") end,
  isalpha = function(s) return C.strclass(s, "isalpha") end,
  isalnum = function(s) return C.strclass(s, "isalnum") end,
  isspace = function(s) return C.strclass(s, "isspace") end,
  isupper = function(s) return C.strclass(s, "isupper") end,
  islower = function(s) return C.strclass(s, "islower") end,
  istitle = function(s) return C.strclass(s, "istitle") end,
  isidentifier = function(s) return C.strclass(s, "isidentifier") end,
  isprintable = function(s) return C.strclass(s, "isprintable") end,
  isascii = function(s) return isascii(s) end,
  partition = function(s, sep)
    sep = R.unbox(sep)
    if type(sep) ~= "string" then raise("TypeError", "must be str, not %s", typeof(sep).name) end
    if sep == "" then raise("ValueError", "empty separator") end
    local a, b = find(s, sep, 1, true)
    if not a then return R.tuple_from_array({s, "", ""}, 3) end
    return R.tuple_from_array({sub(s, 1, a - 1), sep, sub(s, b + 1)}, 3)
  end,
  rpartition = function(s, sep)
    sep = R.unbox(sep)
    if type(sep) ~= "string" then raise("TypeError", "must be str, not %s", typeof(sep).name) end
    if sep == "" then raise("ValueError", "empty separator") end
    local last
    local p = 1
    while true do
      local a = find(s, sep, p, true)
      if not a then break end
      last = a
      p = a + 1
    end
    if not last then return R.tuple_from_array({"", "", s}, 3) end
    return R.tuple_from_array({sub(s, 1, last - 1), sep, sub(s, last + #sep)}, 3)
  end,
  zfill = function(s, w)
    local n = ulen(s)
    if n >= w then return s end
    local sign = sub(s, 1, 1)
    if sign == "+" or sign == "-" then return sign .. rep("0", w - n) .. sub(s, 2) end
    return rep("0", w - n) .. s
  end,
  ljust = function(s, w, fill)
    fill = fill_char(fill, "ljust"); w = R.index_of(w)
    local n = ulen(s); if n >= w then return s end return s .. rep(fill, w - n)
  end,
  rjust = function(s, w, fill)
    fill = fill_char(fill, "rjust"); w = R.index_of(w)
    local n = ulen(s); if n >= w then return s end return rep(fill, w - n) .. s
  end,
  center = function(s, w, fill)
    fill = fill_char(fill, "center"); w = R.index_of(w)
    local n = ulen(s)
    if n >= w then return s end
    local total = w - n
    local left = total // 2 + (total % 2 == 1 and w % 2 == 1 and 1 or 0)
    return rep(fill, left) .. s .. rep(fill, total - left)
  end,
  expandtabs = function(s, ts)
    local kw = R.takekw()
    if kw and kw.tabsize ~= nil then ts = kw.tabsize end
    ts = ts and R.index_of(ts) or 8
    local out = {}
    local col = 0
    for _, c in utf8.codes(s, true) do
      if c == 9 then
        local sp = ts > 0 and ts - col % ts or 0
        out[#out + 1] = rep(" ", sp)
        col = col + sp
      elseif c == 10 or c == 13 then
        out[#out + 1] = char(c)
        col = 0
      else
        out[#out + 1] = utf8.char(c)
        col = col + 1
      end
    end
    return concat(out)
  end,
  removeprefix = function(s, p)
    p = check_str(p)
    if sub(s, 1, #p) == p then return sub(s, #p + 1) end
    return s
  end,
  removesuffix = function(s, p)
    p = check_str(p)
    if p ~= "" and sub(s, -#p) == p then return sub(s, 1, #s - #p) end
    return s
  end,
  encode = function(s, encoding, errors) return R.bytes_of(R.str_encode(s, encoding, errors)) end,
  format = function(s, ...) return R.str_format(s, ...) end,
  format_map = function(s, m) R.kw = nil; return R.str_format_map(s, m) end,
  maketrans = setmetatable({f = function(x, y, z)
    local d = R.mkdict()
    if y ~= nil then
      if type(x) ~= "string" or type(y) ~= "string" then
        raise("TypeError", "maketrans() argument %d must be str, not %s", type(x) ~= "string" and 1 or 2,
          typeof(type(x) ~= "string" and x or y).name)
      end
      local xs, ys = C.uchars(x), C.uchars(y)
      if #xs ~= #ys then raise("ValueError", "the first two maketrans arguments must have equal length") end
      for i = 1, #xs do d[utf8.codepoint(xs[i])] = utf8.codepoint(ys[i]) end
      if z then for _, ch in ipairs(C.uchars(z)) do d[utf8.codepoint(ch)] = None end end
    else
      if getmetatable(x) ~= R.DICT_M and not R.isinstance(x, R.dict) then
        raise("TypeError", "if you give only one argument to maketrans it must be a dict")
      end
      for k, v in R.dict_pairs(x) do
        if type(k) == "string" then
          if ulen(k) ~= 1 then raise("ValueError", "string keys in translate table must be of length 1") end
          k = utf8.codepoint(k)
        end
        d[k] = v
      end
    end
    return d
  end}, R.STATIC_MT),
  translate = function(s, table_)
    local out = {}
    local plain = getmetatable(table_) == R.DICT_M
    for _, c in utf8.codes(s, true) do
      local v
      if plain then
        v = R.dict_get(table_, c)
      else
        -- any mapping (or sequence): table[ord]; a LookupError keeps the char
        local ok, r = pcall(R.getitem, table_, c)
        if ok then v = r
        elseif not R.isinstance(r, R.EXC.LookupError) then error(r, 0) end
      end
      if v == nil then out[#out + 1] = utf8.char(c)
      elseif v == None then
      elseif type(v) == "number" then out[#out + 1] = utf8.char(v)
      else out[#out + 1] = v end
    end
    return concat(out)
  end,
  __len__ = function(s) return ulen(s) end,
  __contains__ = function(s, x)
    if type(x) ~= "string" then raise("TypeError", "'in <string>' requires string as left operand, not %s", typeof(x).name) end
    return find(s, x, 1, true) ~= nil
  end,
  __getitem__ = function(s, i)
    if type(i) == "table" and getmetatable(i) == R.SLICE_M then return R.str_slice(s, i.start, i.stop, i.step) end
    i = R.index_of(i, "string")
    if isascii(s) then
      local n = #s
      if i < 0 then i = i + n end
      if i < 0 or i >= n then raise("IndexError", "string index out of range") end
      return sub(s, i + 1, i + 1)
    end
    local n = ulen(s)
    if i < 0 then i = i + n end
    if i < 0 or i >= n then raise("IndexError", "string index out of range") end
    return usub(s, i, i + 1)
  end,
  __iter__ = function(s)
    if isascii(s) then
      local i, n = 0, #s
      return R.make_iterator(function() i = i + 1; if i > n then return nil end return true, sub(s, i, i) end)
    end
    local chars = C.uchars(s)
    local i = 0
    return R.make_iterator(function() i = i + 1; local c = chars[i]; if c == nil then return nil end return true, c end)
  end,
  __add__ = function(a, b)
    if type(b) == "table" then b = R.unbox(b) end
    if type(b) ~= "string" then return NotImplemented end
    return a .. b
  end,
  __radd__ = function(a, b)
    -- only reached for boxed strs: "x" + Name("y")
    if type(b) ~= "string" then return NotImplemented end
    return b .. a
  end,
  __mul__ = function(a, k)
    if type(k) == "boolean" then k = k and 1 or 0 end
    if mtype(k) ~= "integer" then return NotImplemented end
    if k <= 0 then return "" end
    return rep(a, k)
  end,
  __mod__ = function(a, b) return percent_format(a, b) end,
  __eq__ = function(a, b)
    if type(b) ~= "string" then
      b = R.unbox(b)
      if type(b) ~= "string" then return NotImplemented end
    end
    return R.unbox(a) == b
  end,
  __lt__ = function(a, b) if type(b) ~= "string" then return NotImplemented end return a < b end,
  __le__ = function(a, b) if type(b) ~= "string" then return NotImplemented end return a <= b end,
  __gt__ = function(a, b) if type(b) ~= "string" then return NotImplemented end return a > b end,
  __ge__ = function(a, b) if type(b) ~= "string" then return NotImplemented end return a >= b end,
  __hash__ = function(s) return R.hash(s) end,
  __repr__ = function(s) return R.str_repr(s) end,
  __str__ = function(s) return s end,
  __format__ = function(s, spec) return R.format(s, spec) end,
}
str_methods.__rmul__ = str_methods.__mul__

function R.str_slice(s, a, b, c)
  local n = isascii(s) and #s or ulen(s)
  local start, stop, step = R.slice_indices(a, b, c, n)
  if step == 1 then
    if stop <= start then return "" end
    if isascii(s) then return sub(s, start + 1, stop) end
    return usub(s, start, stop)
  end
  local chars = isascii(s) and nil or C.uchars(s)
  local out = {}
  if step > 0 then
    for i = start, stop - 1, step do out[#out + 1] = chars and chars[i + 1] or sub(s, i + 1, i + 1) end
  else
    for i = start, stop + 1, step do out[#out + 1] = chars and chars[i + 1] or sub(s, i + 1, i + 1) end
  end
  return concat(out)
end

local str_cls = R.builtin_type("str", nil, str_methods, {noattrs = true, table_index = true})
R.str_cls = str_cls
str_cls.native_new = function(C2, x, encoding, errors)
  if R.kw then
    local kw = R.takekw()
    if kw.object ~= nil then x = kw.object end
    if kw.encoding ~= nil then encoding = kw.encoding end
    if kw.errors ~= nil then errors = kw.errors end
    if encoding == nil and errors ~= nil then encoding = "utf-8" end
  end
  if encoding == nil and C2 == str_cls then
    local s = str_of(x)
    if s then return s end
  end
  if x == nil then return "" end
  if encoding ~= nil then
    -- str(bytes, encoding[, errors])
    if type(x) == "string" then raise("TypeError", "decoding str is not supported") end
    if not (type(x) == "table" and type(x.b) == "string") then
      raise("TypeError", "decoding to str: need a bytes-like object, %s found", typeof(x).name)
    end
    local s = R.bytes_decode(x, encoding, errors)
    if C2 ~= str_cls then return R.box(C2, s) end
    return s
  end
  local s = str(x)
  if C2 ~= str_cls then return R.box(C2, s) end
  return s
end

-- Lua strings get the str metatable, with fast paths for the common ops.
local smt = getmetatable("")
for k in pairs(smt) do smt[k] = nil end
for k, v in pairs(str_cls.M) do smt[k] = v end
smt.cls = str_cls
smt.__tostring = nil
-- Method calls on strings are a plain table lookup in str's methods; plain
-- keys reach Lua's string library, so runtime code may use s:find().
setmetatable(str_cls.L, R.fastmiss_mt(str_cls, string))
smt.__index = str_cls.L
-- str + str concatenates in C; other operands take Python's dispatch
smt.__add = C.make_str_add(smt.__add)
R.stradd = smt.__add -- (str + x where the emitter knows the str: see binop_code)
local str_mod_slow = smt.__mod
smt.__mod = function(a, b)
  if type(a) == "string" then return percent_format(a, b) end
  return str_mod_slow(a, b)
end
str_cls.M = smt

-- ---------------------------------------------------------------------
-- int, float, bool, NoneType, function

local unbox = R.unbox
local function num_binop(op)
  return function(a, b)
    local tb = type(b)
    if tb == "table" then b = unbox(b); tb = type(b) end
    if tb == "boolean" then b = b and 1 or 0 elseif tb ~= "number" then return NotImplemented end
    local ta = type(a)
    if ta == "boolean" then a = a and 1 or 0 elseif ta == "table" then a = unbox(a) end
    return op(a, b)
  end
end

local function zerodiv(what) raise("ZeroDivisionError", what) end

local function pyfloordiv(a, b)
  if b == 0 then zerodiv(mtype(a) == "integer" and mtype(b) == "integer" and "integer division or modulo by zero" or "float floor division by zero") end
  return a // b
end
local function pymod(a, b)
  if b == 0 then zerodiv(mtype(a) == "integer" and mtype(b) == "integer" and "integer modulo by zero" or "float modulo") end
  return a % b
end
local function pydiv(a, b)
  if b == 0 then zerodiv((mtype(a) == "float" or mtype(b) == "float") and "float division by zero" or "division by zero") end
  return a / b
end

local function ipow(a, b)
  local r = 1
  local base = a
  while b > 0 do
    if b % 2 == 1 then
      local nr = r * base
      if base ~= 0 and (nr // base ~= r or (r ~= 0 and nr / r ~= base and math.abs(nr / r - base) > 0.5)) then
        raise("OverflowError", "integer overflow in exponentiation (Aster ints are 64-bit)")
      end
      r = nr
    end
    b = b // 2
    if b > 0 then
      local nb = base * base
      if base ~= 0 and nb // base ~= base then raise("OverflowError", "integer overflow in exponentiation (Aster ints are 64-bit)") end
      base = nb
    end
  end
  return r
end

local function pypow(a, b)
  if mtype(a) == "integer" and mtype(b) == "integer" then
    if b >= 0 then return ipow(a, b) end
    if a == 0 then zerodiv("0.0 cannot be raised to a negative power") end
    return (a + 0.0) ^ b
  end
  if a == 0 and b < 0 then zerodiv("0.0 cannot be raised to a negative power") end
  -- a negative number to a fractional power is complex, as in CPython
  if a < 0 and b ~= math.floor(b) and b == b and b ~= math.huge and b ~= -math.huge then
    return R.pow(R.complex_of(a + 0.0, 0.0), b)
  end
  local r = a ^ b
  if (r == huge or r == -huge) and a - a == 0 and b - b == 0 then
    raise("OverflowError", "(34, 'Numerical result out of range')")
  end
  return r
end
R.pypow = pypow

local function shift_check(b)
  if mtype(b) ~= "integer" then return false end
  if b < 0 then raise("ValueError", "negative shift count") end
  return true
end

local num_methods = {
  __add__ = num_binop(function(a, b) return a + b end),
  __sub__ = num_binop(function(a, b) return a - b end),
  __mul__ = num_binop(function(a, b) return a * b end),
  __truediv__ = num_binop(pydiv),
  __floordiv__ = num_binop(pyfloordiv),
  __mod__ = num_binop(pymod),
  __pow__ = num_binop(pypow),
  __radd__ = num_binop(function(a, b) return b + a end),
  __rsub__ = num_binop(function(a, b) return b - a end),
  __rmul__ = num_binop(function(a, b) return b * a end),
  __rtruediv__ = num_binop(function(a, b) return pydiv(b, a) end),
  __rfloordiv__ = num_binop(function(a, b) return pyfloordiv(b, a) end),
  __rmod__ = num_binop(function(a, b) return pymod(b, a) end),
  __rpow__ = num_binop(function(a, b) return pypow(b, a) end),
  __eq__ = function(a, b)
    if type(b) == "boolean" then b = b and 1 or 0 end
    if type(a) == "boolean" then a = a and 1 or 0 end
    if type(b) ~= "number" then return NotImplemented end
    return a == b
  end,
  __lt__ = num_binop(function(a, b) return a < b end),
  __le__ = num_binop(function(a, b) return a <= b end),
  __gt__ = num_binop(function(a, b) return a > b end),
  __ge__ = num_binop(function(a, b) return a >= b end),
  __neg__ = function(a) if type(a) == "boolean" then return a and -1 or 0 end return -a end,
  __pos__ = function(a) if type(a) == "boolean" then return a and 1 or 0 end return a end,
  __abs__ = function(a) if type(a) == "boolean" then return a and 1 or 0 end return a < 0 and -a or a end,
  __hash__ = function(a) return R.hash(a) end,
  __repr__ = function(a) return repr(unbox(a)) end,
  __format__ = function(a, spec) return R.format(unbox(a), spec) end,
  __bool__ = function(a) return a ~= 0 and a ~= false end,
  __int__ = function(a) return R.B.int(a) end,
  __float__ = function(a) return R.B.float(a) end,
  __index__ = function(a)
    a = unbox(a)
    if mtype(a) == "float" then raise("TypeError", "'float' object cannot be interpreted as an integer") end
    if type(a) == "boolean" then return a and 1 or 0 end
    return a
  end,
  conjugate = function(a) return a end,
}
local int_methods = {}
for k, v in pairs(num_methods) do int_methods[k] = v end
local function int_only(op)
  return function(a, b)
    if type(b) == "table" then b = unbox(b) end
    if type(a) == "table" then a = unbox(a) end
    if type(b) == "boolean" then b = b and 1 or 0 end
    if mtype(b) ~= "integer" then return NotImplemented end
    if type(a) == "boolean" then a = a and 1 or 0 end
    return op(a, b)
  end
end
int_methods.__and__ = int_only(function(a, b) return a & b end)
int_methods.__or__ = int_only(function(a, b) return a | b end)
int_methods.__xor__ = int_only(function(a, b) return a ~ b end)
int_methods.__rand__ = int_methods.__and__
int_methods.__ror__ = int_methods.__or__
int_methods.__rxor__ = int_methods.__xor__
int_methods.__lshift__ = int_only(function(a, b) shift_check(b); if b >= 64 then if a == 0 then return 0 end raise("OverflowError", "shift result too large (Aster ints are 64-bit)") end return a << b end)
int_methods.__rshift__ = int_only(function(a, b) shift_check(b); if b >= 63 then return a < 0 and -1 or 0 end return a // (1 << b) end)
int_methods.__rlshift__ = int_only(function(a, b) return int_methods.__lshift__(b, a) end)
int_methods.__rrshift__ = int_only(function(a, b) return int_methods.__rshift__(b, a) end)
int_methods.__invert__ = function(a) if type(a) == "boolean" then a = a and 1 or 0 end return ~a end
int_methods.bit_length = function(a)
  a = a < 0 and -a or a
  local n = 0
  while a > 0 do a = a >> 1; n = n + 1 end
  return n
end
int_methods.bit_count = function(a)
  a = a < 0 and -a or a
  local n = 0
  while a > 0 do n = n + (a & 1); a = a >> 1 end
  return n
end
local function check_byteorder(byteorder)
  if byteorder ~= "big" and byteorder ~= "little" then
    if type(byteorder) ~= "string" then raise("TypeError", "to_bytes() argument 'byteorder' must be str, not %s", typeof(byteorder).name) end
    raise("ValueError", "byteorder must be either 'little' or 'big'")
  end
end
int_methods.to_bytes = function(a, length, byteorder)
  local kw = R.takekw()
  local signed = false
  if kw then
    length = kw.length or length; byteorder = kw.byteorder or byteorder
    if kw.signed ~= nil then signed = R.truth(kw.signed) end
  end
  if type(a) == "boolean" then a = a and 1 or 0 end
  length = R.index_of(length or 1)
  byteorder = byteorder or "big"
  check_byteorder(byteorder)
  if length < 0 then raise("ValueError", "length argument must be non-negative") end
  if not signed and a < 0 then raise("OverflowError", "can't convert negative int to unsigned") end
  if length < 8 then
    local bits = 8 * length
    local lo, hi
    if signed then
      lo, hi = bits == 0 and 0 or -(1 << (bits - 1)), bits == 0 and 0 or (1 << (bits - 1)) - 1
    else
      lo, hi = 0, (1 << bits) - 1
    end
    if a < lo or a > hi then raise("OverflowError", "int too big to convert") end
  end
  local t = {}
  local v = a
  -- floored // and % keep the sign bits of a negative value
  for i = 1, length do t[i] = char(v % 256); v = v // 256 end
  if byteorder == "big" then
    local r = {}
    for i = length, 1, -1 do r[#r + 1] = t[i] end
    t = r
  end
  return R.bytes_of(concat(t))
end
-- int.from_bytes(b, byteorder="big", *, signed=False), within 64 bits
int_methods.from_bytes = setmetatable({f = function(C, b, byteorder)
  local kw = R.takekw()
  local signed = false
  if kw then
    if kw.bytes ~= nil then b = kw.bytes end
    byteorder = kw.byteorder or byteorder
    if kw.signed ~= nil then signed = R.truth(kw.signed) end
  end
  byteorder = byteorder or "big"
  check_byteorder(byteorder)
  local s
  if type(b) == "table" and type(b.b) == "string" then s = b.b
  elseif type(b) == "string" then raise("TypeError", "cannot convert 'str' object to bytes")
  else s = R.B.bytes(b).b end
  if byteorder == "little" then s = string.reverse(s) end
  -- a negative value is the complement of its inverted bytes
  local neg = signed and #s > 0 and byte(s, 1) >= 0x80
  if neg then s = gsub(s, ".", function(c) return char(255 - byte(c)) end) end
  s = gsub(s, "^%z+", "")
  if #s > 8 or (#s == 8 and byte(s, 1) >= 0x80) then raise("OverflowError", "int too large (Aster ints are 64-bit)") end
  local v = 0
  for i = 1, #s do v = (v << 8) | byte(s, i) end
  if neg then v = -v - 1 end
  if C ~= R.int then return C(v) end
  return v
end}, R.CLASSM_MT)
int_methods.as_integer_ratio = function(a)
  if type(a) == "boolean" then a = a and 1 or 0 end
  return R.tuple_from_array({a, 1}, 2)
end
int_methods.is_integer = function(a) return true end
int_methods.numerator = nil

local int_cls = R.builtin_type("int", nil, int_methods, {noattrs = true})
local float_methods = {}
for k, v in pairs(num_methods) do float_methods[k] = v end
float_methods.is_integer = function(a) return a == floor(a) and a - a == 0 end -- (not inf)
-- round(), math.floor/ceil/trunc of a float through its dunders
float_methods.__floor__ = function(a) return R.int(floor(a)) end
float_methods.__ceil__ = function(a) return R.int(math.ceil(a)) end
float_methods.__trunc__ = function(a) return R.int(a) end
float_methods.__round__ = function(a, nd) return R.B.round(a, nd) end
-- float.hex(): C's %a with Python's layout (13 fraction digits, 0x0.0p+0)
float_methods.hex = function(a)
  if a ~= a then return "nan" end
  if a == huge then return "inf" elseif a == -huge then return "-inf" end
  local sign, lead, frac, exp = string.match(format("%a", a), "^(-?)0x(%x)%.?(%x*)p([-+]%d+)$")
  if a == 0 then return sign .. "0x0.0p+0" end
  return sign .. "0x" .. lead .. "." .. frac .. rep("0", 13 - #frac) .. "p" .. exp
end
-- float.fromhex(s): [sign][0x]hex[.hex][p[sign]digits], inf, nan
float_methods.fromhex = setmetatable({f = function(C, s)
  if type(s) ~= "string" then raise("TypeError", "must be str, not %s", typeof(s).name) end
  local t = string.match(s, "^[ \t\n\r\v\f]*(.-)[ \t\n\r\v\f]*$")
  local sign, body = string.match(t, "^([+-]?)(.*)$")
  local lb, v = lower(body)
  if lb == "inf" or lb == "infinity" then v = huge
  elseif lb == "nan" then v = 0 / 0
  else
    local ip, fp, ex = string.match(body, "^0[xX](%x*)%.?(%x*)([pP]?[+-]?%d*)$")
    if not ip then ip, fp, ex = string.match(body, "^(%x*)%.?(%x*)([pP]?[+-]?%d*)$") end
    -- digits needed; "0x1p" and "1.2.3" are not numbers
    if not ip or ip .. fp == "" or (ex ~= "" and not string.find(ex, "%d")) then
      raise("ValueError", "invalid hexadecimal floating-point string")
    end
    if ex == "" then ex = "p0" end
    v = tonumber("0x" .. ip .. "." .. fp .. ex)
    if not v then raise("ValueError", "invalid hexadecimal floating-point string") end
    if v == huge then raise("OverflowError", "hexadecimal value too large to represent as a float") end
  end
  if sign == "-" then v = -v end
  if C ~= R.float then return C(v) end
  return v
end}, R.CLASSM_MT)
float_methods.as_integer_ratio = function(a)
  if a ~= a then raise("ValueError", "cannot convert NaN to integer ratio") end
  if a == huge or a == -huge then raise("OverflowError", "cannot convert Infinity to integer ratio") end
  local num, den = a, 1
  while num ~= floor(num) do num = num * 2; den = den * 2 end
  num = math.tointeger(num)
  if not num or den <= 0 then raise("OverflowError", "integer ratio too large (Aster ints are 64-bit)") end
  return R.tuple_from_array({num, den}, 2)
end
local float_cls = R.builtin_type("float", nil, float_methods, {noattrs = true})
local bool_methods = {
  __repr__ = function(b) return b and "True" or "False" end,
  __and__ = function(a, b) if type(b) == "boolean" then return a and b end return int_methods.__and__(a, b) end,
  __or__ = function(a, b) if type(b) == "boolean" then return a or b end return int_methods.__or__(a, b) end,
  __xor__ = function(a, b) if type(b) == "boolean" then return a ~= b end return int_methods.__xor__(a, b) end,
}
bool_methods.__rand__, bool_methods.__ror__, bool_methods.__rxor__ = bool_methods.__and__, bool_methods.__or__, bool_methods.__xor__
local bool_cls = R.builtin_type("bool", {int_cls}, bool_methods, {noattrs = true})

local none_cls = R.builtin_type("NoneType", nil, {
  __repr__ = function() return "None" end,
  __bool__ = function() return false end,
  __eq__ = function(a, b)
    if rawequal(a, b) then return true end
    return NotImplemented
  end,
  __hash__ = function() return 0x5f5e100 end,
}, {noattrs = true})

local func_cls = R.builtin_type("function", nil, {
  __repr__ = function(f)
    local info = R.FUNCINFO[f]
    if info and not info.builtin then return format("<function %s at 0x%x>", info.qualname or info.name, R.id(f)) end
    return format("<built-in function %s>", info and info.name or "?")
  end,
  __get__ = function(f, obj) if obj == None then return f end return R.boundmethod(obj, f) end,
}, {noattrs = true})

R.int_cls_set(int_cls, float_cls, bool_cls, str_cls, none_cls, func_cls)
R.int, R.float, R.bool, R.NoneType, R.function_cls = int_cls, float_cls, bool_cls, none_cls, func_cls

-- real/imag (and an int's numerator/denominator) as properties of the
-- classes, so that instances of subclasses find them; plain numbers answer
-- from the number metatable below without a lookup
local function num_property(get)
  return setmetatable({fget = function(x)
    x = R.unbox(x)
    if type(x) == "boolean" then x = x and 1 or 0 end
    return get(x)
  end, fset = None, fdel = None, doc = None}, R.PROP_MT)
end
for _, C in ipairs({int_cls, float_cls}) do
  C.own.real = num_property(function(x) return x end)
  C.own.imag = num_property(function(x) return mtype(x) == "integer" and 0 or 0.0 end)
end
int_cls.own.numerator = num_property(function(x) return x end)
int_cls.own.denominator = num_property(function() return 1 end)

-- number metatable: int and float share it; dispatch through typeof()
local nmt = {}
for k, v in pairs(int_cls.M) do nmt[k] = v end
nmt.cls = nil
nmt.__tostring = nil
nmt.__index = function(x, k)
  local C2 = mtype(x) == "integer" and int_cls or float_cls
  local v = C2.L[k]
  if v ~= nil then return v end
  if k == ".real" then return x end
  if k == ".imag" then return C2 == int_cls and 0 or 0.0 end
  if k == ".numerator" and mtype(x) == "integer" then return x end
  if k == ".denominator" and mtype(x) == "integer" then return 1 end
  return R.index_miss(C2, x, k)
end
nmt.__lt = R.LT
nmt.__le = R.LE
debug.setmetatable(0, nmt)
int_cls.M, float_cls.M = nmt, nmt

local bmt = {}
for k, v in pairs(bool_cls.M) do bmt[k] = v end
bmt.__tostring = nil
debug.setmetatable(true, bmt)
bool_cls.M = bmt

local numt = {}
for k, v in pairs(none_cls.M) do numt[k] = v end
numt.__tostring = nil
debug.setmetatable(None, numt)
none_cls.M = numt

local fmt_ = {}
for k, v in pairs(func_cls.M) do fmt_[k] = v end
fmt_.__index = function(f, k)
  if type(k) == "string" then
    local c = byte(k, 1)
    local name = sub(k, 2)
    local attrs = R.FUNCATTR[f]
    if attrs and attrs[name] ~= nil then return c == 58 and R.dropself(attrs[name]) or attrs[name] end
    local info = R.FUNCINFO[f]
    local v
    if name == "__name__" then v = info and info.name or "?"
    elseif name == "__qualname__" then v = info and (info.qualname or info.name) or "?"
    elseif name == "__doc__" then v = info and info.doc or None
    elseif name == "__module__" then v = info and info.module or "__main__"
    elseif name == "__dict__" then
      v = R.mkdict()
      if attrs then for k2, v2 in pairs(attrs) do v[k2] = v2 end end
    elseif name == "__wrapped__" then v = nil
    elseif name == "__annotations__" then
      -- none were given: an empty dict of its own, kept
      v = R.mkdict()
      if not attrs then attrs = {}; R.FUNCATTR[f] = attrs end
      attrs.__annotations__ = v
    end
    if v ~= nil then return c == 58 and R.dropself(v) or v end
    local fv = func_cls.L[k]
    if fv ~= nil then return fv end
  end
  return R.index_miss(func_cls, f, k)
end
fmt_.__newindex = function(f, k, v)
  if type(k) == "string" and byte(k, 1) == 46 then
    local attrs = R.FUNCATTR[f]
    if not attrs then attrs = {}; R.FUNCATTR[f] = attrs end
    local name = sub(k, 2)
    if name == "__name__" or name == "__qualname__" then
      local info = R.FUNCINFO[f]
      if info then
        local ni = {}
        for a, b in pairs(info) do ni[a] = b end
        ni[name == "__name__" and "name" or "qualname"] = v
        -- (the function's code still names its own info: see coro_direct)
        ni.orig = info.orig or info
        R.FUNCINFO[f] = ni
      end
    end
    attrs[name] = v
    return
  end
  raise("TypeError", "'function' object does not support item assignment")
end
fmt_.__tostring = nil
debug.setmetatable(print, fmt_)
-- A def's annotations (the emitter passes name, value pairs)
function R.fannotate(f, ...)
  local d = R.mkdict()
  for i = 1, select("#", ...), 2 do
    local k, v = select(i, ...)
    R.dict_set(d, k, v)
  end
  local attrs = R.FUNCATTR[f]
  if not attrs then attrs = {}; R.FUNCATTR[f] = attrs end
  attrs.__annotations__ = d
end
func_cls.M = fmt_

-- Python truthiness.
local function truth(x)
  if x == true then return true end
  if x == nil or x == false or x == None or x == 0 or x == "" then return false end
  local t = type(x)
  if t ~= "table" then return true end
  local mt = getmetatable(x)
  if mt == LIST_M or mt == TUPLE_M then return x.n > 0 end
  if mt == R.DICT_M or mt == R.SET_M then return rawget(x, R.META).n > 0 end
  local cls = mt and mt.cls
  if not cls then return true end
  local b = cls.L[":__bool__"]
  if b then
    local r = b(x)
    if type(r) ~= "boolean" then raise("TypeError", "__bool__ should return bool, returned %s", typeof(r).name) end
    return r
  end
  local l = cls.L[":__len__"]
  if l then return l(x) > 0 end
  return true
end
R.truth = truth

-- Division helpers used when the divisor is zero (see emit.c).
function R.div(a, b)
  if type(a) == "number" or type(a) == "boolean" then
    zerodiv((mtype(a) == "float" or mtype(b) == "float") and "float division by zero" or "division by zero")
  end
  return a / b
end
function R.fdiv(a, b)
  if type(a) == "number" or type(a) == "boolean" then
    zerodiv(mtype(a) == "integer" and mtype(b) == "integer" and "integer division or modulo by zero" or "float floor division by zero")
  end
  return a // b
end
function R.mod(a, b)
  if type(a) == "number" or type(a) == "boolean" then
    zerodiv(mtype(a) == "integer" and mtype(b) == "integer" and "integer modulo by zero" or "float modulo")
  end
  return a % b
end
function R.pow(a, b)
  if type(a) == "number" and type(b) == "number" then return pypow(a, b) end
  return R.DISPATCH.__pow(a, b)
end
function R.shl(a, b)
  if mtype(a) == "integer" and mtype(b) == "integer" then return int_methods.__lshift__(a, b) end
  return R.DISPATCH.__shl(a, b)
end
function R.shr(a, b)
  if mtype(a) == "integer" and mtype(b) == "integer" then return int_methods.__rshift__(a, b) end
  return R.DISPATCH.__shr(a, b)
end
R.shr = C.make_shr(R.shr) -- (two ints, in C)
function R.pos(a)
  if type(a) == "number" then return a end
  local f = typeof(a).L[":__pos__"]
  if f then return f(a) end
  raise("TypeError", "bad operand type for unary +: '%s'", typeof(a).name)
end

-- hash() of primitives (stable within a run): CPython's for numbers
local float_hash, hash_int = C.float_hash, R.hash_int
function R.hash(x)
  local t = type(x)
  if t == "number" then
    if mtype(x) == "integer" then return hash_int(x) end
    if x ~= x then return 0 end
    if x == huge then return 314159 end
    if x == -huge then return -314159 end
    return float_hash(x)
  elseif t == "string" then
    local h = 5381
    for i = 1, #x do h = (h * 33 + byte(x, i)) & 0x7FFFFFFFFFFFFFFF end
    return h
  elseif t == "boolean" then
    return x and 1 or 0
  end
  return R.id(x)
end

-- ---------------------------------------------------------------------
-- str.format

local function format_field(fieldname, args, kwargs, auto)
  -- fieldname: "", "0", "name", "name.attr", "name[key]"
  local first, rest = fieldname:match("^([^%.%[]*)(.*)$")
  local obj
  if first == "" then
    if auto.manual then raise("ValueError", "cannot switch from manual field specification to automatic field numbering") end
    auto.n = auto.n + 1
    auto.used = true
    if auto.n > args.n then raise("IndexError", "Replacement index %d out of range for positional args tuple", auto.n - 1) end
    obj = args[auto.n - 1]
  elseif first:match("^%d+$") then
    if auto.used then raise("ValueError", "cannot switch from automatic field numbering to manual field specification") end
    auto.manual = true
    local i = tonumber(first)
    if i >= args.n then raise("IndexError", "Replacement index %d out of range for positional args tuple", i) end
    obj = args[i]
  else
    obj = kwargs and kwargs[first]
    if obj == nil then error(R.new_exc("KeyError", first), 0) end
  end
  while rest ~= "" do
    local attr, r2 = rest:match("^%.([%w_]+)(.*)$")
    if attr then
      obj = R.ga(obj, attr)
      rest = r2
    else
      local key, r3 = rest:match("^%[([^%]]*)%](.*)$")
      if not key then raise("ValueError", "Only '.' or '[' may follow ']' in format field specifier") end
      if key:match("^%d+$") then obj = R.getitem(obj, tonumber(key)) else obj = R.getitem(obj, key) end
      rest = r3
    end
  end
  return obj
end

-- auto: the automatic field numbering, shared with the nested fields of a
-- spec ("{:{}}" numbers the value first, then the width)
-- A format string parsed once: literal strings and fields {name, conv,
-- spec, nested} (nested: the spec holds replacement fields of its own).
local FORMAT_PARSED, FORMAT_NPARSED = {}, 0
local function parse_format(s)
  local parts, np = {}, 0
  local i, n = 1, #s
  while i <= n do
    local c = sub(s, i, i)
    if c == "{" then
      if sub(s, i + 1, i + 1) == "{" then
        np = np + 1; parts[np] = "{"
        i = i + 2
      else
        -- find the matching close brace (nested braces in the spec)
        local depth, j = 1, i + 1
        while j <= n and depth > 0 do
          local d = sub(s, j, j)
          if d == "{" then depth = depth + 1 elseif d == "}" then depth = depth - 1 end
          j = j + 1
        end
        if depth > 0 then
          if i == n then raise("ValueError", "Single '{' encountered in format string") end
          if s:find(":", i + 1, true) then raise("ValueError", "unmatched '{' in format spec") end
          raise("ValueError", "expected '}' before end of string")
        end
        local field = sub(s, i + 1, j - 2)
        local name, conv, spec = field, nil, ""
        local colon = field:find(":", 1, true)
        local bang = field:find("!", 1, true)
        if colon and (not bang or colon < bang) then
          name, spec = sub(field, 1, colon - 1), sub(field, colon + 1)
        elseif bang then
          name = sub(field, 1, bang - 1)
          conv = sub(field, bang + 1, bang + 1)
          local rest = sub(field, bang + 2)
          if rest:sub(1, 1) == ":" then spec = rest:sub(2) elseif rest ~= "" then
            raise("ValueError", "expected ':' after conversion specifier")
          end
        end
        if conv and conv ~= "r" and conv ~= "s" and conv ~= "a" then
          raise("ValueError", "Unknown conversion specifier %s", conv)
        end
        np = np + 1
        -- simple names decided here: "" (automatic) or "3" (manual index)
        local simple = name == "" and "auto" or (name:match("^%d+$") and tonumber(name)) or false
        parts[np] = {name, conv, spec, spec:find("{", 1, true) ~= nil, simple}
        i = j
      end
    elseif c == "}" then
      if sub(s, i + 1, i + 1) == "}" then
        np = np + 1; parts[np] = "}"
        i = i + 2
      else
        raise("ValueError", "Single '}' encountered in format string")
      end
    else
      local j = s:find("[{}]", i) or n + 1
      np = np + 1; parts[np] = sub(s, i, j - 1)
      i = j
    end
  end
  parts.n = np
  return parts
end

local function str_format_impl(s, args, kwargs, auto)
  local parts = FORMAT_PARSED[s]
  if not parts then
    parts = parse_format(s)
    if FORMAT_NPARSED >= 512 then FORMAT_PARSED, FORMAT_NPARSED = {}, 0 end
    FORMAT_PARSED[s], FORMAT_NPARSED = parts, FORMAT_NPARSED + 1
  end
  local out = {}
  auto = auto or {n = 0}
  for k = 1, parts.n do
    local p = parts[k]
    if type(p) == "string" then
      out[k] = p
    else
      local v
      local simple = p[5]
      if simple == "auto" and not auto.manual and auto.n < args.n then
        auto.n, auto.used = auto.n + 1, true
        v = args[auto.n - 1]
      elseif simple and simple ~= "auto" and not auto.used and simple < args.n then
        auto.manual = true
        v = args[simple]
      else
        v = format_field(p[1], args, kwargs, auto)
      end
      local spec, conv = p[3], p[2]
      if p[4] then spec = str_format_impl(spec, args, kwargs, auto) end
      if conv == "r" then v = repr(v) elseif conv == "s" then v = str(v) elseif conv == "a" then v = R.ascii(v) end
      local t = type(v)
      if spec == "" and (t == "string" or t == "number" or t == "boolean") then
        out[k] = str(v) -- (what format(v, "") gives for these)
      else
        out[k] = R.format(v, spec)
      end
    end
  end
  return concat(out, "", 1, parts.n)
end

function R.str_format(s, ...)
  local kw = R.takekw()
  local args = R.tuple_from_array({...}, select("#", ...))
  local kwargs
  if kw then
    kwargs = {}
    for _, name in ipairs(kw[R.KWMARK]) do kwargs[name] = kw[name] end
  end
  return str_format_impl(s, args, kwargs)
end

function R.str_format_map(s, m)
  -- through getitem: a dict subclass's __missing__ or __getitem__ counts
  local proxy = setmetatable({}, {__index = function(_, k) return R.getitem(m, k) end})
  return str_format_impl(s, R.tuple_from_array({}, 0), proxy)
end
