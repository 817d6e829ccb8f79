/**
 * Translation as translators need it: every translation is pinned to the source revision it was made from; when a
 * newer source revision is published, translations of the older one are marked outdated at once (their published
 * text stays live) and may not be submitted until the translator has seen the source diff and confirmed the update.
 * Owns the translation queue, the side-by-side, segment-aligned editor (which carries the gallery's alt texts,
 * captions and credits too) and XLIFF files.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Translation",
        allowedDependencies = {"accounts", "content", "i18n", "media", "workflow"})
package org.tilmash.translation;
