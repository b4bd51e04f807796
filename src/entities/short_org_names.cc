// Short names of companies: "Bluefield Entertainment ... a spokesperson for Bluefield". A lone
// capitalised word that starts a two-word organisation name ending in an organisation head
// (Entertainment, Records, Pictures, Music) is a short mention of that organisation, unless
// the word is a known place (Singapore Airlines: "Singapore" stays the country) or also part of
// another name in the article (Anselm von Hartmann and Hartmann Pictures: "Hartmann" is the
// man). Without this the short form reads as a person ("Bluefield said") or a place ("a
// source at Starlit").
// Tested by tests/entities_test.cc (OrgCases).
#include <algorithm>
#include <string_view>
#include <vector>

#include "entities/entity_internal.h"

namespace claimsift::entities {

namespace {

// A two-word organisation whose first word may stand for it.
struct ShortName {
  std::string_view word;  // the first word, normalised
  uint8_t kind = 0;       // the organisation's OrgKind
  bool shared = false;    // also a word of another name: not a short name
};

bool is_short_name_source(const Doc& d, const EntityLexicons& lx, const Chunk& c) {
  return c.type == EType::kOrg && c.te - c.tb == 2 && is_cap(d, c.tb) &&
         !d.tokens[c.tb].has(kAllUpper) && in(lx.org_heads, d, c.tb + 1) &&
         !in(lx.first_names, d, c.tb) && !in(lx.gazetteer, d, c.tb) &&
         !in(lx.regions, d, c.tb) && !in(lx.towns, d, c.tb) && !in(lx.demonyms, d, c.tb);
}

}  // namespace

bool retype_short_org_names(const Doc& d, const EntityLexicons& lx, std::vector<Chunk>* chunks) {
  // The first words, one entry per word (the first organisation's kind), sorted by word: each
  // look-up below is a binary search (a large document has thousands of them).
  std::vector<ShortName> shorts;
  for (const Chunk& c : *chunks) {
    if (c.type != EType::kOrg || c.te - c.tb != 2 || !is_short_name_source(d, lx, c)) continue;
    shorts.push_back(ShortName{d.norm(d.tokens[c.tb]), c.kind});
  }
  if (shorts.empty()) return false;
  const auto by_word = [](const ShortName& x, const ShortName& y) { return x.word < y.word; };
  std::stable_sort(shorts.begin(), shorts.end(), by_word);
  shorts.erase(std::unique(shorts.begin(), shorts.end(),
                           [](const ShortName& x, const ShortName& y) { return x.word == y.word; }),
               shorts.end());
  auto find = [&](uint32_t token) -> ShortName* {
    const ShortName key{d.norm(d.tokens[token])};
    auto it = std::lower_bound(shorts.begin(), shorts.end(), key, by_word);
    return it != shorts.end() && it->word == key.word ? &*it : nullptr;
  };
  // Words of the other multi-word names (people, places, other organisations) are not short
  // names.
  for (const Chunk& c : *chunks) {
    if (c.te - c.tb < 2 || c.type == EType::kWork ||
        (c.type == EType::kOrg && c.te - c.tb == 2 && is_short_name_source(d, lx, c))) {
      continue;
    }
    for (uint32_t t = c.tb; t < c.te; ++t) {
      if (ShortName* s = find(t)) s->shared = true;
    }
  }
  bool retyped = false;
  for (Chunk& c : *chunks) {
    if (c.te - c.tb != 1 || c.epithet || c.type == EType::kOrg || c.type == EType::kWork ||
        c.type == EType::kEvent) {
      continue;
    }
    const ShortName* s = find(c.tb);
    if (s == nullptr || s->shared) continue;
    c.type = EType::kOrg;
    c.kind = s->kind;
    c.cluster = -1;
    c.alias = false;
    c.strong = false;
    c.locative = false;
    retyped = true;
  }
  return retyped;
}

void merge_short_org_names(std::vector<Organization>* orgs) {
  // The two-word names by their first word (the first entry first among equal words).
  std::vector<std::pair<std::string_view, size_t>> firsts;
  for (size_t f = 0; f < orgs->size(); ++f) {
    const std::string& full = (*orgs)[f].name;
    const size_t space = full.find(' ');
    if (space == std::string::npos || space == 0 || space + 1 == full.size() ||
        full.find(' ', space + 1) != std::string::npos) {
      continue;
    }
    firsts.emplace_back(std::string_view(full).substr(0, space), f);
  }
  if (firsts.empty()) return;
  std::stable_sort(firsts.begin(), firsts.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  bool merged = false;
  for (size_t s = 0; s < orgs->size(); ++s) {
    const std::string& word = (*orgs)[s].name;
    if (word.empty() || word.find(' ') != std::string::npos) continue;
    auto it = std::lower_bound(firsts.begin(), firsts.end(), std::string_view(word),
                               [](const auto& x, std::string_view w) { return x.first < w; });
    if (it == firsts.end() || it->first != word) continue;
    std::vector<ByteSpan>& into = (*orgs)[it->second].mentions;
    into.insert(into.end(), (*orgs)[s].mentions.begin(), (*orgs)[s].mentions.end());
    std::sort(into.begin(), into.end(), [](ByteSpan a, ByteSpan b) { return a.begin < b.begin; });
    (*orgs)[s].mentions.clear();
    merged = true;
  }
  if (!merged) return;
  std::erase_if(*orgs, [](const Organization& o) { return o.mentions.empty(); });
  std::stable_sort(orgs->begin(), orgs->end(), [](const Organization& a, const Organization& b) {
    return a.mentions.front().begin < b.mentions.front().begin;
  });
}

}  // namespace claimsift::entities
