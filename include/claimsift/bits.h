// Bit counting shared by the look-up tables (lexicon.h's word records, offset_map.h's
// continuation masks).
#ifndef CLAIMSIFT_BITS_H_
#define CLAIMSIFT_BITS_H_

#include <cstdint>

namespace claimsift {

// Bits set in x: one POPCNT instruction where the target has it (x86-64-v2, the default build
// on a machine that has it: CMakeLists.txt, CLAIMSIFT_X86_64_V2). The baseline x86-64 ISA has
// none, and std::popcount would be a libgcc call there: a dozen plain instructions instead.
inline uint32_t popcount64(uint64_t x) {
#if defined(__POPCNT__)
  return static_cast<uint32_t>(__builtin_popcountll(x));
#else
  x = x - ((x >> 1) & 0x5555555555555555ull);
  x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
  x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Full;
  return static_cast<uint32_t>((x * 0x0101010101010101ull) >> 56);
#endif
}

}  // namespace claimsift

#endif  // CLAIMSIFT_BITS_H_
