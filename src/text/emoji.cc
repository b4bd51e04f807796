// Emoji sequence scanner. See emoji.h.
// Tested by tests/tokenizer_test.cc.
#include "text/emoji.h"

#include <unicode/uchar.h>

#include "claimsift/utf8.h"

namespace claimsift::text {

namespace {

constexpr char32_t kZwj = 0x200D;
constexpr char32_t kVs15 = 0xFE0E;
constexpr char32_t kVs16 = 0xFE0F;
constexpr char32_t kKeycap = 0x20E3;
constexpr char32_t kCancelTag = 0xE007F;

bool is_pictographic(char32_t c) {
  return c >= 0x80 && u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EXTENDED_PICTOGRAPHIC);
}
bool is_regional_indicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }
bool is_skin_tone(char32_t c) { return c >= 0x1F3FB && c <= 0x1F3FF; }
bool is_tag(char32_t c) { return c >= 0xE0020 && c <= 0xE007E; }
bool is_keycap_base(char32_t c) { return (c >= '0' && c <= '9') || c == '#' || c == '*'; }

char32_t peek(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  return next_code_point(s, i);
}

// One element (no ZWJ): returns its end, or i when there is none. Sets *presentation when the
// element is drawn as an emoji by default or asks for it (VS16, skin tone, keycap, flag).
size_t scan_element(std::string_view s, size_t i, bool* presentation) {
  size_t j = i;
  const char32_t c = next_code_point(s, j);
  if (is_keycap_base(c)) {
    size_t k = j;
    char32_t d = peek(s, k);
    if (d == kVs16) {
      next_code_point(s, k);
      d = peek(s, k);
    }
    if (d != kKeycap) return i;
    next_code_point(s, k);
    *presentation = true;
    return k;
  }
  if (is_regional_indicator(c)) {
    *presentation = true;
    size_t k = j;
    if (is_regional_indicator(peek(s, k))) next_code_point(s, k);
    return k;
  }
  if (is_skin_tone(c)) {  // a lone modifier
    *presentation = true;
    return j;
  }
  if (!is_pictographic(c)) return i;
  if (c >= 0x1F000 || u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_EMOJI_PRESENTATION)) {
    *presentation = true;
  }
  size_t k = j;
  char32_t d = peek(s, k);
  if (d == kVs16 || d == kVs15) {
    if (d == kVs16) *presentation = true;
    next_code_point(s, k);
    d = peek(s, k);
  }
  if (is_skin_tone(d)) {
    *presentation = true;
    next_code_point(s, k);
    d = peek(s, k);
  }
  if (d == kKeycap) {
    next_code_point(s, k);
    d = peek(s, k);
  }
  if (is_tag(d)) {  // subdivision flags: 🏴 + tag letters + cancel tag
    size_t t = k;
    while (t < s.size() && t - i < 256 && is_tag(peek(s, t))) next_code_point(s, t);
    if (peek(s, t) == kCancelTag) {
      next_code_point(s, t);
      k = t;
    }
  }
  return k;
}

}  // namespace

EmojiScan scan_emoji(std::string_view text, size_t i, size_t limit) {
  EmojiScan r;
  bool presentation = false;
  size_t end = scan_element(text, i, &presentation);
  if (end == i) return r;
  // ZWJ sequences: element (ZWJ element)*.
  while (end < text.size() && end - i < limit && peek(text, end) == kZwj) {
    size_t k = end;
    next_code_point(text, k);
    if (k >= text.size()) break;
    bool p = false;
    const size_t next = scan_element(text, k, &p);
    if (next == k || next - i > limit) break;
    presentation = true;
    end = next;
  }
  r.end = end;
  r.emoji = presentation;
  return r;
}

}  // namespace claimsift::text
