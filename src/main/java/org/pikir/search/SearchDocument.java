package org.pikir.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * One piece of public content in the search index. The text goes into the field of its language, analysed
 * by that language's analyzer (Kazakh stemming, Russian/English snowball, normalisation everywhere), and
 * also into {@code text_std}, so a query in any language finds it at least by exact words. Everything a hit
 * shows is stored in the index (projections), so a search never reads PostgreSQL. The text fields ({@code text_*})
 * are mapped in {@link SearchTextMapping}: how they are analysed depends on the backend.
 */
@Entity
@Table(name = "search_document")
@Indexed(index = "public_content")
public class SearchDocument {

    static final String[] LANGS = {"kk", "ru", "en", "uz", "ky", "tg", "tk"};
    static final int PREVIEW_LENGTH = 240;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField(projectable = Projectable.YES)
    @Column(nullable = false, length = 20)
    private String kind;

    @KeywordField(projectable = Projectable.YES)
    @Column(name = "ref_id", nullable = false, length = 64)
    private String refId;

    @Column(name = "group_ref", length = 64)
    private String groupRef;

    @KeywordField(projectable = Projectable.YES)
    @Column(nullable = false, length = 2)
    private String country;

    @KeywordField(projectable = Projectable.YES)
    @Column(nullable = false, length = 3)
    private String lang;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    @Column(length = 500)
    private String title;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    @Column(length = 500)
    private String context;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
    @Column(length = 300)
    private String url;

    @GenericField(sortable = Sortable.YES, projectable = Projectable.YES)
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected SearchDocument() {}

    SearchDocument(String kind, String refId) {
        this.kind = kind;
        this.refId = refId;
    }

    void update(
            String groupRef,
            String country,
            String lang,
            String title,
            String context,
            String body,
            String url,
            Instant publishedAt) {
        this.groupRef = groupRef;
        this.country = country;
        this.lang = lang;
        this.title = title;
        this.context = context;
        this.body = body;
        this.url = url;
        this.publishedAt = publishedAt;
    }

    /** The searchable text: the body, with the title first when it belongs to the content itself. */
    static String searchableText(String kind, String title, String body) {
        boolean withTitle = title != null
                && SearchKind.ofCode(kind).map(SearchKind::titleSearchable).orElse(false);
        String text = withTitle ? title + "\n" + body : body;
        // The highlighter's match markers (and the pre-analysed gap term) must never come from the text itself.
        return text == null
                ? null
                : text.replace(SearchService.START, " ")
                        .replace(SearchService.END, " ")
                        .replace(PreAnalysedText.GAP, " ");
    }

    private String textIf(String language) {
        return language.equals(lang) ? searchableText(kind, title, body) : null;
    }

    @Transient
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "lang")),
                @ObjectPath(@PropertyValue(propertyName = "kind")),
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "body"))
            })
    public String getTextKk() {
        return textIf("kk");
    }

    @Transient
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "lang")),
                @ObjectPath(@PropertyValue(propertyName = "kind")),
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "body"))
            })
    public String getTextRu() {
        return textIf("ru");
    }

    @Transient
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "lang")),
                @ObjectPath(@PropertyValue(propertyName = "kind")),
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "body"))
            })
    public String getTextEn() {
        return textIf("en");
    }

    @Transient
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "lang")),
                @ObjectPath(@PropertyValue(propertyName = "kind")),
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "body"))
            })
    public String getTextUz() {
        return textIf("uz");
    }

    @Transient
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "lang")),
                @ObjectPath(@PropertyValue(propertyName = "kind")),
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "body"))
            })
    public String getTextKy() {
        return textIf("ky");
    }

    @Transient
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "lang")),
                @ObjectPath(@PropertyValue(propertyName = "kind")),
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "body"))
            })
    public String getTextTg() {
        return textIf("tg");
    }

    @Transient
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "lang")),
                @ObjectPath(@PropertyValue(propertyName = "kind")),
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "body"))
            })
    public String getTextTk() {
        return textIf("tk");
    }

    @Transient
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "kind")),
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "body"))
            })
    public String getTextStd() {
        return searchableText(kind, title, body);
    }

    /** The searchable text as stored for snippets made by the application (OpenSearch backend only). */
    @Transient
    @IndexingDependency(
            derivedFrom = {
                @ObjectPath(@PropertyValue(propertyName = "kind")),
                @ObjectPath(@PropertyValue(propertyName = "title")),
                @ObjectPath(@PropertyValue(propertyName = "body"))
            })
    public String getTextRaw() {
        return searchableText(kind, title, body);
    }

    /** The start of the text, shown when the highlighter finds no passage (e.g. only a title matched). */
    @Transient
    @GenericField(name = "preview", projectable = Projectable.YES, searchable = Searchable.NO)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
    public String getPreview() {
        if (body == null || body.length() <= PREVIEW_LENGTH) {
            return body;
        }
        int cut = body.lastIndexOf(' ', PREVIEW_LENGTH);
        return body.substring(0, cut > PREVIEW_LENGTH / 2 ? cut : PREVIEW_LENGTH) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public String getRefId() {
        return refId;
    }

    public String getGroupRef() {
        return groupRef;
    }

    public String getCountry() {
        return country;
    }

    public String getLang() {
        return lang;
    }

    public String getTitle() {
        return title;
    }

    public String getContext() {
        return context;
    }

    public String getBody() {
        return body;
    }

    public String getUrl() {
        return url;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
