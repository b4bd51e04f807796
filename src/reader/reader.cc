// The reader: bytes -> Doc (checks, lossy decoding, date header, offsets), and reading files and
// file descriptors with the size limit. See include/claimsift/reader.h.
// Tested by tests/reader_test.cc and tests/e2e_cli_test.cc.
#include "claimsift/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "utf8_validate.h"

namespace claimsift {

namespace {

Status too_large(uint64_t size, uint64_t max_bytes, bool at_least) {
  return Status(ErrorCode::kTooLarge, std::string("document of ") + (at_least ? "over " : "") +
                                          std::to_string(size) + " bytes is over the limit of " +
                                          std::to_string(max_bytes) + " bytes (--max-bytes)");
}

Status errno_status(int err) {
  if (err == ENOENT || err == ENOTDIR) return Status(ErrorCode::kNotFound, "no such file or folder");
  if (err == EISDIR) return Status(ErrorCode::kIsDirectory, "is a folder");
  return Status(ErrorCode::kUnreadable, std::strerror(err));
}

// Reads up to `limit` + 1 bytes from fd into *bytes; sets *over when more than `limit` were
// available. `size_hint` (the file's size, 0 when unknown) sizes the buffer for one read.
Status read_all(int fd, uint64_t limit, size_t size_hint, std::string* bytes, bool* over) {
  *over = false;
  size_t used = 0;
  bytes->resize(size_hint + 1);
  while (true) {
    if (used == bytes->size()) {
      const size_t grow = bytes->size() < (1u << 16) ? (1u << 16) : bytes->size();
      bytes->resize(used + grow);
    }
    const ssize_t got = ::read(fd, bytes->data() + used, bytes->size() - used);
    if (got < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      bytes->resize(used);
      return errno_status(err);
    }
    if (got == 0) break;
    used += static_cast<size_t>(got);
    if (used > limit) {
      *over = true;
      break;
    }
  }
  bytes->resize(used);
  return Status::Ok();
}

}  // namespace

Status read_file_bytes(const std::string& path, uint64_t max_bytes, std::string* bytes) {
  bytes->clear();
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int err = errno;
    struct stat st;
    if (err == EACCES && ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      return Status(ErrorCode::kIsDirectory, "is a folder");
    }
    return errno_status(err);
  }
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    const int err = errno;
    ::close(fd);
    return errno_status(err);
  }
  if (S_ISDIR(st.st_mode)) {
    ::close(fd);
    return Status(ErrorCode::kIsDirectory, "is a folder");
  }
  if (S_ISREG(st.st_mode)) {
    if (static_cast<uint64_t>(st.st_size) > max_bytes) {
      ::close(fd);
      return too_large(static_cast<uint64_t>(st.st_size), max_bytes, false);
    }
  }
  bool over = false;
  // One read of the announced size, plus one byte to see a file that grew.
  const size_t hint = S_ISREG(st.st_mode) ? static_cast<size_t>(st.st_size) : 0;
  Status status = read_all(fd, max_bytes, hint, bytes, &over);
  ::close(fd);
  if (!status.ok()) return status;
  if (over) return too_large(max_bytes, max_bytes, true);
  return Status::Ok();
}

Status read_fd_bytes(int fd, uint64_t max_bytes, std::string* bytes) {
  bytes->clear();
  bool over = false;
  Status status = read_all(fd, max_bytes, 0, bytes, &over);
  if (!status.ok()) return status;
  if (over) return too_large(max_bytes, max_bytes, true);
  return Status::Ok();
}

namespace {

// The checks every input passes before it is decoded.
Status check_bytes(std::string_view bytes, const Options& options) {
  if (bytes.size() > options.max_bytes) return too_large(bytes.size(), options.max_bytes, false);
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    const size_t at = static_cast<size_t>(static_cast<const char*>(nul) - bytes.data());
    return Status(ErrorCode::kBinaryFile,
                  "binary file (NUL byte at offset " + std::to_string(at) + ")");
  }
  return Status::Ok();
}

// Invalid input: doc->text becomes the lossy decoding, with its warning.
void decode_invalid(std::string_view bytes, Doc* doc) {
  DecodeResult decoded = decode_utf8_lossy(bytes);
  doc->text = std::move(decoded.text);
  doc->warnings.push_back(Warning{
      "invalid_utf8", "not valid UTF-8 at byte " + std::to_string(decoded.first_invalid_byte) +
                          ": " + std::to_string(decoded.invalid_sequences) +
                          " invalid sequence(s) replaced by U+FFFD"});
}

// Everything after doc->text is set: the date header, the document date, the offsets.
void finish_read(const ExternalDate& external, const Options& options, Doc* doc) {
  const DateHeader header = find_date_header(doc->text);
  doc->body_begin = header.body_begin;
  if (external.date) {
    doc->document_date = external.date;
    doc->document_date_source = external.source == DateSource::kNone ? DateSource::kInput
                                                                     : external.source;
  } else if (options.default_date) {
    doc->document_date = options.default_date;
    doc->document_date_source = DateSource::kOption;
  } else if (header.date) {
    doc->document_date = header.date;
    doc->document_date_source = DateSource::kHeader;
  }
  doc->offsets.build(doc->text);
}

}  // namespace

namespace {

// What both read_document versions do; take_valid() puts valid input into doc->text.
template <typename TakeValid>
Status read_into(std::string id, std::string_view bytes, const ExternalDate& external,
                 const Options& options, Doc* doc, TakeValid take_valid) {
  doc->clear();
  doc->id = std::move(id);
  Status status = check_bytes(bytes, options);
  if (!status.ok()) return status;
  if (valid_utf8_prefix(bytes) == bytes.size()) {
    take_valid();
  } else {
    decode_invalid(bytes, doc);
  }
  finish_read(external, options, doc);
  return Status::Ok();
}

}  // namespace

Status read_document(std::string id, std::string_view bytes, const ExternalDate& external,
                     const Options& options, Doc* doc) {
  // Into the capacity the Doc kept from the previous document.
  return read_into(std::move(id), bytes, external, options, doc,
                   [&] { doc->text.assign(bytes); });
}

Status read_document_owned(std::string id, std::string&& bytes, const ExternalDate& external,
                           const Options& options, Doc* doc) {
  // No copy: one large document is held once, not twice.
  return read_into(std::move(id), bytes, external, options, doc, [&] { doc->text.swap(bytes); });
}

}  // namespace claimsift
