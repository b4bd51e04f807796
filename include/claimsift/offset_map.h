// Byte offset -> Unicode code point offset over one UTF-8 text.
//
// claimsift works in byte offsets and reports code points (claimsift/1). Rather than one entry
// per byte, the map keeps the code point count at every 64th byte and counts the lead bytes
// from there eight at a time (the continuation bytes of each 64-bit word, summed): 1/16
// of the text's size in memory, at most eight words per lookup. An all-ASCII text needs no
// table at all (the offsets are the same).
//
// Tested by tests/offset_map_test.cc.
#ifndef CLAIMSIFT_OFFSET_MAP_H_
#define CLAIMSIFT_OFFSET_MAP_H_

#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace claimsift {

class OffsetMap {
 public:
  OffsetMap() = default;
  // `text` must be valid UTF-8. The map keeps no pointer to it (a Doc may move), so each
  // look-up is handed the same text again.
  void build(std::string_view text);
  // Code points before byte offset `byte` of `text` (byte <= text.size()): the bytes before it
  // that are not continuation bytes (10xxxxxx).
  uint32_t code_point_at(std::string_view text, uint32_t byte) const {
    if (byte >= text.size()) return total_;
    if (ascii_) return byte;
    const uint32_t block = byte / kBlock;
    const uint32_t from = block * kBlock;
    const char* p = text.data() + from;
    uint32_t n = byte - from;  // < kBlock
    uint32_t continuations = 0;
    for (; n >= 8; n -= 8, p += 8) continuations += continuations_in_word(load(p));
    if (n > 0) {
      if constexpr (std::endian::native == std::endian::little) {
        if (p + 8 <= text.data() + text.size()) {
          // A whole word is inside the text: keep its first n bytes (the low ones).
          continuations += continuations_in_word(load(p) & ((uint64_t{1} << (8 * n)) - 1));
          n = 0;
        }
      }
      for (uint32_t i = 0; i < n; ++i) {
        continuations += (static_cast<unsigned char>(p[i]) & 0xC0) == 0x80;
      }
    }
    return block_start_[block] + (byte - from) - continuations;
  }
  uint32_t code_point_count() const { return total_; }

  // Continuation bytes (10xxxxxx) among the first n bytes of p.
  static uint32_t continuation_bytes(const char* p, size_t n) {
    uint32_t count = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) count += continuations_in_word(load(p + i));
    for (; i < n; ++i) count += (static_cast<unsigned char>(p[i]) & 0xC0) == 0x80;
    return count;
  }

 private:
  static constexpr uint32_t kBlock = 64;
  static uint64_t load(const char* p) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  }
  // A byte is a continuation byte when its bit 7 is set and its bit 6 clear. The flags (one bit
  // per byte) are summed by a multiply: no popcount instruction in the baseline x86-64 ISA, and
  // std::popcount would be a libgcc call there.
  static uint32_t continuations_in_word(uint64_t w) {
    constexpr uint64_t kHigh = 0x8080808080808080ull;
    const uint64_t flags = (w & ~(w << 1) & kHigh) >> 7;  // 0 or 1 in each byte
    return static_cast<uint32_t>((flags * 0x0101010101010101ull) >> 56);
  }

  std::vector<uint32_t> block_start_;  // code points before byte i * kBlock (empty when ascii_)
  uint32_t total_ = 0;
  bool ascii_ = true;
};

}  // namespace claimsift

#endif  // CLAIMSIFT_OFFSET_MAP_H_
