package org.tilmash.content;

/** Where a language version's working revision stands in its workflow. */
public enum VersionState {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    UNPUBLISHED
}
