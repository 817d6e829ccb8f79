package org.tilmash.search;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The time a mass indexing of this node's index runs. The mass indexer loads an entry, then writes its document a
 * moment later: an article the workflow changed in between would keep the document of its older entry (a newly
 * published text not found, a withdrawn one still found). So the listener tells the window which articles it indexed
 * while it was open, and those are indexed once more from their current entries when it closes; a listener whose
 * indexing overlapped a window that has already closed indexes its article once more itself.
 */
@Component
class RebuildWindow {

    private boolean open;
    private long closed;
    private final Set<Long> touched = new HashSet<>();

    /** What the window was when a listener began. */
    record Ticket(boolean open, long closed) {}

    synchronized Ticket ticket() {
        return new Ticket(open, closed);
    }

    /**
     * A listener indexed {@code articleId}, having taken {@code ticket} before it began.
     *
     * @return whether it must index the article once more itself: a rebuild overlapped it and has already closed
     */
    synchronized boolean indexed(Ticket ticket, Long articleId) {
        if (open) {
            touched.add(articleId);
            return false;
        }
        return ticket.open() || ticket.closed() != closed;
    }

    synchronized void open() {
        open = true;
    }

    /** Closes the window; the articles indexed while it was open, to index once more. */
    synchronized Set<Long> close() {
        open = false;
        closed++;
        Set<Long> again = Set.copyOf(touched);
        touched.clear();
        return again;
    }
}
