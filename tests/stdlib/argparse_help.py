# argparse help and usage text, laid out as CPython 3.11 does: usage line
# wrapping (long option lists, long prog, long positionals), the
# "positional arguments:" and "options:" sections with help at column 24,
# description and epilog paragraphs, %(default)s / %(prog)s / %(choices)s in
# help, metavar (str and tuple), choices, nargs forms, SUPPRESS, argument
# groups, mutually exclusive groups (and their errors), custom usage=,
# add_help=False, -h/--help on stdout with exit 0, print_usage/print_help to
# a file, the Raw*, ArgumentDefaults and MetavarType formatters, subclasses of
# HelpFormatter and ArgumentParser; COLUMNS sets the width (80 when unset and
# stdout is not a terminal).
import os
import argparse
import contextlib
import io
import sys

os.environ["COLUMNS"] = "80"


def show(parser):
    print(parser.format_usage(), end="")
    print("-" * 20)
    print(parser.format_help(), end="")
    print("=" * 20)


def run(parser, args):
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            ns = parser.parse_args(args)
    except SystemExit as e:
        print(out.getvalue(), end="")
        print("exit", e.code)
        return None
    print(ns)
    return ns


p = argparse.ArgumentParser(prog="tool", description="Process some integers.",
                            epilog="And that's how you'd foo a bar.")
p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max,
               help="sum the integers (default: find the max)")
p.add_argument("-o", "--output", metavar="FILE", default="out.txt", help="write to FILE (default: %(default)s)")
p.add_argument("--level", type=int, choices=[1, 2, 3], default=2, help="one of %(choices)s, for %(prog)s")
p.add_argument("--secret", help=argparse.SUPPRESS)
p.add_argument("-q", action="store_true")
show(p)
run(p, ["-h"])
run(p, ["1", "--help", "--bogus"])

# long options push help to the next line; multi-line help is re-wrapped
p = argparse.ArgumentParser(prog="wrap", description="""
    This description is long enough that it has to be wrapped at the width of
    the terminal, and its indentation and newlines are not kept by the default
    formatter.

    Even paragraphs are joined.""")
p.add_argument("--a-really-long-option-name", metavar="VALUE", help="help goes on the next line")
p.add_argument("--medium-option", help="this help text is long enough that it needs wrapping onto a "
               "second line and maybe a third line as well, aligned under the first")
p.add_argument("-x", "--exactly", help="fits")
p.add_argument("positional_with_long_name", help="a positional")
p.add_argument("files", nargs="*", help="zero or more")
p.add_argument("opt", nargs="?", help="optional positional")
p.add_argument("pair", nargs=2, help="two values")
p.add_argument("--tup", nargs=2, metavar=("K", "V"))
p.add_argument("--star", nargs="*")
p.add_argument("--maybe", nargs="?")
p.add_argument("--three", nargs=3)
p.add_argument("--req", required=True)
p.add_argument("--choice", choices=["red", "green"])
p.add_argument("rest", nargs=argparse.REMAINDER)
p.add_argument("--empty", help="")
show(p)

# a long prog name moves the arguments under the usage text
p = argparse.ArgumentParser(prog="a-very-long-program-name-that-takes-up-a-lot-of-the-line")
p.add_argument("--first-option")
p.add_argument("--second-option")
p.add_argument("input")
p.add_argument("output")
show(p)

# positionals that do not fit
p = argparse.ArgumentParser(prog="pos")
for name in ("alpha_argument", "beta_argument", "gamma_argument", "delta_argument", "epsilon_argument"):
    p.add_argument(name)
p.add_argument("-v", action="store_true")
show(p)

# groups and mutually exclusive groups
p = argparse.ArgumentParser(prog="grp", add_help=False)
g = p.add_argument_group("input", "Where the data comes from.")
g.add_argument("--file", help="read a file")
g.add_argument("--url", help="fetch a URL")
g2 = p.add_argument_group("output")
g2.add_argument("dest", help="destination")
m = p.add_mutually_exclusive_group()
m.add_argument("-a", action="store_true", help="mode a")
m.add_argument("-b", action="store_true", help="mode b")
m2 = p.add_mutually_exclusive_group(required=True)
m2.add_argument("--json", action="store_true")
m2.add_argument("--xml", action="store_true")
m2.add_argument("--csv", metavar="SEP")
show(p)
run(p, ["d", "--json"])
run(p, ["d", "-a", "-b", "--json"])
run(p, ["d", "--json", "--xml"])
run(p, ["d"])
run(p, ["d", "--csv", ",", "-b"])
run(p, ["d", "--json", "--json"])

p = argparse.ArgumentParser(prog="mxpos")
m = p.add_mutually_exclusive_group()
m.add_argument("--verbose", action="store_true")
m.add_argument("name", nargs="?", default="x")
show(p)
run(p, ["n", "--verbose"])

# custom usage, add_help=False, usage/help to a file
p = argparse.ArgumentParser(prog="cu", usage="%(prog)s [options] FILE", add_help=False)
p.add_argument("file")
show(p)
buf = io.StringIO()
p.print_usage(buf)
p.print_help(buf)
print(repr(buf.getvalue()))
p.print_usage()
p.print_help()
with contextlib.redirect_stderr(sys.stdout):
    p.print_usage(sys.stderr)

# an empty parser
show(argparse.ArgumentParser(prog="empty"))
show(argparse.ArgumentParser(prog="bare", add_help=False))

# formatter classes
text = """First line
    indented line
Second paragraph
   keeps   spaces"""
for cls in (argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter, argparse.RawTextHelpFormatter,
            argparse.ArgumentDefaultsHelpFormatter):
    print(cls.__name__)
    p = argparse.ArgumentParser(prog="fmt", description=text, epilog=text, formatter_class=cls)
    p.add_argument("--n", type=int, default=3, help="a number\n  with a newline")
    p.add_argument("--s", default="x", help="already says %(default)s")
    p.add_argument("--none", help="no default shown")
    p.add_argument("--flag", action="store_true", help="a flag")
    p.add_argument("--nohelp", default=5)
    p.add_argument("pos", nargs="?", default="p", help="positional with default")
    p.add_argument("need", help="required positional")
    show(p)

p = argparse.ArgumentParser(prog="mt", formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument("--n", type=int)
p.add_argument("x", type=float)
show(p)

# BooleanOptionalAction, count, version and append help
p = argparse.ArgumentParser(prog="acts")
p.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="colorize")
p.add_argument("--fast", action=argparse.BooleanOptionalAction, help="go fast")
p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
p.add_argument("-V", "--version", action="version", version="%(prog)s 2.0")
p.add_argument("-I", action="append", dest="include", metavar="DIR", help="add DIR")
p.add_argument("-c", action="store_const", const=1, help="constant")
show(p)

# a narrower terminal
os.environ["COLUMNS"] = "50"
p = argparse.ArgumentParser(prog="narrow", description="A parser laid out for a terminal fifty columns wide.")
p.add_argument("--alpha", help="the first option, with a help text that wraps")
p.add_argument("--beta-gamma-delta", metavar="BGD", help="a long option")
p.add_argument("items", nargs="+", help="things")
show(p)

# COLUMNS unset: CPython falls back to 80 columns when stdout is a pipe
del os.environ["COLUMNS"]
p = argparse.ArgumentParser(prog="dflt", description="x " * 50)
p.add_argument("--opt", help="y " * 40)
show(p)
os.environ["COLUMNS"] = "80"

# explicit formatter width through a lambda, and prog from argv[0]
p = argparse.ArgumentParser(prog="w", formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40,
                                                                                             max_help_position=10))
p.add_argument("--opt", help="some help that wraps in forty columns")
show(p)


# subclasses of HelpFormatter and ArgumentParser that pass keywords to super()
class Wide(argparse.HelpFormatter):
    def __init__(self, prog):
        super().__init__(prog, max_help_position=40, width=60)


class MyParser(argparse.ArgumentParser):
    def __init__(self, **kwargs):
        super().__init__(prog="mine", formatter_class=Wide, **kwargs)

    def error(self, message):
        print("ERROR:", message)
        raise SystemExit(5)


p = MyParser(description="A parser whose formatter is sixty columns wide, with help at 40.")
p.add_argument("--a-long-option", metavar="VALUE", help="placed at column forty, and wrapped")
p.add_argument("name")
show(p)
run(p, [])

sys.argv[0] = "/usr/local/bin/script.py"
p = argparse.ArgumentParser()
print(p.prog, p.format_usage(), end="")
sys.argv[0] = "script"
print(argparse.ArgumentParser().prog)
