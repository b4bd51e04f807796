// Entity recognition driver: runs the passes of entity_internal.h in order and turns their
// chunks into Doc::people, places, organizations, works and named events, each list ordered by
// first mention. See include/claimsift/entities.h.
// Tested by tests/entities_test.cc.
#include "claimsift/entities.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "entities/entity_internal.h"

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
// a leading "the".
std::string group_key(const Doc& d, const Chunk& c) {
  std::string key;
  entities::chunk_key(d, c, &key);
  if (key.starts_with("the ")) key.erase(0, 4);
  return key;
}

// Chunks that repeat a work's title without its cue become mentions of it.
void retype_repeated_titles(const Doc& d, std::vector<Chunk>* chunks) {
  std::unordered_set<std::string> titles;
  for (const Chunk& c : *chunks) {
    if (c.type == EType::kWork) titles.insert(group_key(d, c));
  }
  if (titles.empty()) return;
  for (Chunk& c : *chunks) {
    if (c.type == EType::kWork || c.epithet || c.type == EType::kEvent) continue;
    const std::string key = group_key(d, c);
    for (const std::string& t : {key}) {
      if (!titles.count(t)) continue;
      c.type = EType::kWork;
      c.cluster = -1;
      c.alias = false;
      // "The Salt Orchard": the article belongs to the title when the cued title had it.
      if (c.tb > 0 && d.surface(d.tokens[c.tb - 1]) == "The") {
        c.tb -= 1;
        c.span.begin = d.tokens[c.tb].begin;
      }
      break;
    }
  }
}

template <typename T, typename Make>
void group_into(const Doc& d, const std::vector<Chunk>& chunks, EType type, std::vector<T>* out,
                Make make) {
  std::vector<const Chunk*> list;
  for (const Chunk& c : chunks) {
    if (c.type == type) list.push_back(&c);
  }
  std::stable_sort(list.begin(), list.end(),
                   [](const Chunk* a, const Chunk* b) { return a->span.begin < b->span.begin; });
  std::unordered_map<std::string, size_t> index;
  for (const Chunk* c : list) {
    auto [it, inserted] = index.emplace(group_key(d, *c), out->size());
    if (inserted) out->push_back(make(*c));
    (*out)[it->second].mentions.push_back(c->span);
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
  entities::cluster_people(d, lx, &chunks, &clusters);
  entities::resolve_undecided(d, lx, &chunks, &clusters);
  entities::reclaim_people_from_places(d, lx, &chunks, &clusters);
  entities::infer_gender_from_pronouns(d, chunks, &clusters);
  entities::find_epithets_and_ages(d, lx, sent_of, &taken, &chunks, &clusters);
  entities::attach_aliases(d, &chunks, &clusters);
  entities::resolve_undecided(d, lx, &chunks, &clusters);
  entities::finalize_undecided(d, &chunks, &clusters);
  entities::decide_places_and_orgs(d, lx, sent_of, &chunks);

  // People, ordered by first mention.
  std::vector<uint32_t> order;
  for (uint32_t k = 0; k < clusters.size(); ++k) {
    if (!clusters[k].chunks.empty()) order.push_back(k);
  }
  auto first_begin = [&](uint32_t k) {
    uint32_t b = UINT32_MAX;
    for (uint32_t m : clusters[k].chunks) b = std::min(b, chunks[m].span.begin);
    return b;
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return first_begin(a) < first_begin(b); });
  for (uint32_t k : order) {
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
