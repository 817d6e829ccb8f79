package org.tilmash.i18n;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Tilmash's texts and languages, applied only to Tilmash's own requests: the application's {@code messageSource} and
 * {@code localeResolver} (the host's, or Spring Boot's) are wrapped, never replaced, so a host application's pages keep
 * their messages and languages.
 */
@Configuration(proxyBeanMethods = false)
class I18nConfiguration {

    @Bean
    TilmashMessages tilmashMessages(LanguageRegistry languages, LanguageProperties properties) {
        return new TilmashMessages(new IcuMessageSource(languages, new MessageBundles(properties.getBundlesDir())));
    }

    /** Only when neither the host nor Spring Boot defines one (the standalone application has no messages.properties). */
    @Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    @ConditionalOnMissingBean(name = AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
    MessageSource messageSource(TilmashPaths paths, TilmashMessages messages) {
        return new ScopedMessageSource(paths, messages.asMessageSource(), null);
    }

    @Bean
    static BeanPostProcessor scopedMessagesAndLocales(
            ObjectProvider<TilmashPaths> paths,
            ObjectProvider<TilmashMessages> messages,
            ObjectProvider<LanguageRegistry> languages,
            ObjectProvider<LanguagePreference> preferences) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
                if (name.equals(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
                        && bean instanceof MessageSource host
                        && !(bean instanceof ScopedMessageSource)) {
                    return new ScopedMessageSource(
                            paths.getObject(), messages.getObject().asMessageSource(), host);
                }
                if (name.equals(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME) && bean instanceof LocaleResolver host) {
                    LocaleResolver tilmash = new LanguageLocaleResolver(
                            languages.getObject(),
                            paths.getObject(),
                            preferences.orderedStream().toList());
                    return new ScopedLocaleResolver(paths.getObject(), tilmash, host);
                }
                return bean;
            }
        };
    }
}
