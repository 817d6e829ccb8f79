package org.tilmash.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A WordPress export (WXR 1.0 to 1.2) read as a stream, twice: first only the small facts that tie items together
 * (translation groups, attachments' files, categories, authors), then the posts and pages one by one. The file is never
 * held in memory, only the item being read and the translation groups still incomplete.
 *
 * <p>Translations: Polylang exports a {@code language} and a {@code post_translations} term on each item; WPML's
 * exports carry the language and the translation group as post meta ({@code _wpml_language}/{@code wpml_language},
 * {@code _wpml_trid}/{@code wpml_trid}/{@code trid}).
 */
final class WordPressSite implements OldSite {

    static final String SOURCE = "wordpress";
    /** The namespace of WordPress's own elements ({@code wp:post_id} …), {@code …/export/1.0/} to {@code …/1.2/}. */
    private static final String WXR_NAMESPACE = "http://wordpress.org/export/";

    private static final List<String> LANGUAGE_META = List.of("_wpml_language", "wpml_language");
    private static final List<String> GROUP_META = List.of("_wpml_trid", "wpml_trid", "trid");
    private static final Pattern MORE = Pattern.compile("<!--more(.*?)?-->");
    private static final Pattern RESIZED = Pattern.compile("-\\d+x\\d+(\\.[A-Za-z0-9]+)$");

    private final Path file;
    /** The file as the administrator knows it, for messages. */
    private final String fileName;

    private final Path uploads;
    private final ZoneId zone;
    private final XMLInputFactory factory;

    /** Filled by the first pass. */
    private final Map<Long, String> groupOf = new HashMap<>();

    private final Map<Long, Attachment> attachments = new HashMap<>();
    private final Map<String, String> authors = new HashMap<>();
    private final List<OldSection> sections = new ArrayList<>();
    private final Map<String, Long> categoryIds = new HashMap<>();
    private long items;
    private String siteTag = "";

    private record Attachment(String path, String alt, String caption) {}

    private WordPressSite(ImportSource.WordPress source, ZoneId zone) {
        this.file = source.wxrFile();
        this.fileName = source.fileName();
        this.uploads = source.uploadsDir();
        this.zone = zone;
        factory = XMLInputFactory.newFactory();
        // A WXR file is data: no DTD, no entity may fetch or expand anything.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    /**
     * Reads the export's index.
     *
     * @param zone the zone of {@code wp:post_date}, used only when an item has no {@code wp:post_date_gmt}
     * @throws SourceException when the file cannot be read or is not a WordPress export
     */
    static WordPressSite open(ImportSource.WordPress source, ZoneId zone) {
        if (!Files.isRegularFile(source.wxrFile())) {
            throw new SourceException("import.error.file", Map.of("file", source.fileName()));
        }
        WordPressSite site = new WordPressSite(source, zone);
        site.index();
        return site;
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public Path imageRoot() {
        return uploads;
    }

    /** {@code …/wp-content/uploads/2021/12/photo-300x200.jpg} → {@code 2021/12/photo-300x200.jpg}. */
    @Override
    public Optional<String> imagePath(String src) {
        String path = src.strip().replaceFirst("[?#].*$", "");
        String marker = "/wp-content/uploads/";
        int at = path.indexOf(marker);
        return at < 0
                ? Optional.empty()
                : Optional.of(URLDecoder.decode(path.substring(at + marker.length()), StandardCharsets.UTF_8));
    }

    /**
     * The full-size file of a resized copy WordPress made ({@code photo-300x200.jpg} → {@code photo.jpg}): exports
     * link the copies, the uploads folder always has the original.
     */
    static String original(String path) {
        return RESIZED.matcher(path).replaceFirst("$1");
    }

    @Override
    public List<OldSection> sections() {
        return List.copyOf(sections);
    }

    @Override
    public long itemCount() {
        return items;
    }

    @Override
    public List<LegacyPath> legacyPaths() {
        return List.of();
    }

    private void index() {
        read(item -> {
            if (item.type().equals("attachment")) {
                String path = Optional.ofNullable(item.meta().get("_wp_attached_file"))
                        .or(() -> imagePath(item.attachmentUrl()))
                        .orElse("");
                attachments.put(
                        item.id(),
                        new Attachment(
                                path, item.meta().getOrDefault("_wp_attachment_image_alt", ""), text(item.excerpt())));
            } else if (isArticle(item)) {
                items++;
                group(item).ifPresent(group -> groupOf.put(item.id(), group));
            }
        });
    }

    @Override
    public void articles(Consumer<OldArticle> sink) {
        Grouping<OldArticle.Version> grouping =
                new Grouping<>(groupOf, versions -> sink.accept(new OldArticle(versions)));
        read(item -> {
            if (isArticle(item)) {
                grouping.add(item.id(), version(item));
            }
        });
        grouping.finish();
    }

    private static boolean isArticle(Item item) {
        return item.type().equals("post") || item.type().equals("page");
    }

    private Optional<String> group(Item item) {
        return item.terms().stream()
                .filter(term -> term.domain().equals("post_translations"))
                .map(term -> "pll:" + term.slug())
                .findFirst()
                .or(() -> GROUP_META.stream()
                        .map(item.meta()::get)
                        .filter(value -> value != null && !value.isBlank())
                        .map(trid -> "wpml:" + trid.strip())
                        .findFirst());
    }

    private OldArticle.Version version(Item item) {
        String tag = item.terms().stream()
                .filter(term -> term.domain().equals("language"))
                .map(Term::slug)
                .findFirst()
                .or(() -> LANGUAGE_META.stream()
                        .map(item.meta()::get)
                        .filter(value -> value != null && !value.isBlank())
                        .findFirst())
                .orElse(siteTag);
        String[] parts = MORE.split(item.content(), 2);
        String excerpt = item.excerpt().strip();
        String intro = !excerpt.isEmpty() ? excerpt : parts.length == 2 ? parts[0] : "";
        String body = !excerpt.isEmpty() || parts.length < 2 ? String.join("", parts) : parts[1];
        List<OldArticle.OldImage> gallery = new ArrayList<>();
        Optional.ofNullable(item.meta().get("_thumbnail_id"))
                .flatMap(WordPressSite::number)
                .map(attachments::get)
                .filter(attachment -> !attachment.path().isEmpty())
                .ifPresent(featured -> gallery.add(OldArticle.OldImage.of(
                        featured.path(), OldArticle.OldImage.EVERY_LANGUAGE, featured.alt(), featured.caption())));
        Long category = item.terms().stream()
                .filter(term -> term.domain().equals("category"))
                .map(term -> categoryIds.get(term.slug()))
                .filter(id -> id != null)
                .findFirst()
                .orElse(null);
        Instant date =
                Optional.ofNullable(date(item.dateGmt(), ZoneOffset.UTC)).orElseGet(() -> date(item.date(), zone));
        return new OldArticle.Version(
                item.id(),
                tag,
                item.title(),
                item.name(),
                intro,
                body,
                date,
                authors.getOrDefault(item.creator(), item.creator()),
                null,
                switch (item.status()) {
                    case "publish" -> OldArticle.Status.PUBLISHED;
                    case "trash" -> OldArticle.Status.TRASHED;
                    default -> OldArticle.Status.UNPUBLISHED;
                },
                category,
                gallery);
    }

    private static @Nullable Instant date(String value, ZoneId zone) {
        if (value.isBlank() || value.startsWith("0000")) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip().replace(' ', 'T'))
                    .atZone(zone)
                    .toInstant();
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of(Long.valueOf(value.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]*>", "").strip();
    }

    // ---- the stream ----

    private record Term(String domain, String slug, String name) {}

    private record Item(
            long id,
            String type,
            String title,
            String content,
            String excerpt,
            String date,
            String dateGmt,
            String name,
            String status,
            String creator,
            String attachmentUrl,
            List<Term> terms,
            Map<String, String> meta) {}

    /** Streams the file, handing over each item; the channel's authors and categories are kept on the way. */
    private void read(Consumer<Item> sink) {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            boolean rss = false;
            boolean wordPress = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                wordPress |= String.valueOf(xml.getNamespaceURI()).startsWith(WXR_NAMESPACE);
                String name = xml.getLocalName();
                switch (name) {
                    case "rss" -> rss = true;
                    case "language" -> siteTag = xml.getElementText().strip();
                    case "author" -> author(fields(xml));
                    case "category" -> category(fields(xml));
                    case "item" -> sink.accept(item(xml));
                    default -> {}
                }
            }
            xml.close();
            // Any RSS feed would otherwise be read as an export with nothing in it, and "succeed" with all zeros.
            if (!rss || !wordPress) {
                throw new SourceException("import.error.wxr", Map.of("file", fileName));
            }
        } catch (XMLStreamException malformed) {
            throw UnreadableExport.explain(malformed, fileName);
        } catch (IOException unreadable) {
            throw UnreadableExport.explain(unreadable, fileName);
        }
    }

    private void author(Map<String, String> fields) {
        if (!fields.getOrDefault("author_login", "").isEmpty()) {
            authors.put(fields.get("author_login"), fields.getOrDefault("author_display_name", ""));
        }
    }

    /** Only on the first pass: the second sees the same categories again. */
    private void category(Map<String, String> fields) {
        String slug = fields.getOrDefault("category_nicename", "");
        if (slug.isEmpty() || categoryIds.containsKey(slug)) {
            return;
        }
        long id = number(fields.getOrDefault("term_id", "")).orElse((long) -(categoryIds.size() + 1));
        categoryIds.put(slug, id);
        sections.add(
                new OldSection(List.of(new OldSection.Name(id, "*", fields.getOrDefault("cat_name", slug), slug))));
    }

    /** The text of each child element of the current one, by local name. */
    private static Map<String, String> fields(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> fields = new LinkedHashMap<>();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                fields.put(xml.getLocalName(), xml.getElementText().strip());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return fields;
    }

    /** Past the current element and everything in it (comments, with their own meta). */
    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static Item item(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        List<Term> terms = new ArrayList<>();
        Map<String, String> meta = new HashMap<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("item")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            String prefix = xml.getPrefix() == null ? "" : xml.getPrefix();
            switch (name) {
                case "category" -> {
                    String domain = String.valueOf(xml.getAttributeValue(null, "domain"));
                    String slug = String.valueOf(xml.getAttributeValue(null, "nicename"));
                    terms.add(new Term(domain, slug, xml.getElementText().strip()));
                }
                case "postmeta" -> {
                    Map<String, String> entry = fields(xml);
                    meta.put(entry.getOrDefault("meta_key", ""), entry.getOrDefault("meta_value", ""));
                }
                case "comment" -> skip(xml);
                case "encoded" -> fields.put(prefix + ":encoded", xml.getElementText());
                default -> fields.put(name, xml.getElementText());
            }
        }
        return new Item(
                number(fields.getOrDefault("post_id", "")).orElse(0L),
                fields.getOrDefault("post_type", "").strip(),
                fields.getOrDefault("title", "").strip(),
                fields.getOrDefault("content:encoded", ""),
                fields.getOrDefault("excerpt:encoded", ""),
                fields.getOrDefault("post_date", ""),
                fields.getOrDefault("post_date_gmt", ""),
                fields.getOrDefault("post_name", "").strip(),
                fields.getOrDefault("status", "").strip(),
                fields.getOrDefault("creator", "").strip(),
                fields.getOrDefault("attachment_url", "").strip(),
                terms,
                meta);
    }

    @Override
    public void close() {
        // Each pass opens and closes the file itself.
    }
}
