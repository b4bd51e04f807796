// claimsift command line. FIRST VERSION: files, stdin and JSON Lines, one thread.
// (Folders, -j, --output-dir and the rest land with the CLI work of issue 2.)
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "claimsift/json_writer.h"
#include "claimsift/pipeline.h"

namespace {

int run_jsonl(const claimsift::Pipeline& pipeline, std::istream& in, bool* failed) {
  std::string line;
  long line_no = 0;
  std::string out;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    out.clear();
    nlohmann::json rec = nlohmann::json::parse(line, nullptr, false);
    std::string id = "line " + std::to_string(line_no);
    if (rec.is_discarded() || !rec.is_object()) {
      claimsift::write_error_json(id, claimsift::Status(claimsift::ErrorCode::kInvalidJson, "not a JSON object"), line_no,
                                  claimsift::JsonStyle::kCompact, &out);
      *failed = true;
    } else {
      if (rec.contains("id") && rec["id"].is_string()) id = rec["id"].get<std::string>();
      claimsift::ExternalDate date;
      if (rec.contains("date") && rec["date"].is_string()) {
        date.date = claimsift::parse_iso_date(rec["date"].get<std::string>());
        date.source = claimsift::DateSource::kInput;
      }
      if (!rec.contains("text") || !rec["text"].is_string()) {
        claimsift::write_error_json(id, claimsift::Status(claimsift::ErrorCode::kInvalidRecord, "no string \"text\""), line_no,
                                    claimsift::JsonStyle::kCompact, &out);
        *failed = true;
      } else {
        claimsift::Doc doc;
        const std::string text = rec["text"].get<std::string>();
        claimsift::Status s = pipeline.process(id, text, date, &doc);
        if (s.ok()) {
          claimsift::write_document_json(doc, claimsift::JsonStyle::kCompact, &out);
        } else {
          claimsift::write_error_json(id, s, line_no, claimsift::JsonStyle::kCompact, &out);
          *failed = true;
        }
      }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"claimsift: structured facts and claims from celebrity news"};
  std::vector<std::string> paths;
  std::string input = "auto";
  bool compact = false;
  app.add_option("paths", paths, "files to read; - for stdin");
  app.add_option("--input", input, "input format")->check(CLI::IsMember({"auto", "text", "jsonl"}));
  app.add_flag("--compact", compact, "one line per document");
  CLI11_PARSE(app, argc, argv);

  claimsift::Options options;
  claimsift::Pipeline pipeline(claimsift::LexiconSet::builtin(), options);
  bool failed = false;
  if (paths.empty()) paths.push_back("-");
  for (const std::string& path : paths) {
    std::string bytes;
    if (path == "-") {
      if (input == "jsonl") {
        run_jsonl(pipeline, std::cin, &failed);
        continue;
      }
      bytes.assign(std::istreambuf_iterator<char>(std::cin), {});
    } else {
      claimsift::Status s = claimsift::read_file_bytes(path, options.max_bytes, &bytes);
      if (!s.ok()) {
        std::string out;
        claimsift::write_error_json(path, s, 0, claimsift::JsonStyle::kCompact, &out);
        std::fwrite(out.data(), 1, out.size(), stdout);
        failed = true;
        continue;
      }
    }
    claimsift::Doc doc;
    std::string out;
    claimsift::Status s = pipeline.process(path == "-" ? "<stdin>" : path, bytes, {}, &doc);
    if (s.ok()) {
      claimsift::write_document_json(doc, compact || paths.size() > 1 ? claimsift::JsonStyle::kCompact : claimsift::JsonStyle::kIndented, &out);
    } else {
      claimsift::write_error_json(doc.id, s, 0, claimsift::JsonStyle::kCompact, &out);
      failed = true;
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
  }
  return failed ? 1 : 0;
}
