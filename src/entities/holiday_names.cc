// Holiday names are time expressions, not names: "Martin Luther King Jr. Day", "St. Patrick's
// Day", "Columbus Day". find_works (the first pass to take tokens) asks holiday_name_end at each
// capitalised token and takes the holiday's tokens, so that the name passes find no person
// (Martin Luther, St. Patrick) and no place (Columbus) in them; the temporal stage finds them in
// its own list (data/en/tables/time_holidays.tsv), which this reads too.
// Tested by tests/entities_test.cc (PeopleCases, PlaceCases).
#include <string>

#include "claimsift/phrase_match.h"
#include "entities/entity_internal.h"

namespace claimsift::entities {

uint32_t holiday_name_end(const Doc& d, const EntityLexicons& lx, uint32_t i, uint32_t limit,
                          std::string* scratch) {
  // The second word of a holiday name is capitalised ("Boxing Day"), a clitic ("Valentine's
  // Day", "Presidents' Day") or "of"/"de" ("Fourth of July", "Cinco de Mayo"): the common
  // capitalised word followed by anything else ("New details") is not looked up.
  if (i + 1 >= limit) return i;
  const Token& next = d.tokens[i + 1];
  if (!is_cap(d, i + 1) && next.kind != TokenKind::kClitic && next.kind != TokenKind::kPunct &&
      !norm_is(d, i + 1, "of") && !norm_is(d, i + 1, "de")) {
    return i;
  }
  const PhraseMatch m = match_longest(d, i, limit, *lx.holidays, scratch);
  // One-word holidays (Christmas, Easter) are in the not-names list already.
  return m && m.token_end - i >= 2 ? m.token_end : i;
}

}  // namespace claimsift::entities
