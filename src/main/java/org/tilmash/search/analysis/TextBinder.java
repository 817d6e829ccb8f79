package org.tilmash.search.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * Indexes an entry's text in the fields of its language only, since an analyzer is chosen per field, not per
 * document: {@code title_kk} and {@code text_kk} with the Kazakh chain, {@code skeleton_kk} (title and text) with
 * its transliterated chain. Every language's fields exist in the index; a document fills one language's.
 */
public class TextBinder implements TypeBinder {

    public static String title(String key) {
        return "title_" + key;
    }

    public static String text(String key) {
        return "text_" + key;
    }

    public static String skeleton(String key) {
        return "skeleton_" + key;
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("language").use("title").use("text");
        IndexSchemaElement schema = context.indexSchemaElement();
        Map<String, Fields> fields = new HashMap<>();
        for (String key : TilmashAnalysisConfigurer.keys()) {
            String analyzer = LanguageAnalyzers.textAnalyzerName(key);
            fields.put(
                    key,
                    new Fields(
                            schema.field(
                                            title(key),
                                            f -> f.asString()
                                                    .analyzer(analyzer)
                                                    .projectable(Projectable.YES)
                                                    .highlightable(List.of(Highlightable.PLAIN)))
                                    .toReference(),
                            schema.field(
                                            text(key),
                                            f -> f.asString()
                                                    .analyzer(analyzer)
                                                    .projectable(Projectable.YES)
                                                    .highlightable(List.of(Highlightable.PLAIN)))
                                    .toReference(),
                            schema.field(
                                            skeleton(key),
                                            f -> f.asString().analyzer(LanguageAnalyzers.skeletonAnalyzerName(key)))
                                    .multiValued()
                                    .toReference()));
        }
        context.bridge(Searchable.class, new Bridge(fields));
    }

    private record Fields(
            IndexFieldReference<String> title,
            IndexFieldReference<String> text,
            IndexFieldReference<String> skeleton) {}

    private record Bridge(Map<String, Fields> fields) implements TypeBridge<Searchable> {

        @Override
        public void write(DocumentElement target, Searchable entry, TypeBridgeWriteContext context) {
            Fields own = fields.get(LanguageAnalyzers.key(entry.getLanguage()));
            target.addValue(own.title(), entry.getTitle());
            target.addValue(own.text(), entry.getText());
            target.addValue(own.skeleton(), entry.getTitle());
            target.addValue(own.skeleton(), entry.getText());
        }
    }
}
