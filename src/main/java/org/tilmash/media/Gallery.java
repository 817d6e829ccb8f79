package org.tilmash.media;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.InputStreamSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.tilmash.TilmashDatabase;
import org.tilmash.TilmashTransactional;
import org.tilmash.content.ContentService;
import org.tilmash.i18n.InputText;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.workflow.Workflow;

/**
 * An article's gallery: upload, replace, reorder and remove images, and read or write their texts per language (the
 * API the translation editor and XLIFF use for image texts).
 *
 * <p>Files are written before the row that points at them is committed, and deleted only after the row's removal is
 * committed: if the application stops half-way, there is never a row without its files, only files without a row,
 * which {@link MediaCleanup} removes.
 */
@Service
public class Gallery {

    private static final Logger log = LoggerFactory.getLogger(Gallery.class);

    private final ImageRepository images;
    private final MediaStorage storage;
    private final ImageDecoder decoder;
    private final DecodeSlots slots;
    private final Renditions renditions;
    private final ContentService content;
    private final LanguageRegistry languages;
    private final MediaProperties properties;
    private final TransactionTemplate transaction;
    private final GallerySnapshots snapshots;
    private final ObjectProvider<Workflow> workflow;
    private final Clock clock;

    Gallery(
            ImageRepository images,
            MediaStorage storage,
            ImageDecoder decoder,
            DecodeSlots slots,
            Renditions renditions,
            ContentService content,
            LanguageRegistry languages,
            MediaProperties properties,
            TilmashDatabase database,
            GallerySnapshots snapshots,
            ObjectProvider<Workflow> workflow,
            Clock clock) {
        this.images = images;
        this.storage = storage;
        this.decoder = decoder;
        this.slots = slots;
        this.renditions = renditions;
        this.content = content;
        this.languages = languages;
        this.properties = properties;
        this.transaction = database.transaction();
        this.snapshots = snapshots;
        this.workflow = workflow;
        this.clock = clock;
    }

    /** The gallery in its order, with every language's texts. */
    @TilmashTransactional(readOnly = true)
    public List<Image> of(Long articleId) {
        return images.gallery(articleId).stream().map(StoredImage::view).toList();
    }

    /** Every image of every article, the newest upload first, with its texts: the media library. */
    @TilmashTransactional(readOnly = true)
    public Page<Image> library(int page, int size) {
        Page<Long> ids = images.newestIds(PageRequest.of(page, size));
        Map<Long, Image> shown = images.withTexts(ids.getContent()).stream()
                .collect(Collectors.toMap(StoredImage::getId, StoredImage::view));
        return ids.map(shown::get);
    }

    /**
     * The gallery readers see with a live language version: the images, order and texts in its language that a
     * reviewer approved with it. Changes made since wait for the next approval.
     */
    @TilmashTransactional(readOnly = true)
    public List<Image> published(Long versionId, String language) {
        return snapshots.of(versionId, language);
    }

    /** How many images readers see with each of the live versions; versions without images are absent. */
    @TilmashTransactional(readOnly = true)
    public Map<Long, Long> publishedCounts(Collection<Long> versionIds) {
        return snapshots.counts(versionIds);
    }

    /**
     * Adds one file at the end of the gallery, or in place of {@code replaces} (keeping its position and texts). The
     * file is checked by size, type (its content, not its name), and pixel count before it is decoded.
     */
    public Upload upload(
            Long articleId, String fileName, long size, InputStreamSource file, String actor, Optional<Long> replaces) {
        requireArticle(articleId);
        replaces.ifPresent(id -> load(articleId, id));
        if (replaces.filter(snapshots::shown).isPresent()) {
            String name = InputText.uploadedFileName(fileName);
            return Upload.refused(name, new Refusal("media.refused.inUse", Map.of("name", name)));
        }
        String name = InputText.uploadedFileName(fileName);
        long max = properties.getMaxSize().toBytes();
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = size > max ? new byte[0] : in.readNBytes(Math.toIntExact(max + 1));
        } catch (IOException unreadable) {
            return Upload.refused(name, new Refusal("media.refused.damaged", Map.of("name", name)));
        }
        if (size > max || bytes.length > max) {
            return Upload.refused(name, new Refusal("media.refused.size", sizeLimit(name, properties.getMaxSize())));
        }
        // The decoded pixels live until the renditions are stored: the slot is held for all of it.
        return slots.run(() -> switch (decoder.decode(name, bytes)) {
            case ImageDecoder.Refused refused -> Upload.refused(name, refused.refusal());
            case ImageDecoder.Decoded decoded ->
                Upload.accepted(name, store(articleId, name, bytes, decoded, actor, replaces));
        });
    }

    private Image store(
            Long articleId,
            String name,
            byte[] original,
            ImageDecoder.Decoded decoded,
            String actor,
            Optional<Long> replaces) {
        Renditions.Made made = renditions.make(decoded.image(), decoded.width());
        String key = MediaStorage.newKey();
        Map<String, byte[]> files = new LinkedHashMap<>(made.files());
        // Kept to make new renditions later; never served, so its metadata never reaches a reader.
        files.put("original", original);
        storage.write(key, files);
        Stored stored = new Stored(
                key,
                decoded.format(),
                decoded.width(),
                decoded.height(),
                original.length,
                made.widths(),
                made.extension());
        try {
            return transaction.execute(status -> {
                StoredImage image;
                if (replaces.isPresent()) {
                    image = load(articleId, replaces.get());
                    String previous = image.getStorageKey();
                    image.takeFiles(name, stored, actor, clock.instant());
                    afterCommit(() -> storage.delete(previous));
                } else {
                    image = new StoredImage(
                            articleId, images.lastPosition(articleId) + 1, name, stored, actor, clock.instant());
                }
                Image saved = images.saveAndFlush(image).view();
                changed(articleId, languages.codes());
                return saved;
            });
        } catch (RuntimeException failed) {
            storage.delete(key);
            throw failed;
        }
    }

    /** Puts the gallery in the order of {@code imageIds}, which must name each of its images once. */
    @TilmashTransactional
    public void reorder(Long articleId, List<Long> imageIds) {
        List<StoredImage> gallery = images.gallery(articleId);
        Set<Long> current = gallery.stream().map(StoredImage::getId).collect(Collectors.toSet());
        if (imageIds.size() != current.size() || !current.equals(Set.copyOf(imageIds))) {
            throw new IllegalArgumentException("The new order must name every image of the gallery once");
        }
        Map<Long, StoredImage> byId = gallery.stream().collect(Collectors.toMap(StoredImage::getId, image -> image));
        for (int position = 0; position < imageIds.size(); position++) {
            byId.get(imageIds.get(position)).moveTo(position);
        }
        changed(articleId, languages.codes());
    }

    /**
     * Makes {@code imageId} the article's lead image, or leaves the article without one when empty. Like a reordering,
     * it reaches readers of a live version only when a reviewer of its language approves it.
     */
    @TilmashTransactional
    public void chooseLead(Long articleId, Optional<Long> imageId) {
        imageId.ifPresent(id -> load(articleId, id));
        boolean changed = false;
        for (StoredImage image : images.gallery(articleId)) {
            boolean lead = imageId.filter(image.getId()::equals).isPresent();
            if (image.isLeadImage() != lead) {
                image.setLeadImage(lead);
                changed = true;
            }
        }
        if (changed) {
            changed(articleId, languages.codes());
        }
    }

    /** The lead image readers see with each live version that has one, with its texts in the version's language. */
    @TilmashTransactional(readOnly = true)
    public Map<Long, Image> publishedLeads(Map<Long, String> versionLanguages) {
        return snapshots.leads(versionLanguages);
    }

    /** Live versions in {@code changedLanguages} wait for a reviewer before readers see the change. */
    private void changed(Long articleId, Collection<String> changedLanguages) {
        workflow.getObject().galleryChanged(articleId, changedLanguages);
    }

    /** The limit in whole megabytes, or in kilobytes when it is smaller than one megabyte, never rounded to zero. */
    static Map<String, Object> sizeLimit(String name, DataSize limit) {
        boolean megabytes = limit.toMegabytes() >= 1;
        return Map.of(
                "name",
                name,
                "unit",
                megabytes ? "megabyte" : "kilobyte",
                "max",
                megabytes ? limit.toMegabytes() : Math.max(1, limit.toKilobytes()));
    }

    /**
     * Removes an image and, once that is committed, its files.
     *
     * @throws ImageInUseException if a language version of the article is live: readers still see the image
     */
    @TilmashTransactional
    public void remove(Long articleId, Long imageId) {
        StoredImage image = load(articleId, imageId);
        if (snapshots.shown(imageId)) {
            throw new ImageInUseException(imageId);
        }
        String key = image.getStorageKey();
        images.delete(image);
        afterCommit(() -> storage.delete(key));
    }

    /** The image's alt text, caption and credit in {@code language}; empty texts when none were written. */
    @TilmashTransactional(readOnly = true)
    public ImageText texts(Long articleId, Long imageId, String language) {
        return load(articleId, imageId).view().text(language);
    }

    /** Writes the image's texts in {@code language}; empty texts remove them. */
    @TilmashTransactional
    public void writeTexts(Long articleId, Long imageId, String language, ImageText text) {
        if (!languages.isEnabled(language)) {
            throw new IllegalArgumentException("Unknown language " + language);
        }
        if (!text.fits()) {
            throw new IllegalArgumentException("Image text too long");
        }
        StoredImage image = load(articleId, imageId);
        if (!image.view().text(language).equals(text)) {
            image.write(language, text);
            changed(articleId, List.of(language));
        }
    }

    /** Writes the texts of several images in {@code language} (by image id) in one transaction: all or none. */
    @TilmashTransactional
    public void writeTexts(Long articleId, String language, Map<Long, ImageText> texts) {
        texts.forEach((imageId, text) -> writeTexts(articleId, imageId, language, text));
    }

    private StoredImage load(Long articleId, Long imageId) {
        return images.findById(imageId)
                .filter(image -> image.getArticleId().equals(articleId))
                .orElseThrow(() -> new NoSuchImageException(imageId));
    }

    private void requireArticle(Long articleId) {
        if (!content.articleExists(articleId)) {
            throw new IllegalArgumentException("No article " + articleId);
        }
    }

    private static void afterCommit(Runnable action) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    action.run();
                } catch (RuntimeException failed) {
                    // The row is gone either way; the files left behind are orphans the cleanup removes.
                    log.warn("Could not delete image files after commit: {}", failed.toString());
                }
            }
        });
    }
}
