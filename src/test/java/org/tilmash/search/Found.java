package org.tilmash.search;

import java.util.List;
import org.tilmash.i18n.Language;

/** What readers of a language find: the articles on the first page of results, fallbacks included. */
final class Found {

    private Found() {}

    static List<Long> articles(ReaderSearch readers, Language language, String query) {
        return readers.search(language, true, query, null, null, 1).hits().stream()
                .map(ReaderSearch.Hit::articleId)
                .toList();
    }
}
