// Lexicon look-ups and the set of all lexicons. See include/claimsift/lexicon.h.
// Tested by tests/lexicon_test.cc.
#include "claimsift/lexicon.h"

#include <atomic>
#include <cstring>
#include <unordered_map>

#include "claimsift/lexicon_file.h"
#include "claimsift/normalize.h"

namespace claimsift {

Lexicon::Lexicon(std::string_view name, const LexiconEntry* entries, size_t entry_count,
                 const LexiconKey* keys, size_t key_count, const uint64_t* slots,
                 size_t slot_count, int id)
    : name_(name),
      entries_(entries),
      entry_count_(entry_count),
      keys_(keys),
      key_count_(key_count),
      slots_(slots),
      slot_mask_(slot_count == 0 ? 0 : slot_count - 1),
      id_(id) {}

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
  return lex;
}

LexiconVocabulary::LexiconVocabulary(const VocabularyWord* words, size_t word_count,
                                     const uint32_t* key_index, size_t key_index_count,
                                     const uint64_t* slots, size_t slot_count,
                                     const Lexicon* const* lists, size_t list_count)
    : words_(words),
      word_count_(word_count),
      key_index_(key_index),
      key_index_count_(key_index_count),
      slots_(slots),
      slot_mask_(slot_count == 0 ? 0 : slot_count - 1),
      lists_(lists),
      list_count_(list_count) {}

uint64_t LexiconVocabulary::next_serial() {
  static std::atomic<uint64_t> serial{0};
  return ++serial;
}

namespace {

uint64_t load8(const char* p) {
  uint64_t v;
  std::memcpy(&v, p, 8);
  return v;
}
uint32_t load4(const char* p) {
  uint32_t v;
  std::memcpy(&v, p, 4);
  return v;
}

// a == b for a word key (mostly under 17 bytes): two overlapping loads from each end instead
// of a call to memcmp. Reads only bytes inside both views.
bool same_word(std::string_view a, std::string_view b) {
  const size_t n = a.size();
  if (n != b.size()) return false;
  const char* p = a.data();
  const char* q = b.data();
  if (n >= 8) {
    if (n > 16) return std::memcmp(p, q, n) == 0;
    return load8(p) == load8(q) && load8(p + n - 8) == load8(q + n - 8);
  }
  if (n >= 4) return load4(p) == load4(q) && load4(p + n - 4) == load4(q + n - 4);
  for (size_t i = 0; i < n; ++i)
    if (p[i] != q[i]) return false;
  return true;
}

}  // namespace

int32_t LexiconVocabulary::find(std::string_view key, uint64_t hash) const {
  if (word_count_ == 0) return -1;
  const size_t w =
      probe(slots_, slot_mask_, hash, [&](size_t i) { return same_word(words_[i].key, key); });
  return w == SIZE_MAX ? -1 : static_cast<int32_t>(w);
}

std::unique_ptr<LexiconVocabulary> LexiconVocabulary::build(std::vector<const Lexicon*> lists) {
  auto v = std::make_unique<LexiconVocabulary>();
  if (lists.size() > static_cast<size_t>(kMaxLists)) lists.resize(kMaxLists);
  // Word -> (list id, key index) pairs; ids are visited in increasing order, so each word's
  // pairs come out sorted by id, as key() ranks them.
  std::unordered_map<std::string_view, size_t> word_of_key;
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
        v->owned_words_.push_back(VocabularyWord{key, {0, 0}, 0});
      }
      keys_of_word[it->second].emplace_back(static_cast<int>(id), static_cast<uint32_t>(k));
    }
  }
  for (size_t w = 0; w < keys_of_word.size(); ++w) {
    VocabularyWord& word = v->owned_words_[w];
    word.first = static_cast<uint32_t>(v->owned_key_index_.size());
    for (const auto& [id, k] : keys_of_word[w]) {
      word.lists[id / 64] |= uint64_t{1} << (id % 64);
      v->owned_key_index_.push_back(k);
    }
  }
  v->owned_slots_ = build_slots(v->owned_words_.size(),
                                 [&](size_t w) { return v->owned_words_[w].key; });
  v->owned_lists_ = std::move(lists);
  v->words_ = v->owned_words_.data();
  v->word_count_ = v->owned_words_.size();
  v->key_index_ = v->owned_key_index_.data();
  v->key_index_count_ = v->owned_key_index_.size();
  v->slots_ = v->owned_slots_.data();
  v->slot_mask_ = v->owned_slots_.size() - 1;
  v->lists_ = v->owned_lists_.data();
  v->list_count_ = v->owned_lists_.size();
  return v;
}

}  // namespace claimsift
