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

// The same document in an encoding a byte check cannot read.
std::string utf16le(const std::string& ascii) {
  std::string out = "\xff\xfe";
  for (char c : ascii) out += std::string(1, c) + '\0';
  return out;
}

TEST(XmlUtil, EntitiesRefusedInEveryEncoding) {
  const std::string laughs =
      "<?xml version=\"1.0\"?>\n<!DOCTYPE z [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>\n<z>&b;</z>";
  struct Case {
    std::string name, xml, want;
  };
  const Case cases[] = {
      {"utf-8", laughs,
       "t.xml:2: test declares entities; refusing to expand them: `<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
       "\"&a;&a;&a;&a;&a;\">]>`"},
      {"utf-16 with a BOM", utf16le(laughs), "t.xml:2: test declares entities; refusing to expand them"},
      // UTF-7 writes '<' as +ADw- and '>' as +AD4-: no "<!ENTITY" in the bytes.
      {"utf-7",
       "<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n+ADw-!DOCTYPE z +AFs-+ADw-!ENTITY a \"aa\"+AD4-+AF0-+AD4-\n"
       "+ADw-z+AD4-+ACY-a;+ADw-/z+AD4-",
       "t.xml:2: test declares entities; refusing to expand them: `+ADw-!DOCTYPE z +AFs-+ADw-!ENTITY a "
       "\"aa\"+AD4-+AF0-+AD4-`"},
      // A parameter entity is refused as well.
      {"parameter entity", "<!DOCTYPE z [<!ENTITY % p \"x\">]>\n<z/>",
       "t.xml:1: test declares entities; refusing to expand them: `<!ENTITY % p \"x\">]>`"},
  };
  for (const auto& c : cases) {
    try {
      parse_untrusted_xml(c.xml, "t.xml", "test");
      ADD_FAILURE() << "no error for " << c.name;
    } catch (const Error& e) {
      EXPECT_EQ(e.describe(), c.want) << c.name;
    }
  }
}

TEST(XmlUtil, DoctypeWithoutEntitiesIsDropped) {
  auto doc = parse_untrusted_xml("<!DOCTYPE a SYSTEM \"http://example.org/a.dtd\">\n<a/>", "t.xml", "test");
  EXPECT_EQ(xmlGetIntSubset(doc.get()), nullptr);
  EXPECT_TRUE(is_element(xmlDocGetRootElement(doc.get()), "a"));
}

}  // namespace
}  // namespace wngraph::detail
