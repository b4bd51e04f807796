// Epithets, descriptors and ages.
//
// An epithet is a definite description that stands for one named person: "the Top Gun actor",
// "the Dutch DJ", "the 27-year-old", "a friend of the DJ". Its span starts after "the" and
// ends with the role noun. It goes to the person who fits best among those already mentioned:
// one whose descriptors use the same role noun ("singer Kessia" ... "the singer"), one whose
// gender fits the noun (actress, actor), one whose age fits ("the 27-year-old"), else the
// most recently mentioned. A role phrase right before a name is that person's descriptor, not
// a mention ("Mission: Impossible star Tom Cruise", "chef Rafferty Osei-Mensah").
// Ages come from apposition ("Cruise, 62,"), "turning 37" and "the 41-year-old".
// Tested by tests/entities_test.cc (EpithetCases, AgeCases).
#include <algorithm>
#include <climits>
#include <utility>

#include "entities/entity_internal.h"

namespace claimsift::entities {

namespace {

bool is_modifier(const Doc& d, const EntityLexicons& lx, uint32_t k,
                 const std::vector<uint8_t>& work_or_place) {
  if (work_or_place[k]) return true;
  const Token& t = d.tokens[k];
  if (t.kind == TokenKind::kWord) {
    if (is_cap(d, k)) return !in(lx.not_names, d, k) && !in(lx.honorifics, d, k);
    if (year_old_value(d, k) > 0) return true;
    if (t.has(kHasHyphen)) return true;  // Grammy-winning, Dublin-born
    return in(lx.modifier_words, d, k) || in(lx.demonyms, d, k);
  }
  return false;
}

// First token of the modifiers before role noun `r` (== r when there are none).
uint32_t modifiers_begin(const Doc& d, const EntityLexicons& lx, uint32_t r, uint32_t sb,
                         const std::vector<uint8_t>& work_or_place) {
  uint32_t m = r;
  while (m > sb && r - m < 6) {
    if (is_modifier(d, lx, m - 1, work_or_place)) {
      --m;
    } else if ((norm_is(d, m - 1, ":") || is_dash(d, m - 1)) && m - 1 > sb &&
               work_or_place[m - 2]) {
      --m;
    } else {
      break;
    }
  }
  while (m < r && !is_word(d, m)) ++m;
  return m;
}

void add_age(Cluster* cl, int value, ByteSpan span) {
  for (const Age& a : cl->ages) {
    if (a.span == span) return;
  }
  cl->ages.push_back(Age{value, span});
}

// Person mentions in text order: (first token, cluster).
using Mentions = std::vector<std::pair<uint32_t, int32_t>>;

// The cluster an epithet stands for, or -1. Candidates are the people of the last kWindow
// person mentions before `before` (an epithet points back to someone recent); among them the
// best score wins, the most recently mentioned on a tie.
int32_t pick(const Mentions& mentions, const std::vector<Cluster>& clusters, uint32_t before,
             std::string_view role, char gender, int age) {
  constexpr size_t kWindow = 48;
  const auto end = std::lower_bound(mentions.begin(), mentions.end(),
                                    std::make_pair(before, INT32_MIN));
  const size_t first = static_cast<size_t>(end - mentions.begin()) > kWindow
                           ? static_cast<size_t>(end - mentions.begin()) - kWindow
                           : 0;
  int32_t best = -1;
  int best_score = -1000;
  uint32_t best_last = 0;
  for (auto it = mentions.begin() + first; it != end; ++it) {
    const int32_t k = it->second;
    const Cluster& cl = clusters[k];
    uint32_t last = it->first;  // later entries of the same cluster raise it
    int score = 0;
    if (!role.empty() &&
        std::find(cl.role_nouns.begin(), cl.role_nouns.end(), role) != cl.role_nouns.end()) {
      score += 8;
    }
    if (gender != '-' && gender != 0 && cl.gender != 'u') {
      if (cl.gender == gender) score += 4;
      else continue;
    }
    if (age > 0) {
      bool fits = false, known = false;
      for (const Age& a : cl.ages) {
        known = true;
        if (a.value == age) fits = true;
      }
      if (fits) score += 8;
      else if (known) score -= 4;
    }
    if (score > best_score || (score == best_score && last >= best_last)) {
      best_score = score;
      best = k;
      best_last = last;
    }
  }
  return best;
}

void add_ages(const Doc& d, const std::vector<Chunk>& chunk_list, std::vector<Cluster>* clusters) {
  const std::vector<Chunk>* chunks = &chunk_list;
  // Ages: "Cruise, 62," and "the Afrobeats star, 29,"; "turning 37".
  for (const Chunk& c : *chunks) {
    if (c.type != EType::kPerson || c.cluster < 0) continue;
    const uint32_t se = d.sentences[c.sentence].token_end;
    if (c.te + 1 < se && norm_is(d, c.te, ",")) {
      const int v = small_number(d, c.te + 1);
      const bool closed = c.te + 2 >= se || !is_word(d, c.te + 2) || norm_is(d, c.te + 2, "and");
      if (v > 0 && v < 120 && closed) {
        add_age(&(*clusters)[c.cluster], v, ByteSpan{d.tokens[c.te + 1].begin, d.tokens[c.te + 1].end});
      }
    }
  }
  std::vector<std::pair<uint32_t, int32_t>> order;
  for (const Chunk& c : *chunks) {
    if (c.type == EType::kPerson && c.cluster >= 0) order.emplace_back(c.tb, c.cluster);
  }
  std::sort(order.begin(), order.end());
  for (size_t s = 0; s < d.sentences.size(); ++s) {
    const uint32_t sb = d.sentences[s].token_begin, se = d.sentences[s].token_end;
    for (uint32_t i = sb; i + 1 < se; ++i) {
      const std::string_view w = d.norm(d.tokens[i]);
      if (w.size() < 4 || w[0] != 't') continue;
      if (w != "turning" && w != "turned" && w != "turns" && w != "turn") continue;
      const int v = small_number(d, i + 1);
      if (v <= 0 || v >= 120) continue;
      // The last person mention before it in the sentence.
      auto it = std::lower_bound(order.begin(), order.end(), std::make_pair(i, INT32_MIN));
      if (it == order.begin()) continue;
      --it;
      if (it->first < sb) continue;
      add_age(&(*clusters)[it->second], v, ByteSpan{d.tokens[i + 1].begin, d.tokens[i + 1].end});
    }
  }
}

}  // namespace

void find_epithets_and_ages(const Doc& d, const EntityLexicons& lx,
                            const std::vector<int32_t>& sent_of, std::vector<uint8_t>* taken,
                            std::vector<Chunk>* chunks, std::vector<Cluster>* clusters) {
  (void)sent_of;
  std::vector<uint8_t> work_or_place(d.tokens.size(), 0);
  for (const Chunk& c : *chunks) {
    if (c.type == EType::kWork || c.type == EType::kPlace || c.type == EType::kOrg) {
      for (uint32_t k = c.tb; k < c.te; ++k) work_or_place[k] = 1;
    }
  }
  const size_t original = chunks->size();
  add_ages(d, *chunks, clusters);  // known ages guide "the 41-year-old"
  // Person mentions by first token, and in text order.
  std::vector<int32_t> person_at(d.tokens.size(), -1);
  Mentions mentions;
  for (size_t i = 0; i < chunks->size(); ++i) {
    const Chunk& c = (*chunks)[i];
    if (c.type == EType::kPerson && c.cluster >= 0) {
      person_at[c.tb] = static_cast<int32_t>(i);
      mentions.emplace_back(c.tb, c.cluster);
    }
  }
  std::sort(mentions.begin(), mentions.end());
  for (size_t s = 0; s < d.sentences.size(); ++s) {
    const uint32_t sb = d.sentences[s].token_begin, se = d.sentences[s].token_end;
    for (uint32_t r = sb; r < se; ++r) {
      const Token& t = d.tokens[r];
      if ((t.kind != TokenKind::kWord && t.kind != TokenKind::kNumber) || (*taken)[r]) continue;
      const bool year_old = year_old_value(d, r) > 0;
      const int role = find_token_entry(d, r, *lx.role_nouns);
      if (role < 0 && !year_old) continue;
      // "Star" inside a title is no role noun; "Singer Zaviera" at a sentence start is.
      if (role >= 0 && is_cap(d, r) && !t.has(kAllUpper) && r != sb) continue;
      // A year-old followed by a role noun is a modifier of that noun.
      if (year_old && r + 1 < se && find_token_entry(d, r + 1, *lx.role_nouns) >= 0) continue;
      const uint32_t m = modifiers_begin(d, lx, r, sb, work_or_place);
      // Title right before a name: a descriptor of that person.
      if (r + 1 < se) {
        const int32_t pc = person_at[r + 1];
        if (pc >= 0) {
          Cluster& cl = (*clusters)[(*chunks)[pc].cluster];
          cl.descriptors.push_back(d.token_span(m, r + 1));
          if (role >= 0) cl.role_nouns.emplace_back(d.norm(t));
          for (uint32_t k = m; k < r; ++k) {
            if (int age = year_old_value(d, k); age > 0) {
              std::string_view surf = d.surface(d.tokens[k]);
              const uint32_t digits = static_cast<uint32_t>(surf.find('-'));
              add_age(&cl, age, ByteSpan{d.tokens[k].begin, d.tokens[k].begin + digits});
            }
          }
          continue;
        }
        if (is_cap(d, r + 1) || (norm_is(d, r + 1, ",") && r + 2 < se && is_cap(d, r + 2))) {
          continue;  // a title before an unknown name, or an apposition
        }
      }
      if (role >= 0 && lx.role_nouns->field(role, 1) != "epithet") continue;
      // Definite: "the" right before the modifiers.
      if (m == sb || !norm_is(d, m - 1, "the")) continue;
      const char gender = role >= 0 ? lx.role_nouns->field(role, 0)[0] : '-';
      int age = year_old ? year_old_value(d, r) : -1;
      for (uint32_t k = m; k < r && age < 0; ++k) {
        if (year_old_value(d, k) > 0) age = year_old_value(d, k);
      }
      const std::string_view role_norm = role >= 0 ? d.norm(t) : std::string_view();
      const int32_t who = pick(mentions, *clusters, m, role_norm, gender, age);
      if (who < 0) continue;
      Chunk c;
      c.tb = m;
      c.te = r + 1;
      c.span = d.token_span(m, r + 1);
      c.type = EType::kPerson;
      c.sentence = static_cast<int32_t>(s);
      c.epithet = true;
      c.cluster = who;
      (*taken)[r] = 1;
      Cluster& cl = (*clusters)[who];
      cl.chunks.push_back(static_cast<uint32_t>(chunks->size()));
      if (!role_norm.empty()) cl.role_nouns.emplace_back(role_norm);
      cl.descriptors.push_back(c.span);
      for (uint32_t k = m; k <= r; ++k) {
        if (int a = year_old_value(d, k); a > 0) {
          std::string_view surf = d.surface(d.tokens[k]);
          const uint32_t digits = static_cast<uint32_t>(surf.find('-'));
          add_age(&cl, a, ByteSpan{d.tokens[k].begin, d.tokens[k].begin + digits});
        }
      }
      mentions.insert(std::lower_bound(mentions.begin(), mentions.end(), std::make_pair(m, who)),
                      std::make_pair(m, who));
      chunks->push_back(std::move(c));
    }
  }
  (void)original;
  add_ages(d, *chunks, clusters);
}

}  // namespace claimsift::entities
