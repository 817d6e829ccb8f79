package org.tilmash.admin;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tilmash.content.ContentService;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.i18n.TilmashMessages;
import org.tilmash.media.Gallery;
import org.tilmash.media.Image;
import org.tilmash.media.ImageInUseException;
import org.tilmash.media.ImageText;
import org.tilmash.media.MediaProperties;
import org.tilmash.media.NoSuchImageException;
import org.tilmash.media.Upload;

/**
 * An article's gallery in the back office. Editors upload (one request per file, so each gets its own progress bar
 * and its own verdict), replace, reorder and remove images; whoever may edit a language writes the images' texts in
 * that language.
 */
@Controller
class GalleryController {

    static final String VIEW = "tilmash/admin/gallery";
    private static final String PAGE = "/articles/{id}/{lang}/gallery";
    private static final String MANAGE = "/articles/{id}/gallery";
    /** The rendition a body image names; readers get every rendition through {@code srcset} anyway. */
    private static final int BODY_WIDTH = 960;

    private final Gallery gallery;
    private final ContentService content;
    private final LanguageRegistry languages;
    private final MediaProperties properties;
    private final TilmashMessages messages;

    GalleryController(
            Gallery gallery,
            ContentService content,
            LanguageRegistry languages,
            MediaProperties properties,
            TilmashMessages messages) {
        this.gallery = gallery;
        this.content = content;
        this.languages = languages;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping(PAGE)
    @PreAuthorize("@permissions.canEdit(#lang)")
    String page(@PathVariable Long id, @PathVariable String lang, Model model) {
        requireArticle(id);
        List<Image> images = gallery.of(id);
        return page(id, lang, images, textsIn(images, lang), model);
    }

    /** The gallery page, each image's texts as {@code texts} holds them: stored, or as typed when refused. */
    private String page(Long id, String lang, List<Image> images, Map<Long, ImageText> texts, Model model) {
        model.addAttribute("articleId", id);
        model.addAttribute("lang", lang);
        model.addAttribute("editLanguage", languages.require(lang));
        model.addAttribute("images", images);
        model.addAttribute("texts", texts);
        model.addAttribute("maxMegabytes", properties.getMaxSize().toMegabytes());
        return VIEW;
    }

    private static Map<Long, ImageText> textsIn(List<Image> images, String lang) {
        Map<Long, ImageText> texts = new LinkedHashMap<>();
        images.forEach(image -> texts.put(image.id(), image.text(lang)));
        return texts;
    }

    /**
     * The gallery as the article editor's image picker: each image numbered as the gallery numbers it and named by its
     * alt text in the version's language, with the rendition the body stores and that alt text.
     */
    @GetMapping(PAGE + "/images.json")
    @PreAuthorize("@permissions.canEdit(#lang)")
    @ResponseBody
    List<PickerEntry> imageList(@PathVariable Long id, @PathVariable String lang, Locale locale) {
        requireArticle(id);
        return gallery.of(id).stream()
                .map(image -> {
                    String alt = image.text(lang).alt();
                    String title = alt.isEmpty()
                            ? message(
                                    "media.picker.withoutAlt",
                                    Map.of("number", image.number(), "name", image.originalName(), "language", lang),
                                    locale)
                            : message("media.picker.entry", Map.of("number", image.number(), "alt", alt), locale);
                    return new PickerEntry(title, image.renditionFor(BODY_WIDTH).url(), alt);
                })
                .toList();
    }

    /** One image for TinyMCE's {@code image_list} ({@code title}, {@code value}) and the alt text our script sets. */
    record PickerEntry(String title, String value, String alt) {}

    /**
     * Form fields {@code alt-<imageId>}, {@code caption-<imageId>} and {@code credit-<imageId>} for each image, all
     * written or none: a text too long shows the page again with what was typed, naming the image.
     */
    @PostMapping(PAGE + "/texts")
    @PreAuthorize("@permissions.canEdit(#lang)")
    String texts(
            @PathVariable Long id,
            @PathVariable String lang,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        requireArticle(id);
        List<Image> images = gallery.of(id);
        Map<Long, ImageText> typed = new LinkedHashMap<>();
        for (Image image : images) {
            String alt = form.getFirst("alt-" + image.id());
            if (alt != null) {
                typed.put(
                        image.id(),
                        new ImageText(
                                alt, form.getFirst("caption-" + image.id()), form.getFirst("credit-" + image.id())));
            }
        }
        Optional<Image> tooLong = images.stream()
                .filter(image ->
                        typed.containsKey(image.id()) && !typed.get(image.id()).fits())
                .findFirst();
        if (tooLong.isPresent()) {
            Map<Long, ImageText> shown = textsIn(images, lang);
            shown.putAll(typed);
            model.addAttribute("error", "media.error.tooLong");
            model.addAttribute("errorArguments", Map.of("number", tooLong.get().number()));
            return page(id, lang, images, shown, model);
        }
        gallery.writeTexts(id, lang, typed);
        redirect.addFlashAttribute("notice", "media.texts.saved");
        return "redirect:/admin" + PAGE;
    }

    /** Each file's verdict, in the editor's language; refused files do not stop the others. */
    @PostMapping(MANAGE + "/upload")
    @PreAuthorize("@permissions.canManageGallery()")
    @ResponseBody
    List<UploadAnswer> upload(
            @PathVariable Long id,
            @RequestParam(name = "files", required = false) List<MultipartFile> files,
            @RequestParam Optional<Long> replaces,
            Principal principal,
            Locale locale) {
        requireArticle(id);
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .map(file -> answer(
                        gallery.upload(
                                id, file.getOriginalFilename(), file.getSize(), file, principal.getName(), replaces),
                        locale))
                .toList();
    }

    record UploadAnswer(String name, boolean accepted, Long imageId, String message) {}

    private UploadAnswer answer(Upload upload, Locale locale) {
        return upload.image()
                .map(image -> new UploadAnswer(
                        upload.fileName(),
                        true,
                        image.id(),
                        message("media.upload.done", Map.of("name", upload.fileName()), locale)))
                .orElseGet(() -> new UploadAnswer(
                        upload.fileName(),
                        false,
                        null,
                        message(
                                upload.refusal().orElseThrow().messageKey(),
                                upload.refusal().orElseThrow().arguments(),
                                locale)));
    }

    @PostMapping(MANAGE + "/order")
    @PreAuthorize("@permissions.canManageGallery()")
    ResponseEntity<Void> order(
            @PathVariable Long id, @RequestParam(name = "image", required = false) List<Long> order) {
        requireArticle(id);
        try {
            gallery.reorder(id, order == null ? List.of() : order);
        } catch (IllegalArgumentException notTheGallery) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        return ResponseEntity.noContent().build();
    }

    /** Makes an image the lead image, or none when {@code image} is absent. */
    @PostMapping(MANAGE + "/lead")
    @PreAuthorize("@permissions.canManageGallery()")
    String lead(
            @PathVariable Long id,
            @RequestParam Optional<Long> image,
            @RequestParam Optional<String> lang,
            RedirectAttributes redirect) {
        requireArticle(id);
        gallery.chooseLead(id, image);
        redirect.addFlashAttribute("notice", image.isPresent() ? "media.lead.chosen" : "media.lead.cleared");
        return backToGallery(id, lang);
    }

    @PostMapping(MANAGE + "/remove")
    @PreAuthorize("@permissions.canManageGallery()")
    String remove(
            @PathVariable Long id,
            @RequestParam Long image,
            @RequestParam Optional<String> lang,
            RedirectAttributes redirect) {
        requireArticle(id);
        try {
            gallery.remove(id, image);
            redirect.addFlashAttribute("notice", "media.removed");
        } catch (ImageInUseException inUse) {
            redirect.addFlashAttribute("error", ImageInUseException.MESSAGE_KEY);
        }
        return backToGallery(id, lang);
    }

    private String backToGallery(Long id, Optional<String> lang) {
        String back = lang.filter(languages::isEnabled)
                .orElseGet(() -> languages.defaultLanguage().code());
        return "redirect:/admin/articles/" + id + "/" + back + "/gallery";
    }

    @ExceptionHandler(NoSuchImageException.class)
    ResponseEntity<Void> noSuchImage() {
        return ResponseEntity.notFound().build();
    }

    private String message(String key, Map<String, Object> arguments, Locale locale) {
        return messages.getMessage(key, new Object[] {arguments}, locale);
    }

    private void requireArticle(Long id) {
        if (!content.articleExists(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
