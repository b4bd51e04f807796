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
#include <optional>
#include <span>
#include <string>

#include "claimsift/limits.h"
#include "entities/entity_internal.h"
#include "entities/post_word_ids.h"

namespace claimsift::entities {

namespace {

// The first name word's token, or UINT32_MAX when the chunk has none.
uint32_t first_name_word(const Doc& d, const Chunk& c) {
  bool quoted = false;
  for (uint32_t k = c.tb; k < c.te; ++k) {
    if (!is_word(d, k)) {
      if (is_quote(d, k)) quoted = !quoted;
      continue;
    }
    if (!quoted) return k;
  }
  return UINT32_MAX;
}

bool is_contiguous_edge(std::span<const uint32_t> small, std::span<const uint32_t> big) {
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

// Name word id -> the clusters that have it, in the order they got it (at most 64 each): lists
// linked through one node array, so a word costs no allocation of its own.
class ClustersByWord {
 public:
  // Starts over, empty, for word ids below `words` (the storage is kept).
  void reset(uint32_t words) {
    head_.assign(words, -1);
    tail_.assign(words, -1);
    count_.assign(words, 0);
    nodes_.clear();
  }
  // Appends cluster k to word w's list unless it is already its last entry or the list is full.
  void add(uint32_t w, int32_t k) {
    if (count_[w] >= 64 || (tail_[w] >= 0 && nodes_[tail_[w]].cluster == k)) return;
    const int32_t n = static_cast<int32_t>(nodes_.size());
    nodes_.push_back(Node{k, -1});
    if (tail_[w] >= 0) nodes_[tail_[w]].next = n;
    else head_[w] = n;
    tail_[w] = n;
    ++count_[w];
  }
  // Calls f(k) for each cluster of word w in order until f returns true; whether one did.
  template <typename F>
  bool any_of(uint32_t w, F f) const {
    for (int32_t n = head_[w]; n >= 0; n = nodes_[n].next) {
      if (f(nodes_[n].cluster)) return true;
    }
    return false;
  }

 private:
  struct Node {
    int32_t cluster;
    int32_t next;
  };
  std::vector<int32_t> head_, tail_;
  std::vector<uint8_t> count_;
  std::vector<Node> nodes_;
};

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

// The buffers of cluster_people, kept by each thread from document to document so that a
// document does not allocate them again.
struct ClusterScratch {
  std::vector<uint32_t> full_words, full_at;
  std::vector<std::pair<uint32_t, uint32_t>> order;
  ClustersByWord by_word;
};

}  // namespace

void cluster_people(const Doc& d, const EntityLexicons& lx, NameWords* names,
                    std::vector<Chunk>* chunks, std::vector<Cluster>* clusters) {
  // Kept by the thread, except for a large document (limits.h kKeepScratchTokens), whose
  // buffers are its own and freed on return.
  thread_local ClusterScratch kept;
  ClusterScratch own;
  ClusterScratch& sc = d.tokens.size() > kKeepScratchTokens ? own : kept;
  // Name words of each cluster's full name: full_words[full_at[k], full_at[k + 1]).
  std::vector<uint32_t>& full_words = sc.full_words;
  std::vector<uint32_t>& full_at = sc.full_at;
  full_words.clear();
  full_at.assign(1, 0);
  // Aliases wait for epithets (the person they name may be "the Afrobeats star").
  for (Chunk& c : *chunks) {
    if ((c.type == EType::kPerson || c.type == EType::kUndecided) && !c.epithet &&
        alias_cue(d, c, static_cast<int32_t>(d.sentences[c.sentence].token_begin))) {
      c.alias = true;
      c.type = EType::kPerson;
    }
  }
  // Longest names first (by name word count; the sort is stable).
  std::vector<std::pair<uint32_t, uint32_t>>& order = sc.order;  // (word count, chunk)
  order.clear();
  for (uint32_t i = 0; i < chunks->size(); ++i) {
    const Chunk& c = (*chunks)[i];
    if (c.type == EType::kPerson && !c.alias && !c.epithet) {
      order.emplace_back(static_cast<uint32_t>(names->words(*chunks, i).size()), i);
    }
  }
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  ClustersByWord& by_word = sc.by_word;
  by_word.reset(names->ids().size());  // every word of these chunks has its id now
  for (const auto& entry : order) {
    const uint32_t ci = entry.second;
    Chunk& c = (*chunks)[ci];
    const std::span<const uint32_t> words = names->words(*chunks, ci);
    int32_t best = -1;
    auto full = [&](int32_t k) {
      return std::span<const uint32_t>(full_words.data() + full_at[k], full_at[k + 1] - full_at[k]);
    };
    if (words.size() >= 2) {
      // Candidates share the first or the last word.
      for (uint32_t key : {words.front(), words.back()}) {
        const bool found = by_word.any_of(key, [&](int32_t k) {
          if (!is_contiguous_edge(words, full(k))) return false;
          best = k;
          return true;
        });
        if (found) break;
      }
    }
    if (best < 0 && words.size() == 1) {
      // A single word: the earliest-introduced person that has it among their name words.
      uint32_t best_first = UINT32_MAX;
      by_word.any_of(words[0], [&](int32_t k) {
        if ((*clusters)[k].first_token < best_first) {
          best_first = (*clusters)[k].first_token;
          best = k;
        }
        return false;
      });
      if (best < 0 && !c.strong) {
        c.type = EType::kUndecided;  // resolved later, or dropped
        continue;
      }
    }
    if (best < 0) {
      Cluster cl;
      cl.first_token = c.tb;
      const uint32_t first = first_name_word(d, c);
      const int g = first == UINT32_MAX ? -1 : find_token_entry(d, first, *lx.first_names);
      cl.gender = g >= 0 ? lx.first_names->field(g, 0)[0] : 'u';
      clusters->push_back(std::move(cl));
      full_words.insert(full_words.end(), words.begin(), words.end());
      full_at.push_back(static_cast<uint32_t>(full_words.size()));
      best = static_cast<int32_t>(clusters->size() - 1);
      for (uint32_t w : words) by_word.add(w, best);
    }
    for (uint32_t w : names->nicknames(*chunks, ci)) by_word.add(w, best);
    c.cluster = best;
    Cluster& cl = (*clusters)[best];
    cl.chunks.push_back(ci);
    cl.first_token = std::min(cl.first_token, c.tb);
  }
}

void resolve_undecided(const Doc& d, const EntityLexicons& lx, NameWords* names,
                       std::vector<Chunk>* chunks, std::vector<Cluster>* clusters) {
  (void)d;
  (void)lx;
  // Every name word (and nickname) of every person, mapped to the earliest-introduced person
  // that has it (the first such cluster on a tie).
  std::vector<int32_t> owner;
  auto own = [&](uint32_t w, int32_t k) {
    if (w >= owner.size()) owner.resize(names->ids().size(), -1);
    if (owner[w] < 0 || (*clusters)[k].first_token < (*clusters)[owner[w]].first_token) owner[w] = k;
  };
  for (size_t k = 0; k < clusters->size(); ++k) {
    for (uint32_t m : (*clusters)[k].chunks) {
      if ((*chunks)[m].epithet) continue;
      for (uint32_t w : names->words(*chunks, m)) own(w, static_cast<int32_t>(k));
      for (uint32_t w : names->nicknames(*chunks, m)) own(w, static_cast<int32_t>(k));
    }
  }
  if (owner.empty()) return;
  for (uint32_t ci = 0; ci < chunks->size(); ++ci) {
    Chunk& c = (*chunks)[ci];
    if (c.type != EType::kUndecided) continue;
    const std::span<const uint32_t> words = names->words(*chunks, ci);
    if (words.size() != 1 || words[0] >= owner.size() || owner[words[0]] < 0) continue;
    const int32_t best = owner[words[0]];
    c.type = EType::kPerson;
    c.cluster = best;
    (*clusters)[best].chunks.push_back(ci);
    (*clusters)[best].first_token = std::min((*clusters)[best].first_token, c.tb);
  }
}

namespace {

// The cluster of the chunk with the greatest first token before `before` (and at or after
// `floor`) that `fits`, the earliest such chunk on a tie; -1 when none. `by_start` is every
// chunk that may fit as (first token, index), sorted: the walk goes back from `before` and stops at the
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

void attach_aliases(const Doc& d, NameWords* names, std::vector<Chunk>* chunks,
                    std::vector<Cluster>* clusters) {
  size_t aliases = 0;
  std::vector<std::pair<uint32_t, uint32_t>> by_start;  // (first token, chunk), built on demand
  bool by_start_built = false;
  for (uint32_t ci = 0; ci < chunks->size(); ++ci) {
    Chunk& c = (*chunks)[ci];
    if (!c.alias || c.cluster >= 0) continue;
    if (++aliases > 256) {  // bounded work on hostile input: later aliases stay names of their own
      c.alias = false;
      c.type = EType::kUndecided;
      continue;
    }
    if (!by_start_built) {
      by_start_built = true;
      // Only people can be the person an alias names (no other chunk becomes one here).
      for (uint32_t k = 0; k < chunks->size(); ++k) {
        if ((*chunks)[k].type == EType::kPerson) by_start.emplace_back((*chunks)[k].tb, k);
      }
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
  // Each cluster's first name (its first chunk that is no epithet): word count and first word,
  // a quick necessary test. Merging below only empties clusters or appends to one, so a
  // cluster's first name stays its first name.
  struct FirstName {
    bool known = false;
    uint32_t words = 0;
    uint32_t first_word = 0;
  };
  std::vector<FirstName> first_names;
  std::vector<uint32_t> aw;
  size_t alias_checks = 0;
  for (uint32_t ai = 0; ai < chunks->size(); ++ai) {
    const Chunk& a = (*chunks)[ai];
    if (!a.alias || a.cluster < 0) continue;
    if (++alias_checks > 64 || clusters->size() > 4096) break;  // bounded work on huge inputs
    if (first_names.empty()) {
      first_names.resize(clusters->size());
      for (size_t k = 0; k < clusters->size(); ++k) {
        for (uint32_t m : (*clusters)[k].chunks) {
          if ((*chunks)[m].epithet) continue;
          const std::span<const uint32_t> w = names->words(*chunks, m);
          first_names[k] = FirstName{true, static_cast<uint32_t>(w.size()), w.empty() ? 0 : w[0]};
          break;
        }
      }
    }
    const std::span<const uint32_t> alias_words = names->words(*chunks, ai);
    aw.assign(alias_words.begin(), alias_words.end());  // kept: the next look-ups may move it
    for (size_t k = 0; k < clusters->size(); ++k) {
      if (static_cast<int32_t>(k) == a.cluster || (*clusters)[k].chunks.empty()) continue;
      const FirstName& fn = first_names[k];
      if (fn.known && (fn.words != aw.size() || (!aw.empty() && fn.first_word != aw[0]))) continue;
      bool all_same = true;
      for (uint32_t m : (*clusters)[k].chunks) {
        const Chunk& o = (*chunks)[m];
        if (o.epithet) continue;
        const std::span<const uint32_t> ow = names->words(*chunks, m);
        if (!std::equal(ow.begin(), ow.end(), aw.begin(), aw.end())) {
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

namespace {

// Name word -> the first cluster that has it, and the (word, cluster) pairs, of every person's
// name words (nicknames left out): who a word of a headline names, and whether the next word
// is the same person's.
class PeopleWords {
 public:
  PeopleWords(NameWords* names, const std::vector<Chunk>& chunks,
              const std::vector<Cluster>& clusters) {
    for (size_t k = 0; k < clusters.size(); ++k) {
      for (uint32_t m : clusters[k].chunks) {
        if (chunks[m].epithet) continue;
        for (uint32_t x : names->words(chunks, m)) {
          if (x >= first_owner_.size()) first_owner_.resize(names->ids().size(), -1);
          if (first_owner_[x] < 0) first_owner_[x] = static_cast<int32_t>(k);
          pairs_.push_back(pair(x, static_cast<int32_t>(k)));
        }
      }
    }
    std::sort(pairs_.begin(), pairs_.end());
  }
  int32_t first_owner(uint32_t w) const { return w < first_owner_.size() ? first_owner_[w] : -1; }
  bool has(uint32_t w, int32_t k) const {
    return std::binary_search(pairs_.begin(), pairs_.end(), pair(w, k));
  }

 private:
  static uint64_t pair(uint32_t w, int32_t k) { return (uint64_t{w} << 32) | static_cast<uint32_t>(k); }
  std::vector<int32_t> first_owner_;
  std::vector<uint64_t> pairs_;
};

}  // namespace

void finalize_undecided(const Doc& d, NameWords* names, std::vector<Chunk>* chunks,
                        std::vector<Cluster>* clusters) {
  // The people's words are needed only for headlines (long undecided runs); taken before any
  // headline adds mentions.
  bool headlines = false;
  for (const Chunk& c : *chunks) {
    headlines |= c.type == EType::kUndecided && !c.locative && c.long_run;
  }
  std::optional<PeopleWords> people;
  if (headlines) people.emplace(names, *chunks, *clusters);
  WordIds& ids = names->ids();
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
      const int32_t who = is_word(d, i) ? people->first_owner(ids.of(i)) : -1;
      if (who < 0) {
        ++i;
        continue;
      }
      uint32_t e = i + 1;
      while (e < run_end && is_word(d, e) && people->has(ids.of(e), who)) ++e;
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

void reclaim_people_from_places(const Doc& d, const EntityLexicons& lx, NameWords* names,
                                std::vector<Chunk>* chunks, std::vector<Cluster>* clusters) {
  // One-word places that could be a person's name word (cities, and words no list places).
  std::vector<uint32_t> candidates;
  for (uint32_t ci = 0; ci < chunks->size(); ++ci) {
    const Chunk& c = (*chunks)[ci];
    if (c.type != EType::kPlace || c.te != c.tb + 1 || !is_word(d, c.tb)) continue;
    if (const int g = find_token_entry(d, c.tb, *lx.gazetteer);
        g >= 0 && lx.gazetteer->field(g, 0) != "city") {
      continue;
    }
    if (find_token_entry(d, c.tb, *lx.regions) >= 0) continue;
    candidates.push_back(ci);
  }
  if (candidates.empty()) return;
  // Words of people's multi-word names -> the first person that has them.
  std::vector<int32_t> owner;
  for (size_t k = 0; k < clusters->size(); ++k) {
    for (uint32_t m : (*clusters)[k].chunks) {
      const Chunk& o = (*chunks)[m];
      if (o.epithet || o.te - o.tb < 2) continue;
      for (uint32_t x : names->words(*chunks, m)) {
        if (x >= owner.size()) owner.resize(names->ids().size(), -1);
        if (owner[x] < 0) owner[x] = static_cast<int32_t>(k);
      }
    }
  }
  for (uint32_t ci : candidates) {
    Chunk& c = (*chunks)[ci];
    const uint32_t word = names->ids().of(c.tb);
    if (word >= owner.size() || owner[word] < 0) continue;
    c.type = EType::kPerson;
    c.cluster = owner[word];
    (*clusters)[c.cluster].chunks.push_back(ci);
  }
}

namespace {

// 'm' for he/him/his/himself, 'f' for she/her/hers/herself, else 0.
char pronoun_gender(std::string_view w) {
  if (w.size() < 2 || w.size() > 7 || (w[0] != 'h' && w[0] != 's')) return 0;
  if (w == "he" || w == "him" || w == "his" || w == "himself") return 'm';
  if (w == "she" || w == "her" || w == "hers" || w == "herself") return 'f';
  return 0;
}

}  // namespace

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
    // Only people whose first name says nothing take a gender from pronouns.
    if (k < 0 || (*clusters)[k].gender != 'u') continue;
    // The sentence itself and the next one when it names nobody.
    size_t last = s + 1 < d.sentences.size() && only[s + 1] == -1 ? s + 1 : s;
    for (size_t t = s; t <= last; ++t) {
      for (uint32_t i = d.sentences[t].token_begin; i < d.sentences[t].token_end; ++i) {
        const char g = pronoun_gender(d.norm(d.tokens[i]));
        if (g == 'm') ++he[k];
        if (g == 'f') ++she[k];
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
