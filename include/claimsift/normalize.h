// The normalised form of a word or phrase: the key every lexicon look-up uses.
//
// normalize(s) = case-folded (ICU simple case folding; ASCII fast path), curly quotes and
// apostrophes folded to ' and ", non-breaking and other Unicode spaces folded to ' ', runs of
// whitespace collapsed to one space, leading and trailing whitespace dropped, zero-width
// characters (U+200B, U+2060, U+FEFF) and the soft hyphen (U+00AD) dropped. Dashes and all
// other characters are kept.
//
// The lexicon compiler normalises entries with this function and the tokenizer normalises
// tokens with it, so "Us Weekly", "US WEEKLY" and "us  weekly" are one key; "Cruise’s" and
// "Cruise's" too.
//
// Tested by tests/lexicon_test.cc (Normalize) and tests/tokenizer_test.cc (TokenNorm).
#ifndef CLAIMSIFT_NORMALIZE_H_
#define CLAIMSIFT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace claimsift {

// Appends the normalised form of valid UTF-8 `in` to `out`. Allocation-free when `out` has room.
void append_normalized(std::string_view in, std::string* out);

inline std::string normalize(std::string_view in) {
  std::string out;
  append_normalized(in, &out);
  return out;
}

}  // namespace claimsift

#endif  // CLAIMSIFT_NORMALIZE_H_
