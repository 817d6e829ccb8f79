package org.tilmash.i18n;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * For what concerns the whole server (the actuator's security, the firewall's refusals, proxy headers): Tilmash sets it
 * up only when its public site is at the root ({@code tilmash.web.site-path} empty, as in the standalone
 * application), never inside a host application that keeps the rest of the paths.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ConditionalOnProperty(name = "tilmash.web.site-path", havingValue = "", matchIfMissing = true)
public @interface ConditionalOnSiteAtRoot {}
