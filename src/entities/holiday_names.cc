// Holiday names are time expressions, not names: "Martin Luther King Jr. Day", "St. Patrick's
// Day", "Columbus Day". Their tokens are taken before the name passes run, so that they yield no
// person (Martin Luther, St. Patrick) and no place (Columbus); the temporal stage finds them in
// its own list (data/en/tables/time_holidays.tsv), which this pass reads too.
// Tested by tests/entities_test.cc (PeopleCases, PlaceCases).
#include <string>
#include <vector>

#include "claimsift/phrase_match.h"
#include "entities/entity_internal.h"

namespace claimsift::entities {

void take_holiday_names(const Doc& d, const EntityLexicons& lx, std::vector<uint8_t>* taken,
                        std::string* scratch) {
  const Lexicon& holidays = *lx.holidays;
  // The list's bit in Token::lists, when the vocabulary answers for it: most tokens are ruled
  // out by it.
  const uint64_t bit = list_bit(d, holidays);
  for (const Sentence& s : d.sentences) {
    for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
      if (bit != 0 && (d.tokens[i].lists & bit) == 0) continue;
      if (!is_cap(d, i)) continue;
      const PhraseMatch m = match_longest(d, i, s.token_end, holidays, scratch);
      // One-word holidays (Christmas, Easter) are in the not-names list already.
      if (!m || m.token_end - i < 2) continue;
      for (uint32_t k = i; k < m.token_end; ++k) (*taken)[k] = 1;
      i = m.token_end - 1;
    }
  }
}

}  // namespace claimsift::entities
