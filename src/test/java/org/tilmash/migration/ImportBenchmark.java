package org.tilmash.migration;

import java.awt.Color;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.tilmash.accounts.SystemTask;
import org.tilmash.support.TestImages;

/**
 * {@code bench/import.sh}: imports a generated WordPress export ({@code tilmash.bench.items} posts, default 10 000, in
 * three languages, each group of three one article, with {@code tilmash.bench.images} small images, default 20 000,
 * half featured and half inline) into an empty database, and prints items per second and the heap after each quarter
 * (after a GC) and at its peak. Not a test: its name keeps it out of the suite, and it runs only when asked.
 */
@EnabledIfSystemProperty(named = "tilmash.bench", matches = "true")
@SpringBootTest(
        properties = {
            "tilmash.demo.enabled=false",
            "spring.jpa.properties.hibernate.generate_statistics=false",
            "logging.level.org.tilmash=warn"
        })
@ActiveProfiles("test")
class ImportBenchmark {

    private static final int ITEMS = Integer.getInteger("tilmash.bench.items", 10_000);
    private static final int IMAGES = Integer.getInteger("tilmash.bench.images", 20_000);
    private static final String[] LANGUAGES = {"en", "ru", "kk"};

    @Autowired
    Importer importer;

    @Test
    void importsAGeneratedSite() throws IOException {
        Path dir = Files.createDirectories(Path.of("target/bench-import"));
        Path uploads = Files.createDirectories(dir.resolve("uploads"));
        Path wxr = dir.resolve("export.xml");
        generate(wxr, uploads);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong();
        List<String> quarters = new ArrayList<>();
        Progress progress = new Progress() {
            private long total;
            private long done;
            private int quarter = 1;

            @Override
            public void total(long items) {
                total = items;
            }

            @Override
            public void advance(long items) {
                done += items;
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                if (total > 0 && done * 4 >= total * quarter) {
                    System.gc();
                    quarters.add(quarter * 25 + "%: "
                            + mb(memory.getHeapMemoryUsage().getUsed()) + " MB");
                    quarter++;
                }
            }
        };
        long start = System.nanoTime();
        ImportReport report = SystemTask.run(
                "bench",
                () -> importer.run(new ImportRequest(new ImportSource.WordPress(wxr, uploads), false, true), progress));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%nIMPORT BENCHMARK: %d items (%d articles created, %d refused) and %d images in %.1f s: %.1f items/s,"
                        + " %.1f articles/s; WXR %d MB; heap peak %d MB, after GC at %s; max heap %d MB%n",
                ITEMS,
                report.articles(ImportReport.Result.CREATED),
                report.articles(ImportReport.Result.REFUSED),
                IMAGES,
                seconds,
                ITEMS / seconds,
                report.articles(ImportReport.Result.CREATED) / seconds,
                Files.size(wxr) / 1_000_000,
                mb(peak.get()),
                quarters,
                mb(memory.getHeapMemoryUsage().getMax()));
    }

    private static long mb(long bytes) {
        return bytes / 1_000_000;
    }

    /** The export, written as a stream too, and the image files it refers to. */
    private static void generate(Path wxr, Path uploads) throws IOException {
        byte[][] pngs = {
            TestImages.png(24, 16, Color.RED), TestImages.png(24, 16, Color.BLUE), TestImages.png(24, 16, Color.GREEN)
        };
        int imagesPerItem = Math.max(0, IMAGES / Math.max(1, ITEMS));
        try (BufferedWriter out = Files.newBufferedWriter(wxr, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
                    + " xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\""
                    + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
                    + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n"
                    + "<channel><title>Bench</title><language>en</language>\n"
                    + "<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>bench</wp:category_nicename>"
                    + "<wp:cat_name>Bench</wp:cat_name></wp:category>\n");
            for (int item = 1; item <= ITEMS; item++) {
                int group = (item - 1) / LANGUAGES.length;
                String language = LANGUAGES[(item - 1) % LANGUAGES.length];
                long attachment = 1_000_000L + item;
                StringBuilder body = new StringBuilder("<p>Story " + item + " in " + language + ".</p>");
                for (int image = 1; image < imagesPerItem; image++) {
                    String name = "2021/12/i" + item + "-" + image + ".png";
                    Files.createDirectories(uploads.resolve(name).getParent());
                    Files.write(uploads.resolve(name), pngs[(item + image) % pngs.length]);
                    body.append("<p><img src=\"https://old.example/wp-content/uploads/")
                            .append(name)
                            .append("\" alt=\"Picture ")
                            .append(image)
                            .append("\"></p>");
                }
                if (imagesPerItem > 0) {
                    String featured = "2021/12/f" + item + ".png";
                    Files.createDirectories(uploads.resolve(featured).getParent());
                    Files.write(uploads.resolve(featured), pngs[item % pngs.length]);
                    out.write("<item><title>Photo " + item + "</title><wp:post_id>" + attachment + "</wp:post_id>"
                            + "<wp:post_type>attachment</wp:post_type><wp:postmeta><wp:meta_key>_wp_attached_file"
                            + "</wp:meta_key><wp:meta_value>" + featured + "</wp:meta_value></wp:postmeta>"
                            + "<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value>Photo "
                            + item + "</wp:meta_value></wp:postmeta></item>\n");
                }
                out.write("<item><title>Story " + item + " (" + language + ")</title>"
                        + "<content:encoded><![CDATA[" + body + "]]></content:encoded>"
                        + "<wp:post_id>" + item + "</wp:post_id>"
                        + "<wp:post_date_gmt>2021-12-" + (10 + group % 18) + " 09:15:00</wp:post_date_gmt>"
                        + "<wp:post_name>story-" + item + "</wp:post_name><wp:status>publish</wp:status>"
                        + "<wp:post_type>post</wp:post_type>"
                        + "<category domain=\"category\" nicename=\"bench\">Bench</category>"
                        + "<category domain=\"language\" nicename=\"" + language + "\">" + language + "</category>"
                        + "<category domain=\"post_translations\" nicename=\"pll_" + group + "\">g</category>"
                        + (imagesPerItem > 0
                                ? "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>" + attachment
                                        + "</wp:meta_value></wp:postmeta>"
                                : "")
                        + "</item>\n");
            }
            out.write("</channel></rss>\n");
        }
    }
}
