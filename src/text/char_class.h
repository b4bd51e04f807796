// Character classes for the tokenizer and the sentence splitter: what a code point is (letter,
// digit, mark, gap, quote, dash, ...) with an ASCII table as the fast path and ICU's general
// category only for non-ASCII code points. Not a Unicode database: only the distinctions the
// text stage needs.
//
// Tested by tests/tokenizer_test.cc (through the tokenizer) and tests/doc_invariants_test.cc.
#ifndef CLAIMSIFT_TEXT_CHAR_CLASS_H_
#define CLAIMSIFT_TEXT_CHAR_CLASS_H_

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

// The first code point of s (0 when empty).
inline char32_t first_code_point(std::string_view s) {
  if (s.empty()) return 0;
  size_t i = 0;
  return next_code_point(s, i);
}

}  // namespace claimsift::text

#endif  // CLAIMSIFT_TEXT_CHAR_CLASS_H_
