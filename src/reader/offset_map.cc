// Sampled byte -> code point map. See include/claimsift/offset_map.h.
// Tested by tests/offset_map_test.cc.
#include "claimsift/offset_map.h"

namespace claimsift {

void OffsetMap::build(std::string_view text) {
  block_start_.clear();
  const size_t n = text.size();
  const char* p = text.data();
  // First pass, cheap: is there any byte >= 0x80 at all?
  size_t i = 0;
  uint64_t any_high = 0;
  for (; i + 8 <= n; i += 8) any_high |= load(p + i);
  for (; i < n; ++i) any_high |= static_cast<unsigned char>(p[i]);
  if ((any_high & 0x8080808080808080ull) == 0) {
    ascii_ = true;
    total_ = static_cast<uint32_t>(n);
    return;
  }
  ascii_ = false;
  block_start_.reserve(n / kBlock + 1);
  uint32_t count = 0;
  size_t at = 0;
  for (; at + kBlock <= n; at += kBlock) {
    block_start_.push_back(count);
    count += kBlock - continuation_bytes(p + at, kBlock);
  }
  if (at < n) {
    block_start_.push_back(count);
    count += static_cast<uint32_t>(n - at) - continuation_bytes(p + at, n - at);
  }
  total_ = count;
}

}  // namespace claimsift
