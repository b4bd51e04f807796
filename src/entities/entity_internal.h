// Shared pieces of the entity recogniser: the lexicons it reads, the token predicates it uses,
// and the working record of one found mention (Chunk) that the passes pass along.
//
// The passes, in order (entity_recognizer.cc drives them):
//   works.cc       cued titles ("star in Ballerina", "the John Wick franchise", "Top Gun actor")
//   name_chunks.cc capitalised runs and lexicon hits -> PERSON / PLACE / ORG / EVENT or undecided
//   clustering.cc  people: full names, then surnames, first names, particles, aliases
//   epithets.cc    "the Top Gun actor", "the 27-year-old", descriptors and ages
//   metonymy.cc    teams, acronyms and repeated names, decided over the whole document
//
// Tested by tests/entities_test.cc.
#ifndef CLAIMSIFT_SRC_ENTITIES_ENTITY_INTERNAL_H_
#define CLAIMSIFT_SRC_ENTITIES_ENTITY_INTERNAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimsift/doc.h"
#include "claimsift/lexicon.h"
#include "claimsift/phrase_match.h"

namespace claimsift::entities {

// Every list the recogniser reads (data/en/lists/entity_*.txt, data/en/tables/entity_*.tsv).
struct EntityLexicons {
  explicit EntityLexicons(const LexiconSet& set);
  const Lexicon* first_names;    // name -> gender m/f/u
  const Lexicon* gazetteer;      // place -> kind (country, state, city)
  const Lexicon* towns;          // smaller towns
  const Lexicon* regions;        // continents, areas, abbreviations (U.S.)
  const Lexicon* outlets;        // org -> kind, "cue"
  const Lexicon* named_events;   // Coachella, Met Gala
  const Lexicon* role_nouns;     // actor -> gender, "epithet"
  const Lexicon* honorifics;     // Mr., Dr., President
  const Lexicon* particles;      // de, van der, bin
  const Lexicon* suffixes;       // Jr., III
  const Lexicon* place_heads;    // Park, Hotel, Blvd.
  const Lexicon* org_heads;      // Records, Department
  const Lexicon* event_heads;    // Festival, Awards
  const Lexicon* type_nouns;     // nightclub X, X bandmate
  const Lexicon* work_before;    // film X, star in X
  const Lexicon* work_after;     // the X franchise
  const Lexicon* not_names;      // The, However, Monday
  const Lexicon* demonyms;       // Spanish, Irish
  const Lexicon* person_verbs;   // said, told
  const Lexicon* modifier_words; // Afrobeats, Grammy
  const Lexicon* common_words;   // common English words (SCOWL 10-20)
  const Lexicon* common_words_35;  // less common English words (SCOWL 35)
  const Lexicon* time_zones;     // ET, KST (the temporal stage's list: "6 p.m. KST")
  const Lexicon* clock_words;    // p.m., noon, midnight (the temporal stage's list)
  const Lexicon* holidays;       // Columbus Day (the temporal stage's list)
  const Lexicon* months;         // May, Jan. (the temporal stage's list)
  const Lexicon* weekdays;       // Friday (the temporal stage's list)
  // The first words (normalised, up to a space) of the outlets listed with a lower-case initial
  // ("eBay"): only these may start an outlet at a lower-case word other than "the" (the others
  // must keep their capitals, name_chunks.cc).
  std::vector<std::string> lower_case_outlet_words;
  // Whether every outlet that starts with the word "the" goes on with a capitalised word ("The
  // Sun", "The New York Times"): then "the" before a lower-case word starts no outlet whose
  // capitals the text keeps (name_chunks.cc), and the look-up there can be skipped.
  bool the_outlets_capitalised = true;
  // Each outlet's OrgKind (org_kind_of its first column) and whether it is a "cue" entry (an
  // ordinary word that needs context: People, Us, X), by entry index: read from the list once,
  // not at every match.
  std::vector<uint8_t> outlet_kind;
  std::vector<uint8_t> outlet_is_cue;
  bool outlet_may_start_lower_case(std::string_view norm) const {
    for (const std::string& w : lower_case_outlet_words)
      if (w.starts_with(norm)) return true;
    return false;
  }
  bool is_common_word(std::string_view norm) const {
    return common_words->find(norm) >= 0 || common_words_35->find(norm) >= 0;
  }
  // The same for token `i`'s normalised form, by its vocabulary id.
  bool is_common_word(const Doc& d, uint32_t i) const {
    return find_token_entry(d, i, *common_words) >= 0 || find_token_entry(d, i, *common_words_35) >= 0;
  }
};

// The OrgKind value of a list's kind column ("outlet", "social_media", "company", ...).
uint8_t org_kind_of(std::string_view value);

enum class EType : uint8_t { kNone, kPerson, kPlace, kOrg, kWork, kEvent, kUndecided };

// One mention found by a pass. Token range [tb, te); `span` is its bytes (may cut inside a
// token for "Dublin" in "Dublin-born").
struct Chunk {
  uint32_t tb = 0, te = 0;
  ByteSpan span;
  EType type = EType::kNone;
  uint8_t kind = 0;            // OrgKind or WorkKind value
  int32_t sentence = 0;
  int32_t cluster = -1;        // person cluster index
  bool epithet = false;        // a description standing for a person ("Top Gun actor")
  bool alias = false;          // a stage name or nickname ("who performs as Tee")
  bool strong = false;         // person evidence beyond shape (first name, cue, honorific)
  bool locative = false;       // undecided word after in/at/from: a place unless a person has it
  bool long_run = false;       // undecided run of 4+ capitalised words (a headline)
  int32_t alias_anchor = -1;   // token index of "as" for aliases
};

// Token predicates. `i` must be a valid index.
inline bool is_word(const Doc& d, uint32_t i) { return d.tokens[i].kind == TokenKind::kWord; }
inline bool is_cap(const Doc& d, uint32_t i) {
  const Token& t = d.tokens[i];
  return t.kind == TokenKind::kWord && (t.has(kTitleCase) || t.has(kAllUpper));
}
inline bool is_lower_word(const Doc& d, uint32_t i) {
  const Token& t = d.tokens[i];
  return t.kind == TokenKind::kWord && t.has(kAllLower);
}
inline bool norm_is(const Doc& d, uint32_t i, std::string_view w) { return d.norm(d.tokens[i]) == w; }
inline bool surface_is(const Doc& d, uint32_t i, std::string_view w) {
  return d.surface(d.tokens[i]) == w;
}
inline bool in(const Lexicon* lex, const Doc& d, uint32_t i) { return token_in(d, i, *lex); }
// A punctuation token whose text is one of the given characters (", ', quotes).
bool is_quote(const Doc& d, uint32_t i);
bool is_dash(const Doc& d, uint32_t i);  // - – —
// 1-3 digit integer token value, or -1.
int small_number(const Doc& d, uint32_t i);
// Value of a "27-year-old" token (27), or -1.
int year_old_value(const Doc& d, uint32_t i);
// The sentence that holds token i (which must lie in one): a binary search over the sentences,
// for the few tokens a pass asks about (no per-token table to build).
const Sentence& sentence_of_token(const Doc& d, uint32_t i);

// Per-token facts the passes test again and again (token_facts.cc): which entity lists hold
// the token's normalised form, and which have a phrase starting at it, so that "is token i a
// first name?" is one bit test. A token's facts are resolved the first time any of them is
// asked for (most tokens are never asked), from its vocabulary word id. Each fact is exactly
// the predicate named in its comment (tests/entity_token_facts_test.cc compares them).
// The shape predicates (is_word, is_cap, is_lower_word) read the token itself.
enum TokenFact : uint64_t {
  kFactNotName = 1ull << 0,          // in(not_names)
  kFactHonorific = 1ull << 1,        // in(honorifics)
  kFactRoleNoun = 1ull << 2,         // in(role_nouns)
  kFactOrgHead = 1ull << 3,          // in(org_heads)
  kFactPlaceHead = 1ull << 4,        // in(place_heads)
  kFactEventHead = 1ull << 5,        // in(event_heads)
  kFactFirstNameListed = 1ull << 6,  // in(first_names)
  kFactFirstName = 1ull << 7,        // listed, and not an upper-case place abbreviation ("LA")
  kFactRegion = 1ull << 8,           // in(regions)
  kFactGazetteer = 1ull << 9,        // in(gazetteer)
  kFactSuffix = 1ull << 10,          // in(suffixes)
  kFactDemonym = 1ull << 11,         // in(demonyms)
  kFactModifier = 1ull << 12,        // in(modifier_words)
  kFactParticle = 1ull << 13,        // in(particles)
  kFactTypeNoun = 1ull << 14,        // in(type_nouns)
  kFactPersonVerb = 1ull << 15,      // in(person_verbs)
  kFactOutlet = 1ull << 16,          // in(outlets)
  kFactWorkAfter = 1ull << 17,       // in(work_after)
  kFactCommon = 1ull << 18,          // lx.is_common_word(d, i)
};
// The lexicon's bit in Token::lists when the document's vocabulary answers for it, so that a
// clear bit means find_token(d, i, lexicon) == nullptr (0: no such bit, ask find_token).
uint64_t list_bit(const Doc& d, const Lexicon& lexicon);
// The phrase lists a match_longest may be asked of; starts() says whether one can begin at a
// token (find_token(d, i, list) != nullptr).
enum class PhraseList : uint8_t {
  kOutlets, kNamedEvents, kParticles, kRegions, kGazetteer, kTowns, kDemonyms, kWorkBefore,
  kCount
};
class TokenFacts {
 public:
  // Starts a table for the tokens of `d` (the previous document's table is dropped, its
  // storage kept: a table reused for document after document is not cleared token by token).
  // `d` and `lx` must outlive the use of the table.
  void reset(const Doc& d, const EntityLexicons& lx);
  // Whether token i has any of `facts`. (Always inlined: GCC otherwise calls it from classify,
  // whose many questions exceed its inlining budget, for what is a load and a compare.)
  [[gnu::always_inline]] bool has(uint32_t i, uint64_t facts) const {
    const Slot& s = slots_[i];
    return ((s.generation == generation_ ? s.facts : resolve(i)) & facts) != 0;
  }
  // Whether a phrase of `list` can start at token i: its bit in Token::lists for a list the
  // document's vocabulary covers (the usual case), find_token otherwise.
  bool starts(uint32_t i, PhraseList list) const {
    const uint64_t bit = list_bit_[static_cast<int>(list)];
    if (bit != 0) return (d_->tokens[i].lists & bit) != 0;
    return find_token(*d_, i, *list_[static_cast<int>(list)]) != nullptr;
  }
  // match_longest(d, first, limit, <list>, scratch), answered "no" without a call when no
  // phrase of the list starts at `first`.
  PhraseMatch longest(uint32_t first, uint32_t limit, PhraseList list, std::string* scratch) const {
    if (first >= limit || !starts(first, list)) return PhraseMatch{};
    return match_longest_at(*d_, first, limit, *list_[static_cast<int>(list)], scratch);
  }
  const Lexicon& lexicon(PhraseList list) const { return *list_[static_cast<int>(list)]; }
  // The list's bit in Token::lists when starts() tests it (0: starts() asks find_token).
  uint64_t list_bit(PhraseList list) const { return list_bit_[static_cast<int>(list)]; }

 private:
  struct ListFacts {  // an entity list and the fact its entries give
    const Lexicon* lexicon;
    uint64_t entry;
  };
  struct Slot {  // a token's facts, known when `generation` is the table's
    uint32_t generation = 0;
    uint32_t facts = 0;
  };
  uint32_t resolve(uint32_t i) const;
  // The facts of the lists answered by word id, for a word of the document's vocabulary.
  uint64_t word_facts(int32_t word) const;
  // The facts of the lists answered by find_token (slow_).
  uint64_t slow_facts(uint32_t i) const;

  const Doc* d_ = nullptr;
  const Lexicon* list_[static_cast<int>(PhraseList::kCount)] = {};
  uint64_t list_bit_[static_cast<int>(PhraseList::kCount)] = {};
  // Lists answered by the token's word id (entry_by_id_[b]: the facts an entry of the list
  // with id b gives; fast_entries_: those ids), and the others.
  uint64_t entry_by_id_[64] = {};
  uint64_t fast_entries_ = 0;
  std::vector<ListFacts> slow_;
  uint32_t generation_ = 0;
  mutable std::vector<Slot> slots_;
};

class ScanStarts;  // scan_starts.h: the tokens the passes below walk

// Pass entry points. `taken` marks tokens that already belong to a mention.
void find_works(const Doc& d, const EntityLexicons& lx, const ScanStarts& starts,
                std::vector<uint8_t>* taken, std::vector<Chunk>* out, std::string* scratch);
void find_name_chunks(const Doc& d, const EntityLexicons& lx, const ScanStarts& starts,
                      std::vector<uint8_t>* taken, std::vector<Chunk>* out, std::string* scratch);

// People: one cluster per person.
struct Cluster {
  std::vector<uint32_t> chunks;  // indexes into the chunk list
  char gender = 'u';             // m, f or u
  uint32_t first_token = 0;      // first mention
  std::vector<std::string> role_nouns;  // normalised role nouns of its descriptors/epithets
  std::vector<Age> ages;
  std::vector<ByteSpan> descriptors;
};
// The people passes below share one document's name words (post_word_ids.h), built once by
// the driver (entity_recognizer.cc) and passed to each.
class NameWords;
void cluster_people(const Doc& d, const EntityLexicons& lx, NameWords* names,
                    std::vector<Chunk>* chunks, std::vector<Cluster>* clusters);
// Resolves still-undecided single-word chunks against the clusters (or types them by context).
void resolve_undecided(const Doc& d, const EntityLexicons& lx, NameWords* names,
                       std::vector<Chunk>* chunks, std::vector<Cluster>* clusters);
// Last pass over undecided chunks: a place after a locative preposition, known people's
// names inside long capitalised runs (headlines); everything else is dropped.
void finalize_undecided(const Doc& d, NameWords* names, std::vector<Chunk>* chunks,
                        std::vector<Cluster>* clusters);
// A one-word place that is a word of a person's full name is that person ("Paris" after
// "Paris Hilton", "Montalvo" after "Luis Montalvo"); countries and regions stay places.
void reclaim_people_from_places(const Doc& d, const EntityLexicons& lx, NameWords* names,
                                std::vector<Chunk>* chunks, std::vector<Cluster>* clusters);
// Gender of people whose first name says nothing, from the pronouns of sentences that name
// only them (and the sentence after, when it names nobody).
void infer_gender_from_pronouns(const Doc& d, const std::vector<Chunk>& chunks,
                                std::vector<Cluster>* clusters);
// Stage names and nicknames ("who performs as Tee") join the person mentioned just before.
void attach_aliases(const Doc& d, NameWords* names, std::vector<Chunk>* chunks,
                    std::vector<Cluster>* clusters);
void find_epithets_and_ages(const Doc& d, const EntityLexicons& lx, const ScanStarts& starts,
                            std::vector<uint8_t>* taken,
                            std::vector<Chunk>* chunks, std::vector<Cluster>* clusters);
// Places and organisations decided by the whole document (metonymy.cc): teams next to a score,
// acronyms defined in parentheses, and repeats of a name no other pass took.
void decide_places_and_orgs(const Doc& d, const EntityLexicons& lx, const ScanStarts& starts,
                            std::vector<Chunk>* chunks);
// One past the last token of a multi-word holiday name (St. Patrick's Day) that starts at
// token i and ends at or before `limit`, or i when none does (holiday_names.cc).
uint32_t holiday_name_end(const Doc& d, const EntityLexicons& lx, uint32_t i, uint32_t limit,
                          std::string* scratch);
// Lone words that start a two-word company name ("Bluefield" of "Bluefield Entertainment")
// become mentions of it (short_org_names.cc; true when one did), and merge_short_org_names
// joins their entries.
bool retype_short_org_names(const Doc& d, const EntityLexicons& lx, std::vector<Chunk>* chunks);
void merge_short_org_names(std::vector<Organization>* orgs);
// The normalised key of a chunk's name tokens (particles kept), for matching repeats.
void chunk_key(const Doc& d, const Chunk& c, std::string* out);

}  // namespace claimsift::entities

#endif  // CLAIMSIFT_SRC_ENTITIES_ENTITY_INTERNAL_H_
