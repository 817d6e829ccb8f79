package org.tilmash.content;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The fallback chains the listing entries were computed with. */
@Entity
@Table(name = "tilmash_listing_state")
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
