package org.tilmash.accounts;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * After signing in again: the form {@link ExpiredSessionForms} kept, offered to be sent as it was typed, to the action
 * it was posted to, where it meets that page's own checks (permissions, someone else's save meanwhile). The page
 * takes the form out of the session, so that it is offered once.
 */
@Controller
@RequestMapping("${tilmash.web.admin-path:/admin}")
class UnsavedFormController {

    static final String PATH = "/unsaved";

    @GetMapping(PATH)
    String unsaved(HttpSession session, Model model, HttpServletResponse response) {
        if (!(session.getAttribute(KeptForm.SESSION_KEY) instanceof KeptForm kept)) {
            return "redirect:/admin";
        }
        session.removeAttribute(KeptForm.SESSION_KEY);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("action", kept.action());
        model.addAttribute("fields", kept.fields());
        model.addAttribute("typedText", kept.typedText());
        return "tilmash/admin/unsaved";
    }
}
