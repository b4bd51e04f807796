// Internal interface of the claims stage (src/claims/): the records the small steps pass to
// each other, and one function per step. The driver is claim_extractor.cc; each step lives in
// its own file:
//
//   claim_lexicons.cc  the lists the stage reads, resolved once
//   hedge_cues.cc      hedge cues and their look-alikes          (find_hedge_cues)
//   attribution.cc     reporting cues, source phrases and kinds  (find_report_cues, find_source)
//   denial.cc          denial markers and negations              (find_denial_cues)
//   clauses.cc         claim clauses and quotation extents        (split_clauses, QuoteMap)
//   subjects.cc        people a claim is about                    (Salience, find_subjects)
//   claim_type.cc      type from trigger words                    (claim_type)
//   events.cc          event triggers and irrealis verbs          (find_events)
//
// Everything works on token indexes of one sentence; spans become bytes only at the end.
// Tested by tests/claims_test.cc and tests/events_test.cc.
#ifndef CLAIMSIFT_SRC_CLAIMS_CLAIM_INTERNAL_H_
#define CLAIMSIFT_SRC_CLAIMS_CLAIM_INTERNAL_H_

#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimsift/doc.h"
#include "claimsift/lexicon.h"
#include "claimsift/phrase_match.h"

namespace claimsift::claims {

// The lists of data/en/lists/ the stage reads.
struct ClaimLexicons {
  explicit ClaimLexicons(const LexiconSet& set);
  // The ListBit mask of the lists below that have token `t`'s normalised form as a key (an
  // entry or a prefix): tells every hot loop whether its list can start at that token
  // (Salience::starts). Read from the token's vocabulary word, without hashing.
  uint16_t first_word_lists(const Doc& doc, uint32_t t) const;
  // True when the tokens' own list bits (Token::lists) answer first_word_lists for `doc`: the
  // document's vocabulary is the set's and every list has an id below 64. Then token_bit(i) is
  // the Token::lists bit of the list with ListBit position i.
  bool lists_in_tokens(const Doc& doc) const {
    return vocabulary_ != nullptr && doc.vocabulary == vocabulary_ && wanted_[1] == 0;
  }
  uint64_t token_bit(int i) const { return token_bit_[i]; }
  const Lexicon* hedges;             // hedge_cues: strength, family
  const Lexicon* hedge_lookalikes;   // "CUE SIDE WORDS" keys
  const Lexicon* reports;            // attribution_verbs: role
  const Lexicon* sources;            // attribution_sources: kind
  const Lexicon* platforms;          // attribution_platforms: display name
  const Lexicon* denials;            // denial_cues: kind
  const Lexicon* denial_exceptions;  // negations that deny nothing
  const Lexicon* non_answers;        // declined to comment, ...
  const Lexicon* types;              // claim_type_triggers: type, priority
  const Lexicon* pair_words;         // the pair, the two, ...
  const Lexicon* person_words;       // she, he, the singer: gender, kind
  const Lexicon* function_words;     // det, aux, adv, conj, sub, rel, content
  const Lexicon* event_triggers;     // event type
  const Lexicon* event_irrealis;     // effect, needs "to"

  // Fields of the entries above, parsed once (by entry index).
  std::vector<std::string_view> function_class;  // function_words: "det", "aux", ... ("" none)
  std::vector<char> person_gender;   // person_words: first letter of the gender ('\0': none)
  std::vector<uint8_t> person_kind;  // person_words: PersonKind
  std::vector<std::string_view> hedge_strength, hedge_family;  // hedges: fields 0 and 1
  // hedges: which look-alike keys can exist for the entry (LookalikeSide bits): whether
  // hedge_lookalikes has "KEY prev", "KEY next", "@FAMILY prev", "@FAMILY next" as a key.
  std::vector<uint8_t> hedge_lookalike_sides;
  std::vector<std::string_view> report_role;        // reports: field 0
  std::vector<std::string_view> source_kind;        // sources: field 0
  std::vector<std::string_view> platform_display;   // platforms: field 0
  std::vector<std::string_view> denial_kind;        // denials: field 0
  std::vector<std::string_view> type_name;          // types: field 0
  std::vector<int> type_priority;                   // types: field 1's digits
  std::vector<std::string_view> trigger_type;       // event_triggers: field 0
  std::vector<std::string_view> irrealis_effect, irrealis_follows;  // event_irrealis: 0, 1

 private:
  std::vector<const Lexicon*> masked_;   // by ListBit position
  const LexiconVocabulary* vocabulary_;  // the set's; null when a list is not in it
  uint64_t wanted_[2] = {0, 0};          // vocabulary bits of masked_
  uint16_t bit_of_id_[LexiconVocabulary::kMaxLists] = {};  // vocabulary id -> ListBit
  uint64_t token_bit_[16] = {};          // ListBit position -> Token::lists bit (ids < 64)
};

// One bit per list in ClaimLexicons::first_word_lists.
enum ListBit : uint16_t {
  kHedgeList = 1 << 0,
  kReportList = 1 << 1,
  kSourceList = 1 << 2,
  kPlatformList = 1 << 3,
  kDenialList = 1 << 4,
  kDenialExceptionList = 1 << 5,
  kNonAnswerList = 1 << 6,
  kTypeList = 1 << 7,
  kPairList = 1 << 8,
  kPersonWordList = 1 << 9,
  kEventTriggerList = 1 << 10,
  kIrrealisList = 1 << 11,
};
inline constexpr int kListCount = 12;  // ListBit positions in use

// Bits of ClaimLexicons::hedge_lookalike_sides.
enum LookalikeSide : uint8_t {
  kCuePrev = 1 << 0, kCueNext = 1 << 1, kFamilyPrev = 1 << 2, kFamilyNext = 1 << 3,
};

// The kind of a claim_person_words entry.
enum PersonKind : uint8_t { kPersonOther = 0, kPronoun = 1, kRole = 2 };

enum class CueKind : uint8_t {
  kHedge,     // a hedge: modal, adverb, evidential, hearsay, rumour noun, distancing verb
  kReport,    // a reporting expression (told, said, according to, per)
  kDenial,    // a word that rejects a report by itself (denied, hoax, completely false)
  kNegation,  // not, never, no: denial only inside a claim with a source or a hedge
};

enum class HedgeFamily : uint8_t {
  kModal, kAdverb, kAdjective, kEvidential, kHearsay, kRumour, kDistancing, kDoxastic, kCondition,
};

enum class ReportRole : uint8_t {
  kVerb,  // source before it ("a source told"), or after it in an inverted tag ("said a source")
  kPrep,  // source after it ("according to People", "per People")
  kPost,  // posting verb ("wrote", "captioned"): like kVerb, may name a platform
};

struct Cue {
  uint32_t first = 0;  // token range [first, last)
  uint32_t last = 0;
  CueKind kind = CueKind::kHedge;
  Certainty strength = Certainty::kPossible;  // hedges only
  HedgeFamily family = HedgeFamily::kModal;   // hedges only
  ReportRole role = ReportRole::kVerb;        // reports only
};

// Token helpers.
inline bool is_word(const Doc& doc, uint32_t t) { return doc.tokens[t].kind == TokenKind::kWord; }
inline bool is_quote(const Doc& doc, uint32_t t) {  // " `` ''
  const Token& tok = doc.tokens[t];
  if (tok.kind != TokenKind::kPunct || tok.norm_size == 0 || tok.norm_size > 2) return false;
  const char* n = doc.norm_buffer.data() + tok.norm_begin;
  return tok.norm_size == 1 ? n[0] == '"' : n[0] == n[1] && (n[0] == '`' || n[0] == '\'');
}
// The end of [first, last) for a walk that a kept walk serves over [skip_first, skip_last):
// tokens from the skip range on add nothing.
inline uint32_t end_before_skip(uint32_t first, uint32_t last, uint32_t skip_first,
                                uint32_t skip_last) {
  if (skip_first < skip_last && skip_first < last && skip_last > first)
    return std::max(first, skip_first);
  return last;
}
// , ; : ( ) and dashes (-- and the en and em dash).
inline bool is_comma_like(const Doc& doc, uint32_t t) {
  const Token& tok = doc.tokens[t];
  if (tok.kind != TokenKind::kPunct) return false;
  const char* n = doc.norm_buffer.data() + tok.norm_begin;
  switch (tok.norm_size) {
    case 1:
      return n[0] == ',' || n[0] == ';' || n[0] == ':' || n[0] == '(' || n[0] == ')';
    case 2:
      return n[0] == '-' && n[1] == '-';
    case 3:
      return n[0] == '\xE2' && n[1] == '\x80' && (n[2] == '\x94' || n[2] == '\x93');
    default:
      return false;
  }
}
// The function-word class of a token ("det", "aux", ...; "" when none).
inline std::string_view word_class(const Doc& doc, const ClaimLexicons& lex, uint32_t t) {
  const int e = find_token_entry(doc, t, *lex.function_words);
  return e < 0 ? std::string_view() : lex.function_class[static_cast<size_t>(e)];
}

class Salience;
// Hedge cues in sentence s, look-alikes removed.
void find_hedge_cues(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t s,
                     std::string* scratch, std::vector<Cue>* out);
// Reporting expressions in sentence s.
void find_report_cues(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t s,
                      std::string* scratch, std::vector<Cue>* out);
// Denials and negations in sentence s, negations that deny nothing removed.
void find_denial_cues(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t s,
                      std::string* scratch, std::vector<Cue>* out);
// True when tokens [first, last) hold a non-answer ("declined to comment") covering token t.
bool in_non_answer(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t first,
                   uint32_t last, uint32_t t, std::string* scratch);

// Spans of one layer (timexes, place mentions, organisation mentions) sorted by start, so a
// claim or a sentence finds what lies inside it by binary search, not by a scan of the layer.
class SpanIndex {
 public:
  struct Item {
    uint32_t begin, end, index;
  };
  void add(ByteSpan s, uint32_t index) { items_.push_back({s.begin, s.end, index}); }
  void clear() { items_.clear(); }
  void sort();
  // Items lying inside [b, e), in text order.
  const Item* first_inside(uint32_t b, uint32_t e, const Item** end) const;
  // The first item starting in [b, e), or nullptr.
  const Item* first_from(uint32_t b, uint32_t e) const {
    auto it = std::lower_bound(items_.begin(), items_.end(), b,
                               [](const Item& x, uint32_t v) { return x.begin < v; });
    return it != items_.end() && it->begin < e ? &*it : nullptr;
  }
  const std::vector<Item>& items() const { return items_; }

 private:
  std::vector<Item> items_;
};

// Who the people are: mentions in text order, with a guessed gender per person; and the
// indexes of the other layers the stage reads.
class Salience {
 public:
  Salience(const Doc& doc, const ClaimLexicons& lex) { reset(doc, lex); }
  // An empty index, for reset().
  Salience() = default;
  Salience(const Salience&) = delete;  // tokens_ may point into own_tokens_
  Salience& operator=(const Salience&) = delete;
  // Indexes `doc` anew, as the constructor does, reusing the storage of the previous document's
  // index (a stage that keeps one Salience per thread does not allocate it per document).
  void reset(const Doc& doc, const ClaimLexicons& lex);
  // The person mentioned last before byte `pos` (with gender 'f', 'm' or any 'x'), or kNone.
  int32_t last_before(uint32_t pos, char gender, int32_t skip = kNone) const;
  // The person whose mention covers bytes [b, e), or kNone.
  int32_t person_at(uint32_t b, uint32_t e) const;
  // person_at over token t's bytes (no search when no mention touches the token).
  int32_t person_at_token(const Doc& doc, uint32_t t) const {
    if (token_person_[t] == kNone) return kNone;
    return person_at(doc.tokens[t].begin, doc.tokens[t].end);
  }
  // True when an organisation mention starts where token t starts.
  bool organization_starts_at(uint32_t t) const {
    return organizations_.first_from(tokens_[t].begin, tokens_[t].begin + 1) != nullptr;
  }
  // The last person before `pos` described by role noun `role` ("singer"), else the last one.
  int32_t last_with_role(uint32_t pos, std::string_view role) const;
  char gender(uint32_t person) const { return genders_[person]; }
  // True when token t may start an entry of the list(s) in `bits` (ListBit).
  bool starts(uint32_t t, uint16_t bits) const { return (tokens_[t].lists & mask(bits)) != 0; }
  // The same test split in two, for a loop that asks one question of many tokens:
  // (token_lists(t) & mask(bits)) != 0.
  uint64_t mask(uint16_t bits) const {
    uint64_t m = 0;
    for (int i = 0; i < kListCount; ++i)
      if ((bits >> i) & 1) m |= masks_[i];
    return m;
  }
  uint64_t token_lists(uint32_t t) const { return tokens_[t].lists; }
  // True when a token of sentence s may start an entry of the list(s) in `bits`: a list none
  // of them starts is not looked for in the sentence.
  bool sentence_starts(uint32_t s, uint16_t bits) const {
    return (sentence_lists_[s] & mask(bits)) != 0;
  }
  // The tokens that may start an entry of any list the stage reads, in text order, from the
  // first at or after token `first` on (the others start none: a scan for list entries visits
  // only these, and stops at marks_end() or at the first past its range).
  const uint32_t* marks_from(uint32_t first) const { return from(marks_, marks_blocks_, first); }
  const uint32_t* marks_end() const { return marks_.data() + marks_.size(); }
  // marks_from(the first token of sentence s), without the search.
  const uint32_t* sentence_marks(uint32_t s) const { return marks_.data() + sentence_marks_[s]; }
  // The tokens a subject may stand at (in a person mention, or a token that may start a pair
  // or person word), in text order, from the first at or after token `first` on.
  const uint32_t* subject_tokens_from(uint32_t first) const {
    return from(subject_tokens_, subject_blocks_, first);
  }
  const uint32_t* subject_tokens_end() const {
    return subject_tokens_.data() + subject_tokens_.size();
  }
  // Tokens that are quotes (is_quote), in text order.
  const std::vector<uint32_t>& quotes() const { return quotes_; }
  // True when a quote token lies in tokens [first, last).
  bool has_quote(uint32_t first, uint32_t last) const;
  // The person whose mention covers token t, or kNone (one look-up, no search).
  int32_t person_of_token(uint32_t t) const { return token_person_[t]; }
  const SpanIndex& timexes() const { return timexes_; }
  const SpanIndex& places() const { return places_; }
  const SpanIndex& organizations() const { return organizations_; }

 private:
  struct Mention {
    uint32_t begin, end, person;
    uint32_t first_token, end_token;  // tokens [first_token, end_token) cover it
  };
  // Sets tokens_ and masks_; fills sentence_lists_, quotes_, marks_ and words_ in one walk over
  // the tokens.
  void scan_tokens(const Doc& doc, const ClaimLexicons& lex);
  // Fills the layer indexes, mentions_, token_person_, roles_, counts_, genders_.
  void index_entities(const Doc& doc, const ClaimLexicons& lex);
  // Fills subject_tokens_ from mentions_ and words_.
  void index_subject_tokens();
  // Token lists (marks_, subject_tokens_) are searched by blocks of 2^kBlockBits tokens:
  // blocks[b] is the position of the first item at or after token b << kBlockBits.
  static constexpr int kBlockBits = 5;
  static void index_blocks(const std::vector<uint32_t>& items, uint32_t tokens,
                           std::vector<uint32_t>* blocks);
  // The first item of `items` at or after token `first`: a few steps from its block.
  static const uint32_t* from(const std::vector<uint32_t>& items,
                              const std::vector<uint32_t>& blocks, uint32_t first) {
    const size_t b = first >> kBlockBits;
    const uint32_t* const end = items.data() + items.size();
    if (b >= blocks.size()) return end;
    const uint32_t* p = items.data() + blocks[b];
    while (p != end && *p < first) ++p;
    return p;
  }
  // A person's descriptor or mention, and its tokens (index_entities).
  struct PersonSpan {
    uint32_t begin, end, person;
    bool mention;               // else a descriptor
    bool lone_pronoun = false;  // a mention that is one pronoun: no name
    uint32_t first_token = 0, end_token = 0;
  };
  std::vector<Mention> mentions_;
  std::vector<PersonSpan> spans_;      // index_entities' working list
  std::vector<uint64_t> text_order_;   // its order by start (see index_entities)
  std::vector<int> female_votes_, male_votes_;  // per person (index_entities)
  std::vector<uint32_t> person_tokens_;          // words_ that may be person words (same)
  std::vector<char> genders_;
  std::vector<uint32_t> counts_;                      // mentions per person
  SpanIndex timexes_, places_, organizations_;
  // The tokens whose `lists` starts() tests: the document's own (their vocabulary bits, with
  // masks_[i] the bit of ListBit position i), or, when those cannot answer (a vocabulary
  // without the stage's lists), own_tokens_: a copy whose `lists` hold ListBit masks.
  const Token* tokens_ = nullptr;
  std::vector<Token> own_tokens_;
  uint64_t masks_[kListCount] = {};
  std::vector<uint64_t> sentence_lists_;  // per sentence: its tokens' `lists` or-ed
  std::vector<uint32_t> sentence_marks_;  // per sentence: the index in marks_ of its first mark
  std::vector<uint32_t> quotes_;          // quote tokens
  std::vector<uint32_t> marks_;           // tokens that may start an entry of a list
  std::vector<uint32_t> words_;           // marks that may start a pair or person word
  std::vector<uint32_t> subject_tokens_;  // tokens in a mention, pair words, person words
  std::vector<uint32_t> marks_blocks_, subject_blocks_;  // see index_blocks
  std::vector<int32_t> token_person_;  // per token: the person whose mention covers it
  std::vector<std::vector<std::string_view>> roles_;  // role nouns in each person's mentions
};

// The cue scans (hedges, reports, denials): each entry of `lexicon` (the list with bit `list`)
// that starts at a marked token t of sentence s that accept(t) takes, left to right; the scan
// goes on where a match ends. found(t, match) is called for each match.
template <typename Accept, typename Found>
void scan_cue_phrases(const Doc& doc, const Salience& sal, ListBit list, const Lexicon& lexicon,
                      uint32_t s, std::string* scratch, Accept accept, Found found) {
  const uint64_t mask = sal.mask(list);
  const uint32_t last = doc.sentences[s].token_end;
  uint32_t resume = doc.sentences[s].token_begin;
  for (const uint32_t* mark = sal.sentence_marks(s); mark != sal.marks_end() && *mark < last;
       ++mark) {
    const uint32_t t = *mark;
    if (t < resume || (sal.token_lists(t) & mask) == 0 || !accept(t)) continue;
    const PhraseMatch m = match_longest(doc, t, last, lexicon, scratch);
    if (!m) continue;
    found(t, m);
    resume = m.token_end;
  }
}

// A source phrase and what it is.
struct Source {
  bool found = false;
  uint32_t first = 0, last = 0;  // the source phrase, tokens
  ClaimSource source;             // kind, name, span
  int32_t represented = kNone;    // for "a rep for X", X
  int32_t speaker = kNone;        // the person who speaks, when a person
};

// The source of a reporting cue inside clause tokens [cfirst, clast).
Source find_source(const Doc& doc, const ClaimLexicons& lex, const Salience& salience,
                   const Cue& cue, uint32_t cfirst, uint32_t clast, std::string* scratch);

// Clauses: claim-bearing pieces of a sentence.
struct Clause {
  uint32_t first = 0, last = 0;  // tokens, connectives and subordinators excluded
  uint32_t lead = 0;             // first token including a preposed clause's subordinator
  bool preposed = false;         // a preposed subordinate clause ("While ..., ")
  bool joined = false;           // cut at ", and" / ", with": may join the claim before it
  uint32_t cue_last = UINT32_MAX;  // cues at or after this token belong to a relative clause
};
void split_clauses(const Doc& doc, const ClaimLexicons& lex, uint32_t first, uint32_t last,
                   std::vector<Clause>* out);

// Where each sentence's quotation opened: the token of the opening quote when the sentence
// starts inside a quotation that opened in an earlier sentence, else kNone (one per sentence,
// into *openings).
void quotation_openings(const Doc& doc, const Salience& sal, std::vector<int32_t>* openings);

// Subjects of a claim over tokens [first, last), skipping tokens [skip_first, skip_last)
// (the source phrase). Appends person indexes.
void find_subjects(const Doc& doc, const ClaimLexicons& lex, const Salience& salience,
                   uint32_t first, uint32_t last, uint32_t skip_first, uint32_t skip_last,
                   std::string* scratch, std::vector<uint32_t>* out);

// find_subjects of ranges that share their first token (the claims of a long quotation start
// at its opening quote): the scan from that token is kept, so a claim reads only the tokens
// past the part already scanned.
class SubjectWalk {
 public:
  void subjects(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t first,
                uint32_t last, uint32_t skip_first, uint32_t skip_last, std::string* scratch,
                std::vector<uint32_t>* out);

 private:
  struct Step {
    uint32_t t;         // a subject token that adds persons
    uint32_t pair_end;  // the furthest end of a pair phrase up to it (0: none)
    uint32_t resume;    // where the scan goes on after it
    uint32_t distinct;  // how many of distinct_ it and the steps before it added
  };
  uint32_t first_ = UINT32_MAX;
  std::vector<Step> steps_;
  std::vector<uint32_t> distinct_;  // the persons the kept scan added, in order, once each
  const uint32_t* next_ = nullptr;  // the kept scan has seen the subject tokens before it
  uint32_t resume_ = 0, pair_end_ = 0;
};

// The claim type of tokens [first, last) ("other" when no trigger), not counting tokens
// [skip_first, skip_last) (the source phrase) nor triggers of type `exclude`.
std::string_view claim_type(const Doc& doc, const ClaimLexicons& lex, const Salience& sal,
                            uint32_t first, uint32_t last, std::string* scratch,
                            uint32_t skip_first = 0,
                            uint32_t skip_last = 0, std::string_view exclude = {},
                            int* priority = nullptr);

// Where a walk over the claim-type triggers of a range stands: the best trigger so far and the
// token the walk goes on from.
struct TypeState {
  std::string_view best = "other";
  int priority = -1;
  uint32_t resume = 0;  // after a trigger, the walk goes on where it ends
};

// claim_type (no type excluded) of ranges that share their first token, as the claims of a
// long quotation do (they start at its opening quote): the walk from that token is kept, so a
// claim reads only the tokens past the part already walked.
class TypeWalk {
 public:
  std::string_view type(const Doc& doc, const ClaimLexicons& lex, const Salience& sal,
                        uint32_t first, uint32_t last, std::string* scratch, uint32_t skip_first,
                        uint32_t skip_last);

 private:
  struct Step {
    uint32_t t;       // a trigger starts here
    TypeState state;  // the walk after it
  };
  uint32_t first_ = UINT32_MAX;
  std::vector<Step> steps_;
  const uint32_t* next_mark_ = nullptr;  // the kept walk has seen the marks before it
  uint32_t resume_ = 0;
};

// Events: appends the non-named events of sentence `sentence`, in trigger order (stable), each
// made from one of `spares` when there is one. `people` is scratch space.
void find_events(const Doc& doc, const ClaimLexicons& lex, const Salience& salience,
                 uint32_t sentence, std::string* scratch, std::vector<uint32_t>* people,
                 std::vector<Event>* out, SpareRecords<Event>* spares);

}  // namespace claimsift::claims

#endif  // CLAIMSIFT_SRC_CLAIMS_CLAIM_INTERNAL_H_
