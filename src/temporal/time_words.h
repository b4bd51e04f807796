// The temporal word classes, read once from data/en/tables/time_*.tsv into one flat hash table
// from a token's normalised form to everything the patterns ask about it (month 4, weekday 2,
// unit D, number 2, approximator, ...) and to its function word code (the, of, ago, ...). One
// look-up per token classifies it for every pattern; most tokens are not in the table and start
// no timex. Building the table costs no allocation per entry (a few microseconds at start-up).
//
// Per document the look-up is by the token's vocabulary word id (Token::word), through an
// index built once from the set's vocabulary: no hashing of text, except for the few forms in
// no list (punctuation), which a filter turns away before any probe. The index is small enough
// to stay in the first-level cache (a hash table of the few hundred ids that are keys), not a
// table over the whole vocabulary.
// TokenClasses holds the classes of every token and the list of tokens that may start a timex.
//
// Tested by tests/temporal_test.cc, tests/temporal_words_test.cc, tests/temporal_index_test.cc
// (and tests/temporal_data_test.cc for the files).
#ifndef CLAIMSIFT_SRC_TEMPORAL_TIME_WORDS_H_
#define CLAIMSIFT_SRC_TEMPORAL_TIME_WORDS_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimsift/doc.h"
#include "claimsift/lexicon.h"

namespace claimsift::temporal {

enum WordBit : uint32_t {
  kMonth = 1u << 0,
  kWeekday = 1u << 1,
  kSeason = 1u << 2,
  kPartOfDay = 1u << 3,
  kUnit = 1u << 4,
  kNumber = 1u << 5,      // a one-word number ("two", "a")
  kOrdinal = 1u << 6,
  kApprox = 1u << 7,      // a one-word approximator ("around")
  kPosition = 1u << 8,    // early, mid, late
  kZone = 1u << 9,
  kSetWord = 1u << 10,
  kClockWord = 1u << 11,  // a.m., pm, noon
  kTenseCue = 1u << 12,
  // First word of a multi-word entry of a phrase list: worth a phrase look-up there.
  kStartsHoliday = 1u << 13,
  kStartsVague = 1u << 14,
  kStartsDeictic = 1u << 15,
  kStartsNumber = 1u << 16,
  kStartsApprox = 1u << 17,
  kStartsPosition = 1u << 18,
  kInner = 1u << 19,      // an adjective between a count and its unit (two straight days)
  kSingle = 1u << 20,     // a whole one-word entry of a phrase list (today, recently, Halloween)
  kGlue = 1u << 21,       // a function word the patterns read (the, last, every, following)
  kSecondWord = 1u << 22, // the second word of a multi-word phrase entry (future in "the future")
};

// Bits of a word that can be a timex, or the head of one, on its own.
constexpr uint32_t kSelfStarting = kMonth | kWeekday | kSeason | kUnit | kSetWord | kSingle;
// Bits of a word some pattern can start with (patterns.cc); a word with none of them (a tense
// cue, a zone, a part of day, an inner adjective, a second word of a phrase) starts nothing.
constexpr uint32_t kCanStart = kSelfStarting | kNumber | kOrdinal | kApprox | kPosition |
                               kClockWord | kStartsHoliday | kStartsVague | kStartsDeictic |
                               kStartsNumber | kStartsApprox | kGlue;

// The phrase lists the patterns match token by token (match_longest).
enum PhraseList : uint8_t {
  kPhraseNumbers = 1,
  kPhraseModifiers = 2,
  kPhraseHolidays = 4,
  kPhraseVague = 8,
  kPhraseDeictic = 16,
};
constexpr uint8_t kAllPhraseLists = 31;

enum class TenseCue : uint8_t { kNone, kPast, kFuture, kPerfect, kNotPast };

// How a word can start a timex (could_start), read from its class once, when the table is built.
enum StartKind : uint8_t {
  kStartsNothing = 0,
  kStartsAlone = 1,        // whatever follows: kSelfStarting, or a clock word with an hour (noon)
  kStartsBeforeKnown = 2,  // when a number or another known word follows: kCanStart
};

struct WordInfo {
  uint32_t bits = 0;
  int8_t month = 0;        // 1..12
  int8_t weekday = 0;      // 1..7
  bool weekday_plural = false;
  int8_t season = 0;       // 1..4
  const char* part_of_day = nullptr;
  char unit[3] = {0, 0, 0};  // S MIN->"MI" H D W FN M Q Y DE CE WE
  bool unit_plural = false;
  int number = 0;          // -1: unspecified (several)
  int ordinal = 0;
  bool utc = false;        // zone
  int set_entry = -1;      // entry of time_set_words
  int clock_hour = -1;     // noon 12, midnight 0
  int clock_minute = 0;
  int8_t half_day = 0;     // 1 a.m., 2 p.m., 3 o'clock
  TenseCue tense = TenseCue::kNone;
  uint8_t whole_in = 0;    // PhraseList bits: the lists that hold this word as a whole entry
  uint8_t second_in = 0;   // PhraseList bits: the lists whose multi-word entries have it second
  StartKind start = kStartsNothing;  // read from the bits once the table is complete
  bool has(uint32_t b) const { return (bits & b) != 0; }
};

// Closed-class words the patterns, the tense cues and the driver read by name (grammar, not
// lexicon). Each has a small code, so comparing a token with one of them is a byte compare: the
// code of every token is computed once per document (one table probe, with its WordInfo).
inline constexpr std::string_view kFunctionWords[] = {
    "",  // 0: none of them
    "the", "a", "an", "this", "that", "last", "next", "every", "each", "earlier", "later",
    "early", "late", "past", "coming", "following", "previous", "final", "first", "recent", "'",
    "once", "twice", "thrice", "same", "other", "times", "of", "before", "after", "old", "ago",
    "yesterday", "tomorrow", "today", "to", "than", "per", "or", "one", "and", "age", "on",
    "since", "until", "till", "%", ":", ",", "-", ";", "\"", "july", "june", "may", "fall",
    "spring", "hours", "hrs", "percent", "#", "$", "£", "€", "no.", "number", "about", "around",
    "at", "by", "for", "from", "in", "just", "over", "spent", "take", "takes", "took", "within",
    "apart", "through", "during", "between", "as", "throughout", "mid", "circa", "been", "'re",
    "'s", "am", "are", "be", "being", "is", "although", "because", "but", "set", "where",
    "which", "while", "who", "whose", "–", "—"};
inline constexpr int kFunctionWordCount =
    static_cast<int>(sizeof kFunctionWords / sizeof kFunctionWords[0]);
static_assert(kFunctionWordCount <= 256);

constexpr uint8_t function_word_code(std::string_view s) {
  for (int i = 1; i < kFunctionWordCount; ++i)
    if (kFunctionWords[i] == s) return static_cast<uint8_t>(i);
  throw "not in kFunctionWords";  // a compile-time error: add the word to the list
}

// A function word named in the source: `is(j, "the")` converts at compile time.
struct Fw {
  consteval Fw(const char* s) : code(function_word_code(s)) {}  // NOLINT: implicit on purpose
  uint8_t code;
};

// A token's function word code, compared with a named one: `word(j) == "the"`.
struct Code {
  uint8_t v;
};
constexpr bool operator==(Code c, Fw w) { return c.v == w.code; }

// What the table knows of one normalised form: its word class (nullptr: none), its function
// word code (0: none), and what the pass over the tokens reads of the class (copies of
// WordInfo fields, so that pass reads one small record per token, not the WordInfo too).
// What the patterns read of a token besides its class: its function word code and the phrase
// lists it may be the second token of (TokenClasses keeps the pair per token).
struct TokenCodes {
  uint8_t code = 0;    // function word code (0: none)
  uint8_t second = 0;  // PhraseList bits (all of them for a number; 0: none)
};

struct WordClass {
  const WordInfo* info = nullptr;
  TokenCodes codes;                  // codes.second is info->second_in
  StartKind start = kStartsNothing;  // info->start
};

class TimeWords {
 public:
  explicit TimeWords(const LexiconSet& lexicons);
  TimeWords(const TimeWords&) = delete;
  TimeWords& operator=(const TimeWords&) = delete;

  // The PhraseList bit of a phrase list when it is the built-in one (whose multi-token entries
  // all have their second token marked kSecondWord and, per list, second_in:
  // tests/temporal_words_test.cc, tests/temporal_index_test.cc), else 0.
  uint8_t checked_phrase_list(const Lexicon& lex) const {
    for (const auto& [list, bit] : checked_)
      if (list == &lex) return bit;
    return 0;
  }

  // The class of a normalised token, or nullptr.
  const WordInfo* find(std::string_view norm) const { return classify(norm).info; }

  // Class and function word code of a normalised form: one probe of a flat open-addressing
  // table (no allocation). `readable` bytes from norm.data() may be read (>= norm.size()): with
  // 8 or more, short keys are read as whole machine words.
  const WordClass& classify(std::string_view norm, size_t readable = 0) const {
    const size_t n = norm.size();
    if (n == 0 || n > max_key_size_) return none();
    // Most words are in no list: a bit per (size, first byte, last byte) turns most away
    // before any hashing.
    if (!in_filter(filter_, norm)) return none();
    return probe(norm, readable);
  }

  // Whether token word ids of `vocabulary` index the table (classify_token may be used): true
  // for the vocabulary of the set the table was built from.
  bool indexes(const LexiconVocabulary* vocabulary) const {
    return vocabulary != nullptr && vocabulary == vocabulary_ &&
           vocabulary->serial() == vocabulary_serial_;
  }
  // The same as classify(norm) for a token whose word id (in a vocabulary indexes() accepts)
  // is `word`: a table read by id, and for a form in no list (-1), a probe only when the form
  // may be one of the few keys the vocabulary lacks (punctuation, "'re").
  const WordClass& classify_token(int32_t word, std::string_view norm, size_t readable) const {
    if (word >= 0) return id_index().of_word(word);
    return classify_unlisted(norm, readable);
  }
  // The same for a form in no list (out of line: the per-token loop keeps its registers).
  const WordClass& classify_unlisted(std::string_view norm, size_t readable) const;
  // False when a non-empty form in no list is surely none of the keys the vocabulary lacks
  // (most such forms; classify_unlisted would find nothing).
  bool may_be_unlisted_key(std::string_view norm) const {
    return norm.size() <= max_key_size_ && in_filter(unlisted_filter_, norm);
  }
  // The class of the forms the table does not hold (no class, no code).
  const WordClass& none() const { return entries_[0].cls; }
  // How many keys are not in the indexed vocabulary (for tests).
  size_t unlisted_key_count() const { return unlisted_keys_; }

  // The by-id index as plain pointers, for a loop over every token of a document (a byte
  // stored in the loop cannot make the compiler reload them). The word ids of the keys are
  // hashed into a small open-addressing table (8 KB for the built-in vocabulary's 483 key words,
  // a quarter full, so the probe for a word that is no key mostly stops at its first slot): a
  // slot holds (word id + 1) << kClassBits | the index of the word's class in key_classes, or 0;
  // key_classes[0] is the class of no word.
  struct IdIndex {
    static constexpr int kClassBits = 10;
    static constexpr uint32_t kClassMask = (1u << kClassBits) - 1;
    const uint32_t* slots = nullptr;
    uint32_t mask = 0;   // slot count - 1
    int shift = 31;      // the home slot of a word is the top bits of its hash
    const WordClass* key_classes = nullptr;
    const uint16_t* by_byte = nullptr;  // a one-byte form in no list: classes[by_byte[byte]]
    const WordClass* classes = nullptr; // by index into entries_
    // The first slot looked at for word id `word`.
    uint32_t home(int32_t word) const {
      return ((static_cast<uint32_t>(word) + 1) * 0x9E3779B1u) >> shift;
    }
    // The class of word id `word` (>= 0, of the indexed vocabulary).
    const WordClass& of_word(int32_t word) const {
      const uint32_t tag = static_cast<uint32_t>(word) + 1;
      for (uint32_t i = home(word);; i = (i + 1) & mask) {
        const uint32_t s = slots[i];
        if ((s >> kClassBits) == tag) return key_classes[s & kClassMask];
        if (s == 0) return key_classes[0];  // most words
      }
    }
  };
  IdIndex id_index() const {
    return IdIndex{word_slots_.data(), static_cast<uint32_t>(word_slots_.size() - 1), word_shift_,
                   key_classes_.data(), unlisted_byte_, entry_classes_.data()};
  }

 private:
  static constexpr size_t kFilterWords = (32 << 10) / 64;
  static bool in_filter(const uint64_t* filter, std::string_view norm) {
    const size_t f = filter_index(norm);
    return (filter[f >> 6] & (uint64_t{1} << (f & 63))) != 0;
  }
  // The table probe of a non-empty key of at most max_key_size_ bytes.
  const WordClass& probe(std::string_view norm, size_t readable) const {
    const size_t n = norm.size();
    if (n > kWordKey) return classify_long(norm);
    Packed k;
    pack(norm.data(), n, readable, &k);
    const uint64_t h = mix(k);
    // An empty slot holds 0, the sentinel entry: it matches no key and classifies as nothing,
    // so hits and misses take the same path.
    for (size_t i = static_cast<size_t>(h >> shift_);; i = (i + 1) & mask_) {
      const uint32_t e = slots_[i];
      const Entry& en = entries_[e];
      const uint64_t diff = (en.key.w[0] ^ k.w[0]) | (en.key.w[1] ^ k.w[1]) |
                            (en.key.w[2] ^ k.w[2]) | (en.key.size ^ k.size);
      if ((diff == 0) | (e == 0)) return en.cls;
    }
  }

 public:
  const Lexicon& months;
  const Lexicon& weekdays;
  const Lexicon& seasons;
  const Lexicon& parts_of_day;
  const Lexicon& units;
  const Lexicon& numbers;
  const Lexicon& ordinals;
  const Lexicon& holidays;
  const Lexicon& vague;
  const Lexicon& deictic;
  const Lexicon& modifiers;
  const Lexicon& set_words;
  const Lexicon& zones;
  const Lexicon& tense_cues;
  const Lexicon& clock_words;

 private:
  static constexpr size_t kWordKey = 24;  // keys up to this size are packed in three words
  struct Packed {
    uint64_t w[3] = {0, 0, 0};  // the bytes, zero-padded, little-endian
    uint64_t size = 0;
  };
  static void pack(const char* p, size_t n, size_t readable, Packed* k) {
    static_assert(std::endian::native == std::endian::little);
    k->size = n;
    const size_t words = (n + 7) / 8;
    if (readable >= 8 * words) {  // whole words, the bytes past the key masked off
      for (size_t w = 0; w < words; ++w) std::memcpy(&k->w[w], p + 8 * w, 8);
      if (n & 7) k->w[words - 1] &= (uint64_t{1} << (8 * (n & 7))) - 1;
      return;
    }
    for (size_t i = 0; i < n; ++i)
      k->w[i >> 3] |= uint64_t{static_cast<unsigned char>(p[i])} << (8 * (i & 7));
  }
  static size_t filter_index(std::string_view s) {
    const size_t n = s.size() < 31 ? s.size() : 31;
    return n << 10 | (static_cast<unsigned char>(s.front()) & 31u) << 5 |
           (static_cast<unsigned char>(s.back()) & 31u);
  }
  static uint64_t mix(const Packed& k) {
    uint64_t h = (k.w[0] ^ k.size) * 0x9E3779B97F4A7C15ull;
    h ^= k.w[1] * 0xC2B2AE3D27D4EB4Full;
    h ^= k.w[2] * 0x165667B19E3779F9ull;
    return h ^ (h >> 31);
  }
  struct Entry {
    Packed key;                      // keys of more than kWordKey bytes: size only (long_keys_)
    WordClass cls;                   // cls.info = &infos_[info], set once the table is complete
    int32_t info = -1;               // index into infos_, -1: a function word only
  };
  const WordClass& classify_long(std::string_view norm) const;
  Entry& entry(std::string_view key);  // finds or adds
  WordInfo& slot(std::string_view key);
  void mark_phrase_starts(const Lexicon& lex, uint32_t bit, uint8_t list);
  void index_by_word(const LexiconVocabulary& vocabulary);

  std::vector<Entry> entries_;  // [0]: the sentinel of empty slots
  std::vector<std::pair<std::string, uint32_t>> long_keys_;  // key, index into entries_
  std::vector<WordInfo> infos_;
  std::vector<uint32_t> slots_;  // index into entries_ (0: empty)
  size_t mask_ = 0;
  int shift_ = 63;  // the slot of a hash is its top bits
  size_t max_key_size_ = 0;
  std::pair<const Lexicon*, uint8_t> checked_[5] = {};
  uint64_t filter_[kFilterWords] = {};  // bits by filter_index of every key
  // Word ids of vocabulary_ -> their class (IdIndex), and the filter of the keys that are no
  // word of vocabulary_ (a token in no list can only be one of those).
  const LexiconVocabulary* vocabulary_ = nullptr;
  uint64_t vocabulary_serial_ = 0;
  std::vector<uint32_t> word_slots_;   // IdIndex::slots
  int word_shift_ = 31;
  std::vector<WordClass> key_classes_;  // none, then the class of each key word
  std::vector<WordClass> entry_classes_;  // the class of each entry of entries_
  uint64_t unlisted_filter_[kFilterWords] = {};
  uint16_t unlisted_byte_[256] = {};  // one-byte keys in no list (, : ;) -> index into entries_
  size_t unlisted_keys_ = 0;
};

// A per-token array that compute() fills element by element: growing it zeroes nothing, and
// a TokenClasses reused for the next document keeps its storage.
template <typename T>
class TokenArray {
 public:
  size_t size() const { return size_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }
  T* data() { return data_.get(); }
  const T* data() const { return data_.get(); }
  size_t capacity() const { return capacity_; }
  // n elements, whose values are unspecified until written.
  void resize_for_overwrite(size_t n) {
    if (n > capacity_) {
      data_.reset(new T[n]);
      capacity_ = n;
    }
    size_ = n;
  }
  void release() {
    data_.reset();
    size_ = capacity_ = 0;
  }

 private:
  std::unique_ptr<T[]> data_;
  size_t size_ = 0;
  size_t capacity_ = 0;
};

// The classes of every token of a document, computed once (Recognizer::scan) and read by the
// patterns, the tense cues and the driver.
struct TokenClasses {
  TokenArray<const WordInfo*> info;  // word, clitic and punctuation tokens of <= 24 bytes
  // The function word code of every token, and the PhraseList bits of the lists whose entries
  // it may be the second token of (side by side: one two-byte store a token).
  TokenArray<TokenCodes> codes;
  TokenArray<uint8_t> blocked;       // 1: the token overlaps one of the spans to block
  // The tokens that may start a timex (could_start), in order, blocked or not: the scan
  // visits only these.
  TokenArray<uint32_t> starts;
  // One pass over the tokens. `block` (may be null) are the spans whose tokens are never part
  // of a timex.
  void compute(const Doc& doc, const TimeWords& words, const std::vector<ByteSpan>* block = nullptr);
  // Frees the storage when it has grown past `max_tokens` (after one huge document).
  void release_beyond(size_t max_tokens) {
    if (info.capacity() <= max_tokens) return;
    info.release();
    codes.release();
    blocked.release();
    starts.release();
  }

 private:
  // The pass over the tokens, with `classify(token)` giving a non-number token's WordClass:
  // fills every array.
  template <typename Classify>
  void classify_all(const Doc& doc, const Classify& classify);
};

// A token that starts with a digit (62, 4/29, 29th, 1990s, 7pm), whatever its kind.
inline bool numeric_token(const Doc& doc, const Token& t) {
  const char c = doc.text[t.begin];
  return c >= '0' && c <= '9';
}
// '90s, '82: an apostrophe for the century, glued to digits.
inline bool elided_year_token(const Doc& doc, const Token& t) {
  return t.end - t.begin >= 3 && doc.text[t.begin] == '\'' && doc.text[t.begin + 1] >= '0' &&
         doc.text[t.begin + 1] <= '9';
}

// Whether token i may start a timex, by its classes (`info` as in TokenClasses) and its
// neighbour's: the rule TokenClasses::compute applies as it goes (its `starts`), written out
// whole here for reading and for tests. Most tokens start none. A token may start one when it is a number, a word that
// is a timex or its head by itself (June, Sunday, months, today, Halloween), a hyphenated
// compound (mid-April, four-week), or a known word followed by a number or another known word
// ("the 1990s", "last week", "around five months").
inline bool could_start(const Doc& doc, const WordInfo* const* info, uint32_t i) {
  const Token& t = doc.tokens[i];
  if (numeric_token(doc, t) || elided_year_token(doc, t)) return true;
  const WordInfo* w = info[i];
  if (w && (w->has(kSelfStarting) || w->clock_hour >= 0)) return true;
  if (t.kind == TokenKind::kWord && t.has(kHasHyphen) && t.norm_size > 4) return true;
  if (!w || !w->has(kCanStart) || i + 1 >= doc.tokens.size()) return false;
  const Token& next = doc.tokens[i + 1];
  return numeric_token(doc, next) || elided_year_token(doc, next) || info[i + 1] != nullptr;
}

// "X" -> -1, an integer -> itself, anything else -> -2.
int parse_number_value(std::string_view s);

}  // namespace claimsift::temporal

#endif  // CLAIMSIFT_SRC_TEMPORAL_TIME_WORDS_H_
