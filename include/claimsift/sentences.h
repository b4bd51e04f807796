// The sentence splitter: Doc::tokens -> Doc::sentences (conventions: shared celebrity
// guidelines, section 1, and the English Golden Rules).
//
// Every token belongs to exactly one sentence. Boundaries: after . ! ? … (and runs of them)
// plus closing quotes/brackets when the next token can start a sentence; at paragraph breaks
// and after a headline line. No boundary after abbreviations and initials inside a sentence,
// inside outlet names (E! News, HELLO!), before an attribution after a quoted ! or ?, or at
// an ellipsis followed by a lower-case word.
//
// Tested by tests/sentences_test.cc.
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
  const LexiconSet* lexicons_;
};

}  // namespace claimsift

#endif  // CLAIMSIFT_SENTENCES_H_
