// The tokens where each entity pass's walk over the document may find something, one bit per
// token, built in one walk by the driver (entity_recognizer.cc) for every pass.
//
// Four passes look for rare candidates among the tokens of every sentence. Testing a few fields
// of every token, in each of four walks, was most of their cost: instead one walk builds a set
// per pass, and each pass walks its set 64 tokens at a time, testing its own conditions on the
// tokens the set gives (the set holds at least every token those tests let through):
//   kWorks     find_works: a capitalised word, the token after one, a work_before phrase start
//   kNames     find_name_chunks: a capitalised word, an outlet, named event or particle start
//   kHeads     find_epithets_and_ages: a role noun's start, a token with a digit (numbers and
//              "27-year-old"s)
//   kCapitals  decide_places_and_orgs' repeats: a capitalised word
// A pass whose lists have no list bit (a set with user lists) gets every token.
// Tested by tests/entity_scan_starts_test.cc.
#ifndef CLAIMSIFT_SRC_ENTITIES_SCAN_STARTS_H_
#define CLAIMSIFT_SRC_ENTITIES_SCAN_STARTS_H_

#include <bit>
#include <cstdint>
#include <vector>

#include "claimsift/doc.h"

namespace claimsift::entities {

struct EntityLexicons;

class ScanStarts {
 public:
  enum Pass { kWorks, kNames, kHeads, kCapitals, kPassCount };

  // The sets of `d`'s tokens (the previous document's are dropped, their storage kept).
  void build(const Doc& d, const EntityLexicons& lx);
  // The first token of the pass's set at or after i, which must be at most the number of
  // tokens; when there is none, a value at least the number of tokens.
  uint32_t next(Pass pass, uint32_t i) const {
    // (No bound test: the sentinel words after the last, every bit set, stop the search.)
    size_t w = i >> 6;
    uint64_t bits = words_[w * kPassCount + pass] & (~uint64_t{0} << (i & 63));
    while (bits == 0) bits = words_[++w * kPassCount + pass];
    return static_cast<uint32_t>((w << 6) + static_cast<size_t>(std::countr_zero(bits)));
  }

 private:
  // The passes' words of each 64 tokens side by side: words_[w * kPassCount + pass], bit
  // i & 63 of word w = i >> 6 for token i; no bit past the last token, then one sentinel word
  // per pass with every bit set.
  std::vector<uint64_t> words_;
};

}  // namespace claimsift::entities

#endif  // CLAIMSIFT_SRC_ENTITIES_SCAN_STARTS_H_
