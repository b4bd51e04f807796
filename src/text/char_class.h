// Character classes for the tokenizer and the sentence splitter: what a code point is (letter,
// digit, mark, gap, quote, dash, ...) with an ASCII table as the fast path and ICU's general
// category only for non-ASCII code points. Not a Unicode database: only the distinctions the
// text stage needs.
//
// Tested by tests/tokenizer_test.cc (through the tokenizer), tests/doc_invariants_test.cc and
// tests/text_fast_paths_test.cc (the eight-byte classes).
#ifndef CLAIMSIFT_TEXT_CHAR_CLASS_H_
#define CLAIMSIFT_TEXT_CHAR_CLASS_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>

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

// The ASCII digits, upper-case and lower-case letters among eight bytes, as masks.
struct AsciiClasses {
  uint64_t digit = 0;
  uint64_t upper = 0;
  uint64_t lower = 0;
  uint64_t alnum() const { return digit | upper | lower; }
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
  // Setting bit 5 maps A-Z onto a-z and nothing else into a-z; bit 5 moved to bit 7 tells them
  // apart.
  const uint64_t letter = bytes_in(h | 0x2020202020202020ull, 'a', 'z') & ascii;
  AsciiClasses k;
  k.digit = bytes_in(h, '0', '9') & ascii;
  k.upper = letter & ~(x << 2);
  k.lower = letter & (x << 2);
  return k;
}

// Whether the first byte marked in `marks` (non-zero) is also marked in `subset`.
inline bool first_byte_in(uint64_t marks, uint64_t subset) {
  return (subset & marks & (0 - marks)) != 0;
}

// All bits of the first `n` bytes of a word (n <= 8; 8 and more: all bytes).
inline uint64_t first_bytes(size_t n) { return n >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * n)) - 1; }


// The first code point of s (0 when empty).
inline char32_t first_code_point(std::string_view s) {
  if (s.empty()) return 0;
  size_t i = 0;
  return next_code_point(s, i);
}

}  // namespace claimsift::text

#endif  // CLAIMSIFT_TEXT_CHAR_CLASS_H_
