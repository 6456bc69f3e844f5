"""queue: FIFO, LIFO and priority queues (CPython's queue module).

Aster runs each thread to completion when it starts (see threading), so no
other thread can ever put an item into an empty queue or take one out of a
full one while the caller waits: a blocking get() on an empty queue (or
put() on a full one, or join() with unfinished tasks) raises RuntimeError
instead of hanging forever. With a timeout, the wait ends at once with
Empty (or Full), as it would when the timeout passed, since nothing can
arrive in the meantime."""

import threading
from collections import deque
from heapq import heappush, heappop

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Exception raised by Queue.get(block=0)/get_nowait()."""
    pass


class Full(Exception):
    """Exception raised by Queue.put(block=0)/put_nowait()."""
    pass


def _would_block(what):
    raise RuntimeError(what + " would wait forever: Aster runs each thread to completion "
                       "when it starts, so no other thread can end the wait")


def _check_timeout(timeout):
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")


class Queue:
    """Create a queue object with a given maximum size.

    If maxsize is <= 0, the queue size is infinite.
    """

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        # the names CPython's queues have; nothing waits on them here
        self.mutex = threading.Lock()
        self.not_empty = threading.Condition(self.mutex)
        self.not_full = threading.Condition(self.mutex)
        self.all_tasks_done = threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def task_done(self):
        """Indicate that a formerly enqueued task is complete.

        Raises a ValueError if called more times than there were items
        placed in the queue.
        """
        unfinished = self.unfinished_tasks - 1
        if unfinished <= 0:
            if unfinished < 0:
                raise ValueError("task_done() called too many times")
        self.unfinished_tasks = unfinished

    def join(self):
        """Blocks until all items in the Queue have been gotten and processed."""
        if self.unfinished_tasks:
            _would_block("Queue.join() with %d unfinished task%s" % (
                self.unfinished_tasks, "" if self.unfinished_tasks == 1 else "s"))

    def qsize(self):
        """Return the approximate size of the queue."""
        return self._qsize()

    def empty(self):
        """Return True if the queue is empty, False otherwise."""
        return not self._qsize()

    def full(self):
        """Return True if the queue is full, False otherwise."""
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        """Put an item into the queue.

        If the queue is full: with block false raise Full at once; with a
        timeout raise Full (nothing can take an item out meanwhile);
        otherwise raise RuntimeError, as the wait could never end.
        """
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if not block:
                raise Full
            if timeout is None:
                _would_block("Queue.put() on a full queue")
            _check_timeout(timeout)
            raise Full
        elif block:
            _check_timeout(timeout)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

        If the queue is empty: with block false raise Empty at once; with a
        timeout raise Empty (nothing can put an item meanwhile); otherwise
        raise RuntimeError, as the wait could never end.
        """
        if not self._qsize():
            if not block:
                raise Empty
            if timeout is None:
                _would_block("Queue.get() on an empty queue")
            _check_timeout(timeout)
            raise Empty
        elif block:
            _check_timeout(timeout)
        return self._get()

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(block=False)

    # Override these methods to implement other queue organizations
    # (e.g. stack or priority queue).

    def _init(self, maxsize):
        self.queue = deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        return cls


class PriorityQueue(Queue):
    """Variant of Queue that retrieves open entries in priority order (lowest first).

    Entries are typically tuples of the form:  (priority number, data).
    """

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        heappush(self.queue, item)

    def _get(self):
        return heappop(self.queue)


class LifoQueue(Queue):
    """Variant of Queue that retrieves most recently added entries first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """Simple, unbounded, reentrant FIFO queue."""

    def __init__(self):
        self._queue = deque()

    def put(self, item, block=True, timeout=None):
        """Put the item on the queue (never blocks: the queue is unbounded)."""
        self._queue.append(item)

    def get(self, block=True, timeout=None):
        """Remove and return an item from the queue.

        On an empty queue: with block false or a timeout raise Empty; else
        raise RuntimeError, as the wait could never end.
        """
        if block:
            _check_timeout(timeout)
        if not self._queue:
            if block and timeout is None:
                _would_block("SimpleQueue.get() on an empty queue")
            raise Empty
        return self._queue.popleft()

    def put_nowait(self, item):
        """Put an item into the queue without blocking."""
        return self.put(item, block=False)

    def get_nowait(self):
        """Remove and return an item from the queue without blocking."""
        return self.get(False)

    def empty(self):
        """Return True if the queue is empty, False otherwise."""
        return len(self._queue) == 0

    def qsize(self):
        """Return the approximate size of the queue."""
        return len(self._queue)

    def __class_getitem__(cls, item):
        return cls
