package org.tilmash.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tilmash.content.ContentService;
import org.tilmash.content.NoSuchSectionException;
import org.tilmash.content.SectionView;
import org.tilmash.content.TextRefusedException;
import org.tilmash.i18n.LanguageRegistry;
import org.tilmash.workflow.Sections;

/**
 * Editors manage sections: names and slugs per language, order, archive, merge. Renamed and merged sections keep
 * their old URLs, so the page can say so instead of warning about broken links.
 */
@Controller
@RequestMapping(SectionsController.PATH)
@PreAuthorize("@permissions.canManageArticles()")
class SectionsController {

    static final String PATH = "/sections";
    static final String LIST_VIEW = "tilmash/admin/sections";
    static final String EDIT_VIEW = "tilmash/admin/section-edit";
    private static final String BACK = "redirect:/admin" + PATH;

    private final ContentService content;
    private final Sections sections;
    private final LanguageRegistry languages;

    SectionsController(ContentService content, Sections sections, LanguageRegistry languages) {
        this.content = content;
        this.sections = sections;
        this.languages = languages;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("sections", content.sections());
        model.addAttribute("counts", content.articleCountsBySection());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newSection(Model model) {
        return editForm(new SectionForm(), null, model);
    }

    @PostMapping
    String create(@ModelAttribute("form") SectionForm form, Model model, RedirectAttributes redirect) {
        try {
            sections.create(form.getNames(), form.getSlugs());
            redirect.addFlashAttribute("notice", "section.created");
            return BACK;
        } catch (TextRefusedException refused) {
            return refused(form, null, refused, model);
        }
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        SectionView section = section(id);
        SectionForm form = new SectionForm();
        form.setNames(new HashMap<>(section.names()));
        Map<String, String> slugs = new HashMap<>();
        section.names().keySet().forEach(language -> slugs.put(language, section.slug(language)));
        form.setSlugs(slugs);
        return editForm(form, section, model);
    }

    @PostMapping("/{id}")
    String rename(
            @PathVariable Long id, @ModelAttribute("form") SectionForm form, Model model, RedirectAttributes redirect) {
        SectionView section = section(id);
        try {
            sections.rename(id, form.getNames(), form.getSlugs());
            redirect.addFlashAttribute("notice", "section.saved");
            return BACK;
        } catch (TextRefusedException refused) {
            return refused(form, section, refused, model);
        }
    }

    @PostMapping("/{id}/move")
    String move(@PathVariable Long id, @RequestParam int by, RedirectAttributes redirect) {
        List<Long> order =
                new ArrayList<>(content.sections().stream().map(SectionView::id).toList());
        int from = order.indexOf(section(id).id());
        int to = Math.clamp(from + (long) Integer.signum(by), 0, order.size() - 1);
        order.add(to, order.remove(from));
        sections.reorder(order);
        redirect.addFlashAttribute("notice", "section.moved");
        return BACK;
    }

    @PostMapping("/{id}/archive")
    String archive(@PathVariable Long id, @RequestParam boolean archived, RedirectAttributes redirect) {
        section(id);
        sections.archive(id, archived);
        redirect.addFlashAttribute("notice", archived ? "section.archived" : "section.restored");
        return BACK;
    }

    @PostMapping("/{id}/merge")
    String merge(@PathVariable Long id, @RequestParam Long into, RedirectAttributes redirect) {
        section(id);
        try {
            int moved = sections.merge(id, into);
            redirect.addFlashAttribute("notice", "section.merged");
            redirect.addFlashAttribute("noticeArguments", Map.of("count", moved));
        } catch (TextRefusedException | NoSuchSectionException refused) {
            Flash.refused(redirect, "section.error.mergeTarget", Map.of());
        }
        return BACK;
    }

    private SectionView section(Long id) {
        return content.sections().stream()
                .filter(section -> section.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String refused(SectionForm form, SectionView section, TextRefusedException refused, Model model) {
        model.addAttribute("error", refused.messageKey());
        model.addAttribute("errorArguments", refused.arguments());
        return editForm(form, section, model);
    }

    private String editForm(SectionForm form, SectionView section, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("section", section);
        model.addAttribute("languages", languages.all());
        return EDIT_VIEW;
    }

    /** Names and slugs by language code, as the form posts them ({@code names[kk]}); kept whole on refusal. */
    public static class SectionForm {

        private Map<String, String> names = new HashMap<>();
        private Map<String, String> slugs = new HashMap<>();

        public Map<String, String> getNames() {
            return names;
        }

        public void setNames(Map<String, String> names) {
            this.names = names == null ? new HashMap<>() : names;
        }

        public Map<String, String> getSlugs() {
            return slugs;
        }

        public void setSlugs(Map<String, String> slugs) {
            this.slugs = slugs == null ? new HashMap<>() : slugs;
        }
    }
}
