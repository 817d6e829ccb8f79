package org.tilmash.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.stereotype.Component;

/**
 * Checks an upload in order of cost and decodes it only if every cheap check passed: the type from its first bytes,
 * then the pixel count from its header (ImageIO readers read only the header for {@code getWidth}/{@code getHeight}),
 * and only then the pixels. A tiny file claiming 64250×64250 pixels is refused without allocating them. A large image
 * is decoded subsampled, at about twice the largest size any rendition needs.
 */
@Component
class ImageDecoder {

    private final MediaProperties properties;

    ImageDecoder(MediaProperties properties) {
        this.properties = properties;
        // Registers TwelveMonkeys' WebP and JPEG readers even when the first ImageIO use ran with another class loader.
        ImageIO.scanForPlugins();
        ImageIO.setUseCache(false);
    }

    /** The decoded image, or why it was refused. */
    sealed interface Result permits Decoded, Refused {}

    /**
     * @param width the original's width, which {@code image} may be a subsampled copy of
     * @param height the original's height
     */
    record Decoded(ImageFormat format, BufferedImage image, int width, int height) implements Result {}

    record Refused(Refusal refusal) implements Result {}

    Result decode(String name, byte[] bytes) {
        Optional<ImageFormat> sniffed = ImageFormat.sniff(bytes);
        if (sniffed.isEmpty()) {
            return refused("media.refused.type", Map.of("name", name));
        }
        ImageFormat format = sniffed.get();
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
        if (!readers.hasNext()) {
            return refused("media.refused.type", Map.of("name", name));
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width < 1 || height < 1) {
                return refused("media.refused.damaged", Map.of("name", name));
            }
            if (width * height > properties.getMaxPixels()) {
                return refused(
                        "media.refused.pixels",
                        Map.of(
                                "name", name,
                                "width", width,
                                "height", height,
                                "max", properties.getMaxPixels() / 1_000_000.0));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = subsampling(width, height);
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            return new Decoded(format, reader.read(0, param), (int) width, (int) height);
        } catch (IOException | RuntimeException unreadable) {
            return refused("media.refused.damaged", Map.of("name", name));
        } finally {
            reader.dispose();
        }
    }

    /**
     * Every how many pixels in each direction to decode: no rendition is wider than the widest configured width and
     * no thumbnail larger than its side, so a large original is decoded at no less than twice those (and scaled down
     * from there with proper filtering), never at full size. A 7000 × 7000 upload then holds 3500 × 3500 pixels
     * (49 MB) instead of 196 MB while its renditions are made.
     */
    int subsampling(long width, long height) {
        int widest = properties.getWidths().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(1);
        long byWidth = width / (2L * Math.max(widest, 1));
        long byHeight = height / (2L * Math.max(properties.getThumbnailSize(), 1));
        return (int) Math.max(1, Math.min(byWidth, byHeight));
    }

    private static Refused refused(String key, Map<String, Object> arguments) {
        return new Refused(new Refusal(key, arguments));
    }
}
