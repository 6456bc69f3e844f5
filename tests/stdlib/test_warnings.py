# warnings: warn() output format, filters and actions, catch_warnings, showwarning hooks
import io
import os
import sys
import warnings

HERE = os.path.dirname(os.path.abspath(__file__)) + "/"
real_stderr = sys.stderr
buf = io.StringIO()
sys.stderr = buf


def flush(title):
    text = buf.getvalue().replace(HERE, "<dir>/")
    buf.seek(0)
    buf.truncate()
    print("--", title)
    print(text, end="")


def f():
    warnings.warn("hello")


f()
f()
warnings.warn("dep", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
flush("default action: once per place; DeprecationWarning shown in __main__")


def inner():
    warnings.warn("deeper", stacklevel=2)


def outer():
    inner()


outer()
warnings.warn("far up", UserWarning, stacklevel=50)
for i in range(3):
    warnings.warn("in a loop")
flush("stacklevel and loops")


class C:
    def method(self):
        warnings.warn("from a method", FutureWarning)


C().method()
warnings.warn(RuntimeWarning("an instance"))
flush("categories")

warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always shown")
warnings.resetwarnings()
warnings.simplefilter("once")
for i in range(2):
    warnings.warn("shown once")
warnings.warn("shown once")
warnings.resetwarnings()
warnings.simplefilter("module")
warnings.warn("per module")
warnings.warn("per module")
flush("always, once, module")

warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("ignore", UserWarning)
warnings.warn("ignored")
warnings.warn("not ignored", RuntimeWarning)
warnings.filterwarnings("error", message="bad.*thing")
try:
    warnings.warn("Bad big thing")
except UserWarning as e:
    print("raised:", repr(e))
warnings.warn("a good thing")
warnings.filterwarnings("ignore", module="__main__", category=SyntaxWarning)
warnings.warn("module filter", SyntaxWarning)
warnings.filterwarnings("always", module="other")
warnings.warn("other module filter", BytesWarning)
warnings.filterwarnings("error", "^exact$")
try:
    warnings.warn("EXACT")
except UserWarning as e:
    print("regex match is case-insensitive:", e)
warnings.filterwarnings("ignore", "x+y?[0-9]{2}$|^alt")
warnings.warn("xxx12", BytesWarning)
warnings.warn("alternative", BytesWarning)
warnings.warn("x123", BytesWarning)
print(warnings.filters[0][1].match("xx99") is not None, warnings.filters[0][1].match("ab") is None)
flush("filters")
print([(a, m.pattern if m else m, c.__name__, mod, ln) for a, m, c, mod, ln in warnings.filters])

warnings.resetwarnings()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", UserWarning)
    warnings.warn(DeprecationWarning("as instance"))
    warnings.warn("twice")
    warnings.warn("twice")
print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w])
print(w[0].lineno, os.path.basename(w[0].filename), w[0].line, w[0].file, type(w[0].message).__name__)
print(str(w[0]).replace(HERE, "<dir>/"))
print(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("error inside", RuntimeWarning)
    except RuntimeWarning as e:
        print("caught:", repr(e))
print(warnings.filters)
with warnings.catch_warnings(action="ignore"):
    warnings.warn("ignored in the block")
with warnings.catch_warnings(record=True) as w2:
    pass
print(w2, repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
cw = warnings.catch_warnings()
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError:", str(e))
flush("catch_warnings")


def show(message, category, filename, lineno, file=None, line=None):
    print("SHOW:", message, category.__name__, os.path.basename(filename), lineno, file, line)


orig = warnings.showwarning
warnings.showwarning = show
warnings.warn("through showwarning")
warnings.showwarning = orig
warnings.formatwarning = lambda m, c, fn, ln, line=None: "FORMAT %s %s %d\n" % (m, c.__name__, ln)
warnings.warn("through formatwarning")
warnings.formatwarning = warnings._formatwarning_orig
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 3, "  the line  ")))
print(repr(warnings.formatwarning("msg", UserWarning, "/no/such/file.py", 3)))
warnings.showwarning("direct", RuntimeWarning, "a.py", 7, file=sys.stdout, line="code()")
warnings.warn_explicit("explicit", UserWarning, "ex.py", 12)
warnings.warn_explicit("explicit", UserWarning, "ex.py", 12)
reg = {}
warnings.warn_explicit("explicit2", UserWarning, "ex.py", 13, module="mm", registry=reg)
warnings.warn_explicit("explicit2", UserWarning, "ex.py", 13, module="mm", registry=reg)
print(sorted(k for k in reg if k != "version"))
flush("hooks and warn_explicit")

for bad in (int, ValueError, "x"):
    try:
        warnings.warn("x", category=bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)
try:
    warnings.filterwarnings("ignore", category=int)
except AssertionError as e:
    print("AssertionError:", e)
print(issubclass(DeprecationWarning, Warning), issubclass(Warning, Exception), UserWarning.__mro__[1].__name__)
sys.stderr = real_stderr
