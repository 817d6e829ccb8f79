package org.tilmash.accounts;

import org.tilmash.support.TilmashTest;

@TilmashTest
class AccountsPersistenceH2Test extends AccountsPersistenceContract {}
