package org.pikir.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.pikir.consultation.ConsultationPublicTexts.PublicComment;
import org.pikir.consultation.Trilingual;
import org.pikir.country.CountryCode;
import org.pikir.petition.PetitionPublicTexts.PublicPetition;

/** Search documents are built from masked text: no snippet shows, and no query finds, a phone or an ID number. */
class PublicContentMaskingTest {

    @Test
    void commentsAndPetitionsAreIndexedWithPhonesAndIdsMasked() {
        PublicComment comment = new PublicComment(
                1,
                2,
                "3",
                CountryCode.KG,
                "ru",
                "Звоните 0555 123 456, ПИН 21506198500123, статья 3.",
                Instant.EPOCH,
                Trilingual.of(null, "Проект", null));
        IndexedContent doc = PublicContentMirror.document(comment);
        assertThat(doc.body()).isEqualTo("Звоните [phone], ПИН [ID], статья 3.");

        PublicPetition petition = new PublicPetition(
                5,
                CountryCode.TJ,
                "Петиция +992 93 123 4567",
                "Мой ИНН 123456789, сумма 123456789 сомони.",
                "Исправить",
                null,
                null,
                Instant.EPOCH);
        IndexedContent p = PublicContentMirror.document(petition);
        assertThat(p.title()).isEqualTo("Петиция [phone]");
        assertThat(p.body()).startsWith("Мой ИНН [ID], сумма 123456789 сомони.");
    }
}
