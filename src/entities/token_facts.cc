// The per-token fact table of the entity passes (TokenFacts in entity_internal.h): which entity
// lists hold each token's normalised form, so that the passes test bits instead of asking the
// lexicons again at every look.
//
// A token's facts are resolved together the first time one is asked for. A list covered by
// the document's vocabulary (the usual case) is answered from the token's word record: its
// entry bits say which lists hold the word as an entry (the record is the cache line the
// tokenizer read for the token, so it is usually still cached). Any other list (a user file
// with an id past 63, a document without vocabulary ids) is asked with find_token itself, the
// definition the fast path reproduces.
// Tested by tests/entity_token_facts_test.cc.
#include <algorithm>
#include <bit>

#include "entities/entity_internal.h"

namespace claimsift::entities {

static_assert(kFactCommon < (uint64_t{1} << 32), "facts must fit 32 bits (Slot::facts)");

namespace {

// Whether the vocabulary answers look-ups in `lexicon` from the token's list bits.
bool by_word_id(const LexiconVocabulary* v, const Lexicon& lexicon) {
  return v != nullptr && v->covers(lexicon) && lexicon.id() < 64;
}

}  // namespace

uint64_t list_bit(const Doc& d, const Lexicon& lexicon) {
  return by_word_id(d.vocabulary, lexicon) ? uint64_t{1} << lexicon.id() : 0;
}

void TokenFacts::reset(const Doc& d, const EntityLexicons& lx) {
  const ListFacts entries[] = {
      {lx.not_names, kFactNotName},       {lx.honorifics, kFactHonorific},
      {lx.role_nouns, kFactRoleNoun},     {lx.org_heads, kFactOrgHead},
      {lx.place_heads, kFactPlaceHead},   {lx.event_heads, kFactEventHead},
      {lx.first_names, kFactFirstNameListed},
      {lx.regions, kFactRegion},          {lx.gazetteer, kFactGazetteer},
      {lx.suffixes, kFactSuffix},         {lx.demonyms, kFactDemonym},
      {lx.modifier_words, kFactModifier}, {lx.particles, kFactParticle},
      {lx.type_nouns, kFactTypeNoun},     {lx.person_verbs, kFactPersonVerb},
      {lx.outlets, kFactOutlet},          {lx.work_after, kFactWorkAfter},
      {lx.common_words, kFactCommon},     {lx.common_words_35, kFactCommon},
  };
  // In PhraseList order.
  const Lexicon* lists[static_cast<int>(PhraseList::kCount)] = {
      lx.outlets, lx.named_events, lx.particles, lx.regions,
      lx.gazetteer, lx.towns, lx.demonyms, lx.work_before};
  d_ = &d;
  const LexiconVocabulary* v = d.vocabulary;
  for (int k = 0; k < static_cast<int>(PhraseList::kCount); ++k) {
    list_[k] = lists[k];
    list_bit_[k] = entities::list_bit(d, *lists[k]);
  }
  for (auto& x : entry_by_id_) x = 0;
  fast_entries_ = 0;
  slow_.clear();
  for (const ListFacts& l : entries) {
    if (by_word_id(v, *l.lexicon)) {
      const int id = l.lexicon->id();
      entry_by_id_[id] |= l.entry;
      fast_entries_ |= uint64_t{1} << id;
    } else {
      slow_.push_back(l);
    }
  }
  // A new generation marks every slot unknown; slots are zeroed only when the table grows (and
  // after 2^32 - 1 documents).
  if (++generation_ == 0) {
    slots_.assign(slots_.size(), Slot{});
    generation_ = 1;
  }
  if (slots_.size() < d.tokens.size()) slots_.resize(d.tokens.size());
}

uint64_t TokenFacts::word_facts(int32_t word) const {
  uint64_t f = 0;
  for (uint64_t m = fast_entries_ & d_->vocabulary->record(word).entries; m != 0; m &= m - 1) {
    f |= entry_by_id_[std::countr_zero(m)];
  }
  return f;
}

// (Out of line, so that resolve, which the built-in lists never send here, stays small.)
[[gnu::noinline]] uint64_t TokenFacts::slow_facts(uint32_t i) const {
  uint64_t f = 0;
  for (const ListFacts& l : slow_) {
    const LexiconKey* key = find_token(*d_, i, *l.lexicon);
    if (key != nullptr && key->entry >= 0) f |= l.entry;
  }
  return f;
}

uint32_t TokenFacts::resolve(uint32_t i) const {
  const Doc& d = *d_;
  const Token& t = d.tokens[i];
  uint64_t f = 0;
  // (A token's list bits are its word's, Doc::vocabulary.)
  if ((t.lists & fast_entries_) != 0 && t.word >= 0) f |= word_facts(t.word);
  if (!slow_.empty()) f |= slow_facts(i);
  // first_name() of name_chunks.cc: "LA Weekly" is a place's abbreviation, not "La".
  if ((f & kFactFirstNameListed) != 0 &&
      !(t.has(kAllUpper) && t.end - t.begin <= 3 && (f & kFactRegion) != 0)) {
    f |= kFactFirstName;
  }
  slots_[i] = Slot{generation_, static_cast<uint32_t>(f)};
  return static_cast<uint32_t>(f);
}

}  // namespace claimsift::entities
