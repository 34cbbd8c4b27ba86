package org.pikir.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pikir.analysis.DetectedLanguage;

/** Sentences written for this test (not taken from any evaluation set). */
class LanguageIdentifierTest {

    private static LanguageIdentifier identifier;

    @BeforeAll
    static void load() {
        identifier = LanguageIdentifier.createDefault();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "kk|Бұл заң жобасы азаматтардың құқықтарын қорғауға бағытталған",
                "kk|Мен бұл ұсынысқа толық қосыламын",
                "ru|Я считаю, что этот законопроект нужно доработать",
                "ru|Прошу рассмотреть моё обращение о ремонте дороги",
                "en|I support this proposal because it protects students",
                "en|Please fix the street lights in our neighbourhood",
                "uz|Bu qonun loyihasi fuqarolarning huquqlarini himoya qiladi",
                "uz|Men bu taklifni qo'llab-quvvatlayman",
                "uz|Бу қонун лойиҳаси фуқароларнинг ҳуқуқларини ҳимоя қилади",
                "ky|Бул мыйзам долбоору жарандардын укуктарын коргоого багытталган",
                "ky|Мен бул сунушту толук колдойм, бирок өзгөртүү керек",
                "tg|Ин лоиҳаи қонун ҳуқуқҳои шаҳрвандонро ҳимоя мекунад",
                "tk|Bu kanun taslamasy raýatlaryň hukuklaryny goraýar",
                "tk|Men bu teklibi doly goldaýaryn"
            })
    void recognisesTheSevenLanguages(String lang, String text) {
        assertEquals(lang, identifier.detect(text).lang(), text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "uk|Я вважаю, що цей законопроект потрібно доопрацювати",
                "be|Я лічу, што гэты законапраект трэба дапрацаваць",
                "bg|Смятам, че този законопроект трябва да бъде доработен",
                "tr|Bu kanun teklifinin yeniden gözden geçirilmesi gerektiğini düşünüyorum",
                "mn|Энэ хуулийн төслийг дахин боловсруулах хэрэгтэй гэж би бодож байна",
                "az|Hesab edirəm ki, bu qanun layihəsi yenidən işlənməlidir"
            })
    void neighboursAreUndetermined(String neighbour, String text) {
        assertEquals("und", identifier.detect(text).lang(), neighbour + ": " + text);
    }

    /** Languages neither our profiles' seven nor Lingua's subset know; Lingua alone would call most "en". */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fr|Je pense que ce projet de loi doit être retravaillé avant son adoption",
                "de|Ich bin der Meinung, dass dieser Gesetzentwurf überarbeitet werden muss",
                "es|Creo que este proyecto de ley debe ser revisado antes de su aprobación",
                "it|Penso che questo disegno di legge debba essere rivisto prima del voto",
                "cs|Myslím si, že tento návrh zákona je třeba přepracovat",
                "pl|Uważam, że ten projekt ustawy należy poprawić przed głosowaniem",
                "tt|Бу закон проекты җәмгыять өчен бик мөһим дип уйлыйм",
                "kaa|Bul nızam joybarı puqaralardıń huqıqların qorǵawǵa baǵıtlanǵan",
                "kaa-cyrl|Бул нызам жойбары пуқаралардың ҳуқықларын қорғаўға бағытланған"
            })
    void otherLanguagesAreUndetermined(String language, String text) {
        assertEquals("und", identifier.detect(text).lang(), language + ": " + text);
    }

    @Test
    void technicalEnglishWithLoanwordsStaysEnglish() {
        assertEquals(
                "en",
                identifier
                        .detect("convert the documents between PDF and ODT formats")
                        .lang());
        assertEquals(
                "en",
                identifier
                        .detect("The portal should publish the API documentation")
                        .lang());
    }

    @Test
    void answersBelowTheMinimumConfidenceBecomeUndetermined() {
        for (String text : new String[] {"Myslím, že je to dobrý nápad", "Ok, lol, xyz qwerty", "Dobrý den, děkuji"}) {
            DetectedLanguage d = identifier.detect(text);
            assertTrue(!d.isSupported() || d.confidence() >= LanguageIdentifier.MIN_CONFIDENCE, text + " → " + d);
        }
    }

    @Test
    void kazakhTypedOnRussianKeyboardIsStillKazakh() {
        assertEquals(
                "kk",
                identifier.detect("Бул косымша оте жаксы, рахмет сиздерге").lang());
    }

    @Test
    void codeSwitchedKazakhRussianIsFlaggedMixed() {
        DetectedLanguage d =
                identifier.detect("Қосымша жақсы жұмыс істейді, но очень много рекламы и постоянно тормозит");
        assertTrue(d.lang().equals("kk") || d.lang().equals("ru"));
        assertTrue(d.mixed(), "kk/ru code-switching flagged");
    }

    @Test
    void monolingualTextIsNotMixed() {
        assertFalse(identifier
                .detect("Мен бұл ұсынысқа толық қосыламын және оны қолдаймын")
                .mixed());
        assertFalse(identifier
                .detect("Я полностью поддерживаю это предложение и прошу его принять")
                .mixed());
    }

    @Test
    void emptyAndSymbolOnlyInputIsUndeterminedWithZeroConfidence() {
        assertEquals(DetectedLanguage.undetermined(), identifier.detect(""));
        assertEquals(DetectedLanguage.undetermined(), identifier.detect("12345 !!! :)"));
        assertEquals(DetectedLanguage.undetermined(), identifier.detect(null));
    }

    @Test
    void confidenceIsHigherForLongClearTextThanForAmbiguousShortText() {
        double clear = identifier
                .detect("Я считаю, что этот законопроект нужно доработать и обсудить с гражданами")
                .confidence();
        double shortText = identifier.detect("ок да").confidence();
        assertTrue(clear > shortText, clear + " vs " + shortText);
        assertNotEquals(0.0, clear);
    }
}
