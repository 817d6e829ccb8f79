package org.tilmash.content;

/** Someone saved the version after the editor loaded it; carries the text they saved so the editor can merge. */
public class EditConflictException extends RuntimeException {

    private final transient ArticleText current;
    private final int currentNumber;

    EditConflictException(RevisionView current) {
        super("The version was saved meanwhile, as revision " + current.number());
        this.current = current.text();
        this.currentNumber = current.number();
    }

    public ArticleText current() {
        return current;
    }

    public int currentNumber() {
        return currentNumber;
    }
}
