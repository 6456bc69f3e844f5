"""concurrent.futures on Aster's worker VMs (vm/executor.c).

ThreadPoolExecutor and ProcessPoolExecutor both run each submitted call in
a worker VM on libuv's thread pool: a separate interpreter, so arguments
and results are copied (vm/executor.lua says which values can be), as with
CPython's ProcessPoolExecutor. max_workers is accepted; the parallelism is
libuv's pool size (UV_THREADPOOL_SIZE, 4 by default). This module is
loaded as `concurrent.futures`."""

import time as _time
import _executor as _X

FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"

_PENDING = "PENDING"
_RUNNING = "RUNNING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"


class Error(Exception):
    """Base class for the errors of this module."""


class CancelledError(Error):
    """The Future was cancelled."""


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """The executor cannot run new work."""


TimeoutError = TimeoutError


def _running_loop():
    import asyncio
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return None


class Future:
    """The result of a call submitted to an executor."""

    def __init__(self):
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._job = None

    def __repr__(self):
        text = "<" + type(self).__name__ + " at " + hex(id(self)) + " state=" + self._state.lower()
        if self._state == _FINISHED:
            if self._exception is not None:
                text += " raised " + type(self._exception).__name__
            else:
                text += " returned " + type(self._result).__name__
        return text + ">"

    def cancel(self):
        if self._state in (_RUNNING, _FINISHED):
            return False
        if self._state == _PENDING:
            self._state = _CANCELLED
            self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def running(self):
        return self._state == _RUNNING

    def done(self):
        return self._state in (_CANCELLED, _FINISHED)

    def _complete(self, reply):
        if self.done():
            return
        self._job = None
        ok, value = _X.reply(reply)
        if ok:
            self._result = value
        else:
            self._exception = value
        self._state = _FINISHED
        self._invoke_callbacks()

    def _invoke_callbacks(self):
        callbacks = self._callbacks
        self._callbacks = []
        for fn in callbacks:
            try:
                fn(self)
            except Exception as exc:
                print("exception calling callback for", repr(self) + ":", type(exc).__name__ + ":", exc,
                      file=__import__("sys").stderr)

    def _wait(self, timeout):
        if self.done():
            return
        if self._job is None:
            raise TimeoutError()
        reply = _X.wait(self._job, timeout)
        if reply is None:
            raise TimeoutError()
        self._complete(reply)

    def result(self, timeout=None):
        self._wait(timeout)
        if self._state == _CANCELLED:
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._wait(timeout)
        if self._state == _CANCELLED:
            raise CancelledError()
        return self._exception

    def add_done_callback(self, fn):
        if self.done():
            fn(self)
        else:
            self._callbacks.append(fn)

    def set_running_or_notify_cancel(self):
        if self._state == _CANCELLED:
            return False
        if self._state != _PENDING:
            raise RuntimeError("Future in unexpected state")
        self._state = _RUNNING
        return True

    def set_result(self, result):
        if self.done():
            raise InvalidStateError(self._state + ": " + repr(self))
        self._result = result
        self._state = _FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        if self.done():
            raise InvalidStateError(self._state + ": " + repr(self))
        self._exception = exception
        self._state = _FINISHED
        self._invoke_callbacks()


class Executor:
    """submit() calls; map(); shutdown(); a context manager."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            for f in fs:
                yield f.result(timeout)

        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class ThreadPoolExecutor(Executor):
    """Runs each call in a worker VM on libuv's thread pool."""

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None:
            raise TypeError("initializer is not supported: each call runs in a worker VM that imports the function's module")
        self._max_workers = max_workers if max_workers is not None else 6
        self._shutdown = False
        self._pending = []

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        request = _X.request(fn, args, kwargs)
        future = Future()
        future._state = _RUNNING
        loop = _running_loop()
        token = 0
        if loop is not None:
            # completed by the loop's event when the worker replies
            def done(reply):
                loop._remove_source(token)
                future._complete(reply)

            token = loop._add_source(done)
        future._job = _X.submit(token, request)
        self._pending = [f for f in self._pending if not f.done()]
        self._pending.append(future)
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if wait:
            for f in self._pending:
                if not f.done():
                    try:
                        f._wait(None)
                    except TimeoutError:
                        pass
        self._pending = []


class ProcessPoolExecutor(ThreadPoolExecutor):
    """As ThreadPoolExecutor: worker VMs share nothing, like processes."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        super().__init__(max_workers, "", initializer, initargs)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """(done, not_done) sets once return_when is met or timeout passes."""
    fs = set(fs)
    deadline = None if timeout is None else _time.monotonic() + timeout
    while True:
        for f in fs:
            if not f.done() and f._job is not None and _X.done(f._job):
                f._wait(None)
        done = {f for f in fs if f.done()}
        not_done = fs - done
        if not not_done:
            break
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(not f.cancelled() and f.exception() is not None for f in done):
            break
        if deadline is not None and _time.monotonic() >= deadline:
            break
        _time.sleep(0.001)
    return DoneAndNotDoneFutures(done, not_done)


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return tuple.__new__(cls, (done, not_done))

    @property
    def done(self):
        return self[0]

    @property
    def not_done(self):
        return self[1]


def as_completed(fs, timeout=None):
    """Yield the futures as they complete."""
    pending = set(fs)
    deadline = None if timeout is None else _time.monotonic() + timeout
    while pending:
        remaining = None if deadline is None else deadline - _time.monotonic()
        if remaining is not None and remaining <= 0:
            raise TimeoutError(str(len(pending)) + " (of " + str(len(fs)) + ") futures unfinished")
        done, pending = wait(pending, timeout=remaining, return_when=FIRST_COMPLETED)
        for f in done:
            yield f
