package org.tilmash.translation;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.tilmash.i18n.InputText;

/**
 * Turns a segment's inline HTML into XLIFF 2 content and back: text stays text; each inline element becomes a
 * {@code <pc>} (or {@code <ph>} when empty) whose original tags are kept in the unit's {@code <originalData>}, so CAT
 * tools show codes, not HTML, and the markup returns unchanged on import.
 */
final class XliffCodec {

    static final String XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";

    /** The original tags of one unit's inline codes, by data id. */
    static final class OriginalData {

        private final Map<String, String> data = new LinkedHashMap<>();
        private int next = 1;

        String add(String tag) {
            String id = "d" + next++;
            data.put(id, tag);
            return id;
        }

        Map<String, String> entries() {
            return data;
        }

        int nextCodeId() {
            return next;
        }
    }

    private XliffCodec() {}

    /** Writes {@code html} as XLIFF inline content, registering its tags in {@code data}. */
    static void write(XMLStreamWriter xml, String html, OriginalData data, boolean markup) throws XMLStreamException {
        if (!markup) {
            xml.writeCharacters(InputText.xml(html));
            return;
        }
        for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
            write(xml, node, data);
        }
    }

    private static void write(XMLStreamWriter xml, Node node, OriginalData data) throws XMLStreamException {
        if (node instanceof TextNode text) {
            xml.writeCharacters(InputText.xml(text.getWholeText()));
        } else if (node instanceof Element element) {
            String start = startTag(element);
            String code = String.valueOf(data.nextCodeId());
            if (element.childNodeSize() == 0) {
                xml.writeEmptyElement(XLIFF_NS, "ph");
                xml.writeAttribute("id", code);
                xml.writeAttribute("dataRef", data.add(start));
                return;
            }
            xml.writeStartElement(XLIFF_NS, "pc");
            xml.writeAttribute("id", code);
            xml.writeAttribute("dataRefStart", data.add(start));
            xml.writeAttribute("dataRefEnd", data.add("</" + element.tagName() + ">"));
            for (Node child : element.childNodes()) {
                write(xml, child, data);
            }
            xml.writeEndElement();
        }
    }

    private static String startTag(Element element) {
        String outer = element.shallowClone().empty().outerHtml();
        return outer.substring(0, outer.indexOf('>') + 1);
    }
}
