def check(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)

check(lambda: 1 + "a")          # expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
check(lambda: "a" + 1)          # expect: TypeError: can only concatenate str (not "int") to str
check(lambda: None())           # expect: TypeError: 'NoneType' object is not callable
check(lambda: 1 < "x")          # expect: TypeError: '<' not supported between instances of 'int' and 'str'
check(lambda: [1][5])           # expect: IndexError: list index out of range
check(lambda: (1).foo)          # expect: AttributeError: 'int' object has no attribute 'foo'
check(lambda: len(5))           # expect: TypeError: object of type 'int' has no len()
check(lambda: int("1.5"))       # expect: ValueError: invalid literal for int() with base 10: '1.5'
check(lambda: {}[[1]])          # expect: TypeError: unhashable type: 'list'
check(lambda: 2 ** 64)          # expect: OverflowError: integer overflow in exponentiation (Aster ints are 64-bit)
check(lambda: 1.0 / 0)          # expect: ZeroDivisionError: float division by zero
check(lambda: 5 % 0)            # expect: ZeroDivisionError: integer modulo by zero
