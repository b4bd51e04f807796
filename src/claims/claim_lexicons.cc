// The lists the claims stage reads, resolved once per ClaimExtractor; token helpers.
// Tested by tests/claims_test.cc (every list it names must exist and be non-empty).
#include <algorithm>
#include <iterator>
#include <string>

#include "claims/claim_internal.h"

namespace claimsift::claims {
namespace {

std::vector<std::string_view> column(const Lexicon& lexicon, int c) {
  std::vector<std::string_view> out(lexicon.size());
  for (size_t e = 0; e < out.size(); ++e) out[e] = lexicon.field(static_cast<int>(e), c);
  return out;
}

}  // namespace

ClaimLexicons::ClaimLexicons(const LexiconSet& set)
    : hedges(&set.get("en/lists/hedge_cues")),
      hedge_lookalikes(&set.get("en/lists/hedge_lookalikes")),
      reports(&set.get("en/lists/attribution_verbs")),
      sources(&set.get("en/lists/attribution_sources")),
      platforms(&set.get("en/lists/attribution_platforms")),
      denials(&set.get("en/lists/denial_cues")),
      denial_exceptions(&set.get("en/lists/denial_exceptions")),
      non_answers(&set.get("en/lists/claim_non_answers")),
      types(&set.get("en/lists/claim_type_triggers")),
      pair_words(&set.get("en/lists/claim_pair_words")),
      person_words(&set.get("en/lists/claim_person_words")),
      function_words(&set.get("en/lists/claim_function_words")),
      event_triggers(&set.get("en/lists/event_triggers")),
      event_irrealis(&set.get("en/lists/event_irrealis")) {
  masked_ = {hedges,    reports,       sources,     platforms,    denials,        denial_exceptions,
             non_answers, types,       pair_words,  person_words, event_triggers, event_irrealis};
  vocabulary_ = &set.vocabulary();
  for (size_t b = 0; b < masked_.size(); ++b) {
    if (!vocabulary_->covers(*masked_[b])) {
      vocabulary_ = nullptr;
      break;
    }
    const int id = masked_[b]->id();
    wanted_[id / 64] |= uint64_t{1} << (id % 64);
    bit_of_id_[id] = static_cast<uint16_t>(1u << b);
    if (id < 64) token_bit_[b] = uint64_t{1} << id;
  }
  function_class = column(*function_words, 0);
  hedge_strength = column(*hedges, 0);
  hedge_family = column(*hedges, 1);
  report_role = column(*reports, 0);
  source_kind = column(*sources, 0);
  platform_display = column(*platforms, 0);
  denial_kind = column(*denials, 0);
  type_name = column(*types, 0);
  trigger_type = column(*event_triggers, 0);
  irrealis_effect = column(*event_irrealis, 0);
  irrealis_follows = column(*event_irrealis, 1);
  type_priority.resize(types->size());
  for (size_t e = 0; e < type_priority.size(); ++e) {
    int priority = 0;
    for (char c : types->field(static_cast<int>(e), 1))
      if (c >= '0' && c <= '9') priority = priority * 10 + (c - '0');
    type_priority[e] = priority;
  }
  // Look-alike keys start with the cue's key or "@" and its family, then the side: without
  // that prefix in the table, no key of the side can match.
  hedge_lookalike_sides.assign(hedges->size(), 0);
  std::string key;
  auto has_prefix = [&](std::string_view head, std::string_view side) {
    key.assign(head);
    key.append(side);
    return hedge_lookalikes->find_key(key) != nullptr;
  };
  for (size_t i = 0; i < hedges->key_count(); ++i) {
    const LexiconKey& k = hedges->key_at(i);
    if (k.entry < 0) continue;
    uint8_t sides = 0;
    if (has_prefix(k.key, " prev")) sides |= kCuePrev;
    if (has_prefix(k.key, " next")) sides |= kCueNext;
    const std::string family = "@" + std::string(hedge_family[static_cast<size_t>(k.entry)]);
    if (has_prefix(family, " prev")) sides |= kFamilyPrev;
    if (has_prefix(family, " next")) sides |= kFamilyNext;
    hedge_lookalike_sides[static_cast<size_t>(k.entry)] |= sides;
  }
  person_gender.resize(person_words->size());
  person_kind.resize(person_words->size());
  for (size_t e = 0; e < person_gender.size(); ++e) {
    const std::string_view g = person_words->field(static_cast<int>(e), 0);
    const std::string_view k = person_words->field(static_cast<int>(e), 1);
    person_gender[e] = g.empty() ? '\0' : g[0];
    person_kind[e] = k == "pronoun" ? kPronoun : k == "role" ? kRole : kPersonOther;
  }
}

uint16_t ClaimLexicons::first_word_lists(const Doc& doc, uint32_t t) const {
  uint16_t mask = 0;
  if (vocabulary_ != nullptr && doc.vocabulary == vocabulary_) {
    const Token& tok = doc.tokens[t];
    if (wanted_[1] == 0) {  // every list has an id < 64: the token's own bits suffice
      for (uint64_t hits = tok.lists & wanted_[0]; hits != 0; hits &= hits - 1) {
        mask |= bit_of_id_[__builtin_ctzll(hits)];
      }
      return mask;
    }
    if (tok.word < 0) return 0;
    const VocabularyWord& word = vocabulary_->word(static_cast<size_t>(tok.word));
    for (int half = 0; half < 2; ++half) {
      for (uint64_t hits = word.lists[half] & wanted_[half]; hits != 0; hits &= hits - 1) {
        mask |= bit_of_id_[half * 64 + __builtin_ctzll(hits)];
      }
    }
    return mask;
  }
  const std::string_view norm = doc.norm(doc.tokens[t]);
  for (size_t b = 0; b < masked_.size(); ++b) {
    if (masked_[b]->find_key(norm) != nullptr) mask |= static_cast<uint16_t>(1u << b);
  }
  return mask;
}

}  // namespace claimsift::claims
