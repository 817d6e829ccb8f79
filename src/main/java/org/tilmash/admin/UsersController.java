package org.tilmash.admin;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.AccountView;
import org.tilmash.accounts.AccountsProperties;
import org.tilmash.accounts.Role;

/** Administrators create accounts, change their roles and languages, and disable them. */
@Controller
@RequestMapping(UsersController.PATH)
@PreAuthorize("@permissions.canManageUsers()")
class UsersController {

    static final String PATH = "/users";
    static final String LIST_VIEW = "tilmash/admin/users";
    static final String FORM_VIEW = "tilmash/admin/user-form";

    private final AccountService accounts;
    private final AccountsProperties accountsProperties;

    UsersController(AccountService accounts, AccountsProperties accountsProperties) {
        this.accounts = accounts;
        this.accountsProperties = accountsProperties;
    }

    /** With the host's sign-in, accounts and their roles come from the host; here they can only be disabled. */
    @ModelAttribute("accountsFromHost")
    boolean accountsFromHost() {
        return accountsProperties.isHostSignIn();
    }

    @ModelAttribute("allRoles")
    List<Role> allRoles() {
        return List.of(Role.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("users", accounts.all());
        return LIST_VIEW;
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm());
        return FORM_VIEW;
    }

    /** The one-time password travels in a flash attribute: shown on the next page once, and then gone. */
    @PostMapping
    String create(@ModelAttribute("form") UserForm form, Principal admin, Model model, RedirectAttributes redirect) {
        if (!AccountService.USERNAME.matcher(form.getUsername()).matches()) {
            model.addAttribute("error", "users.error.usernameInvalid");
        } else if (accounts.exists(form.getUsername())) {
            model.addAttribute("error", "users.error.usernameTaken");
        } else if (form.getDisplayName().isEmpty()) {
            model.addAttribute("error", "users.error.displayNameRequired");
        }
        if (model.containsAttribute("error")) {
            return FORM_VIEW;
        }
        AccountService.Invitation invitation =
                accounts.invite(form.getUsername(), form.getDisplayName(), form.grants(), admin.getName());
        redirect.addFlashAttribute("oneTimePassword", invitation.oneTimePassword());
        return "redirect:/admin" + PATH + "/" + invitation.account().id();
    }

    @GetMapping("/{id}")
    String edit(@PathVariable Long id, Model model) {
        AccountView user = find(id);
        model.addAttribute("user", user);
        model.addAttribute("form", UserForm.of(user));
        return FORM_VIEW;
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable Long id,
            @ModelAttribute("form") UserForm form,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        AccountView user = find(id);
        if (form.getDisplayName().isEmpty()) {
            model.addAttribute("user", user);
            model.addAttribute("error", "users.error.displayNameRequired");
            return FORM_VIEW;
        }
        accounts.changeRoles(id, form.getDisplayName(), form.grants(), admin.getName());
        redirect.addFlashAttribute("notice", "users.saved");
        return "redirect:/admin" + PATH + "/" + id;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable Long id, Principal admin, RedirectAttributes redirect) {
        find(id);
        try {
            accounts.disable(id, admin.getName());
            redirect.addFlashAttribute("notice", "users.disabledNotice");
        } catch (IllegalArgumentException ownAccount) {
            redirect.addFlashAttribute("error", "users.error.disableSelf");
        }
        return "redirect:/admin" + PATH + "/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, Principal admin, RedirectAttributes redirect) {
        find(id);
        accounts.unlock(id, admin.getName());
        redirect.addFlashAttribute("notice", "users.unlockedNotice");
        return "redirect:/admin" + PATH + "/" + id;
    }

    private AccountView find(Long id) {
        return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
