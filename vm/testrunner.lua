-- testrunner.lua: `aster test [paths]`, loaded on demand (testing.c).
-- Finds test_*.as / test_*.py files (recursively under directories),
-- imports each as a module, runs its test_* functions in definition order
-- (an `async def` test runs with asyncio.run, in a fresh event loop), and
-- reports each failure with its traceback; `assert a OP b` failures show
-- both values. Ends with "N passed, N failed".
local R = ...
local C = R.c
local None = R.None
local format = string.format

local function is_test_file(name)
  return name:match("^test_.*%.as$") or name:match("^test_.*%.py$")
end

local function walk(dir, out)
  local names = C.listdir(dir)
  if not names then return end
  table.sort(names)
  for _, n in ipairs(names) do
    local p = dir == "." and n or dir .. "/" .. n
    local kind = C.stat(p)
    if kind == "dir" and n:sub(1, 1) ~= "." and n ~= "__pycache__" then walk(p, out)
    elseif kind == "file" and is_test_file(n) then out[#out + 1] = p end
  end
end

-- traceback text without the frames of the runtime's own modules
local function clean(report)
  local out, skip = {}, false
  for line in report:gmatch("[^\n]*\n?") do
    if line == "" then break end
    if line:match('^  File "<aster>/') then skip = true
    elseif skip and line:match("^    ") then skip = false
    else skip = false; out[#out + 1] = line end
  end
  return table.concat(out)
end

local read_file = R.read_file

-- the test_* functions of module m, in the order they were defined
local function collect(m, only)
  local tests = {}
  local function consider(k, v)
    if type(k) == "string" and k:sub(1, 5) == "test_" and type(v) == "function" and (not only or only[k]) then
      tests[#tests + 1] = {name = k, fn = v, line = debug.getinfo(v, "S").linedefined}
    end
  end
  for k, v in pairs(m) do consider(k, v) end
  local st = R.STATICS[m]
  if st then for k, g in pairs(st.get) do consider(k, g()) end end
  table.sort(tests, function(a, b) if a.line ~= b.line then return a.line < b.line end return a.name < b.name end)
  return tests
end

function R.test_main(args)
  R.assert_detail = true
  local files, only = {}, {}
  if #args == 0 then args = {"."} end
  for _, a in ipairs(args) do
    local path, name = a:match("^(.-)::(.+)$")
    path = path or a
    local kind = C.stat(path)
    if kind == "dir" then walk(path, files)
    elseif kind == "file" then
      files[#files + 1] = path
      if name then only[path] = only[path] or {}; only[path][name] = true end
    else
      io.stderr:write(format("aster test: no such file or directory: %s\n", path))
      return "exit", 2
    end
  end
  local passed, failed, reports = 0, 0, {}
  local function fail(label, e)
    failed = failed + 1
    R.write_stdout(format("FAIL %s\n", label))
    reports[#reports + 1] = format("____ %s ____\n%s", label, clean(R.format_exception(R.to_exception(e))))
  end
  local asyncio
  for _, path in ipairs(files) do
    local src = read_file(path)
    local dir = path:match("^(.*)/[^/]*$") or "."
    R.search_path[1] = dir
    R.sync_sys_path()
    local modname = path:match("([^/]*)%.[^.]*$")
    local m = R.new_module(modname, path)
    local chunk = "@" .. path
    R.SOURCES[chunk] = src
    R.modules[modname] = m
    local ok, err = R.xpcall(function()
      if not src then error(R.new_exc("OSError", "cannot read " .. path), 0) end
      R.exec_module(R.compile_or_raise(src, chunk, path), m)
    end, R.tbh)
    R.modules[modname] = nil
    if not ok then
      fail(path .. " (while importing)", err)
    else
      for _, t in ipairs(collect(m, only[path])) do
        local label = path .. "::" .. t.name
        local info = R.FUNCINFO[t.fn]
        local okt, e = R.xpcall(function()
          if info and info.kind == "coroutine" then
            asyncio = asyncio or R.import("asyncio")
            R.importfrom(asyncio, "run")(t.fn())
          else
            t.fn()
          end
        end, R.tbh)
        R.flush_stdout_safe()
        if okt then
          passed = passed + 1
          R.write_stdout(format("PASS %s\n", label))
        else
          fail(label, e)
        end
      end
    end
  end
  if #reports > 0 then R.write_stdout("\n" .. table.concat(reports, "\n")) end
  R.write_stdout(format("%d passed, %d failed\n", passed, failed))
  R.flush_stdout_safe()
  if failed > 0 then return "exit", 1 end
  return "ok"
end
