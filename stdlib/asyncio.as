"""asyncio: tasks on Lua threads, driven by an event loop on libuv.

The loop follows CPython 3.11's BaseEventLoop: a FIFO ready queue of
handles, a heap of timers, and one wait on libuv per iteration, so that
callbacks and task steps run in the order CPython runs them. A task's
coroutine runs on its own Lua thread; `await` on a pending future suspends
that thread (see vm/tasks.lua) and the future's done callback steps the
task again."""

import sys
import _asyncloop as _L
import _sigint


# collections and heapq are imported when a Lock, Semaphore, Condition or
# PriorityQueue first needs them (start-up of every asyncio program)
def _deque():
    from collections import deque
    return deque()


def _heappush(heap, item):
    from heapq import heappush
    heappush(heap, item)


def _heappop(heap):
    from heapq import heappop
    return heappop(heap)


def _X():
    """The executor's module (worker VMs), loaded on first use."""
    import _executor
    return _executor


def _D():
    """Debug mode's helpers, loaded on first use."""
    import _asynciodebug
    return _asynciodebug

__all__ = ["run", "Runner", "sleep", "create_task", "gather", "wait_for", "ensure_future",
           "get_running_loop", "get_event_loop", "new_event_loop", "set_event_loop",
           "current_task", "all_tasks", "iscoroutine", "iscoroutinefunction", "isfuture", "Future",
           "Task", "Handle", "TimerHandle", "AbstractEventLoop", "CancelledError", "TimeoutError",
           "InvalidStateError", "BrokenBarrierError", "Event", "Lock", "Semaphore",
           "BoundedSemaphore", "Condition", "Barrier", "Queue", "PriorityQueue", "LifoQueue",
           "QueueEmpty", "QueueFull", "Timeout", "timeout", "timeout_at", "TaskGroup", "shield",
           "wait", "as_completed", "FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED",
           "to_thread", "wrap_future", "run_coroutine_threadsafe"]


class CancelledError(BaseException):
    """The task or future was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


TimeoutError = TimeoutError

_suspend = _L.suspend
_time = _L.time
_iscoroutine = _L.iscoroutine

_PENDING = "PENDING"
_CANCELLED = "CANCELLED"
_FINISHED = "FINISHED"

_event_loop = None


def _gen():
    yield


_GeneratorType = type(_gen())


def iscoroutine(obj):
    """A coroutine object (or, as in CPython 3.11, a generator: the legacy
    generator-based coroutines)."""
    return _iscoroutine(obj) or type(obj) is _GeneratorType


_is_coroutine = object()


def iscoroutinefunction(func):
    """Is `func` an `async def` function (or a method of one, or a
    functools.partial of one)?"""
    while _is_partial(func):
        func = func.func
    return _L.funckind(func) == "coroutine" or getattr(func, "_is_coroutine", None) is _is_coroutine


def _report(message, exc=None):
    sys.stderr.write(message + "\n")
    if exc is not None:
        sys.stderr.write(_L.format_exception(exc))


# ---------------------------------------------------------------------
# Handles

class Handle:
    """A callback scheduled on the loop; cancel() keeps it from running."""

    _cancelled = False
    _fn = False             # a runtime timer's own function (eventloop.lua)
    _scheduled = False      # in its loop's timer heap

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop

    cancel = _L.handle_cancel

    def cancelled(self):
        return self._cancelled

    def get_context(self):
        return None

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append("cancelled")
            # (CPython drops the callback of a cancelled handle, except in
            # debug mode, where its repr keeps it)
            if not self._loop.get_debug():
                return info
        if self._callback is not None:
            info.append(_format_callback_source(self._callback, self._args))
        return info

    def __repr__(self):
        return "<" + " ".join(self._repr_info()) + ">"


class TimerHandle(Handle):
    """A handle that becomes ready at loop time `when`."""

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop)
        self._when = when

    def when(self):
        return self._when

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, "when=" + str(self._when))
        return info


# CPython's format_helpers: how a callback is shown ("name(args) at file:line")

def _is_partial(func):
    cls = type(func)
    return cls.__name__ == "partial" and cls.__module__ == "functools"


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(_L.short_repr(arg) for arg in args)
    if kwargs:
        items.extend(k + "=" + _L.short_repr(v) for k, v in kwargs.items())
    return "(" + ", ".join(items) + ")"


def _format_callback(func, args, kwargs, suffix=""):
    if _is_partial(func):
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    func_repr = getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or repr(func)
    return func_repr + _format_args_and_kwargs(args, kwargs) + suffix


def _get_function_source(func):
    while _is_partial(func):
        func = func.func
    return _L.function_source(func)


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    source = _get_function_source(func)
    if source is not None:
        func_repr += " at " + source
    return func_repr


# ---------------------------------------------------------------------
# The event loop: its ready queue, timer heap and iteration are in
# vm/eventloop.lua

class AbstractEventLoop:
    pass


# ---------------------------------------------------------------------
# Debug mode (vm/asyncdebug.lua): asyncio.run(debug=True), loop.set_debug,
# PYTHONASYNCIODEBUG=1 or python -X dev (sys.flags.dev_mode)

def _is_debug_mode():
    flags = getattr(sys, "flags", None)
    if getattr(flags, "dev_mode", False):
        return True
    return not getattr(flags, "ignore_environment", False) and bool(_L.getenv("PYTHONASYNCIODEBUG"))


def _format_callbacks(cbs):
    size = len(cbs)
    if size == 0:
        return ""
    if size == 1:
        return _format_callback_source(cbs[0], ())
    if size == 2:
        return _format_callback_source(cbs[0], ()) + ", " + _format_callback_source(cbs[1], ())
    return (_format_callback_source(cbs[0], ()) + ", <" + str(size - 2) + " more>, " +
            _format_callback_source(cbs[-1], ()))


def _future_repr_info(fut):
    info = [fut._state.lower()]
    if fut._state == _FINISHED:
        if fut._exception is not None:
            info.append("exception=" + repr(fut._exception))
        else:
            info.append("result=" + _L.short_repr(fut._result))
    callbacks = _L.future_callbacks(fut)
    if callbacks:
        info.append("cb=[" + _format_callbacks(callbacks) + "]")
    return info


def _coro_repr(task):
    """"main() running at file:LINE" (the line it waits at) while the task
    is pending, "main() done, defined at file:LINE" once it is done."""
    if task._state == _PENDING:
        text = _D().coro_repr(task._coro, task)
        if text is not None:
            return text
        return _L.coro_repr(task._coro, True)
    return _L.coro_repr(task._coro, False)


def _task_repr(task):
    info = _future_repr_info(task)
    if task._num_cancels_requested and not task.done():
        info[0] = "cancelling"
    info.insert(1, "name=" + repr(task.get_name()))
    info.insert(2, "coro=<" + _coro_repr(task) + ">")
    if task._fut_waiter is not None:
        info.insert(3, "wait_for=" + repr(task._fut_waiter))
    else:
        # (CPython's task waits on a future there; the runtime's waits directly)
        waiting = _L.direct_waiting(task)
        if waiting == "pending":
            info.insert(3, "wait_for=<Future pending cb=[Task.task_wakeup()]>")
        elif waiting == "cancelled":
            info.insert(3, "wait_for=<Future cancelled>")
    return "<" + type(task).__name__ + " " + " ".join(info) + ">"


_debug_task_repr = _task_repr


def _report_slow(kind, obj, dt):
    """Debug mode: a callback or task step that held the loop (vm/eventloop.lua
    times them); kind is "task", "handle" or "callback"."""
    if kind == "task":
        what = _debug_task_repr(obj)
    elif kind == "handle":
        state = " cancelled" if obj._cancelled else ""
        what = "<" + type(obj).__name__ + state + " " + _D().callback_source(obj._callback, obj._args) + ">"
    else:
        what = "<Handle " + _D().callback_source(obj, ()) + ">"
    sys.stderr.write("Executing " + what + " took " + f"{dt:.3f}" + " seconds\n")

# --- end of debug mode helpers


class EventLoop(AbstractEventLoop):
    _stopping = False
    _running = False
    _closed = False

    def __init__(self):
        _L.loop_init(self)
        self._sources = {}
        self._next_token = 0
        # (CPython's selector loop says which selector it uses, at DEBUG;
        # only a program that set up logging can see it)
        if "logging" in sys.modules:
            sys.modules["logging"].getLogger("asyncio").debug("Using selector: EpollSelector")

    def _add_source(self, callback):
        """A token for a C event source (see vm/vmint.h): each event it posts
        calls callback(value) from the ready queue."""
        self._next_token += 1
        self._sources[self._next_token] = callback
        return self._next_token

    def _remove_source(self, token):
        self._sources.pop(token, None)

    def _process_events(self, events):
        sources = self._sources
        for i in range(0, len(events), 2):
            callback = sources.get(events[i])
            if callback is not None:
                self.call_soon(callback, events[i + 1])

    # fd readiness (vm/fdwatch.c): callback(*args) runs while fd is readable
    _readers = None

    def add_reader(self, fd, callback, *args):
        if hasattr(fd, "fileno"):
            fd = fd.fileno()
        self.remove_reader(fd)
        if self._readers is None:
            self._readers = {}
        token = self._add_source(lambda _value: callback(*args))
        try:
            self._readers[fd] = (_L.watch_fd(fd, token), token)
        except BaseException:
            self._remove_source(token)
            raise

    def remove_reader(self, fd):
        if hasattr(fd, "fileno"):
            fd = fd.fileno()
        entry = self._readers.pop(fd, None) if self._readers is not None else None
        if entry is None:
            return False
        _L.unwatch_fd(entry[0])
        self._remove_source(entry[1])
        return True

    # --- the task factory (create_task calls it: vm/eventloop.lua)

    _task_factory = None

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError("task factory must be a callable or None")
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    # --- debug mode

    slow_callback_duration = 0.1
    _debug = _is_debug_mode()

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)
        if self._running:
            _D().track(self._debug)

    # --- run_in_executor: worker VMs on libuv's thread pool (vm/executor.c)

    _default_executor = None

    def run_in_executor(self, executor, func, *args):
        return self._run_in_executor(executor, func, args, None)

    def _run_in_executor(self, executor, func, args, kwargs):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        if executor is None:
            executor = self._default_executor
        if executor is not None:
            submit = getattr(executor, "submit", None)
            if submit is None or not hasattr(executor, "shutdown"):
                raise TypeError("executor must be None or a concurrent.futures.Executor, not " + type(executor).__name__)
            if kwargs is None:
                return wrap_future(submit(func, *args), loop=self)
            return wrap_future(submit(func, *args, **kwargs), loop=self)
        request = _X().request(func, args, kwargs)
        fut = self.create_future()
        token = 0

        def done(reply):
            self._remove_source(token)
            if fut.cancelled():
                return
            ok, value = _X().reply(reply)
            if ok:
                fut.set_result(value)
            else:
                fut.set_exception(value)

        token = self._add_source(done)
        _X().submit(token, request)
        return fut

    def set_default_executor(self, executor):
        if executor is not None and not hasattr(executor, "submit"):
            raise TypeError("executor must be ThreadPoolExecutor")
        self._default_executor = executor

    async def shutdown_default_executor(self):
        pass

    # --- end of run_in_executor

    def time(self):
        return _time()

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    call_soon = _L.call_soon
    call_later = _L.call_later
    call_at = _L.call_at
    create_future = _L.create_future
    create_task = _L.create_task
    _run_once = _L.run_once

    def call_soon_threadsafe(self, callback, *args, context=None):
        return self.call_soon(callback, *args, context=context)

    # --- the exception handler: what a callback raised, exceptions never
    # retrieved, errors at shutdown (CPython's context dicts)

    _exception_handler = None

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError("A callable object or None is expected, got " + repr(handler))
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get("message")
        if not message:
            message = "Unhandled exception in event loop"
        lines = [message]
        for key in sorted(context):
            if key in ("message", "exception"):
                continue
            lines.append(key + ": " + repr(context[key]))
        _report("\n".join(lines), context.get("exception"))

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                _report("Exception in default exception handler", exc)
        else:
            try:
                self._exception_handler(self, context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException as exc:
                try:
                    self.default_exception_handler({
                        "message": "Unhandled error in exception handler",
                        "exception": exc,
                        "context": context,
                    })
                except (SystemExit, KeyboardInterrupt):
                    raise
                except BaseException as exc2:
                    _report("Exception in default exception handler while handling an unexpected "
                            "error in custom exception handler", exc2)

    def stop(self):
        self._stopping = True

    async def shutdown_asyncgens(self):
        """Close the async generators still suspended (asyncio.run's end)."""
        gens = _L.live_agens()
        if not gens:
            return
        results = await gather(*[_aclose(ag) for ag in gens], return_exceptions=True)
        for result, agen in zip(results, gens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    "message": "an error occurred during closing of asynchronous generator " + repr(agen),
                    "exception": result,
                    "asyncgen": agen,
                })

    def close(self):
        if self._running:
            raise RuntimeError("Cannot close a running event loop")
        self._closed = True
        # (CPython reports these when the future is collected)
        for fut in _L.take_unretrieved(self):
            self.call_exception_handler({
                "message": type(fut).__name__ + " exception was never retrieved",
                "exception": fut._exception,
                "future": fut,
            })
        _L.loop_init(self)

    def run_forever(self):
        if self._running:
            raise RuntimeError("This event loop is already running")
        if _L.running() is not None:
            raise RuntimeError("Cannot run the event loop while another loop is running")
        self._running = True
        _sigint.watch()  # Ctrl-C ends the loop's waits (vm/interrupt.c)
        if self._debug:
            _D().track(True)  # debug mode: where coroutines are created
        try:
            _L.run_loop(self)
        finally:
            self._stopping = False
            self._running = False
            if self._debug:
                _D().track(False)
                _D().collect()  # report coroutines never awaited

    def run_until_complete(self, future):
        if self._closed:
            raise RuntimeError("Event loop is closed")
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop)
        try:
            self.run_forever()
        except BaseException:
            if future.done() and not future.cancelled():
                # the coroutine raised SystemExit or KeyboardInterrupt: it
                # goes on from here, so the task does not report it again
                future.exception()
            raise
        finally:
            future.remove_done_callback(_stop_loop)
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()


async def _aclose(agen):
    await agen.aclose()


def _callback_error(loop, callback, args, handle, exc):
    """A callback raised exc (vm/eventloop.lua): CPython's Handle._run report."""
    if handle is None:
        handle = Handle(callback, args, loop)
    loop.call_exception_handler({
        "message": "Exception in callback " + _format_callback_source(callback, args),
        "exception": exc,
        "handle": handle,
    })


def _stop_loop(fut):
    if not fut.cancelled() and isinstance(fut.exception(), (SystemExit, KeyboardInterrupt)):
        return  # run_forever already ended with it (and may be running again)
    fut._loop.stop()


def get_running_loop():
    loop = _L.running()
    if loop is None:
        raise RuntimeError("no running event loop")
    return loop


def new_event_loop():
    return EventLoop()


_set_called = False  # (set_event_loop was called: no loop is made on demand any more)


def set_event_loop(loop):
    global _event_loop, _set_called
    _event_loop = loop
    _set_called = True


def get_event_loop():
    loop = _L.running()
    if loop is not None:
        return loop
    global _event_loop
    if _event_loop is None:
        if _set_called:
            raise RuntimeError("There is no current event loop in thread 'MainThread'.")
        _event_loop = EventLoop()
    return _event_loop


# ---------------------------------------------------------------------
# Futures and tasks (their state machines are in vm/eventloop.lua)

class Future:
    """A result that arrives later; awaiting it suspends the task."""

    # defaults of the fields vm/eventloop.lua leaves out of new objects
    _asyncio_future_blocking = False
    _result = None
    _exception = None
    _cancel_message = None
    _cancelled_exc = None   # the CancelledError a task ended with
    _cbs = False
    _cb1 = False

    __init__ = _L.future_init
    done = _L.future_done
    cancelled = _L.future_cancelled
    result = _L.future_result
    exception = _L.future_exception
    add_done_callback = _L.future_add_done_callback
    remove_done_callback = _L.future_remove_done_callback
    cancel = _L.future_cancel
    set_result = _L.future_set_result
    set_exception = _L.future_set_exception
    _make_cancelled_error = _L.make_cancelled_error
    __aster_await__ = _L.future_await

    def get_loop(self):
        return self._loop

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        return "<" + type(self).__name__ + " " + " ".join(_future_repr_info(self)) + ">"


_future_cancel = Future.cancel
_future_set_result = Future.set_result
_future_set_exception = Future.set_exception


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


class _StackCode:
    def __init__(self, name, filename):
        self.co_name = name
        self.co_filename = filename


class _StackFrame:
    """A frame of Task.get_stack() (Aster has no frame objects): what
    traceback printing and task introspection read."""

    def __init__(self, filename, lineno, name):
        self.f_code = _StackCode(name, filename)
        self.f_lineno = lineno
        self.f_globals = {}
        self.f_locals = {}

    def __repr__(self):
        return f"<frame at 0x{id(self):x}, file {self.f_code.co_filename!r}, line {self.f_lineno}, code {self.f_code.co_name}>"


class Task(Future):
    """A coroutine running on its own Lua thread, stepped by the loop."""

    _fut_waiter = None
    _must_cancel = False
    _num_cancels_requested = 0
    _name = False   # set_name() or create_task(name=...) sets it; else "Task-<_num>"
    _num = 0
    # (a field of vm/eventloop.lua's, read before it is ever set: what a
    # task waits on directly)
    _dw = False

    __init__ = _L.task_init
    cancel = _L.task_cancel
    get_name = _L.task_name

    def get_coro(self):
        return self._coro

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        """Where the task waits (or the traceback it ended with), as
        frame-like objects: f_code (co_name, co_filename) and f_lineno."""
        return [_StackFrame(filename, lineno, name) for filename, lineno, name, line in _L.task_stack(self, limit)]

    def print_stack(self, *, limit=None, file=None):
        """Print where the task waits, or the traceback it ended with."""
        if file is None:
            file = sys.stderr
        frames = _L.task_stack(self, limit)
        exc = self._exception
        if not frames:
            file.write("No stack for " + repr(self) + "\n")
        elif exc is not None:
            file.write("Traceback for " + repr(self) + " (most recent call last):\n")
        else:
            file.write("Stack for " + repr(self) + " (most recent call last):\n")
        for filename, lineno, name, line in frames:
            file.write('  File "' + filename + '", line ' + str(lineno) + ", in " + name + "\n")
            if line:
                file.write("    " + line + "\n")
        if exc is not None:
            file.write(_L.exc_line(exc) + "\n")

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def set_result(self, result):
        raise RuntimeError("Task does not support set_result operation")

    def set_exception(self, exception):
        raise RuntimeError("Task does not support set_exception operation")

    def __repr__(self):
        return _task_repr(self)


_L.setup({"Handle": Handle, "TimerHandle": TimerHandle, "Future": Future, "Task": Task,
          "CancelledError": CancelledError, "InvalidStateError": InvalidStateError,
          "get_event_loop": get_event_loop, "report": _report, "report_slow": _report_slow,
          "callback_error": _callback_error})


def current_task(loop=None):
    if loop is None or loop is _L.running():
        return _L.current_task()
    return None


def isfuture(obj):
    """Is obj a Future (an instance of asyncio's or a duck-typed one)?"""
    return (hasattr(obj.__class__, "_asyncio_future_blocking") and
            obj._asyncio_future_blocking is not None)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _L.all_tasks() if not t.done() and t._loop is loop}


create_task = _L.create_task_running


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if _iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(coro_or_future, "__await__"):
        return ensure_future(_wrap_awaitable(coro_or_future), loop=loop)
    raise TypeError("An asyncio.Future, a coroutine or an awaitable is required")


async def _wrap_awaitable(awaitable):
    return await awaitable


# ---------------------------------------------------------------------
# Running

def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                "message": "unhandled exception during asyncio.run() shutdown",
                "exception": task.exception(),
                "task": task,
            })


class Runner:
    """A context manager owning an event loop: run() runs coroutines on it,
    close() (or leaving the `with` block) finishes it (CPython 3.11)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = "created"
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False
        self._context = None

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        """Shut down and close the event loop."""
        global _event_loop
        if self._state != "initialized":
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = "closed"

    def get_loop(self):
        """The runner's event loop."""
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        """Run a coroutine on the runner's loop and return its result."""
        if not _iscoroutine(coro):
            raise ValueError("a coroutine was expected, got " + repr(coro))
        if _L.running() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        # one context for all the runner's run() calls, as CPython's (made
        # when contexts are in use at all: without contextvars, no one can
        # tell)
        if context is None and "contextvars" in sys.modules:
            if self._context is None:
                self._context = sys.modules["contextvars"].copy_context()
            context = self._context
        if context is not None:
            task = self._loop.create_task(coro, context=context)
        else:
            task = self._loop.create_task(coro)
        # Ctrl-C: the first one cancels the main task (see _arm_sigint)
        sigint = _arm_sigint(self._loop, task)
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            if sigint is not None and _sigint.count() > 0 and task.uncancel() == 0:
                raise KeyboardInterrupt()
            raise
        finally:
            _disarm_sigint(self._loop, sigint)

    def _lazy_init(self):
        global _event_loop
        if self._state == "closed":
            raise RuntimeError("Runner is closed")
        if self._state == "initialized":
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = "initialized"


def run(main, *, debug=None):
    """Run the coroutine `main` on a new event loop and return its result."""
    if _L.running() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


sleep = _L.sleep


def _arm_sigint(loop, task):
    """As CPython's asyncio.Runner: when this VM owns SIGINT (the aster
    command does), the first Ctrl-C cancels the main task, a second one
    raises KeyboardInterrupt (vm/interrupt.c). Returns the event token."""

    def on_sigint(value):
        if _sigint.count() == 1 and not task.done():
            task.cancel()
            return
        raise KeyboardInterrupt()

    token = loop._add_source(on_sigint)
    if _sigint.arm(token):
        return token
    loop._remove_source(token)
    return None


def _disarm_sigint(loop, token):
    if token is not None:
        _sigint.disarm()
        loop._remove_source(token)


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in a worker VM on the thread pool (see
    vm/executor.lua: arguments and result are copied)."""
    return await get_running_loop()._run_in_executor(None, func, args, kwargs)


def wrap_future(future, *, loop=None):
    """An asyncio future for a concurrent.futures-like future."""
    if isinstance(future, Future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()

    def _done(f):
        if new_future.done():
            return
        if f.cancelled():
            new_future.cancel()
            return
        exc = f.exception()
        if exc is not None:
            new_future.set_exception(exc)
        else:
            new_future.set_result(f.result())

    future.add_done_callback(lambda f: loop.call_soon_threadsafe(_done, f))
    return new_future


def run_coroutine_threadsafe(coro, loop):
    """Submit a coroutine to `loop`; a concurrent.futures.Future gives its
    outcome. (Aster runs a thread to completion when it starts, so the
    coroutine runs once the loop gets control again: wait for the future
    from the loop, e.g. with wrap_future, not with a blocking result().)"""
    if not _iscoroutine(coro):
        raise TypeError("A coroutine object is required")
    import concurrent.futures
    future = concurrent.futures.Future()

    def _set_state(source):
        if future.cancelled():
            return
        if source.cancelled():
            future.cancel()
        if not future.set_running_or_notify_cancel():
            return
        exc = source.exception()
        if exc is not None:
            future.set_exception(exc)
        else:
            future.set_result(source.result())

    def callback():
        try:
            source = ensure_future(coro, loop=loop)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            if future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise

        def _check_cancel(dest):
            if dest.cancelled():
                loop.call_soon_threadsafe(source.cancel)

        future.add_done_callback(_check_cancel)
        source.add_done_callback(_set_state)

    loop.call_soon_threadsafe(callback)
    return future




# ---------------------------------------------------------------------
# gather and wait_for

class _GatheringFuture(Future):
    """The future gather() returns; cancelling it cancels the children."""

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """Run the awaitables concurrently; their results in argument order."""
    if not coros_or_futures:
        outer = get_event_loop().create_future()
        outer.set_result([])
        return outer
    children, nfuts, loop, distinct = _L.gather_children(coros_or_futures, _ensure_future_on)
    outer = _GatheringFuture(children, loop=loop)
    _L.gather_watch(outer, children, nfuts, return_exceptions, distinct)
    return outer


def _ensure_future_on(arg, loop):
    return ensure_future(arg, loop=loop)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut):
    loop = get_running_loop()
    waiter = loop.create_future()

    def cb(f):
        _release_waiter(waiter)

    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    """Wait for `fut` at most `timeout` seconds, then cancel it and raise
    TimeoutError."""
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)

    def cb(f):
        _release_waiter(waiter)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut)
            raise
        if fut.done():
            return fut.result()
        fut.remove_done_callback(cb)
        await _cancel_and_wait(fut)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


# ---------------------------------------------------------------------
# Synchronization primitives (CPython 3.11 semantics: FIFO waiters,
# fairness through futures, cancellation-safe acquire)

def _locks_repr(obj, extra):
    """CPython's repr of a synchronization primitive: object's, with the
    state in brackets."""
    return "<" + object.__repr__(obj)[1:-1] + " [" + extra + "]>"


def _waiters_text(waiters):
    return ", waiters:" + str(len(waiters)) if waiters else ""


class _LoopBound:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(repr(self) + " is bound to a different event loop")
        return loop


class Event(_LoopBound):
    """A flag tasks can wait for."""

    # the waiters are a FIFO of vm/eventloop.lua
    __init__ = _L.event_init
    set = _L.event_set
    wait = _L.event_wait

    def is_set(self):
        return self._value

    def clear(self):
        self._value = False

    def __repr__(self):
        extra = "set" if self._value else "unset"
        if _L.fifo_len(self._waiters):
            extra += ", waiters:" + str(_L.fifo_len(self._waiters))
        return _locks_repr(self, extra)


class Lock(_LoopBound):
    """A mutual-exclusion lock for tasks; `async with lock:`."""

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        return _locks_repr(self, ("locked" if self._locked else "unlocked") + _waiters_text(self._waiters))

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all(w.cancelled() for w in self._waiters)):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError("Lock is not acquired.")

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore(_LoopBound):
    """A counter of available slots; acquire waits while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = "locked" if self.locked() else "unlocked, value:" + str(self._value)
        return _locks_repr(self, extra + _waiters_text(self._waiters))

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in (self._waiters or ()))

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = _deque()
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return False
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return True
        return False

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that refuses to be released above its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError("BoundedSemaphore released too many times")
        super().release()


# ---------------------------------------------------------------------
# Queues

class QueueEmpty(Exception):
    """Raised by get_nowait() on an empty queue."""


class QueueFull(Exception):
    """Raised by put_nowait() on a full queue."""


class Queue(_LoopBound):
    """A FIFO queue for tasks; maxsize <= 0 means unbounded. Its hot paths
    are in vm/eventloop.lua; subclasses override _init/_put/_get as in
    CPython."""

    _fifo = False   # the runtime's own FIFO when it holds the items (also _queue)

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _L.fifo()
        self._putters = _L.fifo()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    _init = _L.queue_init_storage
    _put = _L.queue_put_item
    _get = _L.queue_get_item

    @property
    def maxsize(self):
        return self._maxsize

    qsize = _L.queue_qsize
    empty = _L.queue_empty
    full = _L.queue_full
    put = _L.queue_put
    put_nowait = _L.queue_put_nowait
    get = _L.queue_get
    get_nowait = _L.queue_get_nowait

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()

    def _format(self):
        result = "maxsize=" + repr(self._maxsize)
        items = self._queue if self._fifo is False else _L.fifo_items(self._fifo)
        if items:
            result += " _queue=" + repr(list(items))
        if _L.fifo_len(self._getters):
            result += " _getters[" + str(_L.fifo_len(self._getters)) + "]"
        if _L.fifo_len(self._putters):
            result += " _putters[" + str(_L.fifo_len(self._putters)) + "]"
        if self._unfinished_tasks:
            result += " tasks=" + str(self._unfinished_tasks)
        return result

    def __repr__(self):
        return "<" + type(self).__name__ + " at " + hex(id(self)) + " " + self._format() + ">"

    def __str__(self):
        return "<" + type(self).__name__ + " " + self._format() + ">"


class PriorityQueue(Queue):
    """A queue that hands out the smallest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    """A queue that hands out the newest item first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


_L.setup({"Event": Event, "QueueFull": QueueFull, "QueueEmpty": QueueEmpty, "deque": _deque})


# ---------------------------------------------------------------------
# timeout / timeout_at (3.11): cancel the current task at a deadline and
# turn its CancelledError into TimeoutError on the way out

class Timeout:
    """An async context manager bounding the time spent in its block."""

    # states (CPython's _State values): "created", "active", "expiring",
    # "expired", "finished"
    def __init__(self, when):
        self._state = "created"
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def reschedule(self, when):
        if self._state != "active":
            if self._state == "created":
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError("Cannot change state of " + self._state + " Timeout")
        self._when = when
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
        if when is None:
            self._timeout_handler = None
        else:
            loop = get_running_loop()
            if when <= loop.time():
                self._timeout_handler = loop.call_soon(self._on_timeout)
            else:
                self._timeout_handler = loop.call_at(when, self._on_timeout)

    def expired(self):
        return self._state in ("expiring", "expired")

    def __repr__(self):
        info = ""
        if self._state == "active":
            info = " when=" + str(round(self._when, 3) if self._when is not None else None)
        return "<Timeout [" + self._state + "]" + info + ">"

    async def __aenter__(self):
        if self._state != "created":
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = "active"
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        if self._timeout_handler is not None:
            self._timeout_handler.cancel()
            self._timeout_handler = None
        if self._state == "expiring":
            self._state = "expired"
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        elif self._state == "active":
            self._state = "finished"
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = "expiring"
        self._timeout_handler = None


def timeout(delay):
    """Async context manager: TimeoutError if the block outlives `delay` s."""
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


# ---------------------------------------------------------------------
# TaskGroup (3.11): the first failure cancels the rest; errors come out
# together as an ExceptionGroup

class TaskGroup:
    """`async with TaskGroup() as tg: tg.create_task(...)`"""

    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent_task = None
        self._parent_cancel_requested = False
        self._errors = []
        self._base_error = None
        self._on_completed_fut = None
        self._on_done = self._on_task_done   # one bound method for every task

    def __repr__(self):
        info = [""]
        if _L.tg_ntasks(self):
            info.append(f"tasks={_L.tg_ntasks(self)}")
        if self._errors:
            info.append(f"errors={len(self._errors)}")
        if self._aborting:
            info.append("cancelling")
        elif self._entered:
            info.append("entered")
        return f"<TaskGroup{' '.join(info)}>"

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError("TaskGroup has been already entered")
        self._entered = True
        self._loop = get_running_loop()
        self._parent_task = current_task()
        if self._parent_task is None:
            raise RuntimeError("TaskGroup cannot determine the parent task")
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        propagate_cancellation_error = exc if et is CancelledError else None
        if self._parent_cancel_requested:
            # (this flag set, uncancel() must be called)
            if self._parent_task.uncancel() == 0:
                propagate_cancellation_error = None
        if et is not None:
            if not self._aborting:
                self._abort()
        while _L.tg_ntasks(self):
            if self._on_completed_fut is None:
                self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as ex:
                if not self._aborting:
                    propagate_cancellation_error = ex
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        if propagate_cancellation_error and not self._errors:
            raise propagate_cancellation_error
        if et is not None and et is not CancelledError:
            self._errors.append(exc)
        if self._errors:
            try:
                me = BaseExceptionGroup("unhandled errors in a TaskGroup", self._errors)
                raise me from None
            finally:
                self._errors = None
        return None

    # create_task(self, coro, *, name=None, context=None) and
    # _on_task_done(self, task) run once per task: vm/eventloop.lua has them
    create_task = _L.tg_create_task

    def _is_base_error(self, exc):
        return isinstance(exc, (SystemExit, KeyboardInterrupt))

    def _abort(self):
        self._aborting = True
        for t in _L.tg_pending(self):
            if not t.done():
                t.cancel()

    _on_task_done = _L.tg_on_task_done

    def _on_task_error(self, task, exc):
        self._errors.append(exc)
        if self._is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if self._parent_task.done():
            self._loop.call_exception_handler({
                "message": "Task " + repr(task) + " has errored out but its parent task " +
                           str(self._parent_task) + " is already completed",
                "exception": exc,
                "task": task,
            })
            return
        if not self._aborting and not self._parent_cancel_requested:
            self._abort()
            self._parent_cancel_requested = True
            self._parent_task.cancel()


# ---------------------------------------------------------------------
# shield, wait, as_completed

def shield(arg):
    """Protect `arg` from cancellation of the task awaiting the shield."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner._loop
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Wait for the futures/tasks in `fs`; returns (done, pending) sets."""
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError("expect a list of futures, not " + type(fs).__name__)
    if not fs:
        raise ValueError("Set of Tasks/Futures is empty.")
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError("Invalid return_when value: " + str(return_when))
    fs = set(fs)
    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    state = {"counter": len(fs)}

    def _on_completion(f):
        state["counter"] -= 1
        if (state["counter"] <= 0 or return_when == FIRST_COMPLETED or
                return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    """Iterate over awaitables that give the results in completion order."""
    loop = get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    done = Queue()
    state = {"timeout_handle": None}

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and state["timeout_handle"] is not None:
            state["timeout_handle"].cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        state["timeout_handle"] = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class Condition(_LoopBound):
    """Wait until notified, holding a lock around the check."""

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = _deque()

    def __repr__(self):
        extra = "locked" if self.locked() else "unlocked"
        return _locks_repr(self, extra + _waiters_text(self._waiters))

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    async def wait(self):
        if not self.locked():
            raise RuntimeError("cannot wait on un-acquired lock")
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            err = None
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError as e:
                    err = e
            if err is not None:
                raise err

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError("cannot notify on un-acquired lock")
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class BrokenBarrierError(RuntimeError):
    """A Barrier was reset or aborted while tasks waited on it."""


class Barrier(_LoopBound):
    """Let `parties` tasks wait until all of them have arrived."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition()
        self._parties = parties
        self._state = "filling"
        self._count = 0

    def __repr__(self):
        extra = self._state
        if not self.broken:
            extra += ", waiters:" + str(self.n_waiting) + "/" + str(self.parties)
        return _locks_repr(self, extra)

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = "draining"
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != "filling")
                if self._state in ("broken", "resetting"):
                    raise BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state in ("resetting", "draining"):
                    self._state = "filling"
                    self._cond.notify_all()

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in ("draining", "resetting"))
        if self._state == "broken":
            raise BrokenBarrierError("Barrier aborted")

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != "resetting":
                    self._state = "resetting"
            else:
                self._state = "filling"
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = "broken"
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == "filling":
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == "broken"


# The modules CPython's classes come from, as reprs and tracebacks show them
for _cls, _module in ((CancelledError, "asyncio.exceptions"), (InvalidStateError, "asyncio.exceptions"),
                      (BrokenBarrierError, "asyncio.exceptions"), (Future, "_asyncio"), (Task, "_asyncio"),
                      (Handle, "asyncio.events"), (TimerHandle, "asyncio.events"),
                      (AbstractEventLoop, "asyncio.events"), (_GatheringFuture, "asyncio.tasks"),
                      (Event, "asyncio.locks"), (Lock, "asyncio.locks"), (Semaphore, "asyncio.locks"),
                      (BoundedSemaphore, "asyncio.locks"), (Condition, "asyncio.locks"),
                      (Barrier, "asyncio.locks"), (Queue, "asyncio.queues"),
                      (PriorityQueue, "asyncio.queues"), (LifoQueue, "asyncio.queues"),
                      (QueueEmpty, "asyncio.queues"), (QueueFull, "asyncio.queues"),
                      (Timeout, "asyncio.timeouts"), (TaskGroup, "asyncio.taskgroups"),
                      (Runner, "asyncio.runners")):
    _L.set_module(_cls, _module)
