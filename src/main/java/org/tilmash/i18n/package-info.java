/**
 * Languages and everything that depends on them: the language registry (configuration, not code), the ICU
 * {@code messageSource} over the bundles in {@code i18n/}, locale resolution for requests, ICU formatting of dates,
 * plurals and collation, and slug transliteration. Depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Languages",
        allowedDependencies = {})
package org.tilmash.i18n;
