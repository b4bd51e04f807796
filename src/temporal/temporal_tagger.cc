// Temporal tagging driver: recognise (patterns.h), then resolve (resolver.h) in three passes:
// expressions dated by their own words or the publication date, then anchored ones ("a day
// after", "later that morning": the last dated timex before them, else the first after), then
// clock times (the date of the timex next to them, else the publication date).
// See include/claimsift/temporal.h.
//
// Tested by tests/temporal_test.cc.
#include "claimsift/temporal.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "claimsift/limits.h"
#include "temporal/patterns.h"
#include "temporal/resolver.h"
#include "temporal/tense.h"
#include "temporal/time_words.h"

namespace claimsift {

using temporal::Base;
using temporal::Match;

struct TemporalTagger::Impl {
  Impl(const LexiconSet& lexicons, const Options& options)
      : words(lexicons), recognizer(words), resolver(words.holidays, options.prefer_dates) {}
  temporal::TimeWords words;
  temporal::Recognizer recognizer;
  temporal::Resolver resolver;
};

TemporalTagger::TemporalTagger(const LexiconSet& lexicons, const Options& options)
    : impl_(std::make_unique<Impl>(lexicons, options)) {}
TemporalTagger::~TemporalTagger() = default;

namespace {

// Tokens between two matches that still let a clock time take the other's date
// ("3 a.m. on Monday", "Monday at 3 a.m.", "Friday, 7 p.m.").
bool joins(const temporal::TokenClasses& classes, uint32_t from, uint32_t to) {
  if (to < from || to - from > 2) return false;
  for (uint32_t j = from; j < to; ++j) {
    const temporal::Code s{classes.codes[j].code};
    if (!(s == "on" || s == "," || s == "at" || s == "around" || s == "about" || s == "by"))
      return false;
  }
  return true;
}

// Which of two mentions the year filter compares a year with: the one that begins later, and
// of two that begin together, the shorter.
const ByteSpan* later_mention(const ByteSpan* a, const ByteSpan* b) {
  if (a == nullptr) return b;
  if (b == nullptr) return a;
  return b->begin > a->begin || (b->begin == a->begin && b->end < a->end) ? b : a;
}

// A bare number inside a name is not a year ("The 1975" the band, "the Russell 2000 index"):
// drops the year matches that the last mention beginning at or before them (later_mention)
// covers. `years`, `year_begins` and `last` are scratch buffers.
void drop_years_inside_names(const Doc& doc, std::vector<Match>* matches,
                             std::vector<uint32_t>* years, std::vector<uint32_t>* year_begins,
                             std::vector<const ByteSpan*>* last) {
  years->clear();
  year_begins->clear();
  for (uint32_t k = 0; k < matches->size(); ++k) {
    if ((*matches)[k].pattern != temporal::kPatYear) continue;
    years->push_back(k);
    year_begins->push_back((*matches)[k].span.begin);
  }
  if (years->empty()) return;
  // The matches are in text order: a mention that begins at or before year y does so for every
  // year after y. Each mention is offered to the first year it precedes, then a sweep carries
  // the latest one forward. The mentions come entity by entity, not in text order: each one
  // is placed by a binary search over the years' first bytes, kept in a dense array of their
  // own (not read out of the large Match records) so that the search stays in cache.
  last->assign(years->size(), nullptr);
  const uint32_t first_year = year_begins->front();
  const uint32_t last_year = year_begins->back();
  auto offer = [&](const std::vector<ByteSpan>& mentions) {
    for (const ByteSpan& s : mentions) {
      if (s.begin > last_year) continue;  // after every year
      size_t y = 0;
      if (s.begin > first_year) {
        y = static_cast<size_t>(
            std::lower_bound(year_begins->begin(), year_begins->end(), s.begin) -
            year_begins->begin());
      }
      (*last)[y] = later_mention((*last)[y], &s);
    }
  };
  for (const Organization& o : doc.organizations) offer(o.mentions);
  for (const Person& p : doc.people) offer(p.mentions);
  for (const Place& p : doc.places) offer(p.mentions);
  const ByteSpan* running = nullptr;
  bool any = false;
  for (size_t y = 0; y < years->size(); ++y) {
    running = later_mention(running, (*last)[y]);
    Match& m = (*matches)[(*years)[y]];
    if (running != nullptr && running->end >= m.span.end) {
      m.pattern = -1;  // dropped below
      any = true;
    }
  }
  if (any) std::erase_if(*matches, [](const Match& m) { return m.pattern < 0; });
}

// What the driver works out for one match while resolving.
struct MatchState {
  std::string value;                 // the TIMEX3 value ("" until resolved, or when none)
  std::optional<CivilDate> day;      // the day the value names, if it names one
  std::optional<CivilDate> anchor;   // the date the match offers anchored expressions
  uint8_t done = 0;                  // resolved
  uint8_t level = 0;                 // how fine the anchor is: 3 day, 2 month, 1 year, 0 none
  int32_t next_at[4] = {-1, -1, -1, -1};  // by level: the first match from here with an anchor
};

// Buffers one thread reuses from one document to the next (they keep their capacity).
struct Scratch {
  temporal::TokenClasses classes;
  std::vector<ByteSpan> spans;
  std::vector<Match> matches;
  std::vector<uint32_t> years;
  std::vector<uint32_t> year_begins;
  std::vector<const ByteSpan*> last_mentions;
  std::vector<MatchState> states;
  // Trims what one huge document grew.
  void trim() {
    classes.release_beyond(kKeepScratchTokens);
    if (matches.capacity() > kKeepScratchTokens / 16) std::vector<Match>().swap(matches);
    if (states.capacity() > kKeepScratchTokens / 16) std::vector<MatchState>().swap(states);
  }
};

// Tags one document (TemporalTagger::run) with the buffers of `scratch`.
void tag(Doc* doc, const temporal::TimeWords& words, const temporal::Recognizer& recognizer,
         const temporal::Resolver& resolver, Scratch* scratch) {
  temporal::TokenClasses& classes = scratch->classes;
  std::vector<ByteSpan>* spans = &scratch->spans;
  spans->clear();
  for (const Work& w : doc->works) spans->insert(spans->end(), w.mentions.begin(), w.mentions.end());
  // Names of people, places and organisations are not blocked: the patterns already need
  // date context for month and weekday words, and a misread name ("Bank Holiday Monday" as a
  // person) must not hide a date.
  for (const Person& p : doc->people)
    for (const Age& a : p.ages) spans->push_back(a.span);
  classes.compute(*doc, words, spans);
  std::vector<Match>& matches = scratch->matches;
  matches.clear();
  recognizer.scan(*doc, classes.blocked.data(), classes, &matches);
  drop_years_inside_names(*doc, &matches, &scratch->years, &scratch->year_begins,
                          &scratch->last_mentions);
  if (matches.empty()) return;

  const size_t m = matches.size();
  // One more than the matches: st[m] ends the next-anchor chains.
  std::vector<MatchState>& st = scratch->states;
  st.assign(m + 1, MatchState{});
  auto resolve = [&](size_t k, std::optional<CivilDate> anchor) {
    temporal::ResolveContext ctx;
    ctx.dct = doc->document_date;
    ctx.anchor = anchor;
    if (temporal::needs_tense(matches[k].partial)) ctx.tense = matches[k].tense;  // read by the scan
    st[k].value = resolver.resolve(matches[k].partial, ctx);
    st[k].day = temporal::Resolver::day_of(st[k].value);
    st[k].done = 1;
  };
  // Pass 1: dated by their own words or by the publication date.
  for (size_t k = 0; k < m; ++k) {
    const Base b = matches[k].partial.base;
    if (b != Base::kAnchorOffset && b != Base::kClock) resolve(k, std::nullopt);
  }
  // Pass 2: anchored to the last timex before that is dated finely enough (a day for "a day
  // after", a year for "two years later"), else the first such one after; linear: the next
  // anchor after each match is precomputed from the right, per level.
  auto set_anchor = [&](size_t k) {
    int y = 0, mo = 0;
    if (st[k].day) {
      st[k].anchor = st[k].day;
      st[k].level = 3;
    } else if (st[k].done && temporal::Resolver::year_month_of(st[k].value, &y, &mo)) {
      st[k].anchor = CivilDate{y, mo ? mo : 1, 1};
      st[k].level = mo ? 2 : 1;
    }
  };
  for (size_t k = 0; k < m; ++k) set_anchor(k);
  for (int l = 1; l <= 3; ++l) {
    st[m].next_at[l] = -1;
    for (size_t q = m; q-- > 0;)
      st[q].next_at[l] = st[q].level >= l ? static_cast<int32_t>(q) : st[q + 1].next_at[l];
  }
  std::optional<CivilDate> last_at[4];
  for (size_t k = 0; k < m; ++k) {
    temporal::Partial& p = matches[k].partial;
    if (p.base == Base::kAnchorOffset) {
      const int need = p.unit == temporal::Unit::kYear ? 1 : p.unit == temporal::Unit::kMonth ? 2 : 3;
      std::optional<CivilDate> anchor = last_at[need];
      const int32_t next = st[k + 1].next_at[need];
      if (!anchor && next >= 0) anchor = st[static_cast<size_t>(next)].anchor;
      if (!anchor && !p.fallback.empty()) {
        // Nothing to count from: the TimeML duration ("two years" in "two years later").
        matches[k].span = doc->token_span(matches[k].first, matches[k].first + p.fallback_tokens);
        p.base = Base::kLiteral;
        p.type = TimexType::kDuration;
        p.literal = p.fallback;
      }
      resolve(k, anchor);
      set_anchor(k);
    }
    for (int l = 1; l <= st[k].level; ++l) last_at[l] = st[k].anchor;
  }
  // Pass 3: clock times take the date of an adjacent timex, else of the last day-dated timex in
  // the same or the previous sentence (a story's "early Sunday ... around 1:30 a.m."), else the
  // publication date.
  const std::vector<Sentence>& sentences = doc->sentences;
  // The sentence of each match: the last one that begins at or before its first token, found
  // by a cursor that only moves forward (the matches are in text order).
  long sentence = -1;
  std::optional<CivilDate> last_day;
  long last_day_sentence = -10;
  for (size_t k = 0; k < m; ++k) {
    while (static_cast<size_t>(sentence + 1) < sentences.size() &&
           sentences[static_cast<size_t>(sentence + 1)].token_begin <= matches[k].first)
      ++sentence;
    if (matches[k].partial.base == Base::kClock) {
      std::optional<CivilDate> date = doc->document_date;
      if (k + 1 < m && st[k + 1].day && joins(classes, matches[k].last, matches[k + 1].first)) {
        date = st[k + 1].day;
      } else if (last_day && sentence - last_day_sentence <= 1) {
        date = last_day;  // "Sunday night at 8 PM", "Monday at 3 a.m."
      }
      resolve(k, date);
    }
    if (st[k].day) {
      last_day = st[k].day;
      last_day_sentence = sentence;
    }
  }

  doc->timexes.reserve(m);
  for (size_t k = 0; k < m; ++k) {
    if (st[k].value.empty()) continue;
    doc->timexes.push_back(Timex{matches[k].span, matches[k].partial.type, std::move(st[k].value)});
  }
}

}  // namespace

void TemporalTagger::run(Doc* doc) const {
  doc->timexes.clear();
  if (doc->tokens.empty()) return;
  thread_local Scratch scratch;
  tag(doc, impl_->words, impl_->recognizer, impl_->resolver, &scratch);
  scratch.trim();
}

}  // namespace claimsift
