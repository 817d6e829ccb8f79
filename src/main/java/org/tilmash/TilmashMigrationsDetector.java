package org.tilmash;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link TilmashMigrations} initializes the database, so the entity manager, JDBC templates
 * and everything else that uses the database start after it, as they do after Boot's own Flyway.
 */
class TilmashMigrationsDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(TilmashMigrations.class);
    }
}
