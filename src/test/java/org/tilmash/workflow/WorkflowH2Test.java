package org.tilmash.workflow;

import org.tilmash.support.TilmashTest;

@TilmashTest
class WorkflowH2Test extends WorkflowContract {}
