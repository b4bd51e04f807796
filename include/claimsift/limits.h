// Limits, in one place (after BlingFire's FALimits.h). Each has an error code or a documented
// fallback when input exceeds it.
#ifndef CLAIMSIFT_LIMITS_H_
#define CLAIMSIFT_LIMITS_H_

#include <cstddef>
#include <cstdint>

namespace claimsift {

// Default --max-bytes: larger documents become `too_large` error records.
inline constexpr uint64_t kDefaultMaxDocumentBytes = 64ull << 20;
// Hard ceiling for --max-bytes: offsets are 32-bit.
inline constexpr uint64_t kMaxDocumentBytesCeiling = (1ull << 32) - 1;
// A token longer than this is split (a run of 100k letters is not a word).
inline constexpr size_t kMaxTokenBytes = 1024;
// A sentence longer than this many tokens is cut at the next token (no quadratic work in
// later stages on text without sentence ends).
inline constexpr size_t kMaxSentenceTokens = 512;
// Most tokens a lexicon phrase can span.
inline constexpr size_t kMaxPhraseTokens = 16;
// Most sentences one quotation spans (claims): a quotation not closed after this many
// sentences lost its closing quote, and later claims do not reach back to it.
inline constexpr uint32_t kMaxQuotationSentences = 8;
// The stages keep their per-token working buffers per thread, from document to document; after
// a document of more tokens than this they are released, so one large document's working
// memory does not stay while the later stages (and the writer) run, nor for the next document.
inline constexpr size_t kKeepScratchTokens = size_t{1} << 18;

}  // namespace claimsift

#endif  // CLAIMSIFT_LIMITS_H_
