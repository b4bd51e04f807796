// Tests of the whole-document place and organisation pass (src/entities/metonymy.cc) against
// the first version of it, kept here as the reference: random place and organisation chunks
// over texts full of repeated names, acronyms, scores and names that start alike ("Washington"
// and "Washington, D.C."), and the pass must leave exactly the same chunks as the reference.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "claimsift/doc.h"
#include "claimsift/lexicon.h"
#include "entities/entity_internal.h"
#include "entities/scan_starts.h"
#include "testing/test_util.h"

namespace claimsift::entities {
namespace {

// Sentence index of every token (-1 between sentences): the table the passes used to take.
std::vector<int32_t> sentence_of_tokens(const Doc& d) {
  std::vector<int32_t> out(d.tokens.size(), -1);
  for (size_t s = 0; s < d.sentences.size(); ++s) {
    std::fill(out.begin() + d.sentences[s].token_begin, out.begin() + d.sentences[s].token_end,
              static_cast<int32_t>(s));
  }
  return out;
}

using ::claimsift::testing::tokenize_and_split;

// ---- The reference: decide_places_and_orgs as first written (std::string keys). ----
namespace reference {

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

std::string surface_key(const Doc& d, uint32_t b, uint32_t e) {
  return std::string(d.slice(d.token_span(b, e)));
}

void decide_places_and_orgs(const Doc& d, const EntityLexicons& lx, const std::vector<int32_t>& sent_of,
                            std::vector<Chunk>* chunks) {
  if (chunks->empty()) return;
  auto sentence_begin = [&](uint32_t i) { return d.sentences[sent_of[i]].token_begin; };
  auto sentence_end = [&](uint32_t i) { return d.sentences[sent_of[i]].token_end; };

  // Teams: places next to a score, then every mention of those names.
  std::vector<std::string> teams;
  for (const Chunk& c : *chunks) {
    if (c.type != EType::kPlace) continue;
    const uint32_t sb = sentence_begin(c.tb), se = sentence_end(c.tb);
    if (score_at(d, c.te, se) || score_before(d, c.tb, sb)) teams.push_back(surface_key(d, c.tb, c.te));
  }
  if (!teams.empty()) {
    for (Chunk& c : *chunks) {
      if (c.type != EType::kPlace || locative_before(d, c.tb, sentence_begin(c.tb))) continue;
      const std::string key = surface_key(d, c.tb, c.te);
      for (const std::string& t : teams) {
        if (t == key) {
          c.type = EType::kOrg;
          c.kind = static_cast<uint8_t>(OrgKind::kTeam);
          break;
        }
      }
    }
  }

  // Acronyms defined in parentheses right after a place or organisation.
  std::unordered_map<std::string, std::pair<EType, uint8_t>> defined, senses;
  for (const Chunk& c : *chunks) {
    if (c.type != EType::kPlace && c.type != EType::kOrg) continue;
    const uint32_t se = sentence_end(c.tb);
    if (c.te + 2 >= se || d.surface(d.tokens[c.te]) != "(" || d.surface(d.tokens[c.te + 2]) != ")") continue;
    const Token& a = d.tokens[c.te + 1];
    const std::string_view as = d.surface(a);
    if (a.kind != TokenKind::kWord || !a.has(kAllUpper) || as.size() < 2 || as.size() > 6) continue;
    if (as[0] != d.surface(d.tokens[c.tb])[0]) continue;  // the initials start alike
    defined[std::string(as)] = {c.type, c.kind};
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
    if ((c.type == EType::kPlace || c.type == EType::kOrg) && c.te - c.tb == 1) {
      // A defined acronym takes the type of its definition.
      if (auto it = defined.find(std::string(d.surface(d.tokens[c.tb]))); it != defined.end()) {
        c.type = it->second.first;
        c.kind = it->second.second;
      }
    }
    for (uint32_t k = c.tb; k < c.te; ++k) covered[k] = 1;
  }
  // First words of the names, for the scan.
  std::unordered_map<std::string_view, std::vector<std::string_view>> by_first;
  for (const auto& [key, sense] : senses) {
    const size_t sp = key.find(' ');
    by_first[std::string_view(key).substr(0, sp)].push_back(key);
  }
  for (uint32_t i = 0; i < d.tokens.size(); ++i) {
    if (covered[i] || sent_of[i] < 0 || !is_cap(d, i)) continue;
    auto it = by_first.find(d.surface(d.tokens[i]));
    if (it == by_first.end()) continue;
    const uint32_t sb = sentence_begin(i), se = sentence_end(i);
    if (i > sb && is_cap(d, i - 1) && !in(lx.not_names, d, i - 1)) continue;  // inside a longer name
    for (std::string_view key : it->second) {
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
      const auto& sense = senses.at(std::string(key));
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

}  // namespace reference

std::string describe(const Doc& d, const std::vector<Chunk>& chunks) {
  std::string out;
  for (const Chunk& c : chunks) {
    out += std::to_string(c.tb) + "-" + std::to_string(c.te) + " t" +
           std::to_string(static_cast<int>(c.type)) + " k" + std::to_string(c.kind) + " s" +
           std::to_string(c.sentence) + " [" + std::string(d.slice(c.span)) + "]\n";
  }
  return out;
}

const char* const kTexts[] = {
    "Sweden 1 – 0 Korea. Belgium faced Panama and lost 1-2 to England. Fans in Sweden cheered "
    "while Korea flew home. Sweden and Belgium meet again; England watched from London.",
    "The World Health Organisation (WHO) said WHO staff met the Kennedy Space Center (KSC) team. "
    "KSC and WHO agreed. Later the World Health Organisation repeated it at KSC.",
    "Washington, D.C. is busy. Washington, D.C. hosted Washington and Washington State fans. "
    "In Washington the mayor of Washington, D.C. spoke. Washington, D.C., and Washington agree.",
    "New York and New York City differ. New York City Ballet came to New York. New York, New "
    "Jersey and New Jersey Devils. New York City is big; New York is bigger.",
    "Museum of Flight CEO met the Museum of Flight board. Museum staff and the Museum of Flight "
    "Foundation talked. DAB member Elizabeth Quat of DAB said DAB will vote. Star Tribune and "
    "Toronto Star staff read the Star.",
    "Los Angeles Lakers beat Los Angeles Clippers in Los Angeles. Los Angeles Lakers fans and "
    "Los Angeles officials. LA Weekly wrote about LA and Los Angeles.",
};

TEST(PostMetonymy, SentenceOfTokenAgreesWithTheTokenTable) {
  for (const char* text : kTexts) {
    const Doc d = tokenize_and_split(text);
    const std::vector<int32_t> sent_of = sentence_of_tokens(d);
    ASSERT_GE(d.sentences.size(), 2u) << text;
    for (uint32_t i = 0; i < d.tokens.size(); ++i) {
      if (sent_of[i] < 0) continue;  // between sentences: not asked
      EXPECT_EQ(&sentence_of_token(d, i), &d.sentences[sent_of[i]]) << text << " token " << i;
    }
  }
}

TEST(PostMetonymy, SameChunksAsTheReferenceOnRandomPlacesAndOrganisations) {
  const EntityLexicons lx(LexiconSet::builtin());
  std::mt19937 rng(20261127);
  int compared = 0;
  for (const char* text : kTexts) {
    const Doc d = tokenize_and_split(text);
    const std::vector<int32_t> sent_of = sentence_of_tokens(d);
    for (int round = 0; round < 300; ++round) {
      // Random capitalised runs (and some other spans) as places and organisations.
      std::vector<Chunk> chunks;
      for (const Sentence& s : d.sentences) {
        for (uint32_t i = s.token_begin; i < s.token_end; ++i) {
          if (rng() % 3 != 0) continue;
          const uint32_t len = 1 + rng() % 4;
          const uint32_t e = std::min(i + len, s.token_end);
          Chunk c;
          c.tb = i;
          c.te = e;
          c.span = d.token_span(i, e);
          if (rng() % 8 == 0 && d.tokens[i].end - d.tokens[i].begin > 2) c.span.end -= 1;  // cut inside
          const uint32_t pick = rng() % 10;
          c.type = pick < 4 ? EType::kPlace : pick < 8 ? EType::kOrg : pick < 9 ? EType::kPerson : EType::kNone;
          c.kind = static_cast<uint8_t>(rng() % 7);
          c.locative = rng() % 6 == 0;
          c.sentence = sent_of[i];
          chunks.push_back(c);
          i = e;  // chunks do not overlap, mostly
          if (rng() % 5 == 0 && i > s.token_begin) --i;
        }
      }
      std::vector<Chunk> ours = chunks, theirs = chunks;
      ScanStarts starts;
      starts.build(d, lx);
      decide_places_and_orgs(d, lx, starts, &ours);
      reference::decide_places_and_orgs(d, lx, sent_of, &theirs);
      ASSERT_EQ(describe(d, ours), describe(d, theirs)) << text << "\nround " << round;
      ++compared;
    }
  }
  EXPECT_EQ(compared, 6 * 300);
}

}  // namespace
}  // namespace claimsift::entities
