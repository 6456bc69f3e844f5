# argparse parsing: positionals and optionals, every built-in action (store,
# store_const, store_true/false, append, append_const, count, extend,
# version, BooleanOptionalAction) and custom Actions (calling
# super().__init__ with keywords); nargs None/?/*/+/N/REMAINDER; const,
# default (and SUPPRESS), type, choices, required, dest; long-option
# abbreviations, '--', -xVALUE, --opt=value, combined short flags, negative
# numbers; prefix_chars, argument_default, parse_known_args,
# parse_intermixed_args, namespace=; Namespace repr, ==, `in`, vars(); the
# error messages and exit status 2 (parser.error, exit_on_error=False);
# fromfile_prefix_chars, FileType, and prog and args taken from sys.argv.
# args: --from-argv 7 one two
import argparse
import contextlib
import io
import os
import sys
import tempfile


def run(parser, args):
    """Parse args, showing the result or what went to stdout/stderr and the exit code."""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            ns = parser.parse_args(args)
    except SystemExit as e:
        print("exit", e.code, "|", out.getvalue().replace("\n", " | "))
        return None
    print(out.getvalue(), end="")
    print(ns)
    return ns


# --- positionals and optionals --------------------------------------------
p = argparse.ArgumentParser(prog="basic")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out.txt")
p.add_argument("-v", "--verbose", action="store_true")
p.add_argument("-q", "--quiet", action="store_false", dest="loud")
p.add_argument("-n", "--num", type=int, default=1)
p.add_argument("--ratio", type=float)
run(p, ["a"])
run(p, ["a", "b", "-v", "-n", "3"])
run(p, ["-vq", "a", "--num=7", "--ratio", "0.5"])
run(p, ["a", "-n5"])
run(p, [])
run(p, ["a", "b", "c"])
run(p, ["a", "-n"])
run(p, ["a", "-n", "x"])
run(p, ["a", "--ratio", "half"])
run(p, ["a", "--bogus"])
run(p, ["a", "--verbose=yes"])

# --- actions ---------------------------------------------------------------
p = argparse.ArgumentParser(prog="acts")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--app", action="append")
p.add_argument("--app-int", action="append", type=int, default=[0])
p.add_argument("--red", action="append_const", const="red", dest="colors")
p.add_argument("--blue", action="append_const", const="blue", dest="colors")
p.add_argument("-v", action="count", default=0)
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="use color")
p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
run(p, [])
run(p, ["--const", "--app", "x", "--app", "y", "--red", "--blue", "--red"])
run(p, ["-vvv", "-v", "--ext", "a", "b", "--ext", "c", "--no-color"])
run(p, ["--app-int", "5", "--app-int", "6", "--color"])
run(p, ["--version"])
run(p, ["--no-color", "--color"])
run(p, ["--col"])

# count without a default starts from None
p = argparse.ArgumentParser(prog="cnt")
p.add_argument("-v", "--verbose", action="count")
run(p, [])
run(p, ["-vv", "--verbose", "--verb"])


class Upper(argparse.Action):
    """A custom action: stores the values upper-cased and records the option used."""

    def __call__(self, parser, namespace, values, option_string=None):
        if isinstance(values, list):
            values = [v.upper() for v in values]
        else:
            values = values.upper()
        setattr(namespace, self.dest, values)
        setattr(namespace, "used", option_string)


class Pair(argparse.Action):
    """A custom action with its own __init__ that fixes nargs."""

    def __init__(self, option_strings, dest, **kwargs):
        kwargs["nargs"] = 2
        super().__init__(option_strings, dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, tuple(values))


class NoNargs(argparse.Action):
    """The argparse documentation's example: refuses nargs, prints its arguments."""

    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        if nargs is not None:
            raise ValueError("nargs not allowed")
        super(NoNargs, self).__init__(option_strings=option_strings, dest=dest, **kwargs)

    def __call__(self, parser, namespace, values, option_string=None):
        print("%r %r %r" % (namespace, values, option_string))
        setattr(namespace, self.dest, values)


p = argparse.ArgumentParser(prog="custom")
p.add_argument("--up", action=Upper)
p.add_argument("words", action=Upper, nargs="*")
p.add_argument("--pair", action=Pair, metavar="X")
run(p, ["--up", "abc", "x", "y"])
run(p, ["--pair", "1", "2"])
run(p, ["--pair", "1"])
print(repr(p._actions[1]))
p = argparse.ArgumentParser(prog="doc")
p.add_argument("--foo", action=NoNargs, help="foo it")
p.add_argument("bar", action=NoNargs)
run(p, ["1", "--foo", "2"])
try:
    p.add_argument("--baz", action=NoNargs, nargs=2)
except ValueError as e:
    print("ValueError:", e)
for bad in (lambda: argparse.Action(["-x"], "x", None, None, None, None, None, False, None, None, "extra"),
            lambda: argparse.Action(["-x"]),
            lambda: argparse.Action(["-x"], "x", bogus=1),
            lambda: argparse.ArgumentParser(*range(14)),
            lambda: argparse.ArgumentParser(progg="x")):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# --- nargs -----------------------------------------------------------------
p = argparse.ArgumentParser(prog="nargs")
p.add_argument("first")
p.add_argument("rest", nargs="*")
p.add_argument("--two", nargs=2)
p.add_argument("--opt", nargs="?", const="C", default="D")
p.add_argument("--plus", nargs="+", type=int)
run(p, ["a"])
run(p, ["a", "b", "c", "--two", "x", "y"])
run(p, ["a", "--opt"])
run(p, ["a", "--opt", "val"])
run(p, ["a", "--plus", "1", "2", "3", "b"])
run(p, ["a", "--plus"])
run(p, ["a", "--two", "x"])
run(p, ["a", "--two", "x", "y", "z"])

p = argparse.ArgumentParser(prog="posn")
p.add_argument("xy", nargs=2, type=int)
p.add_argument("more", nargs="+")
run(p, ["1", "2", "3"])
run(p, ["1", "2"])
run(p, ["1"])

p = argparse.ArgumentParser(prog="rem")
p.add_argument("--flag", action="store_true")
p.add_argument("cmd")
p.add_argument("args", nargs=argparse.REMAINDER)
run(p, ["--flag", "ls", "-l", "--flag", "x"])
run(p, ["ls"])

# --- choices, required, dest, defaults, SUPPRESS ---------------------------
p = argparse.ArgumentParser(prog="ch")
p.add_argument("mode", choices=["fast", "slow"])
p.add_argument("--level", type=int, choices=range(1, 4))
p.add_argument("--out", required=True, dest="output")
p.add_argument("--hidden", default=argparse.SUPPRESS)
run(p, ["fast", "--out", "f"])
run(p, ["medium", "--out", "f"])
run(p, ["fast", "--out", "f", "--level", "9"])
run(p, ["fast", "--out", "f", "--level", "2", "--hidden", "h"])
run(p, ["fast"])
run(p, [])

p = argparse.ArgumentParser(prog="req")
p.add_argument("x")
p.add_argument("y", nargs="+")
p.add_argument("--z", required=True)
run(p, [])
run(p, ["1", "2"])

p = argparse.ArgumentParser(prog="dflt", argument_default=argparse.SUPPRESS)
p.add_argument("--a")
p.add_argument("--b", default=3)
run(p, [])
run(p, ["--a", "1"])

# string defaults go through type; other defaults do not
p = argparse.ArgumentParser(prog="typedef")
p.add_argument("--n", type=int, default="10")
p.add_argument("--m", type=int, default=2.5)
p.add_argument("--lst", type=int, nargs="*", default=[])
run(p, [])


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not positive" % text)
    return value


def hexint(text):
    return int(text, 16)


p = argparse.ArgumentParser(prog="types")
p.add_argument("--pos", type=positive)
p.add_argument("--hex", type=hexint)
run(p, ["--pos", "3", "--hex", "ff"])
run(p, ["--pos", "-3"])
run(p, ["--hex", "zz"])

# --- option syntax -----------------------------------------------------------
p = argparse.ArgumentParser(prog="syn")
p.add_argument("--verbose", action="store_true")
p.add_argument("--version-string")
p.add_argument("--output")
p.add_argument("-a", action="store_true")
p.add_argument("-b", action="store_true")
p.add_argument("-c")
p.add_argument("files", nargs="*")
run(p, ["--verb", "--out", "o"])
run(p, ["--ver"])
run(p, ["--verbose", "--", "-a", "--output"])
run(p, ["-abcVAL"])
run(p, ["-ab", "-c", "x", "f1", "f2"])
run(p, ["-c=v"])
run(p, ["-bc", "-a"])
run(p, ["-ac"])
run(p, ["--output=a=b", "--", "--"])
run(p, ["-x"])

p = argparse.ArgumentParser(prog="noabbrev", allow_abbrev=False)
p.add_argument("--verbose", action="store_true")
run(p, ["--verb"])
run(p, ["--verbose"])

# negative numbers: values unless the parser has options that look like them
p = argparse.ArgumentParser(prog="neg")
p.add_argument("-x", type=float)
p.add_argument("nums", nargs="*", type=float)
run(p, ["-x", "-1", "-2.5", "-3"])
run(p, ["-x", "-.5"])
p = argparse.ArgumentParser(prog="neg2")
p.add_argument("-1", dest="one", action="store_true")
p.add_argument("nums", nargs="*")
run(p, ["-1"])
run(p, ["-2"])

p = argparse.ArgumentParser(prog="plus", prefix_chars="-+")
p.add_argument("+f", "--foo", action="store_true")
p.add_argument("++bar")
run(p, ["+f", "++bar", "B"])
run(p, ["++ba=Z"])

# --- parse_known_args, intermixed, namespace= ------------------------------
p = argparse.ArgumentParser(prog="known")
p.add_argument("--a")
p.add_argument("pos")
print(p.parse_known_args(["--a", "1", "x", "--b", "2", "y"]))
print(p.parse_known_args(["p", "-z"]))

p = argparse.ArgumentParser(prog="mix")
p.add_argument("--foo")
p.add_argument("cmd")
p.add_argument("rest", nargs="*", type=int)
print(p.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
run(p, "doit 1 --foo bar 2 3".split())


class Holder:
    pass


h = Holder()
h.pos = "preset"
p = argparse.ArgumentParser(prog="ns")
p.add_argument("--a", default="A")
p.add_argument("pos", nargs="?")
r = p.parse_args(["--a", "z"], namespace=h)
print(r is h, h.a, h.pos)
existing = argparse.Namespace(a="kept")
print(p.parse_args([], namespace=existing))

# --- Namespace --------------------------------------------------------------
ns = argparse.Namespace(b=2, a=1)
print(ns, repr(ns), vars(ns))
print("a" in ns, "c" in ns, ns.a + ns.b)
print(ns == argparse.Namespace(a=1, b=2), ns != argparse.Namespace(a=1), ns == 3)
ns.c = "x"
del ns.a
print(ns)
print(argparse.Namespace(**{"with-dash": 1, "ok": 2}))
print(argparse.Namespace())

# --- errors -------------------------------------------------------------------
p = argparse.ArgumentParser(prog="err")
p.add_argument("--n", type=int)
try:
    with contextlib.redirect_stderr(sys.stdout):
        p.error("custom failure")
except SystemExit as e:
    print("exit", e.code)
try:
    with contextlib.redirect_stderr(sys.stdout):
        p.exit(3, "leaving\n")
except SystemExit as e:
    print("exit", e.code)

p = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
p.add_argument("--n", type=int)
try:
    p.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)

try:
    p.add_argument("--n")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
for bad in (dict(action="store_true", nargs=1), dict(nargs=0), dict(action="bogus"), dict(type="int")):
    try:
        p.add_argument("--other", **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    p.add_argument("pos", dest="d")
except ValueError as e:
    print("ValueError:", e)
try:
    p.add_argument("bad", required=True)
except TypeError as e:
    print("TypeError:", e)

c = argparse.ArgumentParser(prog="conf", conflict_handler="resolve")
c.add_argument("-f", "--foo", help="old")
c.add_argument("--foo", help="new")
print(c.format_help())

# defaults
p = argparse.ArgumentParser(prog="defs")
p.add_argument("--x", default=1)
p.set_defaults(x=5, extra="e")
print(p.get_default("x"), p.get_default("extra"), p.get_default("none"))
run(p, [])

# --- prog and arguments from sys.argv ----------------------------------------
p = argparse.ArgumentParser()
p.add_argument("--from-argv", type=int)
p.add_argument("rest", nargs="*")
print(p.prog, p.parse_args())
print(p.format_usage(), end="")

# --- arguments read from files, FileType -------------------------------------
with tempfile.TemporaryDirectory() as d:
    def hide(text):
        return text.replace(d, "DIR")

    def run_hidden(parser, args):
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                ns = parser.parse_args(args)
        except SystemExit as e:
            print("exit", e.code, "|", hide(out.getvalue()).replace("\n", " | "))
            return None
        return ns

    args_file = os.path.join(d, "args.txt")
    with open(args_file, "w") as f:
        f.write("--name\nfrom file\n-v\n@" + os.path.join(d, "more.txt") + "\n")
    with open(os.path.join(d, "more.txt"), "w") as f:
        f.write("pos1\n")
    p = argparse.ArgumentParser(prog="ff", fromfile_prefix_chars="@")
    p.add_argument("--name")
    p.add_argument("-v", action="store_true")
    p.add_argument("pos")
    print(run_hidden(p, ["@" + args_file]))
    run_hidden(p, ["@" + os.path.join(d, "missing.txt")])

    class SplitLines(argparse.ArgumentParser):
        def convert_arg_line_to_args(self, line):
            return line.split()

    p = SplitLines(prog="sp", fromfile_prefix_chars="@")
    p.add_argument("--name")
    p.add_argument("-v", action="store_true")
    p.add_argument("pos", nargs="*")
    print(p.parse_known_args(["@" + args_file]))

    print(repr(argparse.FileType("w", encoding="utf-8")), repr(argparse.FileType()))
    out_file = os.path.join(d, "o.txt")
    p = argparse.ArgumentParser(prog="ft")
    p.add_argument("out", type=argparse.FileType("w"))
    p.add_argument("--inp", type=argparse.FileType("r"), default="-")
    ns = run_hidden(p, [out_file])
    print(ns.inp is sys.stdin, ns.out.name == out_file)
    ns.out.write("hello")
    ns.out.close()
    ns = run_hidden(p, ["-", "--inp", out_file])
    print(ns.out is sys.stdout, ns.inp.read())
    ns.inp.close()
    run_hidden(p, [os.path.join(d, "x"), "--inp", os.path.join(d, "nope.txt")])
