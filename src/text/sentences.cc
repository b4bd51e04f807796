// The sentence splitter. See include/claimsift/sentences.h for the conventions.
//
// One pass over the tokens notes the few that matter (SplitMarks: line breaks, marks that may
// end a sentence, possible list items); the splitter visits only those. Line breaks, list items
// and the token limit cut directly; at each sentence-final mark the splitter skips what still
// belongs to the ending sentence (closing quotes and brackets, emoji, a touching period) and
// looks at the next token N: the kind of the mark (sentence_ends.h) and N together decide.
// Everything looked at is a constant number of tokens around the mark, so the pass is linear.
//
// Tested by tests/sentences_test.cc and tests/doc_invariants_test.cc.
#include "claimsift/sentences.h"

#include <algorithm>
#include <vector>

#include "claimsift/limits.h"
#include "text/abbreviations.h"
#include "text/list_markers.h"
#include "text/sentence_ends.h"

namespace claimsift {

namespace {

using text::EndKind;

// Buffers one thread reuses from one document to the next.
struct SplitScratch {
  text::SplitMarks marks;
  text::ListItemFinder items;
  // Frees what one huge document grew.
  void trim() {
    if (marks.stops.capacity() > kKeepScratchTokens ||
        marks.possible_items.capacity() > kKeepScratchTokens) {
      marks = text::SplitMarks();
      items = text::ListItemFinder();
    }
  }
};

class Splitter {
 public:
  Splitter(const text::SentenceEnds& ends, Doc* doc) : ends_(ends), doc_(doc), tokens_(doc->tokens) {}

  void run(SplitScratch* scratch) {
    const uint32_t n = static_cast<uint32_t>(tokens_.size());
    clear_previous_starts();
    if (n == 0) return;
    // One pass finds the tokens worth a look; the list items, the hard-wrap test and the loop
    // below read only those.
    scratch->marks.find(*doc_);
    stops_ = &scratch->marks.stops;
    // List items are in token order and do not overlap: one cursor walks them, and tokens
    // before the next item's first token skip the item tests.
    const std::vector<text::ListItem>& items = scratch->items.find(*doc_, scratch->marks.possible_items);
    size_t item = 0;  // the first item that does not end at or before t
    uint32_t next_item = items.empty() ? n : items[0].first;
    const bool wrapped = ends_.hard_wrapped(*doc_, scratch->marks);
    for (uint32_t t = 0; t < n; ++t) {
      const uint32_t sentence_limit = start_ + static_cast<uint32_t>(kMaxSentenceTokens);
      t = skip_quiet_tokens(t, std::min(next_item, sentence_limit));
      if (t >= n) break;
      bool in_marker = false;
      if (t >= next_item) {
        while (item < items.size() && items[item].marker_end <= t) ++item;
        in_marker = item < items.size() && items[item].first <= t;
        next_item = item < items.size() ? items[item].first : n;
      }
      const Token& tok = tokens_[t];
      if (t > start_ && ((tok.flags & (kParagraphBefore | kNewlineBefore)) != 0 || in_marker)) {
        if (tok.has(kParagraphBefore) || (in_marker && items[item].first == t) ||
            (tok.has(kNewlineBefore) && !wrapped && !ends_.continues_line(*doc_, t))) {
          close(t);
        }
      }
      while (t - start_ >= kMaxSentenceTokens) close(start_ + kMaxSentenceTokens);
      if (in_marker) continue;
      if (!text::may_end(*doc_, tok)) continue;  // end_kind is kNone: no boundary
      uint32_t resume = t + 1;
      const uint32_t boundary = ends_.boundary_after(*doc_, start_, t, wrapped, &resume);
      if (boundary > t && boundary < n) {
        while (boundary - start_ > kMaxSentenceTokens) close(start_ + kMaxSentenceTokens);
        close(boundary);
      }
      if (resume > t + 1) t = resume - 1;
    }
    while (n - start_ > kMaxSentenceTokens) close(start_ + kMaxSentenceTokens);
    close(n);
  }

 private:
  // The tokenizer never sets kSentenceStart: only the first tokens of the sentences of an
  // earlier run on this document carry it.
  void clear_previous_starts() {
    for (const Sentence& s : doc_->sentences)
      if (s.token_begin < tokens_.size()) tokens_[s.token_begin].flags &= ~kSentenceStart;
    doc_->sentences.clear();
  }

  // The first token from t on, before `stop`, that can matter: one after a line break, or one
  // that may end a sentence (tokens up to `stop` are outside list items and keep the sentence
  // under the limit): the next of the marks' stops. The loop asks for increasing t, so one
  // cursor walks the stops.
  uint32_t skip_quiet_tokens(uint32_t t, uint32_t stop) {
    const uint32_t end = std::min(stop, static_cast<uint32_t>(tokens_.size()));
    const std::vector<uint32_t>& stops = *stops_;
    while (next_stop_ < stops.size() && stops[next_stop_] < t) ++next_stop_;
    return next_stop_ < stops.size() && stops[next_stop_] < end ? stops[next_stop_] : std::max(t, end);
  }

  void close(uint32_t end) {
    if (end <= start_) return;
    Sentence s;
    s.token_begin = start_;
    s.token_end = end;
    s.span = doc_->token_span(start_, end);
    tokens_[start_].flags |= kSentenceStart;
    doc_->sentences.push_back(s);
    start_ = end;
  }

  const text::SentenceEnds& ends_;
  Doc* doc_;
  std::vector<Token>& tokens_;
  uint32_t start_ = 0;
  const std::vector<uint32_t>* stops_ = nullptr;  // SplitMarks::stops
  size_t next_stop_ = 0;  // the first of the stops at or after the last token asked about
};

}  // namespace

SentenceSplitter::SentenceSplitter(const LexiconSet& lexicons)
    : abbreviations_(&lexicons.get("en/lists/abbreviations")),
      starters_(&lexicons.get("en/lists/sentence_starters")),
      attribution_verbs_(&lexicons.get("en/lists/quote_attribution_verbs")) {}

void SentenceSplitter::run(Doc* doc) const {
  const text::SentenceEnds ends(*abbreviations_, *starters_, *attribution_verbs_);
  thread_local SplitScratch scratch;
  Splitter(ends, doc).run(&scratch);
  scratch.trim();
}

}  // namespace claimsift
