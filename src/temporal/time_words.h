// The temporal word classes, read once from data/en/tables/time_*.tsv into one hash table from
// a token's normalised form to everything the patterns ask about it (month 4, weekday 2, unit
// D, number 2, approximator, ...). One look-up per token classifies it for every pattern; most
// tokens are not in the table and start no timex.
//
// Tested by tests/temporal_test.cc (and tests/temporal_data_test.cc for the files).
#ifndef CLAIMSIFT_SRC_TEMPORAL_TIME_WORDS_H_
#define CLAIMSIFT_SRC_TEMPORAL_TIME_WORDS_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

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

enum class TenseCue : uint8_t { kNone, kPast, kFuture, kPerfect, kNotPast };

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
  bool has(uint32_t b) const { return (bits & b) != 0; }
};

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};

class TimeWords {
 public:
  explicit TimeWords(const LexiconSet& lexicons);

  // The class of a normalised token, or nullptr.
  const WordInfo* find(std::string_view norm) const {
    auto it = map_.find(norm);
    return it == map_.end() ? nullptr : &it->second;
  }

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
  WordInfo& slot(std::string_view key) { return map_[std::string(key)]; }
  void mark_phrase_starts(const Lexicon& lex, uint32_t bit);
  std::unordered_map<std::string, WordInfo, StringHash, std::equal_to<>> map_;
};

// "X" -> -1, an integer -> itself, anything else -> -2.
int parse_number_value(std::string_view s);

}  // namespace claimsift::temporal

#endif  // CLAIMSIFT_SRC_TEMPORAL_TIME_WORDS_H_
