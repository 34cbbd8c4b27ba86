package org.pikir.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.pikir.country.CountryCode;
import org.pikir.shared.DomainException;

/**
 * An answer an agency publishes once for a question citizens keep asking. It holds only what the official wrote:
 * no appeal, appellant or appeal text is linked to it (a campaign or topic is named by its analysis key only).
 */
@Entity
@Table(name = "public_answer")
class PublicAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "country_code", columnDefinition = "bpchar(2)")
    private CountryCode country;

    private long agencyId;
    private String question;
    private String answer;
    private String legalBasis;
    private String languages;

    @Enumerated(EnumType.STRING)
    private PublicAnswerStatus status;

    @Enumerated(EnumType.STRING)
    private PublicAnswerSource sourceKind;

    private String sourceKey;
    private long authorId;
    private Instant publishedAt;
    private Instant updatedAt;
    private Instant withdrawnAt;

    @Version
    private long version;

    protected PublicAnswer() {}

    PublicAnswer(
            CountryCode country,
            long agencyId,
            long authorId,
            PublicAnswerSource source,
            String sourceKey,
            Instant now) {
        this.country = country;
        this.agencyId = agencyId;
        this.authorId = authorId;
        this.sourceKind = source;
        this.sourceKey = source == null ? null : sourceKey;
        this.status = PublicAnswerStatus.PUBLISHED;
        this.publishedAt = now;
        this.updatedAt = now;
    }

    void write(String question, String answer, String legalBasis, List<String> languages, Instant now) {
        this.question = question;
        this.answer = answer;
        this.legalBasis = legalBasis == null || legalBasis.isBlank() ? null : legalBasis;
        this.languages = String.join(",", languages);
        this.updatedAt = now;
    }

    void withdraw(Instant now) {
        move(PublicAnswerStatus.WITHDRAWN);
        withdrawnAt = now;
        updatedAt = now;
    }

    void republish(Instant now) {
        move(PublicAnswerStatus.PUBLISHED);
        withdrawnAt = null;
        publishedAt = now;
        updatedAt = now;
    }

    private void move(PublicAnswerStatus next) {
        if (!status.canMoveTo(next)) {
            throw new DomainException("appeal.answers.error.transition");
        }
        status = next;
    }

    Long getId() {
        return id;
    }

    CountryCode getCountry() {
        return country;
    }

    long getAgencyId() {
        return agencyId;
    }

    String getQuestion() {
        return question;
    }

    String getAnswer() {
        return answer;
    }

    String getLegalBasis() {
        return legalBasis;
    }

    List<String> getLanguages() {
        return languages == null || languages.isBlank() ? List.of() : Arrays.asList(languages.split(","));
    }

    PublicAnswerStatus getStatus() {
        return status;
    }

    PublicAnswerSource getSourceKind() {
        return sourceKind;
    }

    String getSourceKey() {
        return sourceKey;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    long getVersion() {
        return version;
    }
}
