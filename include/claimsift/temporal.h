// Temporal tagging: date, time, duration and set expressions -> Doc::timexes with TIMEX3
// values resolved against Doc::document_date.
//
// Tested by tests/temporal_test.cc.
#ifndef CLAIMSIFT_TEMPORAL_H_
#define CLAIMSIFT_TEMPORAL_H_

#include <memory>

#include "claimsift/doc.h"
#include "claimsift/lexicon.h"
#include "claimsift/options.h"

namespace claimsift {

class TemporalTagger {
 public:
  TemporalTagger(const LexiconSet& lexicons, const Options& options);
  ~TemporalTagger();
  // Reads tokens, sentences and entities (works and people are not timexes); fills timexes.
  void run(Doc* doc) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimsift

#endif  // CLAIMSIFT_TEMPORAL_H_
