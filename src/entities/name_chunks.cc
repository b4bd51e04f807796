// Capitalised runs and lexicon hits, typed as PERSON, PLACE, ORG or EVENT (or left undecided
// for a single unknown word, which clustering.cc resolves).
//
// A run starts at a capitalised word (or a name particle before one: "de Armas") and takes in
// further capitalised words, particles before a capitalised word ("Ana de Armas", "van der
// Molen"), "&" and "of" inside organisation and place names, and "'s" before an organisation
// head ("Sheriff's Department"). Honorifics and sentence-initial function words are cut off
// the front; an honorific or capitalised role noun inside a run splits it ("U.S. President
// Donald Trump"). The run is then typed by, in order: an exact lexicon entry (outlets and
// other organisations, named events, places), its last word (Festival, Records, Park), a type
// noun next to it ("nightclub Lío", "Lumina bandmate"), person evidence (first name, honorific,
// role noun before, age apposition, reporting verb after, particles, Jr.), a lexicon entry at
// its start (split off), and finally its shape (two or more capitalised words: a person).
// Tested by tests/entities_test.cc.
#include <algorithm>
#include <string>

#include "claimsift/limits.h"
#include "claimsift/phrase_match.h"
#include "entities/entity_internal.h"
#include "entities/scan_starts.h"

namespace claimsift::entities {

namespace {

struct Ctx {
  const Doc& d;
  const EntityLexicons& lx;
  const TokenFacts& facts;
  std::vector<uint8_t>* taken;
  std::vector<Chunk>* out;
  std::string* scratch;
  uint32_t sb, se;
  int32_t sentence;
  // RunMatches::list_bits of the document: a run whose first token has none of them starts
  // no place, organisation, event or demonym phrase.
  uint64_t run_list_bits;

  // (Always inlined: GCC otherwise calls it from classify, over its inlining budget.)
  [[gnu::always_inline]] bool has(uint32_t i, uint64_t fact) const { return facts.has(i, fact); }
  bool cap(uint32_t i) const { return is_cap(d, i); }
  bool word(uint32_t i) const { return is_word(d, i); }
  bool lower(uint32_t i) const { return is_lower_word(d, i); }
  // is_quote, with its kind test first (most tokens are words).
  bool quote(uint32_t i) const {
    const TokenKind k = d.tokens[i].kind;
    return (k == TokenKind::kPunct || k == TokenKind::kClitic) && is_quote(d, i);
  }
  // match_longest of `list` over tokens [b, e).
  PhraseMatch longest(uint32_t b, uint32_t e, PhraseList list) const {
    return facts.longest(b, e, list, scratch);
  }
  // find_token_entry of token i in the list whose entry fact is `fact`.
  int entry(uint32_t i, uint64_t fact, const Lexicon* lexicon) const {
    return has(i, fact) ? find_token_entry(d, i, *lexicon) : -1;
  }
};

bool is_hyphen_adjective(std::string_view norm) {
  const size_t h = norm.rfind('-');
  if (h == std::string_view::npos) return false;
  std::string_view tail = norm.substr(h + 1);
  return tail == "born" || tail == "based" || tail == "raised" || tail == "bred" ||
         tail == "winning" || tail == "nominated" || tail == "bound" || tail == "made" ||
         tail == "style" || tail == "themed" || tail == "inspired" || tail == "led" ||
         tail == "owned" || tail == "backed" || tail == "era" || tail == "esque" ||
         tail == "like" || tail == "loving" || tail == "obsessed" || tail == "famous" ||
         tail == "set" || tail == "area" || tail == "wide" || tail == "native" || tail == "old";
}

// "al-Amr", "el-Sayed": a lower-case article joined to a capitalised name.
bool is_arabic_article_name(const Ctx& c, uint32_t i) {
  if (!c.word(i)) return false;
  const Doc& d = c.d;
  std::string_view s = d.surface(d.tokens[i]);
  if (!(s.starts_with("al-") || s.starts_with("el-")) || s.size() < 4) return false;
  return s[3] >= 'A' && s[3] <= 'Z';
}

bool is_district_suffix(std::string_view norm) {
  const size_t h = norm.rfind('-');
  if (h == std::string_view::npos) return false;
  std::string_view tail = norm.substr(h + 1);
  return tail == "dong" || tail == "gu" || tail == "ro" || tail == "gil" || tail == "myeon" ||
         tail == "eup";
}

bool is_place_prefix_word(std::string_view w) {
  return w == "county" || w == "mount" || w == "mt." || w == "lake" || w == "port" ||
         w == "fort" || w == "cape" || w == "isle" || w == "north" || w == "south" ||
         w == "east" || w == "west" || w == "northern" || w == "southern" || w == "eastern" ||
         w == "western" || w == "central" || w == "greater" || w == "upper" || w == "lower" ||
         w == "downtown" || w == "new";
}

bool is_locative(std::string_view w) {
  return w == "in" || w == "at" || w == "from" || w == "near" || w == "outside" ||
         w == "inside" || w == "across" || w == "around" || w == "through" || w == "toward" ||
         w == "towards" || w == "into" || w == "to";
}

// starts_particle's look-up, for a token where a particle phrase may start (out of line: the
// callers ask at every run end, and few tokens get this far).
[[gnu::noinline]] bool particle_before_capital(const Ctx& c, uint32_t i, uint32_t* after) {
  PhraseMatch m = match_longest_at(c.d, i, c.se, *c.lx.particles, c.scratch);
  if (!m || m.token_end >= c.se || !c.cap(m.token_end)) return false;
  // A capitalised "De"/"Van" counts only inside a run or at its start; "A", "El", "La" and
  // "Le" at a sentence start are ordinary words, and so is a lower-case "la" or "y" on its own.
  *after = m.token_end;
  return true;
}

// Whether a name particle ("de", "van der") starts at token i and a capitalised word follows
// it: then *after is that word.
bool starts_particle(const Ctx& c, uint32_t i, uint32_t* after) {
  return c.facts.starts(i, PhraseList::kParticles) && particle_before_capital(c, i, after);
}

bool any_taken(const Ctx& c, uint32_t b, uint32_t e) {
  for (uint32_t k = b; k < e; ++k) {
    if ((*c.taken)[k]) return true;
  }
  return false;
}

// One past the end of the run that starts at `i`.
uint32_t run_end(const Ctx& c, uint32_t i) {
  const Doc& d = c.d;
  uint32_t e = i + 1;
  uint32_t after = 0;
  if (starts_particle(c, i, &after) && (!c.cap(i) || i == c.sb || !c.cap(i - 1))) {
    e = after + 1;
  }
  while (e < c.se && !(*c.taken)[e] && e - i < 12 && !d.tokens[e].has(kNewlineBefore)) {
    if (c.cap(e) && d.tokens[e].has(kHasHyphen) && is_hyphen_adjective(d.norm(d.tokens[e]))) {
      break;  // "Dublin-born" stands alone
    }
    if (c.cap(e) || is_arabic_article_name(c, e)) {
      ++e;
      continue;
    }
    if (c.word(e) && starts_particle(c, e, &after) && !any_taken(c, e, after + 1)) {
      e = after + 1;
      continue;
    }
    // Joiners before a free capitalised word (each rule needs its own word at e).
    const std::string_view w = d.norm(d.tokens[e]);
    const bool cap_next = e + 1 < c.se && c.cap(e + 1) && !(*c.taken)[e + 1];
    if (w == "of" || w == "for") {
      // "Department of Justice", "Festival of Lights": after a head word.
      if (cap_next && (c.has(e - 1, kFactOrgHead) || c.has(e - 1, kFactPlaceHead) ||
                       c.has(e - 1, kFactEventHead))) {
        e += 2;
        continue;
      }
      // "Foundation for the Visual Arts", "Museum of the Moving Image"
      if (e + 2 < c.se && surface_is(d, e + 1, "the") && c.cap(e + 2) && !(*c.taken)[e + 2] &&
          (c.has(e - 1, kFactOrgHead) || c.has(e - 1, kFactPlaceHead))) {
        e += 3;
        continue;
      }
    } else if (cap_next && w == "&") {
      e += 2;
      continue;
    } else if (cap_next && d.tokens[e].kind == TokenKind::kClitic && w == "'s" &&
               c.has(e + 1, kFactOrgHead)) {
      e += 2;  // "Sheriff's Department", "Attorney's Office"
      continue;
    }
    // Quoted nickname inside a name: Oskar "Ozzy" Lindqvist.
    if (c.quote(e) && e + 3 < c.se && c.cap(e + 1) && c.quote(e + 2) &&
        c.cap(e + 3) && !(*c.taken)[e + 3]) {
      e += 4;
      continue;
    }
    break;
  }
  return e;
}

void emit(const Ctx& c, uint32_t b, uint32_t e, EType type, uint8_t kind, bool strong = false) {
  for (uint32_t k = b; k < e; ++k) (*c.taken)[k] = 1;
  Chunk& ch = c.out->emplace_back();
  ch.tb = b;
  ch.te = e;
  ch.span = c.d.token_span(b, e);
  ch.type = type;
  ch.kind = kind;
  ch.sentence = c.sentence;
  ch.strong = strong;
}

// A long capitalised run (a title-case headline) left undecided: the names inside it are found
// once the people of the article are known (clustering.cc, finalize_undecided). Marks nothing
// taken, so the tokens stay free for other matches.
void push_long_run(const Ctx& c, uint32_t b, uint32_t e) {
  Chunk ch;
  ch.tb = b;
  ch.te = e;
  ch.span = c.d.token_span(b, e);
  ch.type = EType::kUndecided;
  ch.sentence = c.sentence;
  ch.long_run = true;
  c.out->push_back(std::move(ch));
}

// Context for lexicon entries that are also ordinary words (People, Us, X, Mail).
bool cue_context_ok(const Ctx& c, uint32_t b, uint32_t e, int entry) {
  const Doc& d = c.d;
  // The case must be exactly as listed ("Us", not "US" or "us").
  std::string_view listed = c.lx.outlets->surface(entry);
  std::string_view written = d.slice(d.token_span(b, e));
  if (listed != written) return false;
  if (b > c.sb) {
    const std::string_view p = d.norm(d.tokens[b - 1]);
    if (p == "per" || p == "told" || p == "tells" || p == "tell" || p == "telling" || p == "to" ||
        p == "on" || p == "via" || p == "by" || p == "with" || p == "in" || p == "for" ||
        p == "the" || p == "from" || p == "at" || p == "reported" || p == "said") {
      return true;
    }
    if (c.has(b - 1, kFactTypeNoun)) return true;  // "Korean outlet Dispatch"
  }
  if (e < c.se) {
    const std::string_view n = d.norm(d.tokens[e]);
    if (c.has(e, kFactPersonVerb) || n == "magazine" || n == "has" || n == "can" ||
        n == "reports" || n == "reported" || n == "'s" || n == "post" || n == "account") {
      return true;
    }
  }
  return false;
}

std::string_view nm_of(const Doc& d, uint32_t i) { return d.norm(d.tokens[i]); }

// Whether the written tokens [b, e) keep the capitals of the listed outlet name `entry`: "The
// Sun" and "the Sun" are the tabloid, "The sun" and "the times" are not. Written words (tokens
// between two spaces) are compared with listed words by their first letter; a leading "the" may
// be written either way, and a listed lower-case word ("People magazine") may be capitalised.
bool listed_capitals_kept(const Ctx& c, uint32_t b, uint32_t e, int entry) {
  const Doc& d = c.d;
  const std::string_view listed = c.lx.outlets->surface(entry);
  size_t word = 0;  // where the listed word of token k starts
  for (uint32_t k = b; k < e; ++k) {
    if (k > b) {
      if (!d.tokens[k].has(kSpaceBefore)) continue;  // inside a written word ("E!")
      const size_t space = listed.find(' ', word);
      if (space == std::string_view::npos) return true;  // the shapes differ: no opinion
      word = space + 1;
    }
    if (word >= listed.size()) return true;
    const char listed_first = listed[word];
    const char written_first = d.text[d.tokens[k].begin];
    const bool article = k == b && nm_of(d, k) == "the";
    if (listed_first >= 'A' && listed_first <= 'Z' && written_first >= 'a' &&
        written_first <= 'z' && !article) {
      return false;
    }
  }
  return true;
}

// Whether "the" at token i comes before a lower-case word ("the company"), where no outlet
// starts when every listed "The ..." outlet goes on with a capital
// (EntityLexicons::the_outlets_capitalised): listed_capitals_kept would turn down any match
// there, so it is not looked up.
bool the_before_lower_case_word(const Ctx& c, uint32_t i) {
  const Doc& d = c.d;
  if (!c.lx.the_outlets_capitalised || i + 1 >= c.se) return false;
  const Token& next = d.tokens[i + 1];
  const char written_first = d.text[next.begin];
  return next.has(kSpaceBefore) && written_first >= 'a' && written_first <= 'z';
}

// "Scientology", "Buddhism", "Equality": an abstract noun by its ending.
bool is_abstract_noun(std::string_view w) {
  return w.ends_with("ology") || w.ends_with("ism") || w.ends_with("ity") ||
         w.ends_with("ment") || w.ends_with("ness") || w.ends_with("tion");
}

// "DaimlerChrysler", "PlayStation", "MacBook": a capital inside a word far from its start (or
// before a common word) marks a brand, not a name ("McDonald", "DiCaprio", "LeBron").
bool is_brand_token(const Doc& d, const EntityLexicons& lx, uint32_t i) {
  const Token& t = d.tokens[i];
  if (t.kind != TokenKind::kWord || !t.has(kTitleCase)) return false;
  const std::string_view s = d.surface(t);
  for (size_t p = 1; p + 1 < s.size(); ++p) {
    const char ch = s[p];
    if (ch < 'A' || ch > 'Z') continue;
    if (s[p - 1] < 'a' || s[p - 1] > 'z') return false;  // O'Leary, Osei-Mensah
    if (p >= 5) return true;
    if (p >= 3) {
      std::string tail(s.substr(p));
      for (char& x : tail) x = static_cast<char>(x >= 'A' && x <= 'Z' ? x + 32 : x);
      return lx.is_common_word(tail);
    }
    return false;
  }
  return false;
}

// Written only with the letters of Roman numerals (II, XIV): a regnal or sequel number.
bool is_roman_numeral(std::string_view s) {
  for (char ch : s) {
    if (ch != 'I' && ch != 'V' && ch != 'X' && ch != 'L' && ch != 'C' && ch != 'M') return false;
  }
  return true;
}

void classify(const Ctx& c, uint32_t b, uint32_t e, bool person_cue);

// The longest matches of the place, organisation, event and demonym lists over a run's tokens
// [b, e): classify asks for each of them several times, so each is looked up once, when first
// needed.
class RunMatches {
 public:
  enum List { kRegions, kGazetteer, kTowns, kOutlets, kNamedEvents, kDemonyms, kListCount };
  RunMatches(const Ctx& c, uint32_t b, uint32_t e) : c_(c), b_(b), e_(e) {
    if (c.run_list_bits == 0) return;  // (a list without a bit: each is looked up as asked)
    // The lists none of whose phrases starts at b (most often all of them) have no match,
    // known now.
    const uint64_t lists = c.d.tokens[b].lists;
    if ((lists & c.run_list_bits) == 0) {
      known_ = (1u << kListCount) - 1;
      return;
    }
    for (int l = 0; l < kListCount; ++l) {
      if ((lists & c.facts.list_bit(kLists[l])) == 0) known_ |= 1u << l;
    }
  }
  // The lists' bits in Token::lists or-ed, for Ctx::run_list_bits; 0 when one of the lists
  // has no bit (starts() asks find_token for it: every match is looked up as asked).
  static uint64_t list_bits(const TokenFacts& facts) {
    uint64_t bits = 0;
    for (PhraseList l : kLists) {
      const uint64_t bit = facts.list_bit(l);
      if (bit == 0) return 0;
      bits |= bit;
    }
    return bits;
  }

  // (Small enough to inline at each of classify's many questions; the look-up is kept out of
  // line, or GCC inlines it here and then calls whole() and get() instead.)
  PhraseMatch get(List l) {
    if ((known_ & (1u << l)) == 0) look_up(l);
    return found_[l];
  }
  // Whether an entry of the list is the whole run.
  bool whole(List l) {
    const PhraseMatch m = get(l);
    return m && m.token_end == e_;
  }

 private:
  [[gnu::noinline]] void look_up(List l) {
    found_[l] = c_.longest(b_, e_, kLists[l]);
    known_ |= 1u << l;
  }

  static constexpr PhraseList kLists[kListCount] = {
      PhraseList::kRegions,  PhraseList::kGazetteer,   PhraseList::kTowns,
      PhraseList::kOutlets,  PhraseList::kNamedEvents, PhraseList::kDemonyms,
  };
  const Ctx& c_;
  uint32_t b_, e_;
  uint32_t known_ = 0;
  PhraseMatch found_[kListCount];
};

// Person evidence from the words around [b, e). (They are asked of the lists by their bits,
// in(): most are asked nothing else, and TokenFacts would resolve every list for them.)
bool person_context(const Ctx& c, uint32_t b, uint32_t e) {
  const Doc& d = c.d;
  if (b > c.sb) {
    const uint32_t p = b - 1;
    if (c.lower(p) && in(c.lx.role_nouns, d, p)) return true;
    if (in(c.lx.honorifics, d, p)) return true;
  }
  if (e + 1 < c.se && norm_is(d, e, ",") && small_number(d, e + 1) > 0) return true;
  // Stage names: "who performs as DQ Royale", "nicknamed Raff"
  if (b > c.sb) {
    const std::string_view p = d.norm(d.tokens[b - 1]);
    if (p == "nicknamed" || p == "dubbed" || p == "aka") return true;
    if (p == "as" && b >= c.sb + 2) {
      std::string_view v = d.norm(d.tokens[b - 2]);
      if ((v == "simply" || v == "professionally") && b >= c.sb + 3) v = d.norm(d.tokens[b - 3]);
      if (v == "performs" || v == "performed" || v == "performing" || v == "known" ||
          v == "goes" || v == "raps" || v == "sings" || v == "billed") {
        return true;
      }
    }
  }
  // "the presenter's mother, Máire," and "his attorney, Renata Szabo"
  if (b >= c.sb + 2 && norm_is(d, b - 1, ",") && c.lower(b - 2) &&
      in(c.lx.role_nouns, d, b - 2)) {
    return true;
  }
  return false;
}

bool verb_after(const Ctx& c, uint32_t e) {
  return e < c.se && c.lower(e) && in(c.lx.person_verbs, c.d, e);
}

void classify(const Ctx& c, uint32_t b, uint32_t e, bool person_cue) {
  const Doc& d = c.d;
  // Cut honorifics and function words off the front, but not before a lone head word: "Duke
  // University", "King College" are names of their own.
  const bool head_pair = e - b == 2 && c.cap(b) && !c.has(b, kFactNotName) &&
                         (c.has(e - 1, kFactOrgHead) || c.has(e - 1, kFactPlaceHead));
  while (b < e && !head_pair && c.word(b) && !(d.tokens[b].has(kAllUpper) && d.tokens[b].end - d.tokens[b].begin >= 2) &&
         (c.has(b, kFactHonorific) || c.has(b, kFactNotName) ||
          (c.has(b, kFactRoleNoun) && b + 1 < e))) {
    if ((c.has(b, kFactHonorific) || c.has(b, kFactRoleNoun)) && b + 1 < e) person_cue = true;
    ++b;
  }
  if (b >= e) return;
  // A title without a name: "Chief Executive Officer", "Prime Minister".
  if (e - b >= 1 && c.word(e - 1) && (c.has(e - 1, kFactHonorific) ||
                                          (c.has(e - 1, kFactRoleNoun) && person_cue))) {
    return;
  }
  // "State Department Spokesperson", "Museum of Flight CEO": a title after an organisation or
  // place is not part of its name.
  if (e - b >= 3 && c.cap(e - 1) &&
      (c.has(e - 1, kFactRoleNoun) || c.has(e - 1, kFactHonorific))) {
    for (uint32_t k = b + 1; k + 1 < e; ++k) {
      if (c.has(k, kFactOrgHead) || c.has(k, kFactPlaceHead)) {
        classify(c, b, e - 1, false);
        return;
      }
    }
  }
  RunMatches runs(c, b, e);
  using L = RunMatches::List;
  // "Lawmakers Regina Ip", "Scientologist Tom Cruise": common words before a first name.
  for (uint32_t k = b + 1; k + 1 < e && k < b + 3; ++k) {
    if (!c.has(k, kFactFirstName) || !c.cap(k + 1)) continue;
    // A place, organisation or event of the lexicons that is the whole run is not split, nor
    // a run that ends in a venue or organisation head ("Qudos Bank Arena": Bank is a first
    // name too).
    if (runs.whole(L::kRegions) || runs.whole(L::kGazetteer) || runs.whole(L::kTowns) ||
        runs.whole(L::kOutlets) || runs.whole(L::kNamedEvents) ||
        (e - k == 2 && (c.has(e - 1, kFactPlaceHead) || c.has(e - 1, kFactOrgHead)))) {
      continue;
    }
    bool lead_common = true;
    // "Washington Chris Gregoire", "Chrysler LLC Jim Press": a place or organisation before.
    bool lead_named = false;
    for (L l : {L::kRegions, L::kGazetteer, L::kOutlets}) {
      if (PhraseMatch m = runs.get(l); m && m.token_end == k) lead_named = true;
    }
    if (c.has(k - 1, kFactOrgHead)) lead_named = true;
    if (lead_named && c.has(b, kFactFirstName)) lead_named = false;  // "Thornton Ashby III"
    for (uint32_t j = b; j < k && !lead_named; ++j) {
      const std::string_view w = d.norm(d.tokens[j]);
      if (c.has(j, kFactFirstName) || !(c.has(j, kFactCommon) || c.has(j, kFactDemonym) ||
                                d.tokens[j].has(kHasHyphen) || w.ends_with("s") || w.ends_with("ist"))) {
        lead_common = false;
      }
    }
    if (lead_common || lead_named) {
      classify(c, b, k, false);  // "Apple CEO Steve Jobs": Apple is still an organisation
      classify(c, k, e, true);
      return;
    }
  }
  // Split at an honorific or capitalised role noun inside the run ("U.S. President Donald
  // Trump"), but not before a generational suffix: "Martin Luther King Jr." is one name.
  for (uint32_t k = b + 1; k + 1 < e; ++k) {
    if (c.word(k) && (c.has(k, kFactHonorific) || c.has(k, kFactRoleNoun)) &&
        c.cap(k + 1) && !c.has(k + 1, kFactSuffix) && !c.has(e - 1, kFactOrgHead)) {
      classify(c, b, k, false);
      classify(c, k + 1, e, true);
      return;
    }
  }
  const uint32_t n = e - b;
  if (n >= 5) {  // (five capitalised words at least: shorter runs skip the counts)
    uint32_t caps = 0;
    for (uint32_t k = b; k < e; ++k) caps += c.cap(k) && !c.has(k, kFactParticle) ? 1 : 0;
    bool joined = false;
    for (uint32_t k = b; k < e; ++k) {
      if (norm_is(d, k, "of") || norm_is(d, k, "for") || norm_is(d, k, "&")) joined = true;
    }
    if (c.has(e - 1, kFactOrgHead) || c.has(e - 1, kFactPlaceHead) ||
        c.has(e - 1, kFactEventHead)) {
      joined = true;
    }
    if (caps >= 5 && !joined) {  // a headline in title case: names inside are found once people are known
      push_long_run(c, b, e);
      return;
    }
  }
  std::string_view last = d.norm(d.tokens[e - 1]);
  const std::string_view prev = b > c.sb ? d.norm(d.tokens[b - 1]) : std::string_view();
  // After in/at/from ("in Paris", "at the Ritz"); asked only by the few rules that need it.
  const auto locative = [&] {
    return is_locative(prev) ||
           (prev == "the" && b >= c.sb + 2 && is_locative(d.norm(d.tokens[b - 2])));
  };

  // Exact lexicon entries.
  if (runs.whole(L::kNamedEvents)) {
    uint32_t eb = b;
    // "the 2023 Emmys"
    if (b > c.sb + 1 && d.tokens[b - 1].kind == TokenKind::kNumber &&
        d.surface(d.tokens[b - 1]).size() == 4 && !(*c.taken)[b - 1]) {
      eb = b - 1;
    }
    emit(c, eb, e, EType::kEvent, 0);
    return;
  }
  if (PhraseMatch m = runs.get(L::kOutlets); m && m.token_end == e) {
    if (c.lx.outlet_is_cue[m.entry] && !cue_context_ok(c, b, e, m.entry)) {
      // An ordinary word; a type noun may still make it an organisation (Chelsea defender).
      // (it may still be a place, "US", or a person's name, further down).
      const int k = e < c.se && c.lower(e) ? c.entry(e, kFactTypeNoun, c.lx.type_nouns) : -1;
      if (k >= 0 && c.lx.type_nouns->field(k, 0) == "ORG" &&
          c.lx.type_nouns->field(k, 2) != "before") {
        emit(c, b, e, EType::kOrg, org_kind_of(c.lx.type_nouns->field(k, 1)));
        return;
      }
    } else {
      emit(c, b, e, EType::kOrg, c.lx.outlet_kind[m.entry]);
      return;
    }
  }
  if (runs.whole(L::kDemonyms)) {
    return;  // "South Korean", "Irish"
  }
  // "member of Lumina"
  if (b >= c.sb + 2 && prev == "of" &&
      (norm_is(d, b - 2, "member") || norm_is(d, b - 2, "members") || norm_is(d, b - 2, "frontman"))) {
    emit(c, b, e, EType::kOrg, static_cast<uint8_t>(OrgKind::kBand));
    return;
  }
  // Type nouns around: "the nightclub Lío", "outlet Dispatch", "Lumina bandmate". (Asked of the
  // list by the token's bits, not by TokenFacts: the words beside a run are mostly asked
  // nothing else, and resolving all their facts for this one would cost more.)
  if (b > c.sb && c.lower(b - 1) && !person_cue) {
    if (int k = find_token_entry(d, b - 1, *c.lx.type_nouns);
        k >= 0 && c.lx.type_nouns->field(k, 2) != "after") {
      const bool place = c.lx.type_nouns->field(k, 0) == "PLACE";
      emit(c, b, e, place ? EType::kPlace : EType::kOrg,
           place ? 0 : org_kind_of(c.lx.type_nouns->field(k, 1)));
      return;
    }
  }
  if (e < c.se && c.lower(e) && !person_cue && !(c.has(b, kFactFirstName) && e - b >= 2)) {
    if (int k = find_token_entry(d, e, *c.lx.type_nouns);
        k >= 0 && c.lx.type_nouns->field(k, 2) != "before") {
      const bool place = c.lx.type_nouns->field(k, 0) == "PLACE";
      emit(c, b, e, place ? EType::kPlace : EType::kOrg,
           place ? 0 : org_kind_of(c.lx.type_nouns->field(k, 1)));
      return;
    }
  }
  const bool place_lex =
      runs.whole(L::kRegions) || runs.whole(L::kGazetteer) || runs.whole(L::kTowns);
  // "Elizabeth Quat of DAB", "Nick Rhodes of Duran Duran": a person's organisation.
  if (!place_lex && prev == "of" && b >= c.sb + 2 && !c.out->empty() &&
      c.out->back().type == EType::kPerson && c.out->back().te + 1 == b &&
      !(n == 1 && !d.tokens[b].has(kAllUpper) && c.has(b, kFactCommon))) {
    emit(c, b, e, EType::kOrg, static_cast<uint8_t>(OrgKind::kOther));
    return;
  }
  bool has_first = c.has(b, kFactFirstName) && n >= 2;
  if (has_first && c.has(b, kFactCommon)) {
    // "Bank Holiday Monday": a first name that is also a word needs name-like company.
    for (uint32_t k = b + 1; k < e && has_first; ++k) {
      if (c.word(k) && (c.has(k, kFactNotName) || c.has(k, kFactDemonym))) has_first = false;
    }
  }
  // "Pop singer Delphine Ashcroft": a common word that opens the sentence before a role noun
  // modifies it, even when a small town has its name (Pop, Uzbekistan).
  if (place_lex && n == 1 && b == c.sb && c.has(b, kFactCommon) && e < c.se &&
      c.has(e, kFactRoleNoun) && !runs.whole(L::kGazetteer) && !runs.whole(L::kRegions)) {
    return;
  }
  if (place_lex && !(has_first && !locative() && n == 2 && !c.has(e - 1, kFactPlaceHead))) {
    emit(c, b, e, EType::kPlace, 0);
    return;
  }
  if (n == 1 && is_district_suffix(last)) {
    emit(c, b, e, EType::kPlace, 0);
    return;
  }
  // Head words.
  if (n >= 2) {
    const bool determined = prev == "the" || prev == "their" || prev == "its" || prev == "his" ||
                            prev == "her" || prev == "our" || prev == "a" || prev == "an";
    const bool person_first = has_first && n == 2 && !locative() && !determined;
    if (c.has(e - 1, kFactEventHead) && d.tokens[e - 1].has(kTitleCase)) {
      emit(c, b, e, EType::kEvent, 0);
      return;
    }
    if (int k = c.entry(e - 1, kFactOrgHead, c.lx.org_heads); k >= 0 && !person_first) {
      emit(c, b, e, EType::kOrg, org_kind_of(c.lx.org_heads->field(k, 0)));
      return;
    }
    if (c.has(e - 1, kFactPlaceHead) && !person_first) {
      emit(c, b, e, EType::kPlace, 0);
      return;
    }
    const std::string_view first = d.norm(d.tokens[b]);
    bool rest_common = true;
    for (uint32_t k = b + 1; k < e; ++k) {
      if (!c.has(k, kFactCommon)) rest_common = false;
    }
    if (is_place_prefix_word(first) && !person_cue && !rest_common) {
      emit(c, b, e, EType::kPlace, 0);
      return;
    }
    // "Pulse Nigeria", "Vogue Italia": a name plus a country is an outlet or a branch.
    if (const int g = c.entry(e - 1, kFactGazetteer, c.lx.gazetteer);
        !has_first && g >= 0 && c.lx.gazetteer->field(g, 0) == "country" && !person_cue) {
      emit(c, b, e, EType::kOrg, static_cast<uint8_t>(OrgKind::kOther));
      return;
    }
  }
  // A place of two or more words at the start: "Beverly Hills ENT".
  if (n >= 3 && !person_cue) {
    for (L l : {L::kRegions, L::kGazetteer, L::kTowns}) {
      const PhraseMatch m = runs.get(l);
      if (m && m.token_end < e && m.token_end - b >= 2) {
        emit(c, b, m.token_end, EType::kPlace, 0);
        classify(c, m.token_end, e, false);
        return;
      }
    }
  }
  if (n >= 3) {
    // "Bank of America", "Department of Justice", "Museum of Flight"
    for (uint32_t k = b; k + 1 < e; ++k) {
      if (!norm_is(d, k + 1, "of") && !norm_is(d, k + 1, "for")) continue;
      if (c.has(k, kFactOrgHead)) {
        emit(c, b, e, EType::kOrg, org_kind_of(c.lx.org_heads->field(
                                       find_token_entry(d, k, *c.lx.org_heads), 0)));
        return;
      }
      if (c.has(k, kFactPlaceHead)) {
        emit(c, b, e, EType::kPlace, 0);
        return;
      }
    }
  }
  // Person evidence.
  bool particle_inside = false, suffix = false, nickname = false;
  for (uint32_t k = b; k < e; ++k) {
    if (k > b && c.lower(k) && !norm_is(d, k, "of") && !norm_is(d, k, "for") &&
        !norm_is(d, k, "the") && !norm_is(d, k, "and")) {
      particle_inside = true;  // only particles join a run otherwise ("van der", "de la")
    }
    if (k > b && c.has(k, kFactSuffix)) suffix = true;
    if (c.quote(k)) nickname = true;
  }
  if (!c.cap(b)) particle_inside = true;  // "de Armas"
  if (!person_cue) {
    for (uint32_t k = b; k < e; ++k) {
      if (is_brand_token(d, c.lx, k)) return;
    }
  }
  // "Ford Taurus", "Chrysler Aspen": a known company's name followed by more words.
  if (n >= 2 && !person_cue) {
    if (PhraseMatch m = runs.get(L::kOutlets);
        m && m.token_end < e && !c.has(m.token_end, kFactFirstName) && n < 5) {
      // "Instagram Story": one common word after the name is not part of it.
      const bool one_common = m.token_end + 1 == e && c.has(e - 1, kFactCommon) &&
                              c.lx.outlets->field(m.entry, 0) != "company";
      emit(c, b, one_common ? m.token_end : e, EType::kOrg,
           c.lx.outlet_kind[m.entry]);
      return;
    }
  }
  if (has_first && !person_cue) {
    // "Mac OS X", "Adam A380": acronyms and model numbers are not parts of a person's name.
    for (uint32_t k = b + 1; k < e; ++k) {
      const Token& tk = d.tokens[k];
      if (tk.has(kHasDigit) || (tk.has(kAllUpper) && !tk.has(kHasPeriod) &&
                                !c.has(k, kFactSuffix) && tk.end - tk.begin >= 2)) {
        has_first = false;
      }
    }
  }
  const bool strong = person_cue || has_first || person_context(c, b, e) || suffix || nickname;
  if (strong || (n >= 2 && particle_inside)) {
    emit(c, b, e, EType::kPerson, 0, strong);
    return;
  }
  // A known place or organisation at the start of a longer run: split it off.
  if (n >= 2) {
    for (L l : {L::kRegions, L::kGazetteer}) {
      const PhraseMatch m = runs.get(l);
      if (m && m.token_end < e) {
        classify(c, b, m.token_end, false);
        classify(c, m.token_end, e, false);
        return;
      }
    }
    // By shape: two or three capitalised words, none of them a calendar or common word, not
    // ending in a role noun ("Best New Actress"). Longer runs are headlines or titles.
    uint32_t caps = 0, dictionary = 0;
    bool common = c.has(e - 1, kFactRoleNoun) || c.has(e - 1, kFactHonorific);
    for (uint32_t k = b; k < e; ++k) {
      if (c.cap(k)) ++caps;
      if (c.cap(k) && c.has(k, kFactCommon)) ++dictionary;
      if (c.word(k) && (c.has(k, kFactNotName) || c.has(k, kFactModifier) ||
                            c.has(k, kFactDemonym))) {
        common = true;
      }
    }
    if (dictionary == caps) common = true;  // "Music Store", "Executive Officer"
    bool title_case = false;
    for (uint32_t k = b; k < e; ++k) title_case |= d.tokens[k].has(kTitleCase);
    if (!title_case) common = true;  // "IE6 VIP": acronyms are not a person's name
    // "Apple Computer", "Chrysler Group": a known organisation's name at the start.
    if (PhraseMatch m = runs.get(L::kOutlets); m && caps < 4) {
      // "Instagram Story": a common word after the name is not part of it.
      const bool one_common = m.token_end + 1 == e && c.has(e - 1, kFactCommon) &&
                              c.lx.outlets->field(m.entry, 0) != "company";
      emit(c, b, one_common ? m.token_end : e, EType::kOrg,
           c.lx.outlet_kind[m.entry]);
      return;
    }
    // Acronyms and model numbers are not parts of a person's name ("Mac OS X", "Daimler AG").
    for (uint32_t k = b; k < e; ++k) {
      const Token& tk = d.tokens[k];
      if (tk.has(kHasDigit) ||
          (tk.has(kAllUpper) && !tk.has(kHasPeriod) && !c.has(k, kFactSuffix))) {
        common = true;
      }
    }
    if (caps >= 4) {
      push_long_run(c, b, e);
      return;
    }
    // "the Warhol Polaroids", "the Sea Org": a bare name rarely follows "the".
    if (prev == "the" && !common && caps == n) {
      // "the Sea Org", "the Hells Angels": a named group, club or body.
      emit(c, b, e, EType::kOrg, static_cast<uint8_t>(OrgKind::kOther));
      return;
    }
    if (prev == "the") common = true;
    if (!common) emit(c, b, e, EType::kPerson, 0, false);
    return;
  }
  // One word.
  const Token& t = d.tokens[b];
  // "6 p.m. KST", "midnight ET": a time zone after a clock time is part of the time
  // expression (the temporal stage's), not an organisation.
  if (b > c.sb && in(c.lx.time_zones, d, b) &&
      (in(c.lx.clock_words, d, b - 1) || d.tokens[b - 1].has(kHasDigit))) {
    return;
  }
  const bool shouting = (b > c.sb && d.tokens[b - 1].has(kAllUpper) && c.word(b - 1)) ||
                        (e < c.se && d.tokens[e].has(kAllUpper) && c.word(e));
  if (t.has(kAllUpper) && !t.has(kHasPeriod) && !t.has(kHasDigit) && t.end - t.begin >= 2 &&
      !shouting && !is_roman_numeral(d.surface(t)) && !c.has(b, kFactCommon) && !c.has(b, kFactSuffix) &&
      !c.has(b, kFactRoleNoun) && !c.has(b, kFactNotName)) {
    emit(c, b, e, EType::kOrg, static_cast<uint8_t>(OrgKind::kOther));
    return;
  }
  if (c.has(b, kFactRoleNoun) || c.has(b, kFactDemonym) || c.has(b, kFactOrgHead) ||
      c.has(b, kFactPlaceHead) || c.has(b, kFactEventHead) || c.has(b, kFactModifier)) {
    return;
  }
  // (person_context(c, b, e) is false here: it was asked for `strong`.)
  if (verb_after(c, e) && !c.has(b, kFactCommon)) {
    emit(c, b, e, EType::kPerson, 0, true);
    return;
  }
  emit(c, b, e, EType::kUndecided, 0);
  // "in Scientology", "in Pop": abstract nouns and common words are not places.
  c.out->back().locative = locative() && !c.has(b, kFactFirstNameListed) &&
                           !is_abstract_noun(nm_of(d, b)) && !c.has(b, kFactCommon);
}

}  // namespace

void find_name_chunks(const Doc& d, const EntityLexicons& lx, const ScanStarts& starts,
                      std::vector<uint8_t>* taken, std::vector<Chunk>* out, std::string* scratch) {
  // Reused from document to document (reset() does not clear it token by token).
  thread_local TokenFacts facts;
  facts.reset(d, lx);
  const uint64_t run_list_bits = RunMatches::list_bits(facts);
  for (size_t s = 0; s < d.sentences.size(); ++s) {
    Ctx c{d, lx, facts, taken, out, scratch, d.sentences[s].token_begin, d.sentences[s].token_end,
          static_cast<int32_t>(s), run_list_bits};
    // Nothing starts at a token that is not capitalised and starts no outlet, named event or
    // particle (the checks below would all fail): those are not in `starts`, not visited.
    for (uint32_t i = starts.next(ScanStarts::kNames, c.sb); i < c.se;
         i = starts.next(ScanStarts::kNames, i + 1)) {
      if ((*taken)[i]) continue;
      // Outlets and named events first, at any token ("E! News", "¡Hola!", "told Us").
      const bool run_start = i == c.sb || !c.cap(i - 1) || c.has(i - 1, kFactNotName) ||
                             (*taken)[i - 1];
      if (run_start && (facts.starts(i, PhraseList::kOutlets) ||
                        facts.starts(i, PhraseList::kNamedEvents))) {
        // At a lower-case word, only "the" or a listed lower-case name can start an outlet, and
        // "the" only before a capital.
        const char first = d.text[d.tokens[i].begin];
        const bool outlet_may_start =
            nm_of(d, i) == "the" ? !the_before_lower_case_word(c, i)
                                 : first < 'a' || first > 'z' ||
                                       lx.outlet_may_start_lower_case(nm_of(d, i));
        PhraseMatch m = outlet_may_start ? c.longest(i, c.se, PhraseList::kOutlets) : PhraseMatch{};
        const bool continues = m && m.token_end < c.se && c.cap(m.token_end) &&
                               !(*taken)[m.token_end];
        if (m && !continues && listed_capitals_kept(c, i, m.token_end, m.entry) &&
            (!lx.outlet_is_cue[m.entry] || cue_context_ok(c, i, m.token_end, m.entry))) {
          // "¡Hola!": the inverted mark belongs to the name.
          const bool inverted = i > c.sb && d.surface(d.tokens[i - 1]) == "¡" &&
                                !d.tokens[i].has(kSpaceBefore) && !(*taken)[i - 1];
          emit(c, inverted ? i - 1 : i, m.token_end, EType::kOrg,
               lx.outlet_kind[m.entry]);
          i = m.token_end - 1;
          continue;
        }
        m = c.longest(i, c.se, PhraseList::kNamedEvents);
        if (m && !(m.token_end < c.se && c.cap(m.token_end))) {
          uint32_t eb = i;
          if (i > c.sb + 1 && d.tokens[i - 1].kind == TokenKind::kNumber &&
              d.surface(d.tokens[i - 1]).size() == 4 && !(*taken)[i - 1]) {
            eb = i - 1;
          }
          emit(c, eb, m.token_end, EType::kEvent, 0);
          i = m.token_end - 1;
          continue;
        }
      }
      if (!c.word(i)) continue;
      // "Dublin-born": the place inside a hyphenated adjective.
      const Token& t = d.tokens[i];
      const std::string_view nm = d.norm(t);
      if (t.has(kHasHyphen) && c.cap(i) && is_hyphen_adjective(nm)) {
        const size_t h = nm.find('-');
        const std::string_view head = nm.substr(0, h);
        if (lx.gazetteer->find(head) >= 0 || lx.regions->find(head) >= 0) {
          const std::string_view surf = d.surface(t);
          const size_t sh = surf.find('-');
          Chunk ch;
          ch.tb = i;
          ch.te = i + 1;
          ch.span = ByteSpan{t.begin, static_cast<uint32_t>(t.begin + sh)};
          ch.type = EType::kPlace;
          ch.sentence = c.sentence;
          (*taken)[i] = 1;
          out->push_back(std::move(ch));
        }
        continue;
      }
      uint32_t after = 0;
      const bool particle_start = !c.cap(i) && c.lower(i) &&
                                  (i == c.sb || !c.cap(i - 1)) && starts_particle(c, i, &after) &&
                                  !(*taken)[after];
      if (!c.cap(i) && !particle_start) {
        // Lexicon entries written in lower case are not names ("people", "us").
        continue;
      }
      const uint32_t e = run_end(c, i);
      classify(c, i, e, false);
      i = e - 1;
    }
  }
  if (d.tokens.size() > kKeepScratchTokens) facts = TokenFacts();  // limits.h
}

}  // namespace claimsift::entities
