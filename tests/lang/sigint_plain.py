# Ctrl-C outside asyncio raises KeyboardInterrupt where the program is: in
# a busy loop (caught here), then in a blocking time.sleep (not caught).
# sigint-after: busy
# sigint-after: sleeping
import time

n = 0
try:
    print("busy", flush=True)
    while True:
        n += 1
except KeyboardInterrupt as e:
    print("caught", repr(e), n > 0)
try:
    print("sleeping", flush=True)
    time.sleep(30)
finally:
    print("finally")
# expect: busy
# expect: caught KeyboardInterrupt() True
# expect: sleeping
# expect: finally
# expect-stderr: Traceback (most recent call last):
# expect-stderr: time.sleep(30)
# expect-stderr: KeyboardInterrupt
# exit: -2
