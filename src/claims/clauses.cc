// Claim clauses and quotation extents.
//
// A sentence is cut into the clauses that can carry a claim (GUIDELINES.md section 4, "Span"):
//   * leading connectives ("But", "However,", "Still,") are left out;
//   * a preposed subordinate clause ("While the speculation swirled,", "As one source
//     described,") becomes a clause of its own, marked preposed: the driver drops it, keeps it
//     as a claim (when it holds a hedge) or merges it into the main clause (when it holds the
//     source);
//   * outside quotations the rest is cut at ";", ":" (not before a quote), before "but"/"yet",
//     ", and" (also after a quotation that ends in a comma: '"exhaustion," and'),
//     ", while/whereas/with/where" and an appositive ", a move that ..."; Clause::joined marks
//     the pieces cut at ", and" / ", with", which the driver joins back to the claim before them
//     when they carry no cue of their own;
//   * each clause ends before trailing commas and a bare final period; a closing quote and the
//     punctuation inside it stay.
// quotation_openings() finds, for each sentence that starts inside a quotation, the opening
// quote in an earlier sentence (a multi-sentence quotation is one claim with its tag), up to
// kMaxQuotationSentences sentences after it: a quote whose closing mark is missing (or not
// recognised) would otherwise make every later claim of a long paragraph reach back to it.
//
// Tested by tests/claims_test.cc (ClauseCases, MultiSentenceQuotation).
#include "claims/claim_internal.h"
#include "claimsift/limits.h"

namespace claimsift::claims {
namespace {

bool is_final_punct(const Doc& doc, uint32_t t) {
  const Token& tok = doc.tokens[t];
  if (tok.kind != TokenKind::kPunct) return false;
  std::string_view n = doc.norm(tok);
  return n == "." || n == "!" || n == "?" || n == "..." || n == "\xE2\x80\xA6";
}

// Opening or closing role of a quote token: +1 opens, -1 closes, 0 toggles (straight quote).
int quote_direction(const Doc& doc, uint32_t t) {
  std::string_view s = doc.surface(doc.tokens[t]);
  if (s == "\xE2\x80\x9C" || s == "``") return 1;
  if (s == "\xE2\x80\x9D" || s == "''") return -1;
  return 0;
}

void push_clause(const Doc& doc, uint32_t first, uint32_t last, bool preposed, uint32_t lead,
                 std::vector<Clause>* out) {
  // Trim trailing commas, dashes and a bare final period.
  while (last > first && (is_comma_like(doc, last - 1) || is_final_punct(doc, last - 1))) --last;
  if (last <= first) return;
  Clause c;
  c.first = first;
  c.last = last;
  c.lead = lead;
  c.preposed = preposed;
  out->push_back(c);
}

}  // namespace

void split_clauses(const Doc& doc, const ClaimLexicons& lex, uint32_t first, uint32_t last,
                   std::vector<Clause>* out) {
  uint32_t s = first;
  // Leading connectives: "But", "However,", "Still,", "And".
  while (s < last) {
    std::string_view c = word_class(doc, lex, s);
    bool comma_after = s + 1 < last && doc.norm(doc.tokens[s + 1]) == ",";
    if (c == "conj" || (c == "adv" && comma_after)) {
      s += comma_after ? 2 : 1;
      continue;
    }
    break;
  }
  // A preposed subordinate clause ends at the first comma outside quotes.
  if (s < last && word_class(doc, lex, s) == "sub") {
    int depth = 0;
    for (uint32_t t = s + 1; t < last; ++t) {
      if (is_quote(doc, t)) depth = depth ? 0 : 1;
      if (depth == 0 && doc.norm(doc.tokens[t]) == ",") {
        push_clause(doc, s + 1, t, true, s, out);
        s = t + 1;
        break;
      }
    }
  }
  int depth = 0;
  uint32_t start = s;
  bool joined = false;
  const Token* const toks = doc.tokens.data();
  const char* const norms = doc.norm_buffer.data();
  for (uint32_t t = s; t < last; ++t) {
    const Token& tok = toks[t];
    // Only quotes, ";", ",", ":" (punctuation), "but" and "yet" (words) change anything.
    if (tok.kind != TokenKind::kPunct) {
      if (depth || tok.norm_size != 3) continue;
      const char c = norms[tok.norm_begin];
      if (c != 'b' && c != 'y') continue;
    } else if (is_quote(doc, t)) {
      int d = quote_direction(doc, t);
      depth = d > 0 ? 1 : d < 0 ? 0 : (depth ? 0 : 1);
      // '"exhaustion," and fans ...': a quotation ending in a comma, then "and".
      if (depth == 0 && t > start && doc.norm(doc.tokens[t - 1]) == "," && t + 1 < last &&
          doc.norm(doc.tokens[t + 1]) == "and") {
        push_clause(doc, start, t + 1, false, start, out);
        start = t + 2;
        joined = true;
        ++t;
      }
      continue;
    } else {
      if (depth || tok.norm_size != 1) continue;
      const char c = norms[tok.norm_begin];
      if (c != ';' && c != ',' && c != ':') continue;
    }
    std::string_view n = doc.norm(tok);
    bool cut = false;
    bool cut_joined = false;
    uint32_t next = t + 1;
    if (n == ";") {
      cut = true;
    } else if ((n == "but" || n == "yet") && t > start) {
      cut = true;
    } else if (n == "," && t + 1 < last) {
      std::string_view m = doc.norm(doc.tokens[t + 1]);
      if (m == "while" || m == "whereas" || m == "although" || m == "though" || m == "and" ||
          m == "with" || m == "where") {
        cut = true;
        next = t + 2;
        cut_joined = m == "and" || m == "with";
      } else if (word_class(doc, lex, t + 1) == "det" && t + 3 < last &&
                 is_word(doc, t + 2) && doc.norm(doc.tokens[t + 3]) == "that") {
        cut = true;  // ", a move that could ...": an appositive that carries its own claim
      }
    } else if (n == ":" && t + 1 < last && !is_quote(doc, t + 1) && t > start) {
      cut = true;
    }
    if (cut) {
      push_clause(doc, start, t, false, start, out);
      if (joined && !out->empty()) out->back().joined = true;
      joined = cut_joined;
      start = next;
    }
  }
  push_clause(doc, start, last, false, start, out);
  if (joined && !out->empty() && out->back().first == start) out->back().joined = true;
}

void quotation_openings(const Doc& doc, const Salience& sal, std::vector<int32_t>* openings) {
  std::vector<int32_t>& out = *openings;
  out.assign(doc.sentences.size(), kNone);
  int32_t open = kNone;
  uint32_t open_sentence = 0;  // the sentence of the opening quote
  const std::vector<uint32_t>& quotes = sal.quotes();
  size_t qi = 0;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const Sentence& sen = doc.sentences[s];
    if (sen.token_begin < sen.token_end &&
        doc.tokens[sen.token_begin].has(kParagraphBefore))
      open = kNone;
    // A quotation still open after this many sentences lost its closing quote (or never had
    // one): it does not reach further.
    if (open != kNone && s - open_sentence >= kMaxQuotationSentences) open = kNone;
    out[s] = open;
    while (qi < quotes.size() && quotes[qi] < sen.token_begin) ++qi;
    for (; qi < quotes.size() && quotes[qi] < sen.token_end; ++qi) {
      const uint32_t t = quotes[qi];
      int d = quote_direction(doc, t);
      bool opens = d > 0 || (d == 0 && open == kNone);
      open = opens ? static_cast<int32_t>(t) : kNone;
      open_sentence = s;
    }
  }
}

}  // namespace claimsift::claims
