// Attribution: reporting cues ("told", "according to") and the source each one names.
//
// Finding the source phrase of a cue:
//   * "according to X", "per X": X runs from the cue to the next comma, quote or clause end;
//   * a verb ("a source told", "TMZ has learned"): walk left over auxiliaries and adverbs
//     ("had earlier", "were quick to"), then over the phrase up to a comma, quote, conjunction,
//     relative word or the clause start. "X, NAME, insists" keeps the appositive NAME;
//   * an inverted tag ('"...," said a source'): nothing on the left but a quote or comma, so the
//     phrase is on the right;
//   * a participle or posting verb with no phrase of its own ("..., citing exhaustion",
//     "captioned:"): the first source-like head of the clause (a person, pronoun, role noun,
//     source noun or organisation).
// Classifying it (GUIDELINES.md section 4): video/photo phrases are provenance, not sources;
// a rep noun speaks for the person after "for" or the possessor ("rep for <canonical>"), unless
// an appositive names the speaker; fans/followers/users on a platform or online are social
// media; "close to" or an insider noun make an insider; other source nouns are anonymous;
// organisations are outlets (kind outlet) or on-record bodies; persons are named persons
// ("<canonical> on <Platform>" when the claim names a platform). A capitalised phrase that is
// no known entity counts as an outlet after "according to", "per" or outlet verbs.
//
// Tested by tests/claims_test.cc (SourceKindCases, NestedAttribution).
#include "claimsift/phrase_match.h"
#include "claims/claim_internal.h"

namespace claimsift::claims {

void find_report_cues(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t s,
                      std::string* scratch, std::vector<Cue>* out) {
  const uint32_t first = doc.sentences[s].token_begin, last = doc.sentences[s].token_end;
  const auto word = [&](uint32_t t) { return is_word(doc, t); };
  scan_cue_phrases(doc, sal, kReportList, *lex.reports, s, scratch, word,
                   [&](uint32_t t, const PhraseMatch& m) {
    std::string_view role = lex.report_role[static_cast<size_t>(m.entry)];
    Cue cue;
    cue.first = t;
    cue.last = m.token_end;
    cue.kind = CueKind::kReport;
    cue.role = role == "prep" ? ReportRole::kPrep
               : role == "post" ? ReportRole::kPost
                                : ReportRole::kVerb;
    bool keep = true;
    if (role == "that") keep = m.token_end < last && doc.norm(doc.tokens[m.token_end]) == "that";
    // "called the report false" reports only inside another report (an inner speaker).
    if (role == "inner") {
      keep = false;
      for (const Cue& c : *out)
        if (c.kind == CueKind::kReport && c.last <= t && c.first >= first) keep = true;
    }
    // "per" is a preposition of sources only before a name ("per People", not "per night").
    if (role == "prep" && doc.norm(doc.tokens[t]) == "per")
      keep = m.token_end < last && (doc.tokens[m.token_end].has(kTitleCase) ||
                                    doc.tokens[m.token_end].has(kAllUpper));
    if (keep) out->push_back(cue);
  });
}

namespace {

bool is_boundary(const Doc& doc, const ClaimLexicons& lex, uint32_t t) {
  if (is_quote(doc, t) || is_comma_like(doc, t)) return true;
  const Token& tok = doc.tokens[t];
  if (tok.kind == TokenKind::kPunct) {
    std::string_view n = doc.norm(tok);
    return n == "." || n == "!" || n == "?";
  }
  std::string_view c = word_class(doc, lex, t);
  return c == "conj" || c == "rel" || c == "sub";
}

bool skippable(const Doc& doc, const ClaimLexicons& lex, uint32_t t) {
  std::string_view c = word_class(doc, lex, t);
  return c == "aux" || c == "adv" || doc.tokens[t].kind == TokenKind::kClitic;
}

// The last organisation mentioned inside bytes [b, e), or kNone.
int32_t org_in(const Salience& sal, uint32_t b, uint32_t e) {
  const SpanIndex::Item* end;
  const SpanIndex::Item* it = sal.organizations().first_inside(b, e, &end);
  int32_t found = kNone;
  for (; it != end; ++it)
    if (it->end <= e) found = static_cast<int32_t>(it->index);
  return found;
}

// A platform named in tokens [first, last): its display name (may be empty for "online"), or
// nullopt-like false.
bool platform_in(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t first,
                 uint32_t last, bool need_on, std::string* scratch, std::string* name) {
  for (uint32_t t = first; t < last; ++t) {
    if (!sal.starts(t, kPlatformList)) continue;
    PhraseMatch m = match_longest(doc, t, last, *lex.platforms, scratch);
    if (!m) continue;
    std::string_view display = lex.platform_display[static_cast<size_t>(m.entry)];
    bool single_letter = doc.norm(doc.tokens[t]).size() == 1;
    bool after_on = t > first && (doc.norm(doc.tokens[t - 1]) == "on");
    if (!display.empty() && (need_on || single_letter) && !after_on) continue;
    if (single_letter && !doc.tokens[t].has(kAllUpper) && !doc.tokens[t].has(kTitleCase)) continue;
    name->assign(display);
    return true;
  }
  return false;
}

// The text of tokens [first, last) without leading determiners.
std::string phrase_text(const Doc& doc, const ClaimLexicons& lex, uint32_t first, uint32_t last) {
  while (first < last && word_class(doc, lex, first) == "det") ++first;
  if (first >= last) return std::string();
  return std::string(doc.slice(doc.token_span(first, last)));
}

// Extends a source head to the right over post-modifiers: "close to the pair",
// "of the couple", "for Quinlan", "on Twitter", "online", "in the comments".
uint32_t extend_right(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, uint32_t t,
                      uint32_t limit, std::string* scratch) {
  while (t < limit) {
    std::string_view n = doc.norm(doc.tokens[t]);
    PhraseMatch pm = sal.starts(t, kPlatformList)
                         ? match_longest(doc, t, limit, *lex.platforms, scratch)
                         : PhraseMatch{};
    if (pm && n != "x") {
      t = pm.token_end;
      continue;
    }
    uint32_t u = t;
    if (n == "close" && u + 1 < limit && doc.norm(doc.tokens[u + 1]) == "to") {
      u += 2;
    } else if (n == "of" || n == "for" || n == "on" || n == "in" || n == "at") {
      u += 1;
    } else {
      break;
    }
    while (u < limit && word_class(doc, lex, u) == "det") ++u;
    uint32_t start = u;
    while (u < limit && is_word(doc, u) &&
           (doc.tokens[u].has(kTitleCase) || doc.tokens[u].has(kAllUpper) ||
            (find_token_entry(doc, u, *lex.pair_words) >= 0) ||
            (find_token_entry(doc, u, *lex.person_words) >= 0) ||
            (find_token_entry(doc, u, *lex.sources) >= 0) ||
            doc.tokens[u].has(kHasHyphen) || doc.norm(doc.tokens[u]) == "comments")) {
      ++u;
      while (u < limit && doc.tokens[u].kind == TokenKind::kClitic) ++u;
    }
    if (u == start) break;
    t = u;
  }
  return t;
}

int32_t resolve_person_word(const Doc& doc, const ClaimLexicons& lex, const Salience& sal,
                            uint32_t t) {
  int e = find_token_entry(doc, t, *lex.person_words);
  if (e < 0) return kNone;
  const char g = lex.person_gender[static_cast<size_t>(e)];
  const bool role = lex.person_kind[static_cast<size_t>(e)] == kRole;
  if (role && !(t > 0 && word_class(doc, lex, t - 1) == "det")) {
    // "the singer" stands for a person; "singer Kessia" is a mention itself.
    if (t + 1 < doc.tokens.size() && doc.tokens[t + 1].has(kTitleCase)) return kNone;
  }
  if (role) return sal.last_with_role(doc.tokens[t].begin, doc.norm(doc.tokens[t]));
  return sal.last_before(doc.tokens[t].begin, g == '\0' ? 'x' : g);
}

// Whether `span` overlaps a mention of a work: a title ("her podcast, Said What I Said") names
// no source. (Asked only of capitalised runs that are no known entity: rare.)
bool overlaps_work_title(const Doc& doc, ByteSpan span) {
  for (const Work& w : doc.works) {
    for (const ByteSpan& m : w.mentions) {
      if (m.begin < span.end && span.begin < m.end) return true;
    }
  }
  return false;
}

// Classifies the phrase [a, b) into *src; false when it names no source.
bool classify(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, const Cue& cue,
              uint32_t a, uint32_t b, uint32_t clause_last, std::string* scratch, Source* src) {
  if (a >= b) return false;
  ByteSpan span = doc.token_span(a, b);
  src->first = a;
  src->last = b;
  src->source.span = span;
  // Source noun, persons, organisations, pronouns in the phrase.
  std::string_view noun_kind;
  uint32_t noun_at = b;
  for (uint32_t t = a; t < b && noun_kind.empty(); ++t) {
    int e = find_token_entry(doc, t, *lex.sources);
    if (e >= 0) {
      noun_kind = lex.source_kind[static_cast<size_t>(e)];
      noun_at = t;
    }
  }
  if (noun_kind == "provenance") return false;
  // Persons only as possessors ("Ellison's attorney") or after "for" are represented, not
  // speakers; the others speak.
  int32_t speaker = kNone, represented = kNone;
  for (uint32_t t = a; t < b; ++t) {
    int32_t p = sal.person_at_token(doc, t);
    if (p == kNone) p = (is_word(doc, t) && (find_token_entry(doc, t, *lex.person_words) >= 0))
                            ? resolve_person_word(doc, lex, sal, t)
                            : kNone;
    if (p == kNone) continue;
    uint32_t u = t + 1;
    while (u < b && sal.person_at_token(doc, u) == p) ++u;
    bool possessive = (u < b && doc.tokens[u].kind == TokenKind::kClitic) ||
                      doc.norm(doc.tokens[t]) == "her" || doc.norm(doc.tokens[t]) == "his" ||
                      doc.norm(doc.tokens[t]) == "their";
    bool after_for = t > a && (doc.norm(doc.tokens[t - 1]) == "for" ||
                               doc.norm(doc.tokens[t - 1]) == "of" ||
                               doc.norm(doc.tokens[t - 1]) == "to");
    if (t > a + 1 && word_class(doc, lex, t - 1) == "det") {
      std::string_view before = doc.norm(doc.tokens[t - 2]);
      after_for = after_for || before == "for" || before == "of" || before == "to";
    }
    bool appositive = t > a && doc.norm(doc.tokens[t - 1]) == "," && !possessive;
    if (appositive) {
      // An appositive name after a comma speaks ("Ellison's attorney, Renata Szabo").
      speaker = p;
    } else if (possessive || after_for || (noun_at < b && t > noun_at)) {
      if (represented == kNone) represented = p;
    } else if (speaker == kNone) {
      speaker = p;
    }
    t = u - 1;
  }
  std::string platform;
  bool on_platform = platform_in(doc, lex, sal, a, b, false, scratch, &platform);
  if (noun_kind == "rep") {
    src->source.kind = SourceKind::kNamedPerson;
    if (speaker != kNone && speaker != represented) {
      src->speaker = speaker;
      src->represented = represented;
      src->source.name = doc.people[speaker].name;
    } else if (represented != kNone) {
      src->represented = represented;
      src->source.name = "rep for " + doc.people[represented].name;
    } else {
      src->source.name = phrase_text(doc, lex, a, b);
    }
    return true;
  }
  if (!noun_kind.empty() && speaker != kNone && noun_at < b) {
    // "the photographer, J.K. Ostrowski": a named appositive wins over the noun.
    bool appositive = false;
    for (uint32_t t = noun_at; t < b; ++t)
      if (doc.norm(doc.tokens[t]) == ",") appositive = true;
    if (appositive) {
      src->source.kind = SourceKind::kNamedPerson;
      src->speaker = speaker;
      src->source.name = doc.people[speaker].name;
      return true;
    }
  }
  if (noun_kind == "social" || (noun_kind == "fan" && on_platform)) {
    src->source.kind = SourceKind::kSocialMedia;
    src->source.name = phrase_text(doc, lex, a, b);
    return true;
  }
  if (noun_kind == "fan" || noun_kind == "anonymous" || noun_kind == "insider") {
    bool close = false;
    for (uint32_t t = noun_at; t + 1 < b; ++t)
      if (doc.norm(doc.tokens[t]) == "close" && doc.norm(doc.tokens[t + 1]) == "to") close = true;
    src->source.kind = (noun_kind == "insider" || close) ? SourceKind::kInsider
                                                          : SourceKind::kAnonymousSource;
    src->source.name = phrase_text(doc, lex, a, b);
    return true;
  }
  int32_t org = org_in(sal, span.begin, span.end);
  if (speaker != kNone && (org == kNone || speaker != represented)) {
    src->speaker = speaker;
    std::string plat;
    bool posted = cue.role == ReportRole::kPost || cue.kind == CueKind::kHedge;
    if (on_platform && !platform.empty()) {
      src->source.kind = SourceKind::kSocialMedia;
      src->source.name = doc.people[speaker].name + " on " + platform;
    } else if (posted && platform_in(doc, lex, sal, cue.last, clause_last, true, scratch, &plat) &&
               !plat.empty()) {
      src->source.kind = SourceKind::kSocialMedia;
      src->source.name = doc.people[speaker].name + " on " + plat;
    } else {
      src->source.kind = SourceKind::kNamedPerson;
      src->source.name = doc.people[speaker].name;
    }
    return true;
  }
  std::string_view verb = doc.norm(doc.tokens[cue.first]);
  bool outlet_verb = cue.role == ReportRole::kPrep || verb == "reported" || verb == "reports" ||
                     verb == "has" || verb == "have" || verb == "can" || verb == "show" ||
                     verb == "shows" || verb == "showed";
  if (org != kNone) {
    src->source.kind = (doc.organizations[org].kind == OrgKind::kOutlet || outlet_verb)
                           ? SourceKind::kOutlet
                       : doc.organizations[org].kind == OrgKind::kSocialMedia
                           ? SourceKind::kSocialMedia
                           : SourceKind::kNamedPerson;
    std::string_view name = doc.organizations[org].name;
    if (name.size() > 4 && (name.substr(0, 4) == "the " || name.substr(0, 4) == "The "))
      name.remove_prefix(4);
    src->source.name = std::string(name);
    return true;
  }
  // A capitalised run that is no known entity: the last such run of the phrase (a word that
  // opens the sentence does not count as capitalised).
  uint32_t run_begin = b, run_end = b;
  bool in_run = false, found = false;
  for (uint32_t t = b; t > a; --t) {
    const Token& tok = doc.tokens[t - 1];
    // (The pronoun "I" is no name: "But I never saw anything like it.")
    bool cap = tok.kind == TokenKind::kWord && (tok.has(kTitleCase) || tok.has(kAllUpper)) &&
               !tok.has(kSentenceStart) && word_class(doc, lex, t - 1) != "det" &&
               doc.norm(tok) != "i";
    bool glue = in_run && (tok.kind == TokenKind::kClitic ||
                           (tok.kind == TokenKind::kPunct && doc.norm(tok) == "!"));
    if (cap || glue) {
      if (!in_run) run_end = t;
      in_run = found = true;
      run_begin = t - 1;
    } else if (in_run) {
      break;
    }
  }
  if (!found) return false;
  if (!outlet_verb && run_begin != a && word_class(doc, lex, a) != "det") return false;
  if (overlaps_work_title(doc, doc.token_span(run_begin, run_end))) return false;
  src->source.kind = outlet_verb ? SourceKind::kOutlet : SourceKind::kNamedPerson;
  src->source.name = phrase_text(doc, lex, outlet_verb ? run_begin : a, outlet_verb ? run_end : b);
  return !src->source.name.empty();
}

// The first source-like head of tokens [first, last), extended to a phrase.
bool clause_subject(const Doc& doc, const ClaimLexicons& lex, const Salience& sal,
                    const Cue& cue, uint32_t first, uint32_t last, uint32_t clause_last,
                    std::string* scratch, Source* src) {
  bool quoted = false;
  for (uint32_t t = first; t < last; ++t) {
    if (is_quote(doc, t)) quoted = !quoted;
    if (quoted || !is_word(doc, t)) continue;
    std::string_view n = doc.norm(doc.tokens[t]);
    int32_t p = sal.person_at_token(doc, t);
    bool noun = token_in(doc, t, *lex.sources);
    bool org = sal.organization_starts_at(t);
    int pw = find_token_entry(doc, t, *lex.person_words);
    bool pronoun = pw >= 0 && lex.person_kind[static_cast<size_t>(pw)] == kPronoun &&
                   (n == "she" || n == "he" || n == "they");
    bool role = pw >= 0 && lex.person_kind[static_cast<size_t>(pw)] == kRole && t > first &&
                word_class(doc, lex, t - 1) == "det";
    if (p == kNone && !noun && !org && !pronoun && !role) continue;
    if (p != kNone && t + 1 < last && doc.tokens[t + 1].kind == TokenKind::kClitic) continue;
    uint32_t a = t;
    while (a > first && (word_class(doc, lex, a - 1) == "det" ||
                         (is_word(doc, a - 1) && !is_boundary(doc, lex, a - 1) &&
                          (doc.tokens[a - 1].has(kHasHyphen) || doc.tokens[a - 1].has(kTitleCase) ||
                           doc.norm(doc.tokens[a - 1]) == "some"))))
      --a;
    uint32_t b = t + 1;
    while (b < last && sal.person_at_token(doc, b) == p && p != kNone)
      ++b;
    // "TikTok users", "Instagram followers": a name before a source noun is a modifier.
    while (b < last && is_word(doc, b) && (find_token_entry(doc, b, *lex.sources) >= 0)) {
      noun = true;
      ++b;
    }
    if (noun) b = extend_right(doc, lex, sal, b, last, scratch);
    // An appositive name: "his former manager, Cyrus Adebayo-Klein,".
    if (b + 1 < last && doc.norm(doc.tokens[b]) == ",") {
      int32_t q = sal.person_at_token(doc, b + 1);
      if (q != kNone) {
        uint32_t c = b + 1;
        while (c < last && sal.person_at_token(doc, c) == q) ++c;
        b = c;
      }
    }
    return classify(doc, lex, sal, cue, a, b, clause_last, scratch, src);
  }
  return false;
}

}  // namespace

Source find_source(const Doc& doc, const ClaimLexicons& lex, const Salience& sal, const Cue& cue,
                   uint32_t cfirst, uint32_t clast, std::string* scratch) {
  Source src;
  if (cue.kind == CueKind::kReport && cue.role == ReportRole::kPrep) {
    uint32_t b = cue.last;
    // "!" belongs to names ("E! News", "HELLO!"); the clause end closes the phrase.
    while (b < clast && !is_quote(doc, b) && !is_comma_like(doc, b) &&
           !(doc.tokens[b].kind == TokenKind::kPunct && doc.norm(doc.tokens[b]) == "."))
      ++b;
    src.found = classify(doc, lex, sal, cue, cue.last, b, clast, scratch, &src);
    return src;
  }
  std::string_view surface = doc.norm(doc.tokens[cue.first]);
  bool participle = surface.size() > 4 && surface.substr(surface.size() - 3) == "ing";
  if (!participle) {
    // Walk left over auxiliaries and adverbs, then over the phrase.
    uint32_t p = cue.first;
    while (p > cfirst && skippable(doc, lex, p - 1)) --p;
    if (p > cfirst && doc.norm(doc.tokens[p - 1]) == ",") {
      // "X, NAME, insists": an appositive name between two commas.
      uint32_t q = p - 1;
      int32_t person = q > cfirst ? sal.person_at_token(doc, q - 1)
                                  : kNone;
      if (person != kNone) {
        uint32_t s = q;
        while (s > cfirst && sal.person_at_token(doc, s - 1) == person)
          --s;
        if (s > cfirst && doc.norm(doc.tokens[s - 1]) == ",") {
          uint32_t a = s - 1;
          while (a > cfirst && !is_boundary(doc, lex, a - 1)) --a;
          src.found = classify(doc, lex, sal, cue, a, q, clast, scratch, &src);
          if (src.found) return src;
        }
      }
    }
    if (p > cfirst && !is_boundary(doc, lex, p - 1)) {
      uint32_t a = p - 1;
      while (a > cfirst && !is_boundary(doc, lex, a - 1)) --a;
      // Do not run over another reporting or hedge verb.
      src.found = classify(doc, lex, sal, cue, a, p, clast, scratch, &src);
      if (src.found) return src;
    } else if (p > cfirst && (is_quote(doc, p - 1) || is_comma_like(doc, p - 1))) {
      // Inverted tag: '"...," said a source'.
      uint32_t b = cue.last;
      while (b < clast && !is_boundary(doc, lex, b)) ++b;
      if (b > cue.last) {
        src.found = classify(doc, lex, sal, cue, cue.last, b, clast, scratch, &src);
        if (src.found) return src;
      }
    }
  }
  if (participle || cue.role == ReportRole::kPost || cue.kind == CueKind::kDenial) {
    src.found = clause_subject(doc, lex, sal, cue, cfirst, cue.first, clast, scratch, &src);
  }
  return src;
}

}  // namespace claimsift::claims
