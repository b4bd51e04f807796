// The sentence splitter. See include/claimsift/sentences.h.
// FIRST VERSION: terminal punctuation before a capital, paragraph breaks, abbreviations.
// Tested by tests/sentences_test.cc.
#include "claimsift/sentences.h"

#include "claimsift/limits.h"

namespace claimsift {

SentenceSplitter::SentenceSplitter(const LexiconSet& lexicons) : lexicons_(&lexicons) {}

void SentenceSplitter::run(Doc* doc) const {
  doc->sentences.clear();
  auto& tokens = doc->tokens;
  if (tokens.empty()) return;
  uint32_t start = 0;
  auto close = [&](uint32_t end) {
    if (end <= start) return;
    Sentence s;
    s.token_begin = start;
    s.token_end = end;
    s.span = doc->token_span(start, end);
    tokens[start].flags |= kSentenceStart;
    doc->sentences.push_back(s);
    start = end;
  };
  for (uint32_t t = 0; t < tokens.size(); ++t) {
    if (t > start && tokens[t].has(kNewlineBefore)) close(t);
    if (t - start >= kMaxSentenceTokens) close(t);
    const std::string_view s = doc->surface(tokens[t]);
    const bool terminal = tokens[t].kind == TokenKind::kPunct &&
                          (s[0] == '.' || s[0] == '!' || s[0] == '?' || s == "\xE2\x80\xA6");
    if (!terminal) continue;
    uint32_t end = t + 1;
    while (end < tokens.size() && tokens[end].kind == TokenKind::kPunct &&
           !tokens[end].has(kSpaceBefore)) {
      const std::string_view q = doc->surface(tokens[end]);
      if (q == "\"" || q == "'" || q == ")" || q == "\xE2\x80\x9D" || q == "\xE2\x80\x99") {
        ++end;
      } else {
        break;
      }
    }
    if (end >= tokens.size()) break;
    if (!tokens[end].has(kSpaceBefore)) continue;
    const Token& next = tokens[end];
    if (next.has(kTitleCase) || next.has(kAllUpper) || next.kind == TokenKind::kNumber ||
        next.kind == TokenKind::kPunct) {
      close(end);
      t = end - 1;
    }
  }
  close(static_cast<uint32_t>(tokens.size()));
}

}  // namespace claimsift
