// Sampled byte -> code point map. See include/claimsift/offset_map.h.
// Tested by tests/offset_map_test.cc.
#include "claimsift/offset_map.h"

namespace claimsift {

namespace {
// A byte starts a code point unless it is a continuation byte (10xxxxxx).
inline bool starts_code_point(unsigned char c) { return (c & 0xC0) != 0x80; }
}  // namespace

void OffsetMap::build(std::string_view text) {
  block_start_.clear();
  block_start_.reserve(text.size() / kBlock + 1);
  uint32_t count = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (i % kBlock == 0) block_start_.push_back(count);
    count += starts_code_point(static_cast<unsigned char>(text[i]));
  }
  total_ = count;
}

uint32_t OffsetMap::code_point_at(std::string_view text, uint32_t byte) const {
  if (byte >= text.size()) return total_;
  const uint32_t block = byte / kBlock;
  uint32_t count = block_start_[block];
  for (uint32_t i = block * kBlock; i < byte; ++i) {
    count += starts_code_point(static_cast<unsigned char>(text[i]));
  }
  return count;
}

}  // namespace claimsift
