package org.tilmash.content;

/**
 * A value an editor gave an {@link ArticleField} that it cannot hold; nothing of the article changed.
 *
 * @param field the field's label in the editor's language
 * @param reason the message key explaining why, with the argument {@code field}
 */
public class FieldRefusedException extends RuntimeException {

    private final String field;
    private final String reason;

    FieldRefusedException(String field, String reason) {
        super("Refused value for article field " + field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
