package org.tilmash.content;

/** A section id that names no section, e.g. from a stale or forged form. */
public class NoSuchSectionException extends RuntimeException {

    public NoSuchSectionException(Long sectionId) {
        super("No section " + sectionId);
    }
}
