// Lexicon look-ups and the set of all lexicons. See include/claimsift/lexicon.h.
// Tested by tests/lexicon_test.cc.
#include "claimsift/lexicon.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <unordered_map>

#include "claimsift/lexicon_file.h"
#include "claimsift/normalize.h"

namespace claimsift {

static_assert(std::endian::native == std::endian::little,
              "the generated vocabulary holds forms as little-endian words");

Lexicon::Lexicon(std::string_view name, const LexiconEntry* entries, size_t entry_count,
                 const LexiconKey* keys, size_t key_count, const uint64_t* slots,
                 size_t slot_count, int id, const uint64_t* filter, size_t filter_count)
    : name_(name),
      entries_(entries),
      entry_count_(entry_count),
      keys_(keys),
      key_count_(key_count),
      slots_(slots),
      slot_mask_(slot_count == 0 ? 0 : slot_count - 1),
      id_(id),
      filter_(filter_count == 0 ? nullptr : filter),
      filter_mask_(filter_count == 0 ? 0 : filter_count - 1) {}

namespace {

// The open-addressing tables of lists and vocabularies (slots as lexicon_slot() writes them).
// The index whose key `is_key` accepts, or SIZE_MAX; `mask` is the table size minus one.
template <typename IsKey>
size_t probe(const uint64_t* slots, size_t mask, uint64_t hash, IsKey is_key) {
  size_t i = static_cast<size_t>(hash) & mask;
  while (true) {
    const uint64_t slot = slots[i];
    if (slot == 0) return SIZE_MAX;
    if (lexicon_slot_matches(slot, hash) && is_key(lexicon_slot_index(slot))) {
      return lexicon_slot_index(slot);
    }
    i = (i + 1) & mask;
  }
}

// A table of at least twice `count` slots holding indexes 0..count-1.
template <typename KeyAt>
std::vector<uint64_t> build_slots(size_t count, KeyAt key_at) {
  size_t size = 16;
  while (size < count * 2) size *= 2;
  std::vector<uint64_t> slots(size, 0);
  for (size_t k = 0; k < count; ++k) {
    const uint64_t hash = lexicon_hash(key_at(k));
    size_t i = static_cast<size_t>(hash) & (size - 1);
    while (slots[i] != 0) i = (i + 1) & (size - 1);
    slots[i] = lexicon_slot(hash, k);
  }
  return slots;
}

// The Bloom filter of a list's keys (Lexicon::may_have), about 12 bits per key; none (empty)
// for a list where no key continues, which a phrase matcher never extends into.
std::vector<uint64_t> build_filter(const std::vector<LexiconKey>& keys) {
  const bool any_continues =
      std::any_of(keys.begin(), keys.end(), [](const LexiconKey& k) { return k.continues; });
  if (!any_continues) return {};
  const size_t words = std::bit_ceil(std::max<size_t>(1, keys.size() * 12 / 64));
  std::vector<uint64_t> filter(words, 0);
  for (const LexiconKey& k : keys) {
    const uint64_t hash = lexicon_hash(k.key);
    filter[Lexicon::filter_word(hash) & (words - 1)] |= Lexicon::filter_bits(hash);
  }
  return filter;
}

}  // namespace

const LexiconKey* Lexicon::find_key(std::string_view key, uint64_t hash) const {
  if (key_count_ == 0) return nullptr;
  const size_t k = probe(slots_, slot_mask_, hash, [&](size_t i) { return keys_[i].key == key; });
  return k == SIZE_MAX ? nullptr : &keys_[k];
}

std::string_view Lexicon::field(int i, int column) const {
  std::string_view v = entries_[i].value;
  for (int c = 0; c < column; ++c) {
    const size_t tab = v.find('\t');
    if (tab == std::string_view::npos) return {};
    v.remove_prefix(tab + 1);
  }
  return v.substr(0, v.find('\t'));
}

std::unique_ptr<Lexicon> Lexicon::build(
    std::string_view name, const std::vector<std::pair<std::string, std::string>>& rows) {
  auto lex = std::make_unique<Lexicon>();
  lex->name_ = std::string(name);
  // Entries: later duplicates replace earlier values.
  std::unordered_map<std::string, size_t> entry_of_key;
  std::vector<std::string> entry_keys;
  for (const auto& [surface, value] : rows) {
    std::string key = normalize(surface);
    if (key.empty()) continue;
    lex->owned_text_.push_back(surface);
    std::string_view s = lex->owned_text_.back();
    lex->owned_text_.push_back(value);
    std::string_view v = lex->owned_text_.back();
    auto it = entry_of_key.find(key);
    if (it != entry_of_key.end()) {
      lex->owned_entries_[it->second] = LexiconEntry{s, v};
      continue;
    }
    entry_of_key.emplace(key, lex->owned_entries_.size());
    lex->owned_entries_.push_back(LexiconEntry{s, v});
    entry_keys.push_back(std::move(key));
  }
  // Keys: entries, then prefix-only keys.
  std::unordered_map<std::string_view, size_t> key_index;
  for (size_t e = 0; e < entry_keys.size(); ++e) {
    lex->owned_text_.push_back(entry_keys[e]);
    std::string_view k = lex->owned_text_.back();
    key_index.emplace(k, lex->owned_keys_.size());
    lex->owned_keys_.push_back(LexiconKey{k, static_cast<int32_t>(e), false});
  }
  for (size_t e = 0; e < entry_keys.size(); ++e) {
    const std::string_view full = lex->owned_keys_[e].key;
    for (std::string_view prefix : token_prefixes(full)) {
      auto it = key_index.find(prefix);
      if (it != key_index.end()) {
        lex->owned_keys_[it->second].continues = true;
        continue;
      }
      key_index.emplace(prefix, lex->owned_keys_.size());
      lex->owned_keys_.push_back(LexiconKey{prefix, -1, true});
    }
  }
  lex->owned_slots_ = build_slots(lex->owned_keys_.size(),
                                  [&](size_t k) { return lex->owned_keys_[k].key; });
  lex->entries_ = lex->owned_entries_.data();
  lex->entry_count_ = lex->owned_entries_.size();
  lex->keys_ = lex->owned_keys_.data();
  lex->key_count_ = lex->owned_keys_.size();
  lex->slots_ = lex->owned_slots_.data();
  lex->slot_mask_ = lex->owned_slots_.size() - 1;
  lex->owned_filter_ = build_filter(lex->owned_keys_);
  if (!lex->owned_filter_.empty()) {
    lex->filter_ = lex->owned_filter_.data();
    lex->filter_mask_ = lex->owned_filter_.size() - 1;
  }
  return lex;
}

LexiconVocabulary::LexiconVocabulary(const VocabularyWord* words, const WordRecord* records,
                                     size_t word_count, const uint32_t* key_index,
                                     size_t key_index_count, const uint32_t* displacements,
                                     size_t bucket_count, const Lexicon* const* lists,
                                     size_t list_count)
    : words_(words),
      records_(records),
      word_count_(word_count),
      key_index_(key_index),
      key_index_count_(key_index_count),
      displacements_(displacements),
      bucket_count_(bucket_count),
      lists_(lists),
      list_count_(list_count) {}

uint64_t LexiconVocabulary::next_serial() {
  static std::atomic<uint64_t> serial{0};
  return ++serial;
}

int32_t LexiconVocabulary::find_long(std::string_view key) const {
  if (word_count_ == 0) return -1;
  const uint32_t i = slot_of(vocabulary_long_hash(key));
  const WordRecord& r = records_[i];
  uint64_t w[2];
  vocabulary_form_words(key, w);
  // The record's first 16 bytes settle most mismatches without reading the key.
  if (r.size != key.size() || r.form[0] != w[0] || r.form[1] != w[1]) return -1;
  return words_[i].key == key ? static_cast<int32_t>(i) : -1;
}

namespace {

uint64_t word_hash(std::string_view key) {
  if (key.size() > 16) return vocabulary_long_hash(key);
  uint64_t w[2];
  vocabulary_form_words(key, w);
  return vocabulary_hash(w[0], w[1]);
}

// A minimal perfect hash of `hashes` (all distinct): the displacement of each of `bucket_count`
// buckets such that LexiconVocabulary::slot_in sends the n hashes to n distinct slots. Buckets
// are placed largest first, each with the first of the displacements vocabulary_mix(0),
// vocabulary_mix(1), ... that lands all its hashes on free slots (as PTHash does). Returns the
// slot of each hash, or nothing when two hashes of one bucket have the same low half (they
// would never part: the caller tries another bucket count).
std::vector<uint32_t> place_words(const std::vector<uint64_t>& hashes, size_t bucket_count,
                                  std::vector<uint32_t>* displacements) {
  const size_t n = hashes.size();
  std::vector<std::vector<uint32_t>> members(bucket_count);
  for (size_t w = 0; w < n; ++w) {
    members[LexiconVocabulary::bucket_in(hashes[w], bucket_count)].push_back(
        static_cast<uint32_t>(w));
  }
  std::vector<uint32_t> lows;
  for (const std::vector<uint32_t>& bucket : members) {
    lows.clear();
    for (uint32_t w : bucket) lows.push_back(static_cast<uint32_t>(hashes[w]));
    std::sort(lows.begin(), lows.end());
    if (std::adjacent_find(lows.begin(), lows.end()) != lows.end()) return {};
  }
  std::vector<uint32_t> order(bucket_count);
  for (size_t b = 0; b < bucket_count; ++b) order[b] = static_cast<uint32_t>(b);
  std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return members[a].size() > members[b].size();
  });
  displacements->assign(bucket_count, 0);
  std::vector<uint32_t> slot_of_word(n, 0);
  std::vector<char> taken(n, 0);
  std::vector<uint32_t> slots;
  for (uint32_t b : order) {
    if (members[b].empty()) break;
    for (uint64_t attempt = 0;; ++attempt) {
      const uint32_t d = static_cast<uint32_t>(vocabulary_mix(attempt));
      slots.clear();
      bool fits = true;
      for (uint32_t w : members[b]) {
        const uint32_t s = LexiconVocabulary::slot_in(hashes[w], d, n);
        if (taken[s] || std::find(slots.begin(), slots.end(), s) != slots.end()) {
          fits = false;
          break;
        }
        slots.push_back(s);
      }
      if (!fits) continue;
      for (size_t k = 0; k < slots.size(); ++k) {
        taken[slots[k]] = 1;
        slot_of_word[members[b][k]] = slots[k];
      }
      (*displacements)[b] = d;
      break;
    }
  }
  return slot_of_word;
}

}  // namespace

std::unique_ptr<LexiconVocabulary> LexiconVocabulary::build(std::vector<const Lexicon*> lists) {
  auto v = std::make_unique<LexiconVocabulary>();
  if (lists.size() > static_cast<size_t>(kMaxLists)) lists.resize(kMaxLists);
  // Word -> (list id, key index) pairs; ids are visited in increasing order, so each word's
  // pairs come out sorted by id, as key() ranks them.
  std::unordered_map<std::string_view, size_t> word_of_key;
  std::vector<std::string_view> keys;
  std::vector<std::vector<std::pair<int, uint32_t>>> keys_of_word;
  for (size_t id = 0; id < lists.size(); ++id) {
    const Lexicon* lex = lists[id];
    if (lex == nullptr) continue;
    for (size_t k = 0; k < lex->key_count(); ++k) {
      const std::string_view key = lex->key_at(k).key;
      if (key.find(' ') != std::string_view::npos) continue;
      auto [it, added] = word_of_key.emplace(key, keys_of_word.size());
      if (added) {
        keys_of_word.emplace_back();
        keys.push_back(key);
      }
      keys_of_word[it->second].emplace_back(static_cast<int>(id), static_cast<uint32_t>(k));
    }
  }
  // Word ids are the slots of the perfect hash. Two keys with one 64-bit hash could never be
  // told apart (and would never be placed): checked, though it is unlikely (n^2 / 2^65).
  const size_t n = keys.size();
  std::vector<uint64_t> hashes(n);
  for (size_t w = 0; w < n; ++w) hashes[w] = word_hash(keys[w]);
  std::vector<uint64_t> sorted = hashes;
  std::sort(sorted.begin(), sorted.end());
  if (std::adjacent_find(sorted.begin(), sorted.end()) != sorted.end()) {
    std::fputs("claimsift: two vocabulary words share a 64-bit hash\n", stderr);
    std::abort();
  }
  std::vector<uint32_t> slot;
  for (size_t buckets = std::max<size_t>(1, (n + 4) / 5); n > 0 && slot.empty(); ++buckets) {
    slot = place_words(hashes, buckets, &v->owned_displacements_);
  }
  v->owned_words_.resize(n);
  v->owned_records_.resize(n);
  for (size_t w = 0; w < n; ++w) {
    VocabularyWord& word = v->owned_words_[slot[w]];
    WordRecord& record = v->owned_records_[slot[w]];
    word = VocabularyWord{keys[w], {0, 0}, static_cast<uint32_t>(v->owned_key_index_.size())};
    record = WordRecord{};
    vocabulary_form_words(keys[w], record.form);
    record.size = static_cast<uint32_t>(keys[w].size());
    record.first = word.first;
    int rank = 0;
    for (const auto& [id, k] : keys_of_word[w]) {
      const LexiconKey& key = lists[id]->key_at(k);
      word.lists[id / 64] |= uint64_t{1} << (id % 64);
      if (id < 64 && key.entry >= 0) record.entries |= uint64_t{1} << id;
      if (id < 64 && key.continues) record.continues |= uint64_t{1} << id;
      if (rank < WordRecord::kInlineKeys) record.keys[rank] = k;
      ++rank;
      v->owned_key_index_.push_back(k);
    }
    record.lists = word.lists[0];
  }
  v->owned_lists_ = std::move(lists);
  v->words_ = v->owned_words_.data();
  v->records_ = v->owned_records_.data();
  v->word_count_ = n;
  v->key_index_ = v->owned_key_index_.data();
  v->key_index_count_ = v->owned_key_index_.size();
  v->displacements_ = v->owned_displacements_.data();
  v->bucket_count_ = v->owned_displacements_.size();
  v->lists_ = v->owned_lists_.data();
  v->list_count_ = v->owned_lists_.size();
  return v;
}

}  // namespace claimsift
