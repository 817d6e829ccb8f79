package org.tilmash.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import org.springframework.stereotype.Component;

/**
 * Re-encodes a decoded image into the files readers get: a square thumbnail and the configured widths (never wider
 * than the original). Encoding from pixels alone drops every piece of metadata (GPS position, camera, comments) and
 * any script a crafted file carried. Images with transparency become PNG, the others JPEG.
 */
@Component
class Renditions {

    private final MediaProperties properties;

    Renditions(MediaProperties properties) {
        this.properties = properties;
    }

    record Made(List<Integer> widths, String extension, Map<String, byte[]> files) {}

    /** Renditions of {@code image}, a copy of an original {@code originalWidth} wide (perhaps decoded subsampled). */
    Made make(BufferedImage image, int originalWidth) {
        boolean alpha = image.getColorModel().hasAlpha();
        String extension = alpha ? "png" : "jpg";
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        Map<String, byte[]> files = new LinkedHashMap<>();
        int side = properties.getThumbnailSize();
        files.put(
                StoredImage.THUMBNAIL + "." + extension,
                encode(Thumbnails.of(image).size(side, side).crop(Positions.CENTER), type, extension));
        List<Integer> widths = widths(originalWidth);
        for (int width : widths) {
            files.put(
                    width + "." + extension,
                    encode(Thumbnails.of(image).width(Math.min(width, image.getWidth())), type, extension));
        }
        return new Made(widths, extension, files);
    }

    /** Configured widths narrower than the original, plus the original width when it is the widest we may give. */
    List<Integer> widths(int originalWidth) {
        TreeSet<Integer> widths = new TreeSet<>();
        for (int width : properties.getWidths()) {
            widths.add(Math.min(width, originalWidth));
        }
        return List.copyOf(widths);
    }

    private static byte[] encode(Thumbnails.Builder<BufferedImage> builder, int type, String extension) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            builder.imageType(type).outputFormat(extension);
            if (extension.equals("jpg")) {
                builder.outputQuality(0.85);
            }
            builder.toOutputStream(out);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toByteArray();
    }
}
