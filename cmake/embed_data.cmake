# Writes OUT: a C++ file defining wngraph::detail::builtin_data(), a table of
# {file name, contents} for every file in FILES, sorted by name.
string(REPLACE "|" ";" FILES "${FILES}")
list(SORT FILES)
set(body "")
foreach(f IN LISTS FILES)
  get_filename_component(name ${f} NAME)
  file(READ ${f} content)
  string(APPEND body "    {\"${name}\", R\"wngraph_data(${content})wngraph_data\"},\n")
endforeach()
file(WRITE ${OUT}.tmp "// Generated from data/ by cmake/embed_data.cmake; do not edit.\n#include \"builtin_data.h\"\nnamespace wngraph::detail {\nconst std::vector<DataFile>& builtin_data() {\n  static const std::vector<DataFile> files = {\n${body}  };\n  return files;\n}\n}  // namespace wngraph::detail\n")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
