// Groups equal strings without allocating per string: an open-addressing table over string
// views that tells, for each string added, which earlier string was the first equal to it.
// Used to group mentions by key (entity_recognizer.cc), to find work titles again and to list
// a document's names once (metonymy.cc); its hash also serves WordIds (post_word_ids.h).
// The views must stay valid while the table is used.
// Tested by tests/post_first_equal_test.cc.
#ifndef CLAIMSIFT_SRC_ENTITIES_POST_FIRST_EQUAL_H_
#define CLAIMSIFT_SRC_ENTITIES_POST_FIRST_EQUAL_H_

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace claimsift::entities {

class FirstEqual {
 public:
  // `expected`: about how many strings will be added (the table grows past it). Nothing is
  // allocated before the first string is added.
  explicit FirstEqual(size_t expected = 0) : expected_(expected) {}

  // Adds s as string number size(); returns the number of the first string equal to s (its
  // own number when none was).
  uint32_t add(std::string_view s) {
    if (2 * (strings_.size() + 1) > slots_.size()) grow();
    const uint32_t n = static_cast<uint32_t>(strings_.size());
    strings_.push_back(s);
    const size_t mask = slots_.size() - 1;
    for (size_t p = hash(s) & mask;; p = (p + 1) & mask) {
      if (slots_[p] < 0) {
        slots_[p] = static_cast<int32_t>(n);
        return n;
      }
      if (strings_[slots_[p]] == s) return static_cast<uint32_t>(slots_[p]);
    }
  }
  // The number of the first string added that equals s, or -1.
  int32_t find(std::string_view s) const {
    if (slots_.empty()) return -1;
    const size_t mask = slots_.size() - 1;
    for (size_t p = hash(s) & mask;; p = (p + 1) & mask) {
      if (slots_[p] < 0) return -1;
      if (strings_[slots_[p]] == s) return slots_[p];
    }
  }
  size_t size() const { return strings_.size(); }
  // Empties the table for about `expected` new strings, keeping its storage (a table reused
  // from document to document allocates only when it must grow).
  void reset(size_t expected) {
    expected_ = expected;
    strings_.clear();
    slots_.clear();
  }

  // A hash of the whole string read 8 bytes at a time (the last block overlapping the one
  // before it; a short string as two overlapping 4-byte reads, or three bytes).
  static uint64_t hash(std::string_view s) {
    const char* p = s.data();
    const size_t n = s.size();
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    auto mix = [&h](uint64_t w) {
      h = (h ^ w) * 0xFF51AFD7ED558CCDull;
      h ^= h >> 32;
    };
    if (n >= 8) {
      for (size_t i = 0; i + 8 < n; i += 8) mix(load<uint64_t>(p + i));
      mix(load<uint64_t>(p + n - 8));
    } else if (n >= 4) {
      mix((uint64_t{load<uint32_t>(p)} << 32) | load<uint32_t>(p + n - 4));
    } else if (n > 0) {
      mix(uint64_t{static_cast<unsigned char>(p[0])} | uint64_t{static_cast<unsigned char>(p[n / 2])} << 8 |
          uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
    }
    return h;
  }
  template <typename T>
  static T load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }

 private:
  void grow() {
    if (slots_.empty()) {
      size_t size = 16;
      while (size < 2 * expected_) size *= 2;
      slots_.assign(size, -1);
      strings_.reserve(expected_);
      return;
    }
    std::vector<int32_t> old = std::move(slots_);
    slots_.assign(old.size() * 2, -1);
    const size_t mask = slots_.size() - 1;
    for (int32_t first : old) {
      if (first < 0) continue;
      size_t p = hash(strings_[first]) & mask;
      while (slots_[p] >= 0) p = (p + 1) & mask;
      slots_[p] = first;
    }
  }

  size_t expected_;
  std::vector<std::string_view> strings_;
  std::vector<int32_t> slots_;  // number of the first string of each key, -1: empty
};

}  // namespace claimsift::entities

#endif  // CLAIMSIFT_SRC_ENTITIES_POST_FIRST_EQUAL_H_
