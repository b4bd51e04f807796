// Character classes for the tokenizer and the sentence splitter: what a code point is (letter,
// digit, mark, gap, quote, dash, ...) with an ASCII table as the fast path and ICU's general
// category only for non-ASCII code points. Not a Unicode database: only the distinctions the
// text stage needs.
//
// Tested by tests/tokenizer_test.cc (through the tokenizer), tests/doc_invariants_test.cc and
// tests/text_fast_paths_test.cc (the eight- and sixteen-byte classes).
#ifndef CLAIMSIFT_TEXT_CHAR_CLASS_H_
#define CLAIMSIFT_TEXT_CHAR_CLASS_H_

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "claimsift/utf8.h"

namespace claimsift::text {

// What a code point is, for tokenizing.
enum class CharKind : uint8_t {
  kGap,     // whitespace or an invisible format/control character: never inside a token
  kUpper,   // upper- or title-case letter
  kLower,   // lower-case letter
  kLetter,  // caseless letter (CJK, Arabic, ...), or a letter-like number (², ½)
  kMark,    // combining mark: belongs to the character before it
  kDigit,   // decimal digit
  kPunct,   // punctuation
  kSymbol,  // math, currency, modifier and other symbols
  kOther,   // private use, unassigned
};

// The kind of an ASCII character (c < 0x80); kAsciiKind holds it by character.
constexpr CharKind ascii_kind(int c) {
  if (c == ' ' || (c >= 0x09 && c <= 0x0D)) return CharKind::kGap;
  if (c < 0x20 || c == 0x7F) return CharKind::kGap;  // other control characters: invisible
  if (c >= 'A' && c <= 'Z') return CharKind::kUpper;
  if (c >= 'a' && c <= 'z') return CharKind::kLower;
  if (c >= '0' && c <= '9') return CharKind::kDigit;
  switch (c) {
    case '$': case '+': case '<': case '=': case '>': case '^': case '|': case '~':
      return CharKind::kSymbol;
    default:
      return CharKind::kPunct;
  }
}

// The kind of a non-ASCII code point (ICU look-up).
CharKind classify_non_ascii(char32_t c);

// Lookup table for ASCII.
extern const CharKind kAsciiKind[128];

inline CharKind classify(char32_t c) {
  return c < 0x80 ? kAsciiKind[c] : classify_non_ascii(c);
}

inline bool is_word_char(CharKind k) {
  return k == CharKind::kUpper || k == CharKind::kLower || k == CharKind::kLetter ||
         k == CharKind::kMark || k == CharKind::kDigit;
}
inline bool is_letter_kind(CharKind k) {
  return k == CharKind::kUpper || k == CharKind::kLower || k == CharKind::kLetter;
}
inline bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

// Apostrophes: ' ’ ʼ (U+02BC).
inline bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }
// Hyphens that join words: - ‐ ‑ (not dashes).
inline bool is_joining_hyphen(char32_t c) { return c == '-' || c == 0x2010 || c == 0x2011; }
// Dashes that stand alone: ‒ – — ―.
inline bool is_dash(char32_t c) { return c >= 0x2012 && c <= 0x2015; }
// Line breaks (CR, LF, VT, FF, NEL, LS, PS).
inline bool is_line_break_char(char32_t c) { return is_line_break(c); }
// Soft hyphen: invisible inside a word, kept in the token, dropped by normalize().
inline bool is_soft_hyphen(char32_t c) { return c == 0xAD; }

// Opening and closing quotation marks and brackets. Straight quotes (" ') are both; which one
// they are depends on the context (see sentences.cc).
inline bool is_quote(char32_t c) {
  return c == '"' || c == '\'' || (c >= 0x2018 && c <= 0x201F) || c == 0xAB || c == 0xBB ||
         c == 0x2039 || c == 0x203A || c == 0x300C || c == 0x300D;
}
inline bool is_opening_quote(char32_t c) {
  return c == 0x201C || c == 0x2018 || c == 0x201E || c == 0x201A || c == 0xAB || c == 0x2039 ||
         c == 0x300C;
}
inline bool is_closing_quote(char32_t c) {
  return c == 0x201D || c == 0x2019 || c == 0xBB || c == 0x203A || c == 0x300D;
}
inline bool is_opening_bracket(char32_t c) { return c == '(' || c == '[' || c == '{'; }
inline bool is_closing_bracket(char32_t c) { return c == ')' || c == ']' || c == '}'; }

// List bullets: • ‣ ⁃ ◦ ▪ ● ∙.
inline bool is_bullet(char32_t c) {
  return c == 0x2022 || c == 0x2023 || c == 0x2043 || c == 0x25E6 || c == 0x25AA ||
         c == 0x25CF || c == 0x2219;
}

// Eight bytes at once, for the word scanner's fast path. Byte k of a 64-bit word is the k-th byte
// in memory (a little-endian load), and a mask marks byte k by its high bit (bit 8k + 7).
static_assert(std::endian::native == std::endian::little,
              "the eight-byte scans number bytes from the low end");

constexpr uint64_t kByteOnes = 0x0101010101010101ull;
constexpr uint64_t kByteHighs = 0x8080808080808080ull;

// The ASCII digits and letters among eight bytes, as masks; a letter is upper- or lower-case by
// its bit 5 (`case_bits` holds bit 5 of every byte, moved to bit 7).
struct AsciiClasses {
  uint64_t digit = 0;
  uint64_t letter = 0;
  uint64_t case_bits = 0;
  uint64_t alnum() const { return digit | letter; }
  uint64_t upper() const { return letter & ~case_bits; }
  uint64_t lower() const { return letter & case_bits; }
};

// High bit of each byte of h (bytes below 0x80): that byte is in [lo, hi]. No carry crosses
// bytes.
inline uint64_t bytes_in(uint64_t h, uint64_t lo, uint64_t hi) {
  return (h + (0x80 - lo) * kByteOnes) & ~(h + (0x7F - hi) * kByteOnes) & kByteHighs;
}

// The classes of the eight bytes of x (bytes of 0x80 and above are in no class).
inline AsciiClasses ascii_classes(uint64_t x) {
  const uint64_t ascii = ~x & kByteHighs;
  const uint64_t h = x & ~kByteHighs;
  AsciiClasses k;
  k.digit = bytes_in(h, '0', '9') & ascii;
  // Setting bit 5 maps A-Z onto a-z and nothing else into a-z.
  k.letter = bytes_in(h | 0x2020202020202020ull, 'a', 'z') & ascii;
  k.case_bits = (x << 2) & kByteHighs;
  return k;
}

// All bits of the first `n` bytes (n <= 16) of sixteen held as two eight-byte words (bytes 0-7
// in w[0]). A table, so that cutting a form of any length out of sixteen bytes is two loads and
// two ANDs instead of a branch and shifts per word.
struct FirstBytes16 {
  uint64_t w[2];
};
inline constexpr std::array<FirstBytes16, 17> kFirstBytes16 = [] {
  std::array<FirstBytes16, 17> table{};
  for (size_t n = 0; n <= 16; ++n) {
    for (size_t b = 0; b < n; ++b) table[n].w[b / 8] |= uint64_t{0xFF} << (8 * (b % 8));
  }
  return table;
}();
inline const FirstBytes16& first_bytes16(size_t n) { return kFirstBytes16[n]; }


// One bit per byte (bit k: byte k) from a mask of the high bits of eight bytes.
inline uint32_t byte_bits(uint64_t high_bits) {
  return static_cast<uint32_t>(((high_bits >> 7) * 0x0102040810204080ull) >> 56);
}

// The classes of sixteen bytes, one bit per byte (bit k: byte k): ASCII digits, ASCII letters,
// and bit 5 of every byte (which tells a lower-case letter from an upper-case one); and the
// sixteen bytes with every ASCII letter made lower-case.
struct Classes16 {
  uint32_t digit = 0;
  uint32_t letter = 0;
  uint32_t bit5 = 0;
  uint64_t lowered[2] = {0, 0};
};

// Classes16 of the sixteen bytes at s (all readable), from two eight-byte words.
inline Classes16 classify16_portable(const char* s) {
  Classes16 k;
  for (int half = 0; half < 2; ++half) {
    uint64_t x;
    std::memcpy(&x, s + 8 * half, 8);
    const AsciiClasses c = ascii_classes(x);
    k.digit |= byte_bits(c.digit) << (8 * half);
    k.letter |= byte_bits(c.letter) << (8 * half);
    k.bit5 |= byte_bits(c.case_bits) << (8 * half);
    k.lowered[half] = x | (c.letter >> 2);
  }
  return k;
}

// The same with SSE2 (every x86-64): a compare per class, a movemask per mask.
inline Classes16 classify16(const char* s) {
#if defined(__SSE2__)
  Classes16 k;
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  // Signed compares: bytes of 0x80 and above are negative, below every bound.
  const __m128i folded = _mm_or_si128(v, _mm_set1_epi8(0x20));
  const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                       _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
  const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                      _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
  k.digit = static_cast<uint32_t>(_mm_movemask_epi8(digit));
  k.letter = static_cast<uint32_t>(_mm_movemask_epi8(letter));
  k.bit5 = static_cast<uint32_t>(_mm_movemask_epi8(_mm_slli_epi16(v, 2)));  // bit 5 -> bit 7
  const __m128i lowered = _mm_or_si128(v, _mm_and_si128(letter, _mm_set1_epi8(0x20)));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(k.lowered), lowered);
  return k;
#else
  return classify16_portable(s);
#endif
}

// The first code point of s (0 when empty).
inline char32_t first_code_point(std::string_view s) {
  if (s.empty()) return 0;
  size_t i = 0;
  return next_code_point(s, i);
}

}  // namespace claimsift::text

#endif  // CLAIMSIFT_TEXT_CHAR_CLASS_H_
