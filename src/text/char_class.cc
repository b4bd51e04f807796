// Character classes: the ASCII table and the ICU look-up for the rest. See char_class.h.
// Tested by tests/tokenizer_test.cc and tests/doc_invariants_test.cc.
#include "text/char_class.h"

#include <unicode/uchar.h>

namespace claimsift::text {

const CharKind kAsciiKind[128] = {
#define K(n) ascii_kind(n)
#define K8(n) K(n), K(n + 1), K(n + 2), K(n + 3), K(n + 4), K(n + 5), K(n + 6), K(n + 7)
    K8(0),  K8(8),  K8(16), K8(24), K8(32), K8(40), K8(48),  K8(56),
    K8(64), K8(72), K8(80), K8(88), K8(96), K8(104), K8(112), K8(120),
#undef K8
#undef K
};

CharKind classify_non_ascii(char32_t c) {
  if (is_space(c)) return CharKind::kGap;
  // Variation selectors are invisible on their own; the tokenizer attaches them to the
  // character before when there is one (emoji presentation, ❤️).
  if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)) return CharKind::kGap;
  if (c == 0xAD) return CharKind::kMark;  // soft hyphen: invisible joiner inside a word
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_UPPERCASE_LETTER:
    case U_TITLECASE_LETTER:
      return CharKind::kUpper;
    case U_LOWERCASE_LETTER:
      return CharKind::kLower;
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
      return CharKind::kLetter;
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_COMBINING_SPACING_MARK:
      return CharKind::kMark;
    case U_DECIMAL_DIGIT_NUMBER:
      return CharKind::kDigit;
    case U_CONNECTOR_PUNCTUATION:
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
      return CharKind::kPunct;
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
      return CharKind::kSymbol;
    case U_CONTROL_CHAR:
    case U_FORMAT_CHAR:  // zero-width space/joiners, BOM, bidi controls, tags
    case U_LINE_SEPARATOR:
    case U_PARAGRAPH_SEPARATOR:
    case U_SPACE_SEPARATOR:
      return CharKind::kGap;
    default:
      return CharKind::kOther;
  }
}

}  // namespace claimsift::text
