package org.tilmash.content;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The fallback chains the listing entries were computed with. */
@Entity
class ListingState {

    static final int SINGLETON = 1;

    @Id
    private Integer id = SINGLETON;

    private String chains;

    protected ListingState() {}

    ListingState(String chains) {
        this.chains = chains;
    }

    String getChains() {
        return chains;
    }

    void setChains(String chains) {
        this.chains = chains;
    }
}
