package org.tilmash.media;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A gallery image's row: where its files are and what it says in each language. */
@Entity
@Table(name = "tilmash_media_image")
class StoredImage {

    static final String THUMBNAIL = "thumb";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long articleId;

    private int position;

    private String storageKey;

    private String originalName;

    @Enumerated(EnumType.STRING)
    private ImageFormat format;

    private int width;

    private int height;

    private long byteSize;

    /** Rendition widths, comma-separated: fixed when the files were made, whatever the configuration says later. */
    private String widths;

    private String renditionExt;

    private String uploadedBy;

    private Instant uploadedAt;

    /** Whether this is the article's lead image; {@link Gallery#chooseLead} keeps it to one per article. */
    private boolean leadImage;

    @ElementCollection
    @CollectionTable(name = "tilmash_media_image_text", joinColumns = @JoinColumn(name = "image_id"))
    @MapKeyColumn(name = "language")
    private Map<String, TextColumns> texts = new HashMap<>();

    protected StoredImage() {}

    StoredImage(Long articleId, int position, String originalName, Stored files, String uploadedBy, Instant now) {
        this.articleId = articleId;
        this.position = position;
        this.originalName = originalName;
        this.uploadedBy = uploadedBy;
        takeFiles(originalName, files, uploadedBy, now);
    }

    /** Points at new files (an upload or a replacement); texts and position stay. */
    void takeFiles(String originalName, Stored files, String uploadedBy, Instant now) {
        this.originalName = originalName;
        this.storageKey = files.key();
        this.format = files.format();
        this.width = files.width();
        this.height = files.height();
        this.byteSize = files.byteSize();
        this.widths = files.widths().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.renditionExt = files.extension();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    void moveTo(int position) {
        this.position = position;
    }

    boolean isLeadImage() {
        return leadImage;
    }

    void setLeadImage(boolean leadImage) {
        this.leadImage = leadImage;
    }

    void write(String language, ImageText text) {
        if (text.isEmpty()) {
            texts.remove(language);
        } else {
            texts.put(language, new TextColumns(text));
        }
    }

    List<Integer> renditionWidths() {
        return Arrays.stream(widths.split(",")).map(Integer::valueOf).toList();
    }

    /** File names readers may ask for, each mapped to itself so a served name always comes from here. */
    Map<String, String> servedFiles() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put(THUMBNAIL + "." + renditionExt, THUMBNAIL + "." + renditionExt);
        for (int w : renditionWidths()) {
            names.put(w + "." + renditionExt, w + "." + renditionExt);
        }
        return names;
    }

    Image view() {
        Map<String, ImageText> byLanguage = new HashMap<>();
        texts.forEach((language, columns) -> byLanguage.put(language, columns.text()));
        return image(
                id,
                articleId,
                position,
                originalName,
                width,
                height,
                storageKey,
                widths,
                renditionExt,
                leadImage,
                byLanguage);
    }

    /** An image's view from its stored columns: URLs are built from the key we generated, never from a request. */
    static Image image(
            Long id,
            Long articleId,
            int position,
            String originalName,
            int width,
            int height,
            String storageKey,
            String widths,
            String renditionExt,
            boolean lead,
            Map<String, ImageText> texts) {
        String base = "/media/" + storageKey + "/";
        return new Image(
                id,
                articleId,
                position,
                originalName,
                width,
                height,
                base + THUMBNAIL + "." + renditionExt,
                Arrays.stream(widths.split(","))
                        .map(Integer::valueOf)
                        .map(w -> new Image.Rendition(w, base + w + "." + renditionExt))
                        .toList(),
                lead,
                texts);
    }

    Long getId() {
        return id;
    }

    Long getArticleId() {
        return articleId;
    }

    String getStorageKey() {
        return storageKey;
    }

    String getRenditionExt() {
        return renditionExt;
    }
}
