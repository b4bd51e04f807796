// The one pass the sentence splitter makes over the tokens (SplitMarks in
// src/text/sentence_ends.h) and the list item starts it notes (possible_item_start in
// src/text/list_markers.h): the stops must be exactly the tokens after a line break or that may
// end a sentence, and the list items found from the noted starts must be those found when every
// token is offered as a start.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "text/list_markers.h"
#include "text/sentence_ends.h"
#include "testing/test_util.h"

namespace claimsift {
namespace {

using text::ListItem;
using text::ListItemFinder;
using text::SplitMarks;

const char* const kTexts[] = {
    "Hello World. My name is Jonas.\nA second line... and more!? Yes. U.S. officials met Mr. Smith.",
    "1. The first item 2. The second item 3. The third item",
    "Her picks: 1) the red one 2) the blue one. a) yes b) no c) maybe",
    "a. One thing b. Another thing\n\nc. A third, after a blank line",
    "\xE2\x80\xA2 9. Nine \xE2\x80\xA2 10. Ten \xE2\x80\xA2 Eleven, and \xE2\x80\xA2 twelve",
    "at No. 1. The song was $ 1. cheaper; 12.) twelve and 3.) three, 1.) one",
    "1) first\n2) second\n3) third\n4.) fourth",
    ("The pair met last month on the set\nof a period drama, and a source says\nthe spark was "
     "instant. They left\ntogether on Monday."),
    "I) Roman? x) letter, 100) too long, 7)no space, (1) bracketed, 1. 2. 3.",
    "",
    "word",
    "1.",
    "\xE2\x80\xA6 ellipsis \xE2\x80\xA6 and \xE2\x80\xA2",
};

std::vector<uint32_t> expected_stops(const Doc& doc) {
  std::vector<uint32_t> out;
  for (uint32_t t = 0; t < doc.tokens.size(); ++t) {
    const Token& tok = doc.tokens[t];
    if (tok.has(kNewlineBefore) || tok.has(kParagraphBefore) || text::may_end(doc, tok))
      out.push_back(t);
  }
  return out;
}

std::vector<std::pair<uint32_t, uint32_t>> as_pairs(const std::vector<ListItem>& items) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  for (const ListItem& i : items) out.emplace_back(i.first, i.marker_end);
  return out;
}

TEST(SplitMarks, StopsAreLineBreaksAndPossibleEnds) {
  for (const char* text : kTexts) {
    const Doc doc = testing::tokenize_and_split(text);
    SplitMarks marks;
    marks.find(doc);
    EXPECT_EQ(marks.stops, expected_stops(doc)) << text;
  }
}

TEST(SplitMarks, NotedItemStartsFindTheItemsEveryTokenFinds) {
  size_t items = 0;
  for (const char* text : kTexts) {
    const Doc doc = testing::tokenize_and_split(text);
    SplitMarks marks;
    marks.find(doc);
    for (size_t k = 1; k < marks.possible_items.size(); ++k)
      EXPECT_LT(marks.possible_items[k - 1], marks.possible_items[k]) << text;
    std::vector<uint32_t> every_token;
    for (uint32_t t = 0; t < doc.tokens.size(); ++t) every_token.push_back(t);
    ListItemFinder noted, all;
    const auto got = as_pairs(noted.find(doc, marks.possible_items));
    EXPECT_EQ(got, as_pairs(all.find(doc, every_token))) << text;
    EXPECT_EQ(got, as_pairs(text::find_list_items(doc))) << text;
    items += got.size();
  }
  EXPECT_GT(items, 15u);  // the texts have list items to find
}

TEST(SplitMarks, PossibleItemStartPointsAtTheMarker) {
  const Doc doc = testing::tokenize_and_split("Picks: 1) red 2. blue a. green \xE2\x80\xA2 x");
  // Picks : 1 ) red 2 . blue a. green • x
  // 0     1 2 3 4   5 6 7    8  9     10 11
  ASSERT_EQ(doc.tokens.size(), 12u);
  EXPECT_EQ(text::possible_item_start(doc, 3), 2u);   // ")" after "1"
  EXPECT_EQ(text::possible_item_start(doc, 6), 5u);   // "." after "2"
  EXPECT_EQ(text::possible_item_start(doc, 8), 8u);   // "a."
  EXPECT_EQ(text::possible_item_start(doc, 10), 10u); // a bullet
  EXPECT_EQ(text::possible_item_start(doc, 1), text::kNoItem);  // ":" after a long word
  EXPECT_EQ(text::possible_item_start(doc, 4), text::kNoItem);  // a plain word
}

TEST(SplitMarks, AReusedFinderKeepsNothingOfTheLastDocument) {
  const Doc first = testing::tokenize_and_split("1) one 2) two 3) three");
  const Doc second = testing::tokenize_and_split("Nothing listed here. 2) two");
  SplitMarks marks;
  ListItemFinder reused, fresh;
  marks.find(first);
  EXPECT_EQ(reused.find(first, marks.possible_items).size(), 3u);
  marks.find(second);
  EXPECT_EQ(as_pairs(reused.find(second, marks.possible_items)),
            as_pairs(fresh.find(second, marks.possible_items)));
  EXPECT_EQ(marks.stops, expected_stops(second));
}

}  // namespace
}  // namespace claimsift
