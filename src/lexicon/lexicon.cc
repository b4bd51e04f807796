// Lexicon look-ups and the set of all lexicons. See include/claimsift/lexicon.h.
// Tested by tests/lexicon_test.cc.
#include "claimsift/lexicon.h"

#include <unordered_map>

#include "claimsift/lexicon_file.h"
#include "claimsift/normalize.h"

namespace claimsift {

Lexicon::Lexicon(std::string_view name, const LexiconEntry* entries, size_t entry_count,
                 const LexiconKey* keys, size_t key_count, const uint32_t* slots,
                 size_t slot_count)
    : name_(name),
      entries_(entries),
      entry_count_(entry_count),
      keys_(keys),
      key_count_(key_count),
      slots_(slots),
      slot_mask_(slot_count == 0 ? 0 : slot_count - 1) {}

const LexiconKey* Lexicon::find_key(std::string_view key) const {
  if (key_count_ == 0) return nullptr;
  size_t i = static_cast<size_t>(lexicon_hash(key)) & slot_mask_;
  while (true) {
    const uint32_t slot = slots_[i];
    if (slot == 0) return nullptr;
    const LexiconKey& k = keys_[slot - 1];
    if (k.key == key) return &k;
    i = (i + 1) & slot_mask_;
  }
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
  size_t slots = 16;
  while (slots < lex->owned_keys_.size() * 2) slots *= 2;
  lex->owned_slots_.assign(slots, 0);
  for (size_t k = 0; k < lex->owned_keys_.size(); ++k) {
    size_t i = static_cast<size_t>(lexicon_hash(lex->owned_keys_[k].key)) & (slots - 1);
    while (lex->owned_slots_[i] != 0) i = (i + 1) & (slots - 1);
    lex->owned_slots_[i] = static_cast<uint32_t>(k + 1);
  }
  lex->entries_ = lex->owned_entries_.data();
  lex->entry_count_ = lex->owned_entries_.size();
  lex->keys_ = lex->owned_keys_.data();
  lex->key_count_ = lex->owned_keys_.size();
  lex->slots_ = lex->owned_slots_.data();
  lex->slot_mask_ = slots - 1;
  return lex;
}

}  // namespace claimsift
