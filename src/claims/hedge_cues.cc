// Hedge cues: longest matches of data/en/lists/hedge_cues.txt, minus look-alikes.
//
// A match is dropped when
//   * it is capitalised inside a sentence (part of a name or title: "May" the month, a song
//     "If You Don't Love Me"), or it is "may" before a number;
//   * data/en/lists/hedge_lookalikes.txt lists the words right before or after it, for the cue
//     or for its whole family ("could" + "n't": past ability; "best possible"; "said to the
//     press": a recipient, not a hearsay passive);
//   * it is a rumour noun without content: no "of/about/that/:" after it and no claim-type
//     trigger right before it ("romance rumors" has content, "the speculation swirled" has none).
//
// Tested by tests/claims_test.cc (HedgeCueCases, LookAlikeCases).
#include <array>

#include "claimsift/phrase_match.h"
#include "claims/claim_internal.h"

namespace claimsift::claims {
namespace {

HedgeFamily family_of(std::string_view f) {
  if (f == "modal") return HedgeFamily::kModal;
  if (f == "adverb") return HedgeFamily::kAdverb;
  if (f == "adjective") return HedgeFamily::kAdjective;
  if (f == "evidential") return HedgeFamily::kEvidential;
  if (f == "hearsay" || f == "impersonal") return HedgeFamily::kHearsay;
  if (f == "rumour") return HedgeFamily::kRumour;
  if (f == "distancing") return HedgeFamily::kDistancing;
  if (f == "doxastic") return HedgeFamily::kDoxastic;
  return HedgeFamily::kCondition;
}

// True when "HEAD SIDE w..." (1 or 2 words on that side) is a listed look-alike. The key's hash
// is extended word by word from the hash of "HEAD SIDE"; its text is built (into *key) only
// for a slot whose fingerprint matches, so a key that is not listed costs a hash, no string.
bool listed(const Doc& doc, const Lexicon& lookalikes, std::string_view head, bool prev,
            uint32_t first, uint32_t last, uint32_t lo, uint32_t hi, std::string* key) {
  const std::string_view side = prev ? " prev" : " next";
  const uint64_t head_hash = lexicon_hash_more(lexicon_hash(head), side);
  for (uint32_t n = 1; n <= 2; ++n) {
    if (prev ? first < lo + n : last + n > hi) break;
    const uint32_t from = prev ? first - n : last, to = prev ? first : last + n;
    uint64_t hash = head_hash;
    for (uint32_t t = from; t < to; ++t)
      hash = lexicon_hash_more(lexicon_hash_more(hash, " "), doc.norm(doc.tokens[t]));
    const LexiconKey* k = lookalikes.may_have(hash)
                              ? lookalikes.find_key_if(hash, [&](std::string_view candidate) {
                                  key->assign(head);
                                  key->append(side);
                                  for (uint32_t t = from; t < to; ++t) {
                                    key->push_back(' ');
                                    key->append(doc.norm(doc.tokens[t]));
                                  }
                                  return candidate == *key;
                                })
                              : nullptr;
    if (k != nullptr && k->entry >= 0) return true;
    // The two-word key after the cue extends the one-word key, which the table holds (as an
    // entry or a prefix) whenever a longer key starts with it.
    if (!prev && (k == nullptr || !k->continues)) break;
  }
  return false;
}

// A capitalised cue inside a sentence is part of a name or title ("May 23", "If You Don't
// Love Me", "Maybe Tomorrow"); "may" before a number is the month.
bool is_name_word(const Doc& doc, uint32_t t, uint32_t lo, uint32_t hi) {
  if (doc.norm(doc.tokens[t]) == "may" && t + 1 < hi &&
      doc.tokens[t + 1].kind == TokenKind::kNumber)
    return true;
  if (!doc.tokens[t].has(kTitleCase) || t == lo) return false;
  if (is_quote(doc, t - 1)) {
    // After an opening quote only a title goes on in capitals: '"If You Don't Love Me"'.
    return t > lo + 1 && t + 1 < hi && doc.tokens[t + 1].has(kTitleCase) &&
           doc.norm(doc.tokens[t + 1]) != "i";
  }
  const Token& prev = doc.tokens[t - 1];
  if (prev.kind == TokenKind::kPunct && doc.norm(prev) != ",") return false;  // after ":" or "("
  return true;
}

bool rumour_has_content(const Doc& doc, const ClaimLexicons& lex, const Salience& sal,
                        uint32_t first, uint32_t last, uint32_t lo, uint32_t hi,
                        std::string* scratch) {
  if (last < hi) {
    std::string_view c = word_class(doc, lex, last);
    if (c == "content" || doc.norm(doc.tokens[last]) == "that" ||
        doc.norm(doc.tokens[last]) == ":")
      return true;
  }
  for (uint32_t back = 1; back <= 2 && first >= lo + back; ++back) {
    if (sal.starts(first - back, kTypeList) && match_longest(doc, first - back, first, *lex.types, scratch))
      return true;
  }
  return false;
}

}  // namespace

void find_hedge_cues(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t s,
                     std::string* scratch, std::vector<Cue>* out) {
  const uint32_t first = doc.sentences[s].token_begin, last = doc.sentences[s].token_end;
  const auto word = [&](uint32_t t) { return is_word(doc, t); };
  scan_cue_phrases(doc, sal, kHedgeList, *lex.hedges, s, scratch, word,
                   [&](uint32_t t, const PhraseMatch& m) {
    const size_t entry = static_cast<size_t>(m.entry);
    Cue cue;
    cue.first = t;
    cue.last = m.token_end;
    cue.kind = CueKind::kHedge;
    cue.strength = lex.hedge_strength[entry] == "probable" ? Certainty::kProbable
                                                           : Certainty::kPossible;
    std::string_view fam = lex.hedge_family[entry];
    cue.family = family_of(fam);
    bool drop = is_name_word(doc, t, first, last);
    // Look-alikes: only for the sides the list has keys for (most cues have none).
    const uint8_t sides = lex.hedge_lookalike_sides[entry];
    if (!drop && sides != 0) {
      std::string key, head;
      if (sides & (kCuePrev | kCueNext)) append_token_key(doc, t, m.token_end, &head);
      drop = ((sides & kCuePrev) &&
              listed(doc, *lex.hedge_lookalikes, head, true, t, m.token_end, first, last, &key)) ||
             ((sides & kCueNext) &&
              listed(doc, *lex.hedge_lookalikes, head, false, t, m.token_end, first, last, &key));
      if (!drop && (sides & (kFamilyPrev | kFamilyNext))) {
        head.assign(1, '@');
        head.append(fam.data(), fam.size());
        drop = ((sides & kFamilyPrev) && listed(doc, *lex.hedge_lookalikes, head, true, t,
                                                m.token_end, first, last, &key)) ||
               ((sides & kFamilyNext) && listed(doc, *lex.hedge_lookalikes, head, false, t,
                                                m.token_end, first, last, &key));
      }
    }
    if (!drop && cue.family == HedgeFamily::kRumour)
      drop = !rumour_has_content(doc, lex, sal, t, m.token_end, first, last, scratch);
    if (!drop) out->push_back(cue);
  });
}

}  // namespace claimsift::claims
