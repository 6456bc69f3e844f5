"""The REPL on a pseudo-terminal: prompts, multi-line blocks, echo and `_`,
errors, top-level await, a background task printing while the prompt
waits, Ctrl-C, Ctrl-D, history and completion."""
import os
from clitest import Repl, check, finish

r = Repl()
r.expect("Aster ")
r.expect(">>> ")
r.line("1 + 2")
check("3\n>>> " in r.transcript, "echo of an expression", r.transcript)
r.line("x = 40")
r.line("None")
r.line("x + 2")
r.line("_ + 1")
check(r.transcript.count("42\n") == 1 and "43\n" in r.transcript, "echo and _", r.transcript)
check(">>> None\n>>> x + 2" in r.transcript, "None is not echoed", r.transcript)
r.line("'a' * 3")
check("'aaa'\n" in r.transcript, "echo uses repr", r.transcript)

# a multi-line block ends at a blank line
r.line("def double(n):", wait="... ")
r.line("    r = n * 2", wait="... ")
r.line("    return r", wait="... ")
r.line("")
r.line("double(21)")
check("42\n" in r.transcript[r.transcript.find("double(21)"):], "function defined over several lines", r.transcript)
r.line("for i in range(2):", wait="... ")
r.line("    print('loop', i)", wait="... ")
r.line("")
check("loop 0\nloop 1\n" in r.transcript, "for block", r.transcript)
r.line("for k in 'ab': print('one-liner', k)", wait="... ")
check("one-liner" not in r.transcript.split("print('one-liner', k)")[-1], "one-line block waits", r.transcript)
r.line("")
check("one-liner a\none-liner b\n" in r.transcript, "one-line block runs after a blank line", r.transcript)
r.line("(1 +", wait="... ")
r.line(" 5)")
check("6\n" in r.transcript, "open bracket continues", r.transcript)

# errors print a traceback and the REPL goes on
r.line("1 / 0")
check("ZeroDivisionError: division by zero\n>>> " in r.transcript, "traceback", r.transcript)
r.line("undefined_name")
check("NameError: name 'undefined_name' is not defined" in r.transcript, "NameError", r.transcript)
r.line("def f(:")
check("SyntaxError" in r.transcript, "syntax error", r.transcript)
r.line("if True:", wait="... ")
r.line("")
check("IndentationError: expected an indented block" in r.transcript, "a block without a body", r.transcript)

# top-level await, async with, async for
r.line("import asyncio")
r.line("await asyncio.sleep(0.01)")
r.line("await asyncio.gather(asyncio.sleep(0.01, 'a'), asyncio.sleep(0.02, 'b'))")
check("['a', 'b']\n" in r.transcript, "top-level await", r.transcript)
r.line("async def twice(x):", wait="... ")
r.line("    await asyncio.sleep(0.01); return 2 * x", wait="... ")
r.line("")
r.line("asyncio.run(twice(50))")
check("100\n" in r.transcript, "asyncio.run at the prompt runs on the REPL's loop", r.transcript)
r.line("lock = asyncio.Lock()")
r.line("async with lock:", wait="... ")
r.line("    print('locked', lock.locked())", wait="... ")
r.line("")
check("locked True\n" in r.transcript, "top-level async with", r.transcript)
r.line("async def agen():", wait="... ")
r.line("    for i in range(3):", wait="... ")
r.line("        yield i", wait="... ")
r.line("")
r.line("[v async for v in agen()]")
r.line("async for v in agen():", wait="... ")
r.line("    print('got', v)", wait="... ")
r.line("")
check("[0, 1, 2]\n" in r.transcript and "got 2\n" in r.transcript, "async for", r.transcript)
r.line("asyncio.get_running_loop().is_running()")
check("True\n" in r.transcript[r.transcript.find("is_running"):], "inputs run on the loop", r.transcript)

# a background task prints while the prompt waits for input
r.line("async def ticker():", wait="... ")
r.line("    for i in range(3):", wait="... ")
r.line("        await asyncio.sleep(0.2)", wait="... ")
r.line("        print('tick', i)", wait="... ")
r.line("    return 'done'", wait="... ")
r.line("")
r.line("t = asyncio.create_task(ticker())")
r.expect("tick 0\n")
r.expect(">>> ")
r.expect("tick 2\n")
r.expect(">>> ")
r.line("t.result()")
check("'done'\n" in r.transcript, "the background task finished while the prompt waited", r.transcript)

# Ctrl-C cancels the running input, clears a line at the prompt
r.send("await asyncio.sleep(30)\r")
r.expect("await asyncio.sleep(30)\n")
r.send("\x03")
r.expect("KeyboardInterrupt\n>>> ")
r.send("while True: pass\r")
r.expect("while True: pass\n")
r.send("\r")  # a one-line block runs after a blank line
r.expect("... \n")
r.send("\x03")
r.expect("KeyboardInterrupt\n>>> ")
r.send("import time; time.sleep(30); print('not reached')\r")
r.expect("print('not reached')\n")
r.send("\x03")
r.expect("KeyboardInterrupt\n>>> ", timeout=5)  # the blocking sleep ends at once
check("\nnot reached" not in r.transcript, "Ctrl-C interrupts a blocking time.sleep", r.transcript)
r.send("partial line")
r.expect("partial line")
r.send("\x03")
r.expect("KeyboardInterrupt\n>>> ")
r.line("'after ctrl-c'")
check("'after ctrl-c'\n" in r.transcript, "REPL works after Ctrl-C", r.transcript)

# completion: names, keywords and attributes
r.line("class Point:", wait="... ")
r.line("    def __init__(self): self.xcoord = 1; self.ycoord = 2", wait="... ")
r.line("")
r.line("pt = Point()")
r.send("pt.xc\t")
r.expect("pt.xcoord")
r.send("\r")
r.expect("1\n>>> ")
r.send("doub\t")
r.expect("double")
r.send("(2)\r")
r.expect("4\n>>> ")
r.send("asyncio.slee\t")
r.expect("asyncio.sleep")
r.send("\x15\r")  # kill the line
r.expect(">>> ")

r.send("\x04")  # Ctrl-D exits
status = r.close()
check(status == 0, "Ctrl-D exits with status 0", str(status))

# history is saved in ~/.aster_history and offered by the next session
hist = os.path.join(r.home, ".aster_history")
check(os.path.exists(hist) and "double" in open(hist, errors="replace").read(), "history file", hist)
r2 = Repl(home=r.home)
r2.expect(">>> ")
r2.send("\x1b[A\r")  # up arrow: the last line of the previous session
r2.expect("double(2)")
r2.send("\x04")
r2.close()

# sys.exit in the REPL gives its status
r3 = Repl(["-q"])
r3.expect(">>> ")
check("Aster" not in r3.transcript, "-q hides the banner", r3.transcript)
r3.send("import sys; sys.exit(7)\r")
check(r3.close() == 7, "sys.exit(7) in the REPL", r3.transcript)

# -i on a terminal: the REPL after the program, with its globals
import tempfile
prog = os.path.join(tempfile.mkdtemp(prefix="aster-i-"), "prog.as")
with open(prog, "w") as f:
    f.write("import asyncio\nvalue = 41\nasync def later():\n    await asyncio.sleep(0.01)\n    return 1\n")
r4 = Repl(["-i", prog])
r4.expect(">>> ")
r4.line("value + await later()")
check("\n42\n" in r4.transcript, "-i keeps the program's globals", r4.transcript)
r4.send("\x04")
r4.close()

finish()
