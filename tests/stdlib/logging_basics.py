# logging: levels, the logger hierarchy, handlers and formatters (%, {),
# filters, adapters, disable(), exception(), and asyncio's debug line.
import logging, sys, asyncio
class ShortExc(logging.Formatter):
    def formatException(self, ei):
        return "  " + ei[0].__name__ + ": " + str(ei[1])
out = logging.StreamHandler(sys.stdout)
out.setFormatter(ShortExc("%(levelname)s:%(name)s:%(message)s"))
logging.basicConfig(level=logging.DEBUG, handlers=[out])
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info %s and %r", "x", "y")
child = logging.getLogger("app.db")
child.setLevel(logging.WARNING)
child.info("hidden")
child.warning("shown from %s", child.name)
print(child.parent is log, log.parent is logging.getLogger(), child.getEffectiveLevel(), log.getEffectiveLevel())
try:
    1 / 0
except ZeroDivisionError:
    log.exception("boom")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("[{levelname}] {name}: {message}", style="{"))
other = logging.getLogger("other")
other.addHandler(h)
other.propagate = False
other.error("err %(k)s", {"k": "v"})
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
other.addFilter(OnlyOdd())
for i in range(4):
    other.warning("n=%d", i)
adapter = logging.LoggerAdapter(log, {"user": "bob"})
adapter.info("via adapter")
print(logging.getLevelName(logging.INFO), logging.getLevelName("ERROR"), logging.getLevelName(15))
logging.disable(logging.ERROR)
log.error("disabled")
log.critical("still shown")
logging.disable(logging.NOTSET)
async def worker(i):
    await asyncio.sleep(0)
    log.info("task %d done", i)
async def main():
    await asyncio.gather(*(worker(i) for i in range(3)))
asyncio.run(main())
logging.info("root info")
