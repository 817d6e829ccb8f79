package org.tilmash.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A person who works in the back office. */
@Entity
@Table(name = "tilmash_user_account")
class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    private String passwordHash;

    private String displayName;

    private String uiLanguage;

    private String email;

    private boolean enabled = true;

    private boolean passwordChangeRequired;

    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tilmash_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tilmash_user_scope", joinColumns = @JoinColumn(name = "user_id"))
    private Set<Scope> scopes = new HashSet<>();

    protected UserAccount() {}

    UserAccount(String username, String displayName, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.createdAt = createdAt;
    }

    void grant(Role role, Set<String> languages) {
        roles.add(role);
        languages.forEach(language -> scopes.add(new Scope(role, language)));
    }

    /** Replaces every role and language scope; each role maps to its languages. */
    void replaceRoles(Map<Role, Set<String>> granted) {
        roles.clear();
        scopes.clear();
        granted.forEach(this::grant);
    }

    /** Roles with their languages, e.g. {@code {TRANSLATOR=[kk, ky]}}, in role order. */
    public Map<Role, Set<String>> grants() {
        Map<Role, Set<String>> grants = new EnumMap<>(Role.class);
        roles.forEach(role -> grants.put(role, new TreeSet<>(languages(role))));
        return grants;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    void changePassword(String newHash, boolean oneTime) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = oneTime;
    }

    void changeUiLanguage(String language) {
        this.uiLanguage = language;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getUiLanguage() {
        return uiLanguage;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** True while the account still has the one-time password an administrator gave it. */
    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }

    /** Languages in which this user holds {@code role}. */
    public Set<String> languages(Role role) {
        return scopes.stream()
                .filter(scope -> scope.role == role)
                .map(scope -> scope.language)
                .collect(Collectors.toUnmodifiableSet());
    }

    public String getEmail() {
        return email;
    }

    void changeEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.strip();
    }

    @Embeddable
    static class Scope {

        @Enumerated(EnumType.STRING)
        private Role role;

        private String language;

        protected Scope() {}

        Scope(Role role, String language) {
            this.role = role;
            this.language = language;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Scope that && role == that.role && language.equals(that.language);
        }

        @Override
        public int hashCode() {
            return role.hashCode() * 31 + language.hashCode();
        }
    }
}
