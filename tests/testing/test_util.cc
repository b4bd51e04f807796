// Shared test helpers. See test_util.h.
#include "testing/test_util.h"

#include <fcntl.h>
#include <grp.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
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
  RunOptions options;
  options.stdin_data = std::move(stdin_data);
  options.cwd = cwd;
  return run_claimsift_with(args, options);
}

namespace {

std::vector<char*> make_argv(std::vector<std::string>* argv_s) {
  std::vector<char*> argv;
  for (auto& a : *argv_s) argv.push_back(a.data());
  argv.push_back(nullptr);
  return argv;
}

int exit_code_of(int status) {
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

RunResult run_claimsift_with(const std::vector<std::string>& args, const RunOptions& options) {
  TempDir io;
  const std::string in_path = io.write("stdin", options.stdin_data.value_or(""));
  const std::string out_path = io.path() + "/stdout";
  const std::string err_path = io.path() + "/stderr";
  std::vector<std::string> argv_s = {CLAIMSIFT_BINARY};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv = make_argv(&argv_s);

  RunResult result;
  int master = -1;
  int in_fd = -1;
  if (options.stdin_tty) {
    master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) return result;
    in_fd = open(ptsname(master), O_RDWR | O_NOCTTY);
  } else {
    in_fd = open(options.stdin_data ? in_path.c_str() : "/dev/null", O_RDONLY);
  }
  int out_fd = -1;
  if (options.stdout_closed) {
    int fds[2];
    if (pipe(fds) != 0) return result;
    close(fds[0]);
    out_fd = fds[1];
  } else {
    out_fd = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  }
  int err_master = -1;
  int err_fd = -1;
  if (options.stderr_tty) {
    err_master = posix_openpt(O_RDWR | O_NOCTTY);
    if (err_master < 0 || grantpt(err_master) != 0 || unlockpt(err_master) != 0) return result;
    err_fd = open(ptsname(err_master), O_RDWR | O_NOCTTY);
  } else {
    err_fd = open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  }
  if (in_fd < 0 || out_fd < 0 || err_fd < 0) return result;

  const pid_t pid = fork();
  if (pid == 0) {
    signal(SIGPIPE, SIG_DFL);  // what a shell gives; claimsift must ignore it itself
    if (!options.cwd.empty() && chdir(options.cwd.c_str()) != 0) _exit(126);
    dup2(in_fd, 0);
    dup2(options.stdout_on_stderr_tty && options.stderr_tty ? err_fd : out_fd, 1);
    dup2(err_fd, 2);
    if (options.unprivileged && geteuid() == 0) {
      if (setgroups(0, nullptr) != 0 || setgid(65534) != 0 || setuid(65534) != 0) _exit(125);
    }
    execv(argv[0], argv.data());
    _exit(options.unprivileged ? 125 : 127);
  }
  close(in_fd);
  close(out_fd);
  close(err_fd);
  if (pid < 0) return result;
  if (err_master >= 0) {
    // Read what the terminal shows until the child's end closes its side (EIO), so a full
    // terminal buffer never blocks it.
    char buf[4096];
    while (true) {
      const ssize_t n = read(err_master, buf, sizeof buf);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      result.err.append(buf, static_cast<size_t>(n));
    }
    close(err_master);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  if (master >= 0) close(master);
  result.exit_code = exit_code_of(status);
  if (!options.stdout_closed) result.out = read_file(out_path);
  if (err_master < 0) result.err = read_file(err_path);
  return result;
}

bool running_as_root() { return geteuid() == 0; }

LiveClaimsift::LiveClaimsift(const std::vector<std::string>& args) {
  std::vector<std::string> argv_s = {CLAIMSIFT_BINARY};
  argv_s.insert(argv_s.end(), args.begin(), args.end());
  std::vector<char*> argv = make_argv(&argv_s);
  int in[2], out[2];
  if (pipe(in) != 0 || pipe(out) != 0) return;
  pid_ = fork();
  if (pid_ == 0) {
    dup2(in[0], 0);
    dup2(out[1], 1);
    const int null = open("/dev/null", O_WRONLY);
    dup2(null, 2);
    close(in[0]);
    close(in[1]);
    close(out[0]);
    close(out[1]);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  in_ = in[1];
  out_fd_ = out[0];
}

LiveClaimsift::~LiveClaimsift() {
  if (pid_ > 0) {
    kill(pid_, SIGKILL);
    wait();
  }
  close_stdin();
  close_stdout();
}

bool LiveClaimsift::write_stdin(std::string_view data) {
  size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = write(in_, data.data() + done, data.size() - done);
    if (n <= 0) return false;
    done += static_cast<size_t>(n);
  }
  return true;
}

void LiveClaimsift::close_stdin() {
  if (in_ >= 0) close(in_);
  in_ = -1;
}

void LiveClaimsift::close_stdout() {
  if (out_fd_ >= 0) close(out_fd_);
  out_fd_ = -1;
}

std::string LiveClaimsift::read_lines(size_t n, int timeout_ms) {
  std::string got;
  size_t lines = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeout_ms);
  while (lines < n && out_fd_ >= 0) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                          deadline - std::chrono::steady_clock::now())
                          .count();
    if (left <= 0) break;
    pollfd p{out_fd_, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left)) <= 0) break;
    char buf[4096];
    const ssize_t r = read(out_fd_, buf, sizeof buf);
    if (r <= 0) break;
    got.append(buf, static_cast<size_t>(r));
    lines = static_cast<size_t>(std::count(got.begin(), got.end(), '\n'));
  }
  out_ += got;
  return got;
}

void LiveClaimsift::signal(int sig) {
  if (pid_ > 0) kill(pid_, sig);
}

int LiveClaimsift::wait() {
  if (pid_ <= 0) return -1;
  // Drain stdout so the child never blocks on a full pipe.
  if (out_fd_ >= 0) {
    char buf[4096];
    ssize_t r;
    while ((r = read(out_fd_, buf, sizeof buf)) > 0) out_.append(buf, static_cast<size_t>(r));
  }
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return exit_code_of(status);
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
