package org.tilmash.accounts;

/** An administrator replaced an account's password with a one-time password; published when the change is committed. */
public record OneTimePasswordIssued(String username, String issuedBy) {}
