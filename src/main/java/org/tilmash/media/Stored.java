package org.tilmash.media;

import java.util.List;

/** The files of one upload, written under {@code key} before any row points at them. */
record Stored(
        String key, ImageFormat format, int width, int height, long byteSize, List<Integer> widths, String extension) {}
