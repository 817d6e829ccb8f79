package org.tilmash;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * Tells Spring Boot that {@link TilmashMigrations} initializes the database, so the entity manager, JDBC templates
 * and everything else that uses the database start after it, as they do after Boot's own Flyway. It comes after the
 * other initializers (a host's Flyway or Liquibase, Boot's SQL scripts): the host's migrations then meet the schema
 * they expect, and Tilmash's, with a history table of their own, start from a baseline beside the host's tables.
 */
class TilmashMigrationsDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(TilmashMigrations.class);
    }
}
