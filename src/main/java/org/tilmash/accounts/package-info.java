/**
 * People and what they may do: user accounts with roles (ADMIN, EDITOR, TRANSLATOR, REVIEWER) and language scopes,
 * login with a throttle on failed attempts, the security configuration, password hashing and policy, the security log,
 * the first administrator created on first start, and each user's own profile (back-office language, password).
 *
 * <p>{@link org.tilmash.accounts.Permissions} ({@code @permissions}) is the one place that decides who may do what;
 * every back-office and API endpoint asks it through method security. The account behind a session is read fresh on
 * every request, so disabling an account or removing a language applies to the user's very next request. The module
 * tells {@code i18n} a signed-in user's back-office language through {@link org.tilmash.i18n.LanguagePreference}.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Accounts",
        allowedDependencies = {"i18n"})
package org.tilmash.accounts;
