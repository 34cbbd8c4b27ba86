package org.pikir.analysis.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.pikir.analysis.engine.TextItem;

/**
 * Generates scale-test items from phrases written for this generator (never from evaluation data):
 * 40% form-letter campaigns (200 templates, members with small edits and personal additions) and 60%
 * individual comments built from random phrase combinations plus invented words, in kk, ru and en.
 */
public final class SyntheticCorpus {

    private static final String[][] PHRASES = {
        { // kk
            "Бұл заң жобасы азаматтардың құқықтарын қорғамайды",
            "Жол жөндеу жұмыстары тым ұзаққа созылды",
            "Ауылдағы мектепке жаңа ғимарат керек",
            "Қоғамдық көлік бағасы қымбаттап кетті",
            "Ауруханадағы кезек өте ұзын",
            "Балалар алаңы қауіпсіз емес",
            "Су құбыры жиі бұзылады",
            "Жергілікті әкімдік жауап бермейді",
            "Біз бұл ұсынысты толық қолдаймыз",
            "Салық мөлшерін азайту қажет",
            "Кітапхананың жұмыс уақытын ұзарту керек",
            "Көшедегі жарық шамдары жанбайды",
            "Жастарға арналған спорт секциялары аз",
            "Зейнеткерлерге көмек көрсету керек",
            "Құжат тапсыру процесі тым күрделі",
            "Интернет байланысы ауылда нашар"
        },
        { // ru
            "Этот законопроект не защищает права граждан",
            "Ремонт дороги затянулся на несколько месяцев",
            "В селе нужна новая школа",
            "Проезд в общественном транспорте подорожал",
            "Очереди в поликлинике слишком длинные",
            "Детская площадка во дворе небезопасна",
            "Водопровод постоянно ломается",
            "Местный акимат не отвечает на обращения",
            "Мы полностью поддерживаем это предложение",
            "Нужно снизить налоговую нагрузку на малый бизнес",
            "Библиотека должна работать по выходным",
            "Уличное освещение не работает уже месяц",
            "Для молодежи мало бесплатных спортивных секций",
            "Пенсионерам нужна помощь с коммунальными платежами",
            "Подача документов слишком сложная",
            "В селе очень плохой интернет"
        },
        { // en
            "This draft law does not protect the rights of citizens", "The road repair has dragged on for months",
            "The village needs a new school building", "Public transport fares have gone up again",
            "Waiting times at the clinic are far too long", "The playground in our yard is not safe",
            "The water supply breaks down every week", "The local administration does not answer letters",
            "We fully support this proposal", "Taxes on small businesses should be reduced",
            "The library should open on weekends", "The street lights have been off for a month",
            "There are too few free sports clubs for young people", "Pensioners need help with utility bills",
            "Submitting documents is far too complicated", "Internet access in the village is very poor"
        }
    };

    private static final String[] SYLLABLES = {
        "ka", "ra", "li", "mo", "se", "tu", "ne", "zha", "bek", "nur", "ay", "dos", "ol", "em"
    };

    private SyntheticCorpus() {}

    public static List<TextItem> generate(int n, long seed) {
        Random r = new Random(seed);
        List<String[]> templates = new ArrayList<>();
        for (int t = 0; t < 200; t++) {
            int lang = t % 3;
            int len = 6 + r.nextInt(5);
            String[] sentences = new String[len];
            for (int i = 0; i < len; i++) {
                sentences[i] = PHRASES[lang][r.nextInt(PHRASES[lang].length)] + " " + word(r) + " " + word(r);
            }
            templates.add(sentences);
        }
        List<TextItem> items = new ArrayList<>(n);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < n; i++) {
            String text;
            if (r.nextDouble() < 0.4) {
                int t = (int) Math.min(199, Math.abs(r.nextGaussian()) * 50); // a few large campaigns, many small
                String[] s = templates.get(t);
                StringBuilder sb = new StringBuilder();
                int skip = r.nextDouble() < 0.2 ? r.nextInt(s.length) : -1;
                for (int j = 0; j < s.length; j++) {
                    if (j != skip) {
                        sb.append(s[j]).append(". ");
                    }
                }
                if (r.nextDouble() < 0.3) {
                    sb.append(PHRASES[t % 3][r.nextInt(PHRASES[t % 3].length)])
                            .append(' ')
                            .append(word(r))
                            .append('.');
                }
                text = sb.toString();
            } else {
                int lang = r.nextInt(3);
                StringBuilder sb = new StringBuilder();
                int len = 1 + r.nextInt(4);
                for (int j = 0; j < len; j++) {
                    sb.append(PHRASES[lang][r.nextInt(PHRASES[lang].length)])
                            .append(' ')
                            .append(word(r))
                            .append(". ");
                }
                text = sb.toString();
            }
            items.add(new TextItem("s" + i, text.strip(), t0.plusSeconds(i * 7L)));
        }
        return items;
    }

    private static String word(Random r) {
        StringBuilder sb = new StringBuilder();
        int n = 2 + r.nextInt(2);
        for (int i = 0; i < n; i++) {
            sb.append(SYLLABLES[r.nextInt(SYLLABLES.length)]);
        }
        return sb.toString();
    }
}
