// Per-document ids of normalised token forms (see post_word_ids.h): an open-addressing table
// over the forms seen so far, each slot holding the upper half of the form's hash (which
// settles most probes without comparing strings) and its id; and each chunk's name words.
// A form of the vocabulary is hashed and compared by its vocabulary id (Token::word: equal
// forms have equal ids, and a form with an id never equals one without), so its text is not
// read again; other forms by their text.
#include "entities/post_word_ids.h"

#include "entities/post_first_equal.h"

namespace claimsift::entities {

void WordIds::reset(const Doc& d) {
  d_ = &d;
  // Only the tokens given an id are cleared (few: name words), not the whole table.
  for (const uint32_t i : asked_) of_token_[i] = -1;
  asked_.clear();
  if (of_token_.size() < d.tokens.size()) of_token_.resize(d.tokens.size(), -1);
  example_.clear();
  slots_.clear();
}

uint64_t WordIds::hash_of(uint32_t i) const {
  const Token& t = d_->tokens[i];
  if (t.word < 0) return FirstEqual::hash(d_->norm(t));
  uint64_t h = (static_cast<uint64_t>(t.word) + 1) * 0x9E3779B97F4A7C15ull;
  return h ^ (h >> 29);
}

bool WordIds::same_form(uint32_t i, uint32_t j) const {
  const Token& a = d_->tokens[i];
  const Token& b = d_->tokens[j];
  if (a.word >= 0 || b.word >= 0) return a.word == b.word;
  return d_->norm(a) == d_->norm(b);
}

uint32_t WordIds::assign(uint32_t i) {
  if ((example_.size() + 1) * 2 > slots_.size()) grow();
  const uint64_t hash = hash_of(i);
  const uint64_t tag = hash & 0xFFFFFFFF00000000ull;
  const size_t mask = slots_.size() - 1;
  for (size_t p = hash & mask;; p = (p + 1) & mask) {
    const uint64_t slot = slots_[p];
    if (slot == 0) {
      const uint32_t id = static_cast<uint32_t>(example_.size());
      slots_[p] = tag | (id + 1);
      example_.push_back(i);
      of_token_[i] = static_cast<int32_t>(id);
      asked_.push_back(i);
      return id;
    }
    if ((slot & 0xFFFFFFFF00000000ull) == tag) {
      const uint32_t id = static_cast<uint32_t>(slot) - 1;
      if (same_form(example_[id], i)) {
        of_token_[i] = static_cast<int32_t>(id);
        asked_.push_back(i);
        return id;
      }
    }
  }
}

void WordIds::grow() {
  if (slots_.empty()) {
    // First sized by the document (a name word every few tokens), in the storage kept from
    // the document before, then doubled.
    size_t first = 64;
    while (first < d_->tokens.size() / 4) first *= 2;
    slots_.assign(first, 0);
    return;
  }
  std::vector<uint64_t> old = std::move(slots_);
  slots_.assign(old.size() * 2, 0);
  const size_t mask = slots_.size() - 1;
  for (uint64_t slot : old) {
    if (slot == 0) continue;
    const uint32_t id = static_cast<uint32_t>(slot) - 1;
    const uint64_t hash = hash_of(example_[id]);
    size_t p = hash & mask;
    while (slots_[p] != 0) p = (p + 1) & mask;
    slots_[p] = slot;
  }
}

void NameWords::fill(const Chunk& c, Entry* e) {
  e->begin = static_cast<uint32_t>(flat_.size());
  nick_scratch_.clear();
  bool quoted = false;
  for (uint32_t k = c.tb; k < c.te; ++k) {
    if (d_->tokens[k].kind != TokenKind::kWord) {  // a word is never a quote mark
      if (is_quote(*d_, k)) quoted = !quoted;
      continue;
    }
    (quoted ? nick_scratch_ : flat_).push_back(ids_.of(k));
  }
  e->words = static_cast<uint32_t>(flat_.size()) - e->begin;
  e->nicknames = static_cast<uint32_t>(nick_scratch_.size());
  flat_.insert(flat_.end(), nick_scratch_.begin(), nick_scratch_.end());
}

}  // namespace claimsift::entities
