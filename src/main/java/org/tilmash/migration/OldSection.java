package org.tilmash.migration;

import java.util.List;

/**
 * A category of the old site, with its translations (Joomla categories linked by associations): one section of ours.
 */
record OldSection(List<Name> names) {

    OldSection {
        names = List.copyOf(names);
    }

    /** One old category in one language: {@code tag} as the old site wrote it ({@code en-GB}, {@code *}, {@code ru}). */
    record Name(long oldId, String tag, String name, String alias) {}
}
