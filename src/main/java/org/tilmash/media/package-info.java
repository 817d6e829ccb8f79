/**
 * Images of an article's gallery: uploads checked by content, size and pixel count before anything is decoded,
 * re-encoded renditions (a square thumbnail and a few widths for {@code srcset}) served with immutable caching, the
 * gallery's order and its lead image, and alt text, caption and credit per language. Publishing a language version
 * whose gallery lacks alt text in that language, or whose text shows an image from outside its gallery, is vetoed
 * through the workflow's {@link org.tilmash.workflow.TransitionGuard}.
 *
 * <p>Public API: {@link org.tilmash.media.Gallery} (read and change a gallery and its texts), the values it returns,
 * {@link org.tilmash.media.BodyImages} (a body's images as pages show them) and
 * {@link org.tilmash.media.MediaProperties}. Files live in a {@code MediaStorage}: under {@code tilmash.media.dir}
 * (the default) or in a bucket of an S3-compatible store ({@code tilmash.media.storage.type=s3}, shared by every
 * instance), one folder or key prefix per image named by a key we generate; {@code --media-cleanup} removes those the
 * database does not know.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Media",
        allowedDependencies = {"content", "i18n", "workflow"})
package org.tilmash.media;
