# %-formatting of numbers: sign, space, # and 0 flags with x/X/o, %F, the
# sign of -0.0, and inf/nan with widths and flags.
for f in ('%x', '%+x', '% x', '%-+8x|', '%#x', '%#+10X', '%08x', '%#08o', '%-#8o|', '%.4x', '%+.3o', '%5x'):
    print(repr(f % 255), repr(f % -255), repr(f % 0))
for f in ('%f', '%+f', '%10.2f', '%-10.2e|', '%010.3f', '%F', '%G', '%E', '% g'):
    print(repr(f % 1.5), repr(f % -0.0), repr(f % float('inf')), repr(f % float('-inf')), repr(f % float('nan')))
print('%x %o' % (True, False))
print('%.15g' % -0.0, '%5.1f|' % -0.0, '%g' % -0.0, '%e' % -0.0, '%d' % -0.0, '%s' % -0.0)
