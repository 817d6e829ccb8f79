package org.tilmash.admin;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tilmash.i18n.InputText;
import org.tilmash.i18n.TilmashMessages;
import org.tilmash.migration.ImportBusyException;
import org.tilmash.migration.ImportJobs;
import org.tilmash.migration.ImportRequest;
import org.tilmash.migration.MigrationProperties;

/**
 * {@code /admin/import}: an administrator brings in an old Joomla or WordPress site. A dry run reports what would be
 * created, changed and refused; the import runs in the background while the page shows its progress, then its report.
 */
@Controller
class ImportController {

    static final String VIEW = "tilmash/admin/import";
    private static final String STARTED_FORM = ImportController.class.getName() + ".startedForm";

    private final ImportJobs jobs;
    private final MigrationProperties properties;
    private final TilmashMessages messages;

    ImportController(ImportJobs jobs, MigrationProperties properties, TilmashMessages messages) {
        this.jobs = jobs;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/import")
    @PreAuthorize("@permissions.canImport()")
    String page(@RequestParam Optional<String> job, HttpSession session, Model model) {
        ImportJobs.Status shown = job.flatMap(jobs::status).or(jobs::latest).orElse(null);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", formOf(shown, session).orElseGet(this::newForm));
        }
        model.addAttribute("job", shown);
        return VIEW;
    }

    private ImportForm newForm() {
        ImportForm form = new ImportForm();
        form.setUnpublishedAsDrafts(properties.isUnpublishedAsDrafts());
        return form;
    }

    /**
     * The form a run was started with in this session: after a dry run, failed or not, the administrator corrects it or
     * starts the import, and must not type the address again (only the password, which is never kept).
     */
    private static Optional<ImportForm> formOf(ImportJobs.Status run, HttpSession session) {
        return Optional.ofNullable(session.getAttribute(STARTED_FORM))
                .filter(StartedForm.class::isInstance)
                .map(StartedForm.class::cast)
                .filter(started -> run != null && started.job().equals(run.id()))
                .map(StartedForm::form);
    }

    /** The form of the run last started in this session; its password is transient, so it is never stored. */
    private record StartedForm(String job, ImportForm form) implements Serializable {}

    @GetMapping("/import/status")
    @PreAuthorize("@permissions.canImport()")
    @ResponseBody
    ResponseEntity<Map<String, Object>> status(@RequestParam String job, Locale locale) {
        return jobs.status(job)
                .map(status -> ResponseEntity.ok(Map.<String, Object>of(
                        "percent", status.percent(),
                        "label",
                                messages.getMessage(
                                        "import.progress",
                                        new Object[] {Map.of("done", status.done(), "total", status.total())},
                                        locale),
                        "finished", status.finished())))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PostMapping("/import")
    @PreAuthorize("@permissions.canImport()")
    String start(
            @ModelAttribute("form") ImportForm form,
            @RequestParam(defaultValue = "dry-run") String action,
            @RequestParam Optional<MultipartFile> upload,
            HttpSession session,
            RedirectAttributes redirect) {
        Optional<MultipartFile> wxr = upload.filter(file -> !file.isEmpty());
        Optional<String> missing = form.missing(wxr.isPresent());
        if (missing.isPresent()) {
            return refused(redirect, form, missing.get(), Map.of());
        }
        try {
            Optional<ImportForm.UploadedExport> uploaded =
                    wxr.isPresent() ? Optional.of(keep(wxr.get())) : Optional.empty();
            ImportRequest request =
                    new ImportRequest(form.toSource(uploaded), !action.equals("import"), form.isUnpublishedAsDrafts());
            String job = jobs.start(request);
            // The request has the password; the form kept to be shown again must not, even in an in-memory session.
            form.setDbPassword("");
            session.setAttribute(STARTED_FORM, new StartedForm(job, form));
            return "redirect:/admin/import?job=" + job;
        } catch (ImportBusyException busy) {
            return refused(redirect, form, busy.messageKey(), busy.arguments());
        } catch (IOException unreadable) {
            return refused(redirect, form, "import.form.uploadFailed", Map.of());
        } catch (java.nio.file.InvalidPathException malformed) {
            return refused(redirect, form, "import.form.badPath", Map.of("path", malformed.getInput()));
        }
    }

    /**
     * An uploaded export is kept in a temporary file for the background run to stream from; the run deletes it when it
     * ends, and the JVM at its exit if a run never started.
     */
    private static ImportForm.UploadedExport keep(MultipartFile file) throws IOException {
        Path kept = Files.createTempFile("tilmash-import-", ".xml");
        kept.toFile().deleteOnExit();
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, kept, StandardCopyOption.REPLACE_EXISTING);
        }
        return new ImportForm.UploadedExport(kept, InputText.uploadedFileName(file.getOriginalFilename()));
    }

    private static String refused(RedirectAttributes redirect, ImportForm form, String key, Map<String, Object> args) {
        Flash.refused(redirect, key, args);
        redirect.addFlashAttribute("form", form);
        return "redirect:/admin/import";
    }
}
