// People: clusters of mentions, one per person.
//
// Full names make the clusters: the longest names first, and a shorter multi-word name joins
// the cluster whose name it starts or ends ("Ellison Jr." -> "Dequan Ellison Jr.",
// "Fernández de la Vega" -> "Lucía Fernández de la Vega"). A single word joins the cluster
// that has it among its name words (surname "Cruise", first name "Ana", Korean family name
// "Han"); when two people share it, the one introduced first gets it (a bare "Whitlock" is the
// article's Whitlock, not his father introduced later). Stage names and nicknames ("who
// performs as Tee", Oskar "Ozzy" Lindqvist) join the person they name.
// Tested by tests/entities_test.cc (ClusterCases).
#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "entities/entity_internal.h"

namespace claimsift::entities {

namespace {

// The name words of a chunk: normalised words outside quotes, particles included.
void name_words(const Doc& d, const Chunk& c, std::vector<std::string_view>* out,
                std::vector<std::string_view>* nicknames) {
  out->clear();
  bool quoted = false;
  for (uint32_t k = c.tb; k < c.te; ++k) {
    if (!is_word(d, k)) {  // a word is never a quote mark: test the common case first
      if (is_quote(d, k)) quoted = !quoted;
      continue;
    }
    if (quoted) {
      if (nicknames) nicknames->push_back(d.norm(d.tokens[k]));
    } else {
      out->push_back(d.norm(d.tokens[k]));
    }
  }
}

bool is_contiguous_edge(const std::vector<std::string_view>& small,
                        const std::vector<std::string_view>& big) {
  if (small.empty() || small.size() > big.size()) return false;
  if (std::equal(small.begin(), small.end(), big.end() - small.size())) return true;
  if (std::equal(small.begin(), small.end(), big.begin())) return true;
  // "Ellison" of "Dequan Ellison Jr.": the surname before a suffix.
  if (big.size() >= 2 && small.size() < big.size() &&
      std::equal(small.begin(), small.end(), big.end() - 1 - small.size())) {
    return true;
  }
  return false;
}

// "Raff, as he is known to friends": the pronoun's gender (m, f, u), or 0 when not this shape.
char trailing_alias_gender(const Doc& d, const Chunk& c, uint32_t se) {
  const uint32_t e = c.te;
  if (e + 4 >= se || !norm_is(d, e, ",") || !norm_is(d, e + 1, "as")) return 0;
  const std::string_view p = d.norm(d.tokens[e + 2]);
  const std::string_view v = d.norm(d.tokens[e + 3]);
  const bool known = norm_is(d, e + 4, "known") || (e + 5 < se && norm_is(d, e + 5, "known"));
  if (!known || (v != "is" && v != "'s" && v != "are" && v != "was" && v != "were")) return 0;
  if (p == "he") return 'm';
  if (p == "she") return 'f';
  if (p == "they") return 'u';
  return 0;
}

bool alias_cue(const Doc& d, const Chunk& c, int32_t sb) {
  if (trailing_alias_gender(d, c, d.sentences[c.sentence].token_end) != 0) return true;
  const int32_t b = static_cast<int32_t>(c.tb);
  if (b - 1 < sb) return false;
  const std::string_view p = d.norm(d.tokens[b - 1]);
  if (p == "nicknamed" || p == "dubbed" || p == "aka" || p == "a.k.a." || p == "alias") return true;
  if (p != "as" || b - 2 < sb) return false;
  std::string_view v = d.norm(d.tokens[b - 2]);
  if ((v == "simply" || v == "only" || v == "professionally" || v == "better") && b - 3 >= sb) {
    v = d.norm(d.tokens[b - 3]);
  }
  return v == "performs" || v == "performed" || v == "performing" || v == "known" ||
         v == "goes" || v == "go" || v == "went" || v == "billed" || v == "credited" ||
         v == "raps" || v == "sings" || v == "records" || v == "recorded";
}

}  // namespace

void cluster_people(const Doc& d, const EntityLexicons& lx, std::vector<Chunk>* chunks,
                    std::vector<Cluster>* clusters) {
  std::vector<std::string_view> words, other, nick;
  std::vector<std::vector<std::string_view>> full;  // name words of each cluster's full name
  std::vector<std::vector<std::string_view>> nicks;
  std::unordered_map<std::string_view, std::vector<int32_t>> by_word;  // word -> clusters
  // Aliases wait for epithets (the person they name may be "the Afrobeats star").
  for (Chunk& c : *chunks) {
    if ((c.type == EType::kPerson || c.type == EType::kUndecided) && !c.epithet &&
        alias_cue(d, c, static_cast<int32_t>(d.sentences[c.sentence].token_begin))) {
      c.alias = true;
      c.type = EType::kPerson;
    }
  }
  std::vector<uint32_t> order;
  for (uint32_t i = 0; i < chunks->size(); ++i) {
    const Chunk& c = (*chunks)[i];
    if (c.type == EType::kPerson && !c.alias && !c.epithet) order.push_back(i);
  }
  // Longest names first; each chunk's word count computed once (a comparator that counted
  // would redo it O(n log n) times).
  std::vector<uint32_t> word_count(chunks->size(), 0);
  for (uint32_t i : order) {
    name_words(d, (*chunks)[i], &words, nullptr);
    word_count[i] = static_cast<uint32_t>(words.size());
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return word_count[a] > word_count[b]; });
  for (uint32_t ci : order) {
    Chunk& c = (*chunks)[ci];
    nick.clear();
    name_words(d, c, &words, &nick);
    int32_t best = -1;
    if (words.size() >= 2) {
      // Candidates share the first or the last word.
      for (std::string_view key : {words.front(), words.back()}) {
        auto it = by_word.find(key);
        if (it == by_word.end()) continue;
        for (int32_t k : it->second) {
          if (is_contiguous_edge(words, full[k])) {
            best = k;
            break;
          }
        }
        if (best >= 0) break;
      }
    }
    if (best < 0 && words.size() == 1) {
      // A single word: the earliest-introduced person that has it among their name words.
      uint32_t best_first = UINT32_MAX;
      auto it = by_word.find(words[0]);
      if (it != by_word.end()) {
        for (int32_t k : it->second) {
          if ((*clusters)[k].first_token < best_first) {
            best_first = (*clusters)[k].first_token;
            best = k;
          }
        }
      }
      if (best < 0 && !c.strong) {
        c.type = EType::kUndecided;  // resolved later, or dropped
        continue;
      }
    }
    if (best < 0) {
      Cluster cl;
      cl.first_token = c.tb;
      const int g = lx.first_names->find(words.empty() ? std::string_view() : words[0]);
      cl.gender = g >= 0 ? lx.first_names->field(g, 0)[0] : 'u';
      clusters->push_back(std::move(cl));
      full.push_back(words);
      nicks.push_back(nick);
      best = static_cast<int32_t>(clusters->size() - 1);
      for (std::string_view w : words) {
        auto& list = by_word[w];
        if (list.size() < 64 && (list.empty() || list.back() != best)) list.push_back(best);
      }
    } else {
      nicks[best].insert(nicks[best].end(), nick.begin(), nick.end());
    }
    for (std::string_view w : nick) {
      auto& list = by_word[w];
      if (list.size() < 64 && (list.empty() || list.back() != best)) list.push_back(best);
    }
    c.cluster = best;
    Cluster& cl = (*clusters)[best];
    cl.chunks.push_back(ci);
    cl.first_token = std::min(cl.first_token, c.tb);
  }
  // Keep the name words of each cluster for resolve_undecided: stored as the cluster's first
  // chunk (the full name) and its nickname words are found again from the chunks.
}

void resolve_undecided(const Doc& d, const EntityLexicons& lx, std::vector<Chunk>* chunks,
                       std::vector<Cluster>* clusters) {
  (void)lx;
  // Every name word (and nickname) of every person, mapped to the earliest-introduced person
  // that has it: one pass to build, one hash probe per undecided word.
  std::unordered_map<std::string_view, int32_t> owner;
  std::vector<std::string_view> cw, nick;
  for (size_t k = 0; k < clusters->size(); ++k) {
    const Cluster& cl = (*clusters)[k];
    for (uint32_t m : cl.chunks) {
      const Chunk& mc = (*chunks)[m];
      if (mc.epithet) continue;
      nick.clear();
      name_words(d, mc, &cw, &nick);
      for (const auto* list : {&cw, &nick}) {
        for (std::string_view w : *list) {
          auto [it, inserted] = owner.emplace(w, static_cast<int32_t>(k));
          if (!inserted && cl.first_token < (*clusters)[it->second].first_token) {
            it->second = static_cast<int32_t>(k);
          }
        }
      }
    }
  }
  std::vector<std::string_view> words;
  for (uint32_t ci = 0; ci < chunks->size(); ++ci) {
    Chunk& c = (*chunks)[ci];
    if (c.type != EType::kUndecided) continue;
    name_words(d, c, &words, nullptr);
    if (words.size() != 1) continue;
    auto it = owner.find(words[0]);
    if (it == owner.end()) continue;
    const int32_t best = it->second;
    c.type = EType::kPerson;
    c.cluster = best;
    (*clusters)[best].chunks.push_back(ci);
    (*clusters)[best].first_token = std::min((*clusters)[best].first_token, c.tb);
  }
}

namespace {

// The cluster of the chunk with the greatest first token before `before` (and at or after
// `floor`) that `fits`, the earliest such chunk on a tie; -1 when none. `by_start` is every
// chunk as (first token, index), sorted: the walk goes back from `before` and stops at the
// first token that has a fitting chunk, not over every chunk.
template <typename Fits>
int32_t latest_before(const std::vector<Chunk>& chunks,
                      const std::vector<std::pair<uint32_t, uint32_t>>& by_start, uint32_t before,
                      Fits fits, uint32_t floor) {
  auto it = std::lower_bound(by_start.begin(), by_start.end(), std::make_pair(before, 0u));
  int32_t best = -1;
  uint32_t best_tb = 0;
  while (it != by_start.begin()) {
    --it;
    if (it->first < floor) break;
    if (best >= 0 && it->first < best_tb) break;
    const Chunk& o = chunks[it->second];
    if (fits(o)) {
      best = o.cluster;  // walking back within one first token: the earliest index wins
      best_tb = it->first;
    }
  }
  return best;
}

}  // namespace

void attach_aliases(const Doc& d, std::vector<Chunk>* chunks, std::vector<Cluster>* clusters) {
  size_t aliases = 0;
  std::vector<std::pair<uint32_t, uint32_t>> by_start;  // (first token, chunk), built on demand
  for (uint32_t ci = 0; ci < chunks->size(); ++ci) {
    Chunk& c = (*chunks)[ci];
    if (!c.alias || c.cluster >= 0) continue;
    if (++aliases > 256) {  // bounded work on hostile input: later aliases stay names of their own
      c.alias = false;
      c.type = EType::kUndecided;
      continue;
    }
    if (by_start.empty()) {
      by_start.reserve(chunks->size());
      for (uint32_t k = 0; k < chunks->size(); ++k) by_start.emplace_back((*chunks)[k].tb, k);
      std::sort(by_start.begin(), by_start.end());
    }
    // The nearest person mention before it in the same sentence.
    const uint32_t sentence_begin = d.sentences[c.sentence].token_begin;
    int32_t best = latest_before(
        *chunks, by_start, c.tb,
        [&](const Chunk& o) {
          return o.type == EType::kPerson && o.cluster >= 0 && o.sentence == c.sentence;
        },
        sentence_begin);
    const char g = trailing_alias_gender(d, c, d.sentences[c.sentence].token_end);
    if (g != 0) {
      // The most recently mentioned person whose gender fits the pronoun.
      best = latest_before(
          *chunks, by_start, c.tb,
          [&](const Chunk& o) {
            if (o.type != EType::kPerson || o.cluster < 0 || o.alias) return false;
            const char og = (*clusters)[o.cluster].gender;
            return g == 'u' || og == 'u' || og == g;
          },
          0);
    }
    if (best < 0) {
      Cluster cl;
      cl.first_token = c.tb;
      clusters->push_back(std::move(cl));
      best = static_cast<int32_t>(clusters->size() - 1);
    }
    c.cluster = best;
    (*clusters)[best].chunks.push_back(ci);
  }
  // A later "Lil Sable" that made a cluster of its own joins the person of that stage name.
  std::vector<std::string_view> aw, ow;
  size_t alias_checks = 0;
  for (const Chunk& a : *chunks) {
    if (!a.alias || a.cluster < 0) continue;
    if (++alias_checks > 64 || clusters->size() > 4096) break;  // bounded work on huge inputs
    name_words(d, a, &aw, nullptr);
    for (size_t k = 0; k < clusters->size(); ++k) {
      if (static_cast<int32_t>(k) == a.cluster || (*clusters)[k].chunks.empty()) continue;
      bool all_same = true;
      for (uint32_t m : (*clusters)[k].chunks) {
        const Chunk& o = (*chunks)[m];
        if (o.epithet) continue;
        name_words(d, o, &ow, nullptr);
        if (ow != aw) {
          all_same = false;
          break;
        }
      }
      if (!all_same) continue;
      for (uint32_t m : (*clusters)[k].chunks) {
        (*chunks)[m].cluster = a.cluster;
        (*clusters)[a.cluster].chunks.push_back(m);
      }
      (*clusters)[k].chunks.clear();
    }
  }
}

}  // namespace claimsift::entities

namespace claimsift::entities {

namespace {

}  // namespace

void finalize_undecided(const Doc& d, std::vector<Chunk>* chunks, std::vector<Cluster>* clusters) {
  // Name word -> first cluster that has it; (word, cluster) pairs for "same person" checks.
  std::unordered_map<std::string_view, int32_t> first_owner;
  std::unordered_set<std::string> pairs;
  std::vector<std::string_view> w;
  std::string key;
  auto pair_key = [&key](std::string_view word, int32_t k) -> const std::string& {
    key.assign(word);
    key.push_back('\x1f');
    key.append(std::to_string(k));
    return key;
  };
  for (size_t k = 0; k < clusters->size(); ++k) {
    for (uint32_t m : (*clusters)[k].chunks) {
      const Chunk& c = (*chunks)[m];
      if (c.epithet) continue;
      name_words(d, c, &w, nullptr);
      for (auto x : w) {
        first_owner.emplace(x, static_cast<int32_t>(k));
        pairs.insert(pair_key(x, static_cast<int32_t>(k)));
      }
    }
  }
  const size_t original = chunks->size();
  for (size_t ci = 0; ci < original; ++ci) {
    Chunk& c = (*chunks)[ci];
    if (c.type != EType::kUndecided) continue;
    if (c.locative) {
      c.type = EType::kPlace;
      continue;
    }
    c.type = EType::kNone;
    if (!c.long_run) continue;
    // A headline: known people's names inside it, each a maximal run of their name words.
    // Copies, not the reference: the push_back below may move the chunks.
    const uint32_t run_end = c.te;
    const auto run_sentence = c.sentence;
    uint32_t i = c.tb;
    while (i < run_end) {
      int32_t who = -1;
      if (is_word(d, i)) {
        auto it = first_owner.find(d.norm(d.tokens[i]));
        if (it != first_owner.end()) who = it->second;
      }
      if (who < 0) {
        ++i;
        continue;
      }
      uint32_t e = i + 1;
      while (e < run_end && is_word(d, e)) {
        if (!pairs.count(pair_key(d.norm(d.tokens[e]), who))) break;
        ++e;
      }
      Chunk m;
      m.tb = i;
      m.te = e;
      m.span = d.token_span(i, e);
      m.type = EType::kPerson;
      m.sentence = run_sentence;
      m.cluster = who;
      (*clusters)[who].chunks.push_back(static_cast<uint32_t>(chunks->size()));
      chunks->push_back(std::move(m));
      i = e;
    }
  }
}

}  // namespace claimsift::entities

namespace claimsift::entities {

void reclaim_people_from_places(const Doc& d, const EntityLexicons& lx, std::vector<Chunk>* chunks,
                                std::vector<Cluster>* clusters) {
  // Words of people's multi-word names -> the first person that has them.
  std::unordered_map<std::string_view, int32_t> owner;
  std::vector<std::string_view> w;
  for (size_t k = 0; k < clusters->size(); ++k) {
    for (uint32_t m : (*clusters)[k].chunks) {
      const Chunk& o = (*chunks)[m];
      if (o.epithet || o.te - o.tb < 2) continue;
      name_words(d, o, &w, nullptr);
      for (std::string_view x : w) owner.emplace(x, static_cast<int32_t>(k));
    }
  }
  if (owner.empty()) return;
  for (uint32_t ci = 0; ci < chunks->size(); ++ci) {
    Chunk& c = (*chunks)[ci];
    if (c.type != EType::kPlace || c.te != c.tb + 1 || !is_word(d, c.tb)) continue;
    const std::string_view word = d.norm(d.tokens[c.tb]);
    if (const int g = find_token_entry(d, c.tb, *lx.gazetteer);
        g >= 0 && lx.gazetteer->field(g, 0) != "city") {
      continue;
    }
    if (find_token_entry(d, c.tb, *lx.regions) >= 0) continue;
    auto it = owner.find(word);
    if (it == owner.end()) continue;
    c.type = EType::kPerson;
    c.cluster = it->second;
    (*clusters)[it->second].chunks.push_back(ci);
  }
}

}  // namespace claimsift::entities

namespace claimsift::entities {

void infer_gender_from_pronouns(const Doc& d, const std::vector<Chunk>& chunks,
                                std::vector<Cluster>* clusters) {
  // Who is named in each sentence: one person, several (-2) or none (-1).
  std::vector<int32_t> only(d.sentences.size(), -1);
  for (const Chunk& c : chunks) {
    if (c.type != EType::kPerson || c.cluster < 0 || c.sentence < 0) continue;
    int32_t& o = only[c.sentence];
    o = (o == -1 || o == c.cluster) ? c.cluster : -2;
  }
  std::vector<int> he(clusters->size(), 0), she(clusters->size(), 0);
  for (size_t s = 0; s < d.sentences.size(); ++s) {
    const int32_t k = only[s];
    if (k < 0) continue;
    // The sentence itself and the next one when it names nobody.
    size_t last = s + 1 < d.sentences.size() && only[s + 1] == -1 ? s + 1 : s;
    for (size_t t = s; t <= last; ++t) {
      for (uint32_t i = d.sentences[t].token_begin; i < d.sentences[t].token_end; ++i) {
        const std::string_view w = d.norm(d.tokens[i]);
        if (w == "he" || w == "him" || w == "his" || w == "himself") ++he[k];
        if (w == "she" || w == "her" || w == "hers" || w == "herself") ++she[k];
      }
    }
  }
  for (size_t k = 0; k < clusters->size(); ++k) {
    Cluster& cl = (*clusters)[k];
    if (cl.gender != 'u') continue;
    if (he[k] >= 2 * she[k] + 1) cl.gender = 'm';
    else if (she[k] >= 2 * he[k] + 1) cl.gender = 'f';
  }
}

}  // namespace claimsift::entities
