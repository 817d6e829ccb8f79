package org.tilmash.content;

import org.jspecify.annotations.Nullable;

/**
 * The translatable text of one language version: title, intro, body (HTML) and byline ("Press service").
 *
 * @param byline null when the writer did not say: a save then keeps the version's current byline
 */
public record ArticleText(
        String title, String intro, String body, @Nullable String byline) {

    /** Text whose byline stays as it is. */
    public ArticleText(String title, String intro, String body) {
        this(title, intro, body, null);
    }

    /** Title, intro and body are the same: a text whose byline was left unsaid matches any byline. */
    public boolean sameWords(@Nullable ArticleText other) {
        return other != null && title.equals(other.title) && intro.equals(other.intro) && body.equals(other.body);
    }

    public ArticleText withByline(String byline) {
        return new ArticleText(title, intro, body, byline);
    }
}
