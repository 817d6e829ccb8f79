package org.tilmash.media;

import java.util.Arrays;
import java.util.Optional;

/** The image types we accept, recognised by their first bytes only: never by file name or declared type. */
enum ImageFormat {
    JPEG("jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    GIF("gif", "GIF87a".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
    GIF89("gif", "GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
    WEBP("webp", "RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    private static final byte[] WEBP_TAG = "WEBP".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final String readerName;
    private final byte[] magic;

    ImageFormat(String readerName, byte[] magic) {
        this.readerName = readerName;
        this.magic = magic;
    }

    /** The ImageIO format name whose reader decodes this type. */
    String readerName() {
        return readerName;
    }

    static Optional<ImageFormat> sniff(byte[] head) {
        for (ImageFormat format : values()) {
            if (startsWith(head, format.magic, 0) && (format != WEBP || startsWith(head, WEBP_TAG, 8))) {
                return Optional.of(format == GIF89 ? GIF : format);
            }
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] data, byte[] prefix, int offset) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
