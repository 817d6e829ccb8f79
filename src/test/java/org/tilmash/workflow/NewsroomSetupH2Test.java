package org.tilmash.workflow;

import org.tilmash.support.TilmashTest;

@TilmashTest
class NewsroomSetupH2Test extends NewsroomSetupContract {}
