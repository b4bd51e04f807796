// Clause tense from cue words. See tense.h.
// Tested by tests/temporal_test.cc (TenseTest).
#include "temporal/tense.h"

#include <string_view>

namespace claimsift::temporal {
namespace {

constexpr uint32_t kWindow = 10;  // tokens looked at on each side

// The cue of one token: kNone when it says nothing.
TenseCue cue(const Doc& doc, const TimeWords& words, uint32_t j) {
  const Token& t = doc.tokens[j];
  if (t.kind != TokenKind::kWord && t.kind != TokenKind::kClitic) return TenseCue::kNone;
  // A capitalised word inside a sentence is a name ("May", "Will Smith"), not a cue.
  if (!t.has(kAllLower) && !t.has(kSentenceStart) && t.kind == TokenKind::kWord) return TenseCue::kNone;
  std::string_view s = doc.norm(t);
  if (const WordInfo* w = words.find(s); w && w->has(kTenseCue)) return w->tense;
  // Regular past forms: lower-case words ending in -ed ("photographed", "wrapped"), but not a
  // participle after a form of "be" ("is due to be published"): the auxiliary decides.
  if (s.size() >= 5 && s.substr(s.size() - 2) == "ed" && t.has(kAllLower) && !t.has(kHasHyphen)) {
    if (j > 0) {
      std::string_view p = doc.norm(doc.tokens[j - 1]);
      if (p == "be" || p == "been" || p == "being" || p == "is" || p == "are" || p == "am" ||
          p == "'s" || p == "'re")
        return TenseCue::kNone;
    }
    return TenseCue::kPast;
  }
  return TenseCue::kNone;
}

// A clause boundary the scan does not cross.
bool boundary(const Doc& doc, uint32_t j) {
  std::string_view s = doc.norm(doc.tokens[j]);
  return s == ";" || s == "\"" || s == ":" || s == "—" || s == "–";
}

}  // namespace

Tense clause_tense(const Doc& doc, const TimeWords& words, uint32_t first, uint32_t last) {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  // Left: from the token before the timex back to the sentence start or a clause boundary.
  uint32_t left_stop = first;  // tokens [left_stop, first) may be read
  while (left_stop > 0 && first - left_stop < kWindow && !doc.tokens[left_stop].has(kSentenceStart))
    --left_stop;
  bool left_open = !doc.tokens[first].has(kSentenceStart);
  bool right_open = true;
  for (uint32_t d = 1; d <= kWindow; ++d) {
    if (left_open) {
      if (first < d || first - d < left_stop) {
        left_open = false;
      } else {
        const uint32_t j = first - d;
        if (boundary(doc, j)) {
          left_open = false;
        } else {
          const TenseCue c = cue(doc, words, j);
          if (c == TenseCue::kPast) return Tense::kPast;
          if (c == TenseCue::kFuture) return Tense::kFuture;
          if (doc.tokens[j].has(kSentenceStart)) left_open = false;
        }
      }
    }
    if (right_open) {
      const uint32_t r = last + d - 1;
      if (r >= n || doc.tokens[r].has(kSentenceStart) || boundary(doc, r)) {
        right_open = false;
      } else {
        const TenseCue c = cue(doc, words, r);
        if (c == TenseCue::kPast) return Tense::kPast;
        if (c == TenseCue::kFuture) return Tense::kFuture;
      }
    }
  }
  return Tense::kUnknown;
}

}  // namespace claimsift::temporal
