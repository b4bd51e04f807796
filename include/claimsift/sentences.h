// The sentence splitter: Doc::tokens -> Doc::sentences, and kSentenceStart on each sentence's
// first token. Conventions: the shared celebrity guidelines, section 1, and the English Golden
// Rules (pragmatic_segmenter / pySBD).
//
// Every token belongs to exactly one sentence. A sentence ends:
//   * at a paragraph break, and at a line break unless the text is hard-wrapped or the next
//     line continues the sentence (it starts lower-case, or the line ends with , ; ( or -);
//     so a headline without final punctuation is a sentence;
//   * after . ! ? or a run of them, plus closing quotes and brackets (and emoji) after it, when
//     the next token can start a sentence (a capital, an opening quote or bracket, a digit);
//   * after an abbreviation whose period does double duty, only when the next word is a
//     sentence starter (data/en/lists/sentence_starters.txt): "in the U.S. She" ends, "the
//     U.S. Government", "J.K. Ostrowski", "Nov. 2", "Mr. Ellison" do not; before a title
//     (Mr. Dr.) it ends unless it closes a short opening phrase ("At 5 a.m. Mr. Smith went");
//   * after an ellipsis (… ... . . .) only before a capitalised word other than "I";
//   * before a list item ("1) ... 2) ...", "• ...", list_markers.h);
//   * after kMaxSentenceTokens tokens (limits.h), so later stages never see longer ones.
// No boundary: after a quoted ! or ? followed by an attribution ("Help!" Smith shouted), after
// ! touching a one-letter word (E! News) or an all-capitals word before a capitalised word
// that is not a sentence starter (OK! Magazine), before a lower-case word (Yahoo! in, HELLO!
// that).
//
// Tested by tests/sentences_test.cc and tests/doc_invariants_test.cc.
#ifndef CLAIMSIFT_SENTENCES_H_
#define CLAIMSIFT_SENTENCES_H_

#include "claimsift/doc.h"
#include "claimsift/lexicon.h"

namespace claimsift {

class SentenceSplitter {
 public:
  explicit SentenceSplitter(const LexiconSet& lexicons);
  void run(Doc* doc) const;

 private:
  const Lexicon* abbreviations_;      // en/lists/abbreviations
  const Lexicon* starters_;           // en/lists/sentence_starters
  const Lexicon* attribution_verbs_;  // en/lists/quote_attribution_verbs
};

}  // namespace claimsift

#endif  // CLAIMSIFT_SENTENCES_H_
