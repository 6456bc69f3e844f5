x = 'a' "b" '''c''' """d"""
x = r'\n' + u'z'
x = b'\x00\xff\n' + rb'\d' + Rb"x" + BR'y'
x = '\a\b\f\n\r\t\v\\\'\"\0\7\77\101\x41\u00e9\U0001F600\q\
continued'
x = "\N{EM DASH}\N{latin small letter a}"
x = 'é' '€'
x = f'{a}' 'b' f'{c!s:>10}' f"{d!a}" rf'\n{e}' fr'{f}\n'
x = f'{{}}{a}{{'
x = f'{a:{b}.{c}}'
x = f'{x=}' f'{x = !s}' f'{x=:>10}'
x = f"{'a' if b else 'c'}"
x = f'''{
a
+ b}'''
x = f'' 'a' f''
x = f'{a, b}' f'{(yield)}' f'{3.14:.2f}'
x = f'{a[1]}{b["x"]}{c(1, 2)}' f'\{a}'
