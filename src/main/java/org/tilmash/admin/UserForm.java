package org.tilmash.admin;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.tilmash.accounts.AccountView;
import org.tilmash.accounts.Role;

/** What an administrator fills in for an account: name, roles, and the languages of the scoped roles. */
class UserForm {

    private String username = "";
    private String displayName = "";
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Set<String> translatorLanguages = new TreeSet<>();
    private Set<String> reviewerLanguages = new TreeSet<>();

    static UserForm of(AccountView user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.roles = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        form.translatorLanguages = new TreeSet<>(user.languages(Role.TRANSLATOR));
        form.reviewerLanguages = new TreeSet<>(user.languages(Role.REVIEWER));
        return form;
    }

    /** Each chosen role with its languages; languages ticked for a role that is not chosen are dropped. */
    Map<Role, Set<String>> grants() {
        Map<Role, Set<String>> grants = new EnumMap<>(Role.class);
        for (Role role : roles) {
            grants.put(
                    role,
                    switch (role) {
                        case TRANSLATOR -> translatorLanguages;
                        case REVIEWER -> reviewerLanguages;
                        case ADMIN, EDITOR -> Set.of();
                    });
        }
        return grants;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? "" : displayName.strip();
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles;
    }

    public Set<String> getTranslatorLanguages() {
        return translatorLanguages;
    }

    public void setTranslatorLanguages(Set<String> translatorLanguages) {
        this.translatorLanguages = translatorLanguages;
    }

    public Set<String> getReviewerLanguages() {
        return reviewerLanguages;
    }

    public void setReviewerLanguages(Set<String> reviewerLanguages) {
        this.reviewerLanguages = reviewerLanguages;
    }
}
