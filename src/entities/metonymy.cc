// Places and organisations decided by the whole document once every pass has run:
//   - teams: a place written next to a score ("Sweden 1 – 0 Korea", "lost 1-2 to England") is a
//     team, and so is every other mention of that name in the document ("Belgium faced Panama")
//     except after a locative preposition ("in Sweden");
//   - acronyms defined in parentheses: "Kennedy Space Center (KSC)" makes KSC a place and
//     "World Health Organisation (WHO)" makes WHO an organisation, wherever the acronym is used;
//   - one sense per discourse: an organisation or place name repeated in the same document,
//     where no other pass took it ("DAB" after "Elizabeth Quat of DAB"), is that organisation
//     or place again. Single words that are also dictionary words repeat only in capitals.
// Tested by tests/entities_test.cc (OrgCases, PlaceCases).
#include <algorithm>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "entities/entity_internal.h"

namespace claimsift::entities {

namespace {

bool is_digits(std::string_view s, size_t max) {
  if (s.empty() || s.size() > max) return false;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return false;
  }
  return true;
}

// A score "1 – 0" or "1-2" starting at token i: one past its end, or 0.
uint32_t score_at(const Doc& d, uint32_t i, uint32_t se) {
  if (i >= se || d.tokens[i].kind != TokenKind::kNumber) return 0;
  const std::string_view s = d.surface(d.tokens[i]);
  if (const size_t h = s.find('-'); h != std::string_view::npos) {
    return is_digits(s.substr(0, h), 2) && is_digits(s.substr(h + 1), 2) ? i + 1 : 0;
  }
  if (!is_digits(s, 2) || i + 2 >= se || !is_dash(d, i + 1)) return 0;
  return d.tokens[i + 2].kind == TokenKind::kNumber && is_digits(d.surface(d.tokens[i + 2]), 2)
             ? i + 3
             : 0;
}

// A score ending just before token b ("1 – 0 Korea", "lost 1-2 to England").
bool score_before(const Doc& d, uint32_t b, uint32_t sb) {
  uint32_t k = b;
  if (k > sb && (norm_is(d, k - 1, "to") || norm_is(d, k - 1, "against"))) --k;
  for (uint32_t start = k >= sb + 3 ? k - 3 : sb; start < k; ++start) {
    if (score_at(d, start, k) == k) return true;
  }
  return false;
}

bool locative_before(const Doc& d, uint32_t b, uint32_t sb) {
  if (b == sb) return false;
  const std::string_view p = d.norm(d.tokens[b - 1]);
  return p == "in" || p == "at" || p == "from" || p == "near" || p == "outside" || p == "inside";
}

// The exact text of tokens [b, e): the key of a name for repeats.
std::string_view surface_key(const Doc& d, uint32_t b, uint32_t e) {
  return d.slice(d.token_span(b, e));
}

// The names of the document that may be repeated, grouped by their first word for the scan.
// `keys` holds each name once, in the iteration order of the sense table (the first of two
// names that both fit at a position wins, as before); entries are sorted by (first word, that
// order), and a 64-bit filter of the first words' shapes rejects most capitalised words at once.
class NamesByFirstWord {
 public:
  template <typename Senses>
  explicit NamesByFirstWord(const Senses& senses) {
    uint32_t rank = 0;
    for (const auto& entry : senses) {
      const std::string_view key = entry.first;
      const std::string_view first = key.substr(0, key.find(' '));
      names_.push_back(Name{first, key, rank++});
      filter_ |= shape_bit(first);
    }
    std::sort(names_.begin(), names_.end(), [](const Name& a, const Name& b) {
      return a.first != b.first ? a.first < b.first : a.rank < b.rank;
    });
  }
  // The names whose first word is `word`, in order: [begin, end) of names().
  std::pair<size_t, size_t> starting_with(std::string_view word) const {
    if ((filter_ & shape_bit(word)) == 0) return {0, 0};
    auto lo = std::lower_bound(names_.begin(), names_.end(), word,
                               [](const Name& n, std::string_view w) { return n.first < w; });
    auto hi = lo;
    while (hi != names_.end() && hi->first == word) ++hi;
    return {static_cast<size_t>(lo - names_.begin()), static_cast<size_t>(hi - names_.begin())};
  }
  std::string_view key(size_t i) const { return names_[i].key; }

 private:
  struct Name {
    std::string_view first;  // the key up to its first space
    std::string_view key;
    uint32_t rank;           // position in the sense table's iteration order
  };
  static uint64_t shape_bit(std::string_view w) {
    if (w.empty()) return 1;
    const unsigned h = static_cast<unsigned char>(w[0]) * 7u + static_cast<unsigned char>(w.back()) +
                       static_cast<unsigned>(w.size()) * 13u;
    return uint64_t{1} << (h & 63);
  }
  std::vector<Name> names_;
  uint64_t filter_ = 0;
};

}  // namespace

void decide_places_and_orgs(const Doc& d, const EntityLexicons& lx, const std::vector<int32_t>& sent_of,
                            std::vector<Chunk>* chunks) {
  if (chunks->empty()) return;
  auto sentence_begin = [&](uint32_t i) { return d.sentences[sent_of[i]].token_begin; };
  auto sentence_end = [&](uint32_t i) { return d.sentences[sent_of[i]].token_end; };

  // Teams: places next to a score, then every mention of those names.
  std::vector<std::string_view> teams;
  for (const Chunk& c : *chunks) {
    if (c.type != EType::kPlace) continue;
    const uint32_t sb = sentence_begin(c.tb), se = sentence_end(c.tb);
    if (score_at(d, c.te, se) || score_before(d, c.tb, sb)) teams.push_back(surface_key(d, c.tb, c.te));
  }
  if (!teams.empty()) {
    for (Chunk& c : *chunks) {
      if (c.type != EType::kPlace || locative_before(d, c.tb, sentence_begin(c.tb))) continue;
      const std::string_view key = surface_key(d, c.tb, c.te);
      for (std::string_view t : teams) {
        if (t == key) {
          c.type = EType::kOrg;
          c.kind = static_cast<uint8_t>(OrgKind::kTeam);
          break;
        }
      }
    }
  }

  // Acronyms defined in parentheses right after a place or organisation.
  // (Hash tables keyed by the text: the names' order in `senses` decides between two names
  // that both fit at one position, so it stays the order these tables give.)
  std::unordered_map<std::string_view, std::pair<EType, uint8_t>> defined, senses;
  for (const Chunk& c : *chunks) {
    if (c.type != EType::kPlace && c.type != EType::kOrg) continue;
    const uint32_t se = sentence_end(c.tb);
    if (c.te + 2 >= se || d.surface(d.tokens[c.te]) != "(" || d.surface(d.tokens[c.te + 2]) != ")") continue;
    const Token& a = d.tokens[c.te + 1];
    const std::string_view as = d.surface(a);
    if (a.kind != TokenKind::kWord || !a.has(kAllUpper) || as.size() < 2 || as.size() > 6) continue;
    if (as[0] != d.surface(d.tokens[c.tb])[0]) continue;  // the initials start alike
    defined[as] = {c.type, c.kind};
  }
  senses = defined;
  // Every place and organisation name of the document, for repeats.
  for (const Chunk& c : *chunks) {
    if (c.type != EType::kPlace && c.type != EType::kOrg) continue;
    if (c.span != d.token_span(c.tb, c.te)) continue;  // "Dublin" of "Dublin-born"
    if (c.locative) continue;  // a guess from "in"/"at" alone is too weak to repeat
    if (c.te - c.tb == 1) {
      const Token& t = d.tokens[c.tb];
      const bool caps = t.has(kAllUpper) && t.end - t.begin >= 2;
      if (!caps && lx.is_common_word(d, c.tb)) continue;
      if (t.kind != TokenKind::kWord) continue;
    }
    senses.emplace(surface_key(d, c.tb, c.te), std::make_pair(c.type, c.kind));
  }
  if (senses.empty()) return;
  std::vector<uint8_t> covered(d.tokens.size(), 0);
  for (Chunk& c : *chunks) {
    if (c.type == EType::kNone) continue;
    if (!defined.empty() && (c.type == EType::kPlace || c.type == EType::kOrg) && c.te - c.tb == 1) {
      // A defined acronym takes the type of its definition.
      if (auto it = defined.find(d.surface(d.tokens[c.tb])); it != defined.end()) {
        c.type = it->second.first;
        c.kind = it->second.second;
      }
    }
    for (uint32_t k = c.tb; k < c.te; ++k) covered[k] = 1;
  }
  const NamesByFirstWord names(senses);
  for (uint32_t i = 0; i < d.tokens.size(); ++i) {
    if (covered[i] || sent_of[i] < 0 || !is_cap(d, i)) continue;
    const auto [lo, hi] = names.starting_with(d.surface(d.tokens[i]));
    if (lo == hi) continue;
    const uint32_t sb = sentence_begin(i), se = sentence_end(i);
    if (i > sb && is_cap(d, i - 1) && !in(lx.not_names, d, i - 1)) continue;  // inside a longer name
    for (size_t n = lo; n < hi; ++n) {
      const std::string_view key = names.key(n);
      // Match the key's tokens: the key is the exact text of a token range.
      uint32_t e = i;
      size_t pos = 0;
      while (e < se && pos < key.size()) {
        const Token& t = d.tokens[e];
        if (e > i && t.has(kSpaceBefore)) {
          if (key[pos] != ' ') break;
          ++pos;
        }
        const std::string_view s = d.surface(t);
        if (key.substr(pos, s.size()) != s) break;
        pos += s.size();
        ++e;
      }
      if (pos != key.size() || e == i) continue;
      bool free = true;
      for (uint32_t k = i; k < e; ++k) free &= covered[k] == 0;
      if (!free || (e < se && is_cap(d, e) && !d.tokens[e].has(kHasHyphen))) continue;
      const auto& sense = senses.at(key);
      Chunk ch;
      ch.tb = i;
      ch.te = e;
      ch.span = d.token_span(i, e);
      ch.type = sense.first;
      ch.kind = sense.second;
      ch.sentence = sent_of[i];
      for (uint32_t k = i; k < e; ++k) covered[k] = 1;
      chunks->push_back(std::move(ch));
      i = e - 1;
      break;
    }
  }
}

}  // namespace claimsift::entities
