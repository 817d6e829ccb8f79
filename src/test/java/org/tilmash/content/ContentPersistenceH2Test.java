package org.tilmash.content;

import org.tilmash.support.TilmashTest;

@TilmashTest
class ContentPersistenceH2Test extends ContentPersistenceContract {}
