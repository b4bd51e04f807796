// Spare records: the emptied Person, Claim, ... objects of a cleared Doc, kept for the stages to
// fill again with the next document. A record owns strings and vectors (a claim's cues, a
// person's mentions); making them anew for every document of a batch, and freeing them at
// Doc::clear, was a malloc and a free per buffer. A spare record is equal to a default one
// (every field reset) but keeps its buffers' capacity. The spares are not in the Doc's lists,
// so no reader of those sees them.
//
// Tested by tests/reader_test.cc (DocClear).
#ifndef CLAIMSIFT_SPARE_RECORDS_H_
#define CLAIMSIFT_SPARE_RECORDS_H_

#include <cstddef>
#include <utility>
#include <vector>

namespace claimsift {

// Spares of one record type T. T needs an overload `void empty_for_reuse(T*)` (found by
// argument-dependent lookup; doc.h has them) that makes the record equal to T() and keeps the
// capacity of its buffers.
template <typename T>
class SpareRecords {
 public:
  // Most records kept: a batch document has a few dozen of each; a document with thousands
  // leaves no more than this behind.
  static constexpr size_t kMaxKept = 256;

  // A record equal to T(), made from a spare when there is one.
  T take() {
    if (spare_.empty()) return T();
    T record = std::move(spare_.back());
    spare_.pop_back();
    return record;
  }

  // Appends take() to *list and returns it.
  T& append_to(std::vector<T>* list) {
    if (spare_.empty()) return list->emplace_back();
    list->push_back(std::move(spare_.back()));
    spare_.pop_back();
    return list->back();
  }

  // Keeps the records of *list (up to kMaxKept spares in all), emptied, and clears the list.
  // Whichever of the two vectors holds more records keeps them in place (the vectors are
  // swapped): only the fewer are moved.
  void keep_from(std::vector<T>* list) {
    for (T& record : *list) empty_for_reuse(&record);
    if (list->size() > spare_.size() && list->size() <= kMaxKept) list->swap(spare_);
    for (T& record : *list) {
      if (spare_.size() == kMaxKept) break;
      spare_.push_back(std::move(record));
    }
    list->clear();
  }

  size_t size() const { return spare_.size(); }

 private:
  std::vector<T> spare_;
};

}  // namespace claimsift

#endif  // CLAIMSIFT_SPARE_RECORDS_H_
