/* ustr.c: Python 3.11 str semantics on UTF-8 byte strings (see ustr.h). */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem, memrchr, newlocale and the *_l ctype functions */
#endif
#include "ustr.h"

#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

/* ---- tables -----------------------------------------------------------------
   Generated from Python 3.11's unicodedata (Unicode 14.0, the version of
   glibc 2.36's C.UTF-8 too). Everything else comes from the C library. */

/* code points of every Unicode decimal digit zero (Nd) (66 entries) */
static const uint32_t dec_zero[] = {
  0x30,0x660,0x6F0,0x7C0,0x966,0x9E6,0xA66,0xAE6,0xB66,0xBE6,0xC66,0xCE6,
  0xD66,0xDE6,0xE50,0xED0,0xF20,0x1040,0x1090,0x17E0,0x1810,0x1946,0x19D0,
  0x1A80,0x1A90,0x1B50,0x1BB0,0x1C40,0x1C50,0xA620,0xA8D0,0xA900,0xA9D0,
  0xA9F0,0xAA50,0xABF0,0xFF10,0x104A0,0x10D30,0x11066,0x110F0,0x11136,0x111D0,
  0x112F0,0x11450,0x114D0,0x11650,0x116C0,0x11730,0x118E0,0x11950,0x11C50,
  0x11D50,0x11DA0,0x16A60,0x16AC0,0x16B50,0x1D7CE,0x1D7D8,0x1D7E2,0x1D7EC,
  0x1D7F6,0x1E140,0x1E2F0,0x1E950,0x1FBF0,
};
/* isdigit() but not isdecimal() (20 ranges) */
static const uint32_t digit_extra[][2] = {
  {0xB2,0xB3},{0xB9,0xB9},{0x1369,0x1371},{0x19DA,0x19DA},{0x2070,0x2070},
  {0x2074,0x2079},{0x2080,0x2089},{0x2460,0x2468},{0x2474,0x247C},
  {0x2488,0x2490},{0x24EA,0x24EA},{0x24F5,0x24FD},{0x24FF,0x24FF},
  {0x2776,0x277E},{0x2780,0x2788},{0x278A,0x2792},{0x10A40,0x10A43},
  {0x10E60,0x10E68},{0x11052,0x1105A},{0x1F100,0x1F10A},
};
/* isnumeric() but not isdigit() (151 ranges) */
static const uint32_t numeric_extra[][2] = {
  {0xBC,0xBE},{0x9F4,0x9F9},{0xB72,0xB77},{0xBF0,0xBF2},{0xC78,0xC7E},
  {0xD58,0xD5E},{0xD70,0xD78},{0xF2A,0xF33},{0x1372,0x137C},{0x16EE,0x16F0},
  {0x17F0,0x17F9},{0x2150,0x2182},{0x2185,0x2189},{0x2469,0x2473},
  {0x247D,0x2487},{0x2491,0x249B},{0x24EB,0x24F4},{0x24FE,0x24FE},
  {0x277F,0x277F},{0x2789,0x2789},{0x2793,0x2793},{0x2CFD,0x2CFD},
  {0x3007,0x3007},{0x3021,0x3029},{0x3038,0x303A},{0x3192,0x3195},
  {0x3220,0x3229},{0x3248,0x324F},{0x3251,0x325F},{0x3280,0x3289},
  {0x32B1,0x32BF},{0x3405,0x3405},{0x3483,0x3483},{0x382A,0x382A},
  {0x3B4D,0x3B4D},{0x4E00,0x4E00},{0x4E03,0x4E03},{0x4E07,0x4E07},
  {0x4E09,0x4E09},{0x4E5D,0x4E5D},{0x4E8C,0x4E8C},{0x4E94,0x4E94},
  {0x4E96,0x4E96},{0x4EBF,0x4EC0},{0x4EDF,0x4EDF},{0x4EE8,0x4EE8},
  {0x4F0D,0x4F0D},{0x4F70,0x4F70},{0x5104,0x5104},{0x5146,0x5146},
  {0x5169,0x5169},{0x516B,0x516B},{0x516D,0x516D},{0x5341,0x5341},
  {0x5343,0x5345},{0x534C,0x534C},{0x53C1,0x53C4},{0x56DB,0x56DB},
  {0x58F1,0x58F1},{0x58F9,0x58F9},{0x5E7A,0x5E7A},{0x5EFE,0x5EFF},
  {0x5F0C,0x5F0E},{0x5F10,0x5F10},{0x62FE,0x62FE},{0x634C,0x634C},
  {0x67D2,0x67D2},{0x6F06,0x6F06},{0x7396,0x7396},{0x767E,0x767E},
  {0x8086,0x8086},{0x842C,0x842C},{0x8CAE,0x8CAE},{0x8CB3,0x8CB3},
  {0x8D30,0x8D30},{0x9621,0x9621},{0x9646,0x9646},{0x964C,0x964C},
  {0x9678,0x9678},{0x96F6,0x96F6},{0xA6E6,0xA6EF},{0xA830,0xA835},
  {0xF96B,0xF96B},{0xF973,0xF973},{0xF978,0xF978},{0xF9B2,0xF9B2},
  {0xF9D1,0xF9D1},{0xF9D3,0xF9D3},{0xF9FD,0xF9FD},{0x10107,0x10133},
  {0x10140,0x10178},{0x1018A,0x1018B},{0x102E1,0x102FB},{0x10320,0x10323},
  {0x10341,0x10341},{0x1034A,0x1034A},{0x103D1,0x103D5},{0x10858,0x1085F},
  {0x10879,0x1087F},{0x108A7,0x108AF},{0x108FB,0x108FF},{0x10916,0x1091B},
  {0x109BC,0x109BD},{0x109C0,0x109CF},{0x109D2,0x109FF},{0x10A44,0x10A48},
  {0x10A7D,0x10A7E},{0x10A9D,0x10A9F},{0x10AEB,0x10AEF},{0x10B58,0x10B5F},
  {0x10B78,0x10B7F},{0x10BA9,0x10BAF},{0x10CFA,0x10CFF},{0x10E69,0x10E7E},
  {0x10F1D,0x10F26},{0x10F51,0x10F54},{0x10FC5,0x10FCB},{0x1105B,0x11065},
  {0x111E1,0x111F4},{0x1173A,0x1173B},{0x118EA,0x118F2},{0x11C5A,0x11C6C},
  {0x11FC0,0x11FD4},{0x12400,0x1246E},{0x16B5B,0x16B61},{0x16E80,0x16E96},
  {0x1D2E0,0x1D2F3},{0x1D360,0x1D378},{0x1E8C7,0x1E8CF},{0x1EC71,0x1ECAB},
  {0x1ECAD,0x1ECAF},{0x1ECB1,0x1ECB4},{0x1ED01,0x1ED2D},{0x1ED2F,0x1ED3D},
  {0x1F10B,0x1F10C},{0x20001,0x20001},{0x20064,0x20064},{0x200E2,0x200E2},
  {0x20121,0x20121},{0x2092A,0x2092A},{0x20983,0x20983},{0x2098C,0x2098C},
  {0x2099C,0x2099C},{0x20AEA,0x20AEA},{0x20AFD,0x20AFD},{0x20B19,0x20B19},
  {0x22390,0x22390},{0x22998,0x22998},{0x23B1B,0x23B1B},{0x2626D,0x2626D},
  {0x2F890,0x2F890},
};
/* glibc 'alpha' but not Python isalpha(), besides marks and Nd (16 ranges) */
static const uint32_t alpha_not[][2] = {
  {0x16EE,0x16F0},{0x2160,0x2182},{0x2185,0x2188},{0x24B6,0x24E9},
  {0x3007,0x3007},{0x3021,0x3029},{0x3038,0x303A},{0xA6E6,0xA6EF},
  {0x10140,0x10174},{0x10341,0x10341},{0x1034A,0x1034A},{0x103D1,0x103D5},
  {0x12400,0x1246E},{0x1F130,0x1F149},{0x1F150,0x1F169},{0x1F170,0x1F189},
};
/* general category Lt (10 ranges) */
static const uint32_t titlecase[][2] = {
  {0x1C5,0x1C5},{0x1C8,0x1C8},{0x1CB,0x1CB},{0x1F2,0x1F2},{0x1F88,0x1F8F},
  {0x1F98,0x1F9F},{0x1FA8,0x1FAF},{0x1FBC,0x1FBC},{0x1FCC,0x1FCC},
  {0x1FFC,0x1FFC},
};
/* general category Cf (21 ranges) */
static const uint32_t format_cf[][2] = {
  {0xAD,0xAD},{0x600,0x605},{0x61C,0x61C},{0x6DD,0x6DD},{0x70F,0x70F},
  {0x890,0x891},{0x8E2,0x8E2},{0x180E,0x180E},{0x200B,0x200F},{0x202A,0x202E},
  {0x2060,0x2064},{0x2066,0x206F},{0xFEFF,0xFEFF},{0xFFF9,0xFFFB},
  {0x110BD,0x110BD},{0x110CD,0x110CD},{0x13430,0x13438},{0x1BCA0,0x1BCA3},
  {0x1D173,0x1D17A},{0xE0001,0xE0001},{0xE0020,0xE007F},
};
/* general category Nl (12 ranges) */
static const uint32_t letter_nl[][2] = {
  {0x16EE,0x16F0},{0x2160,0x2182},{0x2185,0x2188},{0x3007,0x3007},
  {0x3021,0x3029},{0x3038,0x303A},{0xA6E6,0xA6EF},{0x10140,0x10174},
  {0x10341,0x10341},{0x1034A,0x1034A},{0x103D1,0x103D5},{0x12400,0x1246E},
};
/* one-to-many case mappings (SpecialCasing.txt): code point, upper, title (102) */
static const struct { uint32_t cp; uint16_t up[3], ti[3]; } special_case[] = {
  {0xDF,{0x53,0x53,0x0},{0x53,0x73,0x0}}, {0x149,{0x2BC,0x4E,0x0},{0x2BC,0x4E,0x0}},
  {0x1F0,{0x4A,0x30C,0x0},{0x4A,0x30C,0x0}}, {0x390,{0x399,0x308,0x301},{0x399,0x308,0x301}},
  {0x3B0,{0x3A5,0x308,0x301},{0x3A5,0x308,0x301}}, {0x587,{0x535,0x552,0x0},{0x535,0x582,0x0}},
  {0x1E96,{0x48,0x331,0x0},{0x48,0x331,0x0}}, {0x1E97,{0x54,0x308,0x0},{0x54,0x308,0x0}},
  {0x1E98,{0x57,0x30A,0x0},{0x57,0x30A,0x0}}, {0x1E99,{0x59,0x30A,0x0},{0x59,0x30A,0x0}},
  {0x1E9A,{0x41,0x2BE,0x0},{0x41,0x2BE,0x0}}, {0x1F50,{0x3A5,0x313,0x0},{0x3A5,0x313,0x0}},
  {0x1F52,{0x3A5,0x313,0x300},{0x3A5,0x313,0x300}}, {0x1F54,{0x3A5,0x313,0x301},{0x3A5,0x313,0x301}},
  {0x1F56,{0x3A5,0x313,0x342},{0x3A5,0x313,0x342}}, {0x1F80,{0x1F08,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F81,{0x1F09,0x399,0x0},{0x0,0x0,0x0}}, {0x1F82,{0x1F0A,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F83,{0x1F0B,0x399,0x0},{0x0,0x0,0x0}}, {0x1F84,{0x1F0C,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F85,{0x1F0D,0x399,0x0},{0x0,0x0,0x0}}, {0x1F86,{0x1F0E,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F87,{0x1F0F,0x399,0x0},{0x0,0x0,0x0}}, {0x1F88,{0x1F08,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F89,{0x1F09,0x399,0x0},{0x0,0x0,0x0}}, {0x1F8A,{0x1F0A,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F8B,{0x1F0B,0x399,0x0},{0x0,0x0,0x0}}, {0x1F8C,{0x1F0C,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F8D,{0x1F0D,0x399,0x0},{0x0,0x0,0x0}}, {0x1F8E,{0x1F0E,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F8F,{0x1F0F,0x399,0x0},{0x0,0x0,0x0}}, {0x1F90,{0x1F28,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F91,{0x1F29,0x399,0x0},{0x0,0x0,0x0}}, {0x1F92,{0x1F2A,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F93,{0x1F2B,0x399,0x0},{0x0,0x0,0x0}}, {0x1F94,{0x1F2C,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F95,{0x1F2D,0x399,0x0},{0x0,0x0,0x0}}, {0x1F96,{0x1F2E,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F97,{0x1F2F,0x399,0x0},{0x0,0x0,0x0}}, {0x1F98,{0x1F28,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F99,{0x1F29,0x399,0x0},{0x0,0x0,0x0}}, {0x1F9A,{0x1F2A,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F9B,{0x1F2B,0x399,0x0},{0x0,0x0,0x0}}, {0x1F9C,{0x1F2C,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F9D,{0x1F2D,0x399,0x0},{0x0,0x0,0x0}}, {0x1F9E,{0x1F2E,0x399,0x0},{0x0,0x0,0x0}},
  {0x1F9F,{0x1F2F,0x399,0x0},{0x0,0x0,0x0}}, {0x1FA0,{0x1F68,0x399,0x0},{0x0,0x0,0x0}},
  {0x1FA1,{0x1F69,0x399,0x0},{0x0,0x0,0x0}}, {0x1FA2,{0x1F6A,0x399,0x0},{0x0,0x0,0x0}},
  {0x1FA3,{0x1F6B,0x399,0x0},{0x0,0x0,0x0}}, {0x1FA4,{0x1F6C,0x399,0x0},{0x0,0x0,0x0}},
  {0x1FA5,{0x1F6D,0x399,0x0},{0x0,0x0,0x0}}, {0x1FA6,{0x1F6E,0x399,0x0},{0x0,0x0,0x0}},
  {0x1FA7,{0x1F6F,0x399,0x0},{0x0,0x0,0x0}}, {0x1FA8,{0x1F68,0x399,0x0},{0x0,0x0,0x0}},
  {0x1FA9,{0x1F69,0x399,0x0},{0x0,0x0,0x0}}, {0x1FAA,{0x1F6A,0x399,0x0},{0x0,0x0,0x0}},
  {0x1FAB,{0x1F6B,0x399,0x0},{0x0,0x0,0x0}}, {0x1FAC,{0x1F6C,0x399,0x0},{0x0,0x0,0x0}},
  {0x1FAD,{0x1F6D,0x399,0x0},{0x0,0x0,0x0}}, {0x1FAE,{0x1F6E,0x399,0x0},{0x0,0x0,0x0}},
  {0x1FAF,{0x1F6F,0x399,0x0},{0x0,0x0,0x0}}, {0x1FB2,{0x1FBA,0x399,0x0},{0x1FBA,0x345,0x0}},
  {0x1FB3,{0x391,0x399,0x0},{0x0,0x0,0x0}}, {0x1FB4,{0x386,0x399,0x0},{0x386,0x345,0x0}},
  {0x1FB6,{0x391,0x342,0x0},{0x391,0x342,0x0}}, {0x1FB7,{0x391,0x342,0x399},{0x391,0x342,0x345}},
  {0x1FBC,{0x391,0x399,0x0},{0x0,0x0,0x0}}, {0x1FC2,{0x1FCA,0x399,0x0},{0x1FCA,0x345,0x0}},
  {0x1FC3,{0x397,0x399,0x0},{0x0,0x0,0x0}}, {0x1FC4,{0x389,0x399,0x0},{0x389,0x345,0x0}},
  {0x1FC6,{0x397,0x342,0x0},{0x397,0x342,0x0}}, {0x1FC7,{0x397,0x342,0x399},{0x397,0x342,0x345}},
  {0x1FCC,{0x397,0x399,0x0},{0x0,0x0,0x0}}, {0x1FD2,{0x399,0x308,0x300},{0x399,0x308,0x300}},
  {0x1FD3,{0x399,0x308,0x301},{0x399,0x308,0x301}}, {0x1FD6,{0x399,0x342,0x0},{0x399,0x342,0x0}},
  {0x1FD7,{0x399,0x308,0x342},{0x399,0x308,0x342}}, {0x1FE2,{0x3A5,0x308,0x300},{0x3A5,0x308,0x300}},
  {0x1FE3,{0x3A5,0x308,0x301},{0x3A5,0x308,0x301}}, {0x1FE4,{0x3A1,0x313,0x0},{0x3A1,0x313,0x0}},
  {0x1FE6,{0x3A5,0x342,0x0},{0x3A5,0x342,0x0}}, {0x1FE7,{0x3A5,0x308,0x342},{0x3A5,0x308,0x342}},
  {0x1FF2,{0x1FFA,0x399,0x0},{0x1FFA,0x345,0x0}}, {0x1FF3,{0x3A9,0x399,0x0},{0x0,0x0,0x0}},
  {0x1FF4,{0x38F,0x399,0x0},{0x38F,0x345,0x0}}, {0x1FF6,{0x3A9,0x342,0x0},{0x3A9,0x342,0x0}},
  {0x1FF7,{0x3A9,0x342,0x399},{0x3A9,0x342,0x345}}, {0x1FFC,{0x3A9,0x399,0x0},{0x0,0x0,0x0}},
  {0xFB00,{0x46,0x46,0x0},{0x46,0x66,0x0}}, {0xFB01,{0x46,0x49,0x0},{0x46,0x69,0x0}},
  {0xFB02,{0x46,0x4C,0x0},{0x46,0x6C,0x0}}, {0xFB03,{0x46,0x46,0x49},{0x46,0x66,0x69}},
  {0xFB04,{0x46,0x46,0x4C},{0x46,0x66,0x6C}}, {0xFB05,{0x53,0x54,0x0},{0x53,0x74,0x0}},
  {0xFB06,{0x53,0x54,0x0},{0x53,0x74,0x0}}, {0xFB13,{0x544,0x546,0x0},{0x544,0x576,0x0}},
  {0xFB14,{0x544,0x535,0x0},{0x544,0x565,0x0}}, {0xFB15,{0x544,0x53B,0x0},{0x544,0x56B,0x0}},
  {0xFB16,{0x54E,0x546,0x0},{0x54E,0x576,0x0}}, {0xFB17,{0x544,0x53D,0x0},{0x544,0x56D,0x0}},
};
/* simple case folds that differ from lower() (22) */
static const uint32_t casefold_simple[][2] = {
  {0xB5,0x3BC},{0x17F,0x73},{0x345,0x3B9},{0x3C2,0x3C3},{0x3D0,0x3B2},
  {0x3D1,0x3B8},{0x3D5,0x3C6},{0x3D6,0x3C0},{0x3F0,0x3BA},{0x3F1,0x3C1},
  {0x3F5,0x3B5},{0x1C80,0x432},{0x1C81,0x434},{0x1C82,0x43E},{0x1C83,0x441},
  {0x1C84,0x442},{0x1C85,0x442},{0x1C86,0x44A},{0x1C87,0x463},{0x1C88,0xA64B},
  {0x1E9B,0x1E61},{0x1FBE,0x3B9},
};

#define NELEM(a) (sizeof(a) / sizeof((a)[0]))
#define HIBITS 0x8080808080808080ULL

static int in_ranges(const uint32_t (*r)[2], size_t nr, uint32_t cp)
{
  size_t lo = 0, hi = nr;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (cp < r[mid][0]) hi = mid;
    else if (cp > r[mid][1]) lo = mid + 1;
    else return 1;
  }
  return 0;
}
#define IN_TABLE(t, cp) in_ranges((t), NELEM(t), (cp))

/* ---- UTF-8 ----------------------------------------------------------------- */

size_t ustr_decode(const char *s, size_t n, uint32_t *cp)
{
  const unsigned char *p = (const unsigned char *)s;
  unsigned c;
  if (n == 0) { *cp = 0; return 0; }
  c = p[0];
  if (c < 0x80) { *cp = c; return 1; }
  if (c >= 0xC2 && c <= 0xDF) {
    if (n >= 2 && (p[1] & 0xC0) == 0x80) {
      *cp = ((uint32_t)(c & 0x1F) << 6) | (p[1] & 0x3F);
      return 2;
    }
  } else if (c >= 0xE0 && c <= 0xEF) {
    if (n >= 3 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
      uint32_t v = ((uint32_t)(c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
      if (v >= 0x800) { *cp = v; return 3; }
    }
  } else if (c >= 0xF0 && c <= 0xF4) {
    if (n >= 4 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80) {
      uint32_t v = ((uint32_t)(c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
                   ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
      if (v >= 0x10000 && v <= 0x10FFFF) { *cp = v; return 4; }
    }
  }
  *cp = USTR_RAW_BASE + c;
  return 1;
}

size_t ustr_encode(uint32_t cp, char out[4])
{
  if (cp < 0x80) { out[0] = (char)cp; return 1; }
  if (cp < 0x800) {
    out[0] = (char)(0xC0 | (cp >> 6));
    out[1] = (char)(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = (char)(0xE0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  if (cp <= 0x10FFFF) {
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
  }
  out[0] = (char)(unsigned char)(cp - USTR_RAW_BASE); /* raw byte */
  return 1;
}

int ustr_is_ascii(const char *s, size_t n)
{
  size_t i = 0;
  for (; n - i >= 32; i += 32) {
    uint64_t a, b, c, d;
    memcpy(&a, s + i, 8); memcpy(&b, s + i + 8, 8);
    memcpy(&c, s + i + 16, 8); memcpy(&d, s + i + 24, 8);
    if ((a | b | c | d) & HIBITS) return 0;
  }
  for (; n - i >= 8; i += 8) {
    uint64_t a;
    memcpy(&a, s + i, 8);
    if (a & HIBITS) return 0;
  }
  for (; i < n; i++)
    if ((unsigned char)s[i] >= 0x80) return 0;
  return 1;
}

/* Move forward over at most k code points from byte i of s[0..n); returns how
   many were passed and stores the new byte offset in *pos. */
static size_t advance(const char *s, size_t n, size_t i, size_t k, size_t *pos)
{
  size_t done = 0;
  while (done < k && i < n) {
    uint32_t cp;
    if (k - done >= 8 && n - i >= 8) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (!(w & HIBITS)) { i += 8; done += 8; continue; }
    }
    if ((unsigned char)s[i] < 0x80) { i++; done++; continue; }
    i += ustr_decode(s + i, n - i, &cp);
    done++;
  }
  *pos = i;
  return done;
}

size_t ustr_len(const char *s, size_t n)
{
  size_t pos;
  return advance(s, n, 0, (size_t)-1, &pos);
}

size_t ustr_offset(const char *s, size_t n, size_t cp_index)
{
  size_t pos;
  advance(s, n, 0, cp_index, &pos);
  return pos;
}

size_t ustr_seek_cp(const char *s, size_t n, ustr_pos *at, size_t cp)
{
  if (cp < at->cp / 2) at->byte = at->cp = 0;
  while (at->cp > cp && at->byte > 0) {
    at->byte -= ustr_last_len(s, at->byte);
    at->cp--;
  }
  if (at->cp < cp) {
    size_t pos;
    at->cp += advance(s, n, at->byte, cp - at->cp, &pos);
    at->byte = pos;
  }
  return at->byte;
}

size_t ustr_seek_byte(const char *s, size_t n, ustr_pos *at, size_t byte)
{
  if (byte > n) byte = n;
  if (byte < at->byte / 2) at->byte = at->cp = 0;
  while (at->byte > byte) {
    at->byte -= ustr_last_len(s, at->byte);
    at->cp--;
  }
  if (at->byte < byte) {
    size_t pos;
    at->cp += advance(s, byte, at->byte, (size_t)-1, &pos);
    at->byte = pos;
  }
  return at->cp;
}

/* Decoding backwards agrees with forward decoding: a lead byte always starts
   a code point, so if the bytes from the nearest lead byte (at most 3 back)
   decode to exactly the rest of the string, that is the last code point;
   otherwise the last byte is a raw one. */
size_t ustr_last_len(const char *s, size_t n)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t k;
  uint32_t cp;
  if (n == 0) return 0;
  if (p[n - 1] < 0x80) return 1;
  for (k = 1; k <= 4 && k <= n; k++) {
    unsigned char c = p[n - k];
    if ((c & 0xC0) != 0x80) {
      if (ustr_decode(s + n - k, k, &cp) == k) return k;
      break;
    }
  }
  return 1;
}

/* Valid by this library's definition: no raw bytes. */
static int utf8_valid(const char *s, size_t n)
{
  size_t i = 0;
  while (i < n) {
    uint32_t cp;
    if (n - i >= 8) {
      uint64_t w;
      memcpy(&w, s + i, 8);
      if (!(w & HIBITS)) { i += 8; continue; }
    }
    if ((unsigned char)s[i] < 0x80) { i++; continue; }
    i += ustr_decode(s + i, n - i, &cp);
    if (USTR_IS_RAW(cp)) return 0;
  }
  return 1;
}

/* ---- context ----------------------------------------------------------------- */

struct ustr_ctx {
  locale_t loc;        /* (locale_t)0: ASCII fallback */
  wctrans_t totitle;   /* 0 when the locale has no "totitle" map */
  wctype_t combining;  /* 0 when the locale has no "combining" class */
};

ustr_ctx *ustr_ctx_new(void)
{
  static const char *const names[] = { "C.UTF-8", "C.utf8", "en_US.UTF-8", "en_US.utf8" };
  ustr_ctx *c = calloc(1, sizeof *c);
  size_t i;
  if (!c) return NULL;
  c->loc = (locale_t)0;
  if (WCHAR_MAX < 0x10FFFF) return c; /* wchar_t cannot hold every code point */
  for (i = 0; i < NELEM(names) && !c->loc; i++)
    c->loc = newlocale(LC_CTYPE_MASK, names[i], (locale_t)0);
  /* Make sure wide characters really are Unicode code points. */
  if (c->loc && (towupper_l(0xE9, c->loc) != 0xC9 || towlower_l(0x3A3, c->loc) != 0x3C3)) {
    freelocale(c->loc);
    c->loc = (locale_t)0;
  }
  if (c->loc) {
    c->totitle = wctrans_l("totitle", c->loc);
    c->combining = wctype_l("combining", c->loc);
  }
  return c;
}

void ustr_ctx_free(ustr_ctx *c)
{
  if (!c) return;
  if (c->loc) freelocale(c->loc);
  free(c);
}

int ustr_ctx_has_unicode(const ustr_ctx *c) { return c && c->loc; }

#define HAVE_LOC(c) ((c) && (c)->loc)

/* ---- per code point classes ------------------------------------------------- */

int ustr_cp_isspace(uint32_t cp)
{
  if (cp < 0x80) return (cp >= 9 && cp <= 13) || (cp >= 0x1C && cp <= 0x20);
  return cp == 0x85 || cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000;
}

int ustr_cp_islinebreak(uint32_t cp)
{
  return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 ||
         cp == 0x2028 || cp == 0x2029;
}

int ustr_cp_decimal(uint32_t cp)
{
  size_t lo = 0, hi = NELEM(dec_zero);
  if (cp < 0x80) return cp - '0' < 10 ? (int)(cp - '0') : -1;
  if (cp < 0x660 || cp > 0x1FBF9) return -1;
  while (lo < hi) { /* last zero <= cp */
    size_t mid = lo + (hi - lo) / 2;
    if (dec_zero[mid] <= cp) lo = mid + 1;
    else hi = mid;
  }
  return cp - dec_zero[lo - 1] < 10 ? (int)(cp - dec_zero[lo - 1]) : -1;
}

int ustr_cp_isdigit(uint32_t cp)
{
  return ustr_cp_decimal(cp) >= 0 || (cp >= 0xB2 && IN_TABLE(digit_extra, cp));
}

int ustr_cp_isnumeric(uint32_t cp)
{
  return ustr_cp_isdigit(cp) || (cp >= 0xBC && IN_TABLE(numeric_extra, cp));
}

int ustr_cp_istitle(uint32_t cp)
{
  return cp >= 0x1C5 && cp <= 0x1FFC && IN_TABLE(titlecase, cp);
}

static int is_mark(const ustr_ctx *c, uint32_t cp)
{
  return cp >= 0x300 && HAVE_LOC(c) && c->combining && !USTR_IS_RAW(cp) &&
         iswctype_l((wint_t)cp, c->combining, c->loc);
}

int ustr_cp_isalpha(const ustr_ctx *c, uint32_t cp)
{
  if (cp < 0x80) return (uint32_t)((cp | 32) - 'a') < 26;
  if (!HAVE_LOC(c) || USTR_IS_RAW(cp) || !iswalpha_l((wint_t)cp, c->loc)) return 0;
  /* glibc's alpha class also holds marks, non-ASCII digits and a few Nl/So */
  return !is_mark(c, cp) && ustr_cp_decimal(cp) < 0 && !IN_TABLE(alpha_not, cp);
}

/* Python's Py_UNICODE_ISUPPER/ISLOWER: glibc agrees except that it counts
   the title-case letters (Lt) as both. */
int ustr_cp_isupper(const ustr_ctx *c, uint32_t cp)
{
  if (cp < 0x80) return cp - 'A' < 26;
  return HAVE_LOC(c) && !USTR_IS_RAW(cp) && iswupper_l((wint_t)cp, c->loc) && !ustr_cp_istitle(cp);
}

int ustr_cp_islower(const ustr_ctx *c, uint32_t cp)
{
  if (cp < 0x80) return cp - 'a' < 26;
  return HAVE_LOC(c) && !USTR_IS_RAW(cp) && iswlower_l((wint_t)cp, c->loc) && !ustr_cp_istitle(cp);
}

static int is_cased(const ustr_ctx *c, uint32_t cp)
{
  if (cp < 0x80) return (uint32_t)((cp | 32) - 'a') < 26;
  return HAVE_LOC(c) && !USTR_IS_RAW(cp) &&
         (iswupper_l((wint_t)cp, c->loc) || iswlower_l((wint_t)cp, c->loc));
}

/* Approximation of Unicode's Case_Ignorable (used only for final sigma):
   apostrophes, dots and colons, modifier letters and symbols of Latin and
   Greek, marks and Cf. Misses other Lm/Sk and wrongly includes spacing marks
   (Mc), which the C library does not tell apart from Mn. */
static int case_ignorable(const ustr_ctx *c, uint32_t cp)
{
  switch (cp) {
  case '\'': case '.': case ':': case '^': case '`': case 0xA8: case 0xAD: case 0xAF:
  case 0xB4: case 0xB7: case 0xB8: case 0x374: case 0x375: case 0x37A: case 0x384:
  case 0x385: case 0x387: case 0x55F: case 0x5F4: case 0x1FBD: case 0x1FFD: case 0x1FFE:
  case 0x2018: case 0x2019: case 0x2024: case 0x2027: case 0xFE13: case 0xFE52:
  case 0xFE55: case 0xFF07: case 0xFF0E: case 0xFF1A: case 0xFF3E: case 0xFF40: case 0xFFE3:
    return 1;
  }
  if (cp < 0x2B0) return 0;
  if (cp <= 0x36F) return 1;
  if ((cp >= 0x1FBF && cp <= 0x1FC1) || (cp >= 0x1FCD && cp <= 0x1FCF) ||
      (cp >= 0x1FDD && cp <= 0x1FDF) || (cp >= 0x1FED && cp <= 0x1FEF))
    return 1;
  return IN_TABLE(format_cf, cp) || is_mark(c, cp);
}

int ustr_cp_isprintable(const ustr_ctx *c, uint32_t cp)
{
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  if (cp <= 0xA0 || cp == 0xAD || USTR_IS_RAW(cp)) return 0;
  if (cp >= 0xD800 && cp <= 0xDFFF) return 0;                      /* Cs */
  if (cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
      cp == 0x205F || cp == 0x3000 || cp == 0x2028 || cp == 0x2029)
    return 0;                                                       /* Zs Zl Zp */
  if (IN_TABLE(format_cf, cp)) return 0;                            /* Cf */
  if ((cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000) return 0;     /* Co */
  if ((cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)) return 0;
  if (HAVE_LOC(c)) return iswprint_l((wint_t)cp, c->loc) != 0;       /* Cn */
  return 1;
}

/* XID_Start / XID_Continue from the classes above plus their exceptions
   (checked against Python 3.11 on every code point). */
static int xid_excluded(uint32_t cp) /* letters that NFKC keeps out of identifiers */
{
  return cp == 0x37A || cp == 0x2E2F || (cp >= 0xFC5E && cp <= 0xFC63) || cp == 0xFDFA ||
         cp == 0xFDFB || (cp >= 0xFE70 && cp <= 0xFE7E && !(cp & 1));
}

static int id_start(const ustr_ctx *c, uint32_t cp)
{
  if (cp < 0x80) return cp == '_' || (uint32_t)((cp | 32) - 'a') < 26;
  if (cp == 0x1885 || cp == 0x1886 || cp == 0x2118 || cp == 0x212E) return 1;
  if (xid_excluded(cp) || cp == 0xE33 || cp == 0xEB3 || cp == 0xFF9E || cp == 0xFF9F) return 0;
  return ustr_cp_isalpha(c, cp) || IN_TABLE(letter_nl, cp);
}

static int id_continue(const ustr_ctx *c, uint32_t cp)
{
  if (cp < 0x80) return cp == '_' || cp - '0' < 10 || (uint32_t)((cp | 32) - 'a') < 26;
  if (xid_excluded(cp)) return 0;
  if (id_start(c, cp) || cp == 0xE33 || cp == 0xEB3 || cp == 0xFF9E || cp == 0xFF9F) return 1;
  if (cp == 0x488 || cp == 0x489 || cp == 0x1ABE || (cp >= 0x20DD && cp <= 0x20E4 && cp != 0x20E1) ||
      (cp >= 0xA670 && cp <= 0xA672))
    return 0; /* enclosing marks (Me) */
  if (ustr_cp_decimal(cp) >= 0 || is_mark(c, cp)) return 1;
  return cp == 0xB7 || cp == 0x387 || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19DA ||
         cp == 0x203F || cp == 0x2040 || cp == 0x2054 || cp == 0xFE33 || cp == 0xFE34 ||
         (cp >= 0xFE4D && cp <= 0xFE4F) || cp == 0xFF3F;
}

/* ---- case mapping ------------------------------------------------------------ */

static uint32_t upper1(const ustr_ctx *c, uint32_t cp)
{
  if (cp < 0x80) return cp - 'a' < 26 ? cp - 32 : cp;
  if (!HAVE_LOC(c) || USTR_IS_RAW(cp)) return cp;
  return (uint32_t)towupper_l((wint_t)cp, c->loc);
}

static uint32_t lower1(const ustr_ctx *c, uint32_t cp)
{
  if (cp < 0x80) return cp - 'A' < 26 ? cp + 32 : cp;
  if (!HAVE_LOC(c) || USTR_IS_RAW(cp)) return cp;
  return (uint32_t)towlower_l((wint_t)cp, c->loc);
}

static uint32_t title1(const ustr_ctx *c, uint32_t cp)
{
  if (cp < 0x80 || !HAVE_LOC(c) || !c->totitle || USTR_IS_RAW(cp)) return upper1(c, cp);
  return (uint32_t)towctrans_l((wint_t)cp, c->totitle, c->loc);
}

static int find_special(uint32_t cp)
{
  size_t lo = 0, hi = NELEM(special_case);
  if (cp < 0xDF || cp > 0xFB17) return -1;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (special_case[mid].cp < cp) lo = mid + 1;
    else if (special_case[mid].cp > cp) hi = mid;
    else return (int)mid;
  }
  return -1;
}

static int copy3(const uint16_t *src, uint32_t m[3])
{
  int k = 0;
  while (k < 3 && src[k]) { m[k] = src[k]; k++; }
  return k;
}

static int upper_full(const ustr_ctx *c, uint32_t cp, uint32_t m[3])
{
  int i = find_special(cp);
  if (i >= 0) return copy3(special_case[i].up, m);
  m[0] = upper1(c, cp);
  return 1;
}

static int title_full(const ustr_ctx *c, uint32_t cp, uint32_t m[3])
{
  int i = find_special(cp);
  if (i >= 0 && special_case[i].ti[0]) return copy3(special_case[i].ti, m);
  m[0] = title1(c, cp);
  return 1;
}

/* lower() of cp at byte i of s, whose code point was preceded (past any
   case-ignorable ones) by a cased one when prev_cased: handles final sigma. */
static int lower_full(const ustr_ctx *c, uint32_t cp, const char *s, size_t n, size_t next,
                      int prev_cased, uint32_t m[3])
{
  if (cp == 0x130) { m[0] = 'i'; m[1] = 0x307; return 2; }
  if (cp == 0x3A3) {
    int final = prev_cased;
    while (final && next < n) {
      uint32_t d;
      next += ustr_decode(s + next, n - next, &d);
      if (!case_ignorable(c, d)) { final = !is_cased(c, d); break; }
    }
    m[0] = final ? 0x3C2 : 0x3C3;
    return 1;
  }
  m[0] = lower1(c, cp);
  return 1;
}

static int fold_full(const ustr_ctx *c, uint32_t cp, uint32_t m[3])
{
  size_t lo = 0, hi = NELEM(casefold_simple);
  int i, k;
  if (cp < 0x80) { m[0] = lower1(c, cp); return 1; }
  i = find_special(cp);
  if (i >= 0) {
    k = copy3(special_case[i].up, m);
    for (i = 0; i < k; i++) m[i] = lower1(c, m[i]);
    return k;
  }
  if (cp == 0x1E9E) { m[0] = m[1] = 's'; return 2; }
  if ((cp >= 0x13A0 && cp <= 0x13FD) || (cp >= 0xAB70 && cp <= 0xABBF)) { /* Cherokee */
    m[0] = upper1(c, cp);
    return 1;
  }
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (casefold_simple[mid][0] < cp) lo = mid + 1;
    else if (casefold_simple[mid][0] > cp) hi = mid;
    else { m[0] = casefold_simple[mid][1]; return 1; }
  }
  if (cp == 0x130) { m[0] = 'i'; m[1] = 0x307; return 2; }
  m[0] = lower1(c, cp);
  return 1;
}

enum { C_UPPER, C_LOWER, C_SWAP, C_TITLE, C_CAP, C_FOLD };

static int do_case(const ustr_ctx *c, const char *s, size_t n, int op, PyBuf *out)
{
  size_t i = 0;
  int prev_cased = 0;  /* previous code point was cased (title) */
  int sig_cased = 0;   /* last non-case-ignorable code point was cased (sigma) */
  if (pybuf_reserve(out, n) < 0) return PYFMT_ENOMEM;
  while (i < n) {
    uint32_t cp, m[3];
    int k, j;
    size_t len;
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80 && (op == C_UPPER || op == C_LOWER || op == C_FOLD)) {
      /* ASCII run: converted in place, one byte each */
      size_t run_end = i;
      char *w;
      while (run_end < n && (unsigned char)s[run_end] < 0x80) run_end++;
      if (pybuf_reserve(out, run_end - i) < 0) return PYFMT_ENOMEM;
      w = out->p + out->len;
      for (; i < run_end; i++) {
        unsigned char a = (unsigned char)s[i];
        if (op == C_UPPER) *w++ = (char)((unsigned)(a - 'a') < 26u ? a - 32 : a);
        else *w++ = (char)((unsigned)(a - 'A') < 26u ? a + 32 : a);
        if (!case_ignorable(c, a)) sig_cased = (uint32_t)((a | 32) - 'a') < 26;
      }
      out->len = (size_t)(w - out->p);
      out->p[out->len] = 0;
      continue;
    }
    len = ustr_decode(s + i, n - i, &cp);
    if (USTR_IS_RAW(cp)) {
      if (pybuf_addc(out, (char)b) < 0) return PYFMT_ENOMEM;
      prev_cased = sig_cased = 0;
      i++;
      continue;
    }
    switch (op) {
    case C_UPPER: k = upper_full(c, cp, m); break;
    case C_LOWER: k = lower_full(c, cp, s, n, i + len, sig_cased, m); break;
    case C_FOLD: k = fold_full(c, cp, m); break;
    case C_TITLE:
      k = prev_cased ? lower_full(c, cp, s, n, i + len, sig_cased, m) : title_full(c, cp, m);
      break;
    case C_CAP:
      k = i ? lower_full(c, cp, s, n, i + len, sig_cased, m) : title_full(c, cp, m);
      break;
    default: /* C_SWAP */
      if (ustr_cp_isupper(c, cp)) k = lower_full(c, cp, s, n, i + len, sig_cased, m);
      else if (ustr_cp_islower(c, cp)) k = upper_full(c, cp, m);
      else { m[0] = cp; k = 1; }
      break;
    }
    for (j = 0; j < k; j++) {
      char e[4];
      if (pybuf_add(out, e, ustr_encode(m[j], e)) < 0) return PYFMT_ENOMEM;
    }
    prev_cased = is_cased(c, cp) || ustr_cp_istitle(cp);
    if (!case_ignorable(c, cp)) sig_cased = prev_cased;
    i += len;
  }
  return PYFMT_OK;
}

int ustr_upper(const ustr_ctx *c, const char *s, size_t n, PyBuf *out) { return do_case(c, s, n, C_UPPER, out); }
int ustr_lower(const ustr_ctx *c, const char *s, size_t n, PyBuf *out) { return do_case(c, s, n, C_LOWER, out); }
int ustr_swapcase(const ustr_ctx *c, const char *s, size_t n, PyBuf *out) { return do_case(c, s, n, C_SWAP, out); }
int ustr_title(const ustr_ctx *c, const char *s, size_t n, PyBuf *out) { return do_case(c, s, n, C_TITLE, out); }
int ustr_capitalize(const ustr_ctx *c, const char *s, size_t n, PyBuf *out) { return do_case(c, s, n, C_CAP, out); }
int ustr_casefold(const ustr_ctx *c, const char *s, size_t n, PyBuf *out) { return do_case(c, s, n, C_FOLD, out); }

/* ---- predicates -------------------------------------------------------------- */

enum { P_ALPHA, P_DIGIT, P_DECIMAL, P_NUMERIC, P_ALNUM, P_SPACE, P_PRINTABLE };

static int cp_test(const ustr_ctx *c, uint32_t cp, int what)
{
  switch (what) {
  case P_ALPHA: return ustr_cp_isalpha(c, cp);
  case P_DIGIT: return ustr_cp_isdigit(cp);
  case P_DECIMAL: return ustr_cp_decimal(cp) >= 0;
  case P_NUMERIC: return ustr_cp_isnumeric(cp);
  case P_ALNUM: return ustr_cp_isalpha(c, cp) || ustr_cp_isnumeric(cp);
  case P_SPACE: return ustr_cp_isspace(cp);
  default: return ustr_cp_isprintable(c, cp);
  }
}

/* True when every code point passes (empty: empty_result). */
static int all_cp(const ustr_ctx *c, const char *s, size_t n, int what, int empty_result)
{
  size_t i = 0;
  if (n == 0) return empty_result;
  while (i < n) {
    uint32_t cp;
    i += ustr_decode(s + i, n - i, &cp);
    if (!cp_test(c, cp, what)) return 0;
  }
  return 1;
}

int ustr_isalpha(const ustr_ctx *c, const char *s, size_t n) { return all_cp(c, s, n, P_ALPHA, 0); }
int ustr_isdigit(const char *s, size_t n) { return all_cp(NULL, s, n, P_DIGIT, 0); }
int ustr_isdecimal(const char *s, size_t n) { return all_cp(NULL, s, n, P_DECIMAL, 0); }
int ustr_isnumeric(const char *s, size_t n) { return all_cp(NULL, s, n, P_NUMERIC, 0); }
int ustr_isalnum(const ustr_ctx *c, const char *s, size_t n) { return all_cp(c, s, n, P_ALNUM, 0); }
int ustr_isspace(const char *s, size_t n) { return all_cp(NULL, s, n, P_SPACE, 0); }
int ustr_isprintable(const ustr_ctx *c, const char *s, size_t n) { return all_cp(c, s, n, P_PRINTABLE, 1); }
int ustr_isascii(const char *s, size_t n) { return ustr_is_ascii(s, n); }

/* isupper (want_upper) / islower: some cased code point, none of the other
   case and no title-case one. */
static int case_pred(const ustr_ctx *c, const char *s, size_t n, int want_upper)
{
  size_t i = 0;
  int cased = 0;
  while (i < n) {
    uint32_t cp;
    i += ustr_decode(s + i, n - i, &cp);
    if (ustr_cp_istitle(cp)) return 0;
    if (want_upper ? ustr_cp_islower(c, cp) : ustr_cp_isupper(c, cp)) return 0;
    if (!cased && (want_upper ? ustr_cp_isupper(c, cp) : ustr_cp_islower(c, cp))) cased = 1;
  }
  return cased;
}

int ustr_isupper(const ustr_ctx *c, const char *s, size_t n) { return case_pred(c, s, n, 1); }
int ustr_islower(const ustr_ctx *c, const char *s, size_t n) { return case_pred(c, s, n, 0); }

int ustr_istitle(const ustr_ctx *c, const char *s, size_t n)
{
  size_t i = 0;
  int cased = 0, prev = 0;
  while (i < n) {
    uint32_t cp;
    i += ustr_decode(s + i, n - i, &cp);
    if (ustr_cp_isupper(c, cp) || ustr_cp_istitle(cp)) {
      if (prev) return 0;
      prev = cased = 1;
    } else if (ustr_cp_islower(c, cp)) {
      if (!prev) return 0;
      prev = cased = 1;
    } else {
      prev = 0;
    }
  }
  return cased;
}

int ustr_isidentifier(const ustr_ctx *c, const char *s, size_t n)
{
  size_t i = 0;
  uint32_t cp;
  if (n == 0) return 0;
  i = ustr_decode(s, n, &cp);
  if (!id_start(c, cp)) return 0;
  while (i < n) {
    i += ustr_decode(s + i, n - i, &cp);
    if (!id_continue(c, cp)) return 0;
  }
  return 1;
}

/* ---- searching ---------------------------------------------------------------- */

/* A slice resolved to bytes [b0, b1) and code points [c0, c1); c0 > c1 when
   the start lies past the end. */
typedef struct { size_t b0, b1; int64_t c0, c1; } Slice;

static void resolve(const char *s, size_t n, int64_t start, int64_t end, Slice *sl)
{
  size_t got;
  if (start < 0 || end < 0) {
    int64_t len = (int64_t)ustr_len(s, n);
    if (end < 0) { end += len; if (end < 0) end = 0; }
    if (start < 0) { start += len; if (start < 0) start = 0; }
  }
  got = advance(s, n, 0, (size_t)start, &sl->b0);
  if ((int64_t)got < start) { /* start is past the end */
    sl->c0 = start;
    sl->c1 = end < (int64_t)got ? end : (int64_t)got;
    sl->b1 = sl->b0 = n;
    return;
  }
  sl->c0 = start;
  if (end <= start) { sl->c1 = end; sl->b1 = sl->b0; return; }
  got = advance(s, n, sl->b0, (size_t)(end - start), &sl->b1);
  sl->c1 = start + (int64_t)got;
}

/* Is s[p..q) a whole number of code points when decoding from p? */
static int ends_on_boundary(const char *s, size_t n, size_t p, size_t q)
{
  while (p < q) {
    uint32_t cp;
    p += ustr_decode(s + p, n - p, &cp);
  }
  return p == q;
}

/* First match of sub in s[lo..hi) that starts and ends on code point
   boundaries (lo must be one), or -1. A valid UTF-8 needle can only match on
   boundaries, so memmem is enough; otherwise walk the boundaries. */
static ptrdiff_t search_fwd(const char *s, size_t lo, size_t hi, const char *sub, size_t m,
                            int valid)
{
  if (m > hi - lo) return -1;
  if (valid) {
    const char *h = memmem(s + lo, hi - lo, sub, m);
    return h ? h - s : -1;
  }
  while (lo + m <= hi) {
    uint32_t cp;
    if (memcmp(s + lo, sub, m) == 0 && ends_on_boundary(s, hi, lo, lo + m)) return (ptrdiff_t)lo;
    lo += ustr_decode(s + lo, hi - lo, &cp);
  }
  return -1;
}

/* Last occurrence of a valid needle in h[0..hn): memrchr for one byte, else a
   mirrored Boyer-Moore-Horspool keyed on the window's first byte. */
static ptrdiff_t rsearch_bytes(const unsigned char *h, size_t hn, const unsigned char *nd, size_t m)
{
  size_t skip[256], i, j;
  if (m > hn) return -1;
  if (m == 1) {
    const unsigned char *p = memrchr(h, nd[0], hn);
    return p ? p - h : -1;
  }
  for (i = 0; i < 256; i++) skip[i] = m;
  for (j = m - 1; j >= 1; j--) skip[nd[j]] = j;
  i = hn - m;
  for (;;) {
    if (h[i] == nd[0] && memcmp(h + i + 1, nd + 1, m - 1) == 0) return (ptrdiff_t)i;
    if (i < skip[h[i]]) return -1;
    i -= skip[h[i]];
  }
}

static ptrdiff_t search_rev(const char *s, size_t lo, size_t hi, const char *sub, size_t m,
                            int valid)
{
  ptrdiff_t r, last = -1;
  if (m > hi - lo) return -1;
  if (valid) {
    r = rsearch_bytes((const unsigned char *)s + lo, hi - lo, (const unsigned char *)sub, m);
    return r < 0 ? -1 : r + (ptrdiff_t)lo;
  }
  while ((r = search_fwd(s, lo, hi, sub, m, 0)) >= 0) {
    uint32_t cp;
    last = r;
    lo = (size_t)r + ustr_decode(s + r, hi - (size_t)r, &cp);
  }
  return last;
}

int64_t ustr_find(const char *s, size_t n, const char *sub, size_t m, int64_t start, int64_t end)
{
  Slice sl;
  ptrdiff_t h;
  resolve(s, n, start, end, &sl);
  if (sl.c0 > sl.c1) return -1;
  if (m == 0) return sl.c0;
  h = search_fwd(s, sl.b0, sl.b1, sub, m, utf8_valid(sub, m));
  if (h < 0) return -1;
  return sl.c0 + (int64_t)ustr_len(s + sl.b0, (size_t)h - sl.b0);
}

int64_t ustr_rfind(const char *s, size_t n, const char *sub, size_t m, int64_t start, int64_t end)
{
  Slice sl;
  ptrdiff_t h;
  resolve(s, n, start, end, &sl);
  if (sl.c0 > sl.c1) return -1;
  if (m == 0) return sl.c1;
  h = search_rev(s, sl.b0, sl.b1, sub, m, utf8_valid(sub, m));
  if (h < 0) return -1;
  return sl.c0 + (int64_t)ustr_len(s + sl.b0, (size_t)h - sl.b0);
}

int64_t ustr_count(const char *s, size_t n, const char *sub, size_t m, int64_t start, int64_t end)
{
  Slice sl;
  ptrdiff_t h;
  size_t p;
  int64_t cnt = 0;
  int valid;
  resolve(s, n, start, end, &sl);
  if (sl.c0 > sl.c1) return 0;
  if (m == 0) return sl.c1 - sl.c0 + 1;
  valid = utf8_valid(sub, m);
  for (p = sl.b0; (h = search_fwd(s, p, sl.b1, sub, m, valid)) >= 0; p = (size_t)h + m) cnt++;
  return cnt;
}

int ustr_startswith(const char *s, size_t n, const char *prefix, size_t m, int64_t start, int64_t end)
{
  Slice sl;
  size_t k = ustr_len(prefix, m), e;
  resolve(s, n, start, end, &sl);
  if (sl.c1 - sl.c0 < (int64_t)k) return 0;
  if (m == 0) return 1;
  if (utf8_valid(prefix, m)) return sl.b1 - sl.b0 >= m && memcmp(s + sl.b0, prefix, m) == 0;
  advance(s, n, sl.b0, k, &e);
  return e - sl.b0 == m && memcmp(s + sl.b0, prefix, m) == 0;
}

int ustr_endswith(const char *s, size_t n, const char *suffix, size_t m, int64_t start, int64_t end)
{
  Slice sl;
  size_t k = ustr_len(suffix, m), p;
  resolve(s, n, start, end, &sl);
  if (sl.c1 - sl.c0 < (int64_t)k) return 0;
  if (m == 0) return 1;
  if (utf8_valid(suffix, m)) return sl.b1 - sl.b0 >= m && memcmp(s + sl.b1 - m, suffix, m) == 0;
  advance(s, n, sl.b0, (size_t)(sl.c1 - sl.c0) - k, &p);
  return sl.b1 - p == m && memcmp(s + p, suffix, m) == 0;
}

int ustr_replace(const char *s, size_t n, const char *old, size_t on, const char *new_, size_t nn,
                 int64_t count, PyBuf *out)
{
  size_t p = 0;
  int64_t done = 0;
  ptrdiff_t h;
  int valid;
  if (on == 0) {
    for (;;) {
      uint32_t cp;
      size_t k;
      if (count >= 0 && done >= count) break;
      if (pybuf_add(out, new_, nn) < 0) return PYFMT_ENOMEM;
      done++;
      if (p >= n) break;
      k = ustr_decode(s + p, n - p, &cp);
      if (pybuf_add(out, s + p, k) < 0) return PYFMT_ENOMEM;
      p += k;
    }
    return pybuf_add(out, s + p, n - p) < 0 ? PYFMT_ENOMEM : PYFMT_OK;
  }
  valid = utf8_valid(old, on);
  while ((count < 0 || done < count) && (h = search_fwd(s, p, n, old, on, valid)) >= 0) {
    if (pybuf_add(out, s + p, (size_t)h - p) < 0 || pybuf_add(out, new_, nn) < 0)
      return PYFMT_ENOMEM;
    p = (size_t)h + on;
    done++;
  }
  return pybuf_add(out, s + p, n - p) < 0 ? PYFMT_ENOMEM : PYFMT_OK;
}

/* ---- splitting ---------------------------------------------------------------- */

int ustr_splitlines(const char *s, size_t n, int keepends, ustr_piece_fn fn, void *ud)
{
  const unsigned char *p = (const unsigned char *)s;
  size_t i = 0, j = 0;
  while (i < n) {
    size_t eol, brk = 0;
    int r;
    while (i < n) {
      unsigned char b = p[i];
      if ((b >= 0x0A && b <= 0x0D) || (b >= 0x1C && b <= 0x1E)) {
        brk = (b == '\r' && i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
        break;
      }
      if (b == 0xC2 && i + 1 < n && p[i + 1] == 0x85) { brk = 2; break; }
      if (b == 0xE2 && i + 2 < n && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9)) {
        brk = 3;
        break;
      }
      i++;
    }
    eol = i;
    i += brk;
    if (keepends) eol = i;
    if ((r = fn(ud, s + j, eol - j)) != 0) return r;
    j = i;
  }
  return 0;
}

/* Is there a whitespace code point at byte i? Stores its length. */
static int space_at(const char *s, size_t n, size_t i, size_t *len)
{
  uint32_t cp;
  unsigned char b = (unsigned char)s[i];
  if (b < 0x80) { *len = 1; return ustr_cp_isspace(b); }
  *len = ustr_decode(s + i, n - i, &cp);
  return ustr_cp_isspace(cp);
}

static int space_before(const char *s, size_t i, size_t *len)
{
  uint32_t cp;
  *len = ustr_last_len(s, i);
  ustr_decode(s + i - *len, *len, &cp);
  return ustr_cp_isspace(cp);
}

int ustr_split_whitespace(const char *s, size_t n, int64_t maxsplit, ustr_piece_fn fn, void *ud)
{
  size_t i = 0, j, k;
  int r;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  while (maxsplit-- > 0) {
    while (i < n && space_at(s, n, i, &k)) i += k;
    if (i == n) break;
    j = i;
    while (i < n && !space_at(s, n, i, &k)) i += k;
    if ((r = fn(ud, s + j, i - j)) != 0) return r;
  }
  if (i < n) {
    while (i < n && space_at(s, n, i, &k)) i += k;
    if (i < n && (r = fn(ud, s + i, n - i)) != 0) return r;
  }
  return 0;
}

int ustr_rsplit_whitespace(const char *s, size_t n, int64_t maxsplit, ustr_piece_fn fn, void *ud)
{
  size_t i = n, j, k;
  int r;
  if (maxsplit < 0) maxsplit = INT64_MAX;
  while (maxsplit-- > 0) {
    while (i > 0 && space_before(s, i, &k)) i -= k;
    if (i == 0) break;
    j = i;
    while (i > 0 && !space_before(s, i, &k)) i -= k;
    if ((r = fn(ud, s + i, j - i)) != 0) return r;
  }
  if (i > 0) {
    while (i > 0 && space_before(s, i, &k)) i -= k;
    if (i > 0 && (r = fn(ud, s, i)) != 0) return r;
  }
  return 0;
}

int ustr_split(const char *s, size_t n, const char *sep, size_t m, int64_t maxsplit,
               ustr_piece_fn fn, void *ud)
{
  size_t p = 0;
  ptrdiff_t h;
  int r, valid;
  if (m == 0) return 0;
  valid = utf8_valid(sep, m);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  while (maxsplit-- > 0 && (h = search_fwd(s, p, n, sep, m, valid)) >= 0) {
    if ((r = fn(ud, s + p, (size_t)h - p)) != 0) return r;
    p = (size_t)h + m;
  }
  return fn(ud, s + p, n - p);
}

int ustr_rsplit(const char *s, size_t n, const char *sep, size_t m, int64_t maxsplit,
                ustr_piece_fn fn, void *ud)
{
  size_t q = n;
  ptrdiff_t h;
  int r, valid;
  if (m == 0) return 0;
  valid = utf8_valid(sep, m);
  if (maxsplit < 0) maxsplit = INT64_MAX;
  while (maxsplit-- > 0 && (h = search_rev(s, 0, q, sep, m, valid)) >= 0) {
    if ((r = fn(ud, s + h + m, q - ((size_t)h + m))) != 0) return r;
    q = (size_t)h;
  }
  return fn(ud, s, q);
}

/* ---- whitespace, padding -------------------------------------------------------- */

/* Is cp one of the code points of chars (NULL: whitespace)? */
static int in_set(uint32_t cp, const char *chars, size_t cn)
{
  size_t i = 0;
  if (!chars) return ustr_cp_isspace(cp);
  while (i < cn) {
    uint32_t d;
    i += ustr_decode(chars + i, cn - i, &d);
    if (d == cp) return 1;
  }
  return 0;
}

void ustr_strip(const char *s, size_t n, const char *chars, size_t cn, int which,
                size_t *off, size_t *len)
{
  size_t i = 0, j = n;
  if (which & USTR_LEFT) {
    while (i < n) {
      uint32_t cp;
      size_t k = ustr_decode(s + i, n - i, &cp);
      if (!in_set(cp, chars, cn)) break;
      i += k;
    }
  }
  if (which & USTR_RIGHT) {
    while (j > i) {
      uint32_t cp;
      size_t k = ustr_last_len(s, j);
      ustr_decode(s + j - k, k, &cp);
      if (!in_set(cp, chars, cn)) break;
      j -= k;
    }
  }
  *off = i;
  *len = j - i;
}

int ustr_expandtabs(const char *s, size_t n, int64_t tabsize, PyBuf *out)
{
  size_t i = 0;
  int64_t col = 0;
  if (pybuf_reserve(out, n) < 0) return PYFMT_ENOMEM;
  while (i < n) {
    uint32_t cp;
    size_t k = ustr_decode(s + i, n - i, &cp);
    if (cp == '\t') {
      if (tabsize > 0) {
        int64_t incr = tabsize - col % tabsize;
        col += incr;
        if (pybuf_addrep(out, " ", 1, (size_t)incr) < 0) return PYFMT_ENOMEM;
      }
    } else {
      col++;
      if (pybuf_add(out, s + i, k) < 0) return PYFMT_ENOMEM;
      if (cp == '\n' || cp == '\r') col = 0;
    }
    i += k;
  }
  return PYFMT_OK;
}

int ustr_justify(const char *s, size_t n, int64_t width, const char *fill, size_t fn,
                 int which, PyBuf *out)
{
  int64_t len = (int64_t)ustr_len(s, n), marg, left;
  if (width <= len) return pybuf_add(out, s, n) < 0 ? PYFMT_ENOMEM : PYFMT_OK;
  marg = width - len;
  if (which == USTR_LEFT) left = 0;
  else if (which == USTR_RIGHT) left = marg;
  else left = marg / 2 + (marg & width & 1);
  if (pybuf_addrep(out, fill, fn, (size_t)left) < 0 || pybuf_add(out, s, n) < 0 ||
      pybuf_addrep(out, fill, fn, (size_t)(marg - left)) < 0)
    return PYFMT_ENOMEM;
  return PYFMT_OK;
}

int ustr_zfill(const char *s, size_t n, int64_t width, PyBuf *out)
{
  int64_t len = (int64_t)ustr_len(s, n);
  size_t skip = 0;
  if (width <= len) return pybuf_add(out, s, n) < 0 ? PYFMT_ENOMEM : PYFMT_OK;
  if (n > 0 && (s[0] == '+' || s[0] == '-')) {
    if (pybuf_addc(out, s[0]) < 0) return PYFMT_ENOMEM;
    skip = 1;
  }
  if (pybuf_addrep(out, "0", 1, (size_t)(width - len)) < 0 ||
      pybuf_add(out, s + skip, n - skip) < 0)
    return PYFMT_ENOMEM;
  return PYFMT_OK;
}

