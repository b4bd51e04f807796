// List items in running text. See list_markers.h.
// Tested by tests/sentences_test.cc.
#include "text/list_markers.h"

#include <string_view>

#include "text/char_class.h"

namespace claimsift::text {

namespace {

// A cheap necessary condition of a list item's first token: a bullet is one mark of three
// bytes, a marker a number or a word of one or two bytes. Most tokens fail it.
// One bit test: bit 4 * kind + size of kStartShapes is set for the (kind, size) pairs that
// may start an item (sizes 1 to 3).
constexpr uint64_t start_shape(TokenKind kind, uint32_t size) {
  return uint64_t{1} << (4 * static_cast<unsigned>(kind) + size);
}
constexpr uint64_t kStartShapes =
    start_shape(TokenKind::kNumber, 1) | start_shape(TokenKind::kNumber, 2) |
    start_shape(TokenKind::kWord, 1) | start_shape(TokenKind::kWord, 2) |
    start_shape(TokenKind::kPunct, 3) | start_shape(TokenKind::kSymbol, 3);
static_assert(4 * static_cast<unsigned>(TokenKind::kClitic) + 3 < 64, "kinds fit the mask");
bool may_start_item(const Token& t) {
  const uint32_t size = t.end - t.begin;
  return size <= 3 && ((kStartShapes >> (4 * static_cast<unsigned>(t.kind) + size)) & 1) != 0;
}

bool is_punct(const Doc& doc, const Token& t, std::string_view s) {
  return t.kind == TokenKind::kPunct && doc.surface(t) == s;
}

// The marker at token m, if any: its value and end.
bool marker_at(const Doc& doc, uint32_t m, int* value, uint32_t* end) {
  const auto& tokens = doc.tokens;
  const Token& t = tokens[m];
  const std::string_view s = doc.surface(t);
  uint32_t k = m + 1;
  if (t.kind == TokenKind::kNumber && (s.size() == 1 || s.size() == 2) && s[0] >= '0' &&
      s[0] <= '9' && (s.size() == 1 || (s[1] >= '0' && s[1] <= '9'))) {
    *value = s.size() == 1 ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0');
    if (*value == 0) return false;
    if (k >= tokens.size() || tokens[k].has(kSpaceBefore)) return false;
    if (is_punct(doc, tokens[k], ".")) {
      ++k;
      if (k < tokens.size() && !tokens[k].has(kSpaceBefore) && is_punct(doc, tokens[k], ")")) ++k;
    } else if (is_punct(doc, tokens[k], ")")) {
      ++k;
    } else {
      return false;
    }
  } else if (t.kind == TokenKind::kWord && s.size() == 2 && s[0] >= 'a' && s[0] <= 'z' &&
             s[1] == '.') {
    *value = s[0] - 'a' + 1;  // "a." (the tokenizer keeps an initial's period)
  } else if (t.kind == TokenKind::kWord && s.size() == 1 && s[0] >= 'a' && s[0] <= 'z' &&
             k < tokens.size() && !tokens[k].has(kSpaceBefore) && is_punct(doc, tokens[k], ")")) {
    *value = s[0] - 'a' + 1;
    ++k;
  } else {
    return false;
  }
  // A word follows, after a space.
  if (k >= tokens.size() || !tokens[k].has(kSpaceBefore) || tokens[k].has(kNewlineBefore)) {
    return false;
  }
  if (tokens[k].kind != TokenKind::kWord) return false;
  *end = k;
  return true;
}

}  // namespace

bool is_bullet_code_point(const Doc& doc, const Token& t) {
  const std::string_view s = doc.surface(t);
  size_t i = 0;
  const char32_t c = next_code_point(s, i);
  return i == s.size() && is_bullet(c);
}

void ListItemFinder::find_candidates(const Doc& doc, const std::vector<uint32_t>& possible_starts) {
  const auto& tokens = doc.tokens;
  const Token* const all = tokens.data();
  const uint32_t count = static_cast<uint32_t>(tokens.size());
  candidates_.clear();
  uint32_t from = 0;  // the first token after the last candidate
  for (const uint32_t m : possible_starts) {
    if (m < from || !may_start_item(all[m])) continue;
    const Token& t = all[m];
    const uint32_t size = t.end - t.begin;
    if (size > 2) {
      if (!is_bullet_token(doc, t)) continue;
      int value;
      uint32_t end;
      if (m + 1 < count && marker_at(doc, m + 1, &value, &end)) {
        candidates_.push_back({m, m + 1, end, value, true});
        from = end;
      } else {
        candidates_.push_back({m, m, m + 1, 0, true});
        from = m + 1;
      }
      continue;
    }
    if (t.kind != TokenKind::kNumber && t.kind != TokenKind::kWord) continue;
    if (m > 0 && !t.has(kSpaceBefore)) continue;
    // Cheap necessary conditions of marker_at: one or two bytes (1 12 a a.), and a "." or ")"
    // touching a number or a single letter.
    if (t.kind == TokenKind::kWord && size == 2) {
      if (doc.text[t.end - 1] != '.') continue;
    } else if (m + 1 >= count || all[m + 1].has(kSpaceBefore)) {
      continue;
    }
    int value;
    uint32_t end;
    if (!marker_at(doc, m, &value, &end)) continue;
    const bool line_start = m == 0 || t.has(kNewlineBefore);
    if (!line_start) {
      // Inline: not after an abbreviation or a symbol ("No. 1.", "$ 1.").
      const Token& p = tokens[m - 1];
      if (p.kind == TokenKind::kSymbol) continue;
      if (p.kind == TokenKind::kWord && doc.surface(p).back() == '.') continue;
    }
    candidates_.push_back({m, m, end, value, line_start});
    from = end;
  }
}

// Keeps anchored candidates, and chains 1, 2, 3 ... of one kind (numbers or letters): a marker
// of value 1 opens a chain, the next value extends it (one pass, linear).
void ListItemFinder::keep_anchored_and_chains(const Doc& doc) {
  keep_.assign(candidates_.size(), 0);
  auto close = [&](std::vector<size_t>* chain) {
    if (chain->size() >= 2)
      for (size_t c : *chain) keep_[c] = 1;
    chain->clear();
  };
  chains_[0].clear();
  chains_[1].clear();
  for (size_t a = 0; a < candidates_.size(); ++a) {
    const Candidate& c = candidates_[a];
    if (c.anchored) keep_[a] = 1;
    if (c.value == 0) continue;
    std::vector<size_t>& chain = chains_[doc.tokens[c.marker].kind == TokenKind::kWord ? 1 : 0];
    if (c.value == 1) {
      close(&chain);
      chain.push_back(a);
    } else if (!chain.empty() && candidates_[chain.back()].value + 1 == c.value) {
      chain.push_back(a);
    }
  }
  close(&chains_[0]);
  close(&chains_[1]);
}

const std::vector<ListItem>& ListItemFinder::find(const Doc& doc,
                                                  const std::vector<uint32_t>& possible_starts) {
  items_.clear();
  find_candidates(doc, possible_starts);
  if (candidates_.empty()) return items_;
  keep_anchored_and_chains(doc);
  for (size_t a = 0; a < candidates_.size(); ++a) {
    if (!keep_[a]) continue;
    // A bullet alone marks the item start; a marker's end is one past its "." or ")".
    items_.push_back({candidates_[a].first, candidates_[a].marker_end});
  }
  return items_;
}

std::vector<ListItem> find_list_items(const Doc& doc) {
  std::vector<uint32_t> possible;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const uint32_t m = possible_item_start(doc, t);
    if (m != kNoItem && (possible.empty() || possible.back() < m)) possible.push_back(m);
  }
  ListItemFinder finder;
  return finder.find(doc, possible);
}

}  // namespace claimsift::text
