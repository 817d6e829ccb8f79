package db.tilmash;

import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Search (issue 16, the OpenSearch backend): the tables of Hibernate Search's outbox-polling coordination, under our
 * names ({@code hibernate.search.coordination.entity.mapping.*.table}). Every transaction that changes what is
 * indexed writes an event to {@code tilmash_search_outbox_event}; the nodes, registered in
 * {@code tilmash_search_agent}, share the events out and index them. Used only with
 * {@code tilmash.search.backend=opensearch}; created always, so switching backends needs no migration.
 *
 * <p>Java rather than SQL because the one column type differs: Hibernate maps the binary payload to {@code blob} on
 * H2 and to {@code bytea} on PostgreSQL, and validates the schema against that.
 */
public class V200__search_outbox extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        String product = context.getConnection().getMetaData().getDatabaseProductName();
        String binary = product.toLowerCase(Locale.ROOT).contains("postgres") ? "bytea" : "blob";
        List<String> statements = List.of(
                """
                create table tilmash_search_outbox_event (
                    id             uuid         not null primary key,
                    entity_name    varchar(256) not null,
                    entity_id      varchar(256) not null,
                    entity_id_hash integer      not null,
                    tenant_id      varchar(255),
                    payload        %s           not null,
                    retries        integer      not null,
                    process_after  timestamp(6) with time zone not null,
                    status         varchar(255) not null
                )""".formatted(binary),
                "create index ix_tilmash_search_outbox_after on tilmash_search_outbox_event (process_after)",
                """
                create table tilmash_search_agent (
                    id                   uuid         not null primary key,
                    type                 varchar(255) not null,
                    name                 varchar(255) not null,
                    tenant_id            varchar(255),
                    expiration           timestamp(6) with time zone not null,
                    state                varchar(255) not null,
                    total_shard_count    integer,
                    assigned_shard_index integer,
                    payload              %s
                )""".formatted(binary));
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
