# Writes OUT: a C++ file defining `const char* wngraph::detail::NAME()` that
# returns the bytes of FILE (a style sheet, a script) as they are.
file(READ ${FILE} content)
file(WRITE ${OUT}.tmp "// Generated from ${FILE} by cmake/embed_text.cmake; do not edit.\nnamespace wngraph::detail {\nconst char* ${NAME}() {\n  return R\"wngraph_text(${content})wngraph_text\";\n}\n}  // namespace wngraph::detail\n")
file(COPY_FILE ${OUT}.tmp ${OUT} ONLY_IF_DIFFERENT)
