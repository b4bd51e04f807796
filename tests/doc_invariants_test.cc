// The document model's invariants (include/claimsift/doc.h) after the tokenizer and the
// sentence splitter, on hostile texts: emoji, combining marks, right-to-left text, invalid
// bytes, very long words, only punctuation, only whitespace. Tokens are sorted, do not
// overlap, lie inside the body on UTF-8 boundaries and never cover whitespace; the gaps between
// them are whitespace or invisible characters only; every non-space character after the header
// is in exactly one sentence.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimsift/limits.h"
#include "claimsift/utf8.h"
#include "testing/test_util.h"
#include "text/char_class.h"

namespace claimsift {
namespace {

bool on_boundary(const std::string& s, uint32_t i) {
  return i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
}

// Every code point of [begin, end) is a gap character.
bool gap_only(const std::string& s, uint32_t begin, uint32_t end) {
  for (size_t i = begin; i < end;) {
    if (text::classify(next_code_point(s, i)) != text::CharKind::kGap) return false;
  }
  return true;
}

void check_invariants(const std::string& input) {
  const Doc doc = testing::tokenize_and_split(input);
  const std::string& s = doc.text;
  SCOPED_TRACE(input.substr(0, 60));
  uint32_t prev_end = doc.body_begin;
  for (size_t k = 0; k < doc.tokens.size(); ++k) {
    const Token& t = doc.tokens[k];
    ASSERT_LT(t.begin, t.end) << "token " << k;
    ASSERT_LE(t.end, s.size());
    ASSERT_GE(t.begin, prev_end) << "token " << k << " overlaps or is out of order";
    ASSERT_TRUE(on_boundary(s, t.begin) && on_boundary(s, t.end)) << "token " << k;
    ASSERT_LE(t.end - t.begin, kMaxTokenBytes) << "token " << k;
    EXPECT_TRUE(gap_only(s, prev_end, t.begin)) << "gap before token " << k;
    // No whitespace inside a token.
    for (size_t i = t.begin; i < t.end;) {
      const char32_t c = next_code_point(s, i);
      ASSERT_FALSE(is_space(c)) << "token " << k << " covers whitespace";
    }
    ASSERT_LE(t.norm_begin + t.norm_size, doc.norm_buffer.size());
    prev_end = t.end;
  }
  EXPECT_TRUE(gap_only(s, prev_end, static_cast<uint32_t>(s.size()))) << "trailing gap";
  // Sentences: consecutive token ranges covering every token once, spans trimmed.
  uint32_t next_token = 0;
  for (const Sentence& sent : doc.sentences) {
    ASSERT_EQ(sent.token_begin, next_token);
    ASSERT_LT(sent.token_begin, sent.token_end);
    ASSERT_LE(sent.token_end - sent.token_begin, kMaxSentenceTokens);
    EXPECT_EQ(sent.span.begin, doc.tokens[sent.token_begin].begin);
    EXPECT_EQ(sent.span.end, doc.tokens[sent.token_end - 1].end);
    EXPECT_TRUE(doc.tokens[sent.token_begin].has(kSentenceStart));
    next_token = sent.token_end;
  }
  EXPECT_EQ(next_token, doc.tokens.size());
}

struct HostileCase {
  const char* name;
  std::string text;
};

std::vector<HostileCase> hostile_cases() {
  return {
      {"emoji", "Wow \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA7!! "
                "\xF0\x9F\x87\xAA\xF0\x9F\x87\xB8\xF0\x9F\x8F\xB4\xF3\xA0\x81\xA7\xF3\xA0\x81\xA2"
                "\xF3\xA0\x81\xA5\xF3\xA0\x81\xAE\xF3\xA0\x81\xA7\xF3\xA0\x81\xBF \xE2\x9D\xA4\xEF\xB8\x8F"
                "\xE2\x80\x8D\xF0\x9F\x94\xA5 1\xEF\xB8\x8F\xE2\x83\xA3"},
      {"combining_marks", "Ame\xCC\x81lie\xCC\x88 a\xCC\x81\xCC\x81\xCC\x81. \xCC\x81 stray."},
      {"rtl", "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xD8\xA8\xD9\x83\xD9\x85. \xE2\x80\x8F"
              "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D!"},
      {"invalid_bytes", "bad \xFF\xFE bytes \xC3 here. \xE2\x82 end"},
      {"long_word", std::string(10000, 'x') + ". Next"},
      {"long_run_of_marks", [] {
         std::string s = "a";
         for (int i = 0; i < 5000; ++i) s += "\xCC\x81";
         return s + " b";
       }()},
      {"long_hyphenated", [] {
         std::string s;
         for (int i = 0; i < 3000; ++i) s += "ab-";
         return s + "c.";
       }()},
      {"only_punctuation", "?!.,;:\"'()[]{}\xE2\x80\x94\xE2\x80\xA6...!!!???"},
      {"only_whitespace", " \t\n\r\n\xC2\xA0\xE2\x80\x83\xE2\x80\x8B\xEF\xBB\xBF "},
      {"empty", ""},
      {"bom_and_header", "\xEF\xBB\xBF date 2025-05-04 Text here."},
      {"header_only", " date 2025-05-04 "},
      {"zero_width_everywhere", "a\xE2\x80\x8B\xE2\x80\x8C\xE2\x80\x8D\xE2\x81\xA0" "b \xE2\x80\x8E" "c"},
      {"controls", "a\x01\x02 b\x1B[0m c\x7F"},
      {"lone_variation_selector", " \xEF\xB8\x8F x \xEF\xB8\x8F"},
      {"dangling_zwj", "\xF0\x9F\x91\xA8\xE2\x80\x8D"},
      {"tags_only", "\xF3\xA0\x81\xA7\xF3\xA0\x81\xA2"},
      {"private_use", "\xEE\x80\x80 \xF4\x8F\xBF\xBD"},
      {"cjk", "\xE4\xB8\xAD\xE6\x96\x87\xE3\x80\x82\xE6\x97\xA5\xE6\x9C\xAC"},
      {"urls_and_mail", "x@y.z @ # #1 https:// www. http://a.b/(c)) mail@host.com."},
      {"many_dots", std::string(5000, '.')},
      {"many_ellipses", [] {
         std::string s;
         for (int i = 0; i < 2000; ++i) s += "\xE2\x80\xA6";
         return s;
       }()},
      {"many_dashes", [] {
         std::string s;
         for (int i = 0; i < 2000; ++i) s += "\xE2\x80\x94";
         return s;
       }()},
      {"spaced_dots", [] {
         std::string s;
         for (int i = 0; i < 3000; ++i) s += ". ";
         return s;
       }()},
      {"apostrophes", "'s n't ' '' ''' s' 'x' don't'"},
      {"crlf", "One.\r\nTwo.\r\n\r\nThree"},
  };
}

TEST(DocInvariants, HoldOnHostileTexts) {
  for (const HostileCase& c : hostile_cases()) {
    SCOPED_TRACE(c.name);
    check_invariants(c.text);
  }
}

TEST(DocInvariants, HoldOnTheExampleArticle) {
  check_invariants(testing::read_file(std::string(CLAIMSIFT_SOURCE_DIR) +
                                      "/data/examples/cruise_de_armas.txt"));
}

TEST(DocInvariants, HoldOnRandomBytes) {
  // Deterministic pseudo-random mixes of ASCII, multi-byte and invalid sequences.
  uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<uint32_t>(state >> 33);
  };
  const std::vector<std::string> pieces = {
      "a", "Z", " ", "\n", ".", "!", "?", "'", "\"", "-", "@", "#", "1", ",", "\xE2\x80\x99",
      "\xE2\x80\x94", "\xE2\x80\xA6", "\xF0\x9F\x98\x80", "\xE2\x80\x8D", "\xEF\xB8\x8F",
      "\xCC\x81", "\xC2\xA0", "\xFF", "\xC3", "\xD8\xA8", "Mr.", "U.S.", "http://", "www.",
      "\xF0\x9F\x87\xAA", "\xE2\x83\xA3", "\xEF\xBB\xBF", "n't", "s'", "\r"};
  for (int doc = 0; doc < 200; ++doc) {
    std::string text;
    const int n = 1 + next() % 200;
    for (int i = 0; i < n; ++i) text += pieces[next() % pieces.size()];
    check_invariants(text);
    if (::testing::Test::HasFatalFailure()) return;
  }
}

}  // namespace
}  // namespace claimsift
