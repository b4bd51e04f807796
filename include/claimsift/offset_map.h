// Byte offset -> Unicode code point offset over one UTF-8 text.
//
// claimsift works in byte offsets and reports code points (claimsift/1). Rather than one entry
// per byte, the map keeps, for every 64-byte block of the text, the code points before it and
// a bit per byte that is a continuation byte (10xxxxxx): a look-up is the block's count plus
// the bytes before the offset in its block, minus the continuation bits among them. That is
// 12 bytes per 64 bytes of text, and a few instructions per look-up with no loop. An all-ASCII
// text needs no table at all (the offsets are the same).
//
// Tested by tests/offset_map_test.cc.
#ifndef CLAIMSIFT_OFFSET_MAP_H_
#define CLAIMSIFT_OFFSET_MAP_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "claimsift/bits.h"

namespace claimsift {

class OffsetMap {
 public:
  OffsetMap() = default;
  // `text` must be valid UTF-8. The map keeps no pointer to it (a Doc may move); look-ups are
  // handed the same text again.
  void build(std::string_view text);
  // Code points before byte offset `byte` of `text` (byte <= text.size()): the bytes before it
  // that are not continuation bytes.
  uint32_t code_point_at(std::string_view text, uint32_t byte) const {
    if (byte >= text.size()) return total_;
    if (ascii_) return byte;
    const uint32_t block = byte / kBlock;
    const uint32_t in_block = byte % kBlock;
    const uint64_t before_mask = (uint64_t{1} << in_block) - 1;  // in_block < 64
    return block_start_[block] + in_block - popcount64(continuations_[block] & before_mask);
  }
  uint32_t code_point_count() const { return total_; }
  // The map of the empty text, keeping the capacity of its tables.
  void clear() {
    block_start_.clear();
    continuations_.clear();
    total_ = 0;
    ascii_ = true;
  }

  // The continuation bytes (10xxxxxx) among the first n <= 64 bytes of p, a bit each (bit i:
  // byte i).
  static uint64_t continuation_mask(const char* p, size_t n);

 private:
  static constexpr uint32_t kBlock = 64;

  std::vector<uint32_t> block_start_;    // code points before byte i * kBlock (empty when ascii_)
  std::vector<uint64_t> continuations_;  // block i's continuation bytes, bit j for byte j
  uint32_t total_ = 0;
  bool ascii_ = true;
};

}  // namespace claimsift

#endif  // CLAIMSIFT_OFFSET_MAP_H_
