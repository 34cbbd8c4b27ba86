package org.pikir.analysis.bench;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.pikir.analysis.OpinionGroups;
import org.pikir.analysis.OpinionGroups.Result;
import org.pikir.analysis.OpinionGroups.Settings;
import org.pikir.analysis.OpinionGroups.Votes;
import org.pikir.analysis.cluster.OpinionClustering;

/**
 * Opinion groups at scale (issue 17): {@code voters} voters with 4 planted camps cast {@code votes} votes on
 * {@code comments} comments (each voter on a random subset); times {@link OpinionGroups#compute} (best and worst
 * of five after two warm-ups) and prints a Markdown section. Arguments: comments voters votes.
 */
public final class OpinionGroupsBenchmark {

    public static void main(String[] args) {
        int comments = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int voters = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        int votes = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        Random random = new Random(2026);
        int camps = 4;
        byte[][] stance = new byte[camps][comments];
        for (byte[] row : stance) {
            for (int c = 0; c < comments; c++) {
                row[c] = (byte) (random.nextBoolean() ? 1 : -1);
            }
        }
        long[] voterIds = new long[votes];
        long[] commentIds = new long[votes];
        byte[] values = new byte[votes];
        int[] planted = new int[voters];
        int perVoter = votes / voters;
        int i = 0;
        for (int v = 0; v < voters; v++) {
            planted[v] = v % camps;
            int n = v < votes % voters ? perVoter + 1 : perVoter;
            Set<Integer> seen = new HashSet<>();
            while (seen.size() < n) {
                // Popular comments get more votes (as on a real draft): a skewed pick over the comments.
                int c = (int) (comments * Math.pow(random.nextDouble(), 2));
                if (!seen.add(c)) {
                    continue;
                }
                double r = random.nextDouble();
                voterIds[i] = 1_000_000L + v;
                commentIds[i] = 5_000_000L + c;
                values[i++] = (byte) (r < 0.75 ? stance[planted[v]][c] : r < 0.85 ? -stance[planted[v]][c] : 0);
            }
        }
        Votes input = new Votes(voterIds, commentIds, values);
        Settings settings = Settings.defaults();
        for (int w = 0; w < 2; w++) {
            OpinionGroups.compute(input, settings);
        }
        long[] ms = new long[5];
        Result result = null;
        for (int r = 0; r < ms.length; r++) {
            long start = System.nanoTime();
            result = OpinionGroups.compute(input, settings);
            ms[r] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        int[] recovered = OpinionClustering.assignments(input, settings);
        double ari = OpinionGroups.adjustedRandIndex(planted, recovered);
        System.out.println("### Opinion groups");
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "%,d comments × %,d voters, %,d votes (4 planted camps, %d votes per voter, popular comments voted"
                        + " more), %d available processors:%n%n",
                comments,
                voters,
                votes,
                perVoter,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                Locale.ROOT,
                "- compute (matrix, PCA, k-means k=2..5 with silhouette, group statistics): best %d ms, median %d ms,"
                        + " worst %d ms of 5 runs (target ≤ 10,000 ms)%n",
                ms[0],
                ms[2],
                ms[4]);
        System.out.printf(
                Locale.ROOT,
                "- result: %d participants, %d groups (sizes %s), %d consensus comments, silhouette %.2f,"
                        + " ARI vs planted camps %.2f%n",
                result.participants(),
                result.groups().size(),
                result.groups().stream().map(g -> String.valueOf(g.size())).toList(),
                result.consensus().size(),
                result.silhouette(),
                ari);
    }
}
