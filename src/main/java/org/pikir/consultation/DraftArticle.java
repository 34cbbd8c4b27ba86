package org.pikir.consultation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An article of one version, its texts per language; {@code ref} identifies the same article across versions. */
@Entity
@Table(name = "draft_article")
class DraftArticle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String ref;
    private int position;
    private String number;
    private String chapterKk;
    private String chapterRu;
    private String chapterEn;
    private String headingKk;
    private String headingRu;
    private String headingEn;
    private String textKk;
    private String textRu;
    private String textEn;

    protected DraftArticle() {}

    DraftArticle(String ref, int position, String number, Trilingual chapter, Trilingual heading, Trilingual text) {
        this.ref = ref;
        this.position = position;
        this.number = number;
        this.chapterKk = chapter.kk();
        this.chapterRu = chapter.ru();
        this.chapterEn = chapter.en();
        this.headingKk = heading.kk();
        this.headingRu = heading.ru();
        this.headingEn = heading.en();
        this.textKk = text.kk();
        this.textRu = text.ru();
        this.textEn = text.en();
    }

    Long getId() {
        return id;
    }

    String getRef() {
        return ref;
    }

    int getPosition() {
        return position;
    }

    String getNumber() {
        return number;
    }

    Trilingual chapter() {
        return new Trilingual(chapterKk, chapterRu, chapterEn);
    }

    Trilingual heading() {
        return new Trilingual(headingKk, headingRu, headingEn);
    }

    Trilingual text() {
        return new Trilingual(textKk, textRu, textEn);
    }

    /** Same number, headings and texts. */
    boolean sameContentAs(DraftArticle other) {
        return number.equals(other.number)
                && heading().equals(other.heading())
                && text().equals(other.text())
                && chapter().equals(other.chapter());
    }
}
