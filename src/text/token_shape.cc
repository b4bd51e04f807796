// Token shape flags. See token_shape.h.
// Tested by tests/tokenizer_test.cc (TokenFlags).
#include "text/token_shape.h"

#include <array>

#include "claimsift/utf8.h"
#include "text/char_class.h"

namespace claimsift::text {

namespace {

constexpr uint8_t ascii_shape(int c) {
  if (c >= '0' && c <= '9') return 1;
  if (c >= 'A' && c <= 'Z') return 2;
  if (c >= 'a' && c <= 'z') return 4;
  if (c == '.') return 8;
  if (c == '-') return 16;
  return 0;
}

constexpr auto kAsciiShape = [] {
  std::array<uint8_t, 128> table{};
  for (int c = 0; c < 128; ++c) table[c] = ascii_shape(c);
  return table;
}();

}  // namespace

uint16_t token_shape(std::string_view surface, TokenKind kind, bool* ascii_out) {
  uint16_t flags = 0;
  const size_t end = surface.size();
  bool upper = false, lower = false, first_letter_seen = false, first_upper = false;
  bool ascii = true;
  const bool wordish = kind == TokenKind::kWord || kind == TokenKind::kNumber ||
                       kind == TokenKind::kHandle || kind == TokenKind::kHashtag ||
                       kind == TokenKind::kClitic;
  size_t k = 0;
  // ASCII prefix by a shape table: digit 1, upper 2, lower 4, period 8, hyphen 16.
  {
    unsigned mask = 0;
    while (k < end && static_cast<unsigned char>(surface[k]) < 0x80) {
      const unsigned m = kAsciiShape[static_cast<unsigned char>(surface[k])];
      if (!first_letter_seen && (m & 6)) {
        first_letter_seen = true;
        first_upper = (m & 2) != 0;
      }
      if ((m & 16) && k + 1 == end) {  // a final hyphen is not inside the word
        ++k;
        continue;
      }
      mask |= m;
      ++k;
    }
    if (mask & 1) flags |= kHasDigit;
    upper = (mask & 2) != 0;
    lower = (mask & 4) != 0;
    if (wordish && (mask & 8)) flags |= kHasPeriod;
    if (wordish && (mask & 16)) flags |= kHasHyphen;
  }
  while (k < end) {
    const unsigned char b = static_cast<unsigned char>(surface[k]);
    char32_t c;
    CharKind ck;
    if (b < 0x80) {
      c = b;
      ck = kAsciiKind[b];
      ++k;
    } else {
      ascii = false;
      c = next_code_point(surface, k);
      ck = classify_non_ascii(c);
    }
    if (ck == CharKind::kDigit) {
      flags |= kHasDigit;
    } else if (ck == CharKind::kUpper || ck == CharKind::kLower) {
      const bool u = ck == CharKind::kUpper;
      if (!first_letter_seen) first_upper = u;
      first_letter_seen = true;
      upper |= u;
      lower |= !u;
    } else if (ck == CharKind::kLetter) {
      first_letter_seen = true;
    } else if (wordish && c == '.') {
      flags |= kHasPeriod;
    } else if (wordish && is_joining_hyphen(c) && k < end) {
      flags |= kHasHyphen;
    }
  }
  if (upper || lower) {
    if (first_upper && lower) flags |= kTitleCase;
    if (upper && !lower) flags |= kAllUpper;
    if (lower && !upper) flags |= kAllLower;
  }
  *ascii_out = ascii;
  return flags;
}

}  // namespace claimsift::text
