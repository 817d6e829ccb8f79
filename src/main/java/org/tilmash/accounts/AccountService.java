package org.tilmash.accounts;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.tilmash.TilmashTransactional;
import org.tilmash.i18n.LanguageRegistry;

/** Creates, changes and looks up user accounts; every change to access is written to the {@link SecurityLog}. */
@Service
@TilmashTransactional
public class AccountService {

    /** Letters, digits, dot, hyphen and underscore: names that are safe in URLs, logs and e-mail addresses. */
    public static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,60}");

    /** Roles whose rights are limited to languages; other roles hold no languages. */
    public static final Set<Role> SCOPED = Set.of(Role.TRANSLATOR, Role.REVIEWER);

    /** The longest display name its column holds. */
    public static final int MAX_DISPLAY_NAME = 200;

    /** The longest e-mail address its column holds. */
    public static final int MAX_EMAIL = 200;

    private final UserAccountRepository users;
    private final AccountPasswords passwords;
    private final SecurityLog log;
    private final LanguageRegistry languages;
    private final AccountsProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(
            UserAccountRepository users,
            AccountPasswords passwords,
            SecurityLog log,
            LanguageRegistry languages,
            AccountsProperties properties,
            ApplicationEventPublisher events,
            Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.log = log;
        this.languages = languages;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a user with roles; each role maps to the languages it is scoped to (empty for ADMIN and EDITOR).
     *
     * @throws IllegalArgumentException if the username is taken or invalid, or a language is not enabled
     * @throws AccountRefusedException if the name or the roles break {@link #refusals the rules for accounts}
     */
    public AccountView create(String username, String rawPassword, String displayName, Map<Role, Set<String>> roles) {
        return AccountView.of(save(username, rawPassword, displayName, roles, false));
    }

    /** A new account and its one-time password, which exists nowhere else and must be shown to the admin now. */
    public record Invitation(AccountView account, String oneTimePassword) {}

    /** An administrator creates an account whose random password works until the user chooses their own. */
    public Invitation invite(String username, String displayName, Map<Role, Set<String>> roles, String actor) {
        String password = Passwords.random();
        UserAccount user = save(username, password, displayName, roles, true);
        log.record(SecurityEvent.Kind.ACCOUNT_CREATED, actor, username, Grant.describe(user.grants()));
        return new Invitation(AccountView.of(user), password);
    }

    private UserAccount save(
            String username, String rawPassword, String displayName, Map<Role, Set<String>> roles, boolean oneTime) {
        if (!USERNAME.matcher(username).matches() || users.existsByUsernameIgnoreCase(username)) {
            throw new IllegalArgumentException("Username invalid or taken: " + username);
        }
        AccountRules.require(AccountRules.refusals(displayName, roles));
        UserAccount user = new UserAccount(username, displayName, clock.instant());
        user.changePassword(passwords.hash(rawPassword), oneTime);
        user.replaceRoles(checked(roles));
        return users.save(user);
    }

    /**
     * What is wrong with a display name and roles for an account, before anything is sent: a form marks each field.
     * Empty when they are fine; the checks that depend on who acts are made by {@link #changeRoles}.
     */
    public Set<AccountRefusedException.Reason> refusals(String displayName, Map<Role, Set<String>> roles) {
        return AccountRules.refusals(displayName, roles);
    }

    /**
     * Replaces the display name, roles and languages; the change applies on the user's next request.
     *
     * @throws AccountRefusedException when the name or roles break the rules, when an administrator would take the
     *     role from themselves, or when no enabled administrator would be left; nothing is changed then
     */
    public void changeRoles(Long userId, String displayName, Map<Role, Set<String>> roles, String actor) {
        UserAccount user = users.findById(userId).orElseThrow();
        Set<AccountRefusedException.Reason> reasons = AccountRules.refusals(displayName, roles);
        if (!roles.containsKey(Role.ADMIN)) {
            reasons.addAll(whyAdministratorMustStay(user, actor));
        }
        AccountRules.require(reasons);
        String before = Grant.describe(user.grants());
        user.rename(displayName);
        user.replaceRoles(checked(roles));
        String after = Grant.describe(user.grants());
        if (!before.equals(after)) {
            log.record(SecurityEvent.Kind.ROLES_CHANGED, actor, user.getUsername(), before + " → " + after);
        }
    }

    /**
     * Disables an account; its sessions end when the change is committed.
     *
     * @throws IllegalArgumentException when the actor tries to disable their own account
     * @throws AccountRefusedException when it is the last enabled administrator
     */
    public void disable(Long userId, String actor) {
        UserAccount user = users.findById(userId).orElseThrow();
        if (user.getUsername().equals(actor)) {
            throw new IllegalArgumentException("An administrator cannot disable their own account");
        }
        AccountRules.require(whyAdministratorMustStay(user, actor));
        if (user.isEnabled()) {
            user.disable();
            log.record(SecurityEvent.Kind.ACCOUNT_DISABLED, actor, user.getUsername(), "");
            events.publishEvent(new AccountDisabled(user.getUsername(), actor));
        }
    }

    /** Lets a disabled account sign in again, with the password it had; disabling is undone, not only hidden. */
    public void enable(Long userId, String actor) {
        UserAccount user = users.findById(userId).orElseThrow();
        if (!user.isEnabled()) {
            user.enable();
            log.record(SecurityEvent.Kind.ACCOUNT_ENABLED, actor, user.getUsername(), "");
        }
    }

    /**
     * Replaces the password of someone who forgot theirs with a one-time password, to be shown to the administrator
     * now and never again; the user chooses their own at the next sign-in. Their sessions end when the change is
     * committed, so whoever might have used the old password is signed out, and failed sign-ins with the old
     * password no longer hold the account back.
     *
     * @throws IllegalArgumentException for the actor's own account: they change it on their profile, with the current
     *     one
     */
    public String issueOneTimePassword(Long userId, String actor) {
        UserAccount user = users.findById(userId).orElseThrow();
        if (user.getUsername().equals(actor)) {
            throw new IllegalArgumentException("An administrator changes their own password on their profile");
        }
        String password = Passwords.random();
        user.changePassword(passwords.hash(password), true);
        log.record(SecurityEvent.Kind.ONE_TIME_PASSWORD_ISSUED, actor, user.getUsername(), "");
        events.publishEvent(new OneTimePasswordIssued(user.getUsername(), actor));
        return password;
    }

    /**
     * Why {@code user} has to stay an enabled administrator: nobody removes their own right to manage users (they
     * could not undo it), and the site always keeps one enabled account that can; a restart creates an administrator
     * only in an empty database. Nothing when the user is no administrator.
     */
    private Set<AccountRefusedException.Reason> whyAdministratorMustStay(UserAccount user, String actor) {
        if (!user.getRoles().contains(Role.ADMIN)) {
            return Set.of();
        }
        if (user.getUsername().equals(actor)) {
            return Set.of(AccountRefusedException.Reason.OWN_ADMINISTRATOR_ROLE);
        }
        if (user.isEnabled() && users.countEnabledAdministratorsOtherThan(user.getId()) == 0) {
            return Set.of(AccountRefusedException.Reason.NO_ADMINISTRATOR_LEFT);
        }
        return Set.of();
    }

    /**
     * Lifts the sign-in throttle of an account at once: failures before this moment no longer count. The per-address
     * limit stays, so an attacker's address is not unlocked with it.
     */
    public void unlock(Long userId, String actor) {
        UserAccount user = users.findById(userId).orElseThrow();
        log.record(SecurityEvent.Kind.LOGIN_UNLOCKED, actor, user.getUsername(), "");
    }

    /** Changes one's own password; the current one is required. */
    public void changePassword(String username, String currentPassword, String newPassword) {
        UserAccount user = users.findByUsername(username).orElseThrow();
        if (!passwords.matches(currentPassword, user.getPasswordHash())) {
            throw new PasswordRejectedException(PasswordRejectedException.Reason.WRONG_CURRENT);
        }
        if (newPassword.length() < properties.getMinPasswordLength()) {
            throw new PasswordRejectedException(PasswordRejectedException.Reason.TOO_SHORT);
        }
        if (newPassword.equals(currentPassword)) {
            throw new PasswordRejectedException(PasswordRejectedException.Reason.SAME_AS_CURRENT);
        }
        user.changePassword(passwords.hash(newPassword), false);
        log.record(SecurityEvent.Kind.PASSWORD_CHANGED, username, username, "");
    }

    /** The language the back office speaks to this user. */
    public void changeUiLanguage(String username, String language) {
        languages.require(language);
        users.findByUsername(username).orElseThrow().changeUiLanguage(language);
    }

    @TilmashTransactional(readOnly = true)
    public Optional<AccountView> find(Long id) {
        return users.findById(id).map(AccountView::of);
    }

    /** Every account, by username. */
    @TilmashTransactional(readOnly = true)
    public List<AccountView> all() {
        return users.findAll().stream()
                .sorted(Comparator.comparing(UserAccount::getUsername))
                .map(AccountView::of)
                .toList();
    }

    @TilmashTransactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    /**
     * Whether a new account may not take this name: it is an existing one's, or differs from one only in capital
     * letters ("EDITOR" beside "editor"), which people would take for the same account.
     */
    @TilmashTransactional(readOnly = true)
    public boolean isTaken(String username) {
        return users.existsByUsernameIgnoreCase(username);
    }

    @TilmashTransactional(readOnly = true)
    public long count() {
        return users.count();
    }

    public int minPasswordLength() {
        return properties.getMinPasswordLength();
    }

    /** Keeps languages only on scoped roles and only languages that are enabled. */
    private Map<Role, Set<String>> checked(Map<Role, Set<String>> roles) {
        Map<Role, Set<String>> checked = new EnumMap<>(Role.class);
        roles.forEach((role, scope) -> {
            scope.forEach(languages::require);
            checked.put(role, SCOPED.contains(role) ? scope : Set.of());
        });
        return checked;
    }

    /** How to reach a user: for notifications in their language, by mail if they gave an address. */
    public record Contact(String username, String email, String uiLanguage) {}

    /** Enabled users holding {@code role} for {@code language}. */
    @TilmashTransactional(readOnly = true)
    public List<Contact> holders(Role role, String language) {
        return users.findAll().stream()
                .filter(UserAccount::isEnabled)
                .filter(user -> user.languages(role).contains(language))
                .map(AccountService::contact)
                .toList();
    }

    @TilmashTransactional(readOnly = true)
    public Optional<Contact> contact(String username) {
        return users.findByUsername(username).filter(UserAccount::isEnabled).map(AccountService::contact);
    }

    /**
     * Where notifications are mailed; empty for none.
     *
     * @throws AccountRefusedException when the address is longer than {@link #MAX_EMAIL}
     */
    public void changeEmail(String username, String email) {
        if (email != null && email.strip().length() > MAX_EMAIL) {
            throw new AccountRefusedException(Set.of(AccountRefusedException.Reason.EMAIL_TOO_LONG));
        }
        users.findByUsername(username).orElseThrow().changeEmail(email);
    }

    private static Contact contact(UserAccount user) {
        return new Contact(user.getUsername(), user.getEmail(), user.getUiLanguage());
    }
}
