# An exception coming back from to_thread keeps its args and attributes
# (its class's __init__ is not run again) and its __cause__.
import asyncio
class AppError(Exception):
    def __init__(self, status, reason=""):
        super().__init__(f"HTTP {status}: {reason}")
        self.status = status
def call_api():
    raise AppError(503, "busy")
def wrapped():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
async def main():
    try:
        await asyncio.to_thread(call_api)
    except AppError as e:
        print(repr(e), e.status)
    try:
        await asyncio.to_thread(wrapped)
    except ValueError as e:
        print(repr(e.__cause__))
asyncio.run(main())
