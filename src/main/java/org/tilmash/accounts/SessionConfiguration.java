package org.tilmash.accounts;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions in the database (Spring Session JDBC, configured under {@code spring.session.jdbc}), so every instance
 * knows every signed-in user. Two requests of one session that set the same attribute at once (two tabs, a double
 * click) would both insert its row; an upsert lets the later one win instead of failing on the duplicate key.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JdbcIndexedSessionRepository.class)
class SessionConfiguration {

    /** H2's upsert; PostgreSQL's is Spring Session's own {@link PostgreSqlJdbcIndexedSessionRepositoryCustomizer}. */
    static final String H2_CREATE_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)
            """;

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(DataSource dataSource) {
        String database = databaseName(dataSource);
        if (database.equals("PostgreSQL")) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if (database.equals("H2")) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_CREATE_ATTRIBUTE);
        }
        return repository -> {};
    }

    private static String databaseName(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException unavailable) {
            throw new IllegalStateException("Cannot tell which database holds the sessions", unavailable);
        }
    }
}
