package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptLanguageDetectorTest {

    private final ScriptLanguageDetector detector = new ScriptLanguageDetector();

    @Test
    void tagsByAlphabet() {
        assertThat(detector.detect("Бұл бап өте маңызды")).isEqualTo("kk");
        assertThat(detector.detect("Эта статья очень важна")).isEqualTo("ru");
        assertThat(detector.detect("This article matters")).isEqualTo("en");
        assertThat(detector.detect("Bu modda juda muhim, o‘zgartirish kerak")).isEqualTo("uz");
        assertThat(detector.detect("Ин модда хеле муҳим аст ҷаноб")).isEqualTo("tg");
        assertThat(detector.detect("12345 !!!")).isEqualTo(CommentLanguageDetector.UNDETERMINED);
        assertThat(detector.detect("   ")).isEqualTo(CommentLanguageDetector.UNDETERMINED);
    }
}
