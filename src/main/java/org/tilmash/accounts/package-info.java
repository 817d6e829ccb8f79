/**
 * People and what they may do: user accounts with roles (ADMIN, EDITOR, TRANSLATOR, REVIEWER) and language scopes,
 * login, the security configuration, password hashing, and the first administrator created on first start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.tilmash.accounts;
