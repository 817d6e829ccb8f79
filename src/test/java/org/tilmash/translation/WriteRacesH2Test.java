package org.tilmash.translation;

import org.tilmash.support.TilmashTest;

@TilmashTest
class WriteRacesH2Test extends WriteRacesContract {}
