// The training run of the profile-guided build (CMakeLists.txt, CLAIMSIFT_PGO): every stage and
// the compact JSON writer over each file named on the command line, as `claimsift -j 1
// --compact` runs them. Built only in the instrumented build, against the instrumented library;
// it writes nothing but the profile (at its normal exit).
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "claimsift/json_writer.h"
#include "claimsift/pipeline.h"

int main(int argc, char** argv) {
  const claimsift::Pipeline pipeline(claimsift::LexiconSet::builtin(), claimsift::Options{});
  claimsift::Doc doc;
  std::string json;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::cerr << "pgo_train: cannot read " << argv[i] << "\n";
      return 1;
    }
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const claimsift::Status status = pipeline.process_owned(argv[i], std::move(bytes), {}, &doc);
    if (!status.ok()) {
      std::cerr << "pgo_train: " << argv[i] << ": " << status.message() << "\n";
      return 1;
    }
    json.clear();
    claimsift::write_document_json(doc, claimsift::JsonStyle::kCompact, &json);
  }
  return 0;
}
