// Abbreviation kinds and shapes. See abbreviations.h.
// Tested by tests/tokenizer_test.cc and tests/sentences_test.cc.
#include "text/abbreviations.h"

#include "text/char_class.h"

namespace claimsift::text {

AbbrevKind Abbreviations::listed(std::string_view key) const {
  const int e = list_->find(key);
  if (e < 0) return AbbrevKind::kNone;
  const std::string_view kind = list_->field(e, 0);
  if (kind == "title") return AbbrevKind::kTitle;
  if (kind == "number") return AbbrevKind::kNumber;
  return AbbrevKind::kAny;
}

bool has_abbreviation_shape(std::string_view word) {
  if (word.empty()) return false;
  // Fast rejection of the common case, a plain ASCII word of five bytes or more: one group of
  // more than four letters (or a non-letter) has no abbreviation shape.
  if (word.size() > 4) {
    bool plain = true;
    for (const char c : word) plain &= static_cast<unsigned char>(c) < 0x80 && c != '.';
    if (plain) return false;
  }
  // Walk code points: count letters per period-separated group.
  size_t letters = 0, groups = 1, group_letters = 0, max_group = 0;
  bool cased = false, lower = false, vowel = false, doubled = false, ascii = true;
  char32_t prev = 0;
  for (size_t i = 0; i < word.size();) {
    const char32_t c = next_code_point(word, i);
    if (c == '.') {
      if (group_letters == 0) return false;
      ++groups;
      max_group = group_letters > max_group ? group_letters : max_group;
      group_letters = 0;
      prev = 0;
      continue;
    }
    const CharKind k = classify(c);
    if (k == CharKind::kMark) continue;
    if (!is_letter_kind(k)) return false;
    if (c >= 0x80) ascii = false;
    ++letters;
    ++group_letters;
    cased |= k == CharKind::kUpper || k == CharKind::kLower;
    lower |= k == CharKind::kLower;
    const char32_t f = c | 0x20;
    constexpr uint32_t kVowels = 1u << ('a' - 'a') | 1u << ('e' - 'a') | 1u << ('i' - 'a') |
                                 1u << ('o' - 'a') | 1u << ('u' - 'a') | 1u << ('y' - 'a');
    if (f >= 'a' && f <= 'z') vowel |= ((kVowels >> (f - 'a')) & 1) != 0;  // ASCII letters only
    doubled |= (c | 0x20) == (prev | 0x20);
    prev = c;
  }
  if (group_letters == 0) return false;
  max_group = group_letters > max_group ? group_letters : max_group;
  if (groups > 1) return max_group <= 3 && cased;   // U.S, p.m, Ph.D, e.g
  if (letters == 1) return cased;                    // J, p
  return ascii && lower && !vowel && !doubled && letters <= 4;  // Blvd, Jr, Pkwy
}

bool has_short_plain_abbreviation_shape(std::string_view word) {
  if (word.empty()) return false;
  bool lower = false, vowel = false, doubled = false;
  char prev = 0;
  for (const char c : word) {
    const char f = static_cast<char>(c | 0x20);  // lower-cased letter
    if (f < 'a' || f > 'z') return false;        // a digit
    lower |= c == f;
    constexpr uint32_t kVowels = 1u << ('a' - 'a') | 1u << ('e' - 'a') | 1u << ('i' - 'a') |
                                 1u << ('o' - 'a') | 1u << ('u' - 'a') | 1u << ('y' - 'a');
    vowel |= ((kVowels >> (f - 'a')) & 1) != 0;
    doubled |= f == prev;
    prev = f;
  }
  return word.size() == 1 || (lower && !vowel && !doubled);
}

}  // namespace claimsift::text
