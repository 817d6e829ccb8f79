package org.tilmash.workflow;

/** What can happen to a language version, as written to the audit trail. */
public enum Transition {
    CREATED,
    SAVED,
    RESTORED,
    SUBMITTED,
    CHANGES_REQUESTED,
    APPROVED,
    SCHEDULED,
    PUBLISHED,
    UNPUBLISHED,
    SLUG_CHANGED,
    CONFIRMED_CURRENT,
    MARKED_MINOR,
    IMPORTED,
    DATELINE_CHANGED,
    SECTION_CHANGED,
    GALLERY_CHANGED,
    FIELDS_CHANGED
}
