// Tests of the lexicon format, look-ups and the built-in set.
// Covers src/lexicon/lexicon.cc, lexicon_file.cc, lexicon_set.cc, normalize.cc.
#include <gtest/gtest.h>

#include "claimsift/lexicon.h"
#include "claimsift/lexicon_file.h"
#include "claimsift/normalize.h"

namespace claimsift {
namespace {

TEST(Normalize, FoldsCaseQuotesAndSpaces) {
  EXPECT_EQ(normalize("Us  Weekly"), "us weekly");
  EXPECT_EQ(normalize("Cruise\xE2\x80\x99s"), "cruise's");
  EXPECT_EQ(normalize(" \xC2\xA0" "Ana\tde Armas "), "ana de armas");
  EXPECT_EQ(normalize("\xC3\x89" "MILE"), "\xC3\xA9" "mile");
  EXPECT_EQ(normalize("zero\xE2\x80\x8Bwidth"), "zerowidth");
}

TEST(LexiconFile, ParsesEntriesValuesAndComments) {
  std::vector<LexiconRow> rows;
  std::string error;
  LexiconParseOptions options;
  options.require_format_line = true;
  ASSERT_TRUE(parse_lexicon_file("x.txt", "// FORMAT: word<TAB>n\n\nfoo\t1\n  // c\nBar Baz\t2\t3\n",
                                 options, &rows, &error))
      << error;
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].surface, "foo");
  EXPECT_EQ(rows[1].value, "2\t3");
  EXPECT_EQ(rows[1].line, 5);
}

TEST(LexiconFile, ReportsDuplicatesWithLine) {
  std::vector<LexiconRow> rows;
  std::string error;
  EXPECT_FALSE(parse_lexicon_file("x.txt", "foo\nFOO\n", LexiconParseOptions(), &rows, &error));
  EXPECT_EQ(error, "x.txt:2: duplicate entry 'FOO' (first at line 1)");
}

TEST(LexiconFile, RejectsInvalidUtf8AndMissingFormat) {
  std::vector<LexiconRow> rows;
  std::string error;
  EXPECT_FALSE(parse_lexicon_file("x.txt", "ok\nbad\xFF\n", LexiconParseOptions(), &rows, &error));
  EXPECT_EQ(error, "x.txt:2: not valid UTF-8");
  LexiconParseOptions strict;
  strict.require_format_line = true;
  EXPECT_FALSE(parse_lexicon_file("y.txt", "ok\n", strict, &rows, &error));
  EXPECT_EQ(error, "y.txt:1: missing '// FORMAT:' header line");
}

TEST(Lexicon, FindsEntriesAndPrefixes) {
  auto lex = Lexicon::build("t", {{"E! News", "outlet"}, {"People", "outlet"}, {"Us", "o"},
                                  {"Us Weekly", "outlet\tus"}});
  EXPECT_EQ(lex->size(), 4u);
  EXPECT_GE(lex->find("people"), 0);
  EXPECT_EQ(lex->find("peopl"), -1);
  const LexiconKey* us = lex->find_key("us");
  ASSERT_NE(us, nullptr);
  EXPECT_TRUE(us->continues);
  EXPECT_GE(us->entry, 0);
  const LexiconKey* e = lex->find_key("e!");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->entry, -1);
  EXPECT_EQ(lex->field(lex->find("us weekly"), 1), "us");
  EXPECT_EQ(lex->field(lex->find("us weekly"), 2), "");
}

TEST(Lexicon, TokenPrefixesEndAtTokenEdges) {
  auto p = token_prefixes("e! news");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0], "e");
  EXPECT_EQ(p[1], "e!");
}

TEST(Lexicon, NonAsciiPunctuationIsATokenEdge) {
  // "¡Hola!" is three tokens: the inverted mark, the word, the mark.
  auto p = token_prefixes("\xC2\xA1hola!");
  ASSERT_EQ(p.size(), 2u);
  EXPECT_EQ(p[0], "\xC2\xA1");
  EXPECT_EQ(p[1], "\xC2\xA1hola");
  // Accented letters stay inside a word.
  EXPECT_TRUE(token_prefixes("ni bhriain").size() == 1u);
  EXPECT_TRUE(token_prefixes("l\xC3\xADo").empty());
}

TEST(LexiconSet, BuiltinListsAreCompiledIn) {
  const LexiconSet& set = LexiconSet::builtin();
  ASSERT_TRUE(set.has("en/lists/abbreviations"));
  EXPECT_TRUE(set.get("en/lists/abbreviations").contains("mr."));
  EXPECT_EQ(set.get("no/such/list").size(), 0u);
}

}  // namespace
}  // namespace claimsift
