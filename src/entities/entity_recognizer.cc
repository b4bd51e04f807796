// Entity recognition driver. See include/claimsift/entities.h.
// STUB: fills nothing yet (issue 3).
#include "claimsift/entities.h"

namespace claimsift {

struct EntityRecognizer::Impl {};

EntityRecognizer::EntityRecognizer(const LexiconSet&) : impl_(std::make_unique<Impl>()) {}
EntityRecognizer::~EntityRecognizer() = default;
void EntityRecognizer::run(Doc*) const {}

}  // namespace claimsift
