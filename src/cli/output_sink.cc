// stdout and --output-dir sinks. See output_sink.h.
// Tested by tests/e2e_cli_test.cc.
#include "cli/output_sink.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <unordered_set>
#include <vector>

namespace claimsift::cli {

namespace {

// Writes all of data to fd; errno is set on failure.
bool write_all(int fd, const char* data, size_t size) {
  size_t done = 0;
  while (done < size) {
    const ssize_t n = ::write(fd, data + done, size - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

// Writes all of the buffers of iov[0, count) to fd, in order, resuming after a partial write;
// errno is set on failure. Changes the entries of iov.
bool write_all(int fd, struct iovec* iov, int count) {
  while (count > 0) {
    const ssize_t n = ::writev(fd, iov, count);
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    size_t done = static_cast<size_t>(n);
    while (count > 0 && done >= iov->iov_len) {
      done -= iov->iov_len;
      ++iov;
      --count;
    }
    if (count > 0) {
      iov->iov_base = static_cast<char*>(iov->iov_base) + done;
      iov->iov_len -= done;
    }
  }
  return true;
}

// Records are kept as they come (the strings are moved in, not copied) and go out together in
// one writev() once they add up to a block.
class StdoutSink : public RecordSink {
 public:
  explicit StdoutSink(bool per_record) : per_record_(per_record) {}

  SinkState write(DocResult& result) override {
    if (result.record.empty()) return SinkState::kOk;
    pending_bytes_ += result.record.size();
    pending_.push_back(std::move(result.record));
    if (per_record_ || pending_bytes_ >= kBlock || pending_.size() >= kMaxRecords) return flush();
    return SinkState::kOk;
  }

  SinkState flush() override {
    if (pending_.empty()) return SinkState::kOk;
    iov_.clear();
    for (const std::string& record : pending_)
      iov_.push_back({const_cast<char*>(record.data()), record.size()});  // writev only reads
    const bool ok = write_all(1, iov_.data(), static_cast<int>(iov_.size()));
    pending_.clear();
    pending_bytes_ = 0;
    if (ok) return SinkState::kOk;
    if (errno == EPIPE) return SinkState::kClosed;
    error_ = std::string("cannot write to stdout: ") + std::strerror(errno);
    return SinkState::kFailed;
  }

 private:
  static constexpr size_t kBlock = 64 * 1024;
  static constexpr size_t kMaxRecords = 256;  // well below IOV_MAX (1024)
  bool per_record_;
  std::vector<std::string> pending_;  // records not written yet, in order
  size_t pending_bytes_ = 0;
  std::vector<struct iovec> iov_;
};

std::vector<std::string> safe_parts(const std::string& raw) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= raw.size()) {
    size_t slash = raw.find('/', start);
    if (slash == std::string::npos) slash = raw.size();
    std::string part = raw.substr(start, slash - start);
    if (!part.empty() && part != "." && part != "..") {
      for (char& c : part) {
        if (c == '\\' || c == ':' || static_cast<unsigned char>(c) < 0x20) c = '_';
      }
      if (part.size() > 200) part.resize(200);
      parts.push_back(std::move(part));
    }
    start = slash + 1;
  }
  if (parts.empty()) parts.push_back("document");
  return parts;
}

std::string join_parts(const std::vector<std::string>& parts) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out += '/';
    out += p;
  }
  return out;
}

// Creates every folder of `path` below `root`; false with errno set on failure.
bool make_parents(const std::string& root, const std::string& relative) {
  size_t slash = relative.find('/');
  while (slash != std::string::npos) {
    const std::string dir = root + "/" + relative.substr(0, slash);
    if (::mkdir(dir.c_str(), 0777) != 0 && errno != EEXIST) return false;
    slash = relative.find('/', slash + 1);
  }
  return true;
}

// mkdir -p.
bool make_dirs(const std::string& path) {
  for (size_t i = 1; i <= path.size(); ++i) {
    if (i == path.size() || path[i] == '/') {
      const std::string prefix = path.substr(0, i);
      if (::mkdir(prefix.c_str(), 0777) != 0 && errno != EEXIST) return false;
    }
  }
  return true;
}

class DirSink : public RecordSink {
 public:
  DirSink(std::string dir, std::string extension)
      : dir_(std::move(dir)), extension_(std::move(extension)) {
    if (extension_ == ".html") used_.insert("index.html");  // reserved for the batch index
    while (dir_.size() > 1 && dir_.back() == '/') dir_.pop_back();
  }

  SinkState write(DocResult& result) override {
    if (!created_) {
      if (!make_dirs(dir_)) return fail(dir_);
      created_ = true;
    }
    if (result.failed && result.record.empty()) {
      // A format without error records (html): the failure is listed in the index only.
      if (result.html_entry) index_.push_back(*result.html_entry);
      return SinkState::kOk;
    }
    const std::string relative = unique_name(result.out_path);
    if (!make_parents(dir_, relative)) return fail(dir_ + "/" + relative);
    if (result.html_entry) {
      index_.push_back(*result.html_entry);
      index_.back().href = relative;
    }
    const std::string path = dir_ + "/" + relative;
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) return fail(path);
    const bool ok = write_all(fd, result.record.data(), result.record.size());
    const int err = errno;
    if (::close(fd) != 0 || !ok) {
      errno = ok ? errno : err;
      return fail(path);
    }
    return SinkState::kOk;
  }

  SinkState flush() override { return SinkState::kOk; }

  SinkState finish() override {
    if (extension_ != ".html") return SinkState::kOk;
    if (!created_) {
      if (!make_dirs(dir_)) return fail(dir_);
      created_ = true;
    }
    std::string page;
    write_html_index(index_, &page);
    const std::string path = dir_ + "/index.html";
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666);
    if (fd < 0) return fail(path);
    const bool ok = write_all(fd, page.data(), page.size());
    if (::close(fd) != 0 || !ok) return fail(path);
    return SinkState::kOk;
  }

 private:
  SinkState fail(const std::string& path) {
    error_ = "cannot write " + path + ": " + std::strerror(errno);
    return SinkState::kFailed;
  }

  std::string unique_name(const std::string& raw) {
    std::string name = output_file_name(raw, extension_);
    if (used_.insert(name).second) return name;
    // Keep the extension: "a.md" -> "a.md.json".
    name = join_parts(safe_parts(raw)) + extension_;
    if (used_.insert(name).second) return name;
    const std::string stem = name.substr(0, name.size() - extension_.size());
    for (int i = 2;; ++i) {
      std::string numbered = stem + "-" + std::to_string(i) + extension_;
      if (used_.insert(numbered).second) return numbered;
    }
  }

  std::string dir_;
  std::string extension_;
  std::vector<HtmlIndexEntry> index_;  // --format html: one row per document, in order
  bool created_ = false;
  std::unordered_set<std::string> used_;
};

}  // namespace

std::string output_file_name(const std::string& raw, const std::string& extension) {
  std::vector<std::string> parts = safe_parts(raw);
  std::string& last = parts.back();
  const size_t dot = last.rfind('.');
  if (dot != std::string::npos && dot > 0) last.resize(dot);
  return join_parts(parts) + extension;
}

std::unique_ptr<RecordSink> make_stdout_sink(bool per_record) {
  return std::make_unique<StdoutSink>(per_record);
}

std::unique_ptr<RecordSink> make_dir_sink(const std::string& dir, const std::string& extension) {
  return std::make_unique<DirSink>(dir, extension);
}

}  // namespace claimsift::cli
