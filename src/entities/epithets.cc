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

#include "claimsift/limits.h"
#include "entities/entity_internal.h"
#include "entities/scan_starts.h"

namespace claimsift::entities {

namespace {

// A cheap test that token `i` may be a "27-year-old" (its form ends in 'd' and is long enough);
// year_old_value decides.
bool may_be_year_old(const Doc& d, uint32_t i) {
  const Token& t = d.tokens[i];
  return t.norm_size > 9 && d.norm_buffer[t.norm_begin + t.norm_size - 1] == 'd';
}
int year_old_at(const Doc& d, uint32_t i) { return may_be_year_old(d, i) ? year_old_value(d, i) : -1; }

bool is_modifier(const Doc& d, const EntityLexicons& lx, uint32_t k,
                 const std::vector<uint8_t>& work_or_place) {
  if (work_or_place[k]) return true;
  const Token& t = d.tokens[k];
  if (t.kind == TokenKind::kWord) {
    if (is_cap(d, k)) return !in(lx.not_names, d, k) && !in(lx.honorifics, d, k);
    if (year_old_at(d, k) > 0) return true;
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

// The person mentions of the document: the names (sorted once) and the epithets found so far
// (kept apart, so that adding one does not shift every later name).
struct MentionLists {
  Mentions names;
  Mentions epithets;
  void add_epithet(uint32_t tb, int32_t cluster) {
    const auto m = std::make_pair(tb, cluster);
    epithets.insert(std::upper_bound(epithets.begin(), epithets.end(), m), m);  // mostly at the end
  }
  // The last `n` mentions of both lists before token `before`, in text order, into *out.
  void last_before(uint32_t before, size_t n, Mentions* out) const {
    const auto key = std::make_pair(before, INT32_MIN);
    auto a = std::lower_bound(names.begin(), names.end(), key);
    auto b = std::lower_bound(epithets.begin(), epithets.end(), key);
    out->clear();
    while (out->size() < n && (a != names.begin() || b != epithets.begin())) {
      if (b == epithets.begin() || (a != names.begin() && *(a - 1) > *(b - 1))) {
        out->push_back(*--a);
      } else {
        out->push_back(*--b);
      }
    }
    std::reverse(out->begin(), out->end());
  }
  // Both lists as one, sorted.
  Mentions merged() const {
    Mentions all(names.size() + epithets.size());
    std::merge(names.begin(), names.end(), epithets.begin(), epithets.end(), all.begin());
    return all;
  }
};

// The cluster an epithet stands for, or -1. Candidates are the people of the last kWindow
// person mentions before `before` (an epithet points back to someone recent); among them the
// best score wins, the most recently mentioned on a tie. `window` is scratch.
int32_t pick(const MentionLists& mentions, const std::vector<Cluster>& clusters, uint32_t before,
             std::string_view role, char gender, int age, Mentions* window) {
  constexpr size_t kWindow = 48;
  mentions.last_before(before, kWindow, window);
  int32_t best = -1;
  int best_score = -1000;
  uint32_t best_last = 0;
  for (auto it = window->begin(); it != window->end(); ++it) {
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

// "turning 37": the number token after a form of "turn" (turning, turned, turns, turn), found
// once per document; which person it belongs to is decided when the ages are added.
struct TurningAge {
  uint32_t token;           // the number token
  uint32_t sentence_begin;  // first token of its sentence
  int value;
};

bool is_turn_form(std::string_view w) {
  if (w.size() < 4 || w[0] != 't') return false;
  return w == "turning" || w == "turned" || w == "turns" || w == "turn";
}

// Whether the form of "turn" at token `turn` speaks of an age still ahead ("before he turns 30",
// "when she turns 40", "will turn 50"): not the person's age now. Looks at the three tokens
// before it, within the sentence that starts at `sb`.
bool turning_ahead(const Doc& d, uint32_t turn, uint32_t sb) {
  for (uint32_t k = turn; k > sb && turn - k < 3; --k) {
    const std::string_view w = d.norm(d.tokens[k - 1]);
    if (w == "before" || w == "until" || w == "till" || w == "when" || w == "once" ||
        w == "will" || w == "'ll") {
      return true;
    }
  }
  return false;
}

// The bit of `lexicon` on Token::lists when the tokens' bits answer for it, else 0.
uint64_t list_bit(const Doc& d, const Lexicon& lexicon) {
  const int id = lexicon.id();
  if (d.vocabulary == nullptr || !d.vocabulary->covers(lexicon) || id >= 64) return 0;
  return uint64_t{1} << id;
}

// One walk over the sentences' tokens: the epithet heads to try (free role nouns and
// year-olds, in text order, with their sentence) and the "turning 37" ages.
// Every token the tests below let through is one of `starts` (a role noun's bit, a number, a
// year-old: the last two have digits): the others are not visited.
void scan_tokens(const Doc& d, const EntityLexicons& lx, const ScanStarts& starts,
                 const std::vector<uint8_t>& taken,
                 std::vector<std::pair<uint32_t, uint32_t>>* heads, std::vector<TurningAge>* turning) {
  const uint64_t role_bit = list_bit(d, *lx.role_nouns);
  for (uint32_t s = 0; s < d.sentences.size(); ++s) {
    const uint32_t sb = d.sentences[s].token_begin, se = d.sentences[s].token_end;
    for (uint32_t r = starts.next(ScanStarts::kHeads, sb); r < se;
         r = starts.next(ScanStarts::kHeads, r + 1)) {
      const Token& t = d.tokens[r];
      // A head is a role noun (its list bit, when the list has one) or a year-old (10 to 12
      // bytes: "9-year-old" .. "100-year-old"); the two token fields rule out most tokens.
      const bool maybe_role = role_bit == 0 || (t.lists & role_bit) != 0;
      const bool maybe_year_old = t.norm_size - 10u <= 2u;
      if ((maybe_role || maybe_year_old) &&
          (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) && !taken[r]) {
        if ((maybe_role && find_token_entry(d, r, *lx.role_nouns) >= 0) ||
            (maybe_year_old && year_old_at(d, r) > 0)) {
          heads->emplace_back(r, s);
        }
      }
      // "turn" .. "turning" (4 to 7 bytes starting with 't') before a number, looked for from
      // the number: the kind of the token in hand rules out almost every token.
      if (t.kind == TokenKind::kNumber && r > sb) {
        const Token& p = d.tokens[r - 1];
        if (p.norm_size - 4u <= 3u && d.norm_buffer[p.norm_begin] == 't' &&
            is_turn_form(d.norm(p)) && !turning_ahead(d, r - 1, sb)) {
          const int v = small_number(d, r);
          if (v > 0 && v < 120) turning->push_back(TurningAge{r, sb, v});
        }
      }
    }
  }
}

// Ages of people: "Cruise, 62," and "the Afrobeats star, 29," after the person chunks from
// `first_chunk` on; "turning 37" for the last person mention before it in its sentence.
// `mentions` is every person mention as (first token, cluster), sorted.
void add_ages(const Doc& d, const std::vector<Chunk>& chunks, size_t first_chunk,
              const Mentions& mentions, const std::vector<TurningAge>& turning,
              std::vector<Cluster>* clusters) {
  for (size_t i = first_chunk; i < chunks.size(); ++i) {
    const Chunk& c = chunks[i];
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
  for (const TurningAge& a : turning) {
    // The last person mention before the verb in the sentence.
    auto it = std::lower_bound(mentions.begin(), mentions.end(), std::make_pair(a.token - 1, INT32_MIN));
    if (it == mentions.begin()) continue;
    --it;
    if (it->first < a.sentence_begin) continue;
    add_age(&(*clusters)[it->second], a.value, ByteSpan{d.tokens[a.token].begin, d.tokens[a.token].end});
  }
}

// The chunk index of the person mention that starts at token `tb` (the last such chunk), or -1.
// `starts` is (first token, chunk index) of the person mentions, sorted.
int32_t person_starting_at(const std::vector<std::pair<uint32_t, uint32_t>>& starts, uint32_t tb) {
  auto it = std::lower_bound(starts.begin(), starts.end(), std::make_pair(tb + 1, 0u));
  if (it == starts.begin() || (it - 1)->first != tb) return -1;
  return static_cast<int32_t>((it - 1)->second);
}

// The buffers of find_epithets_and_ages, kept by each thread from document to document so
// that a document does not allocate them again.
struct EpithetScratch {
  std::vector<uint8_t> work_or_place;  // tokens inside a work, place or organisation
  std::vector<std::pair<uint32_t, uint32_t>> person_starts;  // (first token, chunk)
  MentionLists mentions;
  std::vector<std::pair<uint32_t, uint32_t>> heads;  // (role noun or year-old token, sentence)
  std::vector<TurningAge> turning;
  Mentions window;  // pick()'s
};

}  // namespace

void find_epithets_and_ages(const Doc& d, const EntityLexicons& lx, const ScanStarts& starts,
                            std::vector<uint8_t>* taken,
                            std::vector<Chunk>* chunks, std::vector<Cluster>* clusters) {
  // Kept by the thread, except for a large document (limits.h kKeepScratchTokens), whose
  // buffers are its own and freed on return.
  thread_local EpithetScratch kept;
  EpithetScratch own;
  EpithetScratch& sc = d.tokens.size() > kKeepScratchTokens ? own : kept;
  std::vector<uint8_t>& work_or_place = sc.work_or_place;
  work_or_place.assign(d.tokens.size(), 0);
  // Person mentions: (first token, chunk) to find a name right after a title, and
  // (first token, cluster) in text order for pick() and the ages.
  std::vector<std::pair<uint32_t, uint32_t>>& person_starts = sc.person_starts;
  person_starts.clear();
  MentionLists& mentions = sc.mentions;
  mentions.names.clear();
  mentions.epithets.clear();
  for (uint32_t i = 0; i < chunks->size(); ++i) {
    const Chunk& c = (*chunks)[i];
    if (c.type == EType::kWork || c.type == EType::kPlace || c.type == EType::kOrg) {
      for (uint32_t k = c.tb; k < c.te; ++k) work_or_place[k] = 1;
    } else if (c.type == EType::kPerson && c.cluster >= 0) {
      person_starts.emplace_back(c.tb, i);
      mentions.names.emplace_back(c.tb, c.cluster);
    }
  }
  std::sort(person_starts.begin(), person_starts.end());
  std::sort(mentions.names.begin(), mentions.names.end());
  std::vector<std::pair<uint32_t, uint32_t>>& heads = sc.heads;
  heads.clear();
  std::vector<TurningAge>& turning = sc.turning;
  turning.clear();
  scan_tokens(d, lx, starts, *taken, &heads, &turning);
  const size_t original = chunks->size();
  add_ages(d, *chunks, 0, mentions.names, turning, clusters);  // known ages guide "the 41-year-old"
  Mentions& window = sc.window;
  for (const auto& [r, s] : heads) {
    const uint32_t sb = d.sentences[s].token_begin, se = d.sentences[s].token_end;
    const Token& t = d.tokens[r];
    const bool year_old = year_old_at(d, r) > 0;
    const int role = find_token_entry(d, r, *lx.role_nouns);
    // "Star" inside a title is no role noun; "Singer Zaviera" at a sentence start is.
    if (role >= 0 && is_cap(d, r) && !t.has(kAllUpper) && r != sb) continue;
    // A year-old followed by a role noun is a modifier of that noun.
    if (year_old && r + 1 < se && find_token_entry(d, r + 1, *lx.role_nouns) >= 0) continue;
    const uint32_t m = modifiers_begin(d, lx, r, sb, work_or_place);
    // Title right before a name: a descriptor of that person.
    if (r + 1 < se) {
      const int32_t pc = person_starting_at(person_starts, r + 1);
      if (pc >= 0) {
        Cluster& cl = (*clusters)[(*chunks)[pc].cluster];
        cl.descriptors.push_back(d.token_span(m, r + 1));
        if (role >= 0) cl.role_nouns.emplace_back(d.norm(t));
        for (uint32_t k = m; k < r; ++k) {
          if (int age = year_old_at(d, k); age > 0) {
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
      if (year_old_at(d, k) > 0) age = year_old_value(d, k);
    }
    const std::string_view role_norm = role >= 0 ? d.norm(t) : std::string_view();
    int32_t who = -1;
    // "X is engaged to Y, the singer revealed": a reporting clause after the sentence speaks
    // of the sentence's subject (its first person), not of the person named last.
    if (m >= sb + 2 && norm_is(d, m - 2, ",") && r + 1 < se && d.tokens[r + 1].has(kAllLower) &&
        in(lx.person_verbs, d, r + 1)) {
      auto first = std::lower_bound(mentions.names.begin(), mentions.names.end(),
                                    std::pair<uint32_t, int32_t>{sb, INT32_MIN});
      if (first != mentions.names.end() && first->first < m - 2) who = first->second;
    }
    if (who < 0) who = pick(mentions, *clusters, m, role_norm, gender, age, &window);
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
      if (int a = year_old_at(d, k); a > 0) {
        std::string_view surf = d.surface(d.tokens[k]);
        const uint32_t digits = static_cast<uint32_t>(surf.find('-'));
        add_age(&cl, a, ByteSpan{d.tokens[k].begin, d.tokens[k].begin + digits});
      }
    }
    mentions.add_epithet(m, who);
    chunks->push_back(std::move(c));
  }
  // Epithets may carry an apposition age ("the Afrobeats star, 29,") and be the last person
  // before a "turning 37".
  if (!mentions.epithets.empty()) add_ages(d, *chunks, original, mentions.merged(), turning, clusters);
}

}  // namespace claimsift::entities
