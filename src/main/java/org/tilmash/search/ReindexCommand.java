package org.tilmash.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.tilmash.content.ContentService;

/**
 * {@code --reindex}: rebuilds every search entry and its documents from content, logging progress every batch, and
 * exits. Another node may keep serving readers from the index meanwhile: each batch replaces its own documents.
 */
@Component
class ReindexCommand implements ApplicationRunner {

    static final String OPTION = "reindex";
    private static final Logger log = LoggerFactory.getLogger(ReindexCommand.class);

    private final SearchIndexer indexer;
    private final ContentService content;
    private final ConfigurableApplicationContext context;

    ReindexCommand(SearchIndexer indexer, ContentService content, ConfigurableApplicationContext context) {
        this.indexer = indexer;
        this.content = content;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        if (!arguments.containsOption(OPTION)) {
            return;
        }
        long total = content.articleCount();
        log.info("Reindexing {} articles", total);
        long done = indexer.rebuild(
                count -> log.info("Reindexed {} of {} articles ({}%)", count, total, percent(count, total)));
        log.info("Reindex finished: {} articles", done);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    private static long percent(long done, long total) {
        return total == 0 ? 100 : done * 100 / total;
    }
}
