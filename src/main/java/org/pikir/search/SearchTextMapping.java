package org.pikir.search;

import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * The text fields of {@link SearchDocument}, mapped here rather than by annotations because they differ by backend
 * (everything else is annotated on the entity).
 *
 * <p>Lucene: {@code text_<lang>} analysed by that language's analyzer from {@code org.pikir.analysis}, plus
 * {@code text_std}; highlighting by the backend. OpenSearch has none of our analyzers (Kazakh stemmer, normalising
 * filter, per-language function words), so there the same fields hold the tokens our analyzers produce, analysed by
 * a whitespace-only analyzer, and {@code text_raw} stores the original text for snippets made here — see
 * {@link PreAnalysedText} for why both backends then index and match the same tokens.
 */
final class SearchTextMapping implements HibernateOrmSearchMappingConfigurer {

    private final boolean preAnalysed;

    SearchTextMapping(boolean preAnalysed) {
        this.preAnalysed = preAnalysed;
    }

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        TypeMappingStep type = context.programmaticMapping().type(SearchDocument.class);
        for (String lang : SearchDocument.LANGS) {
            text(type, "text" + Character.toUpperCase(lang.charAt(0)) + lang.substring(1), lang);
        }
        text(type, "textStd", "std");
        if (preAnalysed) {
            type.property("textRaw")
                    .genericField(PreAnalysedText.RAW_FIELD)
                    .projectable(Projectable.YES)
                    .searchable(Searchable.NO);
        }
    }

    private void text(TypeMappingStep type, String property, String analyzer) {
        String field = "text_" + analyzer;
        if (preAnalysed) {
            type.property(property)
                    .fullTextField(field)
                    .analyzer(PreAnalysedText.WHITESPACE)
                    .valueBridge(new PreAnalysedText.Bridge(analyzer));
        } else {
            type.property(property)
                    .fullTextField(field)
                    .analyzer(analyzer)
                    .highlightable(java.util.List.of(Highlightable.PLAIN, Highlightable.UNIFIED));
        }
    }
}
