# textwrap: wrap, fill, shorten, dedent, indent, TextWrapper options
import textwrap
from textwrap import TextWrapper, wrap, fill, shorten, dedent, indent

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs! How vexingly quick daft zebras jump. A well-known, hyphen-separated "
        "phrase--with em-dashes--and supercalifragilisticexpialidocious words.")
print(wrap(text, 30))
print(fill(text, width=40))
print(fill(text, width=25, initial_indent="* ", subsequent_indent="  "))
print(wrap(text, 12, break_on_hyphens=False))
print(wrap("abcdefghijklmnopqrstuvwxyz", 10), wrap("abcdefghijklmnop qr", 5, break_long_words=False))
print(wrap("one.  two. three? four!", 8, fix_sentence_endings=True))
print(wrap("Hello world. Goodbye world.", 100, fix_sentence_endings=True))
print(wrap("  leading and trailing  ", 10), wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(wrap("tabs\there\tand\tthere", 12), wrap("tabs\there", 30, tabsize=4), wrap("a\tb", 30, expand_tabs=False))
print(wrap("", 10), wrap("   ", 10), fill("x", 1))
print(shorten("Hello  world!", width=12), shorten("Hello world!", width=11), shorten("Hello world", 11))
print(shorten("The quick brown fox jumps over the lazy dog", 25, placeholder="..."))
print(wrap(text, 20, max_lines=3), wrap(text, 20, max_lines=1, placeholder=" ~"))
try:
    wrap("abc", 0)
except ValueError as e:
    print("ValueError", e)
try:
    shorten("hello world", 3)
except ValueError as e:
    print("ValueError", e)
tw = TextWrapper(width=15, initial_indent="- ", subsequent_indent="  ")
print(tw.wrap("A list item that goes on and on and on"))
tw.width = 20
print(tw.fill("A list item that goes on and on and on"))
code = """
    def f():
        return 1

      # odd indent
    x = 2
"""
print(repr(dedent(code)))
print(repr(dedent("  a\n\tb\n")), repr(dedent("  a\n   \n  b")), repr(dedent("no indent\n  x")))
print(repr(indent("a\nb\n\nc\n", "> ")), repr(indent("a\n  \nb", "+", lambda line: True)))
print(repr(indent("x\r\ny", "..")))
