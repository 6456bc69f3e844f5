/* lexer.c: tokenizer of the dialect: indentation, numbers, strings, operators. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "lexer.h"

static const struct { const char *s; int type; } lex_keywords[] = {
  {"False", K_FALSE}, {"None", K_NONE}, {"True", K_TRUE}, {"and", K_AND},
  {"as", K_AS}, {"assert", K_ASSERT}, {"async", K_ASYNC}, {"await", K_AWAIT},
  {"break", K_BREAK}, {"class", K_CLASS}, {"continue", K_CONTINUE},
  {"def", K_DEF}, {"del", K_DEL}, {"elif", K_ELIF}, {"else", K_ELSE},
  {"except", K_EXCEPT}, {"finally", K_FINALLY}, {"for", K_FOR},
  {"from", K_FROM}, {"global", K_GLOBAL}, {"if", K_IF}, {"import", K_IMPORT},
  {"in", K_IN}, {"is", K_IS}, {"lambda", K_LAMBDA}, {"nonlocal", K_NONLOCAL},
  {"not", K_NOT}, {"or", K_OR}, {"pass", K_PASS}, {"raise", K_RAISE},
  {"return", K_RETURN}, {"try", K_TRY}, {"while", K_WHILE}, {"with", K_WITH},
  {"yield", K_YIELD},
};

/* Names of the operator tokens, in enum order from T_LPAR. */
static const char *const lex_op_names[] = {
  "(", ")", "[", "]", "{", "}", ":", ",", ";", "+", "-", "*", "/", "|", "&",
  "<", ">", "=", ".", "%", "==", "!=", "<=", ">=", "~", "^", "<<", ">>", "**",
  "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>=", "**=", "//",
  "//=", "@", "@=", "->", "...", ":=",
};

const char *lex_type_name(int type) {
  static const char *const base[] = {
    "ENDMARKER", "NAME", "NUMBER", "STRING", "NEWLINE", "INDENT", "DEDENT",
    "ERRORTOKEN", "ERRORTOKEN",
  };
  if (type >= 0 && type < T_LPAR) return base[type];
  if (type >= T_LPAR && type <= T_COLONEQUAL) return lex_op_names[type - T_LPAR];
  if (type >= K_FALSE && type < T_NTYPES) return lex_keywords[type - K_FALSE].s;
  return "?";
}

/* The byte at offset i, or -1 past the end of the text. */
static int lex_ch(const Lexer *lx, size_t i) {
  return i < lx->end ? (unsigned char)lx->src[i] : -1;
}

static int lex_isdigit(int c) { return c >= '0' && c <= '9'; }
static int lex_isxdigit(int c) {
  return lex_isdigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int lex_isalpha(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}
/* CPython's is_potential_identifier_char. */
static int lex_is_ident_char(int c) {
  return lex_isalpha(c) || lex_isdigit(c) || c >= 128;
}

int lex_utf8_decode(const unsigned char *s, size_t n, unsigned *cp) {
  unsigned c, min;
  int len, i;
  if (n == 0) return 0;
  c = s[0];
  if (c < 0x80) { *cp = c; return 1; }
  if (c < 0xC2) return 0;
  if (c < 0xE0) { len = 2; c &= 0x1F; min = 0x80; }
  else if (c < 0xF0) { len = 3; c &= 0x0F; min = 0x800; }
  else if (c < 0xF5) { len = 4; c &= 0x07; min = 0x10000; }
  else return 0;
  if ((size_t)len > n) return 0;
  for (i = 1; i < len; i++) {
    if ((s[i] & 0xC0) != 0x80) return 0;
    c = (c << 6) | (s[i] & 0x3F);
  }
  if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  *cp = c;
  return len;
}

/* Ranges of non-ASCII code points that cannot appear in identifiers:
   class 1 prints "invalid character", class 2 "invalid non-printable
   character". An approximation of Unicode's XID properties that covers
   the punctuation, symbols, spaces and controls people actually type. */
static const struct { unsigned lo, hi; int cls; } lex_bad_ranges[] = {
  {0x80, 0xA0, 2}, {0xA1, 0xA9, 1}, {0xAB, 0xAC, 1}, {0xAD, 0xAD, 2},
  {0xAE, 0xB4, 1}, {0xB6, 0xB6, 1}, {0xB8, 0xB9, 1}, {0xBB, 0xBF, 1},
  {0xD7, 0xD7, 1}, {0xF7, 0xF7, 1}, {0x37E, 0x37E, 1}, {0x1680, 0x1680, 2},
  {0x180E, 0x180E, 2}, {0x2000, 0x200F, 2}, {0x2010, 0x2027, 1},
  {0x2028, 0x202F, 2}, {0x2030, 0x203E, 1}, {0x2041, 0x2053, 1},
  {0x2055, 0x205E, 1}, {0x205F, 0x206F, 2}, {0x2070, 0x2070, 1},
  {0x2072, 0x207E, 1}, {0x2080, 0x208F, 1}, {0x209D, 0x20CF, 1},
  {0x20DD, 0x20E0, 1}, {0x20E2, 0x20E4, 1}, {0x20F1, 0x2101, 1},
  {0x2103, 0x2106, 1}, {0x2108, 0x2109, 1}, {0x2114, 0x2114, 1},
  {0x2116, 0x2117, 1}, {0x211E, 0x2123, 1}, {0x2125, 0x2125, 1},
  {0x2127, 0x2127, 1}, {0x2129, 0x2129, 1}, {0x212E, 0x212E, 1},
  {0x213A, 0x213B, 1}, {0x2140, 0x2144, 1}, {0x214A, 0x214D, 1},
  {0x214F, 0x215F, 1}, {0x2189, 0x2BFF, 1}, {0x2E00, 0x2FFF, 1},
  {0x3000, 0x3000, 2}, {0x3001, 0x3004, 1}, {0x3008, 0x3020, 1},
  {0x3030, 0x3030, 1}, {0x3036, 0x3037, 1}, {0x303D, 0x303F, 1},
  {0x30A0, 0x30A0, 1}, {0x30FB, 0x30FB, 1}, {0xE000, 0xF8FF, 2},
  {0xFD3E, 0xFD3F, 1}, {0xFE10, 0xFE1F, 1}, {0xFE30, 0xFE32, 1},
  {0xFE35, 0xFE4C, 1}, {0xFE50, 0xFE6F, 1}, {0xFEFF, 0xFEFF, 2},
  {0xFF01, 0xFF0F, 1}, {0xFF1A, 0xFF20, 1}, {0xFF3B, 0xFF3E, 1},
  {0xFF40, 0xFF40, 1}, {0xFF5B, 0xFF65, 1}, {0xFFE0, 0xFFEF, 1},
  {0xFFF0, 0xFFFB, 2}, {0xFFFC, 0xFFFD, 1}, {0xFFFE, 0xFFFF, 2},
  {0x1F000, 0x1FBFF, 1}, {0xE0000, 0xE00FF, 2}, {0xF0000, 0x10FFFF, 2},
};

/* 0 if code point cp may be part of an identifier, else its bad class. */
static int lex_ident_class(unsigned cp) {
  size_t lo = 0, hi = sizeof lex_bad_ranges / sizeof lex_bad_ranges[0];
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < lex_bad_ranges[mid].lo) hi = mid;
    else if (cp > lex_bad_ranges[mid].hi) lo = mid + 1;
    else return lex_bad_ranges[mid].cls;
  }
  return 0;
}

/* Unicode character names for \N{...} escapes: a subset (ASCII, Latin-1,
   Greek letters, common punctuation and symbols, and the names the
   Python 3.11 library uses), sorted for binary search. Generated with
   Python's unicodedata. */
static const struct { const char *name; unsigned cp; } lex_unicode_names[] = {
  {"ACUTE ACCENT", 0xB4}, {"AMPERSAND", 0x26}, {"APOSTROPHE", 0x27}, {"ASTERISK", 0x2A},
  {"BOX DRAWINGS LIGHT ARC DOWN AND LEFT", 0x256E},
  {"BOX DRAWINGS LIGHT ARC DOWN AND RIGHT", 0x256D},
  {"BOX DRAWINGS LIGHT ARC UP AND LEFT", 0x256F},
  {"BOX DRAWINGS LIGHT ARC UP AND RIGHT", 0x2570},
  {"BOX DRAWINGS LIGHT DIAGONAL UPPER LEFT TO LOWER RIGHT", 0x2572},
  {"BOX DRAWINGS LIGHT DIAGONAL UPPER RIGHT TO LOWER LEFT", 0x2571},
  {"BOX DRAWINGS LIGHT DOWN AND LEFT", 0x2510}, {"BOX DRAWINGS LIGHT DOWN AND RIGHT", 0x250C},
  {"BOX DRAWINGS LIGHT HORIZONTAL", 0x2500}, {"BOX DRAWINGS LIGHT RIGHT", 0x2576},
  {"BOX DRAWINGS LIGHT UP", 0x2575}, {"BOX DRAWINGS LIGHT VERTICAL", 0x2502},
  {"BOX DRAWINGS LIGHT VERTICAL AND RIGHT", 0x251C}, {"BROKEN BAR", 0xA6}, {"BULLET", 0x2022},
  {"CANCEL TAG", 0xE007F}, {"CARET", 0x2038}, {"CEDILLA", 0xB8}, {"CENT SIGN", 0xA2},
  {"CIRCLED NUMBER THIRTY NINE", 0x32B4}, {"CIRCLED PLUS", 0x2295}, {"CIRCLED TIMES", 0x2297},
  {"CIRCUMFLEX ACCENT", 0x5E}, {"CJK UNIFIED IDEOGRAPH-8000", 0x8000}, {"COLON", 0x3A},
  {"COMBINING ACUTE ACCENT", 0x301}, {"COMBINING ASTERISK ABOVE", 0x20F0},
  {"COMBINING BREVE", 0x306}, {"COMBINING CARON", 0x30C}, {"COMBINING CIRCUMFLEX ACCENT", 0x302},
  {"COMBINING DIAERESIS", 0x308}, {"COMBINING DOT ABOVE", 0x307},
  {"COMBINING FOUR DOTS ABOVE", 0x20DC}, {"COMBINING GRAVE ACCENT", 0x300},
  {"COMBINING LATIN SMALL LETTER X", 0x36F}, {"COMBINING LEFT HARPOON ABOVE", 0x20D0},
  {"COMBINING OVERLINE", 0x305}, {"COMBINING RIGHT ARROW ABOVE", 0x20D7},
  {"COMBINING RING ABOVE", 0x30A}, {"COMBINING THREE DOTS ABOVE", 0x20DB},
  {"COMBINING TILDE", 0x303}, {"COMMA", 0x2C}, {"COMMERCIAL AT", 0x40}, {"COPYRIGHT SIGN", 0xA9},
  {"CURRENCY SIGN", 0xA4}, {"CYRILLIC CAPITAL LETTER A", 0x410},
  {"CYRILLIC CAPITAL LETTER SHORT I", 0x419}, {"CYRILLIC SMALL LETTER SHORT I", 0x439},
  {"CYRILLIC SMALL LETTER ZHE", 0x436}, {"DAGGER", 0x2020}, {"DEGREE SIGN", 0xB0},
  {"DIAERESIS", 0xA8}, {"DIGIT EIGHT", 0x38}, {"DIGIT FIVE", 0x35}, {"DIGIT FOUR", 0x34},
  {"DIGIT NINE", 0x39}, {"DIGIT ONE", 0x31}, {"DIGIT SEVEN", 0x37}, {"DIGIT SIX", 0x36},
  {"DIGIT THREE", 0x33}, {"DIGIT TWO", 0x32}, {"DIGIT ZERO", 0x30}, {"DIVISION SIGN", 0xF7},
  {"DOLLAR SIGN", 0x24}, {"DOUBLE DAGGER", 0x2021},
  {"DOUBLE HIGH-REVERSED-9 QUOTATION MARK", 0x201F}, {"DOUBLE LOW LINE", 0x2017},
  {"DOUBLE LOW-9 QUOTATION MARK", 0x201E}, {"DOUBLE PRIME", 0x2033},
  {"DOUBLE VERTICAL LINE", 0x2016}, {"DOWNWARDS ARROW", 0x2193}, {"EM DASH", 0x2014},
  {"EM SPACE", 0x2003}, {"EMPTY SET", 0x2205}, {"EN DASH", 0x2013}, {"EN SPACE", 0x2002},
  {"EQUALS SIGN", 0x3D}, {"ETHIOPIC SYLLABLE SEE", 0x1234}, {"EURO SIGN", 0x20AC},
  {"EXCLAMATION MARK", 0x21}, {"FEMININE ORDINAL INDICATOR", 0xAA}, {"FIGURE DASH", 0x2012},
  {"FULL STOP", 0x2E}, {"FULLWIDTH DIGIT ZERO", 0xFF10}, {"GRAVE ACCENT", 0x60},
  {"GREATER-THAN SIGN", 0x3E}, {"GREEK CAPITAL LETTER ALPHA", 0x391},
  {"GREEK CAPITAL LETTER BETA", 0x392}, {"GREEK CAPITAL LETTER CHI", 0x3A7},
  {"GREEK CAPITAL LETTER DELTA", 0x394}, {"GREEK CAPITAL LETTER EPSILON", 0x395},
  {"GREEK CAPITAL LETTER ETA", 0x397}, {"GREEK CAPITAL LETTER GAMMA", 0x393},
  {"GREEK CAPITAL LETTER IOTA", 0x399}, {"GREEK CAPITAL LETTER IOTA WITH DIALYTIKA", 0x3AA},
  {"GREEK CAPITAL LETTER KAPPA", 0x39A}, {"GREEK CAPITAL LETTER LAMDA", 0x39B},
  {"GREEK CAPITAL LETTER MU", 0x39C}, {"GREEK CAPITAL LETTER NU", 0x39D},
  {"GREEK CAPITAL LETTER OMEGA", 0x3A9}, {"GREEK CAPITAL LETTER OMICRON", 0x39F},
  {"GREEK CAPITAL LETTER PHI", 0x3A6}, {"GREEK CAPITAL LETTER PI", 0x3A0},
  {"GREEK CAPITAL LETTER PSI", 0x3A8}, {"GREEK CAPITAL LETTER RHO", 0x3A1},
  {"GREEK CAPITAL LETTER SIGMA", 0x3A3}, {"GREEK CAPITAL LETTER TAU", 0x3A4},
  {"GREEK CAPITAL LETTER THETA", 0x398}, {"GREEK CAPITAL LETTER UPSILON", 0x3A5},
  {"GREEK CAPITAL LETTER UPSILON WITH DIALYTIKA", 0x3AB}, {"GREEK CAPITAL LETTER XI", 0x39E},
  {"GREEK CAPITAL LETTER ZETA", 0x396}, {"GREEK SMALL LETTER ALPHA", 0x3B1},
  {"GREEK SMALL LETTER ALPHA WITH TONOS", 0x3AC}, {"GREEK SMALL LETTER BETA", 0x3B2},
  {"GREEK SMALL LETTER CHI", 0x3C7}, {"GREEK SMALL LETTER DELTA", 0x3B4},
  {"GREEK SMALL LETTER EPSILON", 0x3B5}, {"GREEK SMALL LETTER EPSILON WITH TONOS", 0x3AD},
  {"GREEK SMALL LETTER ETA", 0x3B7}, {"GREEK SMALL LETTER ETA WITH TONOS", 0x3AE},
  {"GREEK SMALL LETTER FINAL SIGMA", 0x3C2}, {"GREEK SMALL LETTER GAMMA", 0x3B3},
  {"GREEK SMALL LETTER IOTA", 0x3B9}, {"GREEK SMALL LETTER IOTA WITH TONOS", 0x3AF},
  {"GREEK SMALL LETTER KAPPA", 0x3BA}, {"GREEK SMALL LETTER LAMDA", 0x3BB},
  {"GREEK SMALL LETTER MU", 0x3BC}, {"GREEK SMALL LETTER NU", 0x3BD},
  {"GREEK SMALL LETTER OMEGA", 0x3C9}, {"GREEK SMALL LETTER OMICRON", 0x3BF},
  {"GREEK SMALL LETTER PHI", 0x3C6}, {"GREEK SMALL LETTER PI", 0x3C0},
  {"GREEK SMALL LETTER PSI", 0x3C8}, {"GREEK SMALL LETTER RHO", 0x3C1},
  {"GREEK SMALL LETTER SIGMA", 0x3C3}, {"GREEK SMALL LETTER TAU", 0x3C4},
  {"GREEK SMALL LETTER THETA", 0x3B8}, {"GREEK SMALL LETTER UPSILON", 0x3C5},
  {"GREEK SMALL LETTER UPSILON WITH DIALYTIKA AND TONOS", 0x3B0},
  {"GREEK SMALL LETTER XI", 0x3BE}, {"GREEK SMALL LETTER ZETA", 0x3B6},
  {"HANGZHOU NUMERAL TWENTY", 0x3039}, {"HIRAGANA LETTER A", 0x3042}, {"HORIZONTAL BAR", 0x2015},
  {"HORIZONTAL ELLIPSIS", 0x2026}, {"HYPHEN", 0x2010}, {"HYPHEN-MINUS", 0x2D},
  {"HYPHENATION POINT", 0x2027}, {"INVERTED EXCLAMATION MARK", 0xA1},
  {"INVERTED QUESTION MARK", 0xBF}, {"KELVIN SIGN", 0x212A}, {"LATIN CAPITAL LETTER A", 0x41},
  {"LATIN CAPITAL LETTER A WITH ACUTE", 0xC1}, {"LATIN CAPITAL LETTER A WITH CIRCUMFLEX", 0xC2},
  {"LATIN CAPITAL LETTER A WITH DIAERESIS", 0xC4}, {"LATIN CAPITAL LETTER A WITH GRAVE", 0xC0},
  {"LATIN CAPITAL LETTER A WITH RING ABOVE", 0xC5}, {"LATIN CAPITAL LETTER A WITH TILDE", 0xC3},
  {"LATIN CAPITAL LETTER AE", 0xC6}, {"LATIN CAPITAL LETTER B", 0x42},
  {"LATIN CAPITAL LETTER C", 0x43}, {"LATIN CAPITAL LETTER C WITH CEDILLA", 0xC7},
  {"LATIN CAPITAL LETTER D", 0x44}, {"LATIN CAPITAL LETTER E", 0x45},
  {"LATIN CAPITAL LETTER E WITH ACUTE", 0xC9}, {"LATIN CAPITAL LETTER E WITH CIRCUMFLEX", 0xCA},
  {"LATIN CAPITAL LETTER E WITH DIAERESIS", 0xCB}, {"LATIN CAPITAL LETTER E WITH GRAVE", 0xC8},
  {"LATIN CAPITAL LETTER ETH", 0xD0}, {"LATIN CAPITAL LETTER F", 0x46},
  {"LATIN CAPITAL LETTER G", 0x47}, {"LATIN CAPITAL LETTER H", 0x48},
  {"LATIN CAPITAL LETTER I", 0x49}, {"LATIN CAPITAL LETTER I WITH ACUTE", 0xCD},
  {"LATIN CAPITAL LETTER I WITH CIRCUMFLEX", 0xCE},
  {"LATIN CAPITAL LETTER I WITH DIAERESIS", 0xCF},
  {"LATIN CAPITAL LETTER I WITH DOT ABOVE", 0x130}, {"LATIN CAPITAL LETTER I WITH GRAVE", 0xCC},
  {"LATIN CAPITAL LETTER J", 0x4A}, {"LATIN CAPITAL LETTER K", 0x4B},
  {"LATIN CAPITAL LETTER L", 0x4C}, {"LATIN CAPITAL LETTER M", 0x4D},
  {"LATIN CAPITAL LETTER N", 0x4E}, {"LATIN CAPITAL LETTER N WITH TILDE", 0xD1},
  {"LATIN CAPITAL LETTER O", 0x4F}, {"LATIN CAPITAL LETTER O WITH ACUTE", 0xD3},
  {"LATIN CAPITAL LETTER O WITH CIRCUMFLEX", 0xD4},
  {"LATIN CAPITAL LETTER O WITH DIAERESIS", 0xD6}, {"LATIN CAPITAL LETTER O WITH GRAVE", 0xD2},
  {"LATIN CAPITAL LETTER O WITH STROKE", 0xD8}, {"LATIN CAPITAL LETTER O WITH TILDE", 0xD5},
  {"LATIN CAPITAL LETTER P", 0x50}, {"LATIN CAPITAL LETTER Q", 0x51},
  {"LATIN CAPITAL LETTER R", 0x52}, {"LATIN CAPITAL LETTER S", 0x53},
  {"LATIN CAPITAL LETTER T", 0x54}, {"LATIN CAPITAL LETTER THORN", 0xDE},
  {"LATIN CAPITAL LETTER U", 0x55}, {"LATIN CAPITAL LETTER U WITH ACUTE", 0xDA},
  {"LATIN CAPITAL LETTER U WITH CIRCUMFLEX", 0xDB},
  {"LATIN CAPITAL LETTER U WITH DIAERESIS", 0xDC}, {"LATIN CAPITAL LETTER U WITH GRAVE", 0xD9},
  {"LATIN CAPITAL LETTER V", 0x56}, {"LATIN CAPITAL LETTER W", 0x57},
  {"LATIN CAPITAL LETTER X", 0x58}, {"LATIN CAPITAL LETTER Y", 0x59},
  {"LATIN CAPITAL LETTER Y WITH ACUTE", 0xDD}, {"LATIN CAPITAL LETTER Z", 0x5A},
  {"LATIN SMALL LETTER A", 0x61}, {"LATIN SMALL LETTER A WITH ACUTE", 0xE1},
  {"LATIN SMALL LETTER A WITH CARON", 0x1CE}, {"LATIN SMALL LETTER A WITH CIRCUMFLEX", 0xE2},
  {"LATIN SMALL LETTER A WITH DIAERESIS", 0xE4}, {"LATIN SMALL LETTER A WITH GRAVE", 0xE0},
  {"LATIN SMALL LETTER A WITH RING ABOVE", 0xE5}, {"LATIN SMALL LETTER A WITH TILDE", 0xE3},
  {"LATIN SMALL LETTER AE", 0xE6}, {"LATIN SMALL LETTER B", 0x62},
  {"LATIN SMALL LETTER C", 0x63}, {"LATIN SMALL LETTER C WITH CEDILLA", 0xE7},
  {"LATIN SMALL LETTER D", 0x64}, {"LATIN SMALL LETTER E", 0x65},
  {"LATIN SMALL LETTER E WITH ACUTE", 0xE9}, {"LATIN SMALL LETTER E WITH CIRCUMFLEX", 0xEA},
  {"LATIN SMALL LETTER E WITH DIAERESIS", 0xEB}, {"LATIN SMALL LETTER E WITH GRAVE", 0xE8},
  {"LATIN SMALL LETTER ETH", 0xF0}, {"LATIN SMALL LETTER F", 0x66},
  {"LATIN SMALL LETTER G", 0x67}, {"LATIN SMALL LETTER H", 0x68}, {"LATIN SMALL LETTER I", 0x69},
  {"LATIN SMALL LETTER I WITH ACUTE", 0xED}, {"LATIN SMALL LETTER I WITH CIRCUMFLEX", 0xEE},
  {"LATIN SMALL LETTER I WITH DIAERESIS", 0xEF}, {"LATIN SMALL LETTER I WITH GRAVE", 0xEC},
  {"LATIN SMALL LETTER J", 0x6A}, {"LATIN SMALL LETTER K", 0x6B}, {"LATIN SMALL LETTER L", 0x6C},
  {"LATIN SMALL LETTER M", 0x6D}, {"LATIN SMALL LETTER N", 0x6E},
  {"LATIN SMALL LETTER N WITH TILDE", 0xF1}, {"LATIN SMALL LETTER O", 0x6F},
  {"LATIN SMALL LETTER O WITH ACUTE", 0xF3}, {"LATIN SMALL LETTER O WITH CIRCUMFLEX", 0xF4},
  {"LATIN SMALL LETTER O WITH DIAERESIS", 0xF6}, {"LATIN SMALL LETTER O WITH GRAVE", 0xF2},
  {"LATIN SMALL LETTER O WITH HORN", 0x1A1}, {"LATIN SMALL LETTER O WITH STROKE", 0xF8},
  {"LATIN SMALL LETTER O WITH TILDE", 0xF5}, {"LATIN SMALL LETTER P", 0x70},
  {"LATIN SMALL LETTER Q", 0x71}, {"LATIN SMALL LETTER R", 0x72}, {"LATIN SMALL LETTER S", 0x73},
  {"LATIN SMALL LETTER SHARP S", 0xDF}, {"LATIN SMALL LETTER T", 0x74},
  {"LATIN SMALL LETTER THORN", 0xFE}, {"LATIN SMALL LETTER U", 0x75},
  {"LATIN SMALL LETTER U WITH ACUTE", 0xFA}, {"LATIN SMALL LETTER U WITH CIRCUMFLEX", 0xFB},
  {"LATIN SMALL LETTER U WITH DIAERESIS", 0xFC}, {"LATIN SMALL LETTER U WITH GRAVE", 0xF9},
  {"LATIN SMALL LETTER V", 0x76}, {"LATIN SMALL LETTER W", 0x77}, {"LATIN SMALL LETTER X", 0x78},
  {"LATIN SMALL LETTER Y", 0x79}, {"LATIN SMALL LETTER Y WITH ACUTE", 0xFD},
  {"LATIN SMALL LETTER Y WITH CIRCUMFLEX", 0x177}, {"LATIN SMALL LETTER Y WITH DIAERESIS", 0xFF},
  {"LATIN SMALL LETTER Z", 0x7A}, {"LATIN SMALL LIGATURE FF", 0xFB00},
  {"LATIN SMALL LIGATURE FFI", 0xFB03}, {"LATIN SMALL LIGATURE FI", 0xFB01},
  {"LATIN SMALL LIGATURE LONG S T", 0xFB05}, {"LATIN SMALL LIGATURE ST", 0xFB06},
  {"LATIN SUBSCRIPT SMALL LETTER I", 0x1D62}, {"LEFT CURLY BRACKET", 0x7B},
  {"LEFT DOUBLE QUOTATION MARK", 0x201C}, {"LEFT PARENTHESIS", 0x28},
  {"LEFT SINGLE QUOTATION MARK", 0x2018}, {"LEFT SQUARE BRACKET", 0x5B},
  {"LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xAB}, {"LEFTWARDS ARROW", 0x2190},
  {"LESS-THAN SIGN", 0x3C}, {"LIGHT VERTICAL BAR", 0x2758},
  {"LONG RIGHTWARDS SQUIGGLE ARROW", 0x27FF}, {"LOW LINE", 0x5F}, {"MACRON", 0xAF},
  {"MASCULINE ORDINAL INDICATOR", 0xBA}, {"MATHEMATICAL BOLD SMALL FINAL SIGMA", 0x1D6D3},
  {"MATHEMATICAL LEFT ANGLE BRACKET", 0x27E8}, {"MATHEMATICAL RIGHT ANGLE BRACKET", 0x27E9},
  {"MICRO SIGN", 0xB5}, {"MIDDLE DOT", 0xB7}, {"MULTIPLICATION SIGN", 0xD7},
  {"N-ARY CIRCLED TIMES OPERATOR", 0x2A02}, {"NARROW NO-BREAK SPACE", 0x202F},
  {"NO-BREAK SPACE", 0xA0}, {"NON-BREAKING HYPHEN", 0x2011}, {"NOT SIGN", 0xAC},
  {"NUMBER SIGN", 0x23}, {"ONE DOT LEADER", 0x2024}, {"PER MILLE SIGN", 0x2030},
  {"PER TEN THOUSAND SIGN", 0x2031}, {"PERCENT SIGN", 0x25}, {"PILCROW SIGN", 0xB6},
  {"PLANCK CONSTANT OVER TWO PI", 0x210F}, {"PLUS SIGN", 0x2B}, {"PLUS-MINUS SIGN", 0xB1},
  {"POUND SIGN", 0xA3}, {"PRIME", 0x2032}, {"QUESTION MARK", 0x3F}, {"QUOTATION MARK", 0x22},
  {"REGISTERED SIGN", 0xAE}, {"REVERSE SOLIDUS", 0x5C}, {"REVERSED DOUBLE PRIME", 0x2036},
  {"REVERSED PRIME", 0x2035}, {"REVERSED TRIPLE PRIME", 0x2037}, {"RIGHT CURLY BRACKET", 0x7D},
  {"RIGHT DOUBLE QUOTATION MARK", 0x201D}, {"RIGHT PARENTHESIS", 0x29},
  {"RIGHT SINGLE QUOTATION MARK", 0x2019}, {"RIGHT SQUARE BRACKET", 0x5D},
  {"RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", 0xBB}, {"RIGHTWARDS ARROW", 0x2192},
  {"RIGHTWARDS ARROW WITH HOOK", 0x21AA}, {"ROMAN NUMERAL SIX", 0x2165},
  {"SCRIPT CAPITAL R", 0x211B}, {"SECTION SIGN", 0xA7}, {"SEMICOLON", 0x3B},
  {"SINGLE HIGH-REVERSED-9 QUOTATION MARK", 0x201B},
  {"SINGLE LEFT-POINTING ANGLE QUOTATION MARK", 0x2039}, {"SINGLE LOW-9 QUOTATION MARK", 0x201A},
  {"SINGLE RIGHT-POINTING ANGLE QUOTATION MARK", 0x203A},
  {"SMILING CAT FACE WITH OPEN MOUTH", 0x1F63A}, {"SNAKE", 0x1F40D}, {"SNOWMAN", 0x2603},
  {"SOFT HYPHEN", 0xAD}, {"SOLIDUS", 0x2F}, {"SPACE", 0x20}, {"SUBSCRIPT TWO", 0x2082},
  {"SUPERSCRIPT ONE", 0xB9}, {"SUPERSCRIPT THREE", 0xB3}, {"SUPERSCRIPT TWO", 0xB2},
  {"THAI DIGIT SIX", 0xE56}, {"TILDE", 0x7E}, {"TRADE MARK SIGN", 0x2122},
  {"TRIANGULAR BULLET", 0x2023}, {"TRIPLE PRIME", 0x2034}, {"TWO DOT LEADER", 0x2025},
  {"UPWARDS ARROW", 0x2191}, {"VERTICAL LINE", 0x7C}, {"VULGAR FRACTION ONE HALF", 0xBD},
  {"VULGAR FRACTION ONE QUARTER", 0xBC}, {"VULGAR FRACTION THREE QUARTERS", 0xBE},
  {"YEN SIGN", 0xA5},
};

int lex_unicode_lookup(const char *name, size_t n, unsigned *cp) {
  char buf[128];
  size_t i, lo = 0, hi = sizeof lex_unicode_names / sizeof lex_unicode_names[0];
  if (n == 0 || n >= sizeof buf) return 0;
  for (i = 0; i < n; i++) {
    char c = name[i];
    buf[i] = (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
  }
  buf[n] = 0;
  /* algorithmic names */
  if (n > 22 && !memcmp(buf, "CJK UNIFIED IDEOGRAPH-", 22)) {
    unsigned v = 0;
    for (i = 22; i < n; i++) {
      int c = buf[i], d = lex_isdigit(c) ? c - '0' : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
      if (d < 0 || n - 22 > 5) return 0;
      v = v * 16 + (unsigned)d;
    }
    if ((v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x20000 && v <= 0x2A6DF)) {
      *cp = v;
      return 1;
    }
    return 0;
  }
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    int r = strcmp(buf, lex_unicode_names[mid].name);
    if (r == 0) {
      *cp = lex_unicode_names[mid].cp;
      return 1;
    }
    if (r < 0) hi = mid;
    else lo = mid + 1;
  }
  return 0;
}

/* Record an error; the caller then returns lex_error_token(). */
static void lex_error(Lexer *lx, const char *kind, int line, int col,
                      int incomplete, const char *fmt, ...) {
  va_list ap;
  if (lx->err_kind) return;
  lx->err_kind = kind;
  lx->err_line = line;
  lx->err_col = col < 0 ? 0 : col;
  lx->err_incomplete = incomplete;
  va_start(ap, fmt);
  vsnprintf(lx->err_msg, sizeof lx->err_msg, fmt, ap);
  va_end(ap);
  lx->done = 1;
}

static Token lex_error_token(Lexer *lx) {
  Token t;
  memset(&t, 0, sizeof t);
  t.type = T_ERROR;
  t.line = t.end_line = lx->err_line;
  t.col = t.end_col = lx->err_col;
  t.start = t.end = lx->pos;
  return t;
}

void lex_init(Lexer *lx, const char *src, size_t len) {
  size_t i = 0, line_start = 0;
  int line = 1;
  memset(lx, 0, sizeof *lx);
  lx->src = src;
  lx->end = len;
  lx->line = 1;
  lx->atbol = 1;
  lx->last_type = -1;
  /* Find the first byte that is not valid UTF-8 (or is NUL); the error is
     raised when the lexer reaches its line, as CPython decodes lazily. */
  while (i < len) {
    unsigned char c = (unsigned char)src[i];
    unsigned cp;
    int n;
    if (c == '\n') { line++; line_start = ++i; continue; }
    if (c != 0 && c < 0x80) { i++; continue; }
    n = c ? lex_utf8_decode((const unsigned char *)src + i, len - i, &cp) : 0;
    if (n == 0) {
      lx->bad_line = line;
      lx->bad_col = (int)(i - line_start);
      lx->bad_byte = c;
      if (c < 0xC2 || c > 0xF4) lx->bad_reason = "invalid start byte";
      else {
        /* a valid lead byte: a bad continuation, or the text ends */
        size_t need = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4, k;
        lx->bad_reason = "invalid continuation byte";
        for (k = 1; k < need; k++) {
          if (i + k >= len) { lx->bad_reason = "unexpected end of data"; break; }
          if (((unsigned char)src[i + k] & 0xC0) != 0x80) break;
        }
      }
      break;
    }
    i += (size_t)n;
  }
}

void lex_init_sub(Lexer *lx, const char *src, size_t start, size_t end,
                  int line, size_t line_start) {
  memset(lx, 0, sizeof *lx);
  lx->src = src;
  lx->pos = start;
  lx->end = end;
  lx->line = line;
  lx->line_start = line_start;
  lx->sub = 1;
  lx->last_type = -1;
}

/* A token of `type` from `start` (on line/col) to the current position. */
static Token lex_make(Lexer *lx, int type, size_t start, int line, int col) {
  Token t;
  t.type = type;
  t.line = line;
  t.col = col;
  t.end_line = lx->line;
  t.end_col = (int)(lx->pos - lx->line_start);
  t.level = lx->level + lx->sub;
  t.start = start;
  t.end = lx->pos;
  lx->last_type = type;
  return t;
}

/* A number error of CPython's tokenizer: reported one column before `cur`
   (the tokenizer's read position), as CPython does. */
static void lex_number_error(Lexer *lx, size_t cur, const char *msg) {
  lex_error(lx, "SyntaxError", lx->line, (int)(cur - lx->line_start) - 1, 0, "%s", msg);
}

static int lex_lookahead(const Lexer *lx, size_t i, const char *s) {
  for (; *s; s++, i++)
    if (lex_ch(lx, i) != (unsigned char)*s) return 0;
  return 1;
}

/* CPython's verify_end_of_number: a number may not run into a name, except
   into the keywords that can follow it in valid code ("1if x else y"). */
static int lex_verify_end(Lexer *lx, size_t i, const char *kind) {
  int c = lex_ch(lx, i), r = 0;
  if (c == 'a') r = lex_lookahead(lx, i + 1, "nd");
  else if (c == 'e') r = lex_lookahead(lx, i + 1, "lse");
  else if (c == 'f') r = lex_lookahead(lx, i + 1, "or");
  else if (c == 'i') {
    int c2 = lex_ch(lx, i + 1);
    r = c2 == 'f' || c2 == 'n' || c2 == 's';
  } else if (c == 'o') r = lex_lookahead(lx, i + 1, "r");
  else if (c == 'n') r = lex_lookahead(lx, i + 1, "ot");
  if (r) return 1;
  if (lex_is_ident_char(c)) {
    char buf[64];
    snprintf(buf, sizeof buf, "invalid %s literal", kind);
    lex_number_error(lx, i, buf);
    return 0;
  }
  return 1;
}

/* Skip digits with single underscores between them, starting at a digit;
   the offset after them, or 0 on an error. */
static size_t lex_decimal_tail(Lexer *lx, size_t i) {
  for (;;) {
    while (lex_isdigit(lex_ch(lx, i))) i++;
    if (lex_ch(lx, i) != '_') return i;
    i++;
    if (!lex_isdigit(lex_ch(lx, i))) {
      lex_number_error(lx, i, "invalid decimal literal");
      return 0;
    }
  }
}

/* Skip the digits of a 0x/0o/0b literal after its prefix (CPython rules);
   base is 16, 8 or 2. Returns the end offset or 0 on an error. */
static size_t lex_radix_digits(Lexer *lx, size_t i, int base) {
  static const char *const names[] = {"binary", "octal", "hexadecimal"};
  const char *name = names[base == 2 ? 0 : base == 8 ? 1 : 2];
  char msg[64];
  int c = lex_ch(lx, i);
  do {
    if (c == '_') c = lex_ch(lx, ++i);
    if (base == 16 ? !lex_isxdigit(c) : !(c >= '0' && c < '0' + base)) {
      if (base != 16 && lex_isdigit(c)) {
        snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, name);
        lex_number_error(lx, i + 1, msg);
      } else {
        snprintf(msg, sizeof msg, "invalid %s literal", name);
        lex_number_error(lx, i, msg);
      }
      return 0;
    }
    do
      c = lex_ch(lx, ++i);
    while (base == 16 ? lex_isxdigit(c) : (c >= '0' && c < '0' + base));
  } while (c == '_');
  if (base != 16 && lex_isdigit(c)) {
    snprintf(msg, sizeof msg, "invalid digit '%c' in %s literal", c, name);
    lex_number_error(lx, i + 1, msg);
    return 0;
  }
  if (!lex_verify_end(lx, i, name)) return 0;
  return i;
}

/* Scan a number literal at lx->pos (a digit, or '.' before a digit),
   following CPython's tokenizer; returns its end offset or 0 on an error. */
static size_t lex_number(Lexer *lx) {
  size_t i = lx->pos, epos;
  int c = lex_ch(lx, i);
  if (c == '.') {
    i++;
    goto fraction;
  }
  if (c == '0') {
    int nonzero = 0;
    c = lex_ch(lx, ++i);
    if (c == 'x' || c == 'X') return lex_radix_digits(lx, i + 1, 16);
    if (c == 'o' || c == 'O') return lex_radix_digits(lx, i + 1, 8);
    if (c == 'b' || c == 'B') return lex_radix_digits(lx, i + 1, 2);
    for (;;) {
      if (c == '_') {
        c = lex_ch(lx, ++i);
        if (!lex_isdigit(c)) {
          lex_number_error(lx, i, "invalid decimal literal");
          return 0;
        }
      }
      if (c != '0') break;
      c = lex_ch(lx, ++i);
    }
    if (lex_isdigit(c)) {
      nonzero = 1;
      if (!(i = lex_decimal_tail(lx, i))) return 0;
      c = lex_ch(lx, i);
    }
    if (c == '.') {
      i++;
      goto fraction;
    }
    if (c == 'e' || c == 'E') goto exponent;
    if (c == 'j' || c == 'J') goto imaginary;
    if (nonzero) {
      lex_error(lx, "SyntaxError", lx->line, (int)(lx->pos - lx->line_start), 0,
                "leading zeros in decimal integer literals are not permitted; "
                "use an 0o prefix for octal integers");
      return 0;
    }
    return lex_verify_end(lx, i, "decimal") ? i : 0;
  }
  if (!(i = lex_decimal_tail(lx, i))) return 0;
  c = lex_ch(lx, i);
  if (c == '.') {
    i++;
  fraction:
    c = lex_ch(lx, i);
    if (lex_isdigit(c)) {
      if (!(i = lex_decimal_tail(lx, i))) return 0;
      c = lex_ch(lx, i);
    }
  }
  if (c == 'e' || c == 'E') {
  exponent:
    epos = i;
    c = lex_ch(lx, ++i);
    if (c == '+' || c == '-') {
      c = lex_ch(lx, ++i);
      if (!lex_isdigit(c)) {
        lex_number_error(lx, i, "invalid decimal literal");
        return 0;
      }
    } else if (!lex_isdigit(c)) {
      /* "1else": the number ends before the 'e' */
      return lex_verify_end(lx, epos, "decimal") ? epos : 0;
    }
    if (!(i = lex_decimal_tail(lx, i))) return 0;
    c = lex_ch(lx, i);
  }
  if (c == 'j' || c == 'J') {
  imaginary:
    i++;
    return lex_verify_end(lx, i, "imaginary") ? i : 0;
  }
  return lex_verify_end(lx, i, "decimal") ? i : 0;
}

/* Scan a string literal whose opening quote is at offset q (the token, with
   its prefix, starts at lx->pos). Updates the line counters for newlines
   inside; returns the end offset or 0 on an error. */
static size_t lex_string(Lexer *lx, size_t q) {
  int quote = lex_ch(lx, q), c, sline = lx->line, contd = 0;
  int scol = (int)(lx->pos - lx->line_start);
  size_t i = q + 1;
  if (lex_ch(lx, i) == quote && lex_ch(lx, i + 1) == quote) {
    for (i += 2;; i++) {
      c = lex_ch(lx, i);
      if (c < 0) {
        int last = lx->line;
        if (lx->end > 0 && lx->src[lx->end - 1] == '\n' && last > sline) last--;
        lex_error(lx, "SyntaxError", sline, scol, 1,
                  "unterminated triple-quoted string literal (detected at line %d)", last);
        return 0;
      }
      if (c == quote && lex_ch(lx, i + 1) == quote && lex_ch(lx, i + 2) == quote)
        return i + 3;
      if (c == '\\') {
        c = lex_ch(lx, ++i);
        if (c < 0) { i--; continue; }
      }
      if (c == '\n') {
        lx->line++;
        lx->line_start = i + 1;
      }
    }
  }
  for (;; i++) {
    c = lex_ch(lx, i);
    if (c < 0 || c == '\n') {
      lex_error(lx, "SyntaxError", sline, scol, c < 0 && contd,
                "unterminated string literal (detected at line %d)", lx->line);
      return 0;
    }
    if (c == quote) return i + 1;
    contd = 0;
    if (c == '\\') {
      c = lex_ch(lx, i + 1);
      if (c < 0) continue;
      i++;
      if (c == '\n') {
        lx->line++;
        lx->line_start = i + 1;
        contd = 1;
      }
    }
  }
}

/* Process the indentation of a new logical line (CPython's rules: tabs to
   multiples of 8, checked against tabs of width 1 for TabError). Returns 0
   on an error. */
static int lex_indentation(Lexer *lx) {
  int col = 0, altcol = 0, cont_col = -1, c;
  size_t i = lx->pos;
  for (;;) {
    c = lex_ch(lx, i);
    if (c == ' ') col++, altcol++;
    else if (c == '\t') {
      col = (col / 8 + 1) * 8;
      altcol++;
    } else if (c == '\f') col = altcol = 0;
    else if (c == '\\' && lex_ch(lx, i + 1) == '\n') {
      /* indentation split by a backslash: the first part counts */
      if (cont_col < 0) cont_col = col;
      i++;
      lx->line++;
      lx->line_start = i + 1;
    } else break;
    i++;
  }
  lx->pos = i;
  if (c == '#' || c == '\n' || c < 0) {
    lx->blankline = 1; /* whitespace or a comment only: ignored */
    return 1;
  }
  lx->blankline = 0;
  if (cont_col >= 0) col = altcol = cont_col;
  if (col == lx->indstack[lx->indent]) {
    if (altcol != lx->altindstack[lx->indent]) goto tab_error;
  } else if (col > lx->indstack[lx->indent]) {
    if (lx->indent + 1 >= LEX_MAX_INDENT) {
      lex_error(lx, "IndentationError", lx->line, (int)(i - lx->line_start), 0,
                "too many levels of indentation");
      return 0;
    }
    if (altcol <= lx->altindstack[lx->indent]) goto tab_error;
    lx->pending++;
    lx->indent++;
    lx->indstack[lx->indent] = col;
    lx->altindstack[lx->indent] = altcol;
  } else {
    while (lx->indent > 0 && col < lx->indstack[lx->indent]) {
      lx->pending--;
      lx->indent--;
    }
    if (col != lx->indstack[lx->indent]) {
      /* CPython points just past the end of the line */
      size_t e = i;
      while (lex_ch(lx, e) >= 0 && lex_ch(lx, e) != '\n') e++;
      lex_error(lx, "IndentationError", lx->line, (int)(e - lx->line_start), 0,
                "unindent does not match any outer indentation level");
      return 0;
    }
    if (altcol != lx->altindstack[lx->indent]) goto tab_error;
  }
  return 1;
tab_error:
  lex_error(lx, "TabError", lx->line, 0, 0,
            "inconsistent use of tabs and spaces in indentation");
  return 0;
}

/* The operator at offset i: its token type and length (0 if none). */
static int lex_operator(const Lexer *lx, size_t i, int *len) {
  int c = lex_ch(lx, i), c2 = lex_ch(lx, i + 1), c3 = lex_ch(lx, i + 2);
  *len = 1;
  switch (c) {
  case '(': return T_LPAR;
  case ')': return T_RPAR;
  case '[': return T_LSQB;
  case ']': return T_RSQB;
  case '{': return T_LBRACE;
  case '}': return T_RBRACE;
  case ',': return T_COMMA;
  case ';': return T_SEMI;
  case '~': return T_TILDE;
  case ':':
    if (c2 == '=') { *len = 2; return T_COLONEQUAL; }
    return T_COLON;
  case '.':
    if (c2 == '.' && c3 == '.') { *len = 3; return T_ELLIPSIS; }
    return T_DOT;
  case '+':
    if (c2 == '=') { *len = 2; return T_PLUSEQUAL; }
    return T_PLUS;
  case '-':
    if (c2 == '=') { *len = 2; return T_MINEQUAL; }
    if (c2 == '>') { *len = 2; return T_RARROW; }
    return T_MINUS;
  case '*':
    if (c2 == '*') {
      if (c3 == '=') { *len = 3; return T_DOUBLESTAREQUAL; }
      *len = 2;
      return T_DOUBLESTAR;
    }
    if (c2 == '=') { *len = 2; return T_STAREQUAL; }
    return T_STAR;
  case '/':
    if (c2 == '/') {
      if (c3 == '=') { *len = 3; return T_DOUBLESLASHEQUAL; }
      *len = 2;
      return T_DOUBLESLASH;
    }
    if (c2 == '=') { *len = 2; return T_SLASHEQUAL; }
    return T_SLASH;
  case '|':
    if (c2 == '=') { *len = 2; return T_VBAREQUAL; }
    return T_VBAR;
  case '&':
    if (c2 == '=') { *len = 2; return T_AMPEREQUAL; }
    return T_AMPER;
  case '^':
    if (c2 == '=') { *len = 2; return T_CIRCUMFLEXEQUAL; }
    return T_CIRCUMFLEX;
  case '%':
    if (c2 == '=') { *len = 2; return T_PERCENTEQUAL; }
    return T_PERCENT;
  case '@':
    if (c2 == '=') { *len = 2; return T_ATEQUAL; }
    return T_AT;
  case '=':
    if (c2 == '=') { *len = 2; return T_EQEQUAL; }
    return T_EQUAL;
  case '!':
    if (c2 == '=') { *len = 2; return T_NOTEQUAL; }
    return T_BADCHAR;
  case '<':
    if (c2 == '<') {
      if (c3 == '=') { *len = 3; return T_LEFTSHIFTEQUAL; }
      *len = 2;
      return T_LEFTSHIFT;
    }
    if (c2 == '=') { *len = 2; return T_LESSEQUAL; }
    return T_LESS;
  case '>':
    if (c2 == '>') {
      if (c3 == '=') { *len = 3; return T_RIGHTSHIFTEQUAL; }
      *len = 2;
      return T_RIGHTSHIFT;
    }
    if (c2 == '=') { *len = 2; return T_GREATEREQUAL; }
    return T_GREATER;
  case '$': case '?': case '`':
    return T_BADCHAR;
  default:
    *len = 0;
    return 0;
  }
}

/* Report the non-ASCII character at offset i that cannot start or continue
   a name. */
static Token lex_bad_unicode(Lexer *lx, size_t i, unsigned cp, int n, int cls) {
  int col = (int)(i - lx->line_start);
  if (cls == 2)
    lex_error(lx, "SyntaxError", lx->line, col, 0,
              "invalid non-printable character U+%04X", cp);
  else
    lex_error(lx, "SyntaxError", lx->line, col, 0,
              "invalid character '%.*s' (U+%04X)", n, lx->src + i, cp);
  return lex_error_token(lx);
}

Token lex_next(Lexer *lx) {
  int c, line, col;
  size_t start;
  if (lx->done) {
    if (lx->err_kind) return lex_error_token(lx);
    return lex_make(lx, T_ENDMARKER, lx->pos, lx->line, (int)(lx->pos - lx->line_start));
  }
  if (lx->bad_line && lx->line >= lx->bad_line) {
    if (lx->bad_byte == 0)
      lex_error(lx, "SyntaxError", lx->bad_line, lx->bad_col, 0,
                "source code cannot contain null bytes");
    else
      lex_error(lx, "SyntaxError", lx->bad_line, lx->bad_col, 0,
                "(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                lx->bad_byte, lx->bad_col, lx->bad_reason ? lx->bad_reason : "invalid start byte");
    return lex_error_token(lx);
  }
again:
  if (lx->pending < 0) {
    lx->pending++;
    return lex_make(lx, T_DEDENT, lx->pos, lx->line, (int)(lx->pos - lx->line_start));
  }
  if (lx->pending > 0) {
    lx->pending--;
    return lex_make(lx, T_INDENT, lx->pos, lx->line, (int)(lx->pos - lx->line_start));
  }
  if (lx->atbol) {
    lx->atbol = 0;
    if (lx->level == 0 && !lx->sub) {
      if (!lex_indentation(lx)) return lex_error_token(lx);
      if (lx->pending) goto again;
    }
  }
  /* skip spaces and comments */
  for (;;) {
    c = lex_ch(lx, lx->pos);
    if (c == ' ' || c == '\t' || c == '\f') lx->pos++;
    else break;
  }
  if (c == '#')
    while ((c = lex_ch(lx, lx->pos)) >= 0 && c != '\n') lx->pos++;

  start = lx->pos;
  line = lx->line;
  col = (int)(start - lx->line_start);

  if (c < 0) { /* end of input */
    if (lx->sub) {
      lx->done = 1;
      return lex_make(lx, T_ENDMARKER, start, line, col);
    }
    if (lx->level > 0) {
      int k = lx->level - 1;
      lex_error(lx, "SyntaxError", lx->parenline[k], lx->parencol[k], 1,
                "'%c' was never closed", lx->parenstack[k]);
      return lex_error_token(lx);
    }
    if (lx->last_type != -1 && lx->last_type != T_NEWLINE &&
        lx->last_type != T_DEDENT && lx->last_type != T_INDENT)
      return lex_make(lx, T_NEWLINE, start, line, col);
    if (lx->indent > 0) {
      lx->pending = -lx->indent;
      lx->indent = 0;
      goto again;
    }
    lx->done = 1;
    return lex_make(lx, T_ENDMARKER, start, line, col);
  }

  if (c == '\n') {
    lx->pos++;
    lx->line++;
    lx->line_start = lx->pos;
    if (lx->blankline || lx->level > 0 || lx->sub) {
      lx->blankline = 0;
      if (lx->level == 0 && !lx->sub) lx->atbol = 1;
      goto again;
    }
    lx->atbol = 1;
    {
      Token t = lex_make(lx, T_NEWLINE, start, line, col);
      t.end_line = line;
      t.end_col = col + 1;
      return t;
    }
  }
  lx->blankline = 0;

  if (c == '\\') {
    c = lex_ch(lx, start + 1);
    if (c != '\n') {
      if (c < 0) {
        lex_error(lx, "SyntaxError", line, col + 1, 1, "unexpected EOF while parsing");
        return lex_error_token(lx);
      }
      lex_error(lx, "SyntaxError", line, col + 1, 0,
                "unexpected character after line continuation character");
      return lex_error_token(lx);
    }
    lx->pos += 2;
    lx->line++;
    lx->line_start = lx->pos;
    if (lex_ch(lx, lx->pos) < 0) {
      lex_error(lx, "SyntaxError", lx->line, 0, 1, "unexpected EOF while parsing");
      return lex_error_token(lx);
    }
    goto again;
  }

  /* names, keywords and prefixed strings */
  if (lex_isalpha(c) || c >= 128) {
    size_t i = start;
    int saw_b = 0, saw_r = 0, saw_u = 0, saw_f = 0;
    for (;;) {
      int d = lex_ch(lx, i);
      if (!(saw_b || saw_u || saw_f) && (d == 'b' || d == 'B')) saw_b = 1;
      else if (!(saw_b || saw_u || saw_r || saw_f) && (d == 'u' || d == 'U')) saw_u = 1;
      else if (!(saw_r || saw_u) && (d == 'r' || d == 'R')) saw_r = 1;
      else if (!(saw_f || saw_b || saw_u) && (d == 'f' || d == 'F')) saw_f = 1;
      else break;
      i++;
      d = lex_ch(lx, i);
      if (d == '"' || d == '\'') {
        size_t e = lex_string(lx, i);
        if (!e) return lex_error_token(lx);
        lx->pos = e;
        return lex_make(lx, T_STRING, start, line, col);
      }
    }
    i = start;
    for (;;) {
      int d = lex_ch(lx, i);
      if (lex_isalpha(d) || lex_isdigit(d)) i++;
      else if (d >= 128) {
        unsigned cp = 0;
        int n = lex_utf8_decode((const unsigned char *)lx->src + i, lx->end - i, &cp);
        int cls;
        if (n == 0) {
          lex_error(lx, "SyntaxError", line, (int)(i - lx->line_start), 0,
                    "(unicode error) 'utf-8' codec can't decode byte 0x%02x", d);
          return lex_error_token(lx);
        }
        cls = lex_ident_class(cp);
        if (cls) return lex_bad_unicode(lx, i, cp, n, cls);
        i += (size_t)n;
      } else break;
    }
    lx->pos = i;
    {
      size_t n = i - start, k;
      int type = T_NAME;
      if (n >= 2 && n <= 8 && c < 128)
        for (k = 0; k < sizeof lex_keywords / sizeof lex_keywords[0]; k++)
          if (strlen(lex_keywords[k].s) == n && !memcmp(lex_keywords[k].s, lx->src + start, n)) {
            type = lex_keywords[k].type;
            break;
          }
      return lex_make(lx, type, start, line, col);
    }
  }

  if (lex_isdigit(c) || (c == '.' && lex_isdigit(lex_ch(lx, start + 1)))) {
    size_t e = lex_number(lx);
    if (!e) return lex_error_token(lx);
    lx->pos = e;
    return lex_make(lx, T_NUMBER, start, line, col);
  }

  if (c == '"' || c == '\'') {
    size_t e = lex_string(lx, start);
    if (!e) return lex_error_token(lx);
    lx->pos = e;
    return lex_make(lx, T_STRING, start, line, col);
  }

  {
    int len, type = lex_operator(lx, start, &len);
    if (type) {
      lx->pos += (size_t)len;
      if (type == T_LPAR || type == T_LSQB || type == T_LBRACE) {
        if (lx->level >= LEX_MAX_PAREN) {
          lex_error(lx, "SyntaxError", line, col, 0, "too many nested parentheses");
          return lex_error_token(lx);
        }
        lx->parenstack[lx->level] = (char)c;
        lx->parenline[lx->level] = line;
        lx->parencol[lx->level] = col;
        lx->level++;
      } else if (type == T_RPAR || type == T_RSQB || type == T_RBRACE) {
        int open;
        if (lx->level == 0) {
          lex_error(lx, "SyntaxError", line, col, 0, "unmatched '%c'", c);
          return lex_error_token(lx);
        }
        open = lx->parenstack[lx->level - 1];
        if (!((open == '(' && c == ')') || (open == '[' && c == ']') ||
              (open == '{' && c == '}'))) {
          if (lx->parenline[lx->level - 1] != line)
            lex_error(lx, "SyntaxError", line, col, 0,
                      "closing parenthesis '%c' does not match opening "
                      "parenthesis '%c' on line %d", c, open,
                      lx->parenline[lx->level - 1]);
          else
            lex_error(lx, "SyntaxError", line, col, 0,
                      "closing parenthesis '%c' does not match opening "
                      "parenthesis '%c'", c, open);
          return lex_error_token(lx);
        }
        lx->level--;
      }
      return lex_make(lx, type, start, line, col);
    }
  }

  if (c < 0x20 || c == 0x7f) {
    lex_error(lx, "SyntaxError", line, col, 0,
              "invalid non-printable character U+%04X", c);
    return lex_error_token(lx);
  }
  lx->pos++;
  return lex_make(lx, T_BADCHAR, start, line, col);
}
