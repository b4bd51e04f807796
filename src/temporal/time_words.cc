// Temporal word classes from data/en/tables/time_*.tsv. See time_words.h.
// Tested by tests/temporal_test.cc.
#include "temporal/time_words.h"

#include <charconv>
#include <cstring>

#include "claimsift/normalize.h"

namespace claimsift::temporal {
namespace {

// The first token of a normalised key, as the tokenizer would cut it ("new year's eve" -> "new",
// "valentine's day" -> "valentine", "presidents' day" -> "presidents"); whole = one token.
std::string_view first_token(std::string_view key, bool* whole) {
  size_t end = key.find(' ');
  std::string_view first = key.substr(0, end);
  bool clitic = false;
  if (first.size() > 2 && first.substr(first.size() - 2) == "'s") {
    first.remove_suffix(2);
    clitic = true;
  } else if (first.size() > 1 && first.back() == '\'' ) {
    first.remove_suffix(1);
    clitic = true;
  }
  *whole = end == std::string_view::npos && !clitic;
  return first;
}

const char* intern_code(std::string_view code) {
  static const char* const kCodes[] = {"MO", "AF", "EV", "NI"};
  for (const char* c : kCodes)
    if (code == c) return c;
  return nullptr;
}

}  // namespace

int parse_number_value(std::string_view s) {
  if (s == "X") return -1;
  int v = 0;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return r.ec == std::errc() && r.ptr == s.data() + s.size() ? v : -2;
}

void TimeWords::mark_phrase_starts(const Lexicon& lex, uint32_t bit) {
  for (size_t e = 0; e < lex.size(); ++e) {
    const std::string key = normalize(lex.surface(static_cast<int>(e)));
    bool whole = false;
    std::string_view first = first_token(key, &whole);
    if (whole) continue;
    slot(first).bits |= bit;
    // The word after the first, so a scan can skip "the" unless a temporal word follows it.
    std::string_view rest = std::string_view(key).substr(first.size());
    if (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
    if (rest.empty()) continue;
    bool rest_whole = false;
    std::string_view second = first_token(rest, &rest_whole);
    if (!second.empty()) slot(second).bits |= kSecondWord;
  }
}

TimeWords::TimeWords(const LexiconSet& l)
    : months(l.get("en/tables/time_months")),
      weekdays(l.get("en/tables/time_weekdays")),
      seasons(l.get("en/tables/time_seasons")),
      parts_of_day(l.get("en/tables/time_parts_of_day")),
      units(l.get("en/tables/time_units")),
      numbers(l.get("en/tables/time_numbers")),
      ordinals(l.get("en/tables/time_ordinals")),
      holidays(l.get("en/tables/time_holidays")),
      vague(l.get("en/tables/time_vague")),
      deictic(l.get("en/tables/time_deictic_days")),
      modifiers(l.get("en/tables/time_modifiers")),
      set_words(l.get("en/tables/time_set_words")),
      zones(l.get("en/tables/time_zones")),
      tense_cues(l.get("en/tables/time_tense_cues")),
      clock_words(l.get("en/tables/time_clock_words")) {
  // One pass per list: single-token entries get their class, multi-token ones mark their start.
  auto each = [](const Lexicon& lex, auto&& fn) {
    for (size_t e = 0; e < lex.size(); ++e) {
      const int i = static_cast<int>(e);
      const std::string key = normalize(lex.surface(i));
      if (key.find(' ') != std::string::npos) continue;
      fn(key, i);
    }
  };
  each(months, [&](const std::string& k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kMonth;
    w.month = static_cast<int8_t>(parse_number_value(months.field(i, 0)));
  });
  each(weekdays, [&](const std::string& k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kWeekday;
    w.weekday = static_cast<int8_t>(parse_number_value(weekdays.field(i, 0)));
    w.weekday_plural = weekdays.field(i, 1) == "1";
  });
  each(seasons, [&](const std::string& k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kSeason;
    w.season = static_cast<int8_t>(parse_number_value(seasons.field(i, 1)));
  });
  each(parts_of_day, [&](const std::string& k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kPartOfDay;
    w.part_of_day = intern_code(parts_of_day.field(i, 0));
  });
  each(units, [&](const std::string& k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kUnit;
    std::string_view u = units.field(i, 0);
    if (u == "MIN") u = "MI";
    std::memcpy(w.unit, u.data(), u.size() < 2 ? u.size() : 2);
    w.unit_plural = units.field(i, 1) == "1";
  });
  each(numbers, [&](const std::string& k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kNumber;
    w.number = parse_number_value(numbers.field(i, 0));
  });
  each(ordinals, [&](const std::string& k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kOrdinal;
    w.ordinal = parse_number_value(ordinals.field(i, 0));
  });
  each(modifiers, [&](const std::string& k, int i) {
    WordInfo& w = slot(k);
    std::string_view kind = modifiers.field(i, 0);
    if (kind == "approx") w.bits |= kApprox;
    if (kind == "position") w.bits |= kPosition;
    if (kind == "inner") w.bits |= kInner;
  });
  each(zones, [&](const std::string& k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kZone;
    w.utc = zones.field(i, 0) == "Z";
  });
  each(set_words, [&](const std::string& k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kSetWord;
    w.set_entry = i;
  });
  each(clock_words, [&](const std::string& k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kClockWord;
    std::string_view kind = clock_words.field(i, 0);
    if (kind == "am") w.half_day = 1;
    else if (kind == "pm") w.half_day = 2;
    else if (kind == "oclock") w.half_day = 3;
    else if (kind.size() == 5 && kind[2] == ':') {
      w.clock_hour = parse_number_value(kind.substr(0, 2));
      w.clock_minute = parse_number_value(kind.substr(3, 2));
    }
  });
  each(tense_cues, [&](const std::string& k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kTenseCue;
    std::string_view t = tense_cues.field(i, 0);
    w.tense = t == "past"      ? TenseCue::kPast
              : t == "future"  ? TenseCue::kFuture
              : t == "perfect" ? TenseCue::kPerfect
                               : TenseCue::kNotPast;
  });
  mark_phrase_starts(holidays, kStartsHoliday);
  mark_phrase_starts(vague, kStartsVague);
  mark_phrase_starts(deictic, kStartsDeictic);
  mark_phrase_starts(numbers, kStartsNumber);
  mark_phrase_starts(modifiers, kStartsApprox);
  // Single-token phrase entries (halloween, recently, today) are looked up as phrases too.
  each(holidays, [&](const std::string& k, int) { slot(k).bits |= kStartsHoliday | kSingle; });
  each(vague, [&](const std::string& k, int) { slot(k).bits |= kStartsVague | kSingle; });
  each(deictic, [&](const std::string& k, int) { slot(k).bits |= kStartsDeictic | kSingle; });
  // Function words of the patterns (grammar, not lexicon: patterns.cc reads them by name).
  static constexpr std::string_view kGlueWords[] = {
      "the", "a", "an", "this", "that", "last", "next", "every", "each", "earlier", "later",
      "early", "late", "past", "coming", "following", "previous", "final", "recent", "'",
      "once", "twice", "thrice", "same", "other", "times"};
  for (std::string_view g : kGlueWords) slot(g).bits |= kGlue;
}

}  // namespace claimsift::temporal
