// Sentence-end decisions. See sentence_ends.h.
// Tested by tests/sentences_test.cc.
#include "text/sentence_ends.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "text/char_class.h"
#include "text/list_markers.h"

namespace claimsift::text {

namespace {

bool all_of(std::string_view s, char a, char b) {
  if (s.empty()) return false;
  for (char c : s)
    if (c != a && c != b) return false;
  return true;
}

// Token t exists and is the punctuation mark `c` alone.
bool is_punct(const Doc& doc, uint32_t t, char c) {
  if (t >= doc.tokens.size()) return false;
  const Token& tok = doc.tokens[t];
  return tok.kind == TokenKind::kPunct && tok.end - tok.begin == 1 && doc.text[tok.begin] == c;
}

// The token after t follows it without a space.
bool touches_next(const Doc& doc, uint32_t t) {
  return t + 1 < doc.tokens.size() && !doc.tokens[t + 1].has(kSpaceBefore);
}

constexpr std::string_view kEllipsisChar = "\xE2\x80\xA6";  // …

bool all_ellipsis_chars(std::string_view s) {
  if (s.empty() || s.size() % 3 != 0) return false;
  for (size_t i = 0; i < s.size(); i += 3)
    if (s.substr(i, 3) != kEllipsisChar) return false;
  return true;
}

}  // namespace

EndKind SentenceEnds::end_kind(const Doc& doc, uint32_t t) const {
  const Token& tok = doc.tokens[t];
  if (tok.kind == TokenKind::kPunct && tok.end - tok.begin == 1) {  // the common . ! ?
    const char c = doc.text[tok.begin];
    if (c == '.') return EndKind::kStrong;
    return c == '!' || c == '?' ? EndKind::kExclaimQuery : EndKind::kNone;
  }
  if (!may_end(doc, tok)) return EndKind::kNone;
  const std::string_view s = doc.surface(tok);
  if (tok.kind == TokenKind::kPunct) {
    if (all_of(s, '!', '?')) return EndKind::kExclaimQuery;
    if (all_of(s, '.', '.')) return s.size() == 1 || s.size() >= 4 ? EndKind::kStrong
                                                                    : EndKind::kEllipsis;
    if (all_ellipsis_chars(s)) return EndKind::kEllipsis;
    return EndKind::kNone;
  }
  if (tok.kind == TokenKind::kWord && s.size() > 1 && s.back() == '.') {
    return EndKind::kAbbreviation;
  }
  return EndKind::kNone;
}

bool SentenceEnds::closes(const Doc& doc, uint32_t t) const {
  const Token& tok = doc.tokens[t];
  if (tok.kind != TokenKind::kPunct && tok.kind != TokenKind::kClitic) return false;
  const char32_t c = first_code_point(doc.surface(tok));
  if (is_closing_quote(c) || is_closing_bracket(c) || c == 0x300D) return true;
  if (c != '"' && c != '\'') return false;
  // Straight quotes close when they touch the mark before them, or when nothing touches them
  // after ("day has come. "" at the end of a paragraph).
  return !tok.has(kSpaceBefore) || !touches_next(doc, t);
}

bool SentenceEnds::opens(const Doc& doc, uint32_t t) const {
  const Token& tok = doc.tokens[t];
  if (tok.kind != TokenKind::kPunct) return false;
  const char32_t c = first_code_point(doc.surface(tok));
  // `` is the opening quote of texts in the Penn Treebank convention (closed by '').
  if (is_opening_quote(c) || is_opening_bracket(c) || c == 0xA1 || c == 0xBF || c == '`') {
    return true;
  }
  return (c == '"' || c == '\'') && (t == 0 || tok.has(kSpaceBefore)) && touches_next(doc, t);
}

bool SentenceEnds::capitalised(const Doc& doc, uint32_t t) const {
  const Token& tok = doc.tokens[t];
  if (tok.kind != TokenKind::kWord && tok.kind != TokenKind::kUrl) return false;
  // Upper-case first letter, mixed case (iPhone), or a script without case.
  return !tok.has(kAllLower);
}

bool SentenceEnds::can_start(const Doc& doc, uint32_t t) const {
  const Token& tok = doc.tokens[t];
  return capitalised(doc, t) || opens(doc, t) || tok.kind == TokenKind::kNumber ||
         is_bullet_token(doc, tok);
}

bool SentenceEnds::attribution(const Doc& doc, uint32_t t) const {
  // Up to four words of a speaker, then a speech verb: "Smith said", "the source added",
  // "one fan commented".
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  for (uint32_t j = t; j < n && j <= t + 4; ++j) {
    const Token& tok = doc.tokens[j];
    if (tok.kind != TokenKind::kWord) return false;
    if (j > t && tok.has(kNewlineBefore)) return false;
    if (verbs_->contains(doc.norm(tok))) return true;
  }
  return false;
}

// Past the marks that still belong to the ending sentence: closing quotes and brackets,
// emoji, and touching sentence marks ("Wow!". / …. / ?!”).
uint32_t SentenceEnds::skip_closing(const Doc& doc, uint32_t q, bool* quote) const {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  const uint32_t limit = q + 16;  // a long run of closing marks is not looked through
  while (q < n && q < limit && !doc.tokens[q].has(kNewlineBefore)) {
    const Token& tok = doc.tokens[q];
    // Only marks, clitics (a closing ') and emoji are skipped: a word ends the run at once.
    if (tok.kind != TokenKind::kPunct && tok.kind != TokenKind::kClitic &&
        tok.kind != TokenKind::kEmoji)
      break;
    if (closes(doc, q)) {
      const char32_t c = first_code_point(doc.surface(tok));
      if (is_quote(c)) *quote = true;
      ++q;
    } else if (tok.kind == TokenKind::kEmoji) {
      ++q;
    } else if (!tok.has(kSpaceBefore) && tok.kind == TokenKind::kPunct &&
               end_kind(doc, q) != EndKind::kNone) {
      ++q;
    } else {
      break;
    }
  }
  return q;
}

// A group of single dots separated by spaces (". . ." or ". . . ."), starting at token t.
// Three dots are an ellipsis; a fourth is a period. When the first dot touches the word before
// it ("compounds. . . . The"), it is that sentence's period and the ellipsis opens the next
// sentence; otherwise ("period . . . . Next") the whole group ends the sentence.
uint32_t SentenceEnds::spaced_ellipsis(const Doc& doc, uint32_t t, bool wrapped,
                                       uint32_t* resume) const {
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  uint32_t g = t + 1;
  while (g < n && g - t < 5 && is_punct(doc, g, '.') && doc.tokens[g].has(kSpaceBefore) &&
         !doc.tokens[g].has(kNewlineBefore))
    ++g;
  const uint32_t dots = g - t;
  bool quote = false;
  const uint32_t next = skip_closing(doc, g, &quote);
  *resume = next;
  if (next >= n) return 0;
  if (doc.tokens[next].has(kNewlineBefore) && !wrapped) return 0;
  const bool touching = t > 0 && !doc.tokens[t].has(kSpaceBefore);
  const bool strong = dots >= 4;
  const bool starts = strong ? can_start(doc, next)
                             : (capitalised(doc, next) && doc.surface(doc.tokens[next]) != "I") ||
                                   opens(doc, next);
  if (!starts) return 0;
  if (touching && dots == 4) return t + 1;  // the caller resumes after the whole group
  return next;
}

uint32_t SentenceEnds::boundary_after(const Doc& doc, uint32_t first, uint32_t t, bool wrapped,
                                      uint32_t* resume) const {
  const auto& tokens = doc.tokens;
  const uint32_t n = static_cast<uint32_t>(tokens.size());
  EndKind kind = end_kind(doc, t);
  if (kind == EndKind::kNone) return 0;
  if (is_punct(doc, t, '.') && is_punct(doc, t + 1, '.') && tokens[t + 1].has(kSpaceBefore) &&
      !tokens[t + 1].has(kNewlineBefore)) {
    return spaced_ellipsis(doc, t, wrapped, resume);
  }
  uint32_t q = t + 1;
  // "…." is an ellipsis and a period.
  if (kind == EndKind::kEllipsis && is_punct(doc, q, '.') && !tokens[q].has(kSpaceBefore)) {
    kind = EndKind::kStrong;
    ++q;
  }
  // An omission mark in brackets ends nothing: "stairways [...]".
  if (kind == EndKind::kEllipsis && t > 0 && !tokens[t].has(kSpaceBefore) &&
      (is_punct(doc, t - 1, '[') || is_punct(doc, t - 1, '(')) && q < n &&
      (is_punct(doc, q, ']') || is_punct(doc, q, ')'))) {
    return 0;
  }
  bool quote = false;
  const uint32_t next = skip_closing(doc, q, &quote);
  *resume = next > t + 1 ? next : t + 1;
  if (next >= n) return 0;
  const Token& nt = tokens[next];
  // A line break after the mark: the line rules decide (unless line breaks are spaces).
  if (nt.has(kNewlineBefore) && !wrapped) return 0;
  if (!can_start(doc, next)) return 0;
  // Touching the next word: only "world.Today" (a missing space) ends a sentence.
  if (!nt.has(kSpaceBefore)) {
    if (kind != EndKind::kStrong || next != t + 1 || t == 0) return 0;
    const Token& before = tokens[t - 1];
    if (!(before.has(kAllLower) && before.end - before.begin >= 2 && nt.has(kTitleCase))) return 0;
    return next;
  }
  switch (kind) {
    case EndKind::kStrong:
      return next;
    case EndKind::kExclaimQuery: {
      // Names with "!": E! News (a one-letter capital), OK! Magazine, HELLO! Royal (an
      // all-capitals word before a capitalised word that is not a sentence starter).
      if (next == t + 1 && t > 0 && !tokens[t].has(kSpaceBefore) &&
          tokens[t - 1].kind == TokenKind::kWord && doc.surface(tokens[t]) == "!") {
        const std::string_view w = doc.surface(tokens[t - 1]);
        if (w.size() == 1 && w[0] >= 'A' && w[0] <= 'Z') return 0;
        if (tokens[t - 1].has(kAllUpper) && capitalised(doc, next) &&
            !starters_->contains(doc.norm(nt)))
          return 0;
      }
      if (quote && attribution(doc, next)) return 0;
      return next;
    }
    case EndKind::kEllipsis:
      if (opens(doc, next)) return next;
      if (capitalised(doc, next) && doc.surface(nt) != "I") return next;
      return 0;
    case EndKind::kAbbreviation: {
      if (nt.kind == TokenKind::kNumber) return 0;  // Nov. 2, No. 1, p. 55
      AbbrevKind a = abbreviations_.listed(doc.norm(tokens[t]));
      if (a == AbbrevKind::kNone) a = AbbrevKind::kAny;  // an initial or a dotted shape
      if (a != AbbrevKind::kAny) return 0;
      // An opening quote starts a sentence; a bracket does not ("6:40 p.m. (GMT +8)").
      if (opens(doc, next) && is_quote(first_code_point(doc.surface(nt)))) return next;
      if (capitalised(doc, next) && starters_->contains(doc.norm(nt))) return next;
      // A title opens a name, and a name right after an abbreviation that ends a clause opens
      // a new sentence ("left at 6 P.M. Mr. Smith then"), unless the abbreviation closes a
      // short opening phrase ("At 5 a.m. Mr. Smith went", "In the U.S. Dr. Smith is").
      if (end_kind(doc, next) == EndKind::kAbbreviation &&
          abbreviations_.listed(doc.norm(nt)) == AbbrevKind::kTitle && t - first >= 4)
        return next;
      return 0;
    }
    case EndKind::kNone:
      break;
  }
  return 0;
}

bool SentenceEnds::continues_line(const Doc& doc, uint32_t t) const {
  if (t == 0) return false;
  const Token& prev = doc.tokens[t - 1];
  if (end_kind(doc, t - 1) != EndKind::kNone || closes(doc, t - 1) ||
      prev.kind == TokenKind::kEmoji)
    return false;
  const Token& next = doc.tokens[t];
  if (next.kind == TokenKind::kWord && next.has(kAllLower)) return true;
  if (prev.kind == TokenKind::kPunct || prev.kind == TokenKind::kSymbol) {
    const std::string_view s = doc.surface(prev);
    if (s == "," || s == ";" || s == "-" || s == "&" || s == "/" ||
        s == "\xE2\x80\x93" || s == "\xE2\x80\x94")
      return true;
    if (opens(doc, t - 1)) return true;
  }
  return false;
}

void SplitMarks::find(const Doc& doc) {
  stops.clear();
  possible_items.clear();
  const Token* const tokens = doc.tokens.data();
  const uint32_t n = static_cast<uint32_t>(doc.tokens.size());
  constexpr uint32_t kMarkKinds = 1u << static_cast<int>(TokenKind::kPunct) |
                                  1u << static_cast<int>(TokenKind::kSymbol);
  // Only punctuation, symbols, words with a period and tokens after a line break matter.
  const auto quiet = [](const Token& tok) {
    return ((kMarkKinds >> static_cast<int>(tok.kind)) & 1) == 0 &&
           (tok.flags & (kNewlineBefore | kParagraphBefore | kHasPeriod)) == 0;
  };
  for (uint32_t t = 0; t < n; ++t) {
    // A loop of its own over the quiet tokens (most of them), with nothing of the work below.
    while (t < n && quiet(tokens[t])) ++t;
    if (t == n) break;
    const Token& tok = tokens[t];
    if ((tok.flags & (kNewlineBefore | kParagraphBefore)) != 0 || may_end(doc, tok)) stops.push_back(t);
    const uint32_t item = possible_item_start(doc, t);
    if (item != kNoItem && (possible_items.empty() || possible_items.back() < item))
      possible_items.push_back(item);
  }
}

bool SentenceEnds::hard_wrapped(const Doc& doc, const SplitMarks& marks) const {
  // Hard-wrapped text: most single line breaks fall inside a sentence (the next line starts
  // lower-case after a line without a final mark), and lines are short (a median under 100
  // bytes). Paragraphs on one line each, as news pages have them, are long lines. The counts
  // come first; only text that passes them has its line lengths gathered. Every token after a
  // line break is one of the marks' stops.
  uint32_t breaks = 0, inside = 0;
  const Token* const tokens = doc.tokens.data();
  for (const uint32_t t : marks.stops) {
    const Token& tok = tokens[t];
    if (t == 0 || (tok.flags & (kNewlineBefore | kParagraphBefore)) != kNewlineBefore) continue;
    ++breaks;
    if (tok.kind == TokenKind::kWord && tok.has(kAllLower) &&
        end_kind(doc, t - 1) == EndKind::kNone && !closes(doc, t - 1))
      ++inside;
  }
  if (inside < 2 || inside * 3 < breaks) return false;
  std::vector<uint32_t> lengths;
  lengths.reserve(breaks);
  uint32_t line_begin = doc.tokens[0].begin;
  for (const uint32_t t : marks.stops) {
    const Token& tok = tokens[t];
    if (t == 0 || !tok.has(kNewlineBefore)) continue;
    const uint32_t line_end = tokens[t - 1].end;
    const uint32_t begin = line_begin;
    line_begin = tok.begin;
    if (!tok.has(kParagraphBefore)) lengths.push_back(line_end - begin);
  }
  std::nth_element(lengths.begin(), lengths.begin() + lengths.size() / 2, lengths.end());
  return lengths[lengths.size() / 2] <= 100;
}

}  // namespace claimsift::text
