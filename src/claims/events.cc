// Events: things that happen, found two ways in each sentence.
//   * Trigger words of data/en/lists/event_triggers.txt (a walk, a birthday, a premiere, a
//     split, an arrest), typed by the list.
//   * Irrealis and negated verbs: the verb after a modal or future word ("could worsen", "will
//     wear"), after an intention word and "to" ("plans to sell", "failed to pass"), or after a
//     negation ("did not say"); data/en/lists/event_irrealis.txt gives the effect (possible,
//     probable, negative). Such a verb is an event even when no list names it.
// Each event gets the people of its sentence (names, pronouns, pair words), the first timex of
// the sentence as its date and the first place as its place. Certainty and polarity from the
// enclosing claim are applied by the driver.
//
// Tested by tests/events_test.cc.
#include <algorithm>

#include "claimsift/phrase_match.h"
#include "claims/claim_internal.h"

namespace claimsift::claims {
namespace {

bool verb_like(const Doc& doc, const ClaimLexicons& lex, uint32_t t) {
  if (!is_word(doc, t) || !doc.tokens[t].has(kAllLower)) return false;
  std::string_view c = word_class(doc, lex, t);
  if (c == "det" || c == "conj" || c == "rel" || c == "sub") return false;
  if (find_token_entry(doc, t, *lex.person_words) >= 0) return false;
  return true;
}

bool skip_between(const Doc& doc, const ClaimLexicons& lex, uint32_t t) {
  std::string_view n = doc.norm(doc.tokens[t]);
  if (n.size() > 3 && n.substr(n.size() - 2) == "ly") return true;
  return n == "not" || n == "n't" || n == "never" || n == "also" || n == "still" ||
         n == "now" || n == "soon" || (word_class(doc, lex, t) == "adv" && n != "to");
}

}  // namespace

void find_events(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t sentence,
                 std::string* scratch, std::vector<uint32_t>* people, std::vector<Event>* out,
                 SpareRecords<Event>* spares) {
  const Sentence& s = doc.sentences[sentence];
  size_t begin = out->size();
  auto add = [&](uint32_t a, uint32_t b, std::string_view type, Certainty c, EventPolarity p) {
    ByteSpan trig = doc.token_span(a, b);
    for (size_t i = begin; i < out->size(); ++i) {
      Event& e = (*out)[i];
      if (e.trigger.begin < trig.end && trig.begin < e.trigger.end) {
        if (c != Certainty::kCertain) e.certainty = c;
        if (p == EventPolarity::kNegative) e.polarity = p;
        return;
      }
    }
    Event& e = spares->append_to(out);
    e.type.assign(type.data(), type.size());
    e.trigger = trig;
    e.sentence = static_cast<int32_t>(sentence);
    e.certainty = c;
    e.polarity = p;
  };
  const uint64_t wanted = sal.mask(kEventTriggerList | kIrrealisList | kDenialList);
  for (const uint32_t* mark = sal.sentence_marks(sentence);
       mark != sal.marks_end() && *mark < s.token_end; ++mark) {
    const uint32_t t = *mark;
    if ((sal.token_lists(t) & wanted) == 0 ||
        (!is_word(doc, t) && doc.tokens[t].kind != TokenKind::kClitic))
      continue;
    if (sal.starts(t, kEventTriggerList)) {
      PhraseMatch m = match_longest(doc, t, s.token_end, *lex.event_triggers, scratch);
      if (m) {
        add(t, m.token_end, lex.trigger_type[static_cast<size_t>(m.entry)], Certainty::kCertain,
            EventPolarity::kPositive);
      }
    }
    int ir = sal.starts(t, kIrrealisList) ? find_token_entry(doc, t, *lex.event_irrealis) : -1;
    int neg = -1;
    if (ir < 0) {
      if (!sal.starts(t, kDenialList)) continue;
      neg = find_token_entry(doc, t, *lex.denials);
      if (neg >= 0 && lex.denial_kind[static_cast<size_t>(neg)] != "negation") neg = -1;
      if (neg >= 0 && sal.starts(t, kDenialExceptionList) &&
          match_longest(doc, t, s.token_end, *lex.denial_exceptions, scratch))
        neg = -1;
      if (neg < 0) continue;
    }
    Certainty c = Certainty::kCertain;
    EventPolarity p = EventPolarity::kPositive;
    uint32_t u = t + 1;
    if (ir >= 0) {
      std::string_view effect = lex.irrealis_effect[static_cast<size_t>(ir)];
      std::string_view follows = lex.irrealis_follows[static_cast<size_t>(ir)];
      if (effect == "negative") p = EventPolarity::kNegative;
      else if (effect == "probable") c = Certainty::kProbable;
      else if (effect == "possible") c = Certainty::kPossible;
      if (follows == "of" || follows == "noun") {
        // "fears of a recession", "a possible merger": the event is the noun.
        if (follows == "of") {
          if (u >= s.token_end) continue;
          std::string_view prep = doc.norm(doc.tokens[u]);
          if (prep != "of" && prep != "on" && prep != "about" && prep != "over") continue;
          ++u;
        }
        while (u < s.token_end && word_class(doc, lex, u) == "det") ++u;
        int32_t noun = kNone;
        for (uint32_t k = u; k < s.token_end && k < u + 3 && is_word(doc, k); ++k)
          if (doc.tokens[k].has(kAllLower)) noun = static_cast<int32_t>(k);
        if (noun == kNone) continue;
        int trig = find_token_entry(doc, noun, *lex.event_triggers);
        add(noun, noun + 1, trig >= 0 ? lex.trigger_type[static_cast<size_t>(trig)] : "occurrence", c, p);
        continue;
      }
      if (follows == "to") {
        if (u >= s.token_end || doc.norm(doc.tokens[u]) != "to") continue;
        ++u;
      } else if (doc.tokens[t].has(kTitleCase) && t > s.token_begin) {
        continue;  // "May", "Will" as names
      }
    } else {
      p = EventPolarity::kNegative;
    }
    while (u < s.token_end && skip_between(doc, lex, u)) {
      std::string_view n = doc.norm(doc.tokens[u]);
      if (n == "not" || n == "n't" || n == "never") p = EventPolarity::kNegative;
      ++u;
    }
    if (u >= s.token_end || !verb_like(doc, lex, u)) continue;
    std::string_view n = doc.norm(doc.tokens[u]);
    int trig = find_token_entry(doc, u, *lex.event_triggers);
    std::string_view type = trig >= 0 ? lex.trigger_type[static_cast<size_t>(trig)] : "occurrence";
    add(u, u + 1, type, c, p);
    // "would be profitable", "will have sold": the word after be/have is an event too.
    if ((n == "be" || n == "have" || n == "been") && u + 1 < s.token_end) {
      uint32_t v = u + 1;
      while (v < s.token_end && skip_between(doc, lex, v)) ++v;
      if (v < s.token_end && verb_like(doc, lex, v) && doc.norm(doc.tokens[v]) != "to")
        add(v, v + 1, "occurrence", c, p);
    }
  }
  if (out->size() == begin) return;
  // In trigger order: an event found at a later word ("fears of a recession", the verb after
  // "would") may come before one found at a mark after it. The sentence's events sorted, the
  // document's are (sentences follow each other), and the driver merges them with the named
  // events instead of sorting every event of the document: on a large document that sort
  // moved each event through a buffer, with cache misses at every step. A stable insertion
  // (few events per sentence), as the document-wide stable sort would order them.
  const auto by_trigger = [](const Event& a, const Event& b) {
    return a.trigger.begin < b.trigger.begin;
  };
  const auto first = out->begin() + static_cast<std::ptrdiff_t>(begin);
  if (!std::is_sorted(first, out->end(), by_trigger)) {
    for (auto it = first; it != out->end(); ++it)
      std::rotate(std::upper_bound(first, it, *it, by_trigger), it, it + 1);
  }
  // Participants, date and place from the sentence.
  people->clear();
  find_subjects(doc, lex, sal, s.token_begin, s.token_end, 0, 0, scratch, people);
  const SpanIndex::Item* date = sal.timexes().first_from(s.span.begin, s.span.end);
  const SpanIndex::Item* place = sal.places().first_from(s.span.begin, s.span.end);
  for (size_t i = begin; i < out->size(); ++i) {
    (*out)[i].participants = *people;
    (*out)[i].date = date ? static_cast<int32_t>(date->index) : kNone;
    (*out)[i].place = place ? static_cast<int32_t>(place->index) : kNone;
  }
}

}  // namespace claimsift::claims
