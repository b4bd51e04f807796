// Entity recognition: people (with mentions clustered, ages, descriptors), places,
// organizations, works and named events, on a tokenised, sentence-split Doc.
//
// Tested by tests/entities_test.cc.
#ifndef CLAIMSIFT_ENTITIES_H_
#define CLAIMSIFT_ENTITIES_H_

#include <memory>

#include "claimsift/doc.h"
#include "claimsift/lexicon.h"

namespace claimsift {

class EntityRecognizer {
 public:
  explicit EntityRecognizer(const LexiconSet& lexicons);
  ~EntityRecognizer();
  // Reads tokens and sentences; fills people, places, organizations, works and named events.
  void run(Doc* doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimsift

#endif  // CLAIMSIFT_ENTITIES_H_
