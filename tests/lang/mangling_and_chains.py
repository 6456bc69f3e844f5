# Private names are mangled in methods; chained comparisons evaluate
# their operands left to right.
class Counter:
    def __init__(self):
        self.__count = 0
    def inc(self):
        self.__count += 1
        return self.__count
c = Counter()
c.inc()
print(c._Counter__count, hasattr(c, "__count"), vars(c))
class Sub(Counter):
    def __init__(self):
        super().__init__()
        self.__count = 100
print(vars(Sub()))
def f(n):
    print("eval", n)
    return n
print(f(1) < f(2) < f(3))
x = 5
print(1 < x < 10, 1 < x > 3 == 3)
