/**
 * Translation as translators need it: every translation is pinned to the source revision it was made from; when a
 * newer source revision is published, the workflow marks translations of the older one outdated at once (their
 * published text stays live), and this module's guard refuses to submit them until the translator has seen the source
 * diff and saved or confirmed the update. Owns the translation queue, the side-by-side, segment-aligned editor (which
 * carries the gallery's alt texts, captions and credits too) and XLIFF files. Every write goes through the workflow.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Translation",
        allowedDependencies = {"accounts", "content", "i18n", "media", "workflow"})
package org.tilmash.translation;
