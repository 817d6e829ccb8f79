package org.tilmash.site;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
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

    /** Brotli's quality, or null for no brotli copies. */
    private final @Nullable Integer brotliQuality;

    PageEncodings(SiteProperties properties) {
        this.brotliQuality = brotliQuality(properties.getPageCache());
    }

    /** The copies of a page's bytes; a copy is null where it is not made. */
    record Copies(byte @Nullable [] gzip, byte @Nullable [] brotli) {}

    Copies compress(byte[] body) {
        if (body.length < MIN_SIZE) {
            return new Copies(null, null);
        }
        return new Copies(gzip(body), brotliQuality == null ? null : brotli(body, brotliQuality));
    }

    /** The coding to answer with: {@link #BROTLI}, {@link #GZIP}, or null for the page's own bytes. */
    static @Nullable String chosen(@Nullable String acceptEncoding, Copies copies) {
        if (acceptEncoding == null) {
            return null;
        }
        if (copies.brotli() != null && accepts(acceptEncoding, BROTLI)) {
            return BROTLI;
        }
        if (copies.gzip() != null && accepts(acceptEncoding, GZIP)) {
            return GZIP;
        }
        return null;
    }

    /** Whether the header lists the coding (or {@code *}) with a weight above zero; a named coding beats {@code *}. */
    private static boolean accepts(String acceptEncoding, String coding) {
        Boolean byWildcard = null;
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] nameAndParameters = part.split(";");
            String name = nameAndParameters[0].trim();
            boolean wanted = nameAndParameters.length < 2 || !refused(nameAndParameters[1]);
            if (name.equals(coding)) {
                return wanted;
            }
            if (name.equals("*")) {
                byWildcard = wanted;
            }
        }
        return Boolean.TRUE.equals(byWildcard);
    }

    private static boolean refused(String parameter) {
        return parameter.replace(" ", "").matches("q=0(\\.0{0,3})?");
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
