# logging records the function and line that logged (%(funcName)s,
# %(lineno)d), through methods and module-level shortcuts, and honours
# stacklevel.
import logging, sys
logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d %(levelname)s %(message)s")
log = logging.getLogger("app")
def f():
    logging.warning("in f")
    log.error("err in f")
class K:
    def m(self):
        log.warning("in m")
        log.info("hidden")
f()
K().m()
logging.warning("top")
def outer():
    inner()
def inner():
    log.warning("stacklevel 2", stacklevel=2)
outer()
try:
    1 / 0
except ZeroDivisionError:
    log.error("boom", exc_info=False)
