// Where a sentence ends: the decisions of the sentence splitter (sentences.h) at a
// sentence-final mark and at a line break.
//
//   kStrong        .  ....  (a period, or an ellipsis with a period)  -> ends before a capital,
//                  an opening quote or bracket, a digit
//   kExclaimQuery  ! ? !! ?!  -> the same, except E! News and a quote's attribution
//   kEllipsis      … ... . . .  -> ends only before a capitalised word other than "I"
//   kAbbreviation  Mr. U.S. Jr. a.m. J.  -> ends only before a sentence starter, or before a
//                  title (Mr. Dr.) unless it closes a short opening phrase ("At 5 a.m. Mr.")
//
// Tested by tests/sentences_test.cc.
#ifndef CLAIMSIFT_TEXT_SENTENCE_ENDS_H_
#define CLAIMSIFT_TEXT_SENTENCE_ENDS_H_

#include <cstdint>
#include <vector>

#include "claimsift/doc.h"
#include "claimsift/lexicon.h"
#include "text/abbreviations.h"

namespace claimsift::text {

enum class EndKind : uint8_t {
  kNone,          // not sentence-final
  kStrong,        // a period, or four dots
  kExclaimQuery,  // a run of ! and ?
  kEllipsis,      // … ... (and spaced . . .)
  kAbbreviation,  // a word with its period (Mr. U.S. J.)
};

// False only for tokens whose end_kind is kNone, and cheap: a punctuation token that starts
// with . ! ? or a byte of … (E2), or a word of two bytes or more that ends with a period (the
// tokenizer gives every word with a period kHasPeriod, so other words need no byte test).
inline bool may_end(const Doc& doc, const Token& t) {
  if (t.kind == TokenKind::kPunct) {
    const char c = doc.text[t.begin];
    return c == '.' || c == '!' || c == '?' || c == '\xE2';
  }
  return t.kind == TokenKind::kWord && t.has(kHasPeriod) && t.end - t.begin > 1 &&
         doc.text[t.end - 1] == '.';
}

// The tokens the sentence splitter has to look at, found in one pass over the document: most
// tokens (plain words and numbers inside a line) are passed over with one test.
struct SplitMarks {
  // Tokens after a line break, or that may end a sentence (may_end), in order.
  std::vector<uint32_t> stops;
  // Tokens where a list item may start (possible_item_start in list_markers.h), in order.
  std::vector<uint32_t> possible_items;
  void find(const Doc& doc);
};

class SentenceEnds {
 public:
  SentenceEnds(const Lexicon& abbreviations, const Lexicon& starters,
               const Lexicon& attribution_verbs)
      : abbreviations_(abbreviations), starters_(&starters), verbs_(&attribution_verbs) {}

  // The kind of mark token t is.
  EndKind end_kind(const Doc& doc, uint32_t t) const;

  // If a sentence ends at or after token t, the index of the next sentence's first token,
  // else 0. *resume is where the caller continues (past a spaced ellipsis or the closing
  // marks that were looked at).
  // `first` is the first token of the current sentence.
  uint32_t boundary_after(const Doc& doc, uint32_t first, uint32_t t, bool wrapped,
                          uint32_t* resume) const;

  // For a line break before token t (not a blank line): true when the line continues the
  // sentence (the next line starts lower-case, or this one ends with , ; ( - & or an
  // opening quote), false when the break ends it.
  bool continues_line(const Doc& doc, uint32_t t) const;

  // True when the document's single line breaks mostly fall inside sentences (hard-wrapped
  // text): then they are read as spaces. `marks` are the document's (SplitMarks::find).
  bool hard_wrapped(const Doc& doc, const SplitMarks& marks) const;

 private:
  bool closes(const Doc& doc, uint32_t t) const;      // closing quote or bracket
  bool opens(const Doc& doc, uint32_t t) const;       // opening quote or bracket, ¡ ¿
  bool capitalised(const Doc& doc, uint32_t t) const; // a word that starts upper-case
  bool can_start(const Doc& doc, uint32_t t) const;   // capital, opener, digit, bullet
  bool attribution(const Doc& doc, uint32_t t) const; // Smith said / the source added
  uint32_t spaced_ellipsis(const Doc& doc, uint32_t t, bool wrapped, uint32_t* resume) const;
  uint32_t skip_closing(const Doc& doc, uint32_t q, bool* quote) const;

  Abbreviations abbreviations_;
  const Lexicon* starters_;
  const Lexicon* verbs_;
};

}  // namespace claimsift::text

#endif  // CLAIMSIFT_TEXT_SENTENCE_ENDS_H_
