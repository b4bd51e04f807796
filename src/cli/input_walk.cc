// Inputs -> Jobs in input order. See input_walk.h.
// Tested by tests/e2e_cli_test.cc.
#include "cli/input_walk.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>
#include <vector>

#include "claimsift/reader.h"
#include "cli/jsonl_input.h"
#include "cli/messages.h"

namespace claimsift::cli {

namespace {

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
  }
  return out;
}

// The extension of a file name, lower-case, without the dot ("" when none).
std::string extension_of(std::string_view name) {
  const size_t slash = name.rfind('/');
  if (slash != std::string_view::npos) name = name.substr(slash + 1);
  const size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  return lower_ascii(name.substr(dot + 1));
}

std::string base_name(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  const size_t slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

std::string join(const std::string& dir, const std::string& name) {
  if (!dir.empty() && dir.back() == '/') return dir + name;
  return dir + "/" + name;
}

Status errno_status(int err, const char* what) {
  if (err == ENOENT || err == ENOTDIR) return Status(ErrorCode::kNotFound, "no such file or folder");
  std::string message = what;
  message += std::strerror(err);
  return Status(ErrorCode::kUnreadable, message);
}

class Walker {
 public:
  // kCount (count_documents): no messages, and a JSON Lines file is not read: the sink gets one
  // empty kJsonLine Job for it.
  enum class Mode { kWalk, kCount };

  Walker(const RunConfig& config, const JobSink& sink, const WaitHook& before_wait,
         Mode mode = Mode::kWalk)
      : config_(config), sink_(sink), before_wait_(before_wait), mode_(mode) {}

  bool walk_path(const std::string& path) {
    if (path == "-") return walk_stdin();
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return error(path, base_name(path), errno_status(errno, ""));
    if (S_ISDIR(st.st_mode)) return walk_folder(path);
    // A named fifo or device may make its reader wait.
    if (!S_ISREG(st.st_mode) && !wait_hook()) return false;
    return file(path, base_name(path), is_jsonl(path));
  }

  bool is_jsonl(const std::string& path) const {
    if (config_.input == InputFormat::kJsonl) return true;
    return config_.input == InputFormat::kAuto && extension_of(path) == "jsonl";
  }

 private:
  struct Entry {
    std::string name;
    unsigned char type;  // d_type
  };
  struct Frame {
    std::string path;      // as it will appear in ids
    std::string relative;  // under the walked root, for --output-dir
    std::vector<Entry> entries;
    size_t next = 0;
    dev_t dev = 0;
    ino_t ino = 0;
  };

  bool wait_hook() const { return !before_wait_ || before_wait_(); }

  bool wanted_extension(const std::string& name) const {
    const std::string ext = extension_of(name);
    for (const std::string& e : config_.extensions) {
      if (e == "*" || e == ext) return true;
    }
    return false;
  }

  bool error(const std::string& id, const std::string& out_path, Status status) {
    Job job;
    job.kind = Job::Kind::kError;
    job.id = id;
    job.out_path = out_path;
    job.error = std::move(status);
    return sink_(std::move(job));
  }

  bool walk_stdin() {
    if (config_.input == InputFormat::kJsonl) return jsonl(0, "<stdin>", "");
    Job job;
    job.kind = Job::Kind::kText;
    job.id = "<stdin>";
    job.out_path = "stdin";
    if (!wait_hook()) return false;
    Status status = read_fd_bytes(0, config_.options.max_bytes, &job.bytes);
    if (!status.ok()) return error(job.id, job.out_path, std::move(status));
    return sink_(std::move(job));
  }

  bool file(const std::string& path, const std::string& out_path, bool as_jsonl) {
    if (as_jsonl && mode_ == Mode::kCount) {
      Job job;
      job.kind = Job::Kind::kJsonLine;
      job.id = path;
      return sink_(std::move(job));
    }
    if (as_jsonl) {
      const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
      if (fd < 0) return error(path, out_path, errno_status(errno, ""));
      std::string prefix = out_path;
      const size_t dot = prefix.rfind('.');
      if (dot != std::string::npos && dot > 0 && prefix.find('/', dot) == std::string::npos) {
        prefix.resize(dot);
      }
      const bool go_on = jsonl(fd, path, prefix + "/");
      ::close(fd);
      return go_on;
    }
    Job job;
    job.kind = Job::Kind::kFile;
    job.id = path;
    job.path = path;
    job.out_path = out_path;
    return sink_(std::move(job));
  }

  // One Job per line. The longest line read: a document at the size limit, escaped.
  bool jsonl(int fd, const std::string& source, const std::string& out_prefix) {
    const uint64_t max = config_.options.max_bytes;
    const size_t max_line =
        max > (SIZE_MAX - 4096) / 6 ? SIZE_MAX : static_cast<size_t>(max * 6 + 4096);
    bool go_on = true;
    Status status = for_each_line(
        fd, max_line,
        [&](std::string&& line, long line_no) {
          Job job;
          job.kind = Job::Kind::kJsonLine;
          job.id = source;
          job.bytes = std::move(line);
          job.line = line_no;
          job.out_path = out_prefix;
          go_on = sink_(std::move(job));
          return go_on;
        },
        [&](long line_no) {
          Job job;
          job.kind = Job::Kind::kError;
          job.id = source + ":" + std::to_string(line_no);
          job.line = line_no;
          job.out_path = out_prefix + "line-" + std::to_string(line_no);
          job.error = Status(ErrorCode::kTooLarge, "line of over " + std::to_string(max_line) +
                                                       " bytes is over the limit (--max-bytes)");
          go_on = sink_(std::move(job));
          return go_on;
        },
        [&]() {
          go_on = wait_hook();
          return go_on;
        });
    if (!status.ok() && go_on) return error(source, out_prefix + "read-error", std::move(status));
    return go_on;
  }

  // Lists a folder into a frame; false with *status set when it cannot be listed.
  static bool list(Frame* frame, Status* status) {
    DIR* dir = ::opendir(frame->path.c_str());
    if (dir == nullptr) {
      *status = errno_status(errno, "cannot list folder: ");
      return false;
    }
    errno = 0;
    while (const dirent* e = ::readdir(dir)) {
      const char* name = e->d_name;
      if (std::strcmp(name, ".") != 0 && std::strcmp(name, "..") != 0) {
        frame->entries.push_back(Entry{name, e->d_type});
      }
      errno = 0;
    }
    const int err = errno;
    ::closedir(dir);
    if (err != 0) {
      *status = errno_status(err, "cannot list folder: ");
      return false;
    }
    std::sort(frame->entries.begin(), frame->entries.end(),
              [](const Entry& a, const Entry& b) { return a.name < b.name; });
    return true;
  }

  bool on_stack(dev_t dev, ino_t ino, const std::vector<Frame>& stack) const {
    for (const Frame& f : stack) {
      if (f.dev == dev && f.ino == ino) return true;
    }
    return false;
  }

  bool walk_folder(const std::string& root) {
    std::vector<Frame> stack;
    {
      Frame frame;
      frame.path = root;
      struct stat st;
      if (::stat(root.c_str(), &st) == 0) {
        frame.dev = st.st_dev;
        frame.ino = st.st_ino;
      }
      Status status;
      if (!list(&frame, &status)) return error(root, base_name(root), std::move(status));
      stack.push_back(std::move(frame));
    }
    while (!stack.empty()) {
      Frame& top = stack.back();
      if (top.next == top.entries.size()) {
        stack.pop_back();
        continue;
      }
      const Entry entry = std::move(top.entries[top.next++]);
      if (entry.name[0] == '.' && !config_.hidden) continue;
      const std::string path = join(top.path, entry.name);
      const std::string relative = top.relative.empty() ? entry.name : top.relative + "/" + entry.name;
      struct stat st;
      bool is_link = entry.type == DT_LNK;
      if (entry.type == DT_UNKNOWN) {
        if (::lstat(path.c_str(), &st) != 0) {
          if (!error(path, relative, errno_status(errno, ""))) return false;
          continue;
        }
        is_link = S_ISLNK(st.st_mode);
      }
      if (is_link) {
        if (!config_.follow) continue;
        if (::stat(path.c_str(), &st) != 0) {
          if (!error(path, relative, errno_status(errno, "broken symbolic link: "))) return false;
          continue;
        }
      } else if (entry.type != DT_UNKNOWN) {
        if (entry.type == DT_DIR) {
          st.st_mode = S_IFDIR;
        } else if (entry.type == DT_REG) {
          st.st_mode = S_IFREG;
        } else {
          continue;  // fifos, sockets, devices found by walking are not documents
        }
      }
      if (S_ISDIR(st.st_mode)) {
        Frame frame;
        frame.path = path;
        frame.relative = relative;
        if (is_link || entry.type == DT_DIR) {
          if (::stat(path.c_str(), &st) != 0) {
            if (!error(path, relative, errno_status(errno, "cannot list folder: "))) return false;
            continue;
          }
        }
        frame.dev = st.st_dev;
        frame.ino = st.st_ino;
        if (is_link && on_stack(frame.dev, frame.ino, stack)) {
          message(path, "symbolic link loop, skipped");
          continue;
        }
        Status status;
        if (!list(&frame, &status)) {
          if (!error(path, relative, std::move(status))) return false;
          continue;
        }
        stack.push_back(std::move(frame));
        continue;
      }
      if (!S_ISREG(st.st_mode) || !wanted_extension(entry.name)) continue;
      if (!file(path, relative, is_jsonl(path))) return false;
    }
    return true;
  }

  void message(const std::string& path, const std::string& text) {
    if (config_.messages && mode_ == Mode::kWalk) print_message(path, text);
  }

  const RunConfig& config_;
  const JobSink& sink_;
  const WaitHook& before_wait_;
  const Mode mode_;
};

}  // namespace

bool is_single_document(const RunConfig& config) {
  if (config.paths.size() != 1) return false;
  const std::string& path = config.paths[0];
  if (path == "-") return config.input != InputFormat::kJsonl;
  if (config.input == InputFormat::kJsonl ||
      (config.input == InputFormat::kAuto && extension_of(path) == "jsonl")) {
    return false;
  }
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && !S_ISDIR(st.st_mode);
}

std::optional<uint64_t> count_documents(const RunConfig& config) {
  if (config.input == InputFormat::kJsonl) return std::nullopt;
  for (const std::string& path : config.paths) {
    if (path == "-") return std::nullopt;
  }
  uint64_t documents = 0;
  bool known = true;
  const JobSink count = [&](Job&& job) {
    if (job.kind == Job::Kind::kJsonLine) {
      known = false;
      return false;
    }
    ++documents;
    return true;
  };
  const WaitHook no_wait;
  Walker walker(config, count, no_wait, Walker::Mode::kCount);
  for (const std::string& path : config.paths) {
    if (!walker.walk_path(path)) break;
  }
  if (!known) return std::nullopt;
  return documents;
}

bool walk_inputs(const RunConfig& config, const JobSink& sink, const WaitHook& before_wait) {
  Walker walker(config, sink, before_wait);
  for (const std::string& path : config.paths) {
    if (!walker.walk_path(path)) return false;
  }
  return true;
}

}  // namespace claimsift::cli
