// List items inside running text: "1. The first item 2. The second item", "1) ... 2) ...",
// "a. ... b. ...", "• 9. ... • 10. ...". Each item starts a sentence, and the period or
// bracket of its marker ends nothing.
//
// A marker is a number of one or two digits followed by "." ")" or ".)", or a single lower-case
// letter followed by "." or ")", then a word. It counts when it starts a line, follows a bullet,
// or belongs to a chain of markers in the same text that starts at 1 (or a) and counts up one
// by one ("at No. 1. The" is no marker: an abbreviation precedes it). Bullets (• ‣ ⁃ ◦ ▪ ● ∙)
// always start an item.
//
// Tested by tests/sentences_test.cc.
#ifndef CLAIMSIFT_TEXT_LIST_MARKERS_H_
#define CLAIMSIFT_TEXT_LIST_MARKERS_H_

#include <cstdint>
#include <vector>

#include "claimsift/doc.h"

namespace claimsift::text {

struct ListItem {
  uint32_t first = 0;        // first token of the item (the bullet, or the marker)
  uint32_t marker_end = 0;   // one past the marker's last token (its "." or ")")
};

// List items of the document, in token order.
std::vector<ListItem> find_list_items(const Doc& doc);

// True when the token's text is one bullet character (is_bullet_token's slow part).
bool is_bullet_code_point(const Doc& doc, const Token& t);

// True for a bullet token (• ‣ ⁃ ◦ ▪ ● ∙).
inline bool is_bullet_token(const Doc& doc, const Token& t) {
  if (t.kind != TokenKind::kPunct && t.kind != TokenKind::kSymbol) return false;
  // Every bullet is a three-byte character from U+2000-U+2FFF (lead byte E2).
  if (t.end - t.begin != 3 || doc.text[t.begin] != '\xE2') return false;
  return is_bullet_code_point(doc, t);
}

}  // namespace claimsift::text

#endif  // CLAIMSIFT_TEXT_LIST_MARKERS_H_
