package org.tilmash.support;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Image files made on the spot: real pictures, a picture carrying a GPS position, and a decompression bomb. */
public final class TestImages {

    /** Text inside the EXIF block of {@link #jpegWithGps}: it must never reach a reader. */
    public static final String GPS_MARKER = "GPSLatitude 43.2389 N GPSLongitude 76.8897 E";

    private TestImages() {}

    public static byte[] png(int width, int height, Color color) {
        return encode(picture(width, height, color, BufferedImage.TYPE_INT_ARGB), "png");
    }

    public static byte[] jpeg(int width, int height, Color color) {
        return encode(picture(width, height, color, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    /** A JPEG whose APP1 segment holds EXIF data with a location, as phone cameras write it. */
    public static byte[] jpegWithGps(int width, int height) {
        byte[] plain = jpeg(width, height, Color.ORANGE);
        byte[] tiff = concat(
                new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0},
                GPS_MARKER.getBytes(StandardCharsets.US_ASCII));
        byte[] payload = concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff);
        ByteBuffer segment = ByteBuffer.allocate(4 + payload.length);
        segment.put((byte) 0xFF)
                .put((byte) 0xE1)
                .putShort((short) (payload.length + 2))
                .put(payload);
        byte[] withExif = new byte[plain.length + segment.capacity()];
        System.arraycopy(plain, 0, withExif, 0, 2);
        System.arraycopy(segment.array(), 0, withExif, 2, segment.capacity());
        System.arraycopy(plain, 2, withExif, 2 + segment.capacity(), plain.length - 2);
        return withExif;
    }

    /**
     * About 5 KB that claim {@code width}×{@code height} pixels in their PNG header: decoding it would need
     * width×height×4 bytes of memory.
     */
    public static byte[] pngBomb(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height);
        header.put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", new byte[5000]);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static BufferedImage picture(int width, int height, Color color, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, color, width, height, Color.WHITE));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }
}
