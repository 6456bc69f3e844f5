"""The aster command's flags, exit statuses, stdin, -m, -i, shebang, .asc."""
import os
import tempfile
from clitest import run, check, finish

d = tempfile.mkdtemp(prefix="aster-cli-")


def write(name, text, mode="w"):
    p = os.path.join(d, name)
    with open(p, mode) as f:
        f.write(text)
    return p


st, out, err = run(["--version"])
check(st == 0 and out.startswith("Aster "), "--version", out + err)
st, out, err = run(["-V"])
check(st == 0 and out.startswith("Aster "), "-V", out + err)
st, out, err = run(["--help"])
check(st == 0 and "usage: aster" in out and "-m mod" in out, "--help", out + err)

# bad usage: status 2 and a usage message
for args, msg in ((["-z"], "Unknown option: -z"), (["-c"], "Argument expected for the -c option"),
                  (["-m"], "Argument expected for the -m option"), (["--bogus"], "unknown option --bogus")):
    st, out, err = run(args)
    check(st == 2 and msg in err and "usage: aster" in err, "usage error %s" % args, "%s %r" % (st, err))

# -c with arguments in sys.argv
st, out, err = run(["-c", "import sys; print(sys.argv)", "a", "b"])
check(st == 0 and out == "['-c', 'a', 'b']\n", "-c argv", out + err)
st, out, err = run(["-cprint(6*7)"])
check(out == "42\n", "-cCODE", out + err)

# a file with a shebang line and arguments
p = write("prog.as", "#!/usr/bin/env aster\nimport sys\nprint(sys.argv[1:])\n")
st, out, err = run([p, "x", "--y"])
check(st == 0 and out == "['x', '--y']\n", "file args + shebang", out + err)
st, out, err = run([os.path.join(d, "missing.as")])
check(st == 2 and "can't open file" in err, "missing file: status 2", "%s %r" % (st, err))

# exit statuses
st, out, err = run(["-c", "import sys; sys.exit(3)"])
check(st == 3, "sys.exit(3)", str(st))
st, out, err = run(["-c", "raise SystemExit(5)"])
check(st == 5, "SystemExit(5)", str(st))
st, out, err = run(["-c", "import sys; sys.exit('bye')"])
check(st == 1 and err == "bye\n", "sys.exit(str)", "%s %r" % (st, err))
st, out, err = run(["-c", "print('before')\n1/0"])
check(st == 1 and out == "before\n" and "ZeroDivisionError: division by zero" in err and
      'File "<string>", line 2' in err, "uncaught exception: status 1, traceback", "%s %r %r" % (st, out, err))
st, out, err = run(["-c", "x = (1,"])
check(st == 1 and "SyntaxError" in err, "syntax error: status 1", "%s %r" % (st, err))

# stdin as a program (no terminal)
st, out, err = run([], stdin="print(1)\nprint(2)\n")
check(st == 0 and out == "1\n2\n", "stdin program", out + err)
st, out, err = run(["-", "arg"], stdin="import sys\nprint(sys.argv)\n")
check(st == 0 and out == "['-', 'arg']\n", "aster - arg", out + err)

# -m module (run from the current directory) and a package's __main__
write("hello_mod.as", "import sys\nprint('hello from', __name__, sys.argv[1:])\n")
os.makedirs(os.path.join(d, "pkg"), exist_ok=True)
write("pkg/__init__.as", "")
write("pkg/__main__.as", "print('pkg main')\n")
st, out, err = run(["-m", "hello_mod", "1", "2"], cwd=d)
check(st == 0 and out == "hello from __main__ ['1', '2']\n", "-m module", out + err)
st, out, err = run(["-m", "pkg"], cwd=d)
check(st == 0 and out == "pkg main\n", "-m package", out + err)
st, out, err = run(["-m", "no_such_module"], cwd=d)
check(st == 1 and "No module named no_such_module" in err, "-m missing", "%s %r" % (st, err))

# -X dev and sys.flags
st, out, err = run(["-X", "dev", "-c", "import sys; print(sys.flags.dev_mode, sys._xoptions)"])
check(out == "True {'dev': True}\n", "-X dev", out + err)
st, out, err = run(["-Xfoo=bar", "-c", "import sys; print(sys.flags.dev_mode, sys.flags.optimize, sys._xoptions)"])
check(out == "False 0 {'foo': 'bar'}\n", "-X foo=bar", out + err)

# -i: the REPL after the program (stdin is not a terminal: prompts on stderr)
st, out, err = run(["-i", "-c", "x = 21"], stdin="print(x * 2)\nx\n")
check(st == 0 and out == "42\n21\n" and ">>> " in err, "-i", "%s %r %r" % (st, out, err))
st, out, err = run(["-i", "-c", "1/0"], stdin="print('still here')\n")
check(out == "still here\n" and "ZeroDivisionError" in err, "-i after an error", "%r %r" % (out, err))

# --emit-lua: line-aligned Lua
p = write("emit.as", "x = 1\n\ny = x + 1\nprint(y)\n")
st, out, err = run(["--emit-lua", p])
check(st == 0 and len(out.splitlines()) == 4 and "print" in out.splitlines()[3], "--emit-lua", out + err)

# compile to .asc and run it; refuse anything else
p = write("app.as", "import sys\ndef f(n):\n    return 10 // n\nprint('asc', sys.argv[1:], f(2))\nf(0)\n")
asc = os.path.join(d, "app.asc")
st, out, err = run(["compile", p, "-o", asc])
check(st == 0 and os.path.exists(asc), "aster compile", out + err)
st, out, err = run([asc, "z"])
check(st == 1 and out == "asc ['z'] 5\n" and "line 3, in f" in err and "return 10 // n" in err and
      "ZeroDivisionError" in err, "run .asc with traceback", "%s %r %r" % (st, out, err))
data = open(asc, "rb").read()
write("bad1.asc", data[:len(data) // 2], "wb")
st, out, err = run([os.path.join(d, "bad1.asc")])
check(st == 2 and "not a valid precompiled chunk" in err, "truncated .asc refused", "%s %r" % (st, err))
write("bad2.asc", data.replace(b"Aster ", b"Aster 9", 1), "wb")
st, out, err = run([os.path.join(d, "bad2.asc")])
check(st == 2 and "not a valid precompiled chunk" in err, "other version refused", "%s %r" % (st, err))
corrupt = bytearray(data)
corrupt[-10] ^= 0x55
write("bad3.asc", bytes(corrupt), "wb")
st, out, err = run([os.path.join(d, "bad3.asc")])
check(st == 2 and "corrupt" in err, "corrupt .asc refused", "%s %r" % (st, err))
write("raw.asc", b"\x1bLua\x54\x00garbage", "wb")
st, out, err = run([os.path.join(d, "raw.asc")])
check(st == 1 and "SyntaxError" in err, "raw Lua bytecode is never loaded", "%s %r" % (st, err))
st, out, err = run(["compile", os.path.join(d, "nope.as")])
check(st == 2, "compile of a missing file", "%s %r" % (st, err))
p = write("bad.as", "def f(:\n")
st, out, err = run(["compile", p])
check(st == 1 and "SyntaxError" in err and "    def f(:\n" in err and not os.path.exists(os.path.join(d, "bad.asc")),
      "compile syntax error", "%s %r" % (st, err))

finish()
