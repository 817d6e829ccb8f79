package com.example.portal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tilmash.content.ArticleField;

/** What the portal adds to every article: the date of the event a story announces and the member state it is about. */
@Configuration(proxyBeanMethods = false)
class PortalArticleFields {

    @Bean
    ArticleField eventDate() {
        return ArticleField.date("eventDate", Map.of("en", "Event date", "ru", "Дата события", "kk", "Іс-шара күні"));
    }

    @Bean
    ArticleField memberState() {
        return ArticleField.country(
                "memberState",
                Map.of("en", "Member state", "ru", "Государство-член"),
                "KZ",
                "KG",
                "TJ",
                "TM",
                "UZ",
                "AZ");
    }
}
