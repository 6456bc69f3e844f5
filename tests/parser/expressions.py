x = 1 << 2 | 3 & 4 ^ 5 // 6 % 7 @ 8 - -9 ** -2
x = (a) + b * (c - d)
x = a < b <= c is not d not in e in f is g != h == i > j >= k
x = not a or b and not c
x = a if b else c if d else e
x = lambda a, b=1, /, c=2, *d, e, f=3, **g: (yield)
x = lambda: 0
f(a, *b, c=1, **d)
f(x for x in y)
f(*a or b)
x = a.b.c(d)[e][f:g, ::h, ...].i
x = a[1:2:3], a[::2], a[:, 1], a[*b]
x = {1: 2, **d}, {1, 2}, {}, [], (), (1,), [1,], {*a}
x = [x for x in y if x if z for w in x]
x = {k: v for k, v in d.items()}
x = {s for s in t}
x = (g for g in h)
async def f():
    return [x async for x in y], await z ** 2
x = (y := 10)
if (n := len(a)) > 10: pass
x = ..., None, True, False
x = ~a + -b - +c
x = 0xFF + 0o17 + 0b101 + 1_000 + 1.5e10 + .5 + 5. + 1j
x = 99999999999999999999 + 9223372036854775807 + 9223372036854775808
x = *a, *b
print(*a, sep='')
