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

// No token (possible_item_start).
inline constexpr uint32_t kNoItem = UINT32_MAX;

// Where a list item may start, judged at token t: t itself (a bullet-sized mark of three bytes,
// a word with a period of two bytes: "a."), the token before t (a number of one or two bytes or
// a one-letter word, after a space or first, that t, a touching "." or ")", follows), or
// kNoItem. A necessary condition of the first token of every item (find_list_items checks each
// one it gives), true only at punctuation, symbols and words with a period, so a pass over the
// tokens asks it only there (SplitMarks in sentence_ends.h).
inline uint32_t possible_item_start(const Doc& doc, uint32_t t) {
  const Token& tok = doc.tokens[t];
  const uint32_t size = tok.end - tok.begin;
  if (tok.kind == TokenKind::kPunct || tok.kind == TokenKind::kSymbol) {
    if (size == 3) return t;  // maybe a bullet
    if (size != 1 || t == 0 || tok.has(kSpaceBefore)) return kNoItem;
    const char c = doc.text[tok.begin];
    if (c != '.' && c != ')') return kNoItem;
    const Token& m = doc.tokens[t - 1];  // "1." "12)" "a)"
    const uint32_t m_size = m.end - m.begin;
    const bool marker = (m.kind == TokenKind::kNumber && m_size <= 2) ||
                        (m.kind == TokenKind::kWord && m_size == 1);
    return marker && (t == 1 || m.has(kSpaceBefore)) ? t - 1 : kNoItem;
  }
  // "a." (the tokenizer gives every word with a period kHasPeriod)
  if (tok.kind == TokenKind::kWord && size == 2 && tok.has(kHasPeriod) && (t == 0 || tok.has(kSpaceBefore)))
    return t;
  return kNoItem;
}

// Finds the list items of a document with buffers reused from one document to the next.
class ListItemFinder {
 public:
  // The list items of `doc`, in token order. `possible_starts` holds, in increasing order, every
  // token possible_item_start gives (more tokens do no harm).
  const std::vector<ListItem>& find(const Doc& doc, const std::vector<uint32_t>& possible_starts);

 private:
  struct Candidate {
    uint32_t first;       // bullet or marker
    uint32_t marker;      // the number or letter token
    uint32_t marker_end;  // one past "." / ")"
    int value;            // 1, 2, ... (letters: a = 1)
    bool anchored;        // at a line start or after a bullet
  };
  void find_candidates(const Doc& doc, const std::vector<uint32_t>& possible_starts);
  void keep_anchored_and_chains(const Doc& doc);

  std::vector<Candidate> candidates_;
  std::vector<uint8_t> keep_;
  std::vector<size_t> chains_[2];  // open chains of numbers and of letters: candidate indexes
  std::vector<ListItem> items_;
};

// List items of the document, in token order (a convenience for tests: one pass over all tokens).
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
