package org.tilmash.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tilmash.TilmashDatabase;
import org.tilmash.accounts.Permissions;
import org.tilmash.content.Datelines;
import org.tilmash.content.HtmlSanitizer;
import org.tilmash.i18n.ExplainedException;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;
import org.tilmash.media.ImageText;
import org.tilmash.media.Upload;
import org.tilmash.migration.ImportReport.Entry;
import org.tilmash.migration.ImportReport.Note;
import org.tilmash.migration.ImportReport.Result;

/**
 * Brings an old site in: its categories as sections, then its items, each group of translations as one article with a
 * version per language, with the images of its texts and galleries. Every item is analysed first (what it becomes,
 * what is refused and why) and, unless this is a dry run, written in its own transaction together with its mapping:
 * a crash or a refused item loses nothing, and the next run continues where this one stopped, skipping items whose
 * checksum has not changed.
 */
@Service
public class Importer {

    private static final Logger log = LoggerFactory.getLogger(Importer.class);
    private static final int MAX_INTRO = 4000;
    private static final Set<String> RICH_INTRO = Set.of(
            "a", "ul", "ol", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "iframe", "figure", "video");
    /** Stands for a gallery image in the sanitizer check of a dry run, where no image is stored yet. */
    private static final String SAMPLE_RENDITION = "/media/00000000-0000-0000-0000-000000000000/w960.jpg";

    private final OldLanguages oldLanguages;
    private final LanguageRegistry languages;
    private final Mapping mapping;
    private final ArticleWriter writer;
    private final Gallery gallery;
    private final HtmlSanitizer sanitizer;
    private final Permissions permissions;
    private final MigrationProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Importer(
            OldLanguages oldLanguages,
            LanguageRegistry languages,
            Mapping mapping,
            ArticleWriter writer,
            Gallery gallery,
            HtmlSanitizer sanitizer,
            Permissions permissions,
            MigrationProperties properties,
            TilmashDatabase database,
            Clock clock) {
        this.oldLanguages = oldLanguages;
        this.languages = languages;
        this.mapping = mapping;
        this.writer = writer;
        this.gallery = gallery;
        this.sanitizer = sanitizer;
        this.permissions = permissions;
        this.properties = properties;
        this.transaction = database.transaction();
        this.clock = clock;
    }

    /** Runs an import with nobody watching its progress. */
    public ImportReport run(ImportRequest request) {
        return run(request, Progress.NONE);
    }

    /**
     * Runs an import (or a dry run) to its end and reports what happened. A source that cannot be read ends the run
     * with {@link ImportReport#failure()}; what was imported before stays.
     *
     * @throws AccessDeniedException unless an administrator or a system task is running it
     */
    ImportReport run(ImportRequest request, Progress progress) {
        if (!permissions.canImport()) {
            throw new AccessDeniedException("May not import");
        }
        ImportReport.Builder report = new ImportReport.Builder(request.source().name(), request.dryRun());
        try (OldSite site = open(request.source())) {
            Run run = new Run(site, request, report, new HashSet<>());
            List<OldSection> sections = site.sections();
            progress.total(sections.size() + site.itemCount());
            for (OldSection section : sections) {
                report.add(section(run, section));
                progress.advance(1);
            }
            if (!request.dryRun()) {
                transaction.executeWithoutResult(status -> mapping.replacePaths(site.source(), paths(site)));
            }
            site.articles(group -> {
                report.add(article(run, group));
                progress.advance(group.versions().size());
            });
            return report.build(null);
        } catch (SourceException unreadable) {
            log.warn("Import from {} stopped: {}", request.source(), unreadable.getMessage());
            return report.build(new Note(unreadable.messageKey(), unreadable.arguments()));
        }
    }

    private OldSite open(ImportSource source) {
        return switch (source) {
            case ImportSource.Joomla joomla -> JoomlaSite.open(joomla, properties.getSourceZone());
            case ImportSource.WordPress wordPress -> WordPressSite.open(wordPress, properties.getSourceZone());
        };
    }

    /** What one run knows beyond the mapping: the categories a dry run would have created. */
    private record Run(OldSite site, ImportRequest request, ImportReport.Builder report, Set<Long> plannedSections) {}

    // ---- sections ----

    private Entry section(Run run, OldSection section) {
        List<Note> notes = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> slugs = new LinkedHashMap<>();
        for (OldSection.Name name : section.names()) {
            Optional<String> language = oldLanguages.of(name.tag());
            if (language.isEmpty()) {
                notes.add(new Note(
                        "import.note.unknownLanguage", Map.of("tag", name.tag(), "id", String.valueOf(name.oldId()))));
            } else if (!names.containsKey(language.get()) && !name.name().isBlank()) {
                names.put(language.get(), name.name().strip());
                Slug.of(name.alias()).ifPresent(slug -> slugs.put(language.get(), slug));
            }
        }
        List<Long> ids = section.names().stream().map(OldSection.Name::oldId).toList();
        String oldIds = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
        String title = names.values().stream().findFirst().orElse(oldIds);
        if (names.isEmpty()) {
            return new Entry(true, oldIds, title, Result.REFUSED, null, notes);
        }
        String source = run.site().source();
        Map<Long, Mapping.Row> mapped = mapping.find(source, Mapping.CATEGORY, ids);
        if (!mapped.isEmpty()) {
            long sectionId = mapped.values().iterator().next().targetId();
            // Sections are the editors' after the first import: renamed or merged here, they are not overwritten.
            if (!run.request().dryRun() && mapped.size() < ids.size()) {
                transaction.executeWithoutResult(status -> remember(section, sectionId, source, mapped.keySet()));
            }
            return new Entry(true, oldIds, title, Result.UNCHANGED, sectionId, notes);
        }
        if (run.request().dryRun()) {
            run.plannedSections().addAll(ids);
            return new Entry(true, oldIds, title, Result.CREATED, null, notes);
        }
        try {
            Long sectionId = transaction.execute(status -> {
                Long created = writer.createSection(names, slugs);
                remember(section, created, source, Set.of());
                return created;
            });
            return new Entry(true, oldIds, title, Result.CREATED, sectionId, notes);
        } catch (ExplainedException refused) {
            notes.add(new Note(refused.messageKey(), refused.arguments()));
            return new Entry(true, oldIds, title, Result.REFUSED, null, notes);
        }
    }

    private void remember(OldSection section, long sectionId, String source, Set<Long> known) {
        section.names().stream()
                .filter(name -> !known.contains(name.oldId()))
                .forEach(name -> mapping.save(
                        source,
                        Mapping.CATEGORY,
                        new Mapping.Row(
                                name.oldId(),
                                name.alias(),
                                oldLanguages.of(name.tag()).orElse(name.tag()),
                                sectionId,
                                "")));
    }

    private List<OldSite.LegacyPath> paths(OldSite site) {
        Map<String, OldSite.LegacyPath> unique = new LinkedHashMap<>();
        for (OldSite.LegacyPath path : site.legacyPaths()) {
            oldLanguages
                    .of(path.tag())
                    .ifPresent(language -> unique.putIfAbsent(
                            path.path(), new OldSite.LegacyPath(path.path(), language, path.kind(), path.oldId())));
        }
        return List.copyOf(unique.values());
    }

    // ---- articles ----

    private Entry article(Run run, OldArticle group) {
        String oldIds = group.versions().stream()
                .map(version -> String.valueOf(version.oldId()))
                .collect(Collectors.joining(", "));
        String title = group.versions().stream()
                .map(OldArticle.Version::title)
                .filter(t -> !t.isBlank())
                .findFirst()
                .orElse(oldIds);
        List<Note> notes = new ArrayList<>();
        Optional<Planned> plan = plan(run, group, notes);
        if (plan.isEmpty()) {
            boolean skipped = notes.stream().allMatch(note -> note.key().equals("import.note.skipped"));
            return new Entry(false, oldIds, title, skipped ? Result.SKIPPED : Result.REFUSED, null, notes);
        }
        Planned planned = plan.get();
        String source = run.site().source();
        List<Long> ids =
                group.versions().stream().map(OldArticle.Version::oldId).toList();
        Map<Long, Mapping.Row> mapped = mapping.find(source, Mapping.ARTICLE, ids);
        Optional<Long> existing =
                mapped.values().stream().map(Mapping.Row::targetId).findFirst();
        Set<Long> written = planned.versions().values().stream()
                .map(version -> version.old().oldId())
                .collect(Collectors.toSet());
        boolean unchanged = existing.isPresent()
                && mapped.keySet().containsAll(written)
                && mapped.values().stream().allMatch(row -> row.checksum().equals(planned.checksum()));
        if (unchanged) {
            return new Entry(false, oldIds, title, Result.UNCHANGED, existing.get(), notes);
        }
        Result result = existing.isPresent() ? Result.UPDATED : Result.CREATED;
        check(planned, notes);
        if (run.request().dryRun()) {
            return new Entry(false, oldIds, title, result, existing.orElse(null), notes);
        }
        try {
            Long articleId = transaction.execute(status -> write(run, planned, existing, notes));
            return new Entry(false, oldIds, title, result, articleId, notes);
        } catch (ExplainedException refused) {
            notes.add(new Note(refused.messageKey(), refused.arguments()));
        } catch (RuntimeException failed) {
            // The exception's message is for the operator, in English: the report only says that it failed.
            log.warn("Import of {} {} failed", source, oldIds, failed);
            notes.add(new Note("import.note.failed", Map.of()));
        }
        return new Entry(false, oldIds, title, Result.REFUSED, existing.orElse(null), notes);
    }

    /** What the group becomes, or empty (with the reasons in {@code notes}) when nothing of it can be imported. */
    private Optional<Planned> plan(Run run, OldArticle group, List<Note> notes) {
        Map<String, OldArticle.Version> byLanguage = new LinkedHashMap<>();
        for (OldArticle.Version version : group.versions()) {
            Optional<String> language = oldLanguages.of(version.tag());
            if (language.isEmpty()) {
                notes.add(new Note(
                        "import.note.unknownLanguage",
                        Map.of("tag", version.tag(), "id", String.valueOf(version.oldId()))));
            } else if (version.title().isBlank()) {
                notes.add(new Note("import.note.emptyTitle", Map.of("id", String.valueOf(version.oldId()))));
            } else if (version.status() != OldArticle.Status.PUBLISHED
                    && !run.request().unpublishedAsDrafts()) {
                notes.add(new Note("import.note.skipped", Map.of("id", String.valueOf(version.oldId()))));
            } else if (byLanguage.containsKey(language.get())) {
                notes.add(new Note(
                        "import.note.duplicateLanguage",
                        Map.of("language", language.get(), "id", String.valueOf(version.oldId()))));
            } else {
                byLanguage.put(language.get(), version);
            }
        }
        if (byLanguage.isEmpty()) {
            return Optional.empty();
        }
        String sourceLanguage = languages.sources().stream()
                .map(language -> language.code())
                .filter(byLanguage::containsKey)
                .findFirst()
                .orElse(byLanguage.keySet().iterator().next());
        OldArticle.Version original = byLanguage.get(sourceLanguage);
        Optional<Long> sectionId = byLanguage.values().stream()
                .map(OldArticle.Version::sectionOldId)
                .filter(Objects::nonNull)
                .map(old -> section(run, old))
                .flatMap(Optional::stream)
                .findFirst();
        if (sectionId.isEmpty()) {
            notes.add(new Note("import.note.noSection", Map.of("id", String.valueOf(original.sectionOldId()))));
            return Optional.empty();
        }
        Instant dateline = byLanguage.values().stream()
                .map(OldArticle.Version::date)
                .filter(Objects::nonNull)
                .findFirst()
                .map(date -> Optional.ofNullable(original.date()).orElse(date))
                .filter(date -> !date.isBefore(Datelines.EARLIEST))
                .orElse(null);
        if (dateline == null) {
            dateline = clock.instant();
            notes.add(new Note("import.note.noDate", Map.of()));
        }
        Images images = new Images(run.site());
        Map<String, Planned.Version> versions = new LinkedHashMap<>();
        for (Map.Entry<String, OldArticle.Version> entry : byLanguage.entrySet()) {
            versions.put(entry.getKey(), version(entry.getKey(), entry.getValue(), dateline, images, notes));
        }
        images.finish(versions.keySet());
        images.missing.forEach(path -> notes.add(new Note("import.note.missingImage", Map.of("path", path))));
        versions.keySet().forEach(language -> {
            long withoutAlt = images.plans.values().stream()
                    .filter(plan -> plan.alt().getOrDefault(language, "").isBlank())
                    .count();
            if (withoutAlt > 0) {
                notes.add(new Note("import.note.altMissing", Map.of("language", language, "count", withoutAlt)));
            }
        });
        String origin = run.site().source() + ":"
                + byLanguage.values().stream()
                        .map(version -> String.valueOf(version.oldId()))
                        .collect(Collectors.joining(","));
        Planned planned =
                new Planned(sectionId.get(), sourceLanguage, origin, dateline, versions, images.plans, images.keys, "");
        return Optional.of(withChecksum(planned));
    }

    private Optional<Long> section(Run run, long oldId) {
        if (run.plannedSections().contains(oldId)) {
            return Optional.of(-1L);
        }
        return mapping.find(run.site().source(), Mapping.CATEGORY, oldId).map(Mapping.Row::targetId);
    }

    private Planned.Version version(
            String language, OldArticle.Version old, Instant dateline, Images images, List<Note> notes) {
        Document intro = Jsoup.parseBodyFragment(old.introHtml());
        List<Element> leadImages = intro.select("img");
        leadImages.forEach(Element::remove);
        String introText = sanitizer.text(intro.body().html()).strip();
        boolean plainIntro = intro.body().select("*").stream().noneMatch(e -> RICH_INTRO.contains(e.tagName()))
                && introText.length() <= MAX_INTRO;
        String body;
        if (plainIntro) {
            body = leadImages.stream()
                            .map(image -> "<p>" + image.outerHtml() + "</p>")
                            .collect(Collectors.joining())
                    + old.bodyHtml();
        } else {
            introText = "";
            body = old.introHtml() + old.bodyHtml();
        }
        images.scan(language, body);
        old.gallery().forEach(image -> images.add(language, image));
        boolean published = old.status() == OldArticle.Status.PUBLISHED;
        return new Planned.Version(
                old,
                old.title().strip(),
                introText,
                body,
                old.alias(),
                Optional.ofNullable(old.byline())
                        .or(() -> Optional.of(old.author()).filter(author -> !author.isBlank()))
                        .orElse(null),
                published,
                published ? Optional.ofNullable(old.date()).orElse(dateline) : null);
    }

    /** The images of one group: found files by their path, with each language's texts, and the paths not found. */
    private final class Images {

        private final OldSite site;
        private final Map<String, Planned.ImagePlan> plans = new LinkedHashMap<>();
        private final Map<String, OldArticle.Text> everyLanguage = new HashMap<>();
        private final Map<String, String> keys = new HashMap<>();
        private final Set<String> missing = new LinkedHashSet<>();

        Images(OldSite site) {
            this.site = site;
        }

        /** The old site's images in the text, by their {@code src} as written. */
        void scan(String language, String html) {
            for (Element image : Jsoup.parseBodyFragment(html).select("img[src]")) {
                String src = image.attr("src");
                site.imagePath(src)
                        .flatMap(path -> add(language, OldArticle.OldImage.of(path, language, image.attr("alt"), "")))
                        .ifPresent(key -> keys.put(src, key));
            }
        }

        /**
         * Adds a found image with its texts, by the old site's tags ({@code language} for those already ours); the
         * key it is known by, empty when it was not found.
         */
        Optional<String> add(String language, OldArticle.OldImage image) {
            Optional<String> key = find(image.path());
            if (key.isEmpty()) {
                missing.add(image.path());
                return key;
            }
            Planned.ImagePlan plan = plans.computeIfAbsent(
                    key.get(),
                    found -> new Planned.ImagePlan(
                            found,
                            Paths.inside(site.imageRoot(), found).orElseThrow(),
                            new LinkedHashMap<>(),
                            new LinkedHashMap<>()));
            image.texts().forEach((tag, text) -> {
                if (tag.equals(OldArticle.OldImage.EVERY_LANGUAGE)) {
                    everyLanguage.putIfAbsent(key.get(), text);
                } else {
                    Optional.of(tag)
                            .filter(language::equals)
                            .or(() -> oldLanguages.of(tag))
                            .ifPresent(ours -> put(plan, ours, text));
                }
            });
            return key;
        }

        /** Texts written for every language fill in the languages of the article that have none of their own. */
        void finish(Collection<String> languages) {
            everyLanguage.forEach((key, text) -> languages.forEach(language -> put(plans.get(key), language, text)));
        }

        private static void put(Planned.ImagePlan plan, String language, OldArticle.Text text) {
            if (!text.alt().isBlank()) {
                plan.alt().putIfAbsent(language, text.alt().strip());
            }
            if (!text.caption().isBlank()) {
                plan.caption().putIfAbsent(language, text.caption().strip());
            }
        }

        /** The path itself, or the original a resized copy was made from. */
        private Optional<String> find(String path) {
            return Stream.of(path, WordPressSite.original(path))
                    .filter(candidate -> Paths.inside(site.imageRoot(), candidate)
                            .filter(Files::isRegularFile)
                            .isPresent())
                    .findFirst();
        }
    }

    private Planned withChecksum(Planned planned) {
        StringBuilder text = new StringBuilder();
        Function<Object, StringBuilder> field = value -> text.append(value).append('\u0000');
        field.apply(planned.sectionId());
        field.apply(planned.sourceLanguage());
        field.apply(planned.dateline());
        planned.versions().forEach((language, version) -> {
            field.apply(language);
            field.apply(version.old().oldId());
            field.apply(version.title());
            field.apply(version.intro());
            field.apply(version.bodyHtml());
            field.apply(version.slug());
            field.apply(version.byline());
            field.apply(version.published());
            field.apply(version.publishedAt());
        });
        planned.images().values().forEach(image -> {
            field.apply(image.path());
            field.apply(image.alt());
            field.apply(image.caption());
            try {
                field.apply(Files.size(image.file()));
                field.apply(Files.getLastModifiedTime(image.file()));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        });
        return new Planned(
                planned.sectionId(),
                planned.sourceLanguage(),
                planned.origin(),
                planned.dateline(),
                planned.versions(),
                planned.images(),
                planned.imageKeys(),
                sha256(text.toString()));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Notes the HTML the sanitizer would take out of each version: what editors will not find any more. */
    private void check(Planned planned, List<Note> notes) {
        planned.versions().forEach((language, version) -> {
            String before = relinked(planned, version.bodyHtml(), key -> SAMPLE_RENDITION);
            List<String> removed = Removed.by(before, sanitizer.clean(before));
            if (!removed.isEmpty()) {
                notes.add(new Note(
                        "import.note.sanitized", Map.of("language", language, "removed", String.join(", ", removed))));
            }
        });
    }

    /**
     * The body with every image of the old site pointing at its rendition ({@code url} of its key), and images that
     * were not found left out.
     */
    private static String relinked(Planned planned, String html, Function<String, String> url) {
        Document document = Jsoup.parseBodyFragment(html);
        document.outputSettings().prettyPrint(false);
        return relink(planned, document, url);
    }

    private static String relink(Planned planned, Document document, Function<String, String> url) {
        for (Element image : document.select("img[src]")) {
            String key = planned.imageKeys().get(image.attr("src"));
            Optional<String> found = Optional.ofNullable(key).map(url);
            found.ifPresentOrElse(src -> image.attr("src", src), image::remove);
        }
        return document.body().html();
    }

    // ---- writing ----

    private Long write(Run run, Planned planned, Optional<Long> existing, List<Note> notes) {
        boolean withImages = !planned.images().isEmpty();
        // A gallery is filled while every version is still a draft: images added to a live version would send it
        // back to review, and publishing freezes the gallery readers see.
        Long articleId = existing.orElseGet(() -> withImages ? writer.createDrafts(planned) : writer.create(planned));
        if (existing.isPresent() || withImages) {
            Map<String, Image> stored = images(articleId, planned, notes);
            Map<String, String> bodies = new LinkedHashMap<>();
            planned.versions()
                    .forEach((language, version) -> bodies.put(
                            language,
                            relinked(
                                    planned,
                                    version.bodyHtml(),
                                    key -> Optional.ofNullable(stored.get(key))
                                            .map(Image::largestUrl)
                                            .orElse(null))));
            writer.update(articleId, planned, bodies);
        }
        String source = run.site().source();
        planned.versions()
                .forEach((language, version) -> mapping.save(
                        source,
                        Mapping.ARTICLE,
                        new Mapping.Row(
                                version.old().oldId(),
                                version.old().alias(),
                                language,
                                articleId,
                                planned.checksum())));
        return articleId;
    }

    /** Uploads the images the gallery does not have yet, through the editors' checks, and writes their texts. */
    private Map<String, Image> images(Long articleId, Planned planned, List<Note> notes) {
        Map<String, Long> known = mapping.images(articleId);
        Map<Long, Image> galleryImages =
                gallery.of(articleId).stream().collect(Collectors.toMap(Image::id, image -> image));
        Map<String, Image> stored = new HashMap<>();
        String actor = permissions.actor();
        for (Planned.ImagePlan plan : planned.images().values()) {
            Image image = Optional.ofNullable(known.get(plan.path()))
                    .map(galleryImages::get)
                    .orElseGet(() -> upload(articleId, plan, actor, notes));
            if (image == null) {
                continue;
            }
            stored.put(plan.path(), image);
            for (String language : planned.versions().keySet()) {
                ImageText text = new ImageText(
                        plan.alt().getOrDefault(language, ""), plan.caption().getOrDefault(language, ""), "");
                if (!text.isEmpty() && text.fits() && !image.text(language).equals(text)) {
                    gallery.writeTexts(articleId, image.id(), language, text);
                }
            }
        }
        return stored;
    }

    private Image upload(Long articleId, Planned.ImagePlan plan, String actor, List<Note> notes) {
        Path file = plan.file();
        try {
            Upload upload = gallery.upload(
                    articleId,
                    file.getFileName().toString(),
                    Files.size(file),
                    () -> Files.newInputStream(file),
                    actor,
                    Optional.empty());
            upload.refusal().ifPresent(refusal -> notes.add(new Note(refusal.messageKey(), refusal.arguments())));
            upload.image().ifPresent(image -> mapping.saveImage(articleId, plan.path(), image.id()));
            return upload.image().orElse(null);
        } catch (IOException unreadable) {
            notes.add(new Note("import.note.missingImage", Map.of("path", plan.path())));
            return null;
        }
    }
}
