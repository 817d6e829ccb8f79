package com.example.portal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The host's pages: a public home, members' notes and its own administration page at {@code /admin}. */
@Controller
class PortalPages {

    private final PortalNotes notes;

    PortalPages(PortalNotes notes) {
        this.notes = notes;
    }

    @GetMapping("/")
    String home() {
        return "portal/home";
    }

    @GetMapping("/members/notes")
    String notes(Model model) {
        model.addAttribute("notes", notes.findAll());
        return "portal/notes";
    }

    @GetMapping("/admin")
    String administration() {
        return "admin/index";
    }
}
