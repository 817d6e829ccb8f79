package org.tilmash.translation;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.jsoup.nodes.Entities;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashTransactional;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.ArticleText;
import org.tilmash.content.ContentService;
import org.tilmash.content.EditConflictException;
import org.tilmash.content.Segments;
import org.tilmash.content.VersionView;
import org.tilmash.i18n.InputText;
import org.tilmash.media.ImageText;

/**
 * XLIFF 2.0 for CAT tools: one {@code <file>} per article, one {@code <unit>} per segment, the pivot revision pinned
 * in each file. Import is all or nothing: the whole file is parsed (DTDs and external entities off, size limited)
 * and checked before anything is written, and it only ever writes new draft revisions.
 */
@Service
@TilmashTransactional
public class XliffFiles {

    static final String TILMASH_NS = "urn:tilmash:xliff";
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final Translations translations;
    private final ContentService content;
    private final Permissions permissions;

    XliffFiles(Translations translations, ContentService content, Permissions permissions) {
        this.translations = translations;
        this.content = content;
        this.permissions = permissions;
    }

    /** Exports the articles' translation into {@code target} from {@code pivot}; articles without it live are skipped. */
    @TilmashTransactional(readOnly = true)
    public String export(List<Long> articleIds, String target, String pivot) {
        if (!permissions.canEdit(target)) {
            throw new AccessDeniedException("May not translate into " + target);
        }
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(XliffCodec.XLIFF_NS);
            xml.writeStartElement(XliffCodec.XLIFF_NS, "xliff");
            xml.writeDefaultNamespace(XliffCodec.XLIFF_NS);
            xml.writeNamespace("tm", TILMASH_NS);
            xml.writeAttribute("version", "2.0");
            xml.writeAttribute("srcLang", pivot);
            xml.writeAttribute("trgLang", target);
            for (Long articleId : articleIds) {
                boolean hasPivot = translations.pivots(articleId, target).stream()
                        .anyMatch(version -> version.language().equals(pivot));
                if (hasPivot) {
                    file(
                            xml,
                            articleId,
                            translations.sideBySide(articleId, target, Optional.of(pivot)),
                            translations.imageRows(articleId, pivot, target));
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void file(
            XMLStreamWriter xml, Long articleId, Translations.SideBySide view, List<Translations.ImageRow> images)
            throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeStartElement(XliffCodec.XLIFF_NS, "file");
        xml.writeAttribute("id", "a" + articleId);
        xml.writeAttribute(TILMASH_NS, "article", String.valueOf(articleId));
        xml.writeAttribute(
                TILMASH_NS, "sourceRevision", String.valueOf(view.source().id()));
        List<Segments.Segment> segments = view.sourceSegments();
        for (int i = 0; i < segments.size(); i++) {
            Segments.Segment segment = segments.get(i);
            boolean block = segment.kind() == Segments.Kind.BLOCK;
            String name = block ? segment.tag() : segment.kind().name().toLowerCase(java.util.Locale.ROOT);
            // A carried image needs no translation: an empty target keeps an untouched article of a queue untouched.
            unit(xml, "s" + i, name, segment.html(), segment.carried() ? "" : view.translatedAt(i), block);
        }
        for (Translations.ImageRow image : images) {
            for (ImageField field : ImageField.values()) {
                String source = field.of(image.source());
                if (!source.isBlank()) {
                    unit(
                            xml,
                            field.unitId(image.imageId()),
                            "image-" + field.key,
                            source,
                            field.of(image.target()),
                            false);
                }
            }
        }
        xml.writeEndElement();
    }

    /** The translatable texts of an image, each its own unit named {@code img<id>-<field>}. */
    enum ImageField {
        ALT("alt"),
        CAPTION("caption"),
        CREDIT("credit");

        final String key;

        ImageField(String key) {
            this.key = key;
        }

        String of(ImageText text) {
            return switch (this) {
                case ALT -> text.alt();
                case CAPTION -> text.caption();
                case CREDIT -> text.credit();
            };
        }

        String unitId(Long imageId) {
            return "img" + imageId + "-" + key;
        }

        static ImageText with(ImageText text, ImageField field, String value) {
            return new ImageText(
                    field == ALT ? value : text.alt(),
                    field == CAPTION ? value : text.caption(),
                    field == CREDIT ? value : text.credit());
        }
    }

    private static void unit(XMLStreamWriter xml, String id, String name, String source, String target, boolean markup)
            throws XMLStreamException {
        xml.writeCharacters("\n");
        XliffCodec.OriginalData data = new XliffCodec.OriginalData();
        // A dry run collects the codes, because <originalData> must precede the segment that uses them.
        XMLStreamWriter dryRun = XMLOutputFactory.newFactory().createXMLStreamWriter(new StringWriter());
        dryRun.setDefaultNamespace(XliffCodec.XLIFF_NS);
        dryRun.writeStartElement(XliffCodec.XLIFF_NS, "dry");
        XliffCodec.write(dryRun, source, data, markup);
        XliffCodec.write(dryRun, target, data, markup);
        xml.writeStartElement(XliffCodec.XLIFF_NS, "unit");
        xml.writeAttribute("id", id);
        xml.writeAttribute("name", name);
        if (!data.entries().isEmpty()) {
            xml.writeStartElement(XliffCodec.XLIFF_NS, "originalData");
            for (Map.Entry<String, String> entry : data.entries().entrySet()) {
                xml.writeStartElement(XliffCodec.XLIFF_NS, "data");
                xml.writeAttribute("id", entry.getKey());
                xml.writeCharacters(InputText.xml(entry.getValue()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        XliffCodec.OriginalData again = new XliffCodec.OriginalData();
        xml.writeStartElement(XliffCodec.XLIFF_NS, "segment");
        xml.writeStartElement(XliffCodec.XLIFF_NS, "source");
        XliffCodec.write(xml, source, again, markup);
        xml.writeEndElement();
        if (!target.isBlank()) {
            xml.writeStartElement(XliffCodec.XLIFF_NS, "target");
            XliffCodec.write(xml, target, again, markup);
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** The outcome of an import: how many drafts were written, and how many files held nothing new. */
    public record Imported(int drafts, int unchanged) {}

    /**
     * Imports translations as new draft revisions, only into languages the importer may translate and only when each
     * file's pivot revision is still the published one.
     *
     * @throws XliffException naming the line and cause; nothing is written then
     */
    public Imported importFile(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new XliffException("xliff.error.tooLarge", Map.of("max", MAX_BYTES / 1024));
        }
        ParsedXliff parsed = parse(bytes);
        if (!permissions.canEdit(parsed.target())) {
            throw new XliffException("xliff.error.language", Map.of("language", parsed.target()));
        }
        List<Runnable> writes = new ArrayList<>();
        int unchanged = 0;
        for (ParsedFile file :
                parsed.files().stream().filter(ParsedFile::translated).toList()) {
            Translations.SideBySide view = check(file, parsed);
            Optional<VersionView> existing = content.findVersion(file.articleId(), parsed.target());
            ArticleText current =
                    existing.map(version -> version.working().text()).orElse(null);
            // What this import saw: if another import or editor saves first, this one is refused, not merged blindly.
            long expected = existing.map(VersionView::version).orElse(ContentService.NOT_CREATED);
            List<String> targets = file.targets(view.sourceSegments().size());
            ArticleText imported = Segments.assemble(view.sourceSegments(), targets);
            boolean pinned =
                    view.base() != null && view.base().id().equals(view.source().id());
            Map<Long, ImageText> images = imageTexts(file, parsed);
            if (imported.sameWords(current) && pinned && images.isEmpty()) {
                unchanged++;
            } else {
                writes.add(() -> {
                    try {
                        translations.save(
                                file.articleId(),
                                parsed.target(),
                                parsed.source(),
                                targets,
                                images,
                                Optional.of(expected));
                    } catch (EditConflictException conflict) {
                        throw new XliffException(
                                "xliff.error.conflict", Map.of("line", file.line(), "article", file.articleId()));
                    }
                });
            }
        }
        writes.forEach(Runnable::run);
        int untranslated =
                (int) parsed.files().stream().filter(file -> !file.translated()).count();
        return new Imported(writes.size(), unchanged + untranslated);
    }

    /** The image texts the file changes, merged into the texts the images have now; unknown images are refused. */
    private Map<Long, ImageText> imageTexts(ParsedFile file, ParsedXliff parsed) {
        Map<Long, ImageText> texts = new LinkedHashMap<>();
        List<Translations.ImageRow> rows = translations.imageRows(file.articleId(), parsed.source(), parsed.target());
        Map<String, String> imageTargets = file.imageTargets();
        for (Translations.ImageRow row : rows) {
            ImageText text = row.target();
            for (ImageField field : ImageField.values()) {
                String value = imageTargets.get(field.unitId(row.imageId()));
                if (value != null) {
                    text = ImageField.with(text, field, org.jsoup.parser.Parser.unescapeEntities(value, false));
                }
            }
            if (!text.equals(row.target())) {
                texts.put(row.imageId(), text);
            }
        }
        return texts;
    }

    private Translations.SideBySide check(ParsedFile file, ParsedXliff parsed) {
        Map<String, Object> where = Map.of("line", file.line(), "article", file.articleId());
        VersionView pivot = translations.pivots(file.articleId(), parsed.target()).stream()
                .filter(version -> version.language().equals(parsed.source()))
                .findFirst()
                .orElseThrow(() -> new XliffException("xliff.error.noPivot", where));
        if (!pivot.published().id().equals(file.sourceRevision())) {
            throw new XliffException("xliff.error.outdatedSource", where);
        }
        Translations.SideBySide view =
                translations.sideBySide(file.articleId(), parsed.target(), Optional.of(parsed.source()));
        checkUnitIds(file, view.sourceSegments().size(), parsed);
        if (file.targets(view.sourceSegments().size()).getFirst().isBlank()) {
            throw new XliffException("xliff.error.noTitle", where);
        }
        return view;
    }

    /**
     * Units are matched by id, never by position: a CAT tool may reorder them, and a unit of another article or an
     * invented one must not land in some segment. Every id the source has must be there, and nothing else.
     */
    private void checkUnitIds(ParsedFile file, int segmentCount, ParsedXliff parsed) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < segmentCount; i++) {
            expected.add(segmentUnitId(i));
        }
        for (Translations.ImageRow row : translations.imageRows(file.articleId(), parsed.source(), parsed.target())) {
            for (ImageField field : ImageField.values()) {
                expected.add(field.unitId(row.imageId()));
            }
        }
        for (ParsedUnit unit : file.units().values()) {
            if (!expected.contains(unit.id())) {
                throw new XliffException(
                        "xliff.error.unknownUnit",
                        Map.of("line", unit.line(), "article", file.articleId(), "unit", unit.id()));
            }
        }
        for (int i = 0; i < segmentCount; i++) {
            if (!file.units().containsKey(segmentUnitId(i))) {
                throw new XliffException(
                        "xliff.error.missingUnit",
                        Map.of("line", file.line(), "article", file.articleId(), "unit", segmentUnitId(i)));
            }
        }
    }

    static String segmentUnitId(int index) {
        return "s" + index;
    }

    /** One {@code <unit>}: its id, the line it starts on, and its target as HTML (null when it has none). */
    record ParsedUnit(String id, int line, String target) {}

    record ParsedFile(Long articleId, Long sourceRevision, int line, Map<String, ParsedUnit> units) {

        /** A file of a whole queue may hold articles nobody translated yet: those are left alone. */
        boolean translated() {
            return units.values().stream()
                    .anyMatch(unit -> !isImage(unit.id())
                            && unit.target() != null
                            && !unit.target().isBlank());
        }

        /** The segments' targets in source order, by unit id. */
        List<String> targets(int segmentCount) {
            List<String> targets = new ArrayList<>();
            for (int i = 0; i < segmentCount; i++) {
                ParsedUnit unit = units.get(segmentUnitId(i));
                targets.add(unit == null || unit.target() == null ? "" : unit.target());
            }
            return targets;
        }

        Map<String, String> imageTargets() {
            Map<String, String> texts = new LinkedHashMap<>();
            units.values().stream()
                    .filter(unit -> isImage(unit.id()) && unit.target() != null)
                    .forEach(unit -> texts.put(unit.id(), unit.target()));
            return texts;
        }

        private static boolean isImage(String unitId) {
            return unitId.startsWith("img");
        }
    }

    record ParsedXliff(String source, String target, List<ParsedFile> files) {}

    private static ParsedXliff parse(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = null;
        Reader reader = null;
        try {
            xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            reader = new Reader(xml);
            return reader.read();
        } catch (XMLStreamException unreadable) {
            throw UnreadableXliff.explain(unreadable, bytes, reader != null && reader.rootRead());
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Nothing is left to release once parsing failed.
                }
            }
        }
    }

    /** Walks the document; only what Tilmash exports is accepted. */
    private static final class Reader {

        private final XMLStreamReader xml;
        private boolean rootRead;

        Reader(XMLStreamReader xml) {
            this.xml = xml;
        }

        /** Whether the document got as far as its first element: what fails before it may be read wrong. */
        boolean rootRead() {
            return rootRead;
        }

        ParsedXliff read() throws XMLStreamException {
            String source = null;
            String target = null;
            List<ParsedFile> files = new ArrayList<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw refused("xliff.error.dtd");
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                // XML of another kind (a web page, a document saved as XML) is no XLIFF, whatever it holds further in.
                if (!rootRead && !xml.getLocalName().equals("xliff")) {
                    throw refused("xliff.error.version");
                }
                rootRead = true;
                switch (xml.getLocalName()) {
                    case "xliff" -> {
                        String version = xml.getAttributeValue(null, "version");
                        if (!XliffCodec.XLIFF_NS.equals(xml.getNamespaceURI())
                                || !("2.0".equals(version) || "2.1".equals(version))) {
                            throw refused("xliff.error.version");
                        }
                        source = xml.getAttributeValue(null, "srcLang");
                        target = xml.getAttributeValue(null, "trgLang");
                    }
                    case "file" -> files.add(file());
                    default -> {}
                }
            }
            if (source == null || target == null || files.isEmpty()) {
                throw new XliffException("xliff.error.empty", Map.of());
            }
            return new ParsedXliff(source, target, files);
        }

        private ParsedFile file() throws XMLStreamException {
            int line = xml.getLocation().getLineNumber();
            Long article = number(xml.getAttributeValue(TILMASH_NS, "article"));
            Long revision = number(xml.getAttributeValue(TILMASH_NS, "sourceRevision"));
            Map<String, ParsedUnit> units = new LinkedHashMap<>();
            Map<String, String> data = new LinkedHashMap<>();
            ParsedUnit unit = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals("file")) {
                    return new ParsedFile(article, revision, line, units);
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (xml.getLocalName()) {
                    case "unit" -> {
                        data.clear();
                        String id = String.valueOf(xml.getAttributeValue(null, "id"));
                        unit = new ParsedUnit(id, xml.getLocation().getLineNumber(), null);
                        if (units.putIfAbsent(id, unit) != null) {
                            throw refused("xliff.error.duplicateUnit", id);
                        }
                    }
                    case "data" -> data.put(xml.getAttributeValue(null, "id"), text("data"));
                    case "target" -> {
                        if (unit == null) {
                            throw refused("xliff.error.structure");
                        }
                        // A second target would silently win over the first, or half of it: neither is what was meant.
                        if (unit.target() != null) {
                            throw refused("xliff.error.twoTargets", unit.id());
                        }
                        unit = new ParsedUnit(unit.id(), unit.line(), content("target", data));
                        units.put(unit.id(), unit);
                    }
                    default -> {}
                }
            }
            throw endedEarly();
        }

        /**
         * The text of the current element, which Tilmash writes with no elements inside ({@code getElementText} would
         * say so in the parser's words).
         */
        private String text(String element) throws XMLStreamException {
            StringBuilder text = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    throw refused("xliff.error.structure");
                }
                if (event == XMLStreamConstants.END_ELEMENT
                        && xml.getLocalName().equals(element)) {
                    return text.toString();
                }
                if (event == XMLStreamConstants.CHARACTERS
                        || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE) {
                    text.append(xml.getText());
                }
            }
            throw endedEarly();
        }

        /** The inline content of the current element as HTML: text escaped, codes replaced by their original tags. */
        private String content(String element, Map<String, String> data) throws XMLStreamException {
            StringBuilder html = new StringBuilder();
            List<String> closing = new ArrayList<>();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    html.append(Entities.escape(xml.getText()));
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "pc" -> {
                            html.append(data.getOrDefault(xml.getAttributeValue(null, "dataRefStart"), ""));
                            closing.add(data.getOrDefault(xml.getAttributeValue(null, "dataRefEnd"), ""));
                        }
                        case "ph" -> html.append(data.getOrDefault(xml.getAttributeValue(null, "dataRef"), ""));
                        default -> {}
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (xml.getLocalName().equals(element)) {
                        return html.toString();
                    }
                    if (xml.getLocalName().equals("pc") && !closing.isEmpty()) {
                        html.append(closing.removeLast());
                    }
                }
            }
            throw endedEarly();
        }

        private Long number(String value) {
            try {
                return Long.valueOf(value);
            } catch (NumberFormatException missing) {
                throw refused("xliff.error.attributes");
            }
        }

        private XliffException refused(String key) {
            return new XliffException(
                    key,
                    Map.of(
                            "line",
                            xml.getLocation().getLineNumber(),
                            "column",
                            xml.getLocation().getColumnNumber()));
        }

        /** The parser reports a document that breaks off before this does; kept for a parser that would not. */
        private static XliffException endedEarly() {
            return new XliffException("xliff.error.truncated", Map.of());
        }

        private XliffException refused(String key, String unit) {
            return new XliffException(key, Map.of("line", xml.getLocation().getLineNumber(), "unit", unit));
        }
    }
}
