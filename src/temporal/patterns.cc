// Recognition patterns over tokens. See patterns.h.
// Tested by tests/temporal_test.cc.
#include "temporal/patterns.h"

#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "claimsift/phrase_match.h"
#include "temporal/tense.h"

namespace claimsift::temporal {

const PatternInfo kPatterns[kPatternCount] = {
    {"year", "She married him in 2019."},
    {"year_range", "the swine flu pandemic of 2009-2010"},
    {"decade", "a hit in the 1990s"},
    {"century", "one of the great explorers of the 20th century"},
    {"month_day", "On April 29, the pair were snapped."},
    {"month_day_year", "The A380 flew on January 18, 2005 in Toulouse."},
    {"day_month", "They met on 29 April at a party."},
    {"day_month_year", "They met on 29 April 2025 at a party."},
    {"month_year", "She won Best New Actress in November 2022."},
    {"month", "She returned to Madrid in June."},
    {"relative_month", "He lost the election last May."},
    {"numeric_date", "The event was held on 7/8/07 in London."},
    {"iso_date", "The report is dated 2025-04-29."},
    {"weekday", "They were photographed on Sunday aboard a yacht."},
    {"relative_weekday", "The film premieres next Friday."},
    {"weekday_part_of_day", "She was seen at the studio on Tuesday night."},
    {"weekday_date", "It opened on Tuesday, May 28, 2024 in Paris."},
    {"relative_unit", "The pair met last month on set."},
    {"weekend", "They spent last weekend together in Ibiza."},
    {"season", "He was touring Asia in the spring."},
    {"season_year", "They are eyeing a summer 2025 wedding."},
    {"relative_season", "The show is due on Netflix next spring."},
    {"quarter", "Sales fell in the first quarter of 2009."},
    {"holiday", "Her residency kicks off on New Year's Eve."},
    {"holiday_weekend", "He was arrested over Memorial Day weekend."},
    {"deictic", "She returns to the stage tomorrow."},
    {"deictic_part_of_day", "The band played a secret show last night."},
    {"anchored_part_of_day", "He was booked on Sunday and released later that morning."},
    {"anchored_day", "They flew to Rome on May 2 and married the following day."},
    {"anchored_offset", "The outing followed a day after their dinner on May 2."},
    {"ago", "She pulled out of a gala two weeks ago."},
    {"vague", "They took a walk in a London park recently."},
    {"clock", "The club closed at 10:15 p.m. ET on Friday."},
    {"clock_with_day", "The launch was postponed until 15:00 GMT Saturday."},
    {"duration", "He dated her for three years."},
    {"duration_compound", "The airline signed a 27-year contract."},
    {"duration_vague", "She was shooting in Seoul for months."},
    {"set_every", "They shop at the market every Friday."},
    {"set_word", "She hosts a weekly cooking series."},
    {"set_plural_weekday", "He plays golf on Sundays."},
};

namespace {

constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}
// s == lit, byte by byte inline (string_view's operator== is an out-of-line call here).
constexpr bool same(std::string_view s, std::string_view lit) {
  if (s.size() != lit.size()) return false;
  for (size_t k = 0; k < lit.size(); ++k)
    if (s[k] != lit[k]) return false;
  return true;
}
// The suffix of an English ordinal number: st, nd, rd, th.
constexpr bool ordinal_suffix(std::string_view s) {
  return same(s, "st") || same(s, "nd") || same(s, "rd") || same(s, "th");
}
constexpr bool starts_with_mid(std::string_view s) { return s.size() > 4 && same(s.substr(0, 4), "mid-"); }

// Digits to a number, saturating at 999,999,999 (a digit run of any length never overflows).
int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (v > 99999999) return 999999999;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Words before a bare month name or a bare year that make it a date ("in June", "since 2019").
struct LicensingWords {
  bool by_code[256] = {};
  constexpr LicensingWords() {
    constexpr std::string_view kWords[] = {
        "in", "since", "by", "until", "till", "through", "from", "during", "before", "after",
        "between", "as", "of", "throughout", "early", "mid", "late", "around", "circa", "last",
        "next", "this", "that", "every", "each", "on"};
    for (std::string_view w : kWords) by_code[function_word_code(w)] = true;
  }
};
constexpr LicensingWords kLicensing;
bool licenses_bare(Code w) { return kLicensing.by_code[w.v]; }

// A unit code of time_units (S MI H D W FN M Q Y DE CE WE), compared as two bytes.
class UnitCode {
 public:
  explicit UnitCode(const char* u) : u_(u) {}
  template <size_t N>
  bool operator==(const char (&s)[N]) const {
    static_assert(N == 2 || N == 3, "a unit code has one or two letters");
    return u_[0] == s[0] && u_[1] == (N == 3 ? s[1] : '\0');
  }
  std::string_view view() const { return u_; }

 private:
  const char* u_;  // WordInfo::unit: two bytes and a terminating zero
};

std::string duration_value(int n, UnitCode unit) {
  // n < 0: unspecified ("several days" -> PXD).
  std::string count = n < 0 ? "X" : std::to_string(n);
  if (unit == "S") return "PT" + count + "S";
  if (unit == "MI") return "PT" + count + "M";
  if (unit == "H") return "PT" + count + "H";
  if (unit == "FN") return n < 0 ? "PXW" : "P" + std::to_string(2 * n) + "W";
  if (unit == "Q") return n < 0 ? "PXM" : "P" + std::to_string(3 * n) + "M";
  return "P" + count + std::string(unit.view());
}

Gran unit_gran(UnitCode u) {
  if (u == "D") return Gran::kDay;
  if (u == "W") return Gran::kWeek;
  if (u == "M") return Gran::kMonth;
  if (u == "Q") return Gran::kQuarter;
  if (u == "DE") return Gran::kDecade;
  if (u == "CE") return Gran::kCentury;
  return Gran::kYear;
}

// One bit per pattern function of Scan::core, for skipping those a token cannot start.
enum Gate : uint32_t {
  kGateYear = 1u << 0,
  kGateShortYear = 1u << 1,
  kGateDecade = 1u << 2,
  kGateCentury = 1u << 3,
  kGateMonth = 1u << 4,
  kGateDayMonth = 1u << 5,
  kGateNumeric = 1u << 6,
  kGateWeekday = 1u << 7,
  kGateRelative = 1u << 8,
  kGateSeason = 1u << 9,
  kGateQuarter = 1u << 10,
  kGateHoliday = 1u << 11,
  kGateDeictic = 1u << 12,
  kGateAnchored = 1u << 13,
  kGateVague = 1u << 14,
  kGateClock = 1u << 15,
  kGateQuantity = 1u << 16,
  kGateSets = 1u << 17,
};
// The patterns tried only at a token with a class (WordInfo).
constexpr uint32_t kGatesOfClassedWords = kGateWeekday | kGateRelative | kGateSeason |
                                          kGateQuarter | kGateHoliday | kGateDeictic |
                                          kGateAnchored | kGateVague;

// The patterns a function word can start, by its code: the words each pattern tests token i
// (or, after a determiner, the token after it) against.
struct GatesByCode {
  uint32_t of[256] = {};
  constexpr GatesByCode() {
    // (quantity reads "the" only before the words of kCountAfterThe or a number: Scan::gates)
    add("the", kGateDecade | kGateCentury | kGateDayMonth | kGateRelative | kGateSeason |
                   kGateQuarter | kGateAnchored);
    add("'", kGateDecade);  // ' 90s
    // last May, next Friday, this week, this spring, next Christmas (relative_at)
    for (const char* w : {"this", "last", "previous", "next", "coming"})
      add(w, kGateMonth | kGateWeekday | kGateRelative | kGateSeason | kGateHoliday);
    add("this", kGateDeictic);  // this morning
    add("earlier", kGateRelative | kGateDeictic | kGateAnchored);
    add("later", kGateRelative | kGateDeictic | kGateAnchored);
    add("early", kGateAnchored);
    add("late", kGateAnchored);
    add("that", kGateAnchored);
    add("recent", kGateQuantity);  // recent weeks
    for (const char* w : {"once", "twice", "thrice", "every", "each"}) add(w, kGateSets);
  }
  constexpr void add(const char* word, uint32_t gates) { of[function_word_code(word)] |= gates; }
};
constexpr GatesByCode kGatesByCode;
// The patterns "the" opens as a determiner: each then tests the token after it (gates_after_the).
constexpr uint32_t kGatesAfterThe = kGateDecade | kGateCentury | kGateDayMonth | kGateRelative |
                                    kGateSeason | kGateQuarter | kGateAnchored;

// The words after "the" that open a count (the past two years, the first three days).
struct CountAfterThe {
  bool has[256] = {};
  constexpr CountAfterThe() {
    for (const char* w : {"past", "last", "next", "coming", "following", "first", "previous", "final"})
      has[function_word_code(w)] = true;
  }
};
constexpr CountAfterThe kCountAfterThe;

class Scan {
 public:
  Scan(const TimeWords& w, const Doc& d, const uint8_t* blocked, const TokenClasses& c)
      : w_(w), doc_(d), blocked_(blocked), n_(static_cast<uint32_t>(d.tokens.size())),
        tokens_(d.tokens.data()), text_(d.text.data()), norms_(d.norm_buffer.data()),
        classes_(c), info_(c.info.data()), codes_(c.codes.data()) {}

  // Left to right over the tokens that may start a timex; a match's tokens start no other.
  void run(std::vector<Match>* out) {
    uint32_t next = 0;  // the first token not inside a match
    for (size_t s = 0; s < classes_.starts.size(); ++s) {
      const uint32_t i = classes_.starts[s];
      if (i < next || blocked_[i]) continue;
      // One Match serves every start: the patterns read only pattern and last before they
      // offer, and an offer sets every field but the tense.
      Match& best = best_;
      best.pattern = -1;
      best.tense = Tense::kUnknown;
      try_at(i, &best);
      if (best.pattern < 0) continue;
      if (needs_tense(best.partial))
        best.tense = clause_tense(doc_, w_, classes_, best.first, best.last);
      next = best.last;
      out->push_back(std::move(best));
    }
  }

 private:
  // ---- token access ----
  [[gnu::always_inline]] const Token& tok(uint32_t j) const { return tokens_[j]; }
  // A token that starts with a digit (62, 4/29, 29th, 1990s, 7pm), whatever its kind.
  [[gnu::always_inline]] bool numeric_tok(uint32_t j) const {
    const char c = text_[tokens_[j].begin];
    return c >= '0' && c <= '9';
  }
  [[gnu::always_inline]] std::string_view norm(uint32_t j) const {
    return std::string_view(norms_ + tokens_[j].norm_begin, tokens_[j].norm_size);
  }
  // A token that may belong to the expression that starts at start_.
  [[gnu::always_inline]] bool usable(uint32_t j) const {
    return j < n_ && !blocked_[j] && (j == start_ || !tok(j).has(kSentenceStart));
  }
  [[gnu::always_inline]] const WordInfo* W(uint32_t j) const { return usable(j) ? info_[j] : nullptr; }
  [[gnu::always_inline]] bool has(uint32_t j, uint32_t bit) const {
    const WordInfo* w = W(j);
    return w && w->has(bit);
  }
  [[gnu::always_inline]] bool is(uint32_t j, Fw w) const {
    return usable(j) && codes_[j].code == w.code;
  }
  // The function word code of token j (which must exist), usable or not.
  [[gnu::always_inline]] Code word(uint32_t j) const { return Code{codes_[j].code}; }
  [[gnu::always_inline]] bool cap(uint32_t j) const { return tok(j).has(kTitleCase) || tok(j).has(kAllUpper); }
  // A number token made of digits only; -1 otherwise.
  int digits(uint32_t j) const {
    if (!usable(j) || !numeric_tok(j)) return -1;
    std::string_view s = norm(j);
    if (s.size() > 6 || !all_digits(s)) return -1;
    return to_int(s);
  }
  int digit_count(uint32_t j) const { return static_cast<int>(norm(j).size()); }
  // A day of the month: 29, 29th, 2nd.
  int day_number(uint32_t j) const {
    if (!usable(j)) return -1;
    std::string_view s = norm(j);
    if (numeric_tok(j)) {
      size_t k = 0;
      while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
      if (k == 0 || k > 2) return -1;
      std::string_view rest = s.substr(k);
      if (!(rest.empty() || ordinal_suffix(rest))) return -1;
      const int v = to_int(s.substr(0, k));
      return v >= 1 && v <= 31 ? v : -1;
    }
    return -1;
  }
  int year_number(uint32_t j) const {
    const int v = digits(j);
    return v >= 1000 && v <= 2199 && digit_count(j) == 4 ? v : -1;
  }
  // A month name usable as a date word (capitalised; abbreviations need their period).
  int month_at(uint32_t j) const {
    const WordInfo* w = W(j);
    if (!w || !w->has(kMonth) || !cap(j)) return 0;
    return w->month;
  }
  int weekday_at(uint32_t j, bool* plural) const {
    const WordInfo* w = W(j);
    if (!w || !w->has(kWeekday) || !cap(j)) return 0;
    *plural = w->weekday_plural;
    return w->weekday;
  }

  // A quantity: digits, a number word, "twenty-four", or a phrase ("a dozen", "a couple of").
  // Remembered: the patterns tried at one token ask for the same one several times.
  bool number_at(uint32_t j, uint32_t* end, int* value) {
    NumberMemo& m = number_memo_;
    if (m.first != j || m.start != start_) {
      m.first = j;
      m.start = start_;
      m.end = UINT32_MAX;  // stays so when read_number_at writes nothing
      m.found = read_number_at(j, &m.end, &m.value);
    }
    if (m.end != UINT32_MAX) {  // written (a phrase of a value it cannot read returns false)
      *end = m.end;
      *value = m.value;
    }
    return m.found;
  }
  bool read_number_at(uint32_t j, uint32_t* end, int* value) {
    if (!usable(j)) return false;
    if (has(j, kStartsNumber)) {
      PhraseMatch pm = longest(j, w_.numbers);
      if (pm && pm.token_end > j + 1) {
        *end = pm.token_end;
        *value = parse_number_value(w_.numbers.field(pm.entry, 0));
        return *value >= -1;
      }
    }
    const int d = digits(j);
    if (d >= 0 && digit_count(j) <= 4) {
      *end = j + 1;
      *value = d;
      return true;
    }
    const WordInfo* w = W(j);
    if (w && w->has(kNumber)) {
      *end = j + 1;
      *value = w->number;
      return true;
    }
    if (tok(j).has(kHasHyphen) && tok(j).kind == TokenKind::kWord) {
      std::string_view s = norm(j);
      const size_t h = s.find('-');
      const WordInfo* a = w_.find(s.substr(0, h));
      const WordInfo* b = w_.find(s.substr(h + 1));
      if (a && b && a->has(kNumber) && b->has(kNumber) && a->number >= 20 && b->number < 10 &&
          b->number > 0) {
        *end = j + 1;
        *value = a->number + b->number;
        return true;
      }
    }
    return false;
  }
  uint32_t phrase_limit(uint32_t j) const {
    uint32_t e = j + 1;
    while (e < n_ && e < j + 6 && usable(e)) ++e;
    return e;
  }
  // The longest entry of `lex` at tokens [j, phrase_limit(j)) (match_longest, remembered).
  PhraseMatch longest(uint32_t j, const Lexicon& lex) {
    // Only one token can match when the next one is the second word of no entry of the list
    // (or no usable token: phrase_limit stops there): then a word that is no whole entry of a
    // (checked, built-in) list matches nothing there.
    const uint8_t bit = w_.checked_phrase_list(lex);
    if (bit && !(usable(j + 1) && (codes_[j + 1].second & bit) != 0)) {
      const WordInfo* w = info_[j];
      if (!(w && (w->whole_in & bit))) return PhraseMatch{};
    }
    const uint32_t limit = phrase_limit(j);
    for (const PhraseMemo& m : memo_)
      if (m.lex == &lex && m.first == j && m.limit == limit) return m.pm;
    PhraseMemo& m = memo_[memo_next_++ & 3];
    m.lex = &lex;
    m.first = j;
    m.limit = limit;
    m.pm = match_longest(doc_, j, limit, lex, &scratch_);
    return m.pm;
  }
  bool phrase(uint32_t j, const Lexicon& lex, PhraseMatch* pm) {
    *pm = longest(j, lex);
    return static_cast<bool>(*pm);
  }
  // An approximator ("around", "less than", "a mere"): its end.
  bool approx_at(uint32_t j, uint32_t* end) {
    if (has(j, kStartsApprox)) {
      PhraseMatch pm;
      if (phrase(j, w_.modifiers, &pm) && w_.modifiers.field(pm.entry, 0) == "approx") {
        *end = pm.token_end;
        return true;
      }
    }
    if (has(j, kApprox)) {
      *end = j + 1;
      return true;
    }
    return false;
  }
  bool position_at(uint32_t j, uint32_t* end) {
    if (has(j, kStartsApprox)) {
      PhraseMatch pm;
      if (phrase(j, w_.modifiers, &pm) && w_.modifiers.field(pm.entry, 0) == "position") {
        *end = pm.token_end;
        return true;
      }
    }
    if (has(j, kPosition)) {
      *end = j + 1;
      return true;
    }
    return false;
  }
  // last / next / this / this coming / this past / previous / coming -> direction.
  bool relative_at(uint32_t j, uint32_t* end, Dir* dir) const {
    if (!usable(j)) return false;
    const Code s = word(j);
    if (s == "this" && usable(j + 1) && (word(j + 1) == "past" || word(j + 1) == "coming")) {
      *end = j + 2;
      *dir = word(j + 1) == "past" ? Dir::kLast : Dir::kNext;
      return true;
    }
    if (s == "last" || s == "previous") *dir = Dir::kLast;
    else if (s == "next" || s == "coming") *dir = Dir::kNext;
    else if (s == "this") *dir = Dir::kThis;
    else return false;
    *end = j + 1;
    return true;
  }

  void offer(Match* best, uint32_t first, uint32_t last, Partial&& p, int id) {
    if (best->pattern >= 0 && last <= best->last) return;
    best->first = first;
    best->last = last;
    best->span = doc_.token_span(first, last);
    best->partial = std::move(p);
    best->pattern = id;
  }

  static Partial literal(TimexType type, std::string value) {
    Partial p;
    p.base = Base::kLiteral;
    p.type = type;
    p.literal = std::move(value);
    return p;
  }

  // ---- the driver of the patterns at one token ----
  void try_at(uint32_t i, Match* best) {
    start_ = i;
    core(i, best);
    // Most starts are no modifier: position_at and approx_at would find nothing.
    const WordInfo* w = info_[i];
    if (!(w && w->has(kStartsApprox | kPosition | kApprox))) {
      start_ = i;
      return;
    }
    uint32_t k;
    if (position_at(i, &k) && k < n_) {
      Match m;
      start_ = i;
      core(k, &m);
      if (m.pattern >= 0 && (m.partial.type == TimexType::kDate || m.partial.type == TimexType::kTime) &&
          m.first == k)
        offer(best, i, m.last, std::move(m.partial), m.pattern);
      // "the end of the month": the current period.
      const WordInfo* u = W(k + 1);
      if (is(k, "the") && u && u->has(kUnit) && !u->unit_plural) {
        const UnitCode unit(u->unit);
        if (unit == "W" || unit == "M" || unit == "Y") {
          Partial p;
          p.base = Base::kDctOffset;
          p.unit = unit == "W" ? Unit::kWeek : unit == "M" ? Unit::kMonth : Unit::kYear;
          p.gran = unit_gran(unit);
          offer(best, i, k + 2, std::move(p), kPatRelativeUnit);
        }
      }
    }
    if (approx_at(i, &k) && k < n_ && word(k) != "the") {
      Match m;
      start_ = i;
      core(k, &m);
      if (m.pattern >= 0 && m.first == k && m.partial.type != TimexType::kDate)
        offer(best, i, m.last, std::move(m.partial), m.pattern);
    }
    start_ = i;
  }

  // The patterns at token i, in a fixed order; those token i cannot start are skipped.
  void core(uint32_t i, Match* best) {
    const uint32_t saved = start_;
    const uint32_t g = gates(i);
    if (g & kGateYear) year(i, best);
    if (g & kGateShortYear) short_year(i, best);
    if (g & kGateDecade) decade(i, best);
    if (g & kGateCentury) century(i, best);
    if (g & kGateMonth) month_patterns(i, best);
    if (g & kGateDayMonth) day_month(i, best);
    if (g & kGateNumeric) numeric(i, best);
    if (g & kGateWeekday) weekday(i, best);
    if (g & kGateRelative) relative(i, best);
    if (g & kGateSeason) season(i, best);
    if (g & kGateQuarter) quarter(i, best);
    if (g & kGateHoliday) holiday(i, best);
    if (g & kGateDeictic) deictic(i, best);
    if (g & kGateAnchored) anchored(i, best);
    if (g & kGateVague) vague(i, best);
    if (g & kGateClock) clock(i, best);
    if (g & kGateQuantity) quantity(i, best);
    if (g & kGateSets) sets(i, best);
    start_ = saved;
  }

  // The patterns token i may start: a necessary condition of each, read from the first tests
  // the pattern makes of token i (its function word, its class bits, a digit, a hyphen, an
  // apostrophe, a final s). A pattern whose gate is closed would find nothing.
  uint32_t gates(uint32_t i) const {
    uint32_t g = kGatesByCode.of[codes_[i].code];
    if (word(i) == "the" && i + 1 < n_ &&
        (kCountAfterThe.has[codes_[i + 1].code] || numeric_tok(i + 1)))
      g |= kGateQuantity;
    if (numeric_tok(i)) g |= numeric_gates(i);
    const std::string_view s = norm(i);
    if (!s.empty() && s[0] == '\'') g |= kGateShortYear;
    // 1990s, '90s, mid-1990s: digits before the final s.
    if (s.size() >= 3 && s.back() == 's' && is_digit(s[s.size() - 2])) g |= kGateDecade;
    // A lone apostrophe opens a year or a decade only before digits (' 82, ' 90s).
    if (same(s, "'") && !year_digits_at(i + 1)) g &= ~(kGateShortYear | kGateDecade);
    if (tok(i).has(kHasHyphen))  // mid-May, 27-year
      g |= (starts_with_mid(s) ? kGateMonth : 0u) | kGateQuantity | kGateSets;
    // "the" and "that" open their patterns as determiners: the token after them decides.
    if (word(i) == "the") g &= ~kGatesAfterThe | gates_after_the(i + 1);
    if (word(i) == "that" && !anchored_after_that(i + 1)) g &= ~kGateAnchored;
    const WordInfo* w = info_[i];
    // The patterns of the table's words (weekdays, seasons, ordinals, phrase starts) and of the
    // function words in it (the, this, last, that, earlier, ...): a token without a class (a
    // number, a hyphenated compound) starts none of them.
    if (w == nullptr) return g & ~kGatesOfClassedWords;
    // An ordinal before a unit: the first quarter, the third century.
    if (w->has(kOrdinal) && unit_at(i + 1)) g |= kGateCentury | kGateQuarter;
    // A month or weekday name is a date word only when capitalised (month_at, weekday_at).
    if (w->has(kMonth) && cap(i)) g |= kGateMonth;
    if (w->has(kWeekday) && cap(i)) g |= kGateWeekday;
    if (w->has(kSeason)) g |= kGateSeason;
    // Holidays are names: capitalised, or after "the" (holiday).
    if (w->has(kStartsHoliday) && (cap(i) || word(i) == "the") &&
        may_open_phrase(i, *w, w_.holidays))
      g |= kGateHoliday;
    if (w->has(kStartsDeictic) && may_open_phrase(i, *w, w_.deictic)) g |= kGateDeictic;
    if (w->has(kStartsVague) && may_open_phrase(i, *w, w_.vague)) g |= kGateVague;
    if (w->has(kClockWord) && w->clock_hour >= 0) g |= kGateClock;
    if (w->has(kNumber | kStartsNumber)) g |= word_number_gates(i, *w);
    // A unit without a count is a duration only in the plural ("for months"; quantity).
    if (w->has(kUnit) && w->unit_plural) g |= kGateQuantity;
    if (w->has(kSetWord)) g |= kGateSets;
    return g;
  }

  // Whether token x has a unit's class (a century or a quarter after an ordinal).
  bool unit_at(uint32_t x) const { return x < n_ && info_[x] && info_[x]->has(kUnit); }

  // Whether token x may hold the digits of a year or decade after an apostrophe or "the": its
  // form starts with a digit, an apostrophe ('90s) or "mid-" (mid-1990s).
  bool year_digits_at(uint32_t x) const {
    if (x >= n_) return false;
    const std::string_view s = norm(x);
    return !s.empty() && (is_digit(s[0]) || s[0] == '\'' ||
                          (tok(x).kind == TokenKind::kWord && starts_with_mid(s)));
  }

  // Whether an entry of `lex` may start at word i, whose class says it is the first word of
  // one: it is a whole entry, or token i + 1 may be an entry's second word (as in longest).
  bool may_open_phrase(uint32_t i, const WordInfo& w, const Lexicon& lex) const {
    const uint8_t bit = w_.checked_phrase_list(lex);
    return bit == 0 || (w.whole_in & bit) != 0 ||
           (i + 1 < n_ && (codes_[i + 1].second & bit) != 0);
  }

  // Of the patterns that read "the" as a determiner (kGatesAfterThe), those token x after it
  // may continue: the first test each makes of that token (a digit, an ordinal, a unit, a
  // season, a position word, an apostrophe, a "mid-" word, or a function word it names).
  uint32_t gates_after_the(uint32_t x) const {
    if (x >= n_) return 0;
    uint32_t g = 0;
    if (numeric_tok(x)) g |= kGateCentury | kGateDayMonth;  // the 20th century, the 29th of April
    if (year_digits_at(x)) g |= kGateDecade;  // the 1990s, the '90s, the mid-1990s
    if (const WordInfo* w = info_[x]) {
      if (w->has(kPosition | kStartsApprox)) g |= kGateDecade;  // the early 1990s
      // the first quarter, the third century
      if (w->has(kOrdinal) && unit_at(x + 1)) g |= kGateCentury | kGateQuarter;
      if (w->has(kSeason)) g |= kGateSeason;                   // the spring
      if (w->has(kUnit)) g |= kGateRelative | kGateAnchored;   // the weekend, the day before
    }
    const Code c = word(x);
    if (c == "last" || c == "previous" || c == "next" || c == "coming" || c == "this" ||
        c == "past")
      g |= kGateRelative;  // the last week, the past year
    if (c == "same" || c == "following" || c == "next" || c == "previous")
      g |= kGateAnchored;  // the same day, the following morning
    return g;
  }
  // Whether "that" before token x may open an anchored expression (that same day, that night,
  // later that week).
  bool anchored_after_that(uint32_t x) const {
    if (x >= n_) return false;
    const WordInfo* w = info_[x];
    return word(x) == "same" || (w && w->has(kPartOfDay | kUnit));
  }

  // The patterns a token that starts with a digit may open, by its normalised form s (each
  // pattern's first tests of it): a year has 4 characters (2019), or 7 to 9 (2009-2010); the
  // ordinal of a century 3 or 4, the last no digit (20th); a day of the month at most 4 (29th),
  // before a month or "of"; a numeric date a '/' or '-'; a clock time one or two leading digits
  // and more after them (10:15, 7pm) or a clock word after the token (7 p.m.), or 4 digits
  // before a zone (0800 GMT). Counts: number_gates.
  uint32_t numeric_gates(uint32_t i) const {
    const std::string_view s = norm(i);
    const WordInfo* next = i + 1 < n_ ? info_[i + 1] : nullptr;
    uint32_t g = number_gates(i);
    if (s.size() == 4 || (s.size() >= 7 && s.size() <= 9)) g |= kGateYear;
    if ((s.size() == 3 || s.size() == 4) && !is_digit(s.back())) g |= kGateCentury;
    if (s.size() <= 4 && i + 1 < n_ && (word(i + 1) == "of" || (next && next->has(kMonth))))
      g |= kGateDayMonth;
    size_t digits = 0;
    while (digits < s.size() && is_digit(s[digits])) ++digits;
    for (size_t k = digits; k < s.size(); ++k) {
      if (s[k] == '/' || s[k] == '-') {
        g |= kGateNumeric;
        break;
      }
    }
    if ((digits <= 2 && (digits < s.size() || (next && next->has(kClockWord)))) ||
        (digits == 4 && s.size() == 4 && next && next->has(kZone)))
      g |= kGateClock;
    return g;
  }

  // The quantity and set patterns a number token i may start, by the token after it
  // (gates_after_count). A hyphenated number (compound: "27-year"), or one with a class of its
  // own (a number phrase may start with it), is tried whatever follows.
  uint32_t number_gates(uint32_t i) const {
    if (tok(i).has(kHasHyphen) || info_[i] != nullptr || i + 1 >= n_) return kGateQuantity | kGateSets;
    return gates_after_count(i + 1);
  }
  // The same for a number word ("two", "a"): a number phrase ("a dozen", "a couple of") may
  // go on whatever follows, unless token i + 1 is the second word of no entry of the list (as
  // in longest); a count of one word as number_gates says, or before digits ("a 20 year low").
  uint32_t word_number_gates(uint32_t i, const WordInfo& w) const {
    if (tok(i).has(kHasHyphen) || i + 1 >= n_) return kGateQuantity | kGateSets;
    const uint8_t numbers = w_.checked_phrase_list(w_.numbers);
    if (w.has(kStartsNumber) && (numbers == 0 || (codes_[i + 1].second & numbers) != 0))
      return kGateQuantity | kGateSets;
    return gates_after_count(i + 1) | (numeric_tok(i + 1) ? kGateQuantity : 0u);
  }
  // The quantity and set patterns a count may open when token x follows it: a count is followed
  // by its unit ("3 days"), an adjective and the unit ("six straight days"), or "and", "to",
  // "or" and a second count ("between 12 and 18 months"); a set by "times" ("3 times a week").
  uint32_t gates_after_count(uint32_t x) const {
    const Code next = word(x);
    const WordInfo* w = info_[x];
    uint32_t g = 0;
    if ((w && w->has(kUnit | kInner)) || next == "and" || next == "to" || next == "or")
      g |= kGateQuantity;
    if (next == "times") g |= kGateSets;
    return g;
  }

  // ---- years, decades, centuries ----
  void year(uint32_t i, Match* best) {
    if (!numeric_tok(i) || !usable(i)) return;
    std::string_view s = norm(i);
    // 2009-2010, 1957-58: the two years of a range, the first here and the second after it.
    if (s.size() >= 7 && s.size() <= 9 && s[4] == '-' && all_digits(s.substr(0, 4)) &&
        all_digits(s.substr(5))) {
      const int a = to_int(s.substr(0, 4));
      std::string_view tail = s.substr(5);
      const int b = tail.size() == 4 ? to_int(tail) : tail.size() == 2 ? a / 100 * 100 + to_int(tail) : -1;
      if (a >= 1000 && a <= 2199 && b > a && b - a < 100) {
        Match m;
        m.first = i;
        m.last = i + 1;
        m.span = ByteSpan{tok(i).begin, tok(i).begin + 4};
        m.partial = literal(TimexType::kDate, std::to_string(a));
        m.pattern = kPatYearRange;
        if (best->pattern < 0 || best->last < i + 1) *best = std::move(m);
      }
      return;
    }
    const int y = year_number(i);
    if (y < 0) return;
    // A number inside a name ("the Russell 2000 Index"): capitalised words on both sides.
    if (i > 0 && usable(i + 1) && tok(i - 1).has(kTitleCase) && !tok(i - 1).has(kSentenceStart) &&
        tok(i + 1).has(kTitleCase) && !(info_[i - 1] && info_[i - 1]->has(kMonth | kSeason)))
      return;
    if (i > 0) {
      const Code p = word(i - 1);
      if (p == "$" || p == "£" || p == "€" || p == "#" || p == "no." || p == "number") return;
    }
    if (usable(i + 1)) {
      const Code nx = word(i + 1);
      if (nx == "%" || nx == "percent" || numeric_tok(i + 1)) return;
      // Clock time, e.g. "1500 GMT" or "2100 hours", is not a year.
      if (has(i + 1, kZone) || nx == "hours" || nx == "hrs") return;
    }
    const bool plain = y >= 1900 && y <= 2099;
    if (!plain && !(i > 0 && licenses_bare(word(i - 1)))) return;
    offer(best, i, i + 1, literal(TimexType::kDate, std::to_string(y)), kPatYear);
  }

  // '82: a year with its century left out.
  void short_year(uint32_t i, Match* best) {
    uint32_t end = i + 1;
    std::string_view s = usable(i) ? norm(i) : std::string_view();
    if (s == "'" && usable(i + 1) && !tok(i + 1).has(kSpaceBefore)) {
      s = norm(i + 1);
      end = i + 2;
    } else if (s.size() == 3 && s[0] == '\'') {
      s.remove_prefix(1);  // '82 as one token
    } else {
      return;
    }
    if (s.size() != 2 || !all_digits(s)) return;
    const int d = to_int(s);
    offer(best, i, end, literal(TimexType::kDate, std::to_string(d >= 30 ? 1900 + d : 2000 + d)),
          kPatYear);
  }

  void decade(uint32_t i, Match* best) {
    uint32_t j = i;
    const bool the = is(j, "the");
    if (the) ++j;
    uint32_t pos_end;
    if (the && position_at(j, &pos_end)) j = pos_end;
    if (is(j, "'") && usable(j + 1)) ++j;
    if (!usable(j)) return;
    std::string_view s = norm(j);
    // '90s as one token or as ' + 90s
    if (!s.empty() && s[0] == '\'') s.remove_prefix(1);
    else if (!numeric_tok(j) && tok(j).kind != TokenKind::kWord) return;  // mid-1990s is a word
    if (starts_with_mid(s)) s.remove_prefix(4);
    if (s.size() < 3 || s.back() != 's') return;
    std::string_view num = s.substr(0, s.size() - 1);
    if (!all_digits(num)) return;
    int value;
    if (num.size() == 4 && num[3] == '0') {
      value = to_int(num) / 10;
    } else if (num.size() == 2 && num[1] == '0') {
      const int d = to_int(num);
      value = d >= 20 ? 190 + d / 10 : 200 + d / 10;
    } else {
      return;
    }
    // "the 1990s" or a bare "1990s"; a bare "90s" is an age ("in her 90s").
    if (num.size() == 2 && !the && !(j > i)) {
      // "the 70s and 80s": the second of a pair of decades.
      const bool pair = i >= 2 && (word(i - 1) == "and" || word(i - 1) == "or" || word(i - 1) == "to") &&
                        numeric_tok(i - 2) && !norm(i - 2).empty() && norm(i - 2).back() == 's';
      if (!pair) return;
    }
    offer(best, i, j + 1, literal(TimexType::kDate, std::to_string(value)), kPatDecade);
  }

  void century(uint32_t i, Match* best) {
    uint32_t j = i;
    if (is(j, "the")) ++j;
    if (!usable(j)) return;
    int n = -1;
    std::string_view s = norm(j);
    if (numeric_tok(j) && s.size() >= 3 && s.size() <= 4) {
      std::string_view suf = s.substr(s.size() - 2);
      if (ordinal_suffix(suf) && all_digits(s.substr(0, s.size() - 2)))
        n = to_int(s.substr(0, s.size() - 2));
    } else if (const WordInfo* w = W(j); w && w->has(kOrdinal)) {
      n = w->ordinal;
    }
    if (n < 1 || n > 22) return;
    const WordInfo* u = W(j + 1);
    if (!u || !u->has(kUnit) || UnitCode(u->unit) != "CE" || u->unit_plural) return;
    char buf[8];
    std::snprintf(buf, sizeof buf, "%02d", n - 1);
    offer(best, i, j + 2, literal(TimexType::kDate, buf), kPatCentury);
  }

  // ---- months ----
  void month_patterns(uint32_t i, Match* best) {
    // last May / next March / this June
    uint32_t j = i;
    Dir dir = Dir::kByTense;
    const bool rel = relative_at(i, &j, &dir);
    int m = month_at(j);
    bool mid = false;
    if (!m && usable(j) && tok(j).has(kHasHyphen)) {
      std::string_view s = norm(j);
      if (starts_with_mid(s)) {
        const WordInfo* w = w_.find(s.substr(4));
        if (w && w->has(kMonth)) {
          m = w->month;
          mid = true;
        } else if (s.size() == 8 && all_digits(s.substr(4))) {
          offer(best, i, j + 1, literal(TimexType::kDate, std::string(s.substr(4))), kPatYear);
          return;
        }
      }
    }
    if (!m) return;
    Partial p;
    p.base = Base::kCalendar;
    p.month = m;
    if (rel) {
      p.gran = Gran::kMonth;
      p.dir = dir;
      offer(best, i, j + 1, std::move(p), kPatRelativeMonth);
      return;
    }
    const bool abbrev_no_period = norm(j).size() <= 4 && !norm(j).empty() && norm(j).back() != '.' && word(j) != "may" &&
                                  word(j) != "june" && word(j) != "july";
    // Month Day [, Year]
    const int d = day_number(j + 1);
    if (d > 0 && !mid && !(usable(j + 2) && word(j + 2) == ":") &&
        !(usable(j + 2) && (has(j + 2, kUnit) || word(j + 2) == "%"))) {
      uint32_t k = j + 2;
      if (is(k, ",")) ++k;
      const int y = year_number(k);
      if (y > 0 && is_valid_date(y, m, d)) {
        p.year = y;
        p.day = d;
        p.gran = Gran::kDay;
        offer(best, i, k + 1, std::move(p), kPatMonthDayYear);
        return;
      }
      if (is_valid_date(2024, m, d)) {
        p.day = d;
        p.gran = Gran::kDay;
        offer(best, i, j + 2, std::move(p), kPatMonthDay);
        return;
      }
    }
    if (abbrev_no_period) return;
    // October of next year
    if (is(j + 1, "of")) {
      uint32_t e;
      Dir rdir;
      const WordInfo* yu = nullptr;
      if (relative_at(j + 2, &e, &rdir) && (yu = W(e)) && yu->has(kUnit) &&
          UnitCode(yu->unit) == "Y" && !yu->unit_plural) {
        p.base = Base::kDctOffset;
        p.unit = Unit::kYear;
        p.gran = Gran::kMonth;
        p.offset = rdir == Dir::kLast ? -1 : rdir == Dir::kNext ? 1 : 0;
        offer(best, i, e + 1, std::move(p), kPatMonthYear);
        return;
      }
    }
    // Month [of] Year
    uint32_t k = j + 1;
    if (is(k, "of") || is(k, ",")) ++k;
    const int y = year_number(k);
    if (y > 0) {
      p.year = y;
      p.gran = Gran::kMonth;
      offer(best, i, k + 1, std::move(p), kPatMonthYear);
      return;
    }
    // A bare month needs a licensing word before it ("in June", "since May", "early December").
    bool licensed = mid;
    if (j > 0) {
      const Code pv = word(j - 1);
      licensed = licensed || licenses_bare(pv);
      if ((pv == "and" || pv == "or" || pv == "to" || pv == "-") && j > 1) {
        const WordInfo* w = info_[j - 2];
        licensed = licensed || (w && w->has(kMonth));
      }
    }
    if (!licensed) return;
    p.gran = Gran::kMonth;
    offer(best, i, j + 1, std::move(p), kPatMonth);
  }

  // 29 April [2025]; the 29th of April
  void day_month(uint32_t i, Match* best) {
    uint32_t j = i;
    const bool the = is(j, "the");
    if (the) ++j;
    const int d = day_number(j);
    if (d < 0) return;
    uint32_t k = j + 1;
    if (the) {
      if (!is(k, "of")) return;
      ++k;
    } else if (is(k, "of")) {
      ++k;
    }
    const int m = month_at(k);
    if (!m || !is_valid_date(2024, m, d)) return;
    Partial p;
    p.base = Base::kCalendar;
    p.month = m;
    p.day = d;
    p.gran = Gran::kDay;
    uint32_t e = k + 1;
    if (is(e, ",")) ++e;
    const int y = year_number(e);
    if (y > 0 && is_valid_date(y, m, d)) {
      p.year = y;
      offer(best, i, e + 1, std::move(p), kPatDayMonthYear);
      return;
    }
    offer(best, i, k + 1, std::move(p), kPatDayMonth);
  }

  // 4/29/2025, 7/8/07, 4/29 (after "on"), 2025-04-29
  void numeric(uint32_t i, Match* best) {
    if (!usable(i) || !numeric_tok(i)) return;
    std::string_view s = norm(i);
    int parts[3];
    int lens[3];
    int count = 0;
    char sep = 0;
    size_t a = 0;
    for (size_t b = 0; b <= s.size(); ++b) {
      if (b == s.size() || s[b] == '/' || s[b] == '-') {
        if (b < s.size()) {
          if (sep && s[b] != sep) return;
          sep = s[b];
        }
        std::string_view part = s.substr(a, b - a);
        if (count == 3 || !all_digits(part) || part.size() > 4) return;
        lens[count] = static_cast<int>(part.size());
        parts[count++] = to_int(part);
        a = b + 1;
      }
    }
    if (count < 2 || !sep) return;
    Partial p;
    p.base = Base::kCalendar;
    p.gran = Gran::kDay;
    if (sep == '-' && count == 3 && lens[0] == 4 && lens[1] == 2 && lens[2] == 2) {
      if (!is_valid_date(parts[0], parts[1], parts[2])) return;
      p.year = parts[0];
      p.month = parts[1];
      p.day = parts[2];
      offer(best, i, i + 1, std::move(p), kPatIsoDate);
      return;
    }
    if (sep != '/') return;
    if (count == 3) {
      int y = parts[2];
      if (lens[2] == 2) y += y < 50 ? 2000 : 1900;
      else if (lens[2] != 4) return;
      if (!is_valid_date(y, parts[0], parts[1])) return;
      p.year = y;
      p.month = parts[0];
      p.day = parts[1];
      offer(best, i, i + 1, std::move(p), kPatNumericDate);
      return;
    }
    // m/d alone only where a date is expected ("on 4/29").
    if (i == 0 || !(word(i - 1) == "on" || word(i - 1) == "since" || word(i - 1) == "until")) return;
    if (!is_valid_date(2024, parts[0], parts[1]) || lens[1] > 2) return;
    p.month = parts[0];
    p.day = parts[1];
    offer(best, i, i + 1, std::move(p), kPatNumericDate);
  }

  // ---- weekdays ----
  void weekday(uint32_t i, Match* best) {
    uint32_t j = i;
    Dir dir = Dir::kByTense;
    const bool rel = relative_at(i, &j, &dir);
    bool plural = false;
    const int wd = weekday_at(j, &plural);
    if (!wd) return;
    // A weekday word inside a title-case name ("Sunday Supper", "Monday Night Football").
    if (usable(j + 1) && tok(j + 1).kind == TokenKind::kWord && tok(j + 1).has(kTitleCase) &&
        !info_[j + 1] && !tok(j + 1).has(kSentenceStart))
      return;
    if (plural) {
      if (rel) return;
      offer(best, i, j + 1, literal(TimexType::kSet, "XXXX-WXX-" + std::to_string(wd)),
            kPatSetPluralWeekday);
      return;
    }
    Partial p;
    p.base = Base::kWeekday;
    p.weekday = wd;
    p.dir = rel ? dir : Dir::kByTense;
    // Tuesday night
    if (const WordInfo* w = W(j + 1); w && w->has(kPartOfDay) && !is_plural_pod(j + 1)) {
      // "Saturday Night Live": a capitalised part of day followed by another capitalised word.
      if (tok(j + 1).has(kTitleCase) && usable(j + 2) && tok(j + 2).kind == TokenKind::kWord &&
          tok(j + 2).has(kTitleCase) && !info_[j + 2])
        return;
      p.type = TimexType::kTime;
      p.part_of_day = w->part_of_day;
      offer(best, i, j + 2, std::move(p), kPatWeekdayPartOfDay);
      return;
    }
    // Tuesday, May 28[, 2024]: the date decides.
    if (!rel) {
      uint32_t k = j + 1;
      if (is(k, ",")) ++k;
      Match m;
      const uint32_t saved = start_;
      month_patterns(k, &m);
      day_month(k, &m);
      start_ = saved;
      if (m.pattern == kPatMonthDay || m.pattern == kPatMonthDayYear || m.pattern == kPatDayMonth ||
          m.pattern == kPatDayMonthYear) {
        offer(best, i, m.last, std::move(m.partial), kPatWeekdayDate);
        return;
      }
    }
    offer(best, i, j + 1, std::move(p), rel ? kPatRelativeWeekday : kPatWeekday);
  }
  bool is_plural_pod(uint32_t j) const {
    std::string_view s = norm(j);
    return s.size() > 1 && s.back() == 's';
  }

  // ---- last week, this month, next year, the weekend, earlier this year ----
  void relative(uint32_t i, Match* best) {
    uint32_t j = i;
    bool the = false;
    // earlier / later / early / late + this|last|next: in the extent, value unchanged.
    if (is(j, "earlier") || is(j, "later")) ++j;
    if (is(j, "the")) {
      the = true;
      ++j;
    }
    Dir dir = Dir::kByTense;
    uint32_t k = j;
    bool rel = relative_at(j, &k, &dir);
    bool past = false;
    if (!rel && the && is(j, "past")) {
      past = true;
      k = j + 1;
    }
    if (!rel && !past) {
      // the weekend, over the weekend
      if (the && j == i + 1) {
        const WordInfo* u = W(j);
        if (u && u->has(kUnit) && UnitCode(u->unit) == "WE" && !u->unit_plural) {
          Partial p;
          p.base = Base::kWeekend;
          offer(best, i, j + 1, std::move(p), kPatWeekend);
        }
      }
      return;
    }
    if (j > i && !the && !(is(i, "earlier") || is(i, "later"))) return;
    const WordInfo* u = W(k);
    if (!u || !u->has(kUnit) || u->unit_plural) return;
    const UnitCode unit(u->unit);
    if (unit == "WE") {
      if (past) return;
      Partial p;
      p.base = Base::kWeekend;
      p.dir = dir;
      offer(best, i, k + 1, std::move(p), kPatWeekend);
      return;
    }
    // "the next decade", "the coming week": the span of time ahead (TimeML DURATION).
    if (the && !past && dir == Dir::kNext) past = true;
    if (past) {
      // "the past week": the seven days up to now.
      if (unit == "D" || unit == "H" || unit == "MI" || unit == "S") return;
      offer(best, i, k + 1, literal(TimexType::kDuration, duration_value(1, unit)), kPatDuration);
      return;
    }
    if (!(unit == "W" || unit == "M" || unit == "Y" || unit == "Q" || unit == "DE" || unit == "CE"))
      return;
    Partial p;
    p.base = Base::kDctOffset;
    p.gran = unit_gran(unit);
    const int off = dir == Dir::kLast ? -1 : dir == Dir::kNext ? 1 : 0;
    p.offset = off;
    if (unit == "W") p.unit = Unit::kWeek;
    else if (unit == "M") p.unit = Unit::kMonth;
    else if (unit == "Q") p.unit = Unit::kQuarter;
    else {
      p.unit = Unit::kYear;
      if (unit == "DE") p.offset = off * 10;
      if (unit == "CE") p.offset = off * 100;
    }
    offer(best, i, k + 1, std::move(p), kPatRelativeUnit);
  }

  // ---- seasons ----
  void season(uint32_t i, Match* best) {
    uint32_t j = i;
    Dir dir = Dir::kByTense;
    const bool the = is(j, "the");
    if (the) ++j;
    const bool rel = !the && relative_at(i, &j, &dir);
    const WordInfo* w = W(j);
    if (!w || !w->has(kSeason)) return;
    // "fall" and "spring" are also verbs and nouns: a bare one needs a date context.
    Partial p;
    p.base = Base::kCalendar;
    p.gran = Gran::kSeason;
    p.season = w->season;
    p.dir = rel ? dir : Dir::kByTense;
    uint32_t k = j + 1;
    if (is(k, "of")) ++k;
    const int y = year_number(k);
    if (y > 0 && !rel) {
      p.year = y;
      offer(best, i, k + 1, std::move(p), kPatSeasonYear);
      return;
    }
    if (rel) {
      offer(best, i, j + 1, std::move(p), kPatRelativeSeason);
      return;
    }
    if (!the) {
      const bool licensed = i > 0 && licenses_bare(word(i - 1)) && word(i - 1) != "of";
      if (!licensed || word(j) == "fall" || word(j) == "spring") return;
    }
    // "the fall of Rome": a season followed by "of" + not a year is not a date.
    if (is(j + 1, "of")) return;
    // "the Winter Olympics", "Summer Games": a capitalised season inside a name.
    if (tok(j).has(kTitleCase) && !tok(j).has(kSentenceStart) && usable(j + 1) && cap(j + 1) &&
        tok(j + 1).kind == TokenKind::kWord)
      return;
    offer(best, i, j + 1, std::move(p), kPatSeason);
  }

  // ---- quarters: the first quarter [of 2009 | of last year] ----
  void quarter(uint32_t i, Match* best) {
    uint32_t j = i;
    if (is(j, "the")) ++j;
    const WordInfo* o = W(j);
    if (!o || !o->has(kOrdinal) || o->ordinal < 1 || o->ordinal > 4) return;
    const WordInfo* u = W(j + 1);
    if (!u || !u->has(kUnit) || UnitCode(u->unit) != "Q" || u->unit_plural) return;
    Partial p;
    p.base = Base::kCalendar;
    p.gran = Gran::kQuarter;
    p.quarter = o->ordinal;
    uint32_t k = j + 2;
    if (is(k, "of")) {
      const int y = year_number(k + 1);
      if (y > 0) {
        p.year = y;
        offer(best, i, k + 2, std::move(p), kPatQuarter);
        return;
      }
      uint32_t e;
      Dir dir;
      const WordInfo* yu = nullptr;
      if (relative_at(k + 1, &e, &dir) && (yu = W(e)) && yu->has(kUnit) &&
          UnitCode(yu->unit) == "Y" && !yu->unit_plural) {
        p.dir = dir == Dir::kLast ? Dir::kLast : dir == Dir::kNext ? Dir::kNext : Dir::kThis;
        // The quarter of a named year: resolve as a year offset, then the quarter in it.
        p.base = Base::kDctOffset;
        p.unit = Unit::kYear;
        p.gran = Gran::kYear;
        p.offset = dir == Dir::kLast ? -1 : dir == Dir::kNext ? 1 : 0;
        offer(best, i, e + 1, std::move(p), kPatQuarter);
        return;
      }
    }
    offer(best, i, j + 2, std::move(p), kPatQuarter);
  }

  // ---- holidays ----
  void holiday(uint32_t i, Match* best) {
    uint32_t j = i;
    Dir dir = Dir::kByTense;
    const bool rel = relative_at(i, &j, &dir);
    if (!has(j, kStartsHoliday)) return;
    // Holidays are names: the first word is capitalised ("the Fourth of July" starts with "the").
    if (!cap(j) && !(word(j) == "the" && usable(j + 1) && cap(j + 1))) return;
    PhraseMatch pm;
    if (!phrase(j, w_.holidays, &pm)) return;
    Partial p;
    p.base = Base::kHoliday;
    p.holiday = pm.entry;
    p.dir = rel ? dir : Dir::kByTense;
    uint32_t k = pm.token_end;
    if (const WordInfo* u = W(k); u && u->has(kUnit) && UnitCode(u->unit) == "WE" && !u->unit_plural) {
      p.weekend = true;
      offer(best, i, k + 1, std::move(p), kPatHolidayWeekend);
      return;
    }
    // Christmas 2019, Christmas Day 2019
    uint32_t e = k;
    if (is(e, ",")) ++e;
    if (const int y = year_number(e); y > 0 && !rel) {
      p.year = y;
      offer(best, i, e + 1, std::move(p), kPatHoliday);
      return;
    }
    offer(best, i, k, std::move(p), kPatHoliday);
  }

  // ---- today, tomorrow, last night, this morning, earlier today ----
  void deictic(uint32_t i, Match* best) {
    uint32_t j = i;
    if (is(j, "earlier") || is(j, "later")) ++j;
    // "the Today show", "The Tonight Show": a capitalised deictic word inside a sentence is a name.
    if (has(j, kStartsDeictic) && !(tok(j).has(kTitleCase) && !tok(j).has(kSentenceStart) && j == i)) {
      PhraseMatch pm;
      if (phrase(j, w_.deictic, &pm)) {
        Partial p;
        p.base = Base::kDctOffset;
        p.unit = Unit::kDay;
        p.gran = Gran::kDay;
        p.offset = parse_number_value(w_.deictic.field(pm.entry, 0));
        std::string_view pod = w_.deictic.field(pm.entry, 1);
        uint32_t e = pm.token_end;
        int id = kPatDeictic;
        if (pod != "-") {
          p.type = TimexType::kTime;
          p.part_of_day = pod == "NI" ? "NI" : pod == "MO" ? "MO" : pod == "AF" ? "AF" : "EV";
          id = kPatDeicticPartOfDay;
        } else if (const WordInfo* w = W(e); w && w->has(kPartOfDay) && !is_plural_pod(e)) {
          p.type = TimexType::kTime;
          p.part_of_day = w->part_of_day;
          ++e;
          id = kPatDeicticPartOfDay;
        }
        offer(best, i, e, std::move(p), id);
        return;
      }
    }
    // this morning / this evening
    if (is(j, "this")) {
      if (const WordInfo* w = W(j + 1); w && w->has(kPartOfDay) && !is_plural_pod(j + 1)) {
        Partial p;
        p.base = Base::kDctOffset;
        p.type = TimexType::kTime;
        p.part_of_day = w->part_of_day;
        offer(best, i, j + 2, std::move(p), kPatDeicticPartOfDay);
      }
    }
  }

  // ---- later that morning, that night, the following day, the day before ----
  void anchored(uint32_t i, Match* best) {
    uint32_t j = i;
    if (is(j, "later") || is(j, "earlier") || is(j, "early") || is(j, "late")) ++j;
    // that same day, the same night
    if ((is(j, "that") || is(j, "the")) && is(j + 1, "same")) {
      const WordInfo* w = W(j + 2);
      if (!w) return;
      Partial p;
      p.base = Base::kAnchorOffset;
      if (w->has(kPartOfDay) && !is_plural_pod(j + 2)) {
        p.type = TimexType::kTime;
        p.part_of_day = w->part_of_day;
        offer(best, i, j + 3, std::move(p), kPatAnchoredPartOfDay);
      } else if (w->has(kUnit) && UnitCode(w->unit) == "D" && !w->unit_plural) {
        offer(best, i, j + 3, std::move(p), kPatAnchoredDay);
      }
      return;
    }
    if (is(j, "that")) {
      const WordInfo* w = W(j + 1);
      if (!w) return;
      Partial p;
      p.base = Base::kAnchorOffset;
      if (w->has(kPartOfDay) && !is_plural_pod(j + 1)) {
        p.type = TimexType::kTime;
        p.part_of_day = w->part_of_day;
        offer(best, i, j + 2, std::move(p), kPatAnchoredPartOfDay);
      } else if (w->has(kUnit) && !w->unit_plural) {
        // that day, later that week, later that year: the anchor's day, week, month or year.
        const UnitCode unit(w->unit);
        if (unit == "D" || unit == "W" || unit == "M" || unit == "Y") {
          p.unit = unit == "D" ? Unit::kDay : unit == "W" ? Unit::kWeek : unit == "M" ? Unit::kMonth : Unit::kYear;
          p.gran = unit == "D" ? Gran::kDay : unit == "W" ? Gran::kWeek : unit == "M" ? Gran::kMonth : Gran::kYear;
          offer(best, i, j + 2, std::move(p), kPatAnchoredDay);
        }
      }
      return;
    }
    if (j != i || !is(i, "the")) return;
    // the following day / the next day / the previous day / the following week
    const WordInfo* u = W(i + 2);
    // the next morning, the following night, the previous evening
    if (usable(i + 1) && u && u->has(kPartOfDay) && !is_plural_pod(i + 2)) {
      const Code r = word(i + 1);
      const int sign = (r == "following" || r == "next") ? 1 : r == "previous" ? -1 : 0;
      if (sign) {
        Partial p;
        p.base = Base::kAnchorOffset;
        p.type = TimexType::kTime;
        p.offset = sign;
        p.part_of_day = u->part_of_day;
        offer(best, i, i + 3, std::move(p), kPatAnchoredPartOfDay);
        return;
      }
    }
    if (usable(i + 1) && u && u->has(kUnit) && !u->unit_plural) {
      const Code r = word(i + 1);
      const UnitCode unit(u->unit);
      const int sign = (r == "following" || r == "next") ? 1 : r == "previous" ? -1 : 0;
      // "the next week" is the coming seven days (a duration); "the next day" follows the anchor;
      // "the following year" is the year after the anchor's.
      // "the following decade": the span after the anchor (TimeML DURATION).
      if (sign && (unit == "DE" || unit == "CE")) {
        offer(best, i, i + 3, literal(TimexType::kDuration, duration_value(1, unit)), kPatDuration);
        return;
      }
      if (sign && (unit == "D" || (r != "next" && (unit == "W" || unit == "M" || unit == "Y")))) {
        Partial p;
        p.base = Base::kAnchorOffset;
        p.offset = sign;
        p.unit = unit == "D" ? Unit::kDay : unit == "W" ? Unit::kWeek : unit == "M" ? Unit::kMonth : Unit::kYear;
        p.gran = unit == "D" ? Gran::kDay : unit == "W" ? Gran::kWeek : unit == "M" ? Gran::kMonth : Gran::kYear;
        offer(best, i, i + 3, std::move(p), kPatAnchoredDay);
        return;
      }
    }
    // the day before / the day after (not "the day after tomorrow": deictic, longer)
    const WordInfo* d = W(i + 1);
    if (d && d->has(kUnit) && UnitCode(d->unit) == "D" && !d->unit_plural &&
        (is(i + 2, "before") || is(i + 2, "after")) &&
        !(usable(i + 3) && norm(i + 3).size() > 4 && same(norm(i + 3).substr(norm(i + 3).size() - 3), "ing"))) {
      Partial p;
      p.base = Base::kAnchorOffset;
      p.offset = word(i + 2) == "before" ? -1 : 1;
      offer(best, i, i + 3, std::move(p), kPatAnchoredDay);
    }
  }

  // ---- recently, now, these days, the future ----
  void vague(uint32_t i, Match* best) {
    if (!has(i, kStartsVague)) return;
    PhraseMatch pm;
    if (!phrase(i, w_.vague, &pm)) return;
    // "now" inside "from now" is part of an offset; "the past" before a unit is a duration.
    offer(best, i, pm.token_end, literal(TimexType::kDate, std::string(w_.vague.field(pm.entry, 0))),
          kPatVague);
  }

  // ---- clock times: 7 p.m., 10:15 p.m. ET, 16:08 UTC, noon ----
  void clock(uint32_t i, Match* best) {
    if (!usable(i)) return;
    int hour = -1, minute = 0;
    uint32_t j = i;
    bool strong = false;  // a.m./p.m./zone/o'clock seen: a time for sure
    const WordInfo* w = W(i);
    if (w && w->has(kClockWord) && w->clock_hour >= 0) {
      hour = w->clock_hour;
      minute = w->clock_minute;
      j = i + 1;
      strong = true;
    } else if (numeric_tok(i)) {
      std::string_view s = norm(i);
      // H, HH, H:MM, HH:MM, optionally glued to am/pm ("7pm", "10:15pm").
      size_t k = 0;
      while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
      std::string_view rest = s.substr(k);
      if (k == 4 && rest.empty() && has(i + 1, kZone) && cap(i + 1)) {
        // 0800 UTC
        hour = to_int(s.substr(0, 2));
        minute = to_int(s.substr(2, 2));
        if (hour > 23 || minute > 59) return;
        j = i + 1;
        strong = true;
        k = 0;
      } else if (k == 0 || k > 2) {
        return;
      } else {
        hour = to_int(s.substr(0, k));
      }
    }
    if (hour >= 0 && j == i + 1 && strong) {
      // 0800 UTC: already read.
    } else if (numeric_tok(i)) {
      std::string_view s = norm(i);
      size_t k = 0;
      while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
      std::string_view rest = s.substr(k);
      if (!rest.empty() && rest[0] == ':') {
        if (rest.size() < 3 || !all_digits(rest.substr(1, 2))) return;
        minute = to_int(rest.substr(1, 2));
        rest = rest.substr(3);
      } else if (rest.empty()) {
        // A bare number must be followed by a.m./p.m./o'clock.
        const WordInfo* n = W(i + 1);
        if (!n || !n->has(kClockWord) || n->half_day == 0) return;
      }
      int half = 0;
      if (same(rest, "am") || same(rest, "a.m.")) half = 1;
      else if (same(rest, "pm") || same(rest, "p.m.")) half = 2;
      else if (!rest.empty()) return;
      j = i + 1;
      if (!half) {
        const WordInfo* n = W(j);
        if (n && n->has(kClockWord) && n->half_day) {
          half = n->half_day;
          ++j;
        }
      }
      if (half == 1 || half == 2) {
        if (hour < 1 || hour > 12) return;
        if (half == 1 && hour == 12) hour = 0;
        if (half == 2 && hour < 12) hour += 12;
        strong = true;
      } else if (half == 3) {
        strong = true;
      }
      if (hour > 24 || minute > 59) return;
      if (!strong && rest.empty() && s.find(':') == std::string_view::npos) return;
    } else {
      return;
    }
    Partial p;
    p.base = Base::kClock;
    p.type = TimexType::kTime;
    p.hour = hour;
    p.minute = minute;
    if (const WordInfo* z = W(j); z && z->has(kZone) && cap(j)) {
      p.utc = z->utc;
      ++j;
      strong = true;
    }
    // HH:MM needs a zone, a.m./p.m., or a word that introduces a time ("at 8:30").
    if (!strong) {
      if (i == 0) return;
      const Code pv = word(i - 1);
      if (!(pv == "at" || pv == "around" || pv == "about" || pv == "by" || pv == "until" ||
            pv == "before" || pv == "after" || pv == "from" || pv == "since" || pv == "till"))
        return;
    }
    // 16:00 UTC today
    if (is(j, "today") || is(j, "tomorrow") || is(j, "yesterday")) {
      Partial q = p;
      q.base = Base::kDctOffset;
      q.unit = Unit::kDay;
      q.gran = Gran::kDay;
      q.offset = word(j) == "today" ? 0 : word(j) == "tomorrow" ? 1 : -1;
      offer(best, i, j + 1, std::move(q), kPatClockWithDay);
      return;
    }
    // 15:00 GMT Saturday: the day in the same expression.
    bool plural = false;
    if (const int wd = weekday_at(j, &plural); wd && !plural) {
      Partial q = p;
      q.base = Base::kWeekday;
      q.weekday = wd;
      offer(best, i, j + 1, std::move(q), kPatClockWithDay);
      return;
    }
    offer(best, i, j, std::move(p), kPatClock);
  }

  // ---- quantities: durations, "two weeks ago", "a day after", "27-year" ----
  void quantity(uint32_t i, Match* best) {
    uint32_t j = i;
    // the past two years, the next six months, the first three days
    bool the_rel = false;
    bool needs_number = false;  // "the first three days", but not "the final seconds"
    if (is(j, "the") && usable(j + 1)) {
      const Code r = word(j + 1);
      if (r == "past" || r == "last" || r == "next" || r == "coming" || r == "following" ||
          r == "first" || r == "previous" || r == "final") {
        j += 2;
        the_rel = true;
        needs_number = r == "first" || r == "final";
      } else if (numeric_tok(j + 1)) {
        // "the 90 years since": the determiner belongs to the extent.
        ++j;
        the_rel = true;
        needs_number = true;
      }
    }
    bool recent = false;
    if (!the_rel && is(j, "recent")) {
      recent = true;
      ++j;
    }
    uint32_t k;
    uint32_t num_end = 0;
    int n = 0;
    bool has_num = number_at(j, &num_end, &n);
    // "a mere 24 hours": an approximator phrase after the determiner.
    if (!has_num) {
      uint32_t a;
      if (the_rel && approx_at(j, &a) && number_at(a, &num_end, &n)) has_num = true;
    }
    // "a 20 year low": the article before a count belongs to the extent.
    if (has_num && n == 1 && (is(j, "a") || is(j, "an")) && numeric_tok(j + 1)) {
      uint32_t e2;
      int n2;
      if (number_at(j + 1, &e2, &n2) && n2 > 1) {
        num_end = e2;
        n = n2;
      }
    }
    k = has_num ? num_end : j;
    // "six straight days", "the past five trading days"
    if (has_num && has(k, kInner) && has(k + 1, kUnit)) ++k;
    // "between 12 and 18 months": the first number shares the unit of the second.
    if (has_num && n > 0 && (is(k, "and") || is(k, "to") || is(k, "or"))) {
      uint32_t e2;
      int n2;
      const WordInfo* u2 = nullptr;
      if (number_at(k + 1, &e2, &n2) && n2 > n && (u2 = W(e2)) && u2->has(kUnit) &&
          u2->unit_plural && UnitCode(u2->unit) != "WE") {
        offer(best, i, k, literal(TimexType::kDuration, duration_value(n, UnitCode(u2->unit))), kPatDuration);
        return;
      }
    }
    const WordInfo* u = W(k);
    if (!u || !u->has(kUnit)) {
      if (!has_num && !the_rel && !recent) compound(i, best);
      return;
    }
    const UnitCode unit(u->unit);
    if (unit == "WE" || (unit == "Q" && has_num)) return;
    if (!has_num && (!u->unit_plural || needs_number)) return;
    if (the_rel && needs_number && !u->unit_plural) return;
    if (has_num && n == 1 && u->unit_plural) return;  // "a days"
    uint32_t e = k + 1;
    // Ages are not durations: "37 years old", "62 years of age".
    if (is(e, "old") || (is(e, "of") && is(e + 1, "age"))) return;
    // "a second source": the ordinal, unless a time signal or the clause's end follows.
    if (unit == "S" && !u->unit_plural && usable(e) && tok(e).kind == TokenKind::kWord &&
        !(is(e, "later") || is(e, "ago") || is(e, "after") || is(e, "before") || is(e, "earlier")))
      return;
    // "one day" (some day), "twice a day", "$5 a year": not durations.
    if (has_num && n == 1 && i > 0) {
      const Code pv = word(i - 1);
      if (pv == "twice" || pv == "once" || pv == "times" || pv == "per" || pv == "thrice") return;
      if (!the_rel && i > 0 && numeric_tok(i - 1)) return;
    }
    if (has_num && n == 1 && is(j, "one") && unit == "D" && !the_rel) return;
    // two weeks ago, years ago
    if (!the_rel && !recent && is(e, "ago")) {
      if (!has_num || n < 0 || unit == "H" || unit == "MI" || unit == "S" || unit == "DE" ||
          unit == "CE" || unit == "FN") {
        offer(best, i, e + 1, literal(TimexType::kDate, "PAST_REF"), kPatAgo);
        return;
      }
      Partial p;
      p.base = Base::kDctOffset;
      p.offset = -n;
      if (unit == "D") { p.unit = Unit::kDay; p.gran = Gran::kDay; }
      else if (unit == "W") { p.unit = Unit::kWeek; p.gran = Gran::kWeek; }
      else if (unit == "M") { p.unit = Unit::kMonth; p.gran = Gran::kMonth; }
      else { p.unit = Unit::kYear; p.gran = Gran::kYear; }
      offer(best, i, e + 1, std::move(p), kPatAgo);
      return;
    }
    // a day after, two days later, a week earlier, two years later: anchored to the last dated
    // timex. Months and years only with later/earlier ("two years after his surgery" stays a
    // duration: the anchor is an event, not a date).
    const bool day_or_week = unit == "D" || unit == "W";
    const bool month_or_year = unit == "M" || unit == "Y";
    // "a month earlier than usual" compares; it does not count from a date.
    if (!the_rel && !recent && has_num && n > 0 && n <= 200 && !is(e + 1, "than") &&
        ((day_or_week && (is(e, "after") || is(e, "later") || is(e, "before") || is(e, "earlier"))) ||
         (month_or_year && (is(e, "later") || is(e, "earlier"))))) {
      Partial p;
      p.base = Base::kAnchorOffset;
      const bool back = word(e) == "before" || word(e) == "earlier";
      p.offset = back ? -n : n;
      p.unit = unit == "D" ? Unit::kDay : unit == "W" ? Unit::kWeek : unit == "M" ? Unit::kMonth : Unit::kYear;
      p.gran = unit == "M" ? Gran::kMonth : unit == "Y" ? Gran::kYear : Gran::kDay;
      p.fallback = duration_value(n, unit);
      p.fallback_tokens = k + 1 - i;
      offer(best, i, e + 1, std::move(p), kPatAnchoredOffset);
      return;
    }
    if (!has_num) {
      // A bare plural unit is a duration only where a duration is expected ("for months",
      // "hours apart", "in recent weeks", "days before").
      bool licensed = recent || the_rel;
      if (!licensed && i > 0) {
        const Code pv = word(i - 1);
        licensed = pv == "for" || pv == "in" || pv == "within" || pv == "over" || pv == "after" ||
                   pv == "take" || pv == "takes" || pv == "took" || pv == "just" || pv == "spent";
      }
      if (!licensed && usable(e)) {
        const Code nx = word(e);
        licensed = nx == "later" || nx == "earlier" || nx == "before" || nx == "after" ||
                   nx == "apart" || nx == "on";
      }
      if (!licensed) return;
      if (unit == "D" && !u->unit_plural) return;
      offer(best, i, k + 1, literal(TimexType::kDuration, duration_value(-1, unit)),
            kPatDurationVague);
      return;
    }
    offer(best, i, k + 1, literal(TimexType::kDuration, duration_value(n, unit)), kPatDuration);
  }

  // four-week, 27-year, three-month (a number and a unit in one hyphenated token)
  void compound(uint32_t i, Match* best) {
    if (!usable(i) || !tok(i).has(kHasHyphen)) return;
    std::string_view s = norm(i);
    const size_t h = s.find('-');
    if (h == std::string_view::npos || h == 0) return;
    std::string_view a = s.substr(0, h), b = s.substr(h + 1);
    if (b.find('-') != std::string_view::npos) return;  // 41-year-old
    // decades-long, year-long, month-long
    if (b == "long") {
      const WordInfo* u = w_.find(a);
      if (!u || !u->has(kUnit)) return;
      const UnitCode unit(u->unit);
      if (unit == "WE" || unit == "Q") return;
      offer(best, i, i + 1, literal(TimexType::kDuration, duration_value(u->unit_plural ? -1 : 1, unit)),
            kPatDurationCompound);
      return;
    }
    // third-quarter
    if (const WordInfo* o = w_.find(a); o && o->has(kOrdinal) && o->ordinal >= 1 && o->ordinal <= 4) {
      const WordInfo* u = w_.find(b);
      if (u && u->has(kUnit) && UnitCode(u->unit) == "Q" && !u->unit_plural) {
        Partial p;
        p.base = Base::kCalendar;
        p.gran = Gran::kQuarter;
        p.quarter = o->ordinal;
        offer(best, i, i + 1, std::move(p), kPatQuarter);
      }
      return;
    }
    int n = -1;
    if (all_digits(a)) n = to_int(a);
    else if (const WordInfo* w = w_.find(a); w && w->has(kNumber)) n = w->number;
    if (n <= 0) return;
    const WordInfo* u = w_.find(b);
    if (!u || !u->has(kUnit) || u->unit_plural) return;
    const UnitCode unit(u->unit);
    if (unit == "WE" || unit == "Q") return;
    if (is(i + 1, "old")) return;
    offer(best, i, i + 1, literal(TimexType::kDuration, duration_value(n, unit)), kPatDurationCompound);
  }

  // ---- sets: every Friday, each year, every morning, weekly ----
  void sets(uint32_t i, Match* best) {
    // "weekly", but not "Us Weekly": a capitalised frequency word inside a sentence is a name.
    if (const WordInfo* w = W(i); w && w->has(kSetWord) &&
                                  (tok(i).has(kAllLower) || tok(i).has(kSentenceStart))) {
      offer(best, i, i + 1, literal(TimexType::kSet, std::string(w_.set_words.field(w->set_entry, 0))),
            kPatSetWord);
      return;
    }
    // once a week, twice a year, three times a month
    {
      uint32_t j = i;
      if (is(j, "once") || is(j, "twice") || is(j, "thrice")) {
        ++j;
      } else {
        uint32_t e = 0;
        int n = 0;
        if (number_at(j, &e, &n) && n > 1 && is(e, "times")) j = e + 1;
      }
      if (j > i && (is(j, "a") || is(j, "an") || is(j, "per") || is(j, "every") || is(j, "each"))) {
        const WordInfo* u = W(j + 1);
        if (u && u->has(kUnit) && !u->unit_plural) {
          const UnitCode unit(u->unit);
          if (unit != "WE" && unit != "Q") {
            offer(best, i, j + 2, literal(TimexType::kSet, duration_value(1, unit)), kPatSetEvery);
            return;
          }
        }
      }
    }
    if (!(is(i, "every") || is(i, "each"))) return;
    uint32_t j = i + 1;
    // every other week
    const bool other = is(j, "other");
    if (other) ++j;
    bool plural = false;
    if (const int wd = weekday_at(j, &plural); wd) {
      offer(best, i, j + 1, literal(TimexType::kSet, "XXXX-WXX-" + std::to_string(wd)), kPatSetEvery);
      return;
    }
    const WordInfo* w = W(j);
    if (!w) return;
    if (w->has(kPartOfDay)) {
      offer(best, i, j + 1, literal(TimexType::kSet, std::string("XXXX-XX-XXT") + w->part_of_day),
            kPatSetEvery);
      return;
    }
    if (w->has(kSeason)) {
      static const char* const kCodes[] = {"", "SP", "SU", "FA", "WI"};
      offer(best, i, j + 1, literal(TimexType::kSet, std::string("XXXX-") + kCodes[w->season]),
            kPatSetEvery);
      return;
    }
    // every two weeks, every year
    uint32_t k = j;
    int n = other ? 2 : 1;
    uint32_t e;
    if (!other && number_at(j, &e, &n) && n > 1) k = e;
    const WordInfo* u = W(k);
    if (!u || !u->has(kUnit)) return;
    const UnitCode unit(u->unit);
    if (unit == "WE") {
      offer(best, i, k + 1, literal(TimexType::kSet, "XXXX-WXX-WE"), kPatSetEvery);
      return;
    }
    if (unit == "Q") return;
    offer(best, i, k + 1, literal(TimexType::kSet, duration_value(n, unit)), kPatSetEvery);
  }

  const TimeWords& w_;
  const Doc& doc_;
  const uint8_t* blocked_;  // per token
  const uint32_t n_;
  const Token* tokens_;  // doc_'s arrays
  const char* text_;
  const char* norms_;
  const TokenClasses& classes_;
  const WordInfo* const* info_;  // per token (TokenClasses)
  const TokenCodes* codes_;       // per token (TokenClasses)
  uint32_t start_ = 0;
  std::string scratch_;
  // The last phrase look-ups: the patterns tried at one token ask the same ones several times.
  struct PhraseMemo {
    const Lexicon* lex = nullptr;
    uint32_t first = 0, limit = 0;
    PhraseMatch pm;
  };
  PhraseMemo memo_[4];
  unsigned memo_next_ = 0;
  Match best_;  // the longest match at the current start
  // The last number_at (which depends on the token and on start_, through usable()).
  struct NumberMemo {
    uint32_t first = UINT32_MAX, start = 0;
    bool found = false;
    uint32_t end = 0;
    int value = 0;
  };
  NumberMemo number_memo_;
};

}  // namespace

void Recognizer::scan(const Doc& doc, const std::vector<uint8_t>& blocked,
                      std::vector<Match>* out) const {
  TokenClasses classes;
  classes.compute(doc, words_);
  scan(doc, blocked.data(), classes, out);
}

void Recognizer::scan(const Doc& doc, const uint8_t* blocked, const TokenClasses& classes,
                      std::vector<Match>* out) const {
  Scan scan(words_, doc, blocked, classes);
  const size_t before = out->size();
  scan.run(out);
  // Year ranges: the first year ends at the hyphen; the second year becomes its own match
  // (rebuilt in one pass, so many ranges cost no more than one each).
  bool any_range = false;
  for (size_t k = before; k < out->size(); ++k) any_range = any_range || (*out)[k].pattern == kPatYearRange;
  if (!any_range) return;
  std::vector<Match> rebuilt(out->begin() + static_cast<long>(before), out->end());
  out->resize(before);
  for (Match& m : rebuilt) {
    if (m.pattern != kPatYearRange) {
      out->push_back(std::move(m));
      continue;
    }
    const Token& t = doc.tokens[m.last - 1];  // the range token ends the match
    std::string_view s = doc.norm(t);
    if (s.size() < 7 || s.size() > 9 || s[4] != '-' || !all_digits(s.substr(0, 4)) ||
        !all_digits(s.substr(5))) {
      out->push_back(std::move(m));
      continue;
    }
    const int a = to_int(s.substr(0, 4));
    std::string_view tail = s.substr(5);
    const int b = tail.size() == 4 ? to_int(tail) : a / 100 * 100 + to_int(tail);
    Match second = m;
    m.span.end = t.begin + 4;
    second.first = second.last - 1;
    second.span = ByteSpan{t.begin + 5, t.end};
    second.partial.literal = std::to_string(b);
    out->push_back(std::move(m));
    out->push_back(std::move(second));
  }
}

}  // namespace claimsift::temporal
