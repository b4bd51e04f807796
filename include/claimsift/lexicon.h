// Lexicons: immutable word and phrase lists with optional values, looked up by normalised key.
//
// Every list under data/ (data/en/lists/*.txt, data/en/tables/*.tsv) is compiled into the binary
// at build time by tools/lexicon_compiler.cc: its entries, and a hash table over their keys, become
// static arrays, so a lexicon costs nothing at start-up and is shared by all threads. A user's
// file (--lexicon NAME=FILE) is parsed at run time by the same parser (lexicon_file.h) and merged
// over the built-in list of that name.
//
// Keys are normalize()d surfaces (normalize.h). Besides whole entries, the table holds every
// proper prefix of a key that ends where a token could end (before a space, or between a letter
// or digit and another kind of character), marked as prefix-only, so a phrase matcher can extend
// token by token and stop at the first key that leads nowhere (phrase_match.h).
//
//   const Lexicon& months = lexicons.get("en/tables/months");
//   int e = months.find("sept.");          // -1 when absent
//   std::string_view n = months.field(e, 0);  // "9"
//
// Per-token look-ups skip the hashing: a LexiconSet also has a vocabulary of every key without a
// space in any of its lists, each with a bit per list that holds it. The tokenizer gives each
// token its word id once (Token::word), so asking whether a token's normalised form is in a list
// is a bit test (find_token in phrase_match.h), not a hash probe per list.
//
// Tested by tests/lexicon_test.cc and tests/lexicon_vocabulary_test.cc.
#ifndef CLAIMSIFT_LEXICON_H_
#define CLAIMSIFT_LEXICON_H_

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimsift {

// FNV-1a, 64 bits. The compiler and the run-time tables must agree on it. Being a running hash,
// the hash of a + b continues from the hash of a (lexicon_hash_more), so a phrase matcher extends
// its key token by token without rehashing.
inline uint64_t lexicon_hash_more(uint64_t h, std::string_view s) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}
inline uint64_t lexicon_hash(std::string_view s) { return lexicon_hash_more(1469598103934665603ull, s); }

// A slot of an open-addressing table: the upper 32 bits of the key's hash (a fingerprint that
// settles most probes without touching the key) over 1 + the index of the key (0: empty slot).
inline uint64_t lexicon_slot(uint64_t hash, size_t index) {
  return (hash & 0xFFFFFFFF00000000ull) | static_cast<uint64_t>(index + 1);
}
inline bool lexicon_slot_matches(uint64_t slot, uint64_t hash) {
  return ((slot ^ hash) >> 32) == 0;
}
inline size_t lexicon_slot_index(uint64_t slot) { return static_cast<uint32_t>(slot) - 1; }

// One key of the hash table: a whole entry, a prefix of longer entries, or both.
struct LexiconKey {
  std::string_view key;  // normalised
  int32_t entry;         // index into entries, or -1 for a prefix-only key
  bool continues;        // some longer key starts with this key plus more tokens
};

// One entry as written in its file.
struct LexiconEntry {
  std::string_view surface;  // the entry as written (case kept): "Us Weekly"
  std::string_view value;    // everything after the first tab ("" when none); fields split on tabs
};

class LexiconSet;
class LexiconVocabulary;

class Lexicon {
 public:
  Lexicon() = default;
  // A view of static, generated arrays (lexicon_data.cc). `slots` has a power-of-two size;
  // each slot is 0 (empty) or a LexiconSlot.
  // `id` is the list's bit in the vocabulary of the built-in set.
  Lexicon(std::string_view name, const LexiconEntry* entries, size_t entry_count,
          const LexiconKey* keys, size_t key_count, const uint64_t* slots, size_t slot_count,
          int id = -1);
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Builds an owning lexicon from (surface, value) pairs; a later duplicate key replaces the
  // earlier entry's value. Used for user files merged over built-in lists.
  static std::unique_ptr<Lexicon> build(std::string_view name,
                                        const std::vector<std::pair<std::string, std::string>>& rows);

  std::string_view name() const { return name_; }
  size_t size() const { return entry_count_; }
  // The list's bit in its set's vocabulary (-1: none; look-ups then hash the string).
  int id() const { return id_; }

  // Entry index of a normalised key, or -1.
  int find(std::string_view key) const {
    const LexiconKey* k = find_key(key);
    return k ? k->entry : -1;
  }
  bool contains(std::string_view key) const { return find(key) >= 0; }
  // The table record for a normalised key (entry or prefix), or nullptr.
  const LexiconKey* find_key(std::string_view key) const { return find_key(key, lexicon_hash(key)); }
  // The same with the key's lexicon_hash already known.
  const LexiconKey* find_key(std::string_view key, uint64_t hash) const;
  // The key whose hash is `hash` and for which same(key text) holds, or nullptr: for a caller
  // that has the hash of a key it has not built (a phrase matcher extending its hash token by
  // token). `same` runs only where a slot's 32-bit fingerprint matches, so a key that is not in
  // the table almost never has to be built.
  template <typename Same>
  const LexiconKey* find_key_if(uint64_t hash, Same same) const {
    if (key_count_ == 0) return nullptr;
    for (size_t i = static_cast<size_t>(hash) & slot_mask_;; i = (i + 1) & slot_mask_) {
      const uint64_t slot = slots_[i];
      if (slot == 0) return nullptr;
      if (lexicon_slot_matches(slot, hash)) {
        const LexiconKey& k = keys_[lexicon_slot_index(slot)];
        if (same(k.key)) return &k;
      }
    }
  }

  const LexiconEntry& entry(int i) const { return entries_[i]; }
  std::string_view surface(int i) const { return entries_[i].surface; }
  std::string_view value(int i) const { return entries_[i].value; }
  // Tab-separated field `column` of the entry's value ("" when missing).
  std::string_view field(int i, int column) const;

  // The raw table, for the lexicon compiler that writes it out as C++ arrays.
  size_t key_count() const { return key_count_; }
  const LexiconKey& key_at(size_t i) const { return keys_[i]; }
  size_t slot_count() const { return key_count_ == 0 ? 0 : slot_mask_ + 1; }
  uint64_t slot_at(size_t i) const { return slots_[i]; }

 private:
  std::string name_;
  const LexiconEntry* entries_ = nullptr;
  size_t entry_count_ = 0;
  const LexiconKey* keys_ = nullptr;
  size_t key_count_ = 0;
  const uint64_t* slots_ = nullptr;
  size_t slot_mask_ = 0;
  int id_ = -1;
  friend class LexiconSet;
  // Storage of an owning lexicon (empty for a static one).
  std::deque<std::string> owned_text_;
  std::vector<LexiconEntry> owned_entries_;
  std::vector<LexiconKey> owned_keys_;
  std::vector<uint64_t> owned_slots_;
};

// One word of a vocabulary: which lists hold it, and where its keys are.
struct VocabularyWord {
  std::string_view key;  // normalised, no space
  uint64_t lists[2];     // bit b: the list with id b has this key
  uint32_t first;        // its keys in the lists, by increasing id: key_index[first + rank]
};

// Every space-free key of a set's lists (entries and prefixes), with the lists that hold it.
// Built at compile time for the built-in set, at run time for a set with user files.
class LexiconVocabulary {
 public:
  static constexpr int kMaxLists = 128;

  LexiconVocabulary() = default;
  // A view of static, generated arrays. `slots` has a power-of-two size; each slot is 0 or a
  // LexiconSlot of a word id. `lists[id]` is the list with that id.
  LexiconVocabulary(const VocabularyWord* words, size_t word_count, const uint32_t* key_index,
                    size_t key_index_count, const uint64_t* slots, size_t slot_count,
                    const Lexicon* const* lists, size_t list_count);
  LexiconVocabulary(const LexiconVocabulary&) = delete;
  LexiconVocabulary& operator=(const LexiconVocabulary&) = delete;

  // Builds the vocabulary of `lists` (lists[i] has id i; null entries are skipped).
  static std::unique_ptr<LexiconVocabulary> build(std::vector<const Lexicon*> lists);

  // The word id of a normalised form, or -1.
  int32_t find(std::string_view key) const { return find(key, lexicon_hash(key)); }
  // The same with the key's lexicon_hash already known.
  int32_t find(std::string_view key, uint64_t hash) const;
  // Whether `lexicon` is one of the lists this vocabulary was built over.
  bool covers(const Lexicon& lexicon) const {
    const int id = lexicon.id();
    return id >= 0 && static_cast<size_t>(id) < list_count_ && lists_[id] == &lexicon;
  }
  // The key record of word `word` (-1: none) in `lexicon`, which covers() must accept.
  const LexiconKey* key(int32_t word, const Lexicon& lexicon) const {
    if (word < 0) return nullptr;
    const VocabularyWord& w = words_[word];
    const int id = lexicon.id();
    const uint64_t bit = uint64_t{1} << (id & 63);
    uint32_t below;
    if (id < 64) {
      if ((w.lists[0] & bit) == 0) return nullptr;
      below = popcount(w.lists[0] & (bit - 1));
    } else {
      if ((w.lists[1] & bit) == 0) return nullptr;
      below = popcount(w.lists[0]) + popcount(w.lists[1] & (bit - 1));
    }
    return &lexicon.key_at(key_index_[w.first + below]);
  }
  // Bits set in x (portable: no POPCNT instruction is assumed, and no library call is made).
  static uint32_t popcount(uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
    return static_cast<uint32_t>((x * 0x0101010101010101ull) >> 56);
  }

  size_t size() const { return word_count_; }
  const VocabularyWord& word(size_t i) const { return words_[i]; }
  // Unique per vocabulary object of the process (a cache keyed by it never sees a reused address).
  uint64_t serial() const { return serial_; }
  // The raw arrays, for the lexicon compiler.
  size_t key_index_count() const { return key_index_count_; }
  uint32_t key_index_at(size_t i) const { return key_index_[i]; }
  size_t slot_count() const { return word_count_ == 0 ? 0 : slot_mask_ + 1; }
  uint64_t slot_at(size_t i) const { return slots_[i]; }
  size_t list_count() const { return list_count_; }

 private:
  const VocabularyWord* words_ = nullptr;
  size_t word_count_ = 0;
  const uint32_t* key_index_ = nullptr;
  size_t key_index_count_ = 0;
  const uint64_t* slots_ = nullptr;
  size_t slot_mask_ = 0;
  const Lexicon* const* lists_ = nullptr;
  size_t list_count_ = 0;
  uint64_t serial_ = next_serial();
  static uint64_t next_serial();
  std::vector<VocabularyWord> owned_words_;
  std::vector<uint32_t> owned_key_index_;
  std::vector<uint64_t> owned_slots_;
  std::vector<const Lexicon*> owned_lists_;
};

// All lexicons a pipeline uses, by name ("en/lists/hedge_cues"). Immutable once built.
class LexiconSet {
 public:
  // The lists compiled into the binary.
  static const LexiconSet& builtin();

  // A set equal to the built-in one with each user file merged over the list of its name
  // (a name that is not built in adds a new list). Returns nullptr and sets *error
  // ("FILE:LINE: message") on the first problem.
  static std::unique_ptr<LexiconSet> with_user_files(
      const std::vector<std::pair<std::string, std::string>>& name_and_path, std::string* error);

  // The lexicon of that name; an empty lexicon when there is none (a test checks that every
  // name the stages ask for exists).
  const Lexicon& get(std::string_view name) const;
  bool has(std::string_view name) const;
  std::vector<std::string_view> names() const;
  // The vocabulary over all lists of the set (the tokenizer assigns its word ids).
  const LexiconVocabulary& vocabulary() const;

 private:
  std::map<std::string, const Lexicon*, std::less<>> by_name_;
  std::vector<std::unique_ptr<Lexicon>> owned_;
  const LexiconVocabulary* vocabulary_ = nullptr;
  std::unique_ptr<LexiconVocabulary> owned_vocabulary_;
};

// Built-in lexicon data (generated): name, source path under data/ and raw file text, so
// `claimsift --dump-lexicon NAME` can write a list back out as a starting point.
struct BuiltinLexiconInfo {
  const Lexicon* lexicon;
  std::string_view path;     // "data/en/lists/hedge_cues.txt"
  std::string_view content;  // the file as committed
};
const BuiltinLexiconInfo* builtin_lexicon_table(size_t* count);
// The vocabulary of the built-in lists (generated; list ids are indexes into the table above).
const LexiconVocabulary& builtin_lexicon_vocabulary();

}  // namespace claimsift

#endif  // CLAIMSIFT_LEXICON_H_
