package org.tilmash;

import java.util.Map;

/**
 * Hibernate settings a module needs for Tilmash's entities (search, statement counting). They go to the entity
 * manager Tilmash's entities live in: the application's, through a {@code HibernatePropertiesCustomizer}, or Tilmash's
 * own when it has a data source of its own, where the host's entity manager never sees them.
 */
@FunctionalInterface
public interface TilmashHibernateSettings {

    void apply(Map<String, Object> hibernateProperties);
}
