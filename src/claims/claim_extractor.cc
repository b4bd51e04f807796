// Claims and events driver (see include/claimsift/claims.h); the steps are in the sibling
// files listed in claim_internal.h.
//
// For each sentence:
//   1. cues: hedges, reporting expressions, denials and negations (a reporting cue inside a
//      hedge, "said" in "said to", is dropped; cues inside non-answers are dropped);
//   2. clauses (clauses.cc); a preposed clause that holds only a reporting cue is merged into
//      the main clause ("As one source described, ..."), one without cues is dropped;
//   3. the source of each clause: the found source of its rightmost reporting cue (the inner
//      speaker wins in nested attribution), else of a distancing verb ("fans ... speculate"),
//      else of a denial verb ("Ellison has denied"); a clause after "but" inherits the source
//      of the clause before it and its claim then starts where that clause starts;
//   4. a clause is a claim when it has a hedge, a denial, or a source; negations count as
//      denials only in a claim with a source or a hedge; a plain on-record quote about nothing
//      typed (named person, no hedge, type other) is no claim;
//   5. a denied clause that also says "just friends" / "good friends" gives two claims:
//      friendship affirmed and the denied proposition (romance when nothing else is named);
//   6. subjects, type, certainty (weakest hedge), links to events, dates and places.
// Events are found per sentence (events.cc), merged with the named events of the entities
// stage, sorted by trigger position, then take certainty and polarity from their claim.
//
// Tested by tests/claims_test.cc and tests/events_test.cc.
#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "claimsift/claims.h"
#include "claimsift/limits.h"
#include "claims/claim_internal.h"

namespace claimsift {

using claims::Clause;
using claims::ClaimLexicons;
using claims::Cue;
using claims::CueKind;
using claims::HedgeFamily;
using claims::Salience;
using claims::Source;

struct ClaimExtractor::Impl {
  explicit Impl(const LexiconSet& set) : lex(set) {}
  ClaimLexicons lex;
};

ClaimExtractor::ClaimExtractor(const LexiconSet& lexicons)
    : impl_(std::make_unique<Impl>(lexicons)) {}
ClaimExtractor::~ClaimExtractor() = default;

namespace {

bool inside(const Cue& c, uint32_t first, uint32_t last) {
  return c.first >= first && c.last <= last;
}

// Clauses by first token, equal ones kept in order (a stable insertion sort: a sentence has a
// few clauses, and std::stable_sort would allocate a buffer).
void sort_by_first(std::vector<Clause>* clauses) {
  Clause* const c = clauses->data();
  for (size_t i = 1; i < clauses->size(); ++i) {
    const Clause x = c[i];
    size_t j = i;
    for (; j > 0 && x.first < c[j - 1].first; --j) c[j] = c[j - 1];
    c[j] = x;
  }
}

struct Scratch {
  claims::TypeWalk quotation_types;        // claim types of ranges from an opening quote
  claims::SubjectWalk quotation_subjects;  // subjects of ranges from an opening quote
  std::string key;
  std::vector<Cue> cues;
  std::vector<Cue> kept;
  std::vector<const Cue*> in;
  std::vector<Clause> clauses;
  std::vector<uint32_t> people;
  std::vector<int32_t> openings;  // quotation_openings
  std::vector<uint32_t> links;    // a claim's events, dates or places before they are copied
  // find_source results of the current sentence: the relative-clause pass and the claim pass
  // ask for the same cue and clause.
  struct Found {
    const Cue* cue;
    uint32_t first, last;
    Source source;
  };
  std::vector<Found> found;
  size_t found_used = 0;
  const Source& source_of(const Doc& doc, const ClaimLexicons& lex, const Salience& sal,
                          const Cue& c, uint32_t first, uint32_t last) {
    for (size_t i = 0; i < found_used; ++i)
      if (found[i].cue == &c && found[i].first == first && found[i].last == last)
        return found[i].source;
    if (found_used == found.size()) found.emplace_back();
    Found& f = found[found_used++];
    f.cue = &c;
    f.first = first;
    f.last = last;
    f.source = claims::find_source(doc, lex, sal, c, first, last, &key);
    return f.source;
  }
};

// A claim read from an opening quote more tokens than this before its clause reuses the walks
// kept from that quote (Scratch::quotation_types, quotation_subjects).
constexpr uint32_t kLongQuotation = 64;

// The type of a clause read from token `first` (its first token or an earlier opening quote),
// not counting tokens [src_first, src_last).
std::string_view clause_type(const Doc& doc, const ClaimLexicons& lex, const Salience& sal,
                             uint32_t first, const Clause& cl, uint32_t src_first,
                             uint32_t src_last, Scratch* sc) {
  // A claim that starts at the opening quote of a long quotation reads again what the claims
  // before it read: the walk kept from that quote spares it.
  if (first + kLongQuotation < cl.first)
    return sc->quotation_types.type(doc, lex, sal, first, cl.last, &sc->key, src_first, src_last);
  return claims::claim_type(doc, lex, sal, first, cl.last, &sc->key, src_first, src_last);
}

// Claims of one sentence (one where a hedge, report or denial cue may start), appended to
// *out; each made from a spare record of the Doc's.
void sentence_claims(const Doc& doc, const ClaimLexicons& lex, const Salience& sal,
                     uint32_t sidx, int32_t quote_open, Scratch* sc, std::vector<Claim>* out,
                     SpareRecords<Claim>* spares) {
  const Sentence& sen = doc.sentences[sidx];
  uint32_t sf = sen.token_begin, sl = sen.token_end;
  std::vector<Cue>& cues = sc->cues;
  cues.clear();
  if (sal.sentence_starts(sidx, claims::kHedgeList))
    claims::find_hedge_cues(doc, lex, sal, sidx, &sc->key, &cues);
  size_t n_hedges = cues.size();
  if (sal.sentence_starts(sidx, claims::kReportList))
    claims::find_report_cues(doc, lex, sal, sidx, &sc->key, &cues);
  if (sal.sentence_starts(sidx, claims::kDenialList))
    claims::find_denial_cues(doc, lex, sal, sidx, &sc->key, &cues);
  // Drop reports overlapping a hedge ("said" of "said to") and cues in non-answers.
  std::vector<Cue>& kept = sc->kept;
  kept.clear();
  for (size_t i = 0; i < cues.size(); ++i) {
    const Cue& c = cues[i];
    bool drop = false;
    if (c.kind != CueKind::kHedge) {
      for (size_t j = 0; j < n_hedges; ++j)
        if (cues[j].first < c.last && c.first < cues[j].last) drop = true;
    }
    if (c.kind == CueKind::kHedge || c.kind == CueKind::kReport)
      drop = drop || claims::in_non_answer(doc, lex, sal, sf, sl, c.first, &sc->key);
    if (!drop) kept.push_back(c);
  }
  // Negations alone make no claim: they deny only beside a source or a hedge.
  if (std::all_of(kept.begin(), kept.end(),
                  [](const Cue& c) { return c.kind == CueKind::kNegation; }))
    return;
  std::sort(kept.begin(), kept.end(), [](const Cue& a, const Cue& b) { return a.first < b.first; });
  sc->found_used = 0;  // cue pointers into `kept` are valid from here to the end

  std::vector<Clause>& clauses = sc->clauses;
  clauses.clear();
  claims::split_clauses(doc, lex, sf, sl, &clauses);
  // Merge a preposed clause that holds only reporting cues into the next clause.
  for (size_t i = 0; i + 1 < clauses.size(); ++i) {
    if (!clauses[i].preposed) continue;
    bool report = false, other = false;
    for (const Cue& c : kept) {
      if (!inside(c, clauses[i].first, clauses[i].last)) continue;
      (c.kind == CueKind::kReport ? report : other) = true;
    }
    if (report && !other) {
      clauses[i + 1].first = clauses[i].lead;
      clauses[i + 1].lead = clauses[i].lead;
      clauses[i].last = clauses[i].first;  // emptied
    }
  }

  // A relative clause with its own source ("a duet that insiders say could be her biggest
  // hit"): a claim of its own from its head noun phrase; the main clause keeps its span but not
  // those cues.
  for (size_t ci = 0, n = clauses.size(); ci < n; ++ci) {
    Clause cl = clauses[ci];
    for (const Cue& c : kept) {
      if (c.kind != CueKind::kReport || c.role != claims::ReportRole::kVerb ||
          !inside(c, cl.first, cl.last))
        continue;
      const Source& src = sc->source_of(doc, lex, sal, c, cl.first, cl.last);
      if (!src.found || src.first < cl.first + 3 || src.first > c.first) continue;
      std::string_view rel = doc.norm(doc.tokens[src.first - 1]);
      uint32_t noun = src.first - 2;
      if ((rel != "that" && rel != "which" && rel != "who") || !claims::is_word(doc, noun) ||
          !doc.tokens[noun].has(kAllLower) || sal.starts(noun, claims::kReportList | claims::kHedgeList))
        continue;
      uint32_t head = noun;
      while (head > cl.first && head + 5 > noun && claims::is_word(doc, head - 1) &&
             claims::word_class(doc, lex, head) != "det")
        --head;
      if (claims::word_class(doc, lex, head) != "det") continue;
      if (head <= cl.first) continue;
      Clause relative = cl;
      relative.first = relative.lead = head;
      relative.preposed = relative.joined = false;
      clauses[ci].cue_last = head;
      clauses.push_back(relative);
      break;
    }
  }
  sort_by_first(&clauses);

  Source inherited;
  uint32_t inherited_start = 0;
  bool have_inherited = false;
  size_t sentence_claims_begin = out->size();
  size_t last_claim_clause = SIZE_MAX;
  for (size_t ci = 0; ci < clauses.size(); ++ci) {
    const Clause& cl = clauses[ci];
    if (cl.last <= cl.first) continue;
    std::vector<const Cue*>& in = sc->in;
    in.clear();
    bool has_hedge = false, has_denial = false, has_neg = false, has_report = false;
    uint32_t cue_first = cl.preposed ? cl.lead : cl.first;  // "If ..., ": the subordinator counts
    for (const Cue& c : kept) {
      if (!inside(c, cue_first, cl.last) || c.first >= cl.cue_last) continue;
      in.push_back(&c);
      if (c.kind == CueKind::kHedge) has_hedge = true;
      if (c.kind == CueKind::kDenial) has_denial = true;
      if (c.kind == CueKind::kNegation) has_neg = true;
      if (c.kind == CueKind::kReport) has_report = true;
    }
    // Source: the rightmost report or distancing verb with a source (the inner speaker), then
    // participles ("..., citing"), then denial verbs.
    Source src;
    for (int pass = 0; pass < 3 && !src.found; ++pass) {
      for (size_t k = in.size(); k-- > 0 && !src.found;) {
        const Cue& c = *in[k];
        std::string_view head = doc.norm(doc.tokens[c.first]);
        bool participle = head.size() > 4 && head.substr(head.size() - 3) == "ing";
        bool report = c.kind == CueKind::kReport ||
                      (c.kind == CueKind::kHedge && (c.family == HedgeFamily::kDistancing ||
                                                     c.family == HedgeFamily::kDoxastic));
        bool eligible = pass == 0   ? report && !participle
                        : pass == 1 ? report && participle
                                    : c.kind == CueKind::kDenial;
        if (!eligible) continue;
        src = sc->source_of(doc, lex, sal, c, cl.first, cl.last);
      }
    }
    uint32_t start_tok = cl.first;
    for (const Cue* c : in)
      if (c->first < start_tok) start_tok = c->first;
    bool own_source = src.found;
    // ", with one writing: ...", ", and ..." without a cue of its own: the claim before it goes on.
    if (cl.joined && !has_hedge && !has_denial && !own_source && last_claim_clause + 1 == ci &&
        out->size() > sentence_claims_begin) {
      for (size_t k = sentence_claims_begin; k < out->size(); ++k)
        if ((*out)[k].span.end == out->back().span.end)
          (*out)[k].span.end = doc.tokens[cl.last - 1].end;
      last_claim_clause = ci;
      continue;
    }
    if (!src.found && have_inherited && !cl.preposed) {
      src = inherited;
      start_tok = inherited_start;
    }
    if (own_source && !cl.preposed) {
      inherited = src;
      inherited_start = cl.first;
      have_inherited = true;
    }
    bool negation_denies = has_neg && (src.found || has_hedge);
    if (!has_hedge && !has_denial && !src.found) continue;
    if (cl.preposed && !has_hedge && !has_denial) continue;
    uint32_t first_tok = start_tok;
    if (quote_open != kNone && first_tok == sf && has_report) first_tok = quote_open;
    uint32_t src_first = src.found ? src.first : 0, src_last = src.found ? src.last : 0;
    // The type is read in the clause itself (and its quotation), not in the clause it
    // inherits its source from.
    uint32_t type_first = first_tok < cl.first && first_tok != start_tok ? first_tok : cl.first;
    const std::string_view read_type =
        clause_type(doc, lex, sal, type_first, cl, src_first, src_last, sc);
    std::string_view type = read_type;
    if (!has_hedge && !has_denial && !has_report && !negation_denies && !own_source &&
        type == "other")
      continue;  // inherited source only: a claim when the clause says something typed
    bool denied = has_denial || negation_denies;
    // "the pal added", "the source said": a definite source continues the previous claim's topic.
    if (type == "other" && src.found && !out->empty() && quote_open != kNone &&
        doc.norm(doc.tokens[src.first]) == "the" &&
        (src.source.kind == SourceKind::kInsider || src.source.kind == SourceKind::kAnonymousSource))
      type = out->back().type;
    bool quoted = sal.has_quote(first_tok, cl.last);
    if (!has_hedge && !denied && type == "other" && has_report &&
        (quoted || (src.found && src.source.kind == SourceKind::kNamedPerson)))
      continue;  // a plain quote: feelings, praise, what someone said on the record

    Claim claim = spares->take();
    claim.sentence = static_cast<int32_t>(sidx);
    claim.span = ByteSpan{doc.tokens[first_tok].begin, doc.tokens[cl.last - 1].end};
    Certainty weakest = Certainty::kCertain;
    bool strong_hedge = false;
    claim.cues.reserve(in.size());  // one allocation (a negation that denies nothing is left out)
    for (const Cue* c : in) {
      if (c->kind == CueKind::kNegation && !negation_denies) continue;
      claim.cues.push_back(doc.token_span(c->first, c->last));
      if (c->kind != CueKind::kHedge) continue;
      bool names_report = c->family == HedgeFamily::kRumour || c->family == HedgeFamily::kDistancing ||
                          c->family == HedgeFamily::kAdjective;
      if (has_denial && names_report) continue;
      strong_hedge = true;
      if (c->strength == Certainty::kPossible) weakest = Certainty::kPossible;
      else if (weakest == Certainty::kCertain) weakest = Certainty::kProbable;
    }
    claim.hedged = strong_hedge;
    claim.certainty = strong_hedge ? weakest : Certainty::kCertain;
    claim.polarity = denied ? Polarity::kDenied : Polarity::kAffirmed;
    if (src.found) claim.source = std::move(src.source);  // src.source is not read again
    claim.type.assign(type);
    // Subjects.
    std::vector<uint32_t>& people = sc->people;
    people.clear();
    uint32_t skip_first = 0, skip_last = 0;
    if (src.found && src.speaker != kNone && src.represented != kNone && src.speaker != src.represented) {
      skip_first = src.first;
      skip_last = src.last;
    }
    if (first_tok + kLongQuotation < cl.first) {  // as in clause_type
      sc->quotation_subjects.subjects(doc, lex, sal, first_tok, cl.last, skip_first, skip_last,
                                      &sc->key, &people);
    } else {
      claims::find_subjects(doc, lex, sal, first_tok, cl.last, skip_first, skip_last, &sc->key,
                            &people);
    }
    if (src.found && src.represented != kNone &&
        std::find(people.begin(), people.end(), static_cast<uint32_t>(src.represented)) == people.end())
      people.push_back(static_cast<uint32_t>(src.represented));
    if (skip_last > skip_first && src.speaker != kNone) {
      auto it = std::find(people.begin(), people.end(), static_cast<uint32_t>(src.speaker));
      if (it != people.end()) people.erase(it);
    }
    bool relation = type == "romance" || type == "friendship" || type == "breakup" ||
                    type == "engagement" || type == "marriage" || type == "feud";
    if (people.empty()) {
      int32_t p = sal.last_before(claim.span.begin, 'x');
      if (p != kNone) people.push_back(static_cast<uint32_t>(p));
    }
    if (relation && people.size() == 1) {
      int32_t p = sal.last_before(claim.span.end, 'x', static_cast<int32_t>(people[0]));
      if (p != kNone) people.push_back(static_cast<uint32_t>(p));
    }
    claim.subjects.reserve(people.size());
    for (uint32_t p : people) claim.subjects.push_back(EntityRef{EntityKind::kPerson, p});
    // A denial that also says "just friends": friendship affirmed plus the denied proposition
    // (the strongest other type, romance when none is named).
    // (The type over the claim's tokens is the one read above when that read the same ones.)
    if (denied && (type_first == first_tok
                       ? read_type
                       : claims::claim_type(doc, lex, sal, first_tok, cl.last, &sc->key,
                                            src_first, src_last, "-")) != "other") {
      // Only a strong friendship trigger ("just friends", "remain close"), not a source noun
      // such as "a friend told".
      bool friends = false;
      for (uint32_t t = first_tok; t < cl.last && !friends; ++t) {
        if (t >= src_first && t < src_last) continue;
        // No trigger can start in [t, t + 2): "other" for both lengths, no call needed.
        if (!sal.starts(t, claims::kTypeList) &&
            !(t + 1 < cl.last && sal.starts(t + 1, claims::kTypeList)))
          continue;
        for (uint32_t n = 1; n <= 2 && t + n <= cl.last && !friends; ++n) {
          int priority = 0;
          friends = claims::claim_type(doc, lex, sal, t, t + n, &sc->key, 0, 0, {}, &priority) ==
                        "friendship" &&
                    priority >= 5;
        }
      }
      if (friends) {
        Claim affirmed = claim;
        affirmed.type = "friendship";
        affirmed.polarity = Polarity::kAffirmed;
        affirmed.cues.clear();
        for (const Cue* c : in)
          if (c->kind == CueKind::kReport) affirmed.cues.push_back(doc.token_span(c->first, c->last));
        out->push_back(std::move(affirmed));
        std::string_view rest = claims::claim_type(doc, lex, sal, first_tok, cl.last, &sc->key,
                                                   src_first, src_last, "friendship");
        claim.type = std::string(rest == "other" ? std::string_view("romance") : rest);
      }
    }
    out->push_back(std::move(claim));
    last_claim_clause = ci;
  }
}

}  // namespace

void ClaimExtractor::run(Doc* doc) const {
  const ClaimLexicons& lex = impl_->lex;
  // The index and the scratch buffers are kept per thread, their storage reused from document
  // to document (and freed after a large one, limits.h); the quotation walks hold token
  // positions of one document and start anew.
  struct ThreadBuffers {
    Salience sal;
    Scratch sc;
  };
  thread_local std::unique_ptr<ThreadBuffers> buffers;
  if (!buffers) buffers = std::make_unique<ThreadBuffers>();
  Salience& sal = buffers->sal;
  Scratch& sc = buffers->sc;
  sal.reset(*doc, lex);
  sc.quotation_types = claims::TypeWalk();
  sc.quotation_subjects = claims::SubjectWalk();
  // Events: named ones from the entities stage, then ours, in trigger order.
  std::vector<Event> events = std::move(doc->events);
  doc->events.clear();
  const size_t named = events.size();
  for (uint32_t s = 0; s < doc->sentences.size(); ++s)
    if (sal.sentence_starts(s, claims::kEventTriggerList | claims::kIrrealisList |
                                   claims::kDenialList))
      claims::find_events(*doc, lex, sal, s, &sc.key, &sc.people, &events, &doc->spares.events);
  auto by_trigger = [](const Event& a, const Event& b) { return a.trigger.begin < b.trigger.begin; };
  // Ours are in text order (find_events sorts each sentence's), and the named events usually
  // are: then a stable merge gives what the stable sort would.
  auto ours = events.begin() + static_cast<std::ptrdiff_t>(named);
  if (std::is_sorted(events.begin(), ours, by_trigger)) {
    if (ours != events.begin() && ours != events.end() && by_trigger(*ours, *(ours - 1)))
      std::inplace_merge(events.begin(), ours, events.end(), by_trigger);
  } else {
    std::stable_sort(events.begin(), events.end(), by_trigger);
  }
  doc->events = std::move(events);
  // Claims.
  claims::quotation_openings(*doc, sal, &sc.openings);
  doc->claims.clear();
  for (uint32_t s = 0; s < doc->sentences.size(); ++s)
    if (sal.sentence_starts(s, claims::kHedgeList | claims::kReportList | claims::kDenialList))
      sentence_claims(*doc, lex, sal, s, sc.openings[s], &sc, &doc->claims, &doc->spares.claims);
  // Links and event factuality; events are sorted by trigger, so each claim looks only at the
  // events that start inside it. Each list is gathered in sc.links first, so that the claim's
  // own vector is allocated once, at its size.
  std::vector<uint32_t>& links = sc.links;
  for (Claim& c : doc->claims) {
    links.clear();
    auto first = std::lower_bound(doc->events.begin(), doc->events.end(), c.span.begin,
                                  [](const Event& e, uint32_t b) { return e.trigger.begin < b; });
    for (auto it = first; it != doc->events.end() && it->trigger.begin < c.span.end; ++it) {
      Event& e = *it;
      if (e.trigger.end > c.span.end) continue;
      links.push_back(static_cast<uint32_t>(it - doc->events.begin()));
      if (e.name.empty()) {
        if (c.hedged && e.certainty == Certainty::kCertain) e.certainty = c.certainty;
        if (c.polarity == Polarity::kDenied) e.polarity = EventPolarity::kNegative;
      }
    }
    c.events.assign(links.begin(), links.end());
    links.clear();
    const claims::SpanIndex::Item* end;
    const claims::SpanIndex::Item* it = sal.timexes().first_inside(c.span.begin, c.span.end, &end);
    for (; it != end; ++it)
      if (it->end <= c.span.end) links.push_back(it->index);
    c.dates.assign(links.begin(), links.end());
    links.clear();
    it = sal.places().first_inside(c.span.begin, c.span.end, &end);
    for (; it != end; ++it)
      if (it->end <= c.span.end && std::find(links.begin(), links.end(), it->index) == links.end())
        links.push_back(it->index);
    c.places.assign(links.begin(), links.end());
  }
  if (doc->tokens.size() > kKeepScratchTokens) buffers.reset();
}

}  // namespace claimsift
