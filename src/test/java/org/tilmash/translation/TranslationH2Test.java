package org.tilmash.translation;

import org.tilmash.support.TilmashTest;

@TilmashTest
class TranslationH2Test extends TranslationContract {}
