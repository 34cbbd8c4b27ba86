package org.pikir.analysis.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignDetectorTest {

    private static final String LETTER =
            "I strongly oppose the proposed changes to the public transport fares in our city. "
                    + "The increase will hurt students, pensioners and families who depend on buses every day. "
                    + "Please keep the current fares and publish the full cost analysis before any decision.";

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void groupsFormLettersAndSurfacesWhatCitizensAdded() {
        List<TextItem> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(new TextItem("copy" + i, LETTER, T0.plusSeconds(3600L * i)));
        }
        items.add(new TextItem("edited", LETTER.replace("Please keep", "I ask you to keep"), T0.plusSeconds(100)));
        items.add(new TextItem(
                "added",
                LETTER + " My mother rides bus 12 to the hospital twice a week and cannot pay more.",
                T0.plusSeconds(90_000)));
        items.add(new TextItem(
                "unique1",
                "The new bike lanes on Abay avenue are great but the crossing near the school needs a light.",
                T0));
        items.add(new TextItem(
                "unique2",
                "Please publish the minutes of the council meeting about the water tariff in Kazakh too.",
                T0));

        CampaignDetector.Result r = new CampaignDetector().detect(items);

        assertEquals(1, r.campaigns().size());
        Campaign c = r.campaigns().get(0);
        assertEquals(22, c.size());
        assertEquals(LETTER, c.template());
        assertEquals(3, c.variants());
        assertEquals(T0, c.firstSeen());
        assertEquals(T0.plusSeconds(90_000), c.lastSeen());
        assertTrue(c.memberIds().containsAll(List.of("edited", "added")));
        assertFalse(r.campaignByItem().containsKey("unique1"));
        assertNull(r.campaignByItem().get("unique2"));
        assertEquals(1, c.additions().size(), c.additions().toString());
        Campaign.Addition a = c.additions().get(0);
        assertEquals("My mother rides bus 12 to the hospital twice a week and cannot pay more.", a.text());
        assertEquals("added", a.firstItemId());
    }

    @Test
    void openingOfTheLetterFollowedByLongOwnTextStillJoins() {
        List<TextItem> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(new TextItem("copy" + i, LETTER, T0));
        }
        String own = "I strongly oppose the proposed changes to the public transport fares in our city. "
                + "The increase will hurt students, pensioners and families who depend on buses every day. "
                + "Last winter I waited forty minutes at the stop on Tole bi street because two routes were cancelled. "
                + "Before raising prices the operator should restore the routes it cut and install heated shelters. "
                + "I would also like to know why the ticket machines still do not accept cards in the evening.";
        items.add(new TextItem("own", own, T0));
        CampaignDetector.Result r = new CampaignDetector().detect(items);
        assertEquals("C1", r.campaignByItem().get("own"));
        assertEquals(3, r.campaigns().get(0).additions().size());
    }

    @Test
    void emptyAndShortTextsDoNotCrashOrMergeWithLetters() {
        List<TextItem> items = List.of(
                new TextItem("a", "", null), new TextItem("b", "Agree.", null), new TextItem("c", LETTER, null));
        CampaignDetector.Result r = new CampaignDetector().detect(items);
        assertTrue(r.campaigns().isEmpty());
    }

    @Test
    void identicalShortTextsAreDuplicatesWithUnknownTimes() {
        List<TextItem> items = List.of(
                new TextItem("a", "Stop the fare increase now", null),
                new TextItem("b", "Stop the fare increase now!", null));
        Campaign c = new CampaignDetector().detect(items).campaigns().get(0);
        assertEquals(2, c.size());
        assertNull(c.firstSeen());
    }

    @Test
    void reportsProgressPerBandGroupAndHonoursSingleRowBands() {
        List<TextItem> items = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            items.add(new TextItem("copy" + i, LETTER, T0));
        }
        items.add(new TextItem(
                "unique", "The new bike lanes on Abay avenue are great but the crossing needs a light.", T0));
        List<Double> progress = new ArrayList<>();
        CampaignDetector.Settings withSingles = new CampaignDetector.Settings(64, 2, 0.5, 20, 2, 24);
        CampaignDetector.Result r = new CampaignDetector(withSingles).detect(items, progress::add);
        assertEquals(1, r.campaigns().size());
        assertEquals(12, r.campaigns().get(0).size());
        assertNull(r.campaignByItem().get("unique"));
        assertEquals(1.0, progress.get(progress.size() - 1), 1e-9);
        assertTrue(progress.size() >= 5, progress.toString());
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) > progress.get(i - 1), progress.toString());
        }
    }
}
