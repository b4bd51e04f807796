// The lexicons of the entity recogniser, resolved once from a LexiconSet, and the small token
// predicates the passes share. See entity_internal.h.
// Tested by tests/entities_test.cc.
#include <algorithm>

#include "claimsift/normalize.h"
#include "entities/entity_internal.h"

namespace claimsift::entities {

EntityLexicons::EntityLexicons(const LexiconSet& s)
    : first_names(&s.get("en/tables/entity_first_names")),
      gazetteer(&s.get("en/tables/entity_gazetteer")),
      towns(&s.get("en/lists/entity_towns")),
      regions(&s.get("en/lists/entity_regions")),
      outlets(&s.get("en/tables/entity_outlets")),
      named_events(&s.get("en/lists/entity_named_events")),
      role_nouns(&s.get("en/tables/entity_role_nouns")),
      honorifics(&s.get("en/lists/entity_honorifics")),
      particles(&s.get("en/lists/entity_name_particles")),
      suffixes(&s.get("en/lists/entity_name_suffixes")),
      place_heads(&s.get("en/tables/entity_place_heads")),
      org_heads(&s.get("en/tables/entity_org_heads")),
      event_heads(&s.get("en/tables/entity_event_heads")),
      type_nouns(&s.get("en/tables/entity_type_nouns")),
      work_before(&s.get("en/tables/entity_work_cues_before")),
      work_after(&s.get("en/tables/entity_work_cues_after")),
      not_names(&s.get("en/lists/entity_not_names")),
      demonyms(&s.get("en/lists/entity_demonyms")),
      person_verbs(&s.get("en/lists/entity_person_verbs")),
      modifier_words(&s.get("en/lists/entity_modifier_words")),
      common_words(&s.get("en/lists/entity_common_words")),
      common_words_35(&s.get("en/lists/entity_common_words_35")),
      time_zones(&s.get("en/tables/time_zones")),
      clock_words(&s.get("en/tables/time_clock_words")),
      holidays(&s.get("en/tables/time_holidays")),
      months(&s.get("en/tables/time_months")),
      weekdays(&s.get("en/tables/time_weekdays")) {
  outlet_kind.resize(outlets->size());
  outlet_is_cue.resize(outlets->size());
  for (size_t e = 0; e < outlets->size(); ++e) {
    outlet_kind[e] = org_kind_of(outlets->field(static_cast<int>(e), 0));
    outlet_is_cue[e] = outlets->field(static_cast<int>(e), 1) == "cue";
    const std::string_view surface = outlets->surface(static_cast<int>(e));
    // Only a name that may fold to "the ..." or starts in lower case is asked about below.
    if (!surface.empty() && surface[0] >= 'A' && surface[0] <= 'Z' && surface[0] != 'T') continue;
    const std::string key = normalize(surface);
    if (key == "the" || key.starts_with("the ")) {
      // The written word after "the" is held to the listed one's capital (the listed word
      // after the first space: name_chunks.cc, listed_capitals_kept).
      const size_t space = surface.find(' ');
      if (space == std::string_view::npos || space + 1 >= surface.size() ||
          surface[space + 1] < 'A' || surface[space + 1] > 'Z') {
        the_outlets_capitalised = false;
      }
    }
    if (surface.empty() || surface[0] < 'a' || surface[0] > 'z') continue;
    lower_case_outlet_words.push_back(key.substr(0, key.find(' ')));
  }
}

uint8_t org_kind_of(std::string_view v) {
  if (v.starts_with("outlet")) return static_cast<uint8_t>(OrgKind::kOutlet);
  if (v.starts_with("social")) return static_cast<uint8_t>(OrgKind::kSocialMedia);
  if (v.starts_with("company")) return static_cast<uint8_t>(OrgKind::kCompany);
  if (v.starts_with("team")) return static_cast<uint8_t>(OrgKind::kTeam);
  if (v.starts_with("band")) return static_cast<uint8_t>(OrgKind::kBand);
  if (v.starts_with("agency")) return static_cast<uint8_t>(OrgKind::kAgency);
  return static_cast<uint8_t>(OrgKind::kOther);
}

bool is_quote(const Doc& d, uint32_t i) {
  const Token& t = d.tokens[i];
  if (t.kind != TokenKind::kPunct && t.kind != TokenKind::kClitic) return false;
  std::string_view s = d.norm(t);
  return s == "\"" || s == "'" || s == "“" || s == "”" || s == "‘" || s == "’";
}

bool is_dash(const Doc& d, uint32_t i) {
  const Token& t = d.tokens[i];
  if (t.kind != TokenKind::kPunct && t.kind != TokenKind::kSymbol) return false;
  std::string_view s = d.surface(t);
  return s == "-" || s == "–" || s == "—" || s == "--";
}

int small_number(const Doc& d, uint32_t i) {
  const Token& t = d.tokens[i];
  if (t.kind != TokenKind::kNumber) return -1;
  std::string_view s = d.surface(t);
  if (s.empty() || s.size() > 3) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

int year_old_value(const Doc& d, uint32_t i) {
  const Token& t = d.tokens[i];
  constexpr std::string_view kTail = "-year-old";
  // One to three digits and the tail: the length alone rules out almost every token.
  if (t.norm_size <= kTail.size() || t.norm_size > kTail.size() + 3) return -1;
  const std::string_view s = d.norm(t);
  if (!s.ends_with(kTail)) return -1;
  int v = 0;
  const size_t n = s.size() - kTail.size();
  for (size_t k = 0; k < n; ++k) {
    if (s[k] < '0' || s[k] > '9') return -1;
    v = v * 10 + (s[k] - '0');
  }
  return v;
}

const Sentence& sentence_of_token(const Doc& d, uint32_t i) {
  // The last sentence that begins at or before token i (sentences are in token order).
  const auto after = std::upper_bound(d.sentences.begin(), d.sentences.end(), i,
                                      [](uint32_t t, const Sentence& s) { return t < s.token_begin; });
  return *(after - 1);
}

void chunk_key(const Doc& d, const Chunk& c, std::string* out) {
  out->clear();
  for (uint32_t i = c.tb; i < c.te; ++i) {
    if (i > c.tb && d.tokens[i].has(kSpaceBefore)) out->push_back(' ');
    out->append(d.norm(d.tokens[i]));
  }
}

}  // namespace claimsift::entities
