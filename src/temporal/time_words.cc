// Temporal word classes from data/en/tables/time_*.tsv. See time_words.h.
// Tested by tests/temporal_test.cc.
#include "temporal/time_words.h"

#include <algorithm>
#include <charconv>
#include <cstring>


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

TimeWords::Entry& TimeWords::entry(std::string_view key) {
  if (key.size() > max_key_size_) max_key_size_ = key.size();
  if (!key.empty()) {
    const size_t f = filter_index(key);
    filter_[f >> 6] |= uint64_t{1} << (f & 63);
  }
  if (key.size() > kWordKey) {
    for (const auto& [k, e] : long_keys_)
      if (k == key) return entries_[e];
    long_keys_.emplace_back(std::string(key), static_cast<uint32_t>(entries_.size()));
    Entry& en = entries_.emplace_back();
    en.key.size = key.size();
    return en;
  }
  Packed k;
  pack(key.data(), key.size(), 0, &k);
  size_t i = static_cast<size_t>(mix(k) >> shift_);
  for (;; i = (i + 1) & mask_) {
    const uint32_t e = slots_[i];
    if (e == 0) break;
    Entry& en = entries_[e];
    if (en.key.w[0] == k.w[0] && en.key.w[1] == k.w[1] && en.key.w[2] == k.w[2] &&
        en.key.size == k.size)
      return en;
  }
  slots_[i] = static_cast<uint32_t>(entries_.size());
  Entry& en = entries_.emplace_back();
  en.key = k;
  return en;
}

const WordClass& TimeWords::classify_long(std::string_view norm) const {
  for (const auto& [k, e] : long_keys_)
    if (k == norm) return entries_[e].cls;
  return none();
}

WordInfo& TimeWords::slot(std::string_view key) {
  Entry& en = entry(key);
  if (en.info < 0) {
    en.info = static_cast<int32_t>(infos_.size());
    infos_.emplace_back();
  }
  return infos_[static_cast<size_t>(en.info)];
}

// The lexicon's own table holds every entry's normalised key once (key_at(k).entry >= 0), so
// the entries are read from there: no normalisation and no allocation at start-up.
template <typename Fn>
void each_key(const Lexicon& lex, Fn&& fn) {
  for (size_t k = 0; k < lex.key_count(); ++k) {
    const LexiconKey& key = lex.key_at(k);
    if (key.entry >= 0) fn(key.key, key.entry);
  }
}

void TimeWords::mark_phrase_starts(const Lexicon& lex, uint32_t bit, uint8_t list) {
  each_key(lex, [&](std::string_view key, int) {
    bool whole = false;
    std::string_view first = first_token(key, &whole);
    if (whole) return;
    slot(first).bits |= bit;
    // The word after the first, so a scan can skip "the" unless a temporal word follows it.
    std::string_view rest = key.substr(first.size());
    if (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
    if (rest.empty()) return;
    bool rest_whole = false;
    std::string_view second = first_token(rest, &rest_whole);
    if (second.empty()) return;
    WordInfo& w = slot(second);
    w.bits |= kSecondWord;
    w.second_in |= list;
  });
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
  // Every entry adds at most two keys (a word, or the first and second words of a phrase);
  // the table stays at most half full, so it never grows.
  size_t bound = static_cast<size_t>(kFunctionWordCount) + 32;
  for (const Lexicon* lex : {&months, &weekdays, &seasons, &parts_of_day, &units, &numbers,
                             &ordinals, &holidays, &vague, &deictic, &modifiers, &set_words,
                             &zones, &tense_cues, &clock_words}) {
    bound += 2 * lex->size();
  }
  size_t slot_count = 64;
  shift_ = 58;
  while (slot_count < 2 * bound) {
    slot_count *= 2;
    --shift_;
  }
  slots_.assign(slot_count, 0);
  mask_ = slot_count - 1;
  entries_.reserve(bound + 1);
  Entry& sentinel = entries_.emplace_back();
  sentinel.key.size = ~uint64_t{0};  // matches no key
  infos_.reserve(bound);
  // One pass per list: single-token entries get their class, multi-token ones mark their start.
  auto each = [](const Lexicon& lex, auto&& fn) {
    each_key(lex, [&](std::string_view key, int i) {
      if (key.find(' ') == std::string_view::npos) fn(key, i);
    });
  };
  each(months, [&](std::string_view k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kMonth;
    w.month = static_cast<int8_t>(parse_number_value(months.field(i, 0)));
  });
  each(weekdays, [&](std::string_view k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kWeekday;
    w.weekday = static_cast<int8_t>(parse_number_value(weekdays.field(i, 0)));
    w.weekday_plural = weekdays.field(i, 1) == "1";
  });
  each(seasons, [&](std::string_view k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kSeason;
    w.season = static_cast<int8_t>(parse_number_value(seasons.field(i, 1)));
  });
  each(parts_of_day, [&](std::string_view k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kPartOfDay;
    w.part_of_day = intern_code(parts_of_day.field(i, 0));
  });
  each(units, [&](std::string_view k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kUnit;
    std::string_view u = units.field(i, 0);
    if (u == "MIN") u = "MI";
    std::memcpy(w.unit, u.data(), u.size() < 2 ? u.size() : 2);
    w.unit_plural = units.field(i, 1) == "1";
  });
  each(numbers, [&](std::string_view k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kNumber;
    w.number = parse_number_value(numbers.field(i, 0));
  });
  each(ordinals, [&](std::string_view k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kOrdinal;
    w.ordinal = parse_number_value(ordinals.field(i, 0));
  });
  each(modifiers, [&](std::string_view k, int i) {
    WordInfo& w = slot(k);
    std::string_view kind = modifiers.field(i, 0);
    if (kind == "approx") w.bits |= kApprox;
    if (kind == "position") w.bits |= kPosition;
    if (kind == "inner") w.bits |= kInner;
  });
  each(zones, [&](std::string_view k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kZone;
    w.utc = zones.field(i, 0) == "Z";
  });
  each(set_words, [&](std::string_view k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kSetWord;
    w.set_entry = i;
  });
  each(clock_words, [&](std::string_view k, int i) {
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
  each(tense_cues, [&](std::string_view k, int i) {
    WordInfo& w = slot(k);
    w.bits |= kTenseCue;
    std::string_view t = tense_cues.field(i, 0);
    w.tense = t == "past"      ? TenseCue::kPast
              : t == "future"  ? TenseCue::kFuture
              : t == "perfect" ? TenseCue::kPerfect
                               : TenseCue::kNotPast;
  });
  mark_phrase_starts(holidays, kStartsHoliday, kPhraseHolidays);
  mark_phrase_starts(vague, kStartsVague, kPhraseVague);
  mark_phrase_starts(deictic, kStartsDeictic, kPhraseDeictic);
  mark_phrase_starts(numbers, kStartsNumber, kPhraseNumbers);
  mark_phrase_starts(modifiers, kStartsApprox, kPhraseModifiers);
  // Single-token phrase entries (halloween, recently, today) are looked up as phrases too.
  each(holidays, [&](std::string_view k, int) { slot(k).bits |= kStartsHoliday | kSingle; });
  each(vague, [&](std::string_view k, int) { slot(k).bits |= kStartsVague | kSingle; });
  each(deictic, [&](std::string_view k, int) { slot(k).bits |= kStartsDeictic | kSingle; });
  // Whole one-token entries of the phrase lists: a phrase look-up at a word that is none of
  // them and is not followed by a possible second word finds nothing (Scan::longest).
  const std::pair<const Lexicon*, uint8_t> phrase_lists[] = {
      {&numbers, kPhraseNumbers}, {&modifiers, kPhraseModifiers}, {&holidays, kPhraseHolidays},
      {&vague, kPhraseVague}, {&deictic, kPhraseDeictic}};
  static constexpr std::string_view kPhraseListNames[] = {
      "en/tables/time_numbers", "en/tables/time_modifiers", "en/tables/time_holidays",
      "en/tables/time_vague", "en/tables/time_deictic_days"};
  for (size_t p = 0; p < 5; ++p) {
    const Lexicon* lex = phrase_lists[p].first;
    const uint8_t bit = phrase_lists[p].second;  // not a structured binding: clang 14 cannot capture one
    each(*lex, [&](std::string_view k, int) { slot(k).whole_in |= bit; });
    if (lex == &LexiconSet::builtin().get(kPhraseListNames[p])) checked_[p] = phrase_lists[p];
  }
  // Function words of the patterns (grammar, not lexicon: patterns.cc reads them by name).
  static constexpr std::string_view kGlueWords[] = {
      "the", "a", "an", "this", "that", "last", "next", "every", "each", "earlier", "later",
      "early", "late", "past", "coming", "following", "previous", "final", "recent", "'",
      "once", "twice", "thrice", "same", "other", "times"};
  for (std::string_view g : kGlueWords) slot(g).bits |= kGlue;
  for (int c = 1; c < kFunctionWordCount; ++c)
    entry(kFunctionWords[c]).cls.codes.code = static_cast<uint8_t>(c);
  for (WordInfo& w : infos_) {
    w.start = w.has(kSelfStarting) || w.clock_hour >= 0 ? kStartsAlone
              : w.has(kCanStart)                        ? kStartsBeforeKnown
                                                        : kStartsNothing;
  }
  for (Entry& en : entries_) {
    if (en.info < 0) continue;
    const WordInfo& w = infos_[static_cast<size_t>(en.info)];
    en.cls.info = &w;
    en.cls.codes.second = w.second_in;
    en.cls.start = w.start;
  }
  index_by_word(l.vocabulary());
}

// Every key's word id in the vocabulary the tokenizer gives tokens (the set's own): a token's
// class is then read by its id, with no hashing of its text (IdIndex).
void TimeWords::index_by_word(const LexiconVocabulary& vocabulary) {
  if (entries_.size() > 0xFFFF || vocabulary.size() == 0) return;  // not indexed: classify()
  entry_classes_.reserve(entries_.size());
  for (const Entry& en : entries_) entry_classes_.push_back(en.cls);
  std::vector<std::pair<int32_t, uint32_t>> by_id;  // word id, index into entries_
  for (size_t e = 1; e < entries_.size(); ++e) {
    const Entry& en = entries_[e];
    std::string key;
    if (en.key.size > kWordKey) {
      for (const auto& [k, index] : long_keys_)
        if (index == e) key = k;
    } else {
      for (size_t i = 0; i < en.key.size; ++i)
        key += static_cast<char>((en.key.w[i >> 3] >> (8 * (i & 7))) & 0xFF);
    }
    const int32_t word = vocabulary.find(key);
    if (word >= 0) {
      by_id.emplace_back(word, static_cast<uint32_t>(e));
    } else {
      const size_t f = filter_index(key);
      unlisted_filter_[f >> 6] |= uint64_t{1} << (f & 63);
      if (key.size() == 1) unlisted_byte_[static_cast<unsigned char>(key[0])] = static_cast<uint16_t>(e);
      ++unlisted_keys_;
    }
  }
  // Too many keys or words for a slot's fields: not indexed (classify()).
  if (by_id.size() + 1 > IdIndex::kClassMask || vocabulary.size() >= (size_t{1} << (32 - IdIndex::kClassBits)) - 1)
    return;
  size_t slot_count = 64;
  word_shift_ = 26;
  while (slot_count < 4 * by_id.size()) {
    slot_count *= 2;
    --word_shift_;
  }
  word_slots_.assign(slot_count, 0);
  key_classes_.reserve(by_id.size() + 1);
  key_classes_.push_back(none());
  IdIndex index = id_index();
  for (const auto& [word, e] : by_id) {
    uint32_t i = index.home(word);
    while (word_slots_[i] != 0) i = (i + 1) & index.mask;
    word_slots_[i] = (static_cast<uint32_t>(word) + 1) << IdIndex::kClassBits |
                     static_cast<uint32_t>(key_classes_.size());
    key_classes_.push_back(entries_[e].cls);
  }
  vocabulary_ = &vocabulary;
  vocabulary_serial_ = vocabulary.serial();
}

const WordClass& TimeWords::classify_unlisted(std::string_view norm, size_t readable) const {
  const size_t n = norm.size();
  if (n == 1) return entries_[unlisted_byte_[static_cast<unsigned char>(norm[0])]].cls;
  if (n == 0 || n > max_key_size_ || !in_filter(unlisted_filter_, norm)) return none();
  return probe(norm, readable);
}

namespace {

// Marks the tokens that overlap a span (begin before the token ends, end after it begins).
// Tokens are sorted and do not overlap, so their ends increase: the first token a span can
// overlap is found by binary search, and the ones after it are walked while they begin inside.
void mark_blocked(const Doc& doc, const std::vector<ByteSpan>& spans, uint8_t* blocked) {
  const auto first = doc.tokens.begin();
  for (const ByteSpan s : spans) {
    auto it = std::partition_point(first, doc.tokens.end(),
                                   [&](const Token& t) { return t.end <= s.begin; });
    for (; it != doc.tokens.end() && it->begin < s.end; ++it) blocked[it - first] = 1;
  }
}

}  // namespace

namespace {

// A token's class by its vocabulary word id (TimeWords::indexes), its text looked up only for a
// form in no list.
struct ByWordId {
  ByWordId(const TimeWords& w, const Doc& d) : words(w), doc(d), index(w.id_index()) {}
  const WordClass& operator()(const Token& t) const {
    if (t.word >= 0) return index.of_word(t.word);
    if (t.norm_size == 1)  // punctuation, mostly
      return index.classes[index.by_byte[static_cast<unsigned char>(doc.norm_buffer[t.norm_begin])]];
    const std::string_view norm = doc.norm(t);
    if (norm.empty() || !words.may_be_unlisted_key(norm)) return words.none();
    return words.classify_unlisted(norm, doc.norm_buffer.size() - t.norm_begin);
  }
  const TimeWords& words;
  const Doc& doc;
  const TimeWords::IdIndex index;
};

// A token's class by its text (a document without word ids, or with another vocabulary's).
struct ByText {
  const WordClass& operator()(const Token& t) const {
    return words.classify(doc.norm(t), doc.norm_buffer.size() - t.norm_begin);
  }
  const TimeWords& words;
  const Doc& doc;
};

}  // namespace

void TokenClasses::compute(const Doc& doc, const TimeWords& words,
                           const std::vector<ByteSpan>* block) {
  const size_t n = doc.tokens.size();
  info.resize_for_overwrite(n);
  codes.resize_for_overwrite(n);
  blocked.resize_for_overwrite(n);
  starts.resize_for_overwrite(n);
  if (words.indexes(doc.vocabulary)) {
    classify_all(doc, ByWordId{words, doc});
  } else {
    classify_all(doc, ByText{words, doc});
  }
  std::memset(blocked.data(), 0, n);
  if (block) mark_blocked(doc, *block, blocked.data());
}

namespace {

// The class of a number token: no word class and no code, and the second token of an entry of
// any phrase list ("the 1990s", "a 20 year low").
constexpr WordClass kNumberClass{nullptr, TokenCodes{0, kAllPhraseLists}, kStartsNothing};

}  // namespace

template <typename Classify>
void TokenClasses::classify_all(const Doc& doc, const Classify& classify) {
  // Plain pointers: the byte stores below cannot make the compiler reload them.
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  const Token* tokens = doc.tokens.data();
  const char* text = doc.text.data();
  const WordInfo** info_out = info.data();
  TokenCodes* codes_out = codes.data();
  uint32_t* starts_out = starts.data();
  uint32_t start_count = 0;
  // The kinds whose classes the patterns read: words, clitics and punctuation.
  constexpr uint32_t kClassedKinds = 1u << static_cast<int>(TokenKind::kWord) |
                                     1u << static_cast<int>(TokenKind::kClitic) |
                                     1u << static_cast<int>(TokenKind::kPunct);
  bool pending = false;  // token j - 1 starts a timex if token j is a number or a known word
  for (uint32_t j = 0; j < n; ++j) {
    const Token& t = tokens[j];
    // Numbers are never in the table: no time word or function word starts with a digit.
    // A number may still be the second token of a phrase.
    const WordClass& c = t.kind == TokenKind::kNumber ? kNumberClass : classify(t);
    codes_out[j] = c.codes;
    const WordInfo* w = c.info;
    if (w != nullptr && (t.norm_size > 24 || ((kClassedKinds >> static_cast<int>(t.kind)) & 1) == 0))
      w = nullptr;
    info_out[j] = w;
    // could_start, read as the tokens go by: a number or '90s, a word that starts a timex
    // alone, a long hyphenated word; or, before one of those or a known word, a word that
    // starts one before a known word (kStartsBeforeKnown).
    const char c0 = text[t.begin];
    const bool digit = c0 >= '0' && c0 <= '9';
    // Most tokens: no class, no digit, no apostrophe, no hyphen; they start nothing.
    if (w == nullptr && !digit && c0 != '\'' && !t.has(kHasHyphen)) {
      pending = false;
      continue;
    }
    const bool lead = digit || (c0 == '\'' && t.end - t.begin >= 3 && text[t.begin + 1] >= '0' &&
                                text[t.begin + 1] <= '9');
    const StartKind start = w != nullptr ? c.start : kStartsNothing;
    const bool alone = lead || start == kStartsAlone ||
                       (t.has(kHasHyphen) && t.kind == TokenKind::kWord && t.norm_size > 4);
    if (pending && (lead || w != nullptr)) starts_out[start_count++] = j - 1;
    if (alone) starts_out[start_count++] = j;
    pending = !alone && start == kStartsBeforeKnown;
  }
  starts.resize_for_overwrite(start_count);
}

}  // namespace claimsift::temporal
