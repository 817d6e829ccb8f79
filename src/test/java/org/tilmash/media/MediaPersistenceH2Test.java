package org.tilmash.media;

import org.tilmash.support.TilmashTest;

@TilmashTest
class MediaPersistenceH2Test extends MediaPersistenceContract {}
