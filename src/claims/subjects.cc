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

void SpanIndex::sort() {
  // By start, then index: one compare of a packed key. Timexes come in text order already (no
  // sort); places and organisations come entity by entity.
  const auto key = [](const Item& x) { return uint64_t{x.begin} << 32 | x.index; };
  const auto by_key = [&](const Item& a, const Item& b) { return key(a) < key(b); };
  if (!std::is_sorted(items_.begin(), items_.end(), by_key))
    std::sort(items_.begin(), items_.end(), by_key);
}

const SpanIndex::Item* SpanIndex::first_inside(uint32_t b, uint32_t e, const Item** end) const {
  auto lo = std::lower_bound(items_.begin(), items_.end(), b,
                             [](const Item& x, uint32_t v) { return x.begin < v; });
  // A claim or sentence holds few items: a walk to the first past them beats a second search.
  auto hi = lo;
  while (hi != items_.end() && hi->begin < e) ++hi;
  *end = items_.data() + (hi - items_.begin());
  return items_.data() + (lo - items_.begin());
}

namespace {

// The first token at or after token t that starts at or after byte `end` (the end of a span
// starting at token t).
uint32_t token_after(const Doc& doc, uint32_t t, uint32_t end) {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  while (t < n && doc.tokens[t].begin < end) ++t;
  return t;
}

// What one walk over the tokens collects (Salience::scan_tokens).
struct Walk {
  uint64_t marked;  // tokens with one of these `lists` bits go to *marks,
  uint64_t words;   // and those with one of these (a subset) to *words too
  std::vector<uint32_t>* marks;
  std::vector<uint32_t>* words_at;
  std::vector<uint32_t>* quotes;
};

// Tokens [first, last) into the walk's lists; returns their `lists` or-ed.
uint64_t walk_tokens(const Doc& doc, const Token* toks, uint32_t first, uint32_t last,
                     const Walk& walk) {
  uint64_t lists = 0;
  for (uint32_t t = first; t < last; ++t) {
    const uint64_t l = toks[t].lists;
    lists |= l;
    if (l & walk.marked) {
      walk.marks->push_back(t);
      if (l & walk.words) walk.words_at->push_back(t);
    }
    if (toks[t].kind == TokenKind::kPunct && is_quote(doc, t)) walk.quotes->push_back(t);
  }
  return lists;
}

}  // namespace

void Salience::reset(const Doc& doc, const ClaimLexicons& lex) {
  // token_person_ is all kNone between documents: the previous document's mentions are undone,
  // instead of a fill of every token.
  for (const Mention& m : mentions_)
    std::fill(token_person_.begin() + m.first_token, token_person_.begin() + m.end_token, kNone);
  token_person_.resize(doc.tokens.size(), kNone);
  mentions_.clear();
  genders_.clear();
  counts_.clear();
  timexes_.clear();
  places_.clear();
  organizations_.clear();
  tokens_ = nullptr;
  own_tokens_.clear();
  for (uint64_t& m : masks_) m = 0;
  sentence_lists_.clear();
  sentence_marks_.clear();
  quotes_.clear();
  marks_.clear();
  words_.clear();
  subject_tokens_.clear();
  marks_blocks_.clear();
  subject_blocks_.clear();
  roles_.clear();
  scan_tokens(doc, lex);
  index_entities(doc, lex);
  index_subject_tokens();
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  index_blocks(marks_, n, &marks_blocks_);
  index_blocks(subject_tokens_, n, &subject_blocks_);
}

void Salience::index_blocks(const std::vector<uint32_t>& items, uint32_t tokens,
                            std::vector<uint32_t>* blocks) {
  blocks->resize((tokens >> kBlockBits) + 1);
  size_t i = 0;
  for (size_t b = 0; b < blocks->size(); ++b) {
    const uint64_t start = uint64_t{b} << kBlockBits;
    while (i < items.size() && items[i] < start) ++i;
    (*blocks)[b] = static_cast<uint32_t>(i);
  }
}

void Salience::index_subject_tokens() {
  // The tokens in mentions (in order and once each: mentions_ is sorted by start; some nest),
  // merged with words_.
  size_t w = 0;
  uint32_t next = 0;
  for (const Mention& m : mentions_) {
    for (uint32_t t = std::max(next, m.first_token); t < m.end_token; ++t) {
      for (; w < words_.size() && words_[w] < t; ++w) subject_tokens_.push_back(words_[w]);
      if (w < words_.size() && words_[w] == t) ++w;
      subject_tokens_.push_back(t);
    }
    next = std::max(next, m.end_token);
  }
  subject_tokens_.insert(subject_tokens_.end(), words_.begin() + static_cast<std::ptrdiff_t>(w),
                         words_.end());
}

void Salience::index_entities(const Doc& doc, const ClaimLexicons& lex) {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (uint32_t i = 0; i < doc.timexes.size(); ++i) timexes_.add(doc.timexes[i].span, i);
  for (uint32_t i = 0; i < doc.places.size(); ++i)
    for (const ByteSpan& m : doc.places[i].mentions) places_.add(m, i);
  for (uint32_t i = 0; i < doc.organizations.size(); ++i)
    for (const ByteSpan& m : doc.organizations[i].mentions) organizations_.add(m, i);
  timexes_.sort();
  places_.sort();
  organizations_.sort();
  if (doc.people.empty()) return;
  // Person spans (descriptors and mentions), in person order; their tokens are found below.
  spans_.clear();
  for (uint32_t p = 0; p < doc.people.size(); ++p) {
    for (const ByteSpan& d : doc.people[p].descriptors)
      spans_.push_back({d.begin, d.end, p, /*mention=*/false});
    for (const ByteSpan& m : doc.people[p].mentions)
      spans_.push_back({m.begin, m.end, p, /*mention=*/true});
  }
  // The first token starting at or after each span's byte: a binary search each when there
  // are few look-ups over few tokens; else the look-ups are taken in text order, each walking
  // on from the last answer (over more tokens than the cache holds, a binary search, or any
  // look-up in the spans' own order, which is grouped by person, misses the cache at nearly
  // every step). The walk steps over whole sentences first (16 bytes each, not a token's 32 per
  // word), so it reads the tokens of the sentences that hold a span, not every token between.
  constexpr uint32_t kCachedTokens = 1u << 15;  // 1 MB of Token
  const bool in_text_order = spans_.size() * 16 > n || n > kCachedTokens;
  uint32_t walked = 0;  // in text order: the first token not known to start before the byte
  size_t walked_sentence = 0;  // in text order: the sentences after it start at or after the byte
  const size_t sentences = doc.sentences.size();
  auto token_at = [&](uint32_t byte) {
    if (!in_text_order) {
      return static_cast<uint32_t>(
          std::lower_bound(doc.tokens.begin(), doc.tokens.end(), byte,
                           [](const Token& x, uint32_t b) { return x.begin < b; }) -
          doc.tokens.begin());
    }
    uint32_t t = walked;  // a local: the loop keeps it in a register
    while (walked_sentence + 1 < sentences && doc.sentences[walked_sentence + 1].span.begin < byte)
      ++walked_sentence;
    if (walked_sentence < sentences) {
      // Tokens are sorted: when the sentence's first token starts before the byte, so do all
      // the tokens before it.
      const uint32_t first = doc.sentences[walked_sentence].token_begin;
      if (first > t && first < n && doc.tokens[first].begin < byte) t = first;
    }
    while (t < n && doc.tokens[t].begin < byte) ++t;
    walked = t;
    return t;
  };
  // The claim_person_words entry of token t, or -1 (a bit test for most tokens).
  auto person_word = [&](uint32_t t) {
    return starts(t, kPersonWordList) ? find_token_entry(doc, t, *lex.person_words) : -1;
  };
  std::vector<int>& female = female_votes_;
  std::vector<int>& male = male_votes_;
  female.assign(doc.people.size(), 0);
  male.assign(doc.people.size(), 0);
  roles_.resize(doc.people.size());
  // Each span's tokens, and the votes of its role nouns (each role once: only whether a person
  // has a role is asked) and gendered words ("actress", "husband"). Votes add up in any order.
  auto resolve = [&](PersonSpan& span) {
    const uint32_t p = span.person;
    span.first_token = token_at(span.begin);
    span.end_token = token_after(doc, span.first_token, span.end);
    for (uint32_t t = span.first_token; t < span.end_token; ++t) {
      const int re = person_word(t);
      if (re < 0) continue;
      const size_t e = static_cast<size_t>(re);
      if (lex.person_kind[e] == kRole) {
        const std::string_view role = lex.person_words->surface(re);
        if (std::find(roles_[p].begin(), roles_[p].end(), role) == roles_[p].end())
          roles_[p].push_back(role);
      }
      const char g = lex.person_gender[e];
      if (g == 'f') female[p] += 2;
      if (g == 'm') male[p] += 2;
    }
    // A lone pronoun is no name: it is resolved where it is read.
    const uint32_t t = span.first_token;
    span.lone_pronoun = t < n && doc.tokens[t].end == span.end && [&] {
      const int e = person_word(t);
      return e >= 0 && lex.person_kind[static_cast<size_t>(e)] == kPronoun;
    }();
  };
  if (in_text_order) {
    // Span indexes by start (start in the high half, so ties keep person order).
    text_order_.clear();
    for (uint32_t i = 0; i < spans_.size(); ++i)
      text_order_.push_back(uint64_t{spans_[i].begin} << 32 | i);
    std::sort(text_order_.begin(), text_order_.end());
    for (const uint64_t key : text_order_) resolve(spans_[static_cast<uint32_t>(key)]);
  } else {
    for (PersonSpan& span : spans_) resolve(span);
  }
  // Mentions in person order, as the sort below has always received them (ties keep it).
  for (const PersonSpan& span : spans_)
    if (span.mention && !span.lone_pronoun)
      mentions_.push_back({span.begin, span.end, span.person, span.first_token, span.end_token});
  std::sort(mentions_.begin(), mentions_.end(),
            [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  // Pronouns vote for the subject of their sentence: its first person mention before the
  // pronoun that is not a possessor ("Whitlock's studio"), else the previous sentence's.
  // Walked over the tokens where something happens (a mention starts, a pronoun may stand), in
  // the order a walk over every token would see them: at token u, first the sentences that
  // ended before u, then the mentions starting at or before u's start, then u itself.
  size_t mi = 0;
  int32_t subject = kNone, previous_subject = kNone;
  uint32_t sentence = 0;
  uint32_t mention_token = mentions_.empty() ? n : mentions_[0].first_token;
  // The tokens that may be a person word (the others cast no vote; a step at a mention does
  // what a step at any token before it would have done).
  std::vector<uint32_t>& person_tokens = person_tokens_;
  person_tokens.clear();
  const uint64_t person = mask(kPersonWordList);
  for (const uint32_t t : words_)
    if (tokens_[t].lists & person) person_tokens.push_back(t);
  size_t pi = 0;
  while (true) {
    const uint32_t t = pi < person_tokens.size() ? person_tokens[pi] : n;
    const uint32_t u = std::min(t, mention_token);
    if (u >= n) break;
    while (sentence < doc.sentences.size() && doc.sentences[sentence].token_end <= u) {
      ++sentence;
      if (subject != kNone) previous_subject = subject;
      subject = kNone;
    }
    const Token& tok = doc.tokens[u];
    while (mi < mentions_.size() && mentions_[mi].begin <= tok.begin) {
      const uint32_t after = mentions_[mi].end_token;
      bool possessive = after < n && doc.tokens[after].kind == TokenKind::kClitic;
      if (subject == kNone && !possessive) subject = static_cast<int32_t>(mentions_[mi].person);
      ++mi;
    }
    mention_token = mi < mentions_.size() ? mentions_[mi].first_token : n;
    if (u != t) continue;
    ++pi;
    if (!tok.has(kAllLower) && !tok.has(kTitleCase)) continue;
    int e = find_token_entry(doc, u, *lex.person_words);
    if (e < 0 || lex.person_kind[static_cast<size_t>(e)] != kPronoun) continue;
    int32_t target = subject != kNone ? subject : previous_subject;
    if (target == kNone) continue;
    const char g = lex.person_gender[static_cast<size_t>(e)];
    if (g == 'f') ++female[target];
    if (g == 'm') ++male[target];
  }
  // Token -> person, for the mentions kept above.
  for (const Mention& m : mentions_) {
    for (uint32_t t = m.first_token; t < m.end_token; ++t)
      token_person_[t] = static_cast<int32_t>(m.person);
  }
  counts_.assign(doc.people.size(), 0);
  for (const Mention& m : mentions_) ++counts_[m.person];
  genders_.resize(doc.people.size(), 'x');
  for (uint32_t p = 0; p < doc.people.size(); ++p) {
    if (female[p] > male[p]) genders_[p] = 'f';
    if (male[p] > female[p]) genders_[p] = 'm';
  }
}

void Salience::scan_tokens(const Doc& doc, const ClaimLexicons& lex) {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  if (lex.lists_in_tokens(doc)) {
    tokens_ = doc.tokens.data();
    for (int i = 0; i < kListCount; ++i) masks_[i] = lex.token_bit(i);
  } else {
    own_tokens_ = doc.tokens;
    for (uint32_t t = 0; t < n; ++t) own_tokens_[t].lists = lex.first_word_lists(doc, t);
    tokens_ = own_tokens_.data();
    for (int i = 0; i < kListCount; ++i) masks_[i] = uint64_t{1} << i;
  }
  // One walk: the lists each sentence's tokens may start (or-ed), quotes, marked tokens.
  sentence_lists_.resize(doc.sentences.size());
  sentence_marks_.resize(doc.sentences.size());
  const Walk walk{mask((1u << kListCount) - 1), mask(kPairList | kPersonWordList), &marks_,
                  &words_, &quotes_};
  uint32_t next = 0;  // sentences are consecutive token ranges; a gap is walked all the same
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sen = doc.sentences[s];
    if (sen.token_begin > next)
      walk_tokens(doc, tokens_, next, sen.token_begin, walk);
    // The marks so far are those before the sentence (a sentence that began inside the one
    // before, which the splitter does not make, searches for its first).
    sentence_marks_[s] = static_cast<uint32_t>(
        sen.token_begin >= next
            ? marks_.size()
            : std::lower_bound(marks_.begin(), marks_.end(), sen.token_begin) - marks_.begin());
    sentence_lists_[s] = walk_tokens(doc, tokens_, std::max(next, sen.token_begin),
                                     sen.token_end, walk);
    next = std::max(next, sen.token_end);
  }
  if (next < n) walk_tokens(doc, tokens_, next, n, walk);
}

bool Salience::has_quote(uint32_t first, uint32_t last) const {
  auto it = std::lower_bound(quotes_.begin(), quotes_.end(), first);
  return it != quotes_.end() && *it < last;
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

namespace {

// What subject token t (Salience::subject_tokens_from) outside a mention, in a range read
// from token `first`, adds: persons into added[0 ..), their count returned (kNone is no person;
// -1: t adds nothing). A pair phrase sets *resume to its end (the scan goes on from there).
int word_subject_at(const Doc& doc, const ClaimLexicons& lex, const Salience& sal,
                    uint32_t first, uint32_t t, uint32_t last, std::string* scratch,
                    int32_t added[2], uint32_t* resume) {
  const uint64_t pair_word = sal.mask(kPairList), person_word = sal.mask(kPersonWordList);
  const uint64_t lists = sal.token_lists(t);
  if ((lists & (pair_word | person_word)) == 0 || !is_word(doc, t)) return -1;
  const Token& tok = doc.tokens[t];
  std::string_view n = doc.norm(tok);
  PhraseMatch pair = (lists & pair_word)
                         ? match_longest(doc, t, last, *lex.pair_words, scratch)
                         : PhraseMatch{};
  if (pair) {
    bool free_standing = n == "they" || n == "them" || n == "their" || n == "both" ||
                         n == "each";
    if (free_standing || determined(doc, lex, first > 3 ? first - 3 : 0, t)) {
      added[0] = sal.last_before(tok.begin, 'x');
      added[1] = sal.last_before(tok.begin, 'x', added[0]);
      *resume = pair.token_end;
      return 2;
    }
  }
  if ((lists & person_word) == 0) return -1;
  int e = find_token_entry(doc, t, *lex.person_words);
  if (e < 0) return -1;
  const uint8_t kind = lex.person_kind[static_cast<size_t>(e)];
  const char g = lex.person_gender[static_cast<size_t>(e)];
  if (kind == kPronoun) {
    added[0] = sal.last_before(tok.begin, g == '\0' ? 'x' : g);
    return 1;
  }
  if (t > 0 && doc.norm(doc.tokens[t - 1]) == "the") {
    added[0] = sal.last_with_role(tok.begin, n);
    return 1;
  }
  return -1;
}

// The scan of find_subjects over the subject tokens from `at` on, before token `last`.
void scan_subjects(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t first,
                   const uint32_t* at, uint32_t last, uint32_t skip_first, uint32_t skip_last,
                   uint32_t resume, std::string* scratch, std::vector<uint32_t>* out) {
  // t is in [skip_first, skip_last) when t - skip_first < skip (unsigned).
  const uint32_t skip = skip_last > skip_first ? skip_last - skip_first : 0;
  const uint32_t* const end = sal.subject_tokens_end();
  for (; at != end && *at < last; ++at) {
    const uint32_t t = *at;
    if (t < resume || t - skip_first < skip) continue;
    const int32_t p = sal.person_of_token(t);
    if (p != kNone) {
      add(p, out);
      continue;
    }
    int32_t added[2];
    const int count = word_subject_at(doc, lex, sal, first, t, last, scratch, added, &resume);
    for (int i = 0; i < count; ++i) add(added[i], out);
  }
}

}  // namespace

void find_subjects(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t first,
                   uint32_t last, uint32_t skip_first, uint32_t skip_last, std::string* scratch,
                   std::vector<uint32_t>* out) {
  scan_subjects(doc, lex, sal, first, sal.subject_tokens_from(first), last, skip_first,
                skip_last, first, scratch, out);
}

void SubjectWalk::subjects(const Doc& doc, const ClaimLexicons& lex, const Salience& sal,
                           uint32_t first, uint32_t last, uint32_t skip_first, uint32_t skip_last,
                           std::string* scratch, std::vector<uint32_t>* out) {
  // Tokens in the skip range add nothing: the kept walk serves up to it.
  const uint32_t cutoff = end_before_skip(first, last, skip_first, skip_last);
  if (first != first_) {
    first_ = first;
    steps_.clear();
    distinct_.clear();
    next_ = sal.subject_tokens_from(first);
    resume_ = first;
    pair_end_ = 0;
  }
  // Extend the kept walk (pair phrases matched up to the document's end) to the cutoff.
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (; next_ != sal.subject_tokens_end() && *next_ < cutoff; ++next_) {
    const uint32_t t = *next_;
    if (t < resume_) continue;
    int32_t added[2];
    uint32_t resume = resume_;
    const int32_t p = sal.person_of_token(t);
    added[0] = p;
    const int count = p != kNone ? 1
                                 : word_subject_at(doc, lex, sal, first, t, n, scratch, added,
                                                   &resume);
    if (count < 0) continue;
    if (resume != resume_) pair_end_ = std::max(pair_end_, resume);
    resume_ = resume;
    for (int i = 0; i < count; ++i) add(added[i], &distinct_);
    steps_.push_back({t, pair_end_, resume_, static_cast<uint32_t>(distinct_.size())});
  }
  // The steps the scan of [first, last) takes too: those before the cutoff after which no
  // pair phrase ends past `last` (one that ends by `last` is the longest up to `last`; a token
  // that adds nothing up to the document's end adds nothing up to `last`).
  const auto usable = std::partition_point(steps_.begin(), steps_.end(), [&](const Step& x) {
    return x.t < cutoff && x.pair_end <= last;
  });
  uint32_t resume = first;
  if (usable != steps_.begin()) {
    const Step& done = *(usable - 1);
    const auto kept = distinct_.begin() + static_cast<std::ptrdiff_t>(done.distinct);
    if (out->empty()) {
      out->insert(out->end(), distinct_.begin(), kept);  // once each already
    } else {
      for (auto it = distinct_.begin(); it != kept; ++it) add(static_cast<int32_t>(*it), out);
    }
    resume = done.resume;
  }
  const uint32_t from = usable != steps_.end() && usable->t < cutoff ? usable->t : cutoff;
  scan_subjects(doc, lex, sal, first, sal.subject_tokens_from(std::max(from, resume)), last,
                skip_first, skip_last, resume, scratch, out);
}

}  // namespace claimsift::claims
