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

// Marks the tokens that overlap a span.
void block(const Doc& doc, ByteSpan s, std::vector<uint8_t>* blocked) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), s.begin,
                             [](const Token& t, uint32_t b) { return t.end <= b; });
  for (; it != doc.tokens.end() && it->begin < s.end; ++it)
    (*blocked)[static_cast<size_t>(it - doc.tokens.begin())] = 1;
}

bool needs_tense(const temporal::Partial& p) {
  switch (p.base) {
    case Base::kCalendar: return p.year == 0;
    case Base::kHoliday: return p.year == 0;
    case Base::kWeekday:
    case Base::kWeekend: return true;
    default: return false;
  }
}

// Tokens between two matches that still let a clock time take the other's date
// ("3 a.m. on Monday", "Monday at 3 a.m.", "Friday, 7 p.m.").
bool joins(const Doc& doc, uint32_t from, uint32_t to) {
  if (to < from || to - from > 2) return false;
  for (uint32_t j = from; j < to; ++j) {
    std::string_view s = doc.norm(doc.tokens[j]);
    if (!(s == "on" || s == "," || s == "at" || s == "around" || s == "about" || s == "by"))
      return false;
  }
  return true;
}

}  // namespace

void TemporalTagger::run(Doc* doc) const {
  doc->timexes.clear();
  const size_t n = doc->tokens.size();
  if (n == 0) return;
  std::vector<uint8_t> blocked(n, 0);
  for (const Work& w : doc->works)
    for (ByteSpan s : w.mentions) block(*doc, s, &blocked);
  // Names of people, places and organisations are not blocked: the patterns already need
  // date context for month and weekday words, and a misread name ("Bank Holiday Monday" as a
  // person) must not hide a date.
  for (const Person& p : doc->people)
    for (const Age& a : p.ages) block(*doc, a.span, &blocked);

  std::vector<Match> matches;
  impl_->recognizer.scan(*doc, blocked, &matches);
  if (matches.empty()) return;

  const size_t m = matches.size();
  std::vector<std::string> values(m);
  std::vector<std::optional<CivilDate>> days(m);
  std::vector<uint8_t> done(m, 0);
  auto resolve = [&](size_t k, std::optional<CivilDate> anchor) {
    temporal::ResolveContext ctx;
    ctx.dct = doc->document_date;
    ctx.anchor = anchor;
    if (needs_tense(matches[k].partial))
      ctx.tense = temporal::clause_tense(*doc, impl_->words, matches[k].first, matches[k].last);
    values[k] = impl_->resolver.resolve(matches[k].partial, ctx);
    days[k] = temporal::Resolver::day_of(values[k]);
    done[k] = 1;
  };
  // Pass 1: dated by their own words or by the publication date.
  for (size_t k = 0; k < m; ++k) {
    const Base b = matches[k].partial.base;
    if (b != Base::kAnchorOffset && b != Base::kClock) resolve(k, std::nullopt);
  }
  // Pass 2: anchored to the last dated timex before, else the first one after (linear: the
  // next dated one after each match is precomputed from the right).
  std::vector<int32_t> next_dated(m + 1, -1);
  for (size_t q = m; q-- > 0;) next_dated[q] = days[q] ? static_cast<int32_t>(q) : next_dated[q + 1];
  std::optional<CivilDate> last_dated;
  for (size_t k = 0; k < m; ++k) {
    if (matches[k].partial.base == Base::kAnchorOffset) {
      std::optional<CivilDate> anchor = last_dated;
      if (!anchor && next_dated[k + 1] >= 0) anchor = days[static_cast<size_t>(next_dated[k + 1])];
      resolve(k, anchor);
    }
    if (days[k]) last_dated = days[k];
  }
  // Pass 3: clock times take the date of an adjacent timex, else of the last dated timex earlier
  // in the same sentence, else the publication date.
  auto sentence_of = [&](uint32_t token) -> long {
    auto it = std::upper_bound(doc->sentences.begin(), doc->sentences.end(), token,
                               [](uint32_t t, const Sentence& s) { return t < s.token_begin; });
    return static_cast<long>(it - doc->sentences.begin()) - 1;
  };
  long last_sentence = -2;
  std::optional<CivilDate> last_in_sentence;
  for (size_t k = 0; k < m; ++k) {
    const long sentence = sentence_of(matches[k].first);
    if (sentence != last_sentence) {
      last_sentence = sentence;
      last_in_sentence.reset();
    }
    if (matches[k].partial.base == Base::kClock) {
      std::optional<CivilDate> date = doc->document_date;
      if (k + 1 < m && days[k + 1] && joins(*doc, matches[k].last, matches[k + 1].first)) {
        date = days[k + 1];
      } else if (last_in_sentence) {
        date = last_in_sentence;  // "Sunday night at 8 PM", "Monday at 3 a.m."
      }
      resolve(k, date);
    }
    if (days[k]) last_in_sentence = days[k];
  }

  doc->timexes.reserve(m);
  for (size_t k = 0; k < m; ++k) {
    if (values[k].empty()) continue;
    doc->timexes.push_back(Timex{matches[k].span, matches[k].partial.type, std::move(values[k])});
  }
}

}  // namespace claimsift
