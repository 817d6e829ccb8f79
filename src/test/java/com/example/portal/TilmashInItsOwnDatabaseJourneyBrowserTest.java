package com.example.portal;

import org.springframework.test.context.ActiveProfiles;

/**
 * The editor → reviewer → reader journey of {@link TilmashInThePortalJourneyBrowserTest}, with the newsroom in a
 * database of its own ({@link PortalNewsroomDatabase}).
 */
@ActiveProfiles({"test", "portal", "portal-own-database"})
class TilmashInItsOwnDatabaseJourneyBrowserTest extends TilmashInThePortalJourneyBrowserTest {}
