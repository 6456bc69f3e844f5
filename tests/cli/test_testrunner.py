"""`aster test`: discovery, sync and async tests, failure reports with the
assert's values, the summary line and the exit status."""
import os
import tempfile
from clitest import run, check, finish

d = tempfile.mkdtemp(prefix="aster-test-")
os.makedirs(os.path.join(d, "good"))
os.makedirs(os.path.join(d, "bad", "deep"))


def write(rel, text):
    with open(os.path.join(d, rel), "w") as f:
        f.write(text)


write("good/mylib.as", "def add(a, b):\n    return a + b\n")
write("good/test_lib.as", """import asyncio
from mylib import add

def test_add():
    assert add(2, 2) == 4

async def test_sleep():
    await asyncio.sleep(0.01)
    assert asyncio.get_running_loop().is_running()

async def test_own_loop():
    # each async test has a loop of its own
    assert len(asyncio.all_tasks()) == 1

def not_a_test():
    raise RuntimeError("collected by mistake")
""")
write("good/helper.as", "def test_never():\n    raise RuntimeError('not a test file')\n")
write("bad/deep/test_fail.py", """def test_values():
    items = [1, 2, 3]
    assert sum(items) == 7

def test_error():
    return {}["missing"]

async def test_async_fail():
    assert "b" in "xyz"

def test_ok():
    pass
""")
write("bad/test_syntax.as", "def test_x(:\n    pass\n")

st, out, err = run(["test", "good"], cwd=d)
check(st == 0, "passing suite: status 0", "%s %r %r" % (st, out, err))
check(out.endswith("3 passed, 0 failed\n"), "passing suite summary", out)
check("PASS good/test_lib.as::test_add\nPASS good/test_lib.as::test_sleep\nPASS good/test_lib.as::test_own_loop\n" in out,
      "tests run in definition order", out)
check("test_never" not in out and "collected" not in out, "only test_*.as files and test_* functions", out)

st, out, err = run(["test"], cwd=d)
check(st == 1, "failing suite: status 1", "%s %r %r" % (st, out, err))
check(out.endswith("4 passed, 4 failed\n"), "failing suite summary", out)
check("assert sum(items) == 7\nAssertionError: assert 6 == 7\n" in out, "failing assert shows its values", out)
check("AssertionError: assert 'b' in 'xyz'" in out, "async failure", out)
check("KeyError: 'missing'" in out and 'line 6, in test_error' in out, "error traceback", out)
check("FAIL bad/test_syntax.as (while importing)" in out and "SyntaxError" in out, "import failure", out)
check("<aster>" not in out, "runtime frames are left out", out)

st, out, err = run(["test", "bad/deep/test_fail.py::test_ok"], cwd=d)
check(st == 0 and out.endswith("1 passed, 0 failed\n"), "FILE::name selects one test", out + err)
st, out, err = run(["test", "nowhere"], cwd=d)
check(st == 2 and "no such file" in err, "missing path: status 2", "%s %r" % (st, err))

# outside `aster test`, a failing assert has no message, as in CPython
st, out, err = run(["-c", "x = 1\nassert x == 2"])
check(st == 1 and err.endswith("AssertionError\n"), "plain assert message", err)
finish()
