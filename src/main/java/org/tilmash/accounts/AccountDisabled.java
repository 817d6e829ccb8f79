package org.tilmash.accounts;

/** An administrator disabled an account; published when the change is committed. */
public record AccountDisabled(String username, String disabledBy) {}
