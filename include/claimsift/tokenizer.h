// The tokenizer: Doc::text -> Doc::tokens and Doc::norm_buffer. See doc.h for Token.
//
// Rules, in order of precedence at each position (whitespace and zero-width characters are
// skipped; the date header before Doc::body_begin is never tokenised):
//   URLs (scheme:// or www.), e-mail addresses, @handles, #hashtags, emoji sequences (one token
//   per extended grapheme of pictographs, flags, keycaps, ZWJ sequences, skin tones), numbers
//   (1,000.50  62  4/29  8:30  2025-05-04  $20,000 -> "$" "20,000"), words with inner
//   apostrophes, hyphens and periods (Osei-Mensah, U.S., J.K., p.m.), known abbreviations with
//   their period (Mr. Dr. Blvd. Nov.), clitics split off (Cruise 's / de Armas ' / do n't),
//   punctuation (runs of the same mark, "..." "!!" "?!" as one token; em and en dashes alone).
//
// Each token's normalised form (normalize.h) is appended to Doc::norm_buffer; flags describe its
// shape and the whitespace before it.
//
// Tested by tests/tokenizer_test.cc.
#ifndef CLAIMSIFT_TOKENIZER_H_
#define CLAIMSIFT_TOKENIZER_H_

#include "claimsift/doc.h"
#include "claimsift/lexicon.h"

namespace claimsift {

class Tokenizer {
 public:
  explicit Tokenizer(const LexiconSet& lexicons);
  // Fills doc->tokens and doc->norm_buffer from doc->text[doc->body_begin..].
  void run(Doc* doc) const;

 private:
  const Lexicon* abbreviations_;  // en/lists/abbreviations
};

}  // namespace claimsift

#endif  // CLAIMSIFT_TOKENIZER_H_
