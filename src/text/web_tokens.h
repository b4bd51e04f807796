// Web tokens: URLs (scheme:// or www.), e-mail addresses, @handles and #hashtags. Each scanner
// looks at a token start and returns the end of its token, or 0 when the text there is not one.
// Every scan is bounded (kMaxTokenBytes or the address limits), so a text without spaces costs
// linear time.
//
// Tested by tests/tokenizer_test.cc.
#ifndef CLAIMSIFT_TEXT_WEB_TOKENS_H_
#define CLAIMSIFT_TEXT_WEB_TOKENS_H_

#include <cstddef>
#include <string_view>

namespace claimsift::text {

// https://example.com/a?b=c, www.example.com; trailing . , ; : ! ? ' and unbalanced ) ] are
// left out ("Visit https://x.com/a." -> "https://x.com/a").
size_t scan_url(std::string_view text, size_t i);

// The end of a URL whose path starts at text[from] ('/'), for an address without a scheme
// that the word scanner found (pic.twitter.com/abc, instagram.com/p/x): same trimming.
size_t extend_url(std::string_view text, size_t begin, size_t from);

// jane.doe@example.com (local part up to 64 ASCII characters, a domain with a dot).
size_t scan_email(std::string_view text, size_t i);

// @handle, @some.name (text[i] == '@').
size_t scan_handle(std::string_view text, size_t i);

// #hashtag, #día2 (text[i] == '#'); at least one letter, so "#1" is not a hashtag.
size_t scan_hashtag(std::string_view text, size_t i);

}  // namespace claimsift::text

#endif  // CLAIMSIFT_TEXT_WEB_TOKENS_H_
