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
// Tested by tests/lexicon_test.cc.
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

// FNV-1a, 64 bits. The compiler and the run-time tables must agree on it.
inline uint64_t lexicon_hash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
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

class Lexicon {
 public:
  Lexicon() = default;
  // A view of static, generated arrays (lexicon_data.cc). `slots` has a power-of-two size;
  // each slot is 0 (empty) or 1 + an index into `keys`.
  Lexicon(std::string_view name, const LexiconEntry* entries, size_t entry_count,
          const LexiconKey* keys, size_t key_count, const uint32_t* slots, size_t slot_count);
  Lexicon(const Lexicon&) = delete;
  Lexicon& operator=(const Lexicon&) = delete;

  // Builds an owning lexicon from (surface, value) pairs; a later duplicate key replaces the
  // earlier entry's value. Used for user files merged over built-in lists.
  static std::unique_ptr<Lexicon> build(std::string_view name,
                                        const std::vector<std::pair<std::string, std::string>>& rows);

  std::string_view name() const { return name_; }
  size_t size() const { return entry_count_; }

  // Entry index of a normalised key, or -1.
  int find(std::string_view key) const {
    const LexiconKey* k = find_key(key);
    return k ? k->entry : -1;
  }
  bool contains(std::string_view key) const { return find(key) >= 0; }
  // The table record for a normalised key (entry or prefix), or nullptr.
  const LexiconKey* find_key(std::string_view key) const;

  const LexiconEntry& entry(int i) const { return entries_[i]; }
  std::string_view surface(int i) const { return entries_[i].surface; }
  std::string_view value(int i) const { return entries_[i].value; }
  // Tab-separated field `column` of the entry's value ("" when missing).
  std::string_view field(int i, int column) const;

  // The raw table, for the lexicon compiler that writes it out as C++ arrays.
  size_t key_count() const { return key_count_; }
  const LexiconKey& key_at(size_t i) const { return keys_[i]; }
  size_t slot_count() const { return key_count_ == 0 ? 0 : slot_mask_ + 1; }
  uint32_t slot_at(size_t i) const { return slots_[i]; }

 private:
  std::string name_;
  const LexiconEntry* entries_ = nullptr;
  size_t entry_count_ = 0;
  const LexiconKey* keys_ = nullptr;
  size_t key_count_ = 0;
  const uint32_t* slots_ = nullptr;
  size_t slot_mask_ = 0;
  // Storage of an owning lexicon (empty for a static one).
  std::deque<std::string> owned_text_;
  std::vector<LexiconEntry> owned_entries_;
  std::vector<LexiconKey> owned_keys_;
  std::vector<uint32_t> owned_slots_;
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

 private:
  std::map<std::string, const Lexicon*, std::less<>> by_name_;
  std::vector<std::unique_ptr<Lexicon>> owned_;
};

// Built-in lexicon data (generated): name, source path under data/ and raw file text, so
// `claimsift --dump-lexicon NAME` can write a list back out as a starting point.
struct BuiltinLexiconInfo {
  const Lexicon* lexicon;
  std::string_view path;     // "data/en/lists/hedge_cues.txt"
  std::string_view content;  // the file as committed
};
const BuiltinLexiconInfo* builtin_lexicon_table(size_t* count);

}  // namespace claimsift

#endif  // CLAIMSIFT_LEXICON_H_
