// The reader: Python-exact lossy UTF-8 decoding, binary and size checks, date precedence, and
// reading files and descriptors. Expected decodings were computed with Python 3:
//   bytes.decode("utf-8", "replace")  (and the UnicodeDecodeError's start for first_invalid_byte)
#include <fcntl.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <random>
#include <string>
#include <vector>

#include "claimsift/json_writer.h"
#include "claimsift/reader.h"
#include "testing/test_util.h"

namespace claimsift {
namespace {

struct DecodeCase {
  const char* input;
  const char* python;  // input.decode("utf-8", "replace"), encoded back to UTF-8
  size_t replacements;
  size_t first_invalid;
};

constexpr DecodeCase kDecodeCases[] = {
    {"", "", 0, 0},
    {"\x61\x62\x63", "\x61\x62\x63", 0, 0},
    {"\x80", "\xef\xbf\xbd", 1, 0},
    {"\xbf", "\xef\xbf\xbd", 1, 0},
    {"\xc0\x80", "\xef\xbf\xbd\xef\xbf\xbd", 2, 0},
    {"\xc1\xbf", "\xef\xbf\xbd\xef\xbf\xbd", 2, 0},
    {"\xc2", "\xef\xbf\xbd", 1, 0},
    {"\xc2\x41", "\xef\xbf\xbd\x41", 1, 0},
    {"\xc2\xa9", "\xc2\xa9", 0, 0},
    {"\xe0\x80\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3, 0},
    {"\xe0\xa0", "\xef\xbf\xbd", 1, 0},
    {"\xe0\xa0\x41", "\xef\xbf\xbd\x41", 1, 0},
    {"\xe0\xa0\x80", "\xe0\xa0\x80", 0, 0},
    {"\xed\xa0\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3, 0},
    {"\xed\x9f\xbf", "\xed\x9f\xbf", 0, 0},
    {"\xef\xbf\xbd", "\xef\xbf\xbd", 0, 0},
    {"\xf0\x80\x80\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 4, 0},
    {"\xf0\x90", "\xef\xbf\xbd", 1, 0},
    {"\xf0\x90\x80", "\xef\xbf\xbd", 1, 0},
    {"\xf0\x90\x80\x41", "\xef\xbf\xbd\x41", 1, 0},
    {"\xf0\x9f\x98\x80", "\xf0\x9f\x98\x80", 0, 0},
    {"\xf4\x8f\xbf\xbf", "\xf4\x8f\xbf\xbf", 0, 0},
    {"\xf4\x90\x80\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 4, 0},
    {"\xf5\x80\x80\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 4, 0},
    {"\xfe", "\xef\xbf\xbd", 1, 0},
    {"\xff\xfe", "\xef\xbf\xbd\xef\xbf\xbd", 2, 0},
    {"\x61\xff\x62", "\x61\xef\xbf\xbd\x62", 1, 1},
    {"\xe2\x82", "\xef\xbf\xbd", 1, 0},
    {"\xe2\x82\xac", "\xe2\x82\xac", 0, 0},
    {"\xe2\x28\xa1", "\xef\xbf\xbd\x28\xef\xbf\xbd", 2, 0},
    {"\xf8\x88\x80\x80\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 5, 0},
    {"\x63\x61\x66\xe9\x20\x6f\x6c\xe9", "\x63\x61\x66\xef\xbf\xbd\x20\x6f\x6c\xef\xbf\xbd", 2, 3},
    {"\xc3\xa9\xc3", "\xc3\xa9\xef\xbf\xbd", 1, 2},
    {"\x80\x80\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3, 0},
    {"\xe1\x80\xe1\x80\x80", "\xef\xbf\xbd\xe1\x80\x80", 1, 0},
    {"\xef\xbb\xbf\x42\x4f\x4d", "\xef\xbb\xbf\x42\x4f\x4d", 0, 0},
    {"\xf1\x80\x80", "\xef\xbf\xbd", 1, 0},
    {"\xf1\x80\x80\xf1\x80\x80\x80", "\xef\xbf\xbd\xf1\x80\x80\x80", 1, 0},
    {"\xed\xbf\xbf", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3, 0},
    {"\xf4\x8f", "\xef\xbf\xbd", 1, 0},
    {"\xe0\x9f\x80", "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd", 3, 0},
    {"\x78\xc2\xc2\xa9\x79", "\x78\xef\xbf\xbd\xc2\xa9\x79", 1, 1},
};

class DecodeLikePython : public ::testing::TestWithParam<DecodeCase> {};

TEST_P(DecodeLikePython, ReplacesEachMaximalSubpartWithOneReplacementCharacter) {
  const DecodeCase& c = GetParam();
  const DecodeResult r = decode_utf8_lossy(c.input);
  EXPECT_EQ(r.text, c.python);
  EXPECT_EQ(r.invalid_sequences, c.replacements);
  if (c.replacements > 0) {
    EXPECT_EQ(r.first_invalid_byte, c.first_invalid);
  }
}

INSTANTIATE_TEST_SUITE_P(Table, DecodeLikePython, ::testing::ValuesIn(kDecodeCases));

// Decoding is idempotent: what it returns is valid UTF-8, so a second pass changes nothing.
TEST(DecodeUtf8Lossy, OutputOfRandomBytesIsValidUtf8) {
  std::mt19937 rng(12345);
  for (int round = 0; round < 2000; ++round) {
    std::string bytes(rng() % 40, '\0');
    for (char& b : bytes) {
      // Mostly bytes that matter for UTF-8 structure.
      const unsigned r = rng() % 8;
      b = static_cast<char>(r == 0 ? 'a' : r < 4 ? 0x80 + rng() % 0x40 : 0xC0 + rng() % 0x40);
    }
    const DecodeResult once = decode_utf8_lossy(bytes);
    const DecodeResult twice = decode_utf8_lossy(once.text);
    ASSERT_EQ(twice.text, once.text);
    ASSERT_EQ(twice.invalid_sequences, 0u);
  }
}

TEST(LooksBinary, IsTrueOnlyWithANulByte) {
  EXPECT_FALSE(looks_binary(""));
  EXPECT_FALSE(looks_binary("plain text\n\x7f\x01"));
  EXPECT_TRUE(looks_binary(std::string("a\0b", 3)));
}

Status read(std::string_view bytes, Doc* doc, Options options = Options(),
            ExternalDate external = ExternalDate()) {
  return read_document("id", bytes, external, options, doc);
}

TEST(ReadDocument, NulByteIsABinaryFileError) {
  Doc doc;
  const Status s = read(std::string("Hello\0world", 11), &doc);
  EXPECT_EQ(s.code(), ErrorCode::kBinaryFile);
  EXPECT_NE(s.message().find("offset 5"), std::string::npos) << s.message();
}

TEST(ReadDocument, OverMaxBytesIsTooLarge) {
  Doc doc;
  Options options;
  options.max_bytes = 4;
  EXPECT_EQ(read("12345", &doc, options).code(), ErrorCode::kTooLarge);
  EXPECT_TRUE(read("1234", &doc, options).ok());
}

TEST(ReadDocument, EmptyAndWhitespaceOnlyAreValidDocuments) {
  for (const char* text : {"", " \n\t\r\n  "}) {
    Doc doc;
    ASSERT_TRUE(read(text, &doc).ok());
    EXPECT_EQ(doc.text, text);
    EXPECT_TRUE(doc.warnings.empty());
  }
}

TEST(ReadDocument, InvalidUtf8IsReplacedAndWarned) {
  Doc doc;
  ASSERT_TRUE(read("caf\xe9 ok", &doc).ok());
  EXPECT_EQ(doc.text, "caf\xef\xbf\xbd ok");
  ASSERT_EQ(doc.warnings.size(), 1u);
  EXPECT_EQ(doc.warnings[0].code, "invalid_utf8");
  EXPECT_NE(doc.warnings[0].message.find("byte 3"), std::string::npos);
  EXPECT_EQ(doc.offsets.code_point_count(), 7u);
}

TEST(ReadDocument, ByteOrderMarkIsKeptAndCounted) {
  Doc doc;
  ASSERT_TRUE(read("\xEF\xBB\xBFHi.", &doc).ok());
  EXPECT_EQ(doc.text, "\xEF\xBB\xBFHi.");
  EXPECT_EQ(doc.offsets.code_point_count(), 4u);
  EXPECT_EQ(doc.code_point(3), 1u);
}

TEST(ReadDocument, CrlfLoneCrNbspAndZeroWidthAreKeptAsTheyAre) {
  const std::string text = "A\r\nB\rC\xC2\xA0" "D\xE2\x80\x8B" "E";
  Doc doc;
  ASSERT_TRUE(read(text, &doc).ok());
  EXPECT_EQ(doc.text, text);
  EXPECT_TRUE(doc.warnings.empty());
  EXPECT_EQ(doc.offsets.code_point_count(), 10u);
}

TEST(ReadDocument, HeaderDateIsTheDocumentDateWhenNothingOverridesIt) {
  Doc doc;
  ASSERT_TRUE(read(" date 2025-05-04 Body.", &doc).ok());
  ASSERT_TRUE(doc.document_date.has_value());
  EXPECT_EQ(format_iso_date(*doc.document_date), "2025-05-04");
  EXPECT_EQ(doc.document_date_source, DateSource::kHeader);
  EXPECT_EQ(doc.text.substr(doc.body_begin), "Body.");
}

TEST(ReadDocument, OptionDateOverridesTheHeaderWhichStaysMetadata) {
  Doc doc;
  Options options;
  options.default_date = CivilDate{2024, 1, 2};
  ASSERT_TRUE(read(" date 2025-05-04 Body.", &doc, options).ok());
  EXPECT_EQ(format_iso_date(*doc.document_date), "2024-01-02");
  EXPECT_EQ(doc.document_date_source, DateSource::kOption);
  EXPECT_EQ(doc.text.substr(doc.body_begin), "Body.");
}

TEST(ReadDocument, InputDateOverridesTheOptionAndTheHeader) {
  Doc doc;
  Options options;
  options.default_date = CivilDate{2024, 1, 2};
  ExternalDate external{CivilDate{2023, 3, 4}, DateSource::kInput};
  ASSERT_TRUE(read(" date 2025-05-04 Body.", &doc, options, external).ok());
  EXPECT_EQ(format_iso_date(*doc.document_date), "2023-03-04");
  EXPECT_EQ(doc.document_date_source, DateSource::kInput);
}

TEST(ReadDocument, NoDateAnywhereIsNull) {
  Doc doc;
  ASSERT_TRUE(read("Just text.", &doc).ok());
  EXPECT_FALSE(doc.document_date.has_value());
  EXPECT_EQ(doc.document_date_source, DateSource::kNone);
  EXPECT_EQ(doc.body_begin, 0u);
}

TEST(DocClear, EmptiesEveryLayerAndKeepsTheTokenBuffers) {
  Doc doc = testing::annotate("date 2025-05-04 Ana Lopez, 31, reportedly met Tom Cruise in Paris.");
  ASSERT_FALSE(doc.tokens.empty());
  ASSERT_FALSE(doc.people.empty());
  const size_t token_capacity = doc.tokens.capacity();
  const size_t text_capacity = doc.text.capacity();
  doc.clear();
  EXPECT_TRUE(doc.id.empty());
  EXPECT_TRUE(doc.text.empty());
  EXPECT_TRUE(doc.tokens.empty());
  EXPECT_TRUE(doc.norm_buffer.empty());
  EXPECT_TRUE(doc.sentences.empty());
  EXPECT_TRUE(doc.people.empty());
  EXPECT_TRUE(doc.places.empty());
  EXPECT_TRUE(doc.timexes.empty());
  EXPECT_TRUE(doc.claims.empty());
  EXPECT_TRUE(doc.warnings.empty());
  EXPECT_FALSE(doc.document_date.has_value());
  EXPECT_EQ(doc.body_begin, 0u);
  EXPECT_EQ(doc.vocabulary, nullptr);
  EXPECT_EQ(doc.tokens.capacity(), token_capacity);
  EXPECT_EQ(doc.text.capacity(), text_capacity);
}

TEST(DocClear, ReleasesABufferGrownPastTheKeepLimit) {
  Doc doc;
  doc.tokens.reserve(Doc::kKeepBytes / sizeof(Token) + 1);
  doc.text.reserve(16);
  doc.clear();
  EXPECT_EQ(doc.tokens.capacity(), 0u);
  EXPECT_GE(doc.text.capacity(), 16u);
}

TEST(DocClear, KeepsTheRecordsAsSparesEqualToDefaultOnes) {
  Doc doc = testing::annotate(
      "Ana Lopez, 31, reportedly met Tom Cruise in Paris on May 4, a source told People. "
      "Insiders say the couple may marry at the Met Gala.");
  ASSERT_FALSE(doc.people.empty());
  ASSERT_FALSE(doc.claims.empty());
  ASSERT_FALSE(doc.events.empty());
  const size_t people = doc.people.size();
  const size_t claims = doc.claims.size();
  doc.clear();
  EXPECT_TRUE(doc.people.empty());
  EXPECT_TRUE(doc.claims.empty());
  EXPECT_EQ(doc.spares.people.size(), people);
  EXPECT_EQ(doc.spares.claims.size(), claims);
  // Each reused record is a default one (only its buffers' capacity is kept).
  const Person person = doc.spares.people.take();
  EXPECT_TRUE(person.name.empty() && person.mentions.empty() && person.ages.empty() &&
              person.descriptors.empty());
  const Claim claim = doc.spares.claims.take();
  const Claim fresh;
  EXPECT_EQ(claim.sentence, fresh.sentence);
  EXPECT_EQ(claim.span, fresh.span);
  EXPECT_TRUE(claim.type.empty() && claim.subjects.empty() && claim.cues.empty() &&
              claim.events.empty() && claim.dates.empty() && claim.places.empty());
  EXPECT_EQ(claim.hedged, fresh.hedged);
  EXPECT_EQ(claim.source.kind, fresh.source.kind);
  EXPECT_TRUE(claim.source.name.empty());
  EXPECT_EQ(claim.source.span, fresh.source.span);
  EXPECT_EQ(claim.polarity, fresh.polarity);
  EXPECT_EQ(claim.certainty, fresh.certainty);
  Event& event = doc.spares.events.append_to(&doc.events);
  const Event fresh_event;
  EXPECT_TRUE(event.type.empty() && event.name.empty() && event.participants.empty());
  EXPECT_EQ(event.trigger, fresh_event.trigger);
  EXPECT_EQ(event.sentence, fresh_event.sentence);
  EXPECT_EQ(event.date, fresh_event.date);
  EXPECT_EQ(event.place, fresh_event.place);
  EXPECT_EQ(event.certainty, fresh_event.certainty);
  EXPECT_EQ(event.polarity, fresh_event.polarity);
  EXPECT_EQ(doc.events.size(), 1u);
}

TEST(DocClear, ARecycledDocGivesTheSameOutputAsAFreshOne) {
  const std::string first =
      "Ana Lopez, 31, reportedly met Tom Cruise in Paris on May 4, a source told People. "
      "Insiders say the couple may marry at the Met Gala, and fans think Lopez wed him.";
  const std::string second =
      "Tom Cruise denied the report. A friend said they are just friends, per TMZ.";
  Doc reused;
  ASSERT_TRUE(testing::default_pipeline().process("a", first, ExternalDate{}, &reused).ok());
  ASSERT_TRUE(testing::default_pipeline().process("b", second, ExternalDate{}, &reused).ok());
  Doc fresh;
  ASSERT_TRUE(testing::default_pipeline().process("b", second, ExternalDate{}, &fresh).ok());
  std::string reused_json, fresh_json;
  write_document_json(reused, JsonStyle::kCompact, &reused_json);
  write_document_json(fresh, JsonStyle::kCompact, &fresh_json);
  EXPECT_EQ(reused_json, fresh_json);
}

TEST(DocClear, KeepsABoundedNumberOfSpares) {
  Doc doc;
  doc.claims.resize(SpareRecords<Claim>::kMaxKept + 10);
  doc.clear();
  EXPECT_EQ(doc.spares.claims.size(), SpareRecords<Claim>::kMaxKept);
  doc.claims.resize(5);
  doc.clear();
  EXPECT_EQ(doc.spares.claims.size(), SpareRecords<Claim>::kMaxKept);
}

TEST(DocClear, ReleasesTheSparesAfterALargeDocument) {
  Doc doc;
  doc.people.resize(3);
  doc.clear();
  EXPECT_EQ(doc.spares.people.size(), 3u);
  doc.tokens.resize(kKeepScratchTokens + 1);
  doc.people.resize(2);
  doc.clear();
  EXPECT_EQ(doc.spares.people.size(), 0u);
}

TEST(ReadDocumentOwned, TakesValidBytesWithoutACopy) {
  std::string bytes = "date 2025-05-04 Valid text, caf\xC3\xA9 included.";
  const std::string expected = bytes;
  const char* data = bytes.data();
  Doc doc;
  ASSERT_TRUE(read_document_owned("id", std::move(bytes), ExternalDate{}, Options(), &doc).ok());
  EXPECT_EQ(doc.text, expected);
  EXPECT_EQ(doc.text.data(), data);
  ASSERT_TRUE(doc.document_date.has_value());
  EXPECT_EQ(doc.document_date->day, 4);
}

TEST(ReadDocumentOwned, ReadsEveryInputAsTheViewVersionDoes) {
  const std::vector<std::string> inputs = {"", "plain", "bad \xFF byte", "\xEF\xBB\xBF" "bom",
                                           std::string("nul\0", 4)};
  for (const std::string& input : inputs) {
    Doc from_view;
    Doc owned;
    const Status a = read(input, &from_view);
    const Status b = read_document_owned("id", std::string(input), ExternalDate{}, Options(), &owned);
    EXPECT_EQ(a.code(), b.code()) << input;
    EXPECT_EQ(from_view.text, owned.text) << input;
    ASSERT_EQ(from_view.warnings.size(), owned.warnings.size()) << input;
    for (size_t i = 0; i < owned.warnings.size(); ++i) {
      EXPECT_EQ(from_view.warnings[i].message, owned.warnings[i].message);
    }
  }
}

TEST(ReadFileBytes, ReadsAWholeFile) {
  testing::TempDir dir;
  const std::string content(100000, 'x');
  const std::string path = dir.write("a.txt", content);
  std::string bytes;
  ASSERT_TRUE(read_file_bytes(path, 1 << 20, &bytes).ok());
  EXPECT_EQ(bytes, content);
}

TEST(ReadFileBytes, MissingFileIsNotFound) {
  testing::TempDir dir;
  std::string bytes;
  EXPECT_EQ(read_file_bytes(dir.path() + "/nope.txt", 100, &bytes).code(), ErrorCode::kNotFound);
  EXPECT_EQ(read_file_bytes(dir.path() + "/nope/a.txt", 100, &bytes).code(),
            ErrorCode::kNotFound);
}

TEST(ReadFileBytes, FolderIsIsDirectory) {
  testing::TempDir dir;
  std::string bytes;
  EXPECT_EQ(read_file_bytes(dir.path(), 100, &bytes).code(), ErrorCode::kIsDirectory);
}

TEST(ReadFileBytes, FileOverTheLimitIsTooLarge) {
  testing::TempDir dir;
  const std::string path = dir.write("big.txt", std::string(101, 'x'));
  std::string bytes;
  EXPECT_EQ(read_file_bytes(path, 100, &bytes).code(), ErrorCode::kTooLarge);
  EXPECT_TRUE(read_file_bytes(path, 101, &bytes).ok());
}

TEST(ReadFileBytes, ReadErrorIsUnreadable) {
  // /proc/self/mem opens but fails to read at offset 0 (EIO), even for root.
  std::string bytes;
  const Status s = read_file_bytes("/proc/self/mem", 100, &bytes);
  if (s.ok()) GTEST_SKIP() << "/proc/self/mem is readable here";
  EXPECT_EQ(s.code(), ErrorCode::kUnreadable);
}

TEST(ReadFdBytes, ReadsAPipeAndStopsOverTheLimit) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  ASSERT_EQ(write(fds[1], "hello", 5), 5);
  close(fds[1]);
  std::string bytes;
  EXPECT_TRUE(read_fd_bytes(fds[0], 5, &bytes).ok());
  EXPECT_EQ(bytes, "hello");
  close(fds[0]);

  ASSERT_EQ(pipe(fds), 0);
  ASSERT_EQ(write(fds[1], "hello!", 6), 6);
  close(fds[1]);
  EXPECT_EQ(read_fd_bytes(fds[0], 5, &bytes).code(), ErrorCode::kTooLarge);
  close(fds[0]);
}

TEST(ErrorCodeName, EveryCodeHasItsSnakeCaseName) {
  EXPECT_EQ(error_code_name(ErrorCode::kNotFound), "not_found");
  EXPECT_EQ(error_code_name(ErrorCode::kUnreadable), "unreadable");
  EXPECT_EQ(error_code_name(ErrorCode::kBinaryFile), "binary_file");
  EXPECT_EQ(error_code_name(ErrorCode::kTooLarge), "too_large");
  EXPECT_EQ(error_code_name(ErrorCode::kInvalidJson), "invalid_json");
  EXPECT_EQ(error_code_name(ErrorCode::kInvalidRecord), "invalid_record");
  EXPECT_EQ(error_code_name(ErrorCode::kInvalidDate), "invalid_date");
}

}  // namespace
}  // namespace claimsift
