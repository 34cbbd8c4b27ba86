package org.pikir.consultation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One published text of a draft law: titles, summary, explanatory note and the articles, per language. */
@Entity
@Table(name = "draft_version")
class DraftVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long draftId;
    private int number;
    private String titleKk;
    private String titleRu;
    private String titleEn;
    private String summaryKk;
    private String summaryRu;
    private String summaryEn;
    private String noteKk;
    private String noteRu;
    private String noteEn;
    private String changeNote;
    private Instant publishedAt;
    private long publishedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "version_id", nullable = false)
    @OrderBy("position")
    private List<DraftArticle> articles = new ArrayList<>();

    protected DraftVersion() {}

    DraftVersion(long draftId, int number, Instant publishedAt, long publishedBy) {
        this.draftId = draftId;
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    void describe(Trilingual title, Trilingual summary, Trilingual note, String changeNote) {
        this.titleKk = title.kk();
        this.titleRu = title.ru();
        this.titleEn = title.en();
        this.summaryKk = summary.kk();
        this.summaryRu = summary.ru();
        this.summaryEn = summary.en();
        this.noteKk = note.kk();
        this.noteRu = note.ru();
        this.noteEn = note.en();
        this.changeNote = changeNote;
    }

    Long getId() {
        return id;
    }

    long getDraftId() {
        return draftId;
    }

    int getNumber() {
        return number;
    }

    Trilingual title() {
        return new Trilingual(titleKk, titleRu, titleEn);
    }

    Trilingual summary() {
        return new Trilingual(summaryKk, summaryRu, summaryEn);
    }

    Trilingual note() {
        return new Trilingual(noteKk, noteRu, noteEn);
    }

    List<DraftArticle> getArticles() {
        return articles;
    }
}
