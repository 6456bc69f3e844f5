# html: escape (with and without quote) and unescape: named references of
# HTML 4 and HTML5 (with and without the semicolon, the longest-prefix rule
# for legacy names, unknown names), numeric references in decimal and hex
# (leading zeros, no semicolon, the remapped C1 range, invalid and
# out-of-range code points, surrogates, huge numbers), the html.entities
# tables, and round trips.
import html
import html.entities
from html import escape, unescape
from html.entities import name2codepoint, codepoint2name, entitydefs, html5

# escape
for s in ["", "plain text", "<script>alert('x');</script>", 'a "quoted" & \'single\'', "&amp; already",
          "<<>>&&", "é ü \u2603 \U0001f600 <b>", "tab\tnew\nline", "'", '"', "&", "a > b < c"]:
    print(repr(s), repr(escape(s)), repr(escape(s, quote=False)), repr(escape(s, False)))
print(unescape(escape("<a href=\"x?a=1&b='2'\">")) == "<a href=\"x?a=1&b='2'\">")

# named references
for s in ["&amp;", "&lt;&gt;&quot;&apos;", "&amp", "&lt", "&gt", "&quot", "&apos", "&AMP;", "&AMP", "&Amp;",
          "&nbsp;x", "&nbsp", "&copy;&reg;&trade;", "&copy", "&euro;", "&hellip;&mdash;&ndash;", "&alpha;&Omega;",
          "&notin;", "&notit;", "&not;it", "&notit", "&noti", "&not", "&no", "&n", "&", "&;", "&&amp;",
          "&ampamp;", "&amp;amp;", "&ltx", "&lt;x", "&foo;", "&foo", "&Aacute;&aacute&Aacuteb",
          "&frac12;&frac14&frac34;", "&acE;", "&NotEqualTilde;", "&nvlt;", "&fjlig;", "&bne;", "&ThickSpace;",
          "&zwj;&zwnj;", "&af;", "&DoubleLongLeftRightArrow;", "&CounterClockwiseContourIntegral;",
          "&" + "a" * 40 + ";", "&ampxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "& amp;", "&\tlt;", "&lt ;",
          "&#;", "&#x;", "&#", "&#x", "&#xg;", "&x41;", "&Eacute&eacute;&ecirc", "&szlig;&yuml;&Yuml;",
          "&sup1&sup2;&sup3", "&micro&middot&para;", "&lang;&rang;", "&LeftAngleBracket;"]:
    print(repr(s), repr(unescape(s)))

# numeric references
for s in ["&#65;", "&#65", "&#x41;", "&#X41;", "&#x41", "&#0065;", "&#x0000041;", "&#0;", "&#x0;", "&#13;",
          "&#10;", "&#9;", "&#11;", "&#1;", "&#8;", "&#14;", "&#31;", "&#32;", "&#127;", "&#128;", "&#x80;",
          "&#129;", "&#x81;", "&#141;", "&#150;", "&#159;", "&#160;", "&#x9f;", "&#xfdd0;", "&#xFDEF;",
          "&#xfdf0;", "&#xfffe;", "&#xffff;", "&#x1fffe;", "&#x10fffe;", "&#x10ffff;", "&#x10FFFD;",
          "&#x110000;", "&#1114111;", "&#1114112;", "&#xd800;", "&#xDFFF;", "&#55296;", "&#xd7a3;",
          "&#99999999999999999999999999;", "&#x99999999999999999999999;", "&#000000000000000000000000065;",
          "&#x00000000000000000000000041;", "&#x1F600;", "&#128512;", "&#x2603", "&#8364;&#x20AC;",
          "&#65&#66;&#x43&#x44;", "&#65abc", "&#x41g", "&#x4g", "&#-1;", "&#+1;", "&# 65;", "&#x 41;",
          "&#65;;", "&#x41;;"]:
    print(repr(s), repr(unescape(s)))

# just below and above the surrogates
print([ord(c) for c in unescape("&#xd7ff;&#xe000;&#57344;")])

# mixed text
text = "Fish &amp; Chips &lt;b&gt;only&lt;/b&gt; &copy 2024 &#8212; caf&eacute; &#x263A; &bogus; a&b & c &#39;q&#39;"
print(unescape(text))
print(unescape("no references at all"), unescape(""), unescape("&&&"), unescape("&amp;lt;"))
print(unescape("&lt;" * 5 + "&#60" * 3 + "&#x3c" * 2))
print(unescape("x&amp;y&z=1&lang=en&copy=2"))

# the tables
print(len(name2codepoint), len(codepoint2name), len(entitydefs), len(html5))
print(name2codepoint["amp"], name2codepoint["euro"], codepoint2name[0x3b1], repr(entitydefs["nbsp"]), entitydefs["lt"])
print(html5["amp;"], html5["amp"], repr(html5["nbsp;"]), html5["NotEqualTilde;"] == "\u2242\u0338", "apos;" in html5,
      "apos" in html5, html5["notin;"], "notin" in html5)
print(sorted(k for k in html5 if not k.endswith(";"))[:20])
print(sum(1 for k in html5 if not k.endswith(";")), sorted(name2codepoint)[:10], html.__all__)
for name, cp in sorted(name2codepoint.items())[::25]:
    print(name, cp, unescape("&%s;" % name) == chr(cp), escape(chr(cp)))

# every HTML5 name unescapes to its value; every HTML 4 character round trips
bad = [k for k, v in html5.items() if unescape("&" + k) != v]
print(bad)
print(all(unescape("&#%d;" % cp) == chr(cp) and unescape("&#x%x;" % cp) == chr(cp) for cp in codepoint2name))
print(all(unescape(escape(chr(c))) == chr(c) for c in range(32, 0x3000, 7)))
