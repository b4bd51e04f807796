// Claims and events: hedge cues, attribution, denial, subjects, claim type and certainty;
// events with participants, dates and places.
//
// Tested by tests/claims_test.cc and tests/events_test.cc.
#ifndef CLAIMSIFT_CLAIMS_H_
#define CLAIMSIFT_CLAIMS_H_

#include <memory>

#include "claimsift/doc.h"
#include "claimsift/lexicon.h"

namespace claimsift {

class ClaimExtractor {
 public:
  explicit ClaimExtractor(const LexiconSet& lexicons);
  ~ClaimExtractor();
  // Reads tokens, sentences, entities and timexes; fills events (appending to named events)
  // and claims.
  void run(Doc* doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimsift

#endif  // CLAIMSIFT_CLAIMS_H_
