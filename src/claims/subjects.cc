// Subjects: the people a claim is about.
//
// Salience keeps every person mention in text order and a guessed gender per person (votes
// from role nouns in the person's own mentions and descriptors, "actress", "husband", and from
// he/she pronouns that follow a mention of that person in the same or next sentence).
// find_subjects collects, inside the claim:
//   * people with a mention there (names and epithets the entities stage clustered);
//   * pronouns (she, his) -> the last person of that gender mentioned before;
//   * role nouns after a determiner ("the singer") -> the last person mentioned before;
//   * pair words ("the pair", "the duo", "the couple", "the two", "both", "they") -> the two
//     most recently mentioned people.
//
// Tested by tests/claims_test.cc (SubjectCases).
#include <algorithm>

#include "claimsift/phrase_match.h"
#include "claims/claim_internal.h"

namespace claimsift::claims {
namespace {

char gender_of(const Lexicon& words, std::string_view norm) {
  int e = words.find(norm);
  if (e < 0) return 0;
  std::string_view g = words.field(e, 0);
  return g.empty() || g[0] == 'x' ? 0 : g[0];
}

}  // namespace

void SpanIndex::sort() {
  std::sort(items_.begin(), items_.end(), [](const Item& a, const Item& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.index < b.index;
  });
}

const SpanIndex::Item* SpanIndex::first_inside(uint32_t b, uint32_t e, const Item** end) const {
  auto lo = std::lower_bound(items_.begin(), items_.end(), b,
                             [](const Item& x, uint32_t v) { return x.begin < v; });
  auto hi = std::lower_bound(lo, items_.end(), e,
                             [](const Item& x, uint32_t v) { return x.begin < v; });
  *end = items_.data() + (hi - items_.begin());
  return items_.data() + (lo - items_.begin());
}

Salience::Salience(const Doc& doc, const ClaimLexicons& lex) {
  token_person_.assign(doc.tokens.size(), kNone);
  candidates_.resize(doc.tokens.size());
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) candidates_[t] = lex.first_word_lists(doc, t);
  for (uint32_t i = 0; i < doc.timexes.size(); ++i) timexes_.add(doc.timexes[i].span, i);
  for (uint32_t i = 0; i < doc.places.size(); ++i)
    for (const ByteSpan& m : doc.places[i].mentions) places_.add(m, i);
  for (uint32_t i = 0; i < doc.organizations.size(); ++i)
    for (const ByteSpan& m : doc.organizations[i].mentions) organizations_.add(m, i);
  timexes_.sort();
  places_.sort();
  organizations_.sort();
  auto token_at = [&](uint32_t byte) {
    return std::lower_bound(doc.tokens.begin(), doc.tokens.end(), byte,
                            [](const Token& x, uint32_t b) { return x.begin < b; });
  };
  for (uint32_t p = 0; p < doc.people.size(); ++p) {
    for (const ByteSpan& m : doc.people[p].mentions) {
      // A lone pronoun is no name: it is resolved where it is read.
      auto it = token_at(m.begin);
      if (it != doc.tokens.end() && it->end == m.end) {
        int e = lex.person_words->find(doc.norm(*it));
        if (e >= 0 && lex.person_words->field(e, 1) == "pronoun") continue;
      }
      mentions_.push_back({m.begin, m.end, p});
    }
  }
  std::sort(mentions_.begin(), mentions_.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  std::vector<int> female(doc.people.size(), 0), male(doc.people.size(), 0);
  // Role nouns inside a person's mentions and descriptors.
  roles_.resize(doc.people.size());
  for (uint32_t p = 0; p < doc.people.size(); ++p) {
    auto vote = [&](ByteSpan span) {
      auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), span.begin,
                                 [](const Token& x, uint32_t b) { return x.begin < b; });
      for (; it != doc.tokens.end() && it->begin < span.end; ++it) {
        const Token& tok = *it;
        int re = lex.person_words->find(doc.norm(tok));
        if (re >= 0 && lex.person_words->field(re, 1) == "role") roles_[p].push_back(lex.person_words->surface(re));
        char g = gender_of(*lex.person_words, doc.norm(tok));
        if (g == 'f') female[p] += 2;
        if (g == 'm') male[p] += 2;
      }
    };
    for (const ByteSpan& d : doc.people[p].descriptors) vote(d);
    for (const ByteSpan& m : doc.people[p].mentions) vote(m);
  }
  // Pronouns vote for the subject of their sentence: its first person mention before the
  // pronoun that is not a possessor ("Whitlock's studio"), else the previous sentence's.
  size_t mi = 0;
  int32_t subject = kNone, previous_subject = kNone;
  uint32_t sentence = 0;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    while (sentence < doc.sentences.size() && doc.sentences[sentence].token_end <= t) {
      ++sentence;
      if (subject != kNone) previous_subject = subject;
      subject = kNone;
    }
    while (mi < mentions_.size() && mentions_[mi].begin <= tok.begin) {
      auto after = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), mentions_[mi].end,
                                    [](const Token& x, uint32_t b) { return x.begin < b; });
      bool possessive = after != doc.tokens.end() && after->kind == TokenKind::kClitic;
      if (subject == kNone && !possessive) subject = static_cast<int32_t>(mentions_[mi].person);
      ++mi;
    }
    if (!(candidates_[t] & kPersonWordList) || (!tok.has(kAllLower) && !tok.has(kTitleCase)))
      continue;
    int e = lex.person_words->find(doc.norm(tok));
    if (e < 0 || lex.person_words->field(e, 1) != "pronoun") continue;
    int32_t target = subject != kNone ? subject : previous_subject;
    if (target == kNone) continue;
    char g = gender_of(*lex.person_words, doc.norm(tok));
    if (g == 'f') ++female[target];
    if (g == 'm') ++male[target];
  }
  // Token -> person, for the mentions kept above.
  for (const Mention& m : mentions_) {
    auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), m.begin,
                               [](const Token& x, uint32_t b) { return x.begin < b; });
    for (; it != doc.tokens.end() && it->begin < m.end; ++it)
      token_person_[it - doc.tokens.begin()] = static_cast<int32_t>(m.person);
  }
  counts_.assign(doc.people.size(), 0);
  for (const Mention& m : mentions_) ++counts_[m.person];
  genders_.resize(doc.people.size(), 'x');
  for (uint32_t p = 0; p < doc.people.size(); ++p) {
    if (female[p] > male[p]) genders_[p] = 'f';
    if (male[p] > female[p]) genders_[p] = 'm';
  }
}

int32_t Salience::last_before(uint32_t pos, char gender, int32_t skip) const {
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), pos,
                             [](const Mention& m, uint32_t p) { return m.begin < p; });
  // A person of the asked gender wins over a nearer one whose gender is unknown.
  int steps = 0;
  int32_t unknown = kNone;
  while (it != mentions_.begin() && steps < 64) {
    --it;
    ++steps;
    int32_t p = static_cast<int32_t>(it->person);
    if (p == skip) continue;
    char g = genders_[p];
    if (gender == 'x' || g == gender) return p;
    if (g == 'x' && unknown == kNone) unknown = p;
  }
  return unknown;
}

int32_t Salience::last_with_role(uint32_t pos, std::string_view role) const {
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), pos,
                             [](const Mention& m, uint32_t p) { return m.begin < p; });
  int steps = 0;
  while (it != mentions_.begin() && steps < 64) {
    --it;
    ++steps;
    for (std::string_view r : roles_[it->person])
      if (r == role) return static_cast<int32_t>(it->person);
  }
  // No one described so: the most mentioned of the people mentioned recently (the article's
  // main person, in celebrity news, is who "the singer" most often means).
  it = std::lower_bound(mentions_.begin(), mentions_.end(), pos,
                        [](const Mention& m, uint32_t p) { return m.begin < p; });
  int32_t best = kNone;
  steps = 0;
  while (it != mentions_.begin() && steps < 8) {
    --it;
    ++steps;
    if (best == kNone || counts_[it->person] > counts_[best]) best = static_cast<int32_t>(it->person);
  }
  return best;
}

int32_t Salience::person_at(uint32_t b, uint32_t e) const {
  auto it = std::upper_bound(mentions_.begin(), mentions_.end(), b,
                             [](uint32_t p, const Mention& m) { return p < m.begin; });
  int steps = 0;
  while (it != mentions_.begin() && steps < 8) {
    --it;
    ++steps;
    if (it->begin <= b && it->end >= e) return static_cast<int32_t>(it->person);
  }
  return kNone;
}

void Salience::persons_in(uint32_t b, uint32_t e, std::vector<uint32_t>* out) const {
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), b,
                             [](const Mention& m, uint32_t p) { return m.begin < p; });
  for (; it != mentions_.end() && it->begin < e; ++it) {
    if (it->end > e) continue;
    if (std::find(out->begin(), out->end(), it->person) == out->end()) out->push_back(it->person);
  }
}

namespace {

void add(int32_t p, std::vector<uint32_t>* out) {
  if (p == kNone) return;
  if (std::find(out->begin(), out->end(), static_cast<uint32_t>(p)) == out->end())
    out->push_back(static_cast<uint32_t>(p));
}

// True when a determiner "the" (or "both") stands within three words before t.
bool determined(const Doc& doc, const ClaimLexicons& lex, uint32_t first, uint32_t t) {
  for (uint32_t k = 1; k <= 3 && t >= first + k; ++k) {
    uint32_t u = t - k;
    std::string_view n = doc.norm(doc.tokens[u]);
    if (n == "the" || n == "both" || n == "these") return true;
    if (!is_word(doc, u) || word_class(doc, lex, u) != "") return false;
  }
  return false;
}

}  // namespace

void find_subjects(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t first,
                   uint32_t last, uint32_t skip_first, uint32_t skip_last, std::string* scratch,
                   std::vector<uint32_t>* out) {
  for (uint32_t t = first; t < last; ++t) {
    if (t >= skip_first && t < skip_last) continue;
    const Token& tok = doc.tokens[t];
    int32_t p = sal.person_of_token(t);
    if (p != kNone) {
      add(p, out);
      continue;
    }
    if (!is_word(doc, t) || !sal.starts(t, kPairList | kPersonWordList)) continue;
    std::string_view n = doc.norm(tok);
    PhraseMatch pair = sal.starts(t, kPairList)
                           ? match_longest(doc, t, last, *lex.pair_words, scratch)
                           : PhraseMatch{};
    if (pair) {
      bool free_standing = n == "they" || n == "them" || n == "their" || n == "both" ||
                           n == "each";
      if (free_standing || determined(doc, lex, first > 3 ? first - 3 : 0, t)) {
        int32_t a = sal.last_before(tok.begin, 'x');
        int32_t b = sal.last_before(tok.begin, 'x', a);
        add(a, out);
        add(b, out);
        t = pair.token_end - 1;
        continue;
      }
    }
    int e = lex.person_words->find(n);
    if (e < 0) continue;
    std::string_view kind = lex.person_words->field(e, 1);
    std::string_view g = lex.person_words->field(e, 0);
    if (kind == "pronoun") {
      add(sal.last_before(tok.begin, g.empty() ? 'x' : g[0]), out);
    } else if (t > 0 && doc.norm(doc.tokens[t - 1]) == "the") {
      add(sal.last_with_role(tok.begin, n), out);
    }
  }
}

}  // namespace claimsift::claims
