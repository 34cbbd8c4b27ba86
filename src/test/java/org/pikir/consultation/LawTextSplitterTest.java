package org.pikir.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Small hand-written fixtures for each heading style and each trap the real texts contain. */
class LawTextSplitterTest {

    private final LawTextSplitter splitter = new LawTextSplitter();

    @Test
    void russianChaptersAndArticles() {
        var r = splitter.split("""
                О регистрации мигрантов
                Преамбула закона.
                Глава 1. Общие положения
                Статья 1. Цель
                Настоящий Закон регулирует регистрацию.
                Статья 2. Понятия
                1) мигрант - лицо;
                Глава 2. Порядок
                Статья 3. Сроки
                Регистрация в течение 3 дней (статья 1 настоящего Закона).
                """);
        assertThat(r.articles()).extracting(LawTextSplitter.Article::number).containsExactly("1", "2", "3");
        assertThat(r.articles().get(2).chapter()).isEqualTo("2. Порядок");
        assertThat(r.articles().get(0).heading()).isEqualTo("Цель");
        assertThat(r.articles().get(1).text()).isEqualTo("1) мигрант - лицо;");
        assertThat(r.preamble()).contains("Преамбула");
        assertThat(r.chapters()).hasSize(2);
    }

    @Test
    void kazakhTableOfContentsIsDropped() {
        var r = splitter.split("""
                1-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР
                1-бап. Мақсаты
                2-бап. Ұғымдар
                2-тарау. ТӘРТІП
                3-бап. Мерзімдер

                Тіркеу туралы заң
                      Кіріспе мәтін.
                1-тарау. ЖАЛПЫ ЕРЕЖЕЛЕР
                1-бап. Мақсаты
                      Осы Заң тіркеуді реттейді.
                2-бап. Ұғымдар
                      Ұғымдар тізімі.
                2-тарау. ТӘРТІП
                3-бап. Мерзімдер
                      Үш күн.
                """);
        assertThat(r.articles()).extracting(LawTextSplitter.Article::number).containsExactly("1", "2", "3");
        assertThat(r.articles()).allSatisfy(a -> assertThat(a.text()).isNotBlank());
        assertThat(r.chapters()).hasSize(2);
        assertThat(r.articles().get(2).chapter()).isEqualTo("2. ТӘРТІП");
    }

    @Test
    void uzbekAndKyrgyzHeadings() {
        var uz = splitter.split("1-bob. Umumiy qoidalar\n1-modda. Maqsad\nMatn.\n2-modda. Tushunchalar\nMatn ikki.\n");
        assertThat(uz.articles()).extracting(LawTextSplitter.Article::number).containsExactly("1", "2");
        var kg = splitter.split("1-берене. Максаты\nТекст.\n2-берене. Түшүнүктөр\nТекст эки.\n");
        assertThat(kg.articles()).extracting(LawTextSplitter.Article::heading).containsExactly("Максаты", "Түшүнүктөр");
    }

    @Test
    void englishCrossReferencesGluedTitlesAndGluedChapters() {
        var r = splitter.split("""
                Chapter I General provisions Article
                The first article lost its number in the source.
                Article 2. Scope
                The rules of
                Article 1 of this Law apply here.
                Article 2-1Glued title
                Body text. Chapter II Final provisions
                Article 3 Entry into force
                This Law enters into force.
                """);
        assertThat(r.articles()).extracting(LawTextSplitter.Article::number).containsExactly("1", "2", "2-1", "3");
        assertThat(r.articles().get(1).text()).contains("Article 1 of this Law apply here.");
        assertThat(r.articles().get(2).heading()).isEqualTo("Glued title");
        assertThat(r.articles().get(2).text()).isEqualTo("Body text.");
        assertThat(r.chapters()).containsExactly("I. General provisions", "II. Final provisions");
        assertThat(r.articles().get(3).chapter()).isEqualTo("II. Final provisions");
    }

    @Test
    void textWithoutHeadingsIsAllPreamble() {
        var r = splitter.split("Just a paragraph.\nAnother one.");
        assertThat(r.articles()).isEmpty();
        assertThat(r.preamble()).isEqualTo("Just a paragraph.\nAnother one.");
        assertThat(splitter.split(null).articles()).isEmpty();
    }
}
