package org.tilmash.accounts;

import java.security.Principal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user's own settings: the language of the back office and the password. */
@Controller
@PreAuthorize("@permissions.canUseBackOffice()")
@RequestMapping("${tilmash.web.admin-path:/admin}")
class ProfileController {

    static final String PATH = "/profile";
    static final String VIEW = "tilmash/admin/profile";
    private static final String BACK = "redirect:/admin" + PATH;

    private final AccountService accounts;
    private final CurrentAccounts current;
    private final AccountsProperties properties;

    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    ProfileController(AccountService accounts, CurrentAccounts current, AccountsProperties properties) {
        this.accounts = accounts;
        this.current = current;
        this.properties = properties;
    }

    @GetMapping(PATH)
    String profile(Model model) {
        CurrentAccount account = current.get().orElseThrow();
        model.addAttribute("account", account);
        if (!model.containsAttribute("email")) {
            model.addAttribute(
                    "email",
                    accounts.contact(account.username())
                            .map(AccountService.Contact::email)
                            .orElse(""));
        }
        model.addAttribute("maxEmail", AccountService.MAX_EMAIL);
        model.addAttribute("minPasswordLength", accounts.minPasswordLength());
        model.addAttribute("passwordKeptByHost", properties.isHostSignIn());
        return VIEW;
    }

    @PostMapping(PATH + "/language")
    String changeLanguage(@RequestParam String language, Principal principal, RedirectAttributes redirect) {
        accounts.changeUiLanguage(principal.getName(), language);
        redirect.addFlashAttribute("notice", "profile.language.saved");
        return BACK;
    }

    /** Where notifications are mailed when SMTP is configured; empty to receive none. */
    @PostMapping(PATH + "/email")
    String changeEmail(
            @RequestParam(defaultValue = "") String email,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        if (!email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
            return refusedEmail(email, "profile.email.invalid", model);
        }
        try {
            accounts.changeEmail(principal.getName(), email);
        } catch (AccountRefusedException tooLong) {
            return refusedEmail(email, "profile.email.tooLong", model);
        }
        redirect.addFlashAttribute("notice", "profile.email.saved");
        return BACK;
    }

    /** The page again with the address as it was typed, so the user corrects it instead of typing it anew. */
    private String refusedEmail(String typed, String errorKey, Model model) {
        model.addAttribute("email", typed);
        model.addAttribute("emailError", errorKey);
        return profile(model);
    }

    @PostMapping(PATH + "/password")
    String changePassword(
            @RequestParam String currentPassword,
            @RequestParam String newPassword,
            @RequestParam String confirmPassword,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        if (!newPassword.equals(confirmPassword)) {
            return refused("profile.password.mismatch", model);
        }
        try {
            accounts.changePassword(principal.getName(), currentPassword, newPassword);
        } catch (PasswordRejectedException rejected) {
            return refused(
                    switch (rejected.reason()) {
                        case WRONG_CURRENT -> "profile.password.wrongCurrent";
                        case TOO_SHORT -> "profile.password.tooShort";
                        case SAME_AS_CURRENT -> "profile.password.sameAsCurrent";
                    },
                    model);
        }
        redirect.addFlashAttribute("notice", "profile.password.saved");
        return BACK;
    }

    private String refused(String errorKey, Model model) {
        model.addAttribute("passwordError", errorKey);
        return profile(model);
    }
}
