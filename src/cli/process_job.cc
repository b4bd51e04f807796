// One Job -> one DocResult. See process_job.h.
// Tested by tests/e2e_cli_test.cc.
#include "cli/process_job.h"

#include "claimsift/html_writer.h"
#include "claimsift/json_writer.h"
#include "claimsift/summary_writer.h"
#include "claimsift/tsv_writer.h"
#include "cli/jsonl_input.h"

namespace claimsift::cli {

namespace {

// A processed document in the chosen --format.
void render(const Doc& doc, const RunConfig& config, DocResult* result) {
  switch (config.format) {
    case OutputFormat::kJson:
      write_document_json(doc, config.style, &result->record);
      return;
    case OutputFormat::kHtml:
      write_document_html(doc, &result->record);
      if (!config.output_dir.empty()) result->html_entry = html_index_entry(doc, "");
      return;
    case OutputFormat::kSummary:
      write_summary(doc, config.color, &result->record);
      return;
    case OutputFormat::kTsv:
      // On stdout the header row is written once per run (main.cc); a file gets its own.
      if (!config.output_dir.empty()) write_claims_tsv_header(&result->record);
      write_claims_tsv(doc, &result->record);
      return;
  }
}

void fail(const std::string& id, const std::string& message_path, const Status& status, long line,
          const RunConfig& config, DocResult* result) {
  result->record.clear();
  // Error records are JSON: they stay in a JSON stream and in --output-dir; the human formats
  // leave the failure to the stderr line (and, for html, to the index page).
  if (config.format == OutputFormat::kJson || !config.output_dir.empty()) {
    if (config.format == OutputFormat::kHtml) {
      HtmlIndexEntry entry;
      entry.id = id;
      entry.error = std::string(error_code_name(status.code())) + ": " + status.message();
      result->html_entry = std::move(entry);
    } else {
      write_error_json(id, status, line, config.style, &result->record);
    }
  }
  result->failed = true;
  result->message_path = message_path;
  result->message = status.message();
}

}  // namespace

DocResult process_job(Job&& job, const Pipeline& pipeline, const RunConfig& config, Doc* doc) {
  DocResult result;
  result.out_path = std::move(job.out_path);
  switch (job.kind) {
    case Job::Kind::kError:
      fail(job.id, job.id, job.error, job.line, config, &result);
      return result;
    case Job::Kind::kFile: {
      Status status = read_file_bytes(job.path, config.options.max_bytes, &job.bytes);
      if (!status.ok()) {
        fail(job.id, job.id, status, 0, config, &result);
        return result;
      }
      break;
    }
    case Job::Kind::kText:
      break;
    case Job::Kind::kJsonLine: {
      const std::string where = job.id + ":" + std::to_string(job.line);
      JsonlRecord record;
      Status status = parse_jsonl_record(job.bytes, where, &record);
      result.out_path += record.id;
      if (!status.ok()) {
        fail(record.id, where, status, job.line, config, &result);
        return result;
      }
      result.input_bytes = record.text.size();
      status = pipeline.process_owned(record.id, std::move(record.text), record.date, doc);
      if (!status.ok()) {
        fail(record.id, where, status, job.line, config, &result);
        return result;
      }
      if (record.invalid_utf8 > 0) {
        doc->warnings.push_back(Warning{
            "invalid_utf8", "line " + std::to_string(job.line) + " is not valid UTF-8: " +
                                std::to_string(record.invalid_utf8) +
                                " invalid sequence(s) replaced by U+FFFD before reading it"});
      }
      render(*doc, config, &result);
      return result;
    }
  }
  result.input_bytes = job.bytes.size();
  Status status = pipeline.process_owned(job.id, std::move(job.bytes), ExternalDate{}, doc);
  if (!status.ok()) {
    fail(job.id, job.id, status, 0, config, &result);
    return result;
  }
  render(*doc, config, &result);
  return result;
}

}  // namespace claimsift::cli
