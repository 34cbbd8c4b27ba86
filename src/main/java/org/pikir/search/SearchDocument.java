package org.pikir.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * One piece of public content in the search index. The text goes into the field of its language, analysed
 * by that language's analyzer (Kazakh stemming, Russian/English snowball, normalisation everywhere), and
 * also into {@code text_std}, so a query in any language finds it at least by exact words.
 */
@Entity
@Table(name = "search_document")
@Indexed(index = "public_content")
public class SearchDocument {

    static final String[] LANGS = {"kk", "ru", "en", "uz", "ky", "tg", "tk"};

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @KeywordField
    @Column(nullable = false, length = 20)
    private String kind;

    @KeywordField(projectable = Projectable.YES)
    @Column(name = "ref_id", nullable = false, length = 64)
    private String refId;

    @KeywordField
    @Column(length = 2)
    private String country;

    @KeywordField
    @Column(nullable = false, length = 3)
    private String lang;

    @Column(length = 500)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(length = 300)
    private String url;

    @GenericField(sortable = Sortable.YES)
    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected SearchDocument() {}

    SearchDocument(String kind, String refId) {
        this.kind = kind;
        this.refId = refId;
    }

    void update(String country, String lang, String title, String body, String url, Instant publishedAt) {
        this.country = country;
        this.lang = lang;
        this.title = title;
        this.body = body;
        this.url = url;
        this.publishedAt = publishedAt;
    }

    private String textIf(String language) {
        if (!language.equals(lang)) {
            return null;
        }
        return title == null ? body : title + "\n" + body;
    }

    @Transient
    @FullTextField(name = "text_kk", analyzer = "kk", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "lang")),
            @ObjectPath(@PropertyValue(propertyName = "title")), @ObjectPath(@PropertyValue(propertyName = "body"))})
    public String getTextKk() {
        return textIf("kk");
    }

    @Transient
    @FullTextField(name = "text_ru", analyzer = "ru", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "lang")),
            @ObjectPath(@PropertyValue(propertyName = "title")), @ObjectPath(@PropertyValue(propertyName = "body"))})
    public String getTextRu() {
        return textIf("ru");
    }

    @Transient
    @FullTextField(name = "text_en", analyzer = "en", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "lang")),
            @ObjectPath(@PropertyValue(propertyName = "title")), @ObjectPath(@PropertyValue(propertyName = "body"))})
    public String getTextEn() {
        return textIf("en");
    }

    @Transient
    @FullTextField(name = "text_uz", analyzer = "uz", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "lang")),
            @ObjectPath(@PropertyValue(propertyName = "title")), @ObjectPath(@PropertyValue(propertyName = "body"))})
    public String getTextUz() {
        return textIf("uz");
    }

    @Transient
    @FullTextField(name = "text_ky", analyzer = "ky", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "lang")),
            @ObjectPath(@PropertyValue(propertyName = "title")), @ObjectPath(@PropertyValue(propertyName = "body"))})
    public String getTextKy() {
        return textIf("ky");
    }

    @Transient
    @FullTextField(name = "text_tg", analyzer = "tg", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "lang")),
            @ObjectPath(@PropertyValue(propertyName = "title")), @ObjectPath(@PropertyValue(propertyName = "body"))})
    public String getTextTg() {
        return textIf("tg");
    }

    @Transient
    @FullTextField(name = "text_tk", analyzer = "tk", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "lang")),
            @ObjectPath(@PropertyValue(propertyName = "title")), @ObjectPath(@PropertyValue(propertyName = "body"))})
    public String getTextTk() {
        return textIf("tk");
    }

    @Transient
    @FullTextField(name = "text_std", analyzer = "std", projectable = Projectable.YES, highlightable = Highlightable.ANY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "body"))})
    public String getTextStd() {
        return title == null ? body : title + "\n" + body;
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

    public String getCountry() {
        return country;
    }

    public String getLang() {
        return lang;
    }

    public String getTitle() {
        return title;
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
