// Clause tense from cue words. See tense.h.
// Tested by tests/temporal_test.cc (TenseTest).
#include "temporal/tense.h"

#include <string_view>

namespace claimsift::temporal {
namespace {

constexpr uint32_t kWindow = 10;  // tokens looked at on each side

// A set of function words, as a table by code.
struct WordSet {
  bool has[256] = {};
  template <size_t N>
  constexpr explicit WordSet(const std::string_view (&words)[N]) {
    for (std::string_view w : words) has[function_word_code(w)] = true;
  }
  bool operator()(uint8_t code) const { return has[code]; }
};
constexpr std::string_view kBeWords[] = {"be", "been", "being", "is", "are", "am", "'s", "'re"};
constexpr WordSet kBe(kBeWords);
constexpr std::string_view kBoundaryWords[] = {";", "\"", ":", "—", "–", "that", "which", "who",
                                               "whose", "where", "while", "because", "although",
                                               "but"};
constexpr WordSet kBoundary(kBoundaryWords);

// The cue of one token: kNone when it says nothing.
TenseCue cue(const Doc& doc, const TimeWords& words, const TokenClasses& c, uint32_t j) {
  const Token& t = doc.tokens[j];
  if (t.kind != TokenKind::kWord && t.kind != TokenKind::kClitic) return TenseCue::kNone;
  // A capitalised word inside a sentence is a name ("May", "Will Smith"), not a cue.
  if (!t.has(kAllLower) && !t.has(kSentenceStart) && t.kind == TokenKind::kWord) return TenseCue::kNone;
  const bool has_next = j + 1 < doc.tokens.size();
  const bool after_be = j > 0 && kBe(c.codes[j - 1].code);
  // "is set to begin", "has been set for Nov. 23": a plan.
  if (Code{c.codes[j].code} == "set" && has_next &&
      (Code{c.codes[j + 1].code} == "to" || Code{c.codes[j + 1].code} == "for"))
    return TenseCue::kFuture;
  // The class of the token (TokenClasses holds none for tokens over 24 bytes).
  const WordInfo* w = t.norm_size <= 24 ? c.info[j] : words.find(doc.norm(t));
  if (w && w->has(kTenseCue)) {
    // A participle after a form of "be" ("to be held") is not the clause's tense.
    if (w->tense == TenseCue::kPast && after_be) return TenseCue::kNone;
    // "has"/"have" mark the perfect only before a participle ("has been", "have met").
    if (w->tense == TenseCue::kPerfect) {
      const std::string_view next = has_next ? doc.norm(doc.tokens[j + 1]) : std::string_view();
      const WordInfo* nw = words.find(next);
      const bool participle = next == "been" || (next.size() > 3 && next.substr(next.size() - 2) == "ed") ||
                              (next.size() > 3 && next.substr(next.size() - 2) == "en") ||
                              (nw && nw->has(kTenseCue) && nw->tense == TenseCue::kPast);
      return participle ? TenseCue::kPast : TenseCue::kNone;
    }
    return w->tense;
  }
  // Regular past forms: lower-case words ending in -ed ("photographed", "wrapped"), but not a
  // participle after a form of "be" ("is due to be published"): the auxiliary decides.
  std::string_view s = doc.norm(t);
  if (s.size() >= 5 && s.substr(s.size() - 2) == "ed" && t.has(kAllLower) && !t.has(kHasHyphen)) {
    return after_be ? TenseCue::kNone : TenseCue::kPast;
  }
  return TenseCue::kNone;
}

// A clause boundary the scan does not cross: punctuation, and words that open a subordinate or
// relative clause (the timex after "a tour that kicks off April 28" belongs to that clause).
bool boundary(const TokenClasses& c, uint32_t j) { return kBoundary(c.codes[j].code); }
// After the timex, ", and" also opens another clause: "were photographed over the weekend, and
// fans are convinced a proposal could be coming" (the modal is not the weekend's tense).
bool right_boundary(const TokenClasses& c, uint32_t j, uint32_t n) {
  return boundary(c, j) ||
         (Code{c.codes[j].code} == "," && j + 1 < n && Code{c.codes[j + 1].code} == "and");
}

}  // namespace

Tense clause_tense(const Doc& doc, const TimeWords& words, const TokenClasses& classes,
                   uint32_t first, uint32_t last) {
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
        if (boundary(classes, j)) {
          left_open = false;
        } else {
          const TenseCue c = cue(doc, words, classes, j);
          if (c == TenseCue::kPast) return Tense::kPast;
          if (c == TenseCue::kFuture) return Tense::kFuture;
          if (doc.tokens[j].has(kSentenceStart)) left_open = false;
        }
      }
    }
    if (right_open) {
      const uint32_t r = last + d - 1;
      if (r >= n || doc.tokens[r].has(kSentenceStart) || right_boundary(classes, r, n)) {
        right_open = false;
      } else {
        const TenseCue c = cue(doc, words, classes, r);
        if (c == TenseCue::kPast) return Tense::kPast;
        if (c == TenseCue::kFuture) return Tense::kFuture;
      }
    }
  }
  return Tense::kUnknown;
}

}  // namespace claimsift::temporal
