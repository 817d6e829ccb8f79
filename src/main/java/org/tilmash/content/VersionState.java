package org.tilmash.content;

/** Where a language version's working revision stands in its workflow. */
public enum VersionState {
    DRAFT,
    IN_REVIEW,
    /** Approved, waiting for its publication time or for the other members of its release. */
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED
}
