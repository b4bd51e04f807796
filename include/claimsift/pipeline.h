// The pipeline: every stage, built once, run in order on one document at a time.
//
//   claimsift::Pipeline pipeline(claimsift::LexiconSet::builtin(), options);
//   claimsift::Doc doc;
//   claimsift::Status s = pipeline.process("a.txt", bytes, {}, &doc);
//   std::string json;
//   if (s.ok()) claimsift::write_document_json(doc, claimsift::JsonStyle::kIndented, &json);
//
// Stages and the layers they add (see doc.h): reader -> Tokenizer -> SentenceSplitter ->
// EntityRecognizer -> TemporalTagger -> ClaimExtractor. A Pipeline is immutable after
// construction: one instance serves all threads.
//
// Tested by tests/pipeline_test.cc.
#ifndef CLAIMSIFT_PIPELINE_H_
#define CLAIMSIFT_PIPELINE_H_

#include <string>
#include <string_view>

#include "claimsift/claims.h"
#include "claimsift/doc.h"
#include "claimsift/entities.h"
#include "claimsift/lexicon.h"
#include "claimsift/options.h"
#include "claimsift/reader.h"
#include "claimsift/sentences.h"
#include "claimsift/status.h"
#include "claimsift/temporal.h"
#include "claimsift/tokenizer.h"

namespace claimsift {

class Pipeline {
 public:
  Pipeline(const LexiconSet& lexicons, const Options& options);

  // Reads `bytes` as document `id` and runs every stage. On error, *doc is left with only its id.
  Status process(std::string id, std::string_view bytes, const ExternalDate& date, Doc* doc) const;
  // The same, taking the bytes over (no copy of valid UTF-8; see read_document).
  Status process_owned(std::string id, std::string&& bytes, const ExternalDate& date, Doc* doc) const;

  // Runs the stages after the reader on an already-read Doc (tests build Docs by hand).
  void annotate(Doc* doc) const;

  const Options& options() const { return options_; }

 private:
  Options options_;
  Tokenizer tokenizer_;
  SentenceSplitter sentences_;
  EntityRecognizer entities_;
  TemporalTagger temporal_;
  ClaimExtractor claims_;
};

}  // namespace claimsift

#endif  // CLAIMSIFT_PIPELINE_H_
