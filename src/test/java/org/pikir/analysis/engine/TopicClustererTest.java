package org.pikir.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pikir.analysis.cluster.TopicDocument;

class TopicClustererTest {

    private static final String[] ROADS = {
        "The road to the village is full of holes",
        "Please repair the road near the bridge",
        "Holes in the road damage our cars",
        "The road repair stopped halfway",
        "Asphalt on the road is broken again",
        "Road near the market needs repair",
        "Our road has holes after every winter",
        "Fix the road to the hospital"
    };

    private static final String[] SCHOOLS = {
        "Мектепте мұғалімдер жетіспейді", "Мектептің ғимараты ескі", "Балалар мектепке алыс барады",
        "Мектепте спорт залы жоқ", "Мектептердегі тамақ сапасы нашар", "Жаңа мектеп салу керек",
        "Мектепке автобус керек", "Мектептерде компьютер аз"
    };

    @Test
    void separatesTwoSubjectsAndLabelsThemWithTheirOwnWords() {
        List<TopicDocument> docs = new ArrayList<>();
        for (int i = 0; i < ROADS.length; i++) {
            docs.add(new TopicDocument("r" + i, ROADS[i], "en"));
            docs.add(new TopicDocument("s" + i, SCHOOLS[i], "kk"));
        }
        TopicModel model = new TopicClusterer(
                        new AnalyzerRegistry(), new TopicClusterer.Settings(2, 2, 1000, 25, 7L, 3))
                .fit(docs);
        assertEquals(2, model.topics().size());
        String roadTopic = model.topicByItem().get("r0");
        String schoolTopic = model.topicByItem().get("s0");
        assertNotEquals(roadTopic, schoolTopic);
        for (int i = 0; i < ROADS.length; i++) {
            assertEquals(roadTopic, model.topicByItem().get("r" + i), ROADS[i]);
            assertEquals(schoolTopic, model.topicByItem().get("s" + i), SCHOOLS[i]);
        }
        Topic road = model.topics().stream()
                .filter(t -> t.id().equals(roadTopic))
                .findFirst()
                .orElseThrow();
        Topic school = model.topics().stream()
                .filter(t -> t.id().equals(schoolTopic))
                .findFirst()
                .orElseThrow();
        assertEquals("road", road.terms().get(0));
        assertTrue(school.label().contains("мектеп"), school.label());
        assertEquals(schoolTopic, model.assign("Мектепте кітапхана жоқ", "kk"));
        assertEquals(roadTopic, model.assign("The road is dangerous at night", "en"));
    }

    @Test
    void topicCountGrowsWithSquareRootAndIsBounded() {
        TopicClusterer c = new TopicClusterer(new AnalyzerRegistry());
        assertEquals(2, c.topicCount(3));
        assertEquals(17, c.topicCount(600));
        assertEquals(60, c.topicCount(1_000_000));
    }

    @Test
    void emptyScopeHasNoTopics() {
        TopicModel m = new TopicClusterer(new AnalyzerRegistry()).fit(List.of());
        assertTrue(m.topics().isEmpty());
        assertNull(m.assign("anything", "en"));
    }
}
