package com.example.portal;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The portal keeps its newsroom in a database of its own, as an integrator might: a second data source, not a default
 * candidate (so Spring Boot's data source, JPA and Flyway stay the portal's), named in
 * {@code tilmash.database.data-source}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("portal-own-database")
class PortalNewsroomDatabase {

    @Bean(defaultCandidate = false, destroyMethod = "close")
    HikariDataSource newsroomDataSource(
            @Value("${portal.newsroom-database.url}") String url,
            @Value("${portal.newsroom-database.username:sa}") String username,
            @Value("${portal.newsroom-database.password:}") String password) {
        HikariDataSource newsroom = new HikariDataSource();
        newsroom.setPoolName("portal-newsroom");
        newsroom.setJdbcUrl(url);
        newsroom.setUsername(username);
        newsroom.setPassword(password);
        newsroom.setMaximumPoolSize(6);
        newsroom.setMinimumIdle(1);
        newsroom.setIdleTimeout(10_000);
        return newsroom;
    }
}
