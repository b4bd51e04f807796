// SHA-256 (FIPS 180-4) and base64, just enough for the HTML view's Content-Security-Policy
// script hash ("script-src 'sha256-...'"), so the page's own script runs and no other can.
// Not for anything secret: no constant-time care, one-shot over a string.
//
// Tested by tests/html_writer_test.cc.
#ifndef CLAIMSIFT_WRITER_SHA256_H_
#define CLAIMSIFT_WRITER_SHA256_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace claimsift::view {

std::array<uint8_t, 32> sha256(std::string_view data);

// Standard base64 (RFC 4648, with '=' padding).
std::string base64(const uint8_t* data, size_t size);

}  // namespace claimsift::view

#endif  // CLAIMSIFT_WRITER_SHA256_H_
