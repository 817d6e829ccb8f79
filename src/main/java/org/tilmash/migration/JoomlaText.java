package org.tilmash.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Joomla's conventions inside an item's text: the read-more break and Simple Image Gallery's gallery tags. */
final class JoomlaText {

    /** What Joomla's content table splits an article's text at when it is saved (ContentTable::bind). */
    private static final Pattern READ_MORE =
            Pattern.compile("<hr\\s+id=(\"|')system-readmore(\"|')\\s*/*>", Pattern.CASE_INSENSITIVE);

    /** {@code {gallery}folder{/gallery}}, and SIG Pro's {@code {gallery}folder:200:160:0:0{/gallery}}. */
    private static final Pattern GALLERY = Pattern.compile("\\{gallery}([^{}:]*)(?::[^{}]*)?\\{/gallery}");

    private JoomlaText() {}

    /** An item's text as Joomla shows it: the intro (empty when there is no read-more) and the rest. */
    record Split(String intro, String body, List<String> galleryFolders) {}

    /**
     * With a read-more (the {@code fulltext} column filled, or the break still inside {@code introtext}), the part
     * before it is what listings showed; without one, Joomla showed the whole text everywhere, which is our body.
     */
    static Split split(String introtext, String fulltext) {
        String intro = introtext == null ? "" : introtext;
        String full = fulltext == null ? "" : fulltext;
        if (full.isBlank()) {
            String[] parts = READ_MORE.split(intro, 2);
            if (parts.length == 2) {
                intro = parts[0];
                full = parts[1];
            } else {
                full = intro;
                intro = "";
            }
        }
        List<String> folders = new ArrayList<>();
        return new Split(withoutGalleries(intro, folders), withoutGalleries(full, folders), folders);
    }

    private static String withoutGalleries(String html, List<String> folders) {
        Matcher matcher = GALLERY.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String folder = matcher.group(1).strip();
            if (!folder.isEmpty() && !folders.contains(folder)) {
                folders.add(folder);
            }
            matcher.appendReplacement(out, "");
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
