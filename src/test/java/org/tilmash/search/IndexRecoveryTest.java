package org.tilmash.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index Lucene cannot open is deleted before Hibernate Search starts, so it is rebuilt instead of fatal. */
class IndexRecoveryTest {

    @TempDir
    Path root;

    @Test
    void aDamagedIndexIsDeletedAndAHealthyOneKept() throws IOException {
        Path healthy = root.resolve("public_entry");
        try (IndexWriter writer =
                new IndexWriter(FSDirectory.open(healthy), new IndexWriterConfig(new StandardAnalyzer()))) {
            Document document = new Document();
            document.add(new TextField("title", "жиналыс", Field.Store.YES));
            writer.addDocument(document);
        }
        Path damaged = root.resolve("editorial_entry");
        Files.createDirectories(damaged);
        Files.writeString(damaged.resolve("segments_2"), "not an index");

        SearchConfiguration.dropUnreadable(root);

        assertThat(healthy).isDirectory();
        assertThat(damaged).doesNotExist();
    }

    @Test
    void noIndexYetIsNothingToRepair() {
        SearchConfiguration.dropUnreadable(root.resolve("missing"));
        assertThat(root.resolve("missing")).doesNotExist();
    }
}
