// The pipeline over one reused Doc: a batch thread processes document after document into the
// same Doc (Doc::clear keeps its buffers), and every output must be what a fresh Doc gives.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "claimsift/json_writer.h"
#include "claimsift/limits.h"
#include "claimsift/pipeline.h"
#include "testing/test_util.h"

namespace claimsift {
namespace {

std::string golden_text(const std::string& name) {
  return testing::read_file(std::string(CLAIMSIFT_SOURCE_DIR) + "/tests/golden/" + name + ".txt");
}

std::string json_of(const Doc& doc) {
  std::string out;
  write_document_json(doc, JsonStyle::kCompact, &out);
  return out;
}

std::string fresh_json(const std::string& id, const std::string& text) {
  Doc doc;
  EXPECT_TRUE(testing::default_pipeline().process(id, text, ExternalDate{}, &doc).ok());
  return json_of(doc);
}

const std::vector<std::string>& inputs() {
  static const std::vector<std::string> texts = {
      golden_text("cruise_de_armas"),
      "",
      golden_text("arrest_denial"),
      "Short.",
      golden_text("engagement_rumor"),
      std::string("bad \xFF byte, said Ana Lopez on Tuesday."),
      golden_text("cruise_de_armas"),
  };
  return texts;
}

TEST(PipelineReuse, EachDocumentIntoOneDocMatchesAFreshDoc) {
  Doc reused;
  for (size_t i = 0; i < inputs().size(); ++i) {
    const std::string id = "doc" + std::to_string(i);
    ASSERT_TRUE(testing::default_pipeline().process(id, inputs()[i], ExternalDate{}, &reused).ok());
    EXPECT_EQ(json_of(reused), fresh_json(id, inputs()[i])) << "document " << i;
  }
}

TEST(PipelineReuse, OwnedBytesGiveTheSameOutputAsAView) {
  Doc reused;
  for (size_t i = 0; i < inputs().size(); ++i) {
    const std::string id = "doc" + std::to_string(i);
    std::string bytes = inputs()[i];
    ASSERT_TRUE(
        testing::default_pipeline().process_owned(id, std::move(bytes), ExternalDate{}, &reused).ok());
    EXPECT_EQ(json_of(reused), fresh_json(id, inputs()[i])) << "document " << i;
  }
}

TEST(PipelineReuse, DocumentsAfterALargeOneMatchAFreshDoc) {
  // More tokens than limits.h kKeepScratchTokens: the stages release their per-thread buffers
  // after it, and the next documents start from empty ones.
  std::string large;
  const std::string article = golden_text("cruise_de_armas");
  while (large.size() < 2 * 1024 * 1024) large += article + "\n\n";
  Doc reused;
  ASSERT_TRUE(testing::default_pipeline().process("large", large, ExternalDate{}, &reused).ok());
  ASSERT_GT(reused.tokens.size(), kKeepScratchTokens);
  for (size_t i = 0; i < inputs().size(); ++i) {
    const std::string id = "doc" + std::to_string(i);
    ASSERT_TRUE(testing::default_pipeline().process(id, inputs()[i], ExternalDate{}, &reused).ok());
    EXPECT_EQ(json_of(reused), fresh_json(id, inputs()[i])) << "document " << i;
  }
}

TEST(PipelineReuse, AFailedReadLeavesOnlyTheId) {
  Doc doc;
  ASSERT_TRUE(testing::default_pipeline().process("a", golden_text("arrest_denial"), {}, &doc).ok());
  ASSERT_FALSE(doc.people.empty());
  const Status s = testing::default_pipeline().process("b", std::string("x\0y", 3), {}, &doc);
  EXPECT_EQ(s.code(), ErrorCode::kBinaryFile);
  EXPECT_EQ(doc.id, "b");
  EXPECT_TRUE(doc.text.empty());
  EXPECT_TRUE(doc.tokens.empty());
  EXPECT_TRUE(doc.people.empty());
  EXPECT_TRUE(doc.claims.empty());
}

}  // namespace
}  // namespace claimsift
