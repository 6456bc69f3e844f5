# atexit: functions run when the program ends, last registered first, with
# their arguments, after an uncaught exception too; one that fails is
# reported and the others still run. sys.excepthook replaced by the program
# reports the uncaught exception instead of the traceback.
import atexit
import sys


def farewell(name, punct="."):
    print("bye", name + punct)


class Broken:
    def __call__(self):
        raise ValueError("in atexit")

    def __repr__(self):
        return "<broken callback>"


def twice():
    print("never: unregistered")


atexit.register(farewell, "first", punct="!")
atexit.register(Broken())
atexit.register(twice)
atexit.register(twice)
atexit.unregister(twice)


@atexit.register
def last():
    print("last registered runs first")


print(sys.excepthook is sys.__excepthook__)


def hook(kind, value, tb):
    print("hook:", kind.__name__, value)


sys.excepthook = hook
print("main done")
raise KeyError("uncaught")
# exit: 1
# expect-stderr: Exception ignored in atexit callback: <broken callback>
# expect-stderr: ValueError: in atexit
