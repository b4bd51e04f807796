// Builds the sets of scan_starts.h in one walk over the tokens.
// Tested by tests/entity_scan_starts_test.cc.
#include "entities/scan_starts.h"

#include "entities/entity_internal.h"

namespace claimsift::entities {

void ScanStarts::build(const Doc& d, const EntityLexicons& lx) {
  const uint32_t size = static_cast<uint32_t>(d.tokens.size());
  const size_t word_count = (size + 63) / 64;
  words_.resize((word_count + 1) * kPassCount);
  // The list bits each pass starts from; 0 when a list has none (then the pass gets every token).
  const uint64_t before_bit = list_bit(d, *lx.work_before);
  const uint64_t outlet_bit = list_bit(d, *lx.outlets);
  const uint64_t event_bit = list_bit(d, *lx.named_events);
  const uint64_t particle_bit = list_bit(d, *lx.particles);
  const uint64_t name_bits = outlet_bit | event_bit | particle_bit;
  const uint64_t role_bit = list_bit(d, *lx.role_nouns);
  const uint64_t any_list_bit = before_bit | name_bits | role_bit;
  const uint64_t every = ~uint64_t{0};
  const uint64_t every_work = before_bit == 0 ? every : 0;
  const uint64_t every_name = outlet_bit == 0 || event_bit == 0 || particle_bit == 0 ? every : 0;
  const uint64_t every_head = role_bit == 0 ? every : 0;

  const Token* const tokens = d.tokens.data();
  // Whether the previous word's last token was capitalised (then the next token is a kWorks start).
  uint64_t carry = 0;
  for (size_t w = 0; w < word_count; ++w) {
    const uint32_t begin = static_cast<uint32_t>(w * 64);
    const uint32_t count = size - begin < 64 ? size - begin : 64;
    uint64_t capital = 0, work = 0, name = 0, head = 0;
    uint64_t bit = 1;  // token t's
    for (const Token* t = tokens + begin; t != tokens + begin + count; ++t, bit <<= 1) {
      if (t->kind == TokenKind::kWord && (t->has(kTitleCase) || t->has(kAllUpper))) capital |= bit;
      // (Most tokens have none of the lists' bits: one test for them.)
      if ((t->lists & any_list_bit) != 0) {
        if ((t->lists & before_bit) != 0) work |= bit;
        if ((t->lists & name_bits) != 0) name |= bit;
        if ((t->lists & role_bit) != 0) head |= bit;
      }
      if (t->has(kHasDigit)) head |= bit;  // numbers and year-olds have digits
    }
    const uint64_t in_range = count == 64 ? every : (uint64_t{1} << count) - 1;
    uint64_t* out = &words_[w * kPassCount];
    out[kWorks] = (capital | (capital << 1) | carry | work | every_work) & in_range;
    out[kNames] = (capital | name | every_name) & in_range;
    out[kHeads] = (head | every_head) & in_range;
    out[kCapitals] = capital;
    carry = capital >> 63;
  }
  for (int pass = 0; pass < kPassCount; ++pass) words_[word_count * kPassCount + pass] = every;
}

}  // namespace claimsift::entities
