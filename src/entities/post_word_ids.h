// Per-document ids of normalised token forms, for the people passes (clustering.cc): two tokens
// get the same id exactly when their normalised forms are equal, so the passes index and
// compare name words by a small integer instead of hashing the strings again in every pass.
// An id is given the first time a token is asked for and kept for the document.
// Tested by tests/post_word_ids_test.cc.
#ifndef CLAIMSIFT_SRC_ENTITIES_POST_WORD_IDS_H_
#define CLAIMSIFT_SRC_ENTITIES_POST_WORD_IDS_H_

#include <cstdint>
#include <vector>

#include "claimsift/doc.h"

namespace claimsift::entities {

class WordIds {
 public:
  explicit WordIds(const Doc& d) : d_(d), of_token_(d.tokens.size(), -1) {}
  WordIds(const WordIds&) = delete;
  WordIds& operator=(const WordIds&) = delete;

  // The id of token `i`'s normalised form, in [0, size()).
  uint32_t of(uint32_t i) {
    const int32_t known = of_token_[i];
    return known >= 0 ? static_cast<uint32_t>(known) : assign(i);
  }
  // How many distinct forms have an id so far (ids are dense: 0, 1, 2, ...).
  uint32_t size() const { return static_cast<uint32_t>(example_.size()); }

 private:
  uint32_t assign(uint32_t i);
  void grow();

  const Doc& d_;
  std::vector<int32_t> of_token_;  // token -> id, -1 before it is asked for
  std::vector<uint32_t> example_;  // id -> a token with that form
  std::vector<uint64_t> slots_;    // open addressing: upper 32 bits of the hash | id + 1 (0: empty)
};

}  // namespace claimsift::entities

#endif  // CLAIMSIFT_SRC_ENTITIES_POST_WORD_IDS_H_
