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
// The vocabulary is laid out for memory latency: a word's id is its place in a table of
// 64-byte WordRecords (one cache line: the key's first 16 bytes, the list, entry and
// continuation bits, where its keys are), found by a perfect hash (a small displacement table
// picks each word's slot), so a look-up reads one record, whether the form is a word or not.
// A list with keys of several tokens also has a small Bloom filter of its keys' hashes, so a
// phrase matcher skips the probe of a key that cannot be there (Lexicon::may_have).
//
// Tested by tests/lexicon_test.cc, tests/lexicon_vocabulary_test.cc and
// tests/lexicon_records_test.cc.
#ifndef CLAIMSIFT_LEXICON_H_
#define CLAIMSIFT_LEXICON_H_

#include <cstdint>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimsift/bits.h"

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

// The hash of a vocabulary form of at most 16 bytes, read as two little-endian words,
// zero-padded (the form the tokenizer already holds); vocabulary_long_hash for longer ones.
inline uint64_t vocabulary_hash(uint64_t w0, uint64_t w1) {
  const uint64_t h = w0 * 0x9E3779B97F4A7C15ull ^ w1 * 0xC2B2AE3D27D4EB4Full;
  return h ^ (h >> 32);
}
// A bijective mixer (the splitmix64 finaliser): every output bit depends on every input bit.
inline uint64_t vocabulary_mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}
inline uint64_t vocabulary_long_hash(std::string_view form) {
  return vocabulary_mix(lexicon_hash(form) + form.size());
}
// The form's first 16 bytes as two words, zero-padded (WordRecord::form).
inline void vocabulary_form_words(std::string_view form, uint64_t w[2]) {
  w[0] = w[1] = 0;
  if (!form.empty()) std::memcpy(w, form.data(), form.size() < 16 ? form.size() : 16);
}

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
  // `filter` (may be null: no filter) has a power-of-two size (see may_have).
  Lexicon(std::string_view name, const LexiconEntry* entries, size_t entry_count,
          const LexiconKey* keys, size_t key_count, const uint64_t* slots, size_t slot_count,
          int id = -1, const uint64_t* filter = nullptr, size_t filter_count = 0);
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

  // False only when no key of the table has this lexicon_hash: a Bloom filter, a few bits per
  // key of one 64-bit word (kept by lists where some key continues, the ones a phrase matcher
  // extends into; true for the others). Cheaper than a probe of the slots: it is small.
  bool may_have(uint64_t hash) const {
    if (filter_ == nullptr) return true;
    const uint64_t bits = filter_bits(hash);
    return (filter_[filter_word(hash) & filter_mask_] & bits) == bits;
  }
  // The filter's word and bits for a hash (three bits of one word).
  static uint64_t filter_word(uint64_t hash) { return vocabulary_mix(hash) >> 40; }
  static uint64_t filter_bits(uint64_t hash) {
    const uint64_t m = vocabulary_mix(hash);
    return (uint64_t{1} << (m & 63)) | (uint64_t{1} << ((m >> 6) & 63)) |
           (uint64_t{1} << ((m >> 12) & 63));
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
  size_t filter_count() const { return filter_ == nullptr ? 0 : filter_mask_ + 1; }
  uint64_t filter_at(size_t i) const { return filter_[i]; }

 private:
  std::string name_;
  const LexiconEntry* entries_ = nullptr;
  size_t entry_count_ = 0;
  const LexiconKey* keys_ = nullptr;
  size_t key_count_ = 0;
  const uint64_t* slots_ = nullptr;
  size_t slot_mask_ = 0;
  int id_ = -1;
  const uint64_t* filter_ = nullptr;
  size_t filter_mask_ = 0;
  friend class LexiconSet;
  // Storage of an owning lexicon (empty for a static one).
  std::deque<std::string> owned_text_;
  std::vector<LexiconEntry> owned_entries_;
  std::vector<LexiconKey> owned_keys_;
  std::vector<uint64_t> owned_slots_;
  std::vector<uint64_t> owned_filter_;
};

// One word of a vocabulary: which lists hold it, and where its keys are.
struct VocabularyWord {
  std::string_view key;  // normalised, no space
  uint64_t lists[2];     // bit b: the list with id b has this key
  uint32_t first;        // its keys in the lists, by increasing id: key_index[first + rank]
};

// What the per-token look-ups need of a word, in one cache line: record(word id).
struct alignas(64) WordRecord {
  static constexpr int kInlineKeys = 4;
  uint64_t form[2];    // the key's first 16 bytes, zero-padded (vocabulary_form_words)
  uint64_t lists;      // VocabularyWord::lists[0]: bit b, the list with id b has the key
  uint64_t entries;    // bit b: the list with id b < 64 has the key as an entry (not a prefix only)
  uint64_t continues;  // bit b: that list has longer keys, the key plus more tokens
  uint32_t size;       // bytes of the key
  uint32_t first;      // VocabularyWord::first
  uint32_t keys[kInlineKeys];  // key_index[first + r] for the word's first lists (r < 4)
};
static_assert(sizeof(WordRecord) == 64, "a word record is one cache line");

// Every space-free key of a set's lists (entries and prefixes), with the lists that hold it.
// Built at compile time for the built-in set, at run time for a set with user files.
// Word ids are places in the record table of a minimal perfect hash (dense: 0..size()-1).
class LexiconVocabulary {
 public:
  static constexpr int kMaxLists = 128;

  LexiconVocabulary() = default;
  // A view of static, generated arrays, each of `word_count` records but `key_index` and
  // `displacements` (`bucket_count` of them). `lists[id]` is the list with that id.
  LexiconVocabulary(const VocabularyWord* words, const WordRecord* records, size_t word_count,
                    const uint32_t* key_index, size_t key_index_count,
                    const uint32_t* displacements, size_t bucket_count,
                    const Lexicon* const* lists, size_t list_count);
  LexiconVocabulary(const LexiconVocabulary&) = delete;
  LexiconVocabulary& operator=(const LexiconVocabulary&) = delete;

  // Builds the vocabulary of `lists` (lists[i] has id i; null entries are skipped).
  static std::unique_ptr<LexiconVocabulary> build(std::vector<const Lexicon*> lists);

  // The word id of a normalised form, or -1.
  int32_t find(std::string_view key) const {
    if (key.size() > 16) return find_long(key);
    uint64_t w[2];
    vocabulary_form_words(key, w);
    return find_short(w[0], w[1], key.size());
  }
  // The word id of a form of `size` <= 16 bytes held as two zero-padded words (w0: bytes 0-7),
  // or -1. Reads one record (and one displacement).
  int32_t find_short(uint64_t w0, uint64_t w1, size_t size) const {
    if (word_count_ == 0) return -1;
    return word_in_slot(short_slot(w0, w1), w0, w1, size);
  }
  // find_short in two steps, for a caller that fetches the record ahead of use (the
  // tokenizer): the slot whose record the form would be (size() must not be 0), then the word
  // id, or -1 when the record there is another form's.
  uint32_t short_slot(uint64_t w0, uint64_t w1) const { return slot_of(vocabulary_hash(w0, w1)); }
  int32_t word_in_slot(uint32_t slot, uint64_t w0, uint64_t w1, size_t size) const {
    const WordRecord& r = records_[slot];
    return r.form[0] == w0 && r.form[1] == w1 && r.size == size ? static_cast<int32_t>(slot) : -1;
  }
  // The same for a form of more than 16 bytes.
  int32_t find_long(std::string_view key) const;
  // The record of word id `word` (>= 0).
  const WordRecord& record(int32_t word) const { return records_[word]; }
  // Whether word `word` (>= 0) is an entry of the list with id `id` < 64.
  bool has_entry(int32_t word, int id) const { return ((records_[word].entries >> id) & 1) != 0; }
  // Whether `lexicon` is one of the lists this vocabulary was built over.
  bool covers(const Lexicon& lexicon) const {
    const int id = lexicon.id();
    return id >= 0 && static_cast<size_t>(id) < list_count_ && lists_[id] == &lexicon;
  }
  // The key record of word `word` (-1: none) in `lexicon`, which covers() must accept.
  const LexiconKey* key(int32_t word, const Lexicon& lexicon) const {
    if (word < 0) return nullptr;
    const WordRecord& r = records_[word];
    const int id = lexicon.id();
    const uint64_t bit = uint64_t{1} << (id & 63);
    uint32_t below;
    if (id < 64) {
      if ((r.lists & bit) == 0) return nullptr;
      below = popcount64(r.lists & (bit - 1));
    } else {
      const VocabularyWord& w = words_[word];
      if ((w.lists[1] & bit) == 0) return nullptr;
      below = popcount64(w.lists[0]) + popcount64(w.lists[1] & (bit - 1));
    }
    return &lexicon.key_at(below < WordRecord::kInlineKeys ? r.keys[below]
                                                            : key_index_[r.first + below]);
  }

  size_t size() const { return word_count_; }
  const VocabularyWord& word(size_t i) const { return words_[i]; }
  // Unique per vocabulary object of the process (a cache keyed by it never sees a reused address).
  uint64_t serial() const { return serial_; }
  // The raw arrays, for the lexicon compiler.
  size_t key_index_count() const { return key_index_count_; }
  uint32_t key_index_at(size_t i) const { return key_index_[i]; }
  size_t bucket_count() const { return bucket_count_; }
  uint32_t displacement_at(size_t i) const { return displacements_[i]; }
  size_t list_count() const { return list_count_; }

  // The perfect hash: the slot (word id, if the form is a word) of a form's vocabulary_hash.
  // The high half of the hash picks a bucket; the low half, XORed with the bucket's
  // displacement (a pseudo-random word chosen so that the words of the bucket land on free
  // slots), picks the slot: a few instructions and one small read before the record's.
  uint32_t slot_of(uint64_t hash) const {
    return slot_in(hash, displacements_[bucket_in(hash, bucket_count_)], word_count_);
  }
  static size_t bucket_in(uint64_t hash, size_t bucket_count) {
    return static_cast<size_t>(((hash >> 32) * bucket_count) >> 32);
  }
  static uint32_t slot_in(uint64_t hash, uint32_t displacement, size_t word_count) {
    // The multiply spreads hashes that differ in a few low bits (the scaling to word_count
    // alone would keep them on one slot, whatever the displacement).
    const uint32_t x = (static_cast<uint32_t>(hash) ^ displacement) * 0x9E3779B1u;
    return static_cast<uint32_t>((x * uint64_t{word_count}) >> 32);
  }

 private:
  const VocabularyWord* words_ = nullptr;
  const WordRecord* records_ = nullptr;
  size_t word_count_ = 0;
  const uint32_t* key_index_ = nullptr;
  size_t key_index_count_ = 0;
  const uint32_t* displacements_ = nullptr;
  size_t bucket_count_ = 0;
  const Lexicon* const* lists_ = nullptr;
  size_t list_count_ = 0;
  uint64_t serial_ = next_serial();
  static uint64_t next_serial();
  std::vector<VocabularyWord> owned_words_;
  std::vector<WordRecord> owned_records_;
  std::vector<uint32_t> owned_key_index_;
  std::vector<uint32_t> owned_displacements_;
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
