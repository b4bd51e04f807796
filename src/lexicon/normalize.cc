// Normalised forms for lexicon keys and tokens. See include/claimsift/normalize.h.
// Tested by tests/lexicon_test.cc (Normalize) and tests/tokenizer_test.cc (TokenNorm).
#include "claimsift/normalize.h"

#include <unicode/uchar.h>

#include "claimsift/utf8.h"

namespace claimsift {

namespace {

// Folds one code point; returns 0 to drop it.
inline char32_t fold(char32_t c) {
  switch (c) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
      return '\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
      return '"';
    default:
      break;
  }
  if (is_invisible(c) || c == 0xAD) return 0;  // zero-width characters, soft hyphen
  if (is_space(c)) return ' ';
  return static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
}

}  // namespace

void append_normalized(std::string_view in, std::string* out) {
  const size_t start = out->size();
  bool pending_space = false;
  size_t i = 0;
  while (i < in.size()) {
    const unsigned char b = static_cast<unsigned char>(in[i]);
    char32_t c;
    if (b < 0x80) {
      ++i;
      c = (b >= 'A' && b <= 'Z') ? b + 32 : b;
      if (c == ' ' || (c >= 0x09 && c <= 0x0D)) c = ' ';
    } else {
      c = fold(next_code_point(in, i));
      if (c == 0) continue;
    }
    if (c == ' ') {
      pending_space = out->size() > start;
      continue;
    }
    if (pending_space) {
      out->push_back(' ');
      pending_space = false;
    }
    if (c < 0x80) {
      out->push_back(static_cast<char>(c));
    } else {
      append_utf8(c, out);
    }
  }
}

}  // namespace claimsift
