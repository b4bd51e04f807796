// Claims and events driver. See include/claimsift/claims.h.
// STUB: fills nothing yet (issue 5).
#include "claimsift/claims.h"

namespace claimsift {

struct ClaimExtractor::Impl {};

ClaimExtractor::ClaimExtractor(const LexiconSet&) : impl_(std::make_unique<Impl>()) {}
ClaimExtractor::~ClaimExtractor() = default;
void ClaimExtractor::run(Doc*) const {}

}  // namespace claimsift
