// libFuzzer targets, one per input surface wngraph parses (issue 16). Each
// binary is this file built with one FUZZ_<NAME> defined
// (tests/fuzz/CMakeLists.txt); an Error is the expected answer to bad
// input, anything else (a crash, a sanitizer report, a hang) is a finding.
//   read_text      read_document() on Markdown / plain text
//   read_html      detail::read_html()
//   read_feed      detail::read_feed() and detail::read_feed_page() (RSS and Atom)
//   graphml        add_metrics_to_graphml() (`wngraph metrics`) and
//                  read_graphml_graph() (`wngraph diff OLD NEW`)
//   opml           detail::read_opml() (`wngraph collect`)
//   aliases        load_overrides() (--aliases)
//   gazetteer      Lexicon::add_gazetteer() (--gazetteer)
//   date           parse_date()
//   extract        read_document() then extract() on every note
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>

#include "collect/opml.h"
#include "extract/lexicon.h"
#include "read/feed_reader.h"
#include "read/html_reader.h"
#include "wngraph/error.h"
#include "wngraph/extract.h"
#include "wngraph/graphml.h"
#include "wngraph/reader.h"
#include "wngraph/resolve.h"

namespace {

[[maybe_unused]] const wngraph::Lexicon& lexicon() {
  static auto lex = wngraph::load_lexicon();
  return *lex;
}

// Loaders that take a path get the input through a file of this process.
[[maybe_unused]] std::string as_file(std::string_view data) {
  static const std::string path = "/tmp/wngraph-fuzz-" + std::to_string(::getpid());
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(data.data(), static_cast<std::streamsize>(data.size()));
  return path;
}

void run(std::string_view in) {
#if defined(FUZZ_READ_TEXT)
  wngraph::read_document(in, "fuzz.md");
#elif defined(FUZZ_READ_HTML)
  wngraph::detail::read_html(in, "fuzz.html");
#elif defined(FUZZ_READ_FEED)
  auto format = in.find("<feed") != std::string_view::npos ? wngraph::Format::kAtom : wngraph::Format::kRss;
  wngraph::detail::read_feed(in, "fuzz.xml", format);
  wngraph::detail::read_feed_page(in, "fuzz.xml", format);
#elif defined(FUZZ_GRAPHML)
  wngraph::GraphmlMetricsOptions o;
  o.centrality.threads = 1;
  try {
    wngraph::add_metrics_to_graphml(in, "fuzz.graphml", o);
  } catch (const wngraph::Error&) {
  }
  wngraph::read_graphml_graph(in, "fuzz.graphml");
#elif defined(FUZZ_OPML)
  if (wngraph::detail::looks_like_opml(in)) wngraph::detail::read_opml(in, "fuzz.opml");
#elif defined(FUZZ_ALIASES)
  wngraph::load_overrides(as_file(in));
#elif defined(FUZZ_GAZETTEER)
  wngraph::detail::Lexicon lex;
  lex.add_gazetteer(std::string(in), "fuzz.tsv");
#elif defined(FUZZ_DATE)
  wngraph::parse_date(in);
#elif defined(FUZZ_EXTRACT)
  for (const auto& note : wngraph::read_document(in, "fuzz.txt")) wngraph::extract(note, lexicon());
#else
#error "define one FUZZ_<NAME>"
#endif
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    run(std::string_view(reinterpret_cast<const char*>(data), size));
  } catch (const wngraph::Error&) {
    // Bad input, reported as such: the expected answer.
  }
  return 0;
}
