package org.tilmash.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A large upload is never decoded at full size: it is read subsampled to about twice what the widest rendition needs,
 * while the image keeps its real size and its renditions their configured widths.
 */
class ImageDecoderTest {

    private final MediaProperties properties = new MediaProperties();
    private final ImageDecoder decoder = new ImageDecoder(properties);
    private final Renditions renditions = new Renditions(properties);

    @Test
    void aLargeImageIsDecodedSubsampledButKeepsItsSizeAndRenditionWidths() throws IOException {
        byte[] png = solidPng(7000, 5000);
        assertThat(png.length).isLessThan(300_000);

        ImageDecoder.Decoded decoded = (ImageDecoder.Decoded) decoder.decode("flood.png", png);

        assertThat(decoded.width()).isEqualTo(7000);
        assertThat(decoded.height()).isEqualTo(5000);
        // 1600 is the widest rendition: the pixels held are 3500 × 2500 (35 MB), not 7000 × 5000 (140 MB).
        assertThat(decoded.image().getWidth()).isEqualTo(3500);
        assertThat(decoded.image().getHeight()).isEqualTo(2500);

        Renditions.Made made = renditions.make(decoded.image(), decoded.width());
        assertThat(made.widths()).containsExactly(480, 960, 1600);
        BufferedImage widest =
                ImageIO.read(new ByteArrayInputStream(made.files().get("1600.png")));
        assertThat(widest.getWidth()).isEqualTo(1600);
        assertThat(widest.getHeight()).isEqualTo(1143);
    }

    @Test
    void aSmallImageIsDecodedWhole() {
        assertThat(decoder.subsampling(1200, 800)).isEqualTo(1);
        assertThat(decoder.subsampling(3199, 3199)).isEqualTo(1);
        assertThat(decoder.subsampling(3200, 3200)).isEqualTo(1);
        assertThat(decoder.subsampling(6400, 6400)).isEqualTo(2);
        // A panorama keeps enough height for its square thumbnail.
        assertThat(decoder.subsampling(20000, 480)).isEqualTo(1);
    }

    /** A valid RGBA PNG of one colour, written row by row so the test never holds its pixels. */
    private static byte[] solidPng(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] row = new byte[1 + width * 4];
        for (int x = 0; x < width; x++) {
            row[1 + x * 4] = (byte) 0x20;
            row[2 + x * 4] = (byte) 0x60;
            row[3 + x * 4] = (byte) 0xa0;
            row[4 + x * 4] = (byte) 0x80;
        }
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        chunk(out, "IDAT", compressed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
