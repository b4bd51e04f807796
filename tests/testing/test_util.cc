// Shared test helpers. See test_util.h.
#include "testing/test_util.h"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

extern char** environ;

namespace claimsift::testing {

const Pipeline& default_pipeline() {
  static const Pipeline* pipeline = new Pipeline(LexiconSet::builtin(), Options());
  return *pipeline;
}

Doc read_only(std::string_view text, std::optional<CivilDate> date) {
  Doc doc;
  ExternalDate external;
  if (date) {
    external.date = date;
    external.source = DateSource::kOption;
  }
  Status s = read_document("test", text, external, Options(), &doc);
  if (!s.ok()) std::abort();
  return doc;
}

Doc annotate(std::string_view text, std::optional<CivilDate> date) {
  Doc doc = read_only(text, date);
  default_pipeline().annotate(&doc);
  return doc;
}

Doc tokenize_and_split(std::string_view text, std::optional<CivilDate> date) {
  Doc doc = read_only(text, date);
  Tokenizer(LexiconSet::builtin()).run(&doc);
  SentenceSplitter(LexiconSet::builtin()).run(&doc);
  return doc;
}

RunResult run_claimsift(const std::vector<std::string>& args, std::optional<std::string> stdin_data,
                        const std::string& cwd) {
  TempDir io;
  const std::string in_path = io.write("stdin", stdin_data.value_or(""));
  const std::string out_path = io.path() + "/stdout";
  const std::string err_path = io.path() + "/stderr";
  std::vector<std::string> argv_s = {CLAIMSIFT_BINARY};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, stdin_data ? in_path.c_str() : "/dev/null",
                                   O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                   0644);
  std::string old_cwd;
  if (!cwd.empty()) {
    old_cwd = std::filesystem::current_path().string();
    std::filesystem::current_path(cwd);
  }
  pid_t pid = 0;
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  if (!old_cwd.empty()) std::filesystem::current_path(old_cwd);
  posix_spawn_file_actions_destroy(&actions);
  RunResult result;
  if (rc != 0) return result;
  int status = 0;
  waitpid(pid, &status, 0);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = read_file(out_path);
  result.err = read_file(err_path);
  return result;
}

TempDir::TempDir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "claimsift-test-XXXXXX").string();
  char* made = mkdtemp(tmpl.data());
  if (made == nullptr) std::abort();
  path_ = made;
}

TempDir::~TempDir() {
  std::error_code ec;
  // Restore permissions a test may have removed, so the folder can be deleted.
  for (auto it = std::filesystem::recursive_directory_iterator(
           path_, std::filesystem::directory_options::skip_permission_denied, ec);
       it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ec);
  }
  std::filesystem::remove_all(path_, ec);
}

std::string TempDir::write(const std::string& relative, std::string_view content) const {
  const std::filesystem::path p = std::filesystem::path(path_) / relative;
  std::filesystem::create_directories(p.parent_path());
  std::ofstream out(p, std::ios::binary);
  out.write(content.data(), static_cast<std::streamsize>(content.size()));
  return p.string();
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

std::string slice_code_points(std::string_view utf8, long start, long end) {
  std::string out;
  long cp = 0;
  for (size_t i = 0; i < utf8.size();) {
    size_t len = 1;
    const unsigned char c = static_cast<unsigned char>(utf8[i]);
    if (c >= 0xF0) len = 4;
    else if (c >= 0xE0) len = 3;
    else if (c >= 0xC0) len = 2;
    if (cp >= start && cp < end) out.append(utf8.substr(i, len));
    ++cp;
    i += len;
  }
  return out;
}

}  // namespace claimsift::testing
