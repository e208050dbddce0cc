// parse_untrusted_xml() and the small libxml2 helpers shared by the feed
// reader, the GraphML reader and the XML exporters.
#include <gtest/gtest.h>

#include "wngraph/error.h"
#include "xml_util.h"

namespace wngraph::detail {
namespace {

TEST(XmlUtil, ParsesAndReadsElements) {
  auto doc = parse_untrusted_xml("<a x=\"1\"><b>hi <i>there</i></b></a>", "t.xml", "test");
  xmlNode* root = xmlDocGetRootElement(doc.get());
  EXPECT_TRUE(is_element(root, "a"));
  EXPECT_FALSE(is_element(root, "A"));
  EXPECT_EQ(xml_attr(root, "x"), "1");
  EXPECT_EQ(xml_attr(root, "y"), "");
  EXPECT_EQ(xml_content(root), "hi there");
}

TEST(XmlUtil, RefusesEntitiesAndLocatesMalformedXml) {
  struct Case {
    std::string xml, want_prefix;
  };
  const Case cases[] = {
      {"<?xml version=\"1.0\"?>\n<!DOCTYPE a [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<a>&e;</a>",
       "t.xml:2: test declares entities"},
      {"<a>\n<b></a>", "t.xml:2: "},
  };
  for (const auto& c : cases) {
    try {
      parse_untrusted_xml(c.xml, "t.xml", "test");
      ADD_FAILURE() << "no error for " << c.xml;
    } catch (const Error& e) {
      EXPECT_EQ(e.describe().rfind(c.want_prefix, 0), 0u) << e.describe();
    }
  }
}

}  // namespace
}  // namespace wngraph::detail
