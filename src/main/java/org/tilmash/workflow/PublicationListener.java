package org.tilmash.workflow;

import org.tilmash.content.VersionView;

/**
 * Lets higher modules keep what they show readers in step with a language version going live or being withdrawn,
 * inside the same transaction: media freezes the gallery a reviewer approved. The workflow calls every such bean.
 */
public interface PublicationListener {

    /** The version's working revision has just become what readers see. */
    void published(VersionView version);

    /** Readers no longer see the version. */
    void withdrawn(VersionView version);
}
