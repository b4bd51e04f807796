// The length of the longest valid UTF-8 prefix of a byte string (same rules as
// decode_utf8_lossy: no overlong forms, no surrogates, nothing above U+10FFFF). Lets a caller
// that only needs to know whether bytes are valid skip decode_utf8_lossy's copy.
// Defined in utf8_decode.cc; tested through tests/reader_test.cc (the decoder uses it).
#ifndef CLAIMSIFT_READER_UTF8_VALIDATE_H_
#define CLAIMSIFT_READER_UTF8_VALIDATE_H_

#include <cstddef>
#include <string_view>

namespace claimsift {

size_t valid_utf8_prefix(std::string_view bytes);

}  // namespace claimsift

#endif  // CLAIMSIFT_READER_UTF8_VALIDATE_H_
