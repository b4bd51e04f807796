// Bit counting shared by the look-up tables (lexicon.h's word records, offset_map.h's
// continuation masks).
#ifndef CLAIMSIFT_BITS_H_
#define CLAIMSIFT_BITS_H_

#include <cstdint>

namespace claimsift {

// Bits set in x. Portable: the baseline x86-64 ISA has no POPCNT instruction, and
// std::popcount would be a libgcc call there; this is a dozen plain instructions.
inline uint32_t popcount64(uint64_t x) {
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<uint32_t>((x * 0x0101010101010101ull) >> 56);
}

}  // namespace claimsift

#endif  // CLAIMSIFT_BITS_H_
