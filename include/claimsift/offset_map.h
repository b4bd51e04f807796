// Byte offset -> Unicode code point offset over one UTF-8 text.
//
// claimsift works in byte offsets and reports code points (claimsift/1). Rather than one entry
// per byte, the map keeps the code point count at every 64th byte and counts lead bytes from
// there: 1/16 of the text's size in memory, O(64) per lookup.
//
// Tested by tests/offset_map_test.cc.
#ifndef CLAIMSIFT_OFFSET_MAP_H_
#define CLAIMSIFT_OFFSET_MAP_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace claimsift {

class OffsetMap {
 public:
  OffsetMap() = default;
  // `text` must be valid UTF-8. The map keeps no pointer to it (a Doc may move), so each
  // look-up is handed the same text again.
  void build(std::string_view text);
  // Code points before byte offset `byte` of `text` (byte <= text.size()).
  uint32_t code_point_at(std::string_view text, uint32_t byte) const;
  uint32_t code_point_count() const { return total_; }

 private:
  static constexpr uint32_t kBlock = 64;
  std::vector<uint32_t> block_start_;  // code points before byte i * kBlock
  uint32_t total_ = 0;
};

}  // namespace claimsift

#endif  // CLAIMSIFT_OFFSET_MAP_H_
