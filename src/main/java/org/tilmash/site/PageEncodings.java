package org.tilmash.site;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The compressed copies a cached page is kept with (gzip always, brotli where Brotli4j's native encoder loads and
 * {@code tilmash.site.page-cache.brotli} is on), and which of them a request's {@code Accept-Encoding} gets: brotli
 * before gzip before the plain bytes, never a coding the client refused with {@code q=0}.
 */
@Component
class PageEncodings {

    static final String BROTLI = "br";
    static final String GZIP = "gzip";

    private static final Logger log = LoggerFactory.getLogger(PageEncodings.class);
    /** Pages smaller than this are not worth compressing. */
    private static final int MIN_SIZE = 256;
    /** Brotli's smallest and largest sliding windows, as powers of two. */
    private static final int MIN_WINDOW_BITS = 10;

    private static final int MAX_WINDOW_BITS = 24;
    /** A weight of zero: the client refuses the coding. */
    private static final Pattern REFUSED = Pattern.compile("\\s*q\\s*=\\s*0(\\.0{0,3})?\\s*", Pattern.CASE_INSENSITIVE);

    /** Brotli's quality, or null for no brotli copies. */
    private final @Nullable Integer brotliQuality;

    PageEncodings(SiteProperties properties) {
        this.brotliQuality = brotliQuality(properties.getPageCache());
    }

    /** The copies of a page's bytes; a copy is null where it is not made. */
    record Copies(byte @Nullable [] gzip, byte @Nullable [] brotli) {

        /** Bytes the copies take. */
        int size() {
            return length(gzip) + length(brotli);
        }

        private static int length(byte @Nullable [] bytes) {
            return bytes == null ? 0 : bytes.length;
        }
    }

    /** A copy to answer with, and the {@code Content-Encoding} that names it. */
    record Encoded(String coding, byte[] bytes) {}

    Copies compress(byte[] body) {
        if (body.length < MIN_SIZE) {
            return new Copies(null, null);
        }
        return new Copies(gzip(body), brotliQuality == null ? null : brotli(body, brotliQuality));
    }

    /**
     * The copy a request gets, or null for the page's own bytes. The header is read once, on every page-cache hit: a
     * named coding's weight counts before {@code *}'s.
     */
    static @Nullable Encoded chosen(@Nullable String acceptEncoding, Copies copies) {
        if (acceptEncoding == null) {
            return null;
        }
        Boolean brotli = null;
        Boolean gzip = null;
        Boolean any = null;
        for (String part : acceptEncoding.split(",")) {
            int parameters = part.indexOf(';');
            String name = (parameters < 0 ? part : part.substring(0, parameters)).trim();
            boolean wanted = parameters < 0
                    || !REFUSED.matcher(part.substring(parameters + 1)).matches();
            if (brotli == null && name.equalsIgnoreCase(BROTLI)) {
                brotli = wanted;
            } else if (gzip == null && name.equalsIgnoreCase(GZIP)) {
                gzip = wanted;
            } else if (any == null && name.equals("*")) {
                any = wanted;
            }
        }
        if (copies.brotli() != null && (brotli != null ? brotli : Boolean.TRUE.equals(any))) {
            return new Encoded(BROTLI, copies.brotli());
        }
        if (copies.gzip() != null && (gzip != null ? gzip : Boolean.TRUE.equals(any))) {
            return new Encoded(GZIP, copies.gzip());
        }
        return null;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }

    /**
     * The window is no larger than the page: the encoder's native buffers grow with it (16 MB for its default), and
     * the C allocator keeps what each thread once took, which under load grew the process by hundreds of megabytes.
     */
    private static byte @Nullable [] brotli(byte[] body, int quality) {
        int windowBits =
                Math.clamp(32 - Integer.numberOfLeadingZeros(body.length - 1), MIN_WINDOW_BITS, MAX_WINDOW_BITS);
        try {
            return Encoder.compress(
                    body,
                    new Encoder.Parameters()
                            .setQuality(quality)
                            .setWindow(windowBits)
                            .setMode(Encoder.Mode.TEXT));
        } catch (IOException encoderFailed) {
            log.warn("A page could not be compressed with brotli; it is kept with gzip only", encoderFailed);
            return null;
        }
    }

    private static @Nullable Integer brotliQuality(SiteProperties.PageCache settings) {
        if (!settings.isBrotli()) {
            return null;
        }
        if (!Brotli4jLoader.isAvailable()) {
            log.info(
                    "No brotli encoder for this platform ({}); cached pages are kept with gzip only",
                    Brotli4jLoader.getUnavailabilityCause().toString());
            return null;
        }
        return settings.getBrotliQuality();
    }
}
