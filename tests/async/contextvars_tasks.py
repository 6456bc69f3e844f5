# contextvars: ContextVar get/set/reset with tokens, Context.run and
# copies, and asyncio tasks and callbacks each running in a copy of the
# context they were made in.
import asyncio
import contextvars

cv = contextvars.ContextVar("cv", default="dflt")
nodef = contextvars.ContextVar("nodef")

print(cv.get(), nodef.get("fallback"), cv.name)
try:
    nodef.get()
except LookupError:
    print("LookupError")
tok = cv.set("one")
print(cv.get(), tok.old_value is contextvars.Token.MISSING, tok.var is cv)
tok2 = cv.set("two")
cv.reset(tok2)
print(cv.get())
cv.reset(tok)
print(cv.get())
try:
    cv.reset(tok)
except RuntimeError:
    print("token used")

def in_ctx(x):
    cv.set(x)
    return cv.get()

ctx = contextvars.copy_context()
print(ctx.run(in_ctx, "inside"), cv.get(), ctx[cv], cv in ctx, len(ctx), ctx.get(nodef, "none"))
try:
    ctx.run(lambda: ctx.run(print, "nested"))
except RuntimeError as e:
    print("RuntimeError", "already entered" in str(e))

async def worker(name):
    before = cv.get()
    cv.set(name)
    await asyncio.sleep(0)
    return before, cv.get()

def cb(tag):
    print("callback", tag, cv.get())

async def main():
    cv.set("main")
    print(await asyncio.gather(*(worker(f"w{i}") for i in range(3))))
    print("main still", cv.get())
    c = contextvars.copy_context()
    c.run(cv.set, "own")
    t = asyncio.create_task(worker("t"), context=c)
    print(await t, c[cv], cv.get())
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "plain")
    loop.call_soon(cb, "ctx", context=c)
    cv.set("changed")
    await asyncio.sleep(0)
    return cv.get()

print(asyncio.run(main()), cv.get())
