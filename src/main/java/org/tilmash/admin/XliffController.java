package org.tilmash.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tilmash.translation.Translations;
import org.tilmash.translation.XliffException;
import org.tilmash.translation.XliffFiles;

/** XLIFF 2.0 export of one article or of a language's whole queue, and import of translated files. */
@Controller
class XliffController {

    static final MediaType XLIFF = MediaType.parseMediaType("application/xliff+xml;charset=UTF-8");

    private final XliffFiles xliff;
    private final Translations translations;

    XliffController(XliffFiles xliff, Translations translations) {
        this.xliff = xliff;
        this.translations = translations;
    }

    @GetMapping("/articles/{id}/{lang}/xliff")
    @PreAuthorize("@permissions.canEdit(#lang)")
    ResponseEntity<String> article(@PathVariable Long id, @PathVariable String lang, @RequestParam String pivot) {
        return download(xliff.export(List.of(id), lang, pivot), "article-" + id + "-" + pivot + "-" + lang + ".xlf");
    }

    @GetMapping("/translations/{lang}/xliff")
    @PreAuthorize("@permissions.canEdit(#lang)")
    ResponseEntity<String> queue(@PathVariable String lang, @RequestParam String pivot) {
        List<Long> articles = translations.queue().stream()
                .filter(item -> item.language().equals(lang))
                .map(Translations.QueueItem::articleId)
                .distinct()
                .toList();
        return download(xliff.export(articles, lang, pivot), "queue-" + pivot + "-" + lang + ".xlf");
    }

    @PostMapping("/translations/import")
    String importFile(@RequestParam("file") MultipartFile file, Principal principal, RedirectAttributes redirect)
            throws IOException {
        try {
            XliffFiles.Imported imported = xliff.importFile(file.getBytes());
            redirect.addFlashAttribute("notice", "xliff.imported");
            redirect.addFlashAttribute(
                    "noticeArguments",
                    java.util.Map.of("drafts", imported.drafts(), "unchanged", imported.unchanged()));
        } catch (XliffException refused) {
            Flash.refused(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/admin/translations";
    }

    /** A post without a file, or with a broken upload, is answered on the queue page like any refused file. */
    @ExceptionHandler(MultipartException.class)
    String noFile(RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", "xliff.error.empty");
        return "redirect:/admin/translations";
    }

    private static ResponseEntity<String> download(String body, String fileName) {
        return ResponseEntity.ok()
                .contentType(XLIFF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(body);
    }
}
