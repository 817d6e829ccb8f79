package org.tilmash.admin;

import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tilmash.accounts.AccountRefusedException;
import org.tilmash.accounts.AccountService;
import org.tilmash.accounts.AccountView;
import org.tilmash.accounts.AccountsProperties;
import org.tilmash.accounts.Role;

/**
 * Administrators create accounts, change their roles and languages, disable and enable them, and give a new one-time
 * password to someone who forgot theirs.
 */
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

    @ModelAttribute("maxDisplayName")
    int maxDisplayName() {
        return AccountService.MAX_DISPLAY_NAME;
    }

    /** The one-time password travels in a flash attribute: shown on the next page once, and then gone. */
    @PostMapping
    String create(
            @ModelAttribute("form") UserForm form, BindingResult errors, Principal admin, RedirectAttributes redirect) {
        refuseForgedFields(errors);
        if (!AccountService.USERNAME.matcher(form.getUsername()).matches()) {
            errors.rejectValue("username", "users.error.usernameInvalid");
        } else if (accounts.isTaken(form.getUsername())) {
            errors.rejectValue("username", "users.error.usernameTaken");
        }
        UserFormErrors.reject(errors, accounts.refusals(form.getDisplayName(), form.grants()));
        if (errors.hasErrors()) {
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
            BindingResult errors,
            Principal admin,
            Model model,
            RedirectAttributes redirect) {
        refuseForgedFields(errors);
        AccountView user = find(id);
        try {
            accounts.changeRoles(id, form.getDisplayName(), form.grants(), admin.getName());
        } catch (AccountRefusedException refused) {
            UserFormErrors.reject(errors, refused.reasons());
            model.addAttribute("user", user);
            return FORM_VIEW;
        }
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
        } catch (AccountRefusedException lastAdministrator) {
            redirect.addFlashAttribute("error", "users.error.lastAdministrator");
        }
        return "redirect:/admin" + PATH + "/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable Long id, Principal admin, RedirectAttributes redirect) {
        find(id);
        accounts.enable(id, admin.getName());
        redirect.addFlashAttribute("notice", "users.enabledNotice");
        return "redirect:/admin" + PATH + "/" + id;
    }

    /** Like an invitation's, the new one-time password is shown on the next page once, and then gone. */
    @PostMapping("/{id}/one-time-password")
    String issueOneTimePassword(@PathVariable Long id, Principal admin, RedirectAttributes redirect) {
        find(id);
        if (accountsProperties.isHostSignIn()) {
            // People sign in with the host's password, which Tilmash neither knows nor replaces.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            redirect.addFlashAttribute("oneTimePassword", accounts.issueOneTimePassword(id, admin.getName()));
            redirect.addFlashAttribute("oneTimePasswordReissued", true);
        } catch (IllegalArgumentException ownAccount) {
            redirect.addFlashAttribute("error", "users.error.oneTimePasswordSelf");
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

    /** Only a forged request sends a role or value the form never offers: refused as before, not shown as typed. */
    private static void refuseForgedFields(BindingResult errors) {
        if (errors.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
    }

    private AccountView find(Long id) {
        return accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
