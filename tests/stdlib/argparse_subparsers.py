# argparse sub-commands: add_subparsers(dest=, title=, description=, help=,
# metavar=, required=) and add_parser(name, help=, aliases=, description=);
# dispatch through set_defaults(func=...), get_default, defaults of parent
# and child, options before and after the command, nested subparsers,
# parents= (shared options), the help of the main parser and of a
# sub-command, and the errors (unknown command, missing command, errors
# inside a sub-command reported with the sub-command's prog, and an uncaught
# error on stderr with exit status 2).
import os
import argparse
import contextlib
import io

os.environ["COLUMNS"] = "80"


def run(parser, args):
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            ns = parser.parse_args(args)
    except SystemExit as e:
        print(out.getvalue(), end="")
        print("exit", e.code)
        return None
    # functions print their address: show the namespace without them
    shown = argparse.Namespace(**{k: v for k, v in vars(ns).items() if k != "func"})
    print(shown, "+ func" if hasattr(ns, "func") else "")
    return ns


def cmd_add(args):
    return "adding %s" % ", ".join(args.names)


def cmd_rm(args):
    return "removing %s%s" % (args.name, " (forced)" if args.force else "")


p = argparse.ArgumentParser(prog="git", description="A version control tool.")
p.add_argument("-C", metavar="PATH", help="run as if started in PATH")
p.add_argument("--verbose", "-v", action="store_true")
sub = p.add_subparsers(dest="command", title="commands", description="Available commands:",
                       help="what to do")
add = sub.add_parser("add", help="add files", description="Add file contents to the index.")
add.add_argument("names", nargs="+", help="files to add")
add.add_argument("-n", "--dry-run", action="store_true", help="do nothing")
add.set_defaults(func=cmd_add)
rm = sub.add_parser("remove", aliases=["rm", "del"], help="remove a file")
rm.add_argument("name")
rm.add_argument("-f", "--force", action="store_true")
rm.set_defaults(func=cmd_rm, verbose="from-rm")
sub.add_parser("status")

print(p.format_usage(), end="")
print(p.format_help())
print(add.format_help())
print(rm.format_usage(), end="")
print(rm.prog, add.prog)

for argv in (["add", "a.txt", "b.txt"], ["-v", "add", "-n", "x"], ["rm", "f", "--force"],
             ["del", "g"], ["remove", "h", "-v"], ["status"], []):
    ns = run(p, argv)
    if ns is not None and hasattr(ns, "func"):
        print(" ->", ns.func(ns), "| verbose:", ns.verbose)

run(p, ["push"])
run(p, ["add"])
run(p, ["rm", "a", "b"])
run(p, ["rm", "-x", "a"])
run(p, ["add", "--help"])
run(p, ["-h"])
run(p, ["status", "--bogus"])
print(rm.get_default("func") is cmd_rm, p.get_default("func"))

# required subparsers, and a metavar for the command list
p = argparse.ArgumentParser(prog="req")
sub = p.add_subparsers(dest="cmd", required=True, metavar="COMMAND")
sub.add_parser("one", help="first")
sub.add_parser("two", help="second")
run(p, [])
run(p, ["one"])
print(p.format_help())

# without dest: nothing is stored, and a missing command is no error
p = argparse.ArgumentParser(prog="nodest")
p.add_argument("--x", default=1)
sub = p.add_subparsers()
a = sub.add_parser("a")
a.add_argument("--y", type=int, default=0)
run(p, [])
run(p, ["a", "--y", "3"])
print(p.format_usage(), end="")

# nested sub-commands
p = argparse.ArgumentParser(prog="cloud")
outer = p.add_subparsers(dest="area", required=True)
vm = outer.add_parser("vm")
inner = vm.add_subparsers(dest="action", required=True)
start = inner.add_parser("start")
start.add_argument("name")
start.add_argument("--zone", default="eu")
inner.add_parser("list")
run(p, ["vm", "start", "web1", "--zone", "us"])
run(p, ["vm", "list"])
run(p, ["vm"])
run(p, ["vm", "start"])
print(start.prog)
print(vm.format_help())

# parents share options
base = argparse.ArgumentParser(add_help=False)
base.add_argument("--debug", action="store_true", help="debug output")
base.set_defaults(level=1)
p = argparse.ArgumentParser(prog="child", parents=[base])
p.add_argument("target")
run(p, ["--debug", "t"])
print(p.format_help())

# set_defaults on the parent: the sub-command's own defaults win
p = argparse.ArgumentParser(prog="defs")
p.set_defaults(mode="parent")
p.add_argument("--top", default="T")
sub = p.add_subparsers(dest="cmd")
c = sub.add_parser("c")
c.set_defaults(mode="child")
c.add_argument("--top", default="child-top")
run(p, [])
run(p, ["c"])
run(p, ["--top", "X", "c"])

# parse_known_args passes unknown arguments of a sub-command through
p = argparse.ArgumentParser(prog="known")
sub = p.add_subparsers(dest="cmd")
s = sub.add_parser("s")
s.add_argument("--a")
print(p.parse_known_args(["s", "--a", "1", "--b", "2", "extra"]))

# add_subparsers twice is an error
p = argparse.ArgumentParser(prog="twice")
p.add_subparsers()
out = io.StringIO()
try:
    with contextlib.redirect_stderr(out):
        p.add_subparsers()
except SystemExit as e:
    print(out.getvalue(), end="")
    print("exit", e.code)
try:
    sub = argparse.ArgumentParser(prog="dup").add_subparsers()
    sub.add_parser("x")
    sub.add_parser("x")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)

# uncaught: usage and error go to stderr, and the program exits with status 2
print("before the error")
p = argparse.ArgumentParser(prog="final")
p.add_argument("n", type=int)
p.parse_args(["many"])
print("not reached")
# expect-stderr: usage: final [-h] n
# expect-stderr: final: error: argument n: invalid int value: 'many'
# exit: 2
