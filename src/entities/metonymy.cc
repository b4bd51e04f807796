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

#include "claimsift/limits.h"
#include "entities/entity_internal.h"
#include "entities/post_first_equal.h"
#include "entities/scan_starts.h"

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

// One past the last token of `key` repeated at token i (a free run of tokens whose text is the
// key, not followed by another capitalised word), or i when it is not there.
uint32_t repeat_end(const Doc& d, std::string_view key, uint32_t i, uint32_t se,
                    const std::vector<uint8_t>& covered) {
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
  if (pos != key.size() || e == i) return i;
  for (uint32_t k = i; k < e; ++k) {
    if (covered[k]) return i;
  }
  if (e < se && is_cap(d, e) && !d.tokens[e].has(kHasHyphen)) return i;
  return e;
}

using Sense = std::pair<EType, uint8_t>;
// Acronyms defined in the document -> the sense of their definition (the last one wins).
using Definitions = std::unordered_map<std::string_view, Sense>;

// The names of the document that may be repeated, each once with its sense, grouped by first
// word (the key up to its first space) for the scan: a 256-bit filter of the first words'
// shapes rejects most capitalised words at once, a hash table finds the group of the others.
//
// Two names can both fit at one position ("Washington" and "Washington State"): the scan takes
// the one that covers more tokens (and of two that end alike, the first in key order).
class RepeatableNames {
 public:
  // The names of one document: `defined` first, then `candidates` (name, sense) in chunk order:
  // a name already defined or already a candidate keeps its first sense. (The previous
  // document's names are dropped, their storage kept.)
  void build(const Definitions& defined,
             const std::vector<std::pair<std::string_view, Sense>>& candidates) {
    names_.clear();
    group_of_.clear();
    groups_.clear();
    for (uint64_t& bits : filter_) bits = 0;
    FirstEqual& seen = seen_;
    seen.reset(defined.size() + candidates.size());
    first_words_.reset(defined.size() + candidates.size());
    for (const auto& entry : defined) {
      seen.add(entry.first);
      add(entry.first, entry.second);
    }
    for (const auto& candidate : candidates) {
      if (seen.add(candidate.first) == seen.size() - 1) add(candidate.first, candidate.second);
    }
    // The groups one after the other (a counting sort by group), each in key order.
    for (const uint32_t g : group_of_) ++groups_[g].second;  // its size, for now
    uint32_t begin = 0;
    for (auto& [b, e] : groups_) {
      const uint32_t size = e;
      b = e = begin;
      begin += size;
    }
    grouped_.resize(names_.size());
    for (size_t i = 0; i < names_.size(); ++i) grouped_[groups_[group_of_[i]].second++] = names_[i];
    for (const auto& [b, e] : groups_) {
      if (e - b < 2) continue;
      std::sort(grouped_.begin() + b, grouped_.begin() + e,
                [](const Name& x, const Name& y) { return x.key < y.key; });
    }
  }
  bool empty() const { return names_.empty(); }
  // The names whose first word is `word`: [begin, end) of the grouped names, in key order.
  std::pair<size_t, size_t> starting_with(std::string_view word) const {
    const uint32_t bit = shape_bit(word);
    if ((filter_[bit >> 6] & (uint64_t{1} << (bit & 63))) == 0) return {0, 0};
    const int32_t name = first_words_.find(word);
    if (name < 0) return {0, 0};
    return groups_[group_of_[name]];
  }
  std::string_view key(size_t i) const { return grouped_[i].key; }
  Sense sense(size_t i) const { return grouped_[i].sense; }

 private:
  struct Name {
    std::string_view key;
    Sense sense;
  };
  // Adds a name; its group is that of the first name added with the same first word.
  void add(std::string_view key, Sense sense) {
    const std::string_view first = key.substr(0, key.find(' '));
    const uint32_t n = static_cast<uint32_t>(names_.size());
    names_.push_back(Name{key, sense});
    const uint32_t earlier = first_words_.add(first);
    if (earlier == n) {
      group_of_.push_back(static_cast<uint32_t>(groups_.size()));
      groups_.emplace_back(0, 0);
    } else {
      group_of_.push_back(group_of_[earlier]);
    }
    const uint32_t bit = shape_bit(first);
    filter_[bit >> 6] |= uint64_t{1} << (bit & 63);
  }
  // A position in the 256-bit filter from a word's first and last bytes and its size.
  static uint32_t shape_bit(std::string_view w) {
    if (w.empty()) return 0;
    const unsigned h = static_cast<unsigned char>(w[0]) * 31u + static_cast<unsigned char>(w.back()) * 7u +
                       static_cast<unsigned>(w.size()) * 101u;
    return (h ^ (h >> 8)) & 255;
  }
  std::vector<Name> names_;                           // in order of addition
  std::vector<uint32_t> group_of_;                    // each name's group
  FirstEqual seen_;                                   // build()'s names so far
  FirstEqual first_words_;                            // each name's first word
  std::vector<std::pair<uint32_t, uint32_t>> groups_;  // [begin, end) of grouped_
  std::vector<Name> grouped_;                         // the names, group after group
  uint64_t filter_[4] = {0, 0, 0, 0};
};

// The buffers of decide_places_and_orgs, kept by each thread from document to document so
// that a document does not allocate them again.
struct MetonymyScratch {
  std::vector<std::pair<std::string_view, Sense>> candidates;
  RepeatableNames names;
  std::vector<uint8_t> covered;  // tokens inside a mention
};

}  // namespace

void decide_places_and_orgs(const Doc& d, const EntityLexicons& lx, const ScanStarts& starts,
                            std::vector<Chunk>* chunks) {
  if (chunks->empty()) return;
  // The sentence of a chunk's first token: the chunk's own sentence as a rule (a chunk moved
  // back over "The" may have left it: then a search).
  auto sentence_of = [&](const Chunk& c) -> const Sentence& {
    if (c.sentence >= 0 && static_cast<size_t>(c.sentence) < d.sentences.size()) {
      const Sentence& s = d.sentences[c.sentence];
      if (s.token_begin <= c.tb && c.tb < s.token_end) return s;
    }
    return sentence_of_token(d, c.tb);
  };

  // Teams: places next to a score, then every mention of those names.
  FirstEqual teams;
  for (const Chunk& c : *chunks) {
    if (c.type != EType::kPlace) continue;
    const Sentence& sen = sentence_of(c);
    const uint32_t sb = sen.token_begin, se = sen.token_end;
    if (score_at(d, c.te, se) || score_before(d, c.tb, sb)) teams.add(surface_key(d, c.tb, c.te));
  }
  if (teams.size() > 0) {
    for (Chunk& c : *chunks) {
      if (c.type != EType::kPlace || locative_before(d, c.tb, sentence_of(c).token_begin)) continue;
      if (teams.find(surface_key(d, c.tb, c.te)) >= 0) {
        c.type = EType::kOrg;
        c.kind = static_cast<uint8_t>(OrgKind::kTeam);
      }
    }
  }

  // Acronyms defined in parentheses right after a place or organisation.
  Definitions defined;
  for (const Chunk& c : *chunks) {
    if (c.type != EType::kPlace && c.type != EType::kOrg) continue;
    const uint32_t se = sentence_of(c).token_end;
    if (c.te + 2 >= se || d.surface(d.tokens[c.te]) != "(" || d.surface(d.tokens[c.te + 2]) != ")") continue;
    const Token& a = d.tokens[c.te + 1];
    const std::string_view as = d.surface(a);
    if (a.kind != TokenKind::kWord || !a.has(kAllUpper) || as.size() < 2 || as.size() > 6) continue;
    if (as[0] != d.surface(d.tokens[c.tb])[0]) continue;  // the initials start alike
    defined[as] = {c.type, c.kind};
  }
  // Kept by the thread, except for a large document (limits.h kKeepScratchTokens), whose
  // buffers are its own and freed on return.
  thread_local MetonymyScratch kept;
  MetonymyScratch own;
  MetonymyScratch& sc = d.tokens.size() > kKeepScratchTokens ? own : kept;
  // Every place and organisation name of the document, for repeats.
  std::vector<std::pair<std::string_view, Sense>>& candidates = sc.candidates;
  candidates.clear();
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
    candidates.emplace_back(surface_key(d, c.tb, c.te), Sense{c.type, c.kind});
  }
  RepeatableNames& names = sc.names;
  names.build(defined, candidates);
  if (names.empty()) return;
  std::vector<uint8_t>& covered = sc.covered;
  covered.assign(d.tokens.size(), 0);
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
  for (uint32_t s = 0; s < d.sentences.size(); ++s) {
    const uint32_t sb = d.sentences[s].token_begin, se = d.sentences[s].token_end;
    // The capitalised words (`starts`), those not covered by a mention.
    for (uint32_t i = starts.next(ScanStarts::kCapitals, sb); i < se;
         i = starts.next(ScanStarts::kCapitals, i + 1)) {
      if (covered[i]) continue;
      const auto [lo, hi] = names.starting_with(d.surface(d.tokens[i]));
      if (lo == hi) continue;
      if (i > sb && is_cap(d, i - 1) && !in(lx.not_names, d, i - 1)) continue;  // inside a longer name
      size_t best = hi;
      uint32_t best_end = i;
      for (size_t n = lo; n < hi; ++n) {
        const uint32_t e = repeat_end(d, names.key(n), i, se, covered);
        if (e > best_end) {  // the longest; of equals, the first in key order
          best = n;
          best_end = e;
        }
      }
      if (best == hi) continue;
      const uint32_t e = best_end;
      Chunk ch;
      ch.tb = i;
      ch.te = e;
      ch.span = d.token_span(i, e);
      ch.type = names.sense(best).first;
      ch.kind = names.sense(best).second;
      ch.sentence = static_cast<int32_t>(s);
      for (uint32_t k = i; k < e; ++k) covered[k] = 1;
      chunks->push_back(std::move(ch));
      i = e - 1;
    }
  }
}

}  // namespace claimsift::entities
