package org.tilmash.migration;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ExtendWith;
import org.tilmash.support.MariaDb;
import org.tilmash.support.TilmashTest;

/** The old Joomla site on MariaDB (as most Joomla sites run), imported into the shared H2 test application. */
@ExtendWith(MariaDb.class)
@TilmashTest
class JoomlaImportMariaDbTest extends JoomlaImportContract {

    @Override
    Connection joomla() throws SQLException {
        return DriverManager.getConnection(MariaDb.URL, MariaDb.USER, MariaDb.PASSWORD);
    }

    @Override
    JoomlaSchema.Dialect dialect() {
        return JoomlaSchema.Dialect.MYSQL;
    }

    @Override
    ImportSource source(OldJoomla site) {
        return site.source(MariaDb.URL, MariaDb.USER, MariaDb.PASSWORD);
    }
}
