// Golden outputs: whole claimsift/1 outputs of real articles, byte for byte.
//
// Each tests/golden/NAME.txt has its expected output in tests/golden/NAME.json (indented,
// as `claimsift NAME.txt` prints it, with the id rewritten to NAME.txt). When a change alters an
// output on purpose, regenerate with scripts/update_golden.sh and review every changed line.
#include <gtest/gtest.h>

#include <filesystem>

#include "testing/test_util.h"

namespace claimsift {
namespace {

std::vector<std::string> golden_articles() {
  std::vector<std::string> names;
  for (const auto& entry :
       std::filesystem::directory_iterator(std::string(CLAIMSIFT_SOURCE_DIR) + "/tests/golden")) {
    if (entry.path().extension() == ".txt") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

TEST(Golden, EveryArticleHasItsExpectedOutput) {
  const auto names = golden_articles();
  ASSERT_FALSE(names.empty());
  for (const std::string& name : names) {
    SCOPED_TRACE(name);
    const std::string dir = std::string(CLAIMSIFT_SOURCE_DIR) + "/tests/golden";
    ASSERT_TRUE(std::filesystem::exists(dir + "/" + name + ".json"))
        << "run scripts/update_golden.sh";
    const testing::RunResult r = testing::run_claimsift({name + ".txt"}, std::nullopt, dir);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, testing::read_file(dir + "/" + name + ".json"))
        << "output of " << name << ".txt changed; if on purpose, run scripts/update_golden.sh "
        << "and review the diff";
  }
}

}  // namespace
}  // namespace claimsift
