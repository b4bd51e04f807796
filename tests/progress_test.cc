// The progress line and the summary of a batch (src/cli/progress.cc): what they say for known
// and unknown totals, errors, sizes and times. When they show is tested end to end in
// tests/e2e_cli_test.cc.
#include <gtest/gtest.h>

#include "cli/messages.cc"  // the units under test are part of the command line, not the library
#include "cli/progress.cc"

namespace claimsift::cli {
namespace {

TEST(ProgressLine, KnownTotalGivesDoneOverTotalAndTimeLeft) {
  ProgressCounts c;
  c.documents = 1234;
  c.total = 10000;
  c.errors = 2;
  c.bytes = 6'200'000;
  c.seconds = 0.5;
  // 0.5 s for 1,234 documents: 8,766 more take about 3.55 s.
  EXPECT_EQ(format_progress_line(c),
            "claimsift: 1,234/10,000 documents, 2 errors, 6.2 MB, 12.4 MB/s, 0:04 left");
}

TEST(ProgressLine, UnknownTotalGivesNoTimeLeft) {
  ProgressCounts c;
  c.documents = 1;
  c.errors = 1;
  c.bytes = 50'000;
  c.seconds = 0.1;
  EXPECT_EQ(format_progress_line(c), "claimsift: 1 document, 1 error, 0.1 MB, 0.5 MB/s");
  c.documents = 12;
  EXPECT_EQ(format_progress_line(c), "claimsift: 12 documents, 1 error, 0.1 MB, 0.5 MB/s");
}

TEST(ProgressLine, LongRunsCountHours) {
  ProgressCounts c;
  c.documents = 1000;
  c.total = 1'000'000;
  c.bytes = 5'000'000;
  c.seconds = 10;  // 999,000 more documents: 9,990 s
  EXPECT_EQ(format_progress_line(c),
            "claimsift: 1,000/1,000,000 documents, 0 errors, 5.0 MB, 0.5 MB/s, 2:46:30 left");
}

TEST(ProgressLine, DoneGivesNoTimeLeft) {
  ProgressCounts c;
  c.documents = 3;
  c.total = 3;
  c.seconds = 1;
  EXPECT_EQ(format_progress_line(c), "claimsift: 3/3 documents, 0 errors, 0.0 MB, 0.0 MB/s");
}

TEST(SummaryLine, SaysDocumentsErrorsSizeTimeAndSpeed) {
  ProgressCounts c;
  c.documents = 10000;
  c.errors = 2;
  c.bytes = 50'000'000;
  c.seconds = 3.3;
  EXPECT_EQ(format_summary_line(c),
            "claimsift: 10,000 documents, 2 errors, 50.0 MB in 3.3 s (15.2 MB/s)");
  c.documents = 1;
  c.errors = 0;
  EXPECT_EQ(format_summary_line(c),
            "claimsift: 1 document, 0 errors, 50.0 MB in 3.3 s (15.2 MB/s)");
}

TEST(ProgressReporter, DisabledCountsNothingAndDrawsNothing) {
  ProgressReporter off(false);
  off.record_written(100, true);
  off.finish();  // would write to stderr when enabled
  EXPECT_FALSE(off.enabled());
}

}  // namespace
}  // namespace claimsift::cli
