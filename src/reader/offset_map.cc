// Per-block byte -> code point map. See include/claimsift/offset_map.h.
// Tested by tests/offset_map_test.cc.
#include "claimsift/offset_map.h"

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

namespace claimsift {

namespace {

uint64_t load8(const char* p) {
  uint64_t w;
  std::memcpy(&w, p, 8);
  return w;
}

}  // namespace

uint64_t OffsetMap::continuation_mask(const char* p, size_t n) {
  uint64_t mask = 0;
  size_t i = 0;
#ifdef __SSE2__
  // As signed bytes, 0x80..0xBF are exactly those below -64 (0xC0).
  const __m128i below = _mm_set1_epi8(-64);
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const auto bits = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmplt_epi8(v, below)));
    mask |= uint64_t{bits} << i;
  }
#endif
  for (; i < n; ++i) {
    if ((static_cast<unsigned char>(p[i]) & 0xC0) == 0x80) mask |= uint64_t{1} << i;
  }
  return mask;
}

void OffsetMap::build(std::string_view text) {
  block_start_.clear();
  continuations_.clear();
  const size_t n = text.size();
  const char* p = text.data();
  // First pass, cheap: is there any byte >= 0x80 at all?
  size_t i = 0;
  uint64_t any_high = 0;
  for (; i + 8 <= n; i += 8) any_high |= load8(p + i);
  for (; i < n; ++i) any_high |= static_cast<unsigned char>(p[i]);
  if ((any_high & 0x8080808080808080ull) == 0) {
    ascii_ = true;
    total_ = static_cast<uint32_t>(n);
    return;
  }
  ascii_ = false;
  const size_t blocks = (n + kBlock - 1) / kBlock;
  block_start_.resize(blocks);
  continuations_.resize(blocks);
  uint32_t count = 0;
  for (size_t b = 0; b < blocks; ++b) {
    const size_t at = b * kBlock;
    const size_t len = n - at < kBlock ? n - at : kBlock;
    const uint64_t mask = continuation_mask(p + at, len);
    block_start_[b] = count;
    continuations_[b] = mask;
    count += static_cast<uint32_t>(len) - popcount64(mask);
  }
  total_ = count;
}

}  // namespace claimsift
