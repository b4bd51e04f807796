// Per-document ids of normalised token forms, for the people passes (clustering.cc): two tokens
// get the same id exactly when their normalised forms are equal, so the passes index and
// compare name words by a small integer instead of hashing the strings again in every pass.
// An id is given the first time a token is asked for and kept for the document. NameWords
// keeps each chunk's name words as such ids, found once for all the passes.
// Tested by tests/post_word_ids_test.cc.
#ifndef CLAIMSIFT_SRC_ENTITIES_POST_WORD_IDS_H_
#define CLAIMSIFT_SRC_ENTITIES_POST_WORD_IDS_H_

#include <cstdint>
#include <span>
#include <vector>

#include "claimsift/doc.h"
#include "entities/entity_internal.h"

namespace claimsift::entities {

class WordIds {
 public:
  explicit WordIds(const Doc& d) { reset(d); }
  WordIds() = default;  // reset() before use
  WordIds(const WordIds&) = delete;
  WordIds& operator=(const WordIds&) = delete;
  // Starts over for document `d`: no token has an id; the storage is kept.
  void reset(const Doc& d);

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
  // Token i's form's hash, and whether tokens i and j have the same form.
  uint64_t hash_of(uint32_t i) const;
  bool same_form(uint32_t i, uint32_t j) const;

  const Doc* d_ = nullptr;
  std::vector<int32_t> of_token_;  // token -> id, -1 before it is asked for (may be longer
                                   // than the document: the entries past it are all -1)
  std::vector<uint32_t> asked_;    // the tokens given an id, whose entries reset() clears
  std::vector<uint32_t> example_;  // id -> a token with that form
  std::vector<uint64_t> slots_;    // open addressing: upper 32 bits of the hash | id + 1 (0: empty)
};

// The name words of each chunk as word ids: its words outside quotes (particles included) and
// the quoted ones (nicknames: Oskar "Ozzy" Lindqvist), found on the first request and kept, as
// every people pass asks again. A chunk's tokens must not change once it has been asked for
// (the people passes retype chunks and append new ones, never move them).
class NameWords {
 public:
  explicit NameWords(const Doc& d) { reset(d); }
  NameWords() = default;  // reset() before use
  NameWords(const NameWords&) = delete;
  NameWords& operator=(const NameWords&) = delete;
  // Starts over for document `d` (no chunk asked for yet), keeping the storage: one NameWords
  // can serve document after document.
  void reset(const Doc& d) {
    d_ = &d;
    ids_.reset(d);
    of_chunk_.clear();
    flat_.clear();
  }

  // Chunk `ci` of `chunks`: its words outside quotes, and its quoted words.
  std::span<const uint32_t> words(const std::vector<Chunk>& chunks, uint32_t ci) {
    const Entry& e = entry(chunks, ci);
    return {flat_.data() + e.begin, e.words};
  }
  std::span<const uint32_t> nicknames(const std::vector<Chunk>& chunks, uint32_t ci) {
    const Entry& e = entry(chunks, ci);
    return {flat_.data() + e.begin + e.words, e.nicknames};
  }
  WordIds& ids() { return ids_; }

 private:
  struct Entry {
    uint32_t begin = UINT32_MAX;  // in flat_ (UINT32_MAX: not found yet)
    uint32_t words = 0;
    uint32_t nicknames = 0;
  };
  const Entry& entry(const std::vector<Chunk>& chunks, uint32_t ci) {
    if (ci >= of_chunk_.size()) of_chunk_.resize(chunks.size());
    Entry& e = of_chunk_[ci];
    if (e.begin == UINT32_MAX) fill(chunks[ci], &e);
    return e;
  }
  void fill(const Chunk& c, Entry* e);

  const Doc* d_ = nullptr;
  WordIds ids_;
  std::vector<Entry> of_chunk_;
  std::vector<uint32_t> flat_;  // each chunk's words, then its nicknames
  std::vector<uint32_t> nick_scratch_;
};

}  // namespace claimsift::entities

#endif  // CLAIMSIFT_SRC_ENTITIES_POST_WORD_IDS_H_
