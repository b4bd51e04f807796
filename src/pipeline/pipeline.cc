// The pipeline: reader, then each stage in order. See include/claimsift/pipeline.h.
// Tested by tests/pipeline_test.cc.
#include "claimsift/pipeline.h"

namespace claimsift {

Pipeline::Pipeline(const LexiconSet& lexicons, const Options& options)
    : options_(options),
      tokenizer_(lexicons),
      sentences_(lexicons),
      entities_(lexicons),
      temporal_(lexicons, options),
      claims_(lexicons) {}

Status Pipeline::process(std::string id, std::string_view bytes, const ExternalDate& date,
                         Doc* doc) const {
  Status status = read_document(std::move(id), bytes, date, options_, doc);
  if (!status.ok()) return status;
  annotate(doc);
  return Status::Ok();
}

Status Pipeline::process_owned(std::string id, std::string&& bytes, const ExternalDate& date,
                         Doc* doc) const {
  Status status = read_document_owned(std::move(id), std::move(bytes), date, options_, doc);
  if (!status.ok()) return status;
  annotate(doc);
  return Status::Ok();
}

void Pipeline::annotate(Doc* doc) const {
  tokenizer_.run(doc);
  sentences_.run(doc);
  entities_.run(doc);
  temporal_.run(doc);
  claims_.run(doc);
}

}  // namespace claimsift
