// Temporal tagging driver. See include/claimsift/temporal.h.
// STUB: fills nothing yet (issue 4).
#include "claimsift/temporal.h"

namespace claimsift {

struct TemporalTagger::Impl {};

TemporalTagger::TemporalTagger(const LexiconSet&, const Options&) : impl_(std::make_unique<Impl>()) {}
TemporalTagger::~TemporalTagger() = default;
void TemporalTagger::run(Doc*) const {}

}  // namespace claimsift
