package org.pikir.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import org.pikir.analysis.LanguageDetector;
import org.pikir.appeal.PublishedAnswers;
import org.pikir.appeal.PublishedAnswers.PublishedAnswer;
import org.pikir.consultation.ConsultationPublicTexts;
import org.pikir.consultation.ConsultationPublicTexts.PublicArticle;
import org.pikir.consultation.ConsultationPublicTexts.PublicComment;
import org.pikir.consultation.ConsultationPublicTexts.PublicDraft;
import org.pikir.consultation.Trilingual;
import org.pikir.petition.PetitionPublicTexts;
import org.pikir.petition.PetitionPublicTexts.PublicPetition;
import org.pikir.shared.PublicTextMask;
import org.springframework.stereotype.Component;

/**
 * Maps the owning modules' public content to search documents and keeps them in step: each sync re-reads the
 * current public state from the owning module (events carry ids only), so a late or repeated event is harmless
 * and anything no longer public is removed. {@link #regenerate} does the same for everything (rebuild).
 */
@Component
class PublicContentMirror {

    static final int PAGE = 1000;
    private static final List<String> DRAFT_LANGUAGES = List.of("kk", "ru", "en");

    private final ConsultationPublicTexts consultations;
    private final PetitionPublicTexts petitions;
    private final PublishedAnswers answers;
    private final SearchIndexWriter writer;
    private final LanguageDetector languages;

    PublicContentMirror(
            ConsultationPublicTexts consultations,
            PetitionPublicTexts petitions,
            PublishedAnswers answers,
            SearchIndexWriter writer,
            LanguageDetector languages) {
        this.languages = languages;
        this.consultations = consultations;
        this.petitions = petitions;
        this.answers = answers;
        this.writer = writer;
    }

    void syncDraft(long draftId) {
        writer.replaceGroup(
                draftGroup(draftId),
                consultations.draft(draftId).map(PublicContentMirror::documents).orElse(List.of()));
    }

    void syncComment(long commentId) {
        consultations
                .comment(commentId)
                .ifPresentOrElse(
                        c -> writer.upsert(document(c)),
                        () -> writer.remove(SearchKind.COMMENT, Long.toString(commentId)));
    }

    void syncPetition(long petitionId) {
        petitions
                .petition(petitionId)
                .ifPresentOrElse(
                        p -> writer.upsert(document(p)),
                        () -> writer.remove(SearchKind.PETITION, Long.toString(petitionId)));
    }

    void syncAnswer(long appealId) {
        answers.find(appealId)
                .ifPresentOrElse(
                        a -> writer.upsert(document(a)),
                        () -> writer.remove(SearchKind.ANSWER, Long.toString(appealId)));
    }

    /**
     * Writes every public document into the (emptied) table by JDBC, inside the caller's transaction; reports the
     * number written so far. Returns the total.
     */
    long regenerate(LongConsumer progress) {
        long[] written = {0};
        java.util.function.Consumer<List<IndexedContent>> sink = batch -> {
            writer.insertRows(batch);
            written[0] += batch.size();
            progress.accept(written[0]);
        };
        for (long draftId : consultations.publishedDraftIds()) {
            consultations.draft(draftId).ifPresent(d -> sink.accept(documents(d)));
        }
        long after = 0;
        for (List<PublicComment> page; !(page = consultations.comments(after, PAGE)).isEmpty(); ) {
            sink.accept(page.stream().map(PublicContentMirror::document).toList());
            after = page.getLast().commentId();
        }
        after = 0;
        for (List<PublicPetition> page; !(page = petitions.petitions(after, PAGE)).isEmpty(); ) {
            sink.accept(page.stream().map(PublicContentMirror::document).toList());
            after = page.getLast().petitionId();
        }
        after = 0;
        for (List<PublishedAnswer> page; !(page = answers.answers(after, PAGE)).isEmpty(); ) {
            sink.accept(page.stream().map(this::document).toList());
            after = page.getLast().appealId();
        }
        return written[0];
    }

    /** The draft (title + summary) and each article of its current version, once per language it is written in. */
    static List<IndexedContent> documents(PublicDraft d) {
        List<IndexedContent> docs = new ArrayList<>();
        String group = draftGroup(d.draftId());
        String url = "consultations/" + d.draftId();
        for (String lang : DRAFT_LANGUAGES) {
            String title = d.title().get(lang);
            if (title != null) {
                docs.add(new IndexedContent(
                        SearchKind.DRAFT,
                        d.draftId() + ":" + lang,
                        group,
                        d.country().name(),
                        lang,
                        title,
                        null,
                        d.summary().get(lang),
                        url,
                        d.publishedAt()));
            }
            for (PublicArticle a : d.articles()) {
                String text = a.text().get(lang);
                if (text == null) {
                    continue;
                }
                String heading = a.heading().get(lang);
                docs.add(new IndexedContent(
                        SearchKind.ARTICLE,
                        d.draftId() + ":" + a.ref() + ":" + lang,
                        group,
                        d.country().name(),
                        lang,
                        heading == null ? a.number() : a.number() + ". " + heading,
                        shown(d.title(), lang),
                        text,
                        url + "?article=" + encode(a.number()),
                        d.publishedAt()));
            }
        }
        return docs;
    }

    static IndexedContent document(PublicComment c) {
        String lang = c.language() == null || c.language().equals("und") ? null : c.language();
        String url = "consultations/" + c.draftId()
                + (c.articleNumber() == null ? "" : "?article=" + encode(c.articleNumber()));
        return new IndexedContent(
                SearchKind.COMMENT,
                Long.toString(c.commentId()),
                null,
                c.country().name(),
                lang,
                null,
                shown(c.draftTitle(), lang == null ? "ru" : lang),
                // indexed masked: neither the snippet nor a search for the number finds a phone or an ID
                PublicTextMask.mask(c.body()),
                url,
                c.createdAt());
    }

    static IndexedContent document(PublicPetition p) {
        StringBuilder body = new StringBuilder(p.text()).append("\n").append(p.requestedAction());
        if (p.responseText() != null) {
            body.append("\n").append(p.responseText());
        }
        return new IndexedContent(
                SearchKind.PETITION,
                Long.toString(p.petitionId()),
                null,
                p.country().name(),
                p.language() == null ? null : p.language().code(),
                PublicTextMask.mask(p.title()),
                null,
                PublicTextMask.mask(body.toString()),
                "petition/" + p.petitionId(),
                p.publishedAt());
    }

    IndexedContent document(PublishedAnswer a) {
        // The title is the agency's name in the answer's language where the agency has one (kk, ru, en).
        String lang = languages.detect(a.text()).lang();
        String agency = switch (lang) {
            case "kk" -> a.agencyName().kk();
            case "en" -> a.agencyName().en();
            default -> a.agencyName().ru();
        };
        return new IndexedContent(
                SearchKind.ANSWER,
                Long.toString(a.appealId()),
                null,
                a.country().name(),
                lang,
                agency == null ? a.agencyName().ru() : agency,
                null,
                a.text(),
                "answers/" + a.appealId(),
                a.answeredAt());
    }

    private static String shown(Trilingual text, String lang) {
        Trilingual.Shown shown = text.show(DRAFT_LANGUAGES.contains(lang) ? lang : "ru");
        return shown.text().isEmpty() ? null : shown.text();
    }

    private static String draftGroup(long draftId) {
        return "draft:" + draftId;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
