// Emoji sequences as one token: a pictograph with its variation selector, skin-tone modifier
// and tag sequence (🏴 + tags), ZWJ sequences (👨‍👩‍👧), flags (two regional indicators 🇪🇸),
// keycaps (1️⃣ #️⃣). A simplified UTS #51 grammar; ICU gives the properties.
//
// Tested by tests/tokenizer_test.cc.
#ifndef CLAIMSIFT_TEXT_EMOJI_H_
#define CLAIMSIFT_TEXT_EMOJI_H_

#include <cstddef>
#include <string_view>

namespace claimsift::text {

struct EmojiScan {
  size_t end = 0;      // one past the sequence; 0 when there is no emoji at the position
  bool emoji = false;  // true: emoji presentation (kEmoji); false: a text-style pictograph
                       // such as ™ © ♥ ✔ without VS16 (kSymbol)
};

// The emoji sequence starting at text[i], at most `limit` bytes long.
EmojiScan scan_emoji(std::string_view text, size_t i, size_t limit);

}  // namespace claimsift::text

#endif  // CLAIMSIFT_TEXT_EMOJI_H_
