package org.tilmash.i18n;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    /** Must be named {@code messageSource}: Spring and Thymeleaf look it up by that name. */
    @Bean
    MessageSource messageSource(LanguageRegistry languages, LanguageProperties properties) {
        return new IcuMessageSource(languages, new MessageBundles(properties.getBundlesDir()));
    }

    /** Must be named {@code localeResolver} to replace Spring MVC's. */
    @Bean
    LocaleResolver localeResolver(LanguageRegistry languages, ObjectProvider<LanguagePreference> preferences) {
        return new LanguageLocaleResolver(languages, preferences.orderedStream().toList());
    }
}
