// Titles of works found from their cues: a cue before ("the film Quiet Harbor", "star in
// Ballerina", "her album, Sweet Harmattan"), a cue after ("the John Wick franchise"), a film
// title inside an epithet ("the Top Gun actor", "Mission: Impossible star"), and quoted titles.
// Being the first pass to take tokens, it also takes holiday names (holiday_names.cc).
// A title runs over capitalised words, joined by small lower-case words, colons and dashes when
// a capitalised word follows ("Mission: Impossible – The Final Reckoning").
// Tested by tests/entities_test.cc (WorkCases).
#include "claimsift/phrase_match.h"
#include "entities/entity_internal.h"
#include "entities/scan_starts.h"

namespace claimsift::entities {

namespace {

bool is_small_title_word(std::string_view w) {
  return w == "of" || w == "the" || w == "a" || w == "an" || w == "and" || w == "in" ||
         w == "on" || w == "to" || w == "for" || w == "at" || w == "from" || w == "with" ||
         w == "or" || w == "my" || w == "your" || w == "is";
}

bool is_work_kind_role(std::string_view w) {
  return w == "actor" || w == "actress" || w == "star" || w == "director" || w == "filmmaker" ||
         w == "co-star" || w == "costar" || w == "showrunner" || w == "creator";
}

// One past the last token of a title that starts with the capitalised word at `j`. A small word
// joins two capitalised ones ("Night Bus to Kumasi"), but not a month or a weekday ("The
// Thornwood Chronicles in May").
uint32_t title_end(const Doc& d, const EntityLexicons& lx, uint32_t j, uint32_t limit) {
  uint32_t e = j + 1;
  while (e < limit && e - j < 12) {
    if (is_cap(d, e) || (d.tokens[e].kind == TokenKind::kNumber && e > j)) {
      ++e;
      continue;
    }
    const bool joiner = (is_lower_word(d, e) && is_small_title_word(d.norm(d.tokens[e]))) ||
                        norm_is(d, e, ":") || is_dash(d, e) || norm_is(d, e, "&");
    if (joiner && e + 1 < limit && is_cap(d, e + 1) && !in(lx.months, d, e + 1) &&
        !in(lx.weekdays, d, e + 1)) {
      e += 2;
      continue;
    }
    break;
  }
  return e;
}

// A run that is a known place, organisation or person-like word is not a title.
bool plausible_title(const Doc& d, const EntityLexicons& lx, uint32_t b, uint32_t e,
                     std::string* scratch) {
  if (e <= b) return false;
  for (const Lexicon* lex : {lx.gazetteer, lx.towns, lx.regions, lx.outlets, lx.named_events}) {
    PhraseMatch m = match_longest(d, b, e, *lex, scratch);
    if (m && m.token_end == e) return false;
  }
  if (e - b == 1) {
    if (in(lx.not_names, d, b) || in(lx.honorifics, d, b) || in(lx.demonyms, d, b)) return false;
  }
  if (e < d.tokens.size() && d.tokens[e].kind == TokenKind::kClitic) return false;
  return true;
}

bool any_taken(const std::vector<uint8_t>& taken, uint32_t b, uint32_t e) {
  for (uint32_t k = b; k < e; ++k) {
    if (taken[k]) return true;
  }
  return false;
}

WorkKind kind_of(std::string_view v) {
  if (v.starts_with("film")) return WorkKind::kFilm;
  if (v.starts_with("show")) return WorkKind::kShow;
  if (v.starts_with("album")) return WorkKind::kAlbum;
  if (v.starts_with("song")) return WorkKind::kSong;
  if (v.starts_with("book")) return WorkKind::kBook;
  return WorkKind::kOther;
}

void emit(const Doc& d, uint32_t b, uint32_t e, WorkKind kind, int32_t sentence,
          std::vector<uint8_t>* taken, std::vector<Chunk>* out) {
  Chunk c;
  c.tb = b;
  c.te = e;
  c.span = d.token_span(b, e);
  c.type = EType::kWork;
  c.kind = static_cast<uint8_t>(kind);
  c.sentence = sentence;
  for (uint32_t k = b; k < e; ++k) (*taken)[k] = 1;
  out->push_back(std::move(c));
}

bool is_determiner_before(const Doc& d, uint32_t i) {
  if (i == 0) return false;
  const Token& t = d.tokens[i - 1];
  if (t.kind == TokenKind::kClitic) return true;
  std::string_view w = d.norm(t);
  return w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" ||
         w == "its" || w == "our" || w == "my" || w == "new" || w == "latest" || w == "upcoming";
}

}  // namespace

void find_works(const Doc& d, const EntityLexicons& lx, const ScanStarts& starts,
                std::vector<uint8_t>* taken, std::vector<Chunk>* out, std::string* scratch) {
  // A cue before starts only at a token with work_before's list bit (when it has one).
  const uint64_t before_bit = list_bit(d, *lx.work_before);
  // A holiday name starts only at a token with the holiday list's bit (when it has one).
  const uint64_t holiday_bit = list_bit(d, *lx.holidays);
  for (size_t s = 0; s < d.sentences.size(); ++s) {
    const uint32_t sb = d.sentences[s].token_begin, se = d.sentences[s].token_end;
    const int32_t si = static_cast<int32_t>(s);
    // Every token the tests below let through is one of `starts` (a capitalised word, the
    // token after one, or one with work_before's bit): the others are not visited.
    for (uint32_t i = starts.next(ScanStarts::kWorks, sb); i < se;
         i = starts.next(ScanStarts::kWorks, i + 1)) {
      // Whether token i - 1 is capitalised (false at the sentence start).
      const bool cap_before = i > sb && is_cap(d, i - 1);
      // Every cue below is a lower-case word or a capitalised one (never both: `lower` alone
      // tells them apart from here on).
      const bool lower = is_lower_word(d, i);
      if (!lower && !is_cap(d, i)) continue;
      // A lower-case word cues only with work_before's bit (the first cue) or after a
      // capitalised word (the last): most are ruled out here, by fields of tokens in cache.
      if (lower && before_bit != 0 && (d.tokens[i].lists & before_bit) == 0 && !cap_before) {
        continue;
      }
      if ((*taken)[i]) continue;
      // Holiday names are taken first: they name no work, person or place ("St. Patrick's Day").
      if (!lower && (holiday_bit == 0 || (d.tokens[i].lists & holiday_bit) != 0)) {
        if (const uint32_t e = holiday_name_end(d, lx, i, se, scratch); e > i) {
          for (uint32_t k = i; k < e; ++k) (*taken)[k] = 1;
          i = e - 1;
          continue;
        }
      }
      // A cue may be written in capitals too: "his debut EP, Night Bus to Kumasi".
      const bool capital_cue = !lower && d.tokens[i].has(kAllUpper) &&
                               (before_bit == 0 || (d.tokens[i].lists & before_bit) != 0);
      // Cue before: "star in X", "the film X", "album, X", "single “X”".
      if ((lower && (before_bit == 0 || (d.tokens[i].lists & before_bit) != 0)) || capital_cue) {
        PhraseMatch m = match_longest(d, i, se, *lx.work_before, scratch);
        if (m) {
          uint32_t j = m.token_end;
          if (j < se && norm_is(d, j, ",")) ++j;
          // "the set of the film X": a lower-case article is not part of the title.
          if (j + 1 < se && surface_is(d, j, "the") && is_cap(d, j + 1)) ++j;
          if (j < se && is_quote(d, j)) {
            uint32_t k = j + 1;
            while (k < se && k - j < 14 && !is_quote(d, k)) ++k;
            // American punctuation puts a comma or period inside the quotes ("the single
            // "Sunday Jollof," and"): it is not part of the title ("!" and "?" may be).
            uint32_t quoted_end = k;
            while (quoted_end > j + 1 && (norm_is(d, quoted_end - 1, ",") ||
                                          norm_is(d, quoted_end - 1, "."))) {
              --quoted_end;
            }
            if (k < se && quoted_end > j + 1 && is_cap(d, j + 1) &&
                !any_taken(*taken, j + 1, k)) {
              emit(d, j + 1, quoted_end, kind_of(lx.work_before->field(m.entry, 0)), si, taken,
                   out);
              i = k;
              continue;
            }
          } else if (j < se && is_cap(d, j) && !(*taken)[j]) {
            const uint32_t e = title_end(d, lx, j, se);
            if (plausible_title(d, lx, j, e, scratch) && !any_taken(*taken, j, e)) {
              emit(d, j, e, kind_of(lx.work_before->field(m.entry, 0)), si, taken, out);
              i = e - 1;
              continue;
            }
          }
        }
      }
      // Cue after: "the John Wick franchise".
      if (!lower && !cap_before && is_determiner_before(d, i)) {
        const uint32_t e = title_end(d, lx, i, se);
        if (e < se && is_lower_word(d, e)) {
          const int k = find_token_entry(d, e, *lx.work_after);
          if (k >= 0 && plausible_title(d, lx, i, e, scratch) && !any_taken(*taken, i, e) &&
              !(e - i == 1 && (in(lx.first_names, d, i) || in(lx.modifier_words, d, i)))) {
            emit(d, i, e, kind_of(lx.work_after->field(k, 0)), si, taken, out);
            i = e - 1;
            continue;
          }
        }
      }
      // A film title inside an epithet or a title before a name: "Top Gun actor".
      if (lower && cap_before && is_work_kind_role(d.norm(d.tokens[i]))) {
        uint32_t b = i;
        while (b > sb && i - b < 8 &&
               (is_cap(d, b - 1) || ((norm_is(d, b - 1, ":") || is_dash(d, b - 1)) && b - 1 > sb &&
                                     is_cap(d, b - 2)))) {
          --b;
        }
        while (b < i && in(lx.not_names, d, b)) ++b;
        bool ok = !any_taken(*taken, b, i);
        for (uint32_t k = b; k < i && ok; ++k) {
          if (!is_word(d, k)) continue;
          if (in(lx.demonyms, d, k) || in(lx.modifier_words, d, k) || in(lx.gazetteer, d, k) ||
              in(lx.regions, d, k) || in(lx.outlets, d, k) || in(lx.not_names, d, k) ||
              in(lx.honorifics, d, k) || d.tokens[k].has(kHasHyphen)) {
            ok = false;
          }
        }
        // "Hollywood star", "South Korean actress" and a lone first name are not titles, nor a
        // common word capitalised only because it opens the sentence ("Tennis star X").
        if (ok && i - b == 1 && in(lx.first_names, d, b)) ok = false;
        if (ok && i - b == 1 && b == sb && in(lx.common_words, d, b)) ok = false;
        if (ok && b < i) emit(d, b, i, WorkKind::kFilm, si, taken, out);
      }
    }
  }
}

}  // namespace claimsift::entities
