// The date header (find_date_header): which first lines set the document date, and where the
// body starts after them.
#include <gtest/gtest.h>

#include <string>

#include "claimsift/reader.h"

namespace claimsift {
namespace {

struct HeaderCase {
  const char* text;
  const char* date;  // "" when the text has no header
  const char* body;  // text from body_begin on (the whole text when there is no header)
};

constexpr HeaderCase kHeaderCases[] = {
    // The corpus convention: a leading " date YYYY-MM-DD " prefix, body on the same line.
    {" date 2025-05-04 Mission: Impossible star Tom Cruise.", "2025-05-04",
     "Mission: Impossible star Tom Cruise."},
    {"date 2025-05-04\n\nBody.", "2025-05-04", "Body."},
    {"\xEF\xBB\xBF date 2025-05-04 Body.", "2025-05-04", "Body."},
    {"\n\n  date 2024-02-29 Leap day.", "2024-02-29", "Leap day."},
    // Keyword lines.
    {"Published: 12 June 2022\nTom Cruise was seen.", "2022-06-12", "Tom Cruise was seen."},
    {"Published: 12 June 2022\r\n\r\nCRLF body.", "2022-06-12", "CRLF body."},
    {"Last updated Oct. 9, 2021, 6:02 p.m. ET\nBody.", "2021-10-09", "Body."},
    {"Updated: Sept. 30, 2023 at 10:15 a.m. EDT\nBody.", "2023-09-30", "Body."},
    {"Posted on Monday, June 12th, 2022 | Updated June 13, 2022\nBody.", "2022-06-12", "Body."},
    {"Published 3 March 2024, 18:05 GMT\nBody.", "2024-03-03", "Body."},
    {"PUBLISHED: 2022-06-12T10:30:00Z\nBody.", "2022-06-12", "Body."},
    {"Date: 2022/06/12\nBody.", "2022-06-12", "Body."},
    {"Published\xC2\xA0" "12\xC2\xA0June 2022\nNBSP body.", "2022-06-12", "NBSP body."},
    {"First published on Fri 1 Dec 2023 07.00 GMT\nBody.", "2023-12-01", "Body."},
    {"Published June 12, 2022 By Jane Doe\nBody.", "2022-06-12", "By Jane Doe\nBody."},
    // A line that is only a date (and time).
    {"June 12, 2022\nBody.", "2022-06-12", "Body."},
    {"12 June 2022 14:30\nBody.", "2022-06-12", "Body."},
    {"2025-05-04\nBody.", "2025-05-04", "Body."},
    // Not headers.
    {"June 12, 2022 was the day Tom Cruise flew.", "", "June 12, 2022 was the day Tom Cruise flew."},
    {"Date night: Tom and Ana, June 12, 2022.", "", "Date night: Tom and Ana, June 12, 2022."},
    {"On June 12, 2022, they married.", "", "On June 12, 2022, they married."},
    {"Tom Cruise was seen.\nPublished: 12 June 2022", "",
     "Tom Cruise was seen.\nPublished: 12 June 2022"},
    {"Published: 31 June 2022\nBody.", "", "Published: 31 June 2022\nBody."},
    {" date 2025-02-30 Body.", "", " date 2025-02-30 Body."},
    {"Published: 06/12/2022\nBody.", "", "Published: 06/12/2022\nBody."},
    {"Published: soon\nBody.", "", "Published: soon\nBody."},
    {"", "", ""},
    {"   \n\t ", "", "   \n\t "},
};

class DateHeaderTable : public ::testing::TestWithParam<HeaderCase> {};

TEST_P(DateHeaderTable, FindsTheDateAndWhereTheBodyStarts) {
  const HeaderCase& c = GetParam();
  const std::string_view text = c.text;
  const DateHeader h = find_date_header(text);
  if (*c.date == '\0') {
    EXPECT_FALSE(h.date.has_value()) << format_iso_date(*h.date);
    EXPECT_EQ(h.body_begin, 0u);
  } else {
    ASSERT_TRUE(h.date.has_value());
    EXPECT_EQ(format_iso_date(*h.date), c.date);
  }
  EXPECT_EQ(text.substr(h.body_begin), c.body);
}

INSTANTIATE_TEST_SUITE_P(Table, DateHeaderTable, ::testing::ValuesIn(kHeaderCases));

TEST(DateHeader, OnlyTheFirstLineIsRead) {
  std::string text(10000, 'x');
  text += "\nPublished: 12 June 2022\n";
  EXPECT_FALSE(find_date_header(text).date.has_value());
}

TEST(DateHeader, BodyBeginIsOnACodePointBoundary) {
  const std::string text = "Published: 12 June 2022 \xE2\x80\x94 \xC3\x89tait";
  const DateHeader h = find_date_header(text);
  ASSERT_TRUE(h.date.has_value());
  EXPECT_EQ(text.substr(h.body_begin), "\xC3\x89tait");
}

}  // namespace
}  // namespace claimsift
