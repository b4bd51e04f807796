// UTF-8 decoding that never fails: invalid sequences become U+FFFD exactly as Python's
// bytes.decode("utf-8", "replace") does, following Unicode's "maximal subpart" practice
// (Unicode 15, section 3.9, "U+FFFD Substitution of Maximal Subparts"): a truncated but so far
// valid sequence is one U+FFFD; a byte that can start nothing is one U+FFFD.
// Tested by tests/reader_test.cc (against a table of Python's outputs).
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "claimsift/reader.h"
#include "utf8_validate.h"

namespace claimsift {

namespace {

// The valid range of the second byte for a lead byte (later bytes are always 80..BF), and the
// total length of the sequence; length 0 for a byte that cannot start a sequence.
struct LeadInfo {
  unsigned char lo, hi;
  int length;
};

inline LeadInfo lead_info(unsigned char b) {
  if (b < 0x80) return {0, 0, 1};
  if (b < 0xC2) return {0, 0, 0};
  if (b < 0xE0) return {0x80, 0xBF, 2};
  if (b == 0xE0) return {0xA0, 0xBF, 3};
  if (b == 0xED) return {0x80, 0x9F, 3};
  if (b < 0xF0) return {0x80, 0xBF, 3};
  if (b == 0xF0) return {0x90, 0xBF, 4};
  if (b < 0xF4) return {0x80, 0xBF, 4};
  if (b == 0xF4) return {0x80, 0x8F, 4};
  return {0, 0, 0};
}

constexpr char kReplacement[] = "\xEF\xBF\xBD";

// The length of the sequence at p[at]: 1 for ASCII, 2-4 for a valid multi-byte sequence, 0 for
// a byte that starts nothing, -k when k bytes start a sequence and the next is bad or missing.
inline int valid_length_at(const unsigned char* p, size_t n, size_t at) {
  const LeadInfo info = lead_info(p[at]);
  if (info.length <= 1) return info.length;
  if (at + 1 >= n || p[at + 1] < info.lo || p[at + 1] > info.hi) return -1;
  for (int k = 2; k < info.length; ++k) {
    if (at + k >= n || (p[at + k] & 0xC0) != 0x80) return -k;
  }
  return info.length;
}

// The first byte of 0x80 or above at or after p[i] (n: none). Sixteen bytes at a time where
// SSE2 is (every x86-64): the byte mask gives the first such byte's place, so prose with a
// curly quote or a dash every few words skips straight to it.
inline size_t ascii_run_end(const unsigned char* p, size_t i, size_t n) {
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const auto high = static_cast<unsigned>(_mm_movemask_epi8(v));
    if (high != 0) return i + static_cast<size_t>(std::countr_zero(high));
  }
#endif
  while (i < n && p[i] < 0x80) ++i;
  return i;
}

}  // namespace

size_t valid_utf8_prefix(std::string_view bytes) {
  const size_t n = bytes.size();
  const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t i = 0;
  while (true) {
    i = ascii_run_end(p, i, n);
    if (i == n) break;
    const int len = valid_length_at(p, n, i);
    if (len <= 0) break;
    i += static_cast<size_t>(len);
  }
  return i;
}

DecodeResult decode_utf8_lossy(std::string_view bytes) {
  DecodeResult result;
  const size_t n = bytes.size();
  const unsigned char* p = reinterpret_cast<const unsigned char*>(bytes.data());
  // Fast path: find the first byte that is not part of a valid sequence.
  size_t i = valid_utf8_prefix(bytes);
  if (i == n) {
    result.text.assign(bytes);
    return result;
  }
  result.text.reserve(n + 16);
  result.text.append(bytes.substr(0, i));
  result.first_invalid_byte = i;
  while (i < n) {
    if (p[i] < 0x80) {
      result.text.push_back(static_cast<char>(p[i]));
      ++i;
      continue;
    }
    const int len = valid_length_at(p, n, i);
    if (len > 0) {
      result.text.append(bytes.substr(i, static_cast<size_t>(len)));
      i += static_cast<size_t>(len);
      continue;
    }
    // len == 0: a byte that starts nothing; len == -k: k valid bytes, then a bad one.
    result.text.append(kReplacement, 3);
    ++result.invalid_sequences;
    i += len == 0 ? 1 : static_cast<size_t>(-len);
  }
  return result;
}

bool looks_binary(std::string_view bytes) {
  return std::memchr(bytes.data(), '\0', bytes.size()) != nullptr;
}

}  // namespace claimsift
