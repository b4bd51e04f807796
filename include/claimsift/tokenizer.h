// The tokenizer: Doc::text -> Doc::tokens and Doc::norm_buffer. See doc.h for Token.
//
// Whitespace, zero-width and other invisible characters (BOM, ZWSP, ZWJ outside emoji, NBSP,
// bidi controls, control characters) are gaps between tokens, never inside one; the date header
// before Doc::body_begin is never tokenised. At each position, in order of precedence:
//   URLs (scheme:// or www.), e-mail addresses, @handles, #hashtags, emoji sequences (one token
//   per sequence: ZWJ families, flags, skin tones, keycaps, ❤️ with VS16), numbers (1,000.50
//   62 4/29 8:30 2025-05-04; "$20,000" -> "$" "20,000"), words with inner apostrophes, hyphens
//   and initials' periods (O'Brien, Osei-Mensah, U.S., J.K., p.m., AT&T), abbreviations with
//   their period (Mr. Blvd. J.; No. and Nov. only before a number), clitics split off
//   (Cruise 's / de Armas ' / do n't / they 're), punctuation (runs of one mark: "..." "--";
//   runs of ! and ?: "!!" "?!"; each quote, bracket and dash alone: "clothes" "—").
// A token is at most kMaxTokenBytes long (longer runs are cut), so the work is linear.
//
// Each token's normalised form (normalize.h) is appended to Doc::norm_buffer; flags describe its
// shape and the whitespace before it; Token::word is the form's id in the lexicon set's
// vocabulary (lexicon.h), so later stages test list membership without hashing.
//
// Tested by tests/tokenizer_test.cc and tests/doc_invariants_test.cc.
#ifndef CLAIMSIFT_TOKENIZER_H_
#define CLAIMSIFT_TOKENIZER_H_

#include <array>
#include <cstdint>

#include "claimsift/doc.h"
#include "claimsift/lexicon.h"

namespace claimsift {

class Tokenizer {
 public:
  explicit Tokenizer(const LexiconSet& lexicons);
  // Fills doc->tokens and doc->norm_buffer from doc->text[doc->body_begin..].
  void run(Doc* doc) const;

  // The word id and list bits of a form.
  struct WordBits {
    int32_t word = -1;
    uint64_t lists = 0;
  };

 private:
  const Lexicon* abbreviations_;  // en/lists/abbreviations
  const LexiconVocabulary* vocabulary_;
  // Those of each ASCII byte's one-byte form (its lower-case copy), looked up once: a one-byte
  // token (a comma, a period, a quote) takes them without a look-up of its own.
  std::array<WordBits, 128> byte_words_;
};

}  // namespace claimsift

#endif  // CLAIMSIFT_TOKENIZER_H_
