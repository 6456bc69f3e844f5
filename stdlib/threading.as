"""threading, for programs that use threads to run work beside the main
program.

A VM runs one piece of Python code at a time and has no threads of its
own: `Thread.start()` runs the thread's target to completion then and
there, so a program that only starts threads and joins them prints what
it would under CPython. Code that needs threads to run at the same time
(one thread waiting for another) cannot work this way: a wait that
nothing could end raises RuntimeError instead of hanging. For work in
parallel use `asyncio.to_thread` / `loop.run_in_executor` (worker VMs)."""

import sys
import time as _time

__all__ = ["Thread", "current_thread", "main_thread", "get_ident", "get_native_id", "active_count",
           "enumerate", "Lock", "RLock", "Event", "Condition", "Semaphore", "BoundedSemaphore",
           "Timer", "local", "excepthook", "TIMEOUT_MAX"]

TIMEOUT_MAX = 9223372036.0
_counter = [0]
_idents = [1]


def _would_block(what):
    raise RuntimeError(what + " would wait forever: Aster runs each thread to completion when it starts")


class Thread:
    """A thread of control; start() runs target(*args, **kwargs)."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        self._target = target
        self._args = args
        self._kwargs = kwargs if kwargs is not None else {}
        if name is None:
            _counter[0] += 1
            name = "Thread-" + str(_counter[0])
            if target is not None:
                name += " (" + getattr(target, "__name__", "?") + ")"
        self._name = str(name)
        self.daemon = bool(daemon) if daemon is not None else False
        self._started = False
        self._alive = False
        self._ident = None

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    native_id = ident

    def getName(self):
        return self._name

    def setName(self, value):
        self._name = str(value)

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, value):
        self.daemon = bool(value)

    def is_alive(self):
        return self._alive

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        _idents[0] += 1
        self._ident = _idents[0]
        self._alive = True
        previous = _current[0]
        _current[0] = self
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(_ExceptHookArgs(type(exc), exc, exc.__traceback__, self))
        finally:
            _current[0] = previous
            self._alive = False

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is _current[0]:
            raise RuntimeError("cannot join current thread")

    def __repr__(self):
        state = "started" if self._started else "initial"
        if self._started and not self._alive:
            state = "stopped"
        if self._started:
            state += " " + str(self._ident)
        return "<" + type(self).__name__ + "(" + self._name + ", " + state + ")>"


class _MainThread(Thread):
    def __init__(self):
        super().__init__(name="MainThread")
        self._started = True
        self._alive = True
        self._ident = 1


class _ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    """Print an exception raised by a thread's run(), as CPython does."""
    import _asyncloop
    name = args.thread.name if args.thread is not None else "?"
    sys.stderr.write("Exception in thread " + name + ":\n")
    sys.stderr.write(_asyncloop.format_exception(args.exc_value))


_main = _MainThread()
_current = [_main]


def current_thread():
    return _current[0]


currentThread = current_thread


def main_thread():
    return _main


def get_ident():
    return _current[0]._ident


get_native_id = get_ident


def active_count():
    return 1 if _current[0] is _main else 2


def enumerate():
    if _current[0] is _main:
        return [_main]
    return [_main, _current[0]]


class Lock:
    """A lock; with one thread running at a time, waiting for a held lock
    could never end."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if timeout is not None and timeout >= 0:
            _time.sleep(timeout)
            return False
        _would_block("acquiring a held Lock")

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


class RLock:
    """A lock the owning thread may acquire again."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = _current[0]
        if self._count == 0 or self._owner is me:
            self._owner = me
            self._count += 1
            return True
        if not blocking:
            return False
        _would_block("acquiring an RLock held by another thread")

    def release(self):
        if self._count == 0 or self._owner is not _current[0]:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


class Event:
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            _would_block("Event.wait() on an event nobody has set")
        _time.sleep(timeout)
        return self._flag


class Condition:
    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()

    def acquire(self, *args):
        return self._lock.acquire(*args)

    def release(self):
        return self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def wait(self, timeout=None):
        if timeout is None:
            _would_block("Condition.wait()")
        _time.sleep(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is not None:
            _time.sleep(timeout)
            return False
        _would_block("acquiring a Semaphore at zero")

    def release(self, n=1):
        self._value += n

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._initial = value

    def release(self, n=1):
        if self._value + n > self._initial:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Timer(Thread):
    """Call a function after a number of seconds (when started)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def run(self):
        _time.sleep(self.interval)
        if not self._cancelled:
            self.function(*self.args, **self.kwargs)


class local:
    """Thread-local data: with one thread running at a time, plain attributes."""
