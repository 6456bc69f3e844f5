# CPython's wording for a few common mistakes with sequences.
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


t(lambda: 'x' * 'y')
t(lambda: [1] * 2.0)
t(lambda: 2.5 * (1, 2))
t(lambda: (1, 2).index(3))
t(lambda: [1, 2].index(3))
t(lambda: 'ab' + 1)
