package org.tilmash.i18n;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The application's {@code messageSource}: Tilmash's bundles while one of Tilmash's pages is answered (Spring MVC and
 * Thymeleaf's form errors ask the application context), the host's own message source (if it has one) everywhere
 * else.
 */
final class ScopedMessageSource implements MessageSource {

    private final TilmashPaths paths;
    private final MessageSource tilmash;
    private final @Nullable MessageSource host;

    ScopedMessageSource(TilmashPaths paths, MessageSource tilmash, @Nullable MessageSource host) {
        this.paths = paths;
        this.tilmash = tilmash;
        this.host = host;
    }

    @Override
    public @Nullable String getMessage(
            String code, Object @Nullable [] args, @Nullable String defaultMessage, Locale locale) {
        MessageSource source = current();
        return source == null ? defaultMessage : source.getMessage(code, args, defaultMessage, locale);
    }

    @Override
    public String getMessage(String code, Object @Nullable [] args, Locale locale) {
        MessageSource source = current();
        if (source == null) {
            throw new NoSuchMessageException(code, locale);
        }
        return source.getMessage(code, args, locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        MessageSource source = current();
        if (source != null) {
            return source.getMessage(resolvable, locale);
        }
        if (resolvable.getDefaultMessage() != null) {
            return resolvable.getDefaultMessage();
        }
        String[] codes = resolvable.getCodes();
        throw new NoSuchMessageException(codes == null || codes.length == 0 ? "" : codes[codes.length - 1], locale);
    }

    private @Nullable MessageSource current() {
        return host == null || servingTilmash() ? tilmash : host;
    }

    private boolean servingTilmash() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && paths.owns(attributes.getRequest());
    }
}
