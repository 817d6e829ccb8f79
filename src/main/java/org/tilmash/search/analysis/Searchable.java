package org.tilmash.search.analysis;

/** What {@link TextBinder} indexes of an entry: its language and its plain text. */
public interface Searchable {

    String getLanguage();

    String getTitle();

    /** Intro and body as plain text. */
    String getText();
}
