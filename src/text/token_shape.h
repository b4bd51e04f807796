// The shape of a token: case (kTitleCase, kAllUpper, kAllLower), digits (kHasDigit) and, for
// word-like tokens, inner periods and hyphens (kHasPeriod, kHasHyphen). The ASCII prefix goes
// through a table; the rest through char_class.h.
//
// Tested by tests/tokenizer_test.cc (TokenFlags).
#ifndef CLAIMSIFT_TEXT_TOKEN_SHAPE_H_
#define CLAIMSIFT_TEXT_TOKEN_SHAPE_H_

#include <cstdint>
#include <string_view>

#include "claimsift/doc.h"

namespace claimsift::text {

// The shape flags of a token's surface; *ascii tells whether the surface is all ASCII.
uint16_t token_shape(std::string_view surface, TokenKind kind, bool* ascii);

}  // namespace claimsift::text

#endif  // CLAIMSIFT_TEXT_TOKEN_SHAPE_H_
