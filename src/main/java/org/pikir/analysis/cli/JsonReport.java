package org.pikir.analysis.cli;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.pikir.analysis.engine.Assignment;
import org.pikir.analysis.engine.Campaign;
import org.pikir.analysis.engine.ScopeAnalysis;
import org.pikir.analysis.engine.Topic;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The CLI's output files: one JSON line per item, and the campaigns and topics in one document. */
final class JsonReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonReport() {}

    static void writeAssignments(ScopeAnalysis result, OutputStream out) throws java.io.IOException {
        for (Assignment a : result.assignments()) {
            ObjectNode n = JSON.createObjectNode();
            n.put("id", a.itemId());
            n.put("lang", a.language().lang());
            n.put("campaign", a.campaignId());
            n.put("topic", a.topicId());
            out.write(JSON.writeValueAsString(n).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }

    static void writeClusters(ScopeAnalysis result, OutputStream out) throws java.io.IOException {
        Map<String, String> topicLabel = new HashMap<>();
        result.topics().forEach(t -> topicLabel.put(t.id(), t.label()));
        Map<String, String> topicOfItem = new HashMap<>();
        result.assignments().forEach(a -> topicOfItem.put(a.itemId(), a.topicId()));
        ObjectNode root = JSON.createObjectNode();
        ArrayNode campaigns = root.putArray("campaigns");
        for (Campaign c : result.campaigns()) {
            ObjectNode n = campaigns.addObject();
            n.put("id", c.id());
            n.put("size", c.size());
            n.put("label", firstWords(c.template(), 12));
            n.put("topic", topicOfItem.get(c.templateItemId()));
            n.put("template", c.template());
            n.put("templateItem", c.templateItemId());
            n.put("variants", c.variants());
            n.put("firstSeen", c.firstSeen() == null ? null : c.firstSeen().toString());
            n.put("lastSeen", c.lastSeen() == null ? null : c.lastSeen().toString());
            ArrayNode adds = n.putArray("additions");
            for (Campaign.Addition a : c.additions()) {
                ObjectNode an = adds.addObject();
                an.put("text", a.text());
                an.put("firstItem", a.firstItemId());
                an.put("count", a.count());
            }
            ArrayNode members = n.putArray("members");
            c.memberIds().forEach(members::add);
        }
        ArrayNode topics = root.putArray("topics");
        for (Topic t : result.topics()) {
            ObjectNode n = topics.addObject();
            n.put("id", t.id());
            n.put("size", t.size());
            n.put("label", t.label());
            ArrayNode terms = n.putArray("terms");
            t.terms().forEach(terms::add);
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, root);
    }

    private static String firstWords(String text, int words) {
        String[] w = text.strip().split("\\s+");
        if (w.length <= words) {
            return String.join(" ", w);
        }
        return String.join(" ", java.util.Arrays.copyOf(w, words)) + " …";
    }
}
