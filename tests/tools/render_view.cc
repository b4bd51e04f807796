// A small test tool: runs the pipeline over article files and prints one of the human-facing
// views, the way the command line is meant to (it is the browser test's page generator, and
// the reference for wiring --format into src/cli/).
//
//   render_view html FILE            one page on stdout
//   render_view html-dir DIR FILE... one page per file in DIR plus DIR/index.html
//   render_view summary FILE...      terminal summary (add --color for ANSI colour)
//   render_view tsv FILE...          header once, then one row per claim
//
// Exit status 0, or 2 on a usage or I/O error. Tested by tests/browser_test.cc.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "claimsift/html_writer.h"
#include "claimsift/pipeline.h"
#include "claimsift/summary_writer.h"
#include "claimsift/tsv_writer.h"

namespace {

bool read_whole(const std::string& path, std::string* bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *bytes = ss.str();
  return true;
}

bool write_whole(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  return static_cast<bool>(out);
}

int usage() {
  std::fprintf(stderr,
               "usage: render_view html FILE | html-dir DIR FILE... | summary [--color] FILE... "
               "| tsv FILE...\n");
  return 2;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) return usage();
  const std::string mode = argv[1];
  int first = 2;
  std::string dir;
  bool color = false;
  if (mode == "html-dir") {
    dir = argv[2];
    first = 3;
  } else if (mode == "summary" && std::strcmp(argv[2], "--color") == 0) {
    color = true;
    first = 3;
  } else if (mode != "html" && mode != "summary" && mode != "tsv") {
    return usage();
  }
  if (first >= argc || (mode == "html" && argc - first != 1)) return usage();

  const claimsift::Pipeline pipeline(claimsift::LexiconSet::builtin(), claimsift::Options());
  std::string out;
  std::vector<claimsift::HtmlIndexEntry> entries;
  if (mode == "tsv") claimsift::write_claims_tsv_header(&out);
  for (int i = first; i < argc; ++i) {
    const std::string path = argv[i];
    std::string bytes;
    claimsift::Doc doc;
    if (!read_whole(path, &bytes)) {
      std::fprintf(stderr, "render_view: cannot read %s\n", path.c_str());
      return 2;
    }
    const claimsift::Status s = pipeline.process(path, bytes, {}, &doc);
    if (!s.ok()) {
      std::fprintf(stderr, "render_view: %s: %s\n", path.c_str(), std::string(s.message()).c_str());
      if (mode == "html-dir") {
        claimsift::HtmlIndexEntry e;
        e.id = path;
        e.error = std::string(s.message());
        entries.push_back(e);
      }
      continue;
    }
    if (mode == "html") {
      claimsift::write_document_html(doc, &out);
    } else if (mode == "html-dir") {
      const std::string name = claimsift::html_page_name(doc.id, entries.size());
      std::string page;
      claimsift::write_document_html(doc, &page);
      std::filesystem::create_directories(dir);
      if (!write_whole(dir + "/" + name, page)) return 2;
      entries.push_back(claimsift::html_index_entry(doc, name));
    } else if (mode == "summary") {
      claimsift::write_summary(doc, color, &out);
    } else {
      claimsift::write_claims_tsv(doc, &out);
    }
  }
  if (mode == "html-dir") {
    std::string index;
    claimsift::write_html_index(entries, &index);
    return write_whole(dir + "/index.html", index) ? 0 : 2;
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? 0 : 2;
}
