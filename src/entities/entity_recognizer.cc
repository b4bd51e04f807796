// Entity recognition driver: runs the passes of entity_internal.h in order and turns their
// chunks into Doc::people, places, organizations, works and named events, each list ordered by
// first mention. See include/claimsift/entities.h.
// Tested by tests/entities_test.cc.
#include "claimsift/entities.h"

#include <algorithm>
#include <memory>
#include <string>

#include "claimsift/lexicon.h"
#include "claimsift/phrase_match.h"
#include "claimsift/limits.h"
#include "entities/entity_internal.h"
#include "entities/post_first_equal.h"
#include "entities/post_word_ids.h"
#include "entities/scan_starts.h"

namespace claimsift {

using entities::Chunk;
using entities::Cluster;
using entities::EType;
using entities::FirstEqual;

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
  std::string title_keys;
  std::vector<uint32_t> title_end;
  for (const Chunk& c : *chunks) {
    if (c.type != EType::kWork) continue;
    append_group_key(d, c, &title_keys);
    title_end.push_back(static_cast<uint32_t>(title_keys.size()));
  }
  if (title_end.empty()) return;
  FirstEqual titles(title_end.size());
  for (size_t i = 0; i < title_end.size(); ++i) {
    const uint32_t b = i == 0 ? 0 : title_end[i - 1];
    titles.add(std::string_view(title_keys).substr(b, title_end[i] - b));
  }
  std::string key;
  for (Chunk& c : *chunks) {
    if (c.type == EType::kWork || c.epithet || c.type == EType::kEvent) continue;
    key.clear();
    append_group_key(d, c, &key);
    if (titles.find(key) < 0) continue;
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

// A mention being grouped by group_into: its chunk, its key in the keys buffer and its entry.
struct GroupMention {
  const Chunk* chunk;
  uint32_t key_begin = 0, key_end = 0;  // in `keys`
  uint32_t entry = 0;                   // index in the output list
};

// The buffers one run of the recogniser needs, kept by each thread from document to document
// so that a document does not allocate (and zero) them again.
struct RunScratch {
  std::string phrase;                  // match_longest's key scratch
  std::vector<uint8_t> taken;          // tokens that belong to a mention
  entities::ScanStarts starts;         // the tokens the passes' walks stop at
  std::vector<Chunk> chunks;
  std::vector<Cluster> clusters;
  entities::NameWords names;           // the people passes' name words
  std::vector<std::pair<uint32_t, uint32_t>> order;  // (first mention's begin, cluster)
  std::vector<const Chunk*> events;
  std::vector<GroupMention> group;     // group_into's mentions
  std::string keys;                    // group_into's keys, back to back
  FirstEqual first_keys;               // group_into's first mention of each key
};

// The chunks of `type` in text order, grouped by key into `out` (one entry per key, in order of
// first mention; make(chunk) appends it to `out`), each with the spans of its mentions. The
// keys go back to back into one buffer; FirstEqual finds each key's first mention. `sc`'s group,
// keys and first_keys are its scratch.
template <typename T, typename Make>
void group_into(const Doc& d, const std::vector<Chunk>& chunks, EType type, std::vector<T>* out,
                RunScratch* sc, Make make) {
  std::vector<GroupMention>* mentions = &sc->group;
  std::string* keys = &sc->keys;
  std::vector<GroupMention>& list = *mentions;
  list.clear();
  for (const Chunk& c : chunks) {
    if (c.type == type) list.push_back(GroupMention{&c});
  }
  if (list.empty()) return;
  auto by_begin = [](const GroupMention& a, const GroupMention& b) {
    return a.chunk->span.begin < b.chunk->span.begin;
  };
  if (!std::is_sorted(list.begin(), list.end(), by_begin)) std::stable_sort(list.begin(), list.end(), by_begin);
  keys->clear();
  for (GroupMention& m : list) {
    m.key_begin = static_cast<uint32_t>(keys->size());
    append_group_key(d, *m.chunk, keys);
    m.key_end = static_cast<uint32_t>(keys->size());
  }
  FirstEqual& first = sc->first_keys;
  first.reset(list.size());
  out->reserve(out->size() + list.size());
  for (uint32_t i = 0; i < list.size(); ++i) {
    GroupMention& m = list[i];
    const uint32_t f = first.add(std::string_view(*keys).substr(m.key_begin, m.key_end - m.key_begin));
    if (f == i) {
      m.entry = static_cast<uint32_t>(out->size());
      make(*m.chunk);
    } else {
      m.entry = list[f].entry;
    }
    (*out)[m.entry].mentions.push_back(m.chunk->span);
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
  // Kept by the thread (freed after a large document, limits.h kKeepScratchTokens).
  thread_local std::unique_ptr<RunScratch> buffers;
  if (!buffers) buffers = std::make_unique<RunScratch>();
  RunScratch& sc = *buffers;
  std::string& scratch = sc.phrase;
  std::vector<uint8_t>& taken = sc.taken;
  taken.assign(d.tokens.size(), 0);
  std::vector<Chunk>& chunks = sc.chunks;
  chunks.clear();
  entities::ScanStarts& starts = sc.starts;
  starts.build(d, lx);
  entities::find_works(d, lx, starts, &taken, &chunks, &scratch);
  entities::find_name_chunks(d, lx, starts, &taken, &chunks, &scratch);
  retype_repeated_titles(d, &chunks);
  const bool short_org_names = entities::retype_short_org_names(d, lx, &chunks);
  std::vector<Cluster>& clusters = sc.clusters;
  clusters.clear();
  entities::NameWords& names = sc.names;
  names.reset(d);
  entities::cluster_people(d, lx, &names, &chunks, &clusters);
  entities::resolve_undecided(d, lx, &names, &chunks, &clusters);
  entities::reclaim_people_from_places(d, lx, &names, &chunks, &clusters);
  entities::infer_gender_from_pronouns(d, chunks, &clusters);
  entities::find_epithets_and_ages(d, lx, starts, &taken, &chunks, &clusters);
  entities::attach_aliases(d, &names, &chunks, &clusters);
  entities::resolve_undecided(d, lx, &names, &chunks, &clusters);
  entities::finalize_undecided(d, &names, &chunks, &clusters);
  entities::decide_places_and_orgs(d, lx, starts, &chunks);

  // People, ordered by first mention.
  std::vector<std::pair<uint32_t, uint32_t>>& order = sc.order;  // (first mention's begin, cluster)
  order.clear();
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
    Person p = doc->spares.people.take();
    p.mentions.reserve(cl.chunks.size());
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
  // Each record is made from a spare of the Doc's (spare_records.h).
  group_into(d, chunks, EType::kPlace, &doc->places, &sc, [&](const Chunk& c) {
    Place& p = doc->spares.places.append_to(&doc->places);
    p.name = std::string(d.slice(c.span));
  });
  group_into(d, chunks, EType::kOrg, &doc->organizations, &sc, [&](const Chunk& c) {
    Organization& o = doc->spares.organizations.append_to(&doc->organizations);
    o.name = std::string(d.slice(c.span));
    o.kind = static_cast<OrgKind>(c.kind);
  });
  if (short_org_names) entities::merge_short_org_names(&doc->organizations);
  group_into(d, chunks, EType::kWork, &doc->works, &sc, [&](const Chunk& c) {
    Work& w = doc->spares.works.append_to(&doc->works);
    w.title = std::string(d.slice(c.span));
    w.kind = static_cast<WorkKind>(c.kind);
  });
  // Named events, appended in text order.
  std::vector<const Chunk*>& events = sc.events;
  events.clear();
  for (const Chunk& c : chunks) {
    if (c.type == EType::kEvent) events.push_back(&c);
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const Chunk* a, const Chunk* b) { return a->span.begin < b->span.begin; });
  for (const Chunk* c : events) {
    Event& e = doc->spares.events.append_to(&doc->events);
    // Its kind from its head word (the BRIT Awards: award_show; Glastonbury Festival: festival);
    // "named" for a listed name without one (Coachella).
    const int head = find_token_entry(d, c->te - 1, *lx.event_heads);
    e.type.assign(head >= 0 ? lx.event_heads->field(head, 0) : std::string_view("named"));
    e.name = std::string(d.slice(c->span));
    e.trigger = c->span;
    e.sentence = c->sentence;
  }
  if (d.tokens.size() > kKeepScratchTokens) buffers.reset();
}

}  // namespace claimsift
