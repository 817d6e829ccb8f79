package org.tilmash.migration;

/** Where a running import stands, for a progress bar. */
interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void total(long items) {}

        @Override
        public void advance(long items) {}
    };

    /** Sections and items (each language version counted) the run will go through. */
    void total(long items);

    void advance(long items);
}
