package org.tilmash.media;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The image types we accept, recognised by their first bytes only: never by file name or declared type. */
enum ImageFormat {
    JPEG("jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}),
    GIF("gif", "GIF87a".getBytes(US_ASCII), "GIF89a".getBytes(US_ASCII)),
    /** RIFF container whose form type, at offset 8, is WEBP. */
    WEBP("webp", "RIFF".getBytes(US_ASCII));

    private static final byte[] WEBP_FORM = "WEBP".getBytes(US_ASCII);

    private final String readerName;
    private final List<byte[]> signatures;

    ImageFormat(String readerName, byte[]... signatures) {
        this.readerName = readerName;
        this.signatures = List.of(signatures);
    }

    /** The ImageIO format name whose reader decodes this type. */
    String readerName() {
        return readerName;
    }

    static Optional<ImageFormat> sniff(byte[] head) {
        return Arrays.stream(values()).filter(format -> format.matches(head)).findFirst();
    }

    private boolean matches(byte[] head) {
        return signatures.stream().anyMatch(signature -> startsWith(head, signature, 0))
                && (this != WEBP || startsWith(head, WEBP_FORM, 8));
    }

    private static boolean startsWith(byte[] data, byte[] prefix, int offset) {
        return data.length >= offset + prefix.length
                && Arrays.equals(data, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
