package org.tilmash.migration;

/**
 * One run of the importer.
 *
 * @param dryRun only report what would be created, changed and refused; write nothing
 * @param unpublishedAsDrafts unpublished and trashed items become drafts; otherwise they are skipped
 */
public record ImportRequest(ImportSource source, boolean dryRun, boolean unpublishedAsDrafts) {}
