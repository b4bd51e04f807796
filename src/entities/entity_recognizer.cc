// Entity recognition driver: runs the passes of entity_internal.h in order and turns their
// chunks into Doc::people, places, organizations, works and named events, each list ordered by
// first mention. See include/claimsift/entities.h.
// Tested by tests/entities_test.cc.
#include "claimsift/entities.h"

#include <algorithm>
#include <string>

#include "entities/entity_internal.h"
#include "entities/post_word_ids.h"

namespace claimsift {

using entities::Chunk;
using entities::Cluster;
using entities::EType;

struct EntityRecognizer::Impl {
  explicit Impl(const LexiconSet& set) : lx(set) {}
  entities::EntityLexicons lx;
};

EntityRecognizer::EntityRecognizer(const LexiconSet& lexicons)
    : impl_(std::make_unique<Impl>(lexicons)) {}
EntityRecognizer::~EntityRecognizer() = default;

namespace {

// Key of a mention for grouping places, organisations and works: its normalised text without
// a leading "the", appended to *out.
void append_group_key(const Doc& d, const Chunk& c, std::string* out) {
  const size_t start = out->size();
  for (uint32_t i = c.tb; i < c.te; ++i) {
    if (i > c.tb && d.tokens[i].has(kSpaceBefore)) out->push_back(' ');
    out->append(d.norm(d.tokens[i]));
  }
  if (std::string_view(*out).substr(start).starts_with("the ")) out->erase(start, 4);
}

// Chunks that repeat a work's title without its cue become mentions of it.
void retype_repeated_titles(const Doc& d, std::vector<Chunk>* chunks) {
  std::vector<std::string> titles;
  for (const Chunk& c : *chunks) {
    if (c.type != EType::kWork) continue;
    titles.emplace_back();
    append_group_key(d, c, &titles.back());
  }
  if (titles.empty()) return;
  std::sort(titles.begin(), titles.end());
  std::string key;
  for (Chunk& c : *chunks) {
    if (c.type == EType::kWork || c.epithet || c.type == EType::kEvent) continue;
    key.clear();
    append_group_key(d, c, &key);
    if (!std::binary_search(titles.begin(), titles.end(), key)) continue;
    c.type = EType::kWork;
    c.cluster = -1;
    c.alias = false;
    // "The Salt Orchard": the article belongs to the title when the cued title had it.
    if (c.tb > 0 && d.surface(d.tokens[c.tb - 1]) == "The") {
      c.tb -= 1;
      c.span.begin = d.tokens[c.tb].begin;
    }
  }
}

// The chunks of `type` in text order, grouped by key into `out` (one entry per key, in order of
// first mention; make(chunk) builds it), each with the spans of its mentions. The keys go back
// to back into one buffer and are grouped by sorting, not hashed one string at a time.
template <typename T, typename Make>
void group_into(const Doc& d, const std::vector<Chunk>& chunks, EType type, std::vector<T>* out,
                Make make) {
  std::vector<const Chunk*> list;
  for (const Chunk& c : chunks) {
    if (c.type == type) list.push_back(&c);
  }
  if (list.empty()) return;
  std::stable_sort(list.begin(), list.end(),
                   [](const Chunk* a, const Chunk* b) { return a->span.begin < b->span.begin; });
  std::string keys;
  std::vector<uint32_t> key_end(list.size());
  for (size_t i = 0; i < list.size(); ++i) {
    append_group_key(d, *list[i], &keys);
    key_end[i] = static_cast<uint32_t>(keys.size());
  }
  auto key = [&](size_t i) {
    const uint32_t b = i == 0 ? 0 : key_end[i - 1];
    return std::string_view(keys).substr(b, key_end[i] - b);
  };
  // first[i]: the first mention with the same key as mention i.
  std::vector<uint32_t> by_key(list.size()), first(list.size());
  for (uint32_t i = 0; i < list.size(); ++i) by_key[i] = i;
  std::stable_sort(by_key.begin(), by_key.end(), [&](uint32_t a, uint32_t b) { return key(a) < key(b); });
  for (size_t j = 0; j < by_key.size(); ++j) {
    const bool same = j > 0 && key(by_key[j]) == key(by_key[j - 1]);
    first[by_key[j]] = same ? first[by_key[j - 1]] : by_key[j];
  }
  std::vector<uint32_t> entry(list.size());  // output index of each first mention
  for (uint32_t i = 0; i < list.size(); ++i) {
    if (first[i] == i) {
      entry[i] = static_cast<uint32_t>(out->size());
      out->push_back(make(*list[i]));
    }
    (*out)[entry[first[i]]].mentions.push_back(list[i]->span);
  }
}

}  // namespace

void EntityRecognizer::run(Doc* doc) const {
  const Doc& d = *doc;
  const auto& lx = impl_->lx;
  doc->people.clear();
  doc->places.clear();
  doc->organizations.clear();
  doc->works.clear();
  if (d.tokens.empty() || d.sentences.empty()) return;
  std::string scratch;
  const std::vector<int32_t> sent_of = entities::sentence_of_tokens(d);
  std::vector<uint8_t> taken(d.tokens.size(), 0);
  std::vector<Chunk> chunks;
  entities::find_works(d, lx, sent_of, &taken, &chunks, &scratch);
  entities::find_name_chunks(d, lx, sent_of, &taken, &chunks, &scratch);
  retype_repeated_titles(d, &chunks);
  std::vector<Cluster> clusters;
  entities::NameWords names(d);
  entities::cluster_people(d, lx, &names, &chunks, &clusters);
  entities::resolve_undecided(d, lx, &names, &chunks, &clusters);
  entities::reclaim_people_from_places(d, lx, &names, &chunks, &clusters);
  entities::infer_gender_from_pronouns(d, chunks, &clusters);
  entities::find_epithets_and_ages(d, lx, sent_of, &taken, &chunks, &clusters);
  entities::attach_aliases(d, &names, &chunks, &clusters);
  entities::resolve_undecided(d, lx, &names, &chunks, &clusters);
  entities::finalize_undecided(d, &names, &chunks, &clusters);
  entities::decide_places_and_orgs(d, lx, sent_of, &chunks);

  // People, ordered by first mention.
  std::vector<std::pair<uint32_t, uint32_t>> order;  // (first mention's begin, cluster)
  for (uint32_t k = 0; k < clusters.size(); ++k) {
    if (clusters[k].chunks.empty()) continue;
    uint32_t b = UINT32_MAX;
    for (uint32_t m : clusters[k].chunks) b = std::min(b, chunks[m].span.begin);
    order.emplace_back(b, k);
  }
  std::stable_sort(order.begin(), order.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& entry : order) {
    const uint32_t k = entry.second;
    Cluster& cl = clusters[k];
    Person p;
    // Canonical: the fullest name (most words, then most bytes); aliases only when nothing else.
    const Chunk* best = nullptr;
    int best_rank = -1;
    for (uint32_t m : cl.chunks) {
      const Chunk& c = chunks[m];
      p.mentions.push_back(c.span);
      if (c.epithet) continue;
      int words = 0;
      for (uint32_t t = c.tb; t < c.te; ++t) words += entities::is_word(d, t) ? 1 : 0;
      const int rank = (c.alias ? 0 : 1000000) + words * 10000 + static_cast<int>(c.span.size());
      if (rank > best_rank) {
        best_rank = rank;
        best = &c;
      }
    }
    if (best == nullptr) continue;  // only epithets: not a named person
    p.name = std::string(d.slice(best->span));
    std::sort(p.mentions.begin(), p.mentions.end(),
              [](ByteSpan a, ByteSpan b) { return a.begin < b.begin; });
    p.mentions.erase(std::unique(p.mentions.begin(), p.mentions.end()), p.mentions.end());
    std::sort(cl.ages.begin(), cl.ages.end(),
              [](const Age& a, const Age& b) { return a.span.begin < b.span.begin; });
    p.ages = std::move(cl.ages);
    std::sort(cl.descriptors.begin(), cl.descriptors.end(),
              [](ByteSpan a, ByteSpan b) { return a.begin < b.begin; });
    p.descriptors = std::move(cl.descriptors);
    doc->people.push_back(std::move(p));
  }
  group_into(d, chunks, EType::kPlace, &doc->places, [&](const Chunk& c) {
    Place p;
    p.name = std::string(d.slice(c.span));
    return p;
  });
  group_into(d, chunks, EType::kOrg, &doc->organizations, [&](const Chunk& c) {
    Organization o;
    o.name = std::string(d.slice(c.span));
    o.kind = static_cast<OrgKind>(c.kind);
    return o;
  });
  group_into(d, chunks, EType::kWork, &doc->works, [&](const Chunk& c) {
    Work w;
    w.title = std::string(d.slice(c.span));
    w.kind = static_cast<WorkKind>(c.kind);
    return w;
  });
  // Named events, appended in text order.
  std::vector<const Chunk*> events;
  for (const Chunk& c : chunks) {
    if (c.type == EType::kEvent) events.push_back(&c);
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const Chunk* a, const Chunk* b) { return a->span.begin < b->span.begin; });
  for (const Chunk* c : events) {
    Event e;
    e.type = "named";
    e.name = std::string(d.slice(c->span));
    e.trigger = c->span;
    e.sentence = c->sentence;
    doc->events.push_back(std::move(e));
  }
}

}  // namespace claimsift
