// The reader: bytes -> Doc (checks, lossy decoding, date header, offsets).
// See include/claimsift/reader.h.
// Tested by tests/reader_test.cc.
#include "claimsift/reader.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>

namespace claimsift {

Status read_file_bytes(const std::string& path, uint64_t max_bytes, std::string* bytes) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT || errno == ENOTDIR) return Status(ErrorCode::kNotFound, "no such file");
    return Status(ErrorCode::kUnreadable, std::strerror(errno));
  }
  if (S_ISDIR(st.st_mode)) return Status(ErrorCode::kIsDirectory, "is a directory");
  if (S_ISREG(st.st_mode) && static_cast<uint64_t>(st.st_size) > max_bytes) {
    return Status(ErrorCode::kTooLarge, "document of " + std::to_string(st.st_size) +
                                            " bytes is over the limit of " +
                                            std::to_string(max_bytes) + " bytes (--max-bytes)");
  }
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status(ErrorCode::kUnreadable, std::strerror(errno));
  bytes->clear();
  if (S_ISREG(st.st_mode)) bytes->reserve(static_cast<size_t>(st.st_size));
  char buf[1 << 16];
  while (true) {
    const size_t got = std::fread(buf, 1, sizeof buf, f);
    bytes->append(buf, got);
    if (bytes->size() > max_bytes) {
      std::fclose(f);
      return Status(ErrorCode::kTooLarge, "document is over the limit of " +
                                              std::to_string(max_bytes) + " bytes (--max-bytes)");
    }
    if (got < sizeof buf) break;
  }
  const bool failed = std::ferror(f) != 0;
  const int err = errno;
  std::fclose(f);
  if (failed) return Status(ErrorCode::kUnreadable, std::strerror(err));
  return Status::Ok();
}

Status read_document(std::string id, std::string_view bytes, const ExternalDate& external,
                     const Options& options, Doc* doc) {
  *doc = Doc();
  doc->id = std::move(id);
  if (bytes.size() > options.max_bytes) {
    return Status(ErrorCode::kTooLarge, "document of " + std::to_string(bytes.size()) +
                                            " bytes is over the limit of " +
                                            std::to_string(options.max_bytes) +
                                            " bytes (--max-bytes)");
  }
  if (looks_binary(bytes)) {
    const size_t nul = bytes.find('\0');
    return Status(ErrorCode::kBinaryFile, "binary file (NUL byte at offset " +
                                              std::to_string(nul) + ")");
  }
  DecodeResult decoded = decode_utf8_lossy(bytes);
  doc->text = std::move(decoded.text);
  if (decoded.invalid_sequences > 0) {
    doc->warnings.push_back(Warning{
        "invalid_utf8", "not valid UTF-8 at byte " + std::to_string(decoded.first_invalid_byte) +
                            ": " + std::to_string(decoded.invalid_sequences) +
                            " invalid sequence(s) replaced by U+FFFD"});
  }
  const DateHeader header = find_date_header(doc->text);
  doc->body_begin = header.body_begin;
  if (external.date) {
    doc->document_date = external.date;
    doc->document_date_source = external.source;
  } else if (header.date) {
    doc->document_date = header.date;
    doc->document_date_source = DateSource::kHeader;
  }
  doc->offsets.build(doc->text);
  return Status::Ok();
}

}  // namespace claimsift
