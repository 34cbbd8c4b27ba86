package org.pikir.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pikir.analysis.OpinionGroups.Result;
import org.pikir.analysis.OpinionGroups.Settings;
import org.pikir.analysis.OpinionGroups.StatementShare;
import org.pikir.analysis.OpinionGroups.Votes;

class OpinionGroupsTest {

    /** A synthetic electorate: planted groups, statements where they differ and a few where all agree. */
    record Electorate(Votes votes, int[] planted, Set<Long> consensus) {

        static Electorate planted(
                int groups, int perGroup, int statements, int consensusCount, double missing, long seed) {
            Random random = new Random(seed);
            int[][] stance = new int[groups][statements];
            for (int s = 0; s < statements; s++) {
                // A dividing statement never has every group on one side (that would be an unplanted consensus).
                boolean unanimous = true;
                int st = s;
                while (unanimous) {
                    for (int g = 0; g < groups; g++) {
                        stance[g][s] = s < consensusCount ? 1 : (random.nextBoolean() ? 1 : -1);
                    }
                    unanimous = s >= consensusCount
                            && java.util.Arrays.stream(stance).allMatch(row -> row[st] == stance[0][st]);
                }
            }
            List<long[]> rows = new ArrayList<>();
            int[] planted = new int[groups * perGroup];
            for (int v = 0; v < groups * perGroup; v++) {
                int g = v / perGroup;
                planted[v] = g;
                for (int s = 0; s < statements; s++) {
                    if (random.nextDouble() < missing) {
                        continue;
                    }
                    double r = random.nextDouble();
                    int value = r < 0.8 ? stance[g][s] : r < 0.9 ? -stance[g][s] : 0;
                    rows.add(new long[] {1000 + v, 50_000 + s, value});
                }
            }
            long[] voters = rows.stream().mapToLong(x -> x[0]).toArray();
            long[] statementIds = rows.stream().mapToLong(x -> x[1]).toArray();
            byte[] values = new byte[rows.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (byte) rows.get(i)[2];
            }
            Set<Long> consensus = new java.util.HashSet<>();
            for (int s = 0; s < consensusCount; s++) {
                consensus.add(50_000L + s);
            }
            return new Electorate(new Votes(voters, statementIds, values), planted, consensus);
        }
    }

    @Test
    void recoversThreePlantedGroupsWithMissingVotes() {
        Electorate e = Electorate.planted(3, 200, 60, 5, 0.30, 42);
        Settings settings = new Settings(3, 5, 10, 17);
        Result result = OpinionGroups.compute(e.votes(), settings);

        assertThat(result.participants()).isEqualTo(600);
        assertThat(result.groups()).hasSize(3);
        // Points are in the voters' order only through the groups: recompute labels per voter from the map.
        int[] recovered = labelsOf(result, e);
        double ari = OpinionGroups.adjustedRandIndex(e.planted(), recovered);
        assertThat(ari).isGreaterThanOrEqualTo(0.9);
        assertThat(result.groups()).allSatisfy(g -> assertThat(g.size()).isBetween(180, 220));
        assertThat(result.groups())
                .allSatisfy(g -> assertThat(g.distinguishing()).isNotEmpty());
    }

    @Test
    void findsPlantedConsensusStatements() {
        Electorate e = Electorate.planted(3, 200, 60, 5, 0.30, 7);
        Result result = OpinionGroups.compute(e.votes(), new Settings(3, 5, 10, 17));
        Set<Long> found =
                result.consensus().stream().map(StatementShare::statementId).collect(Collectors.toSet());
        assertThat(found).containsAll(e.consensus());
        assertThat(result.consensus())
                .allSatisfy(s -> assertThat(s.groupAgree()).isGreaterThanOrEqualTo(0.6));
        // A distinguishing statement is agreed by its group far more than by the others.
        assertThat(result.groups().getFirst().distinguishing())
                .allSatisfy(s -> assertThat(s.groupAgree()).isGreaterThan(s.othersAgree()));
    }

    @Test
    void tooFewVotersGiveNoGroups() {
        Electorate e = Electorate.planted(2, 4, 10, 1, 0.0, 1);
        Result result = OpinionGroups.compute(e.votes(), Settings.defaults());
        assertThat(result.hasGroups()).isFalse();
        assertThat(result.points()).isEmpty();
    }

    @Test
    void votersWithTooFewVotesDoNotTakePart() {
        Votes votes = new Votes(new long[] {1, 1, 2}, new long[] {10, 11, 10}, new byte[] {1, -1, 1});
        assertThat(OpinionGroups.compute(votes, new Settings(2, 5, 5, 1)).participants())
                .isEqualTo(1);
    }

    @Test
    void adjustedRandIndexIsOneForRenamedLabels() {
        assertThat(OpinionGroups.adjustedRandIndex(new int[] {0, 0, 1, 1, 2}, new int[] {5, 5, 3, 3, 9}))
                .isEqualTo(1.0);
    }

    /** Each voter's cluster, in the voters' order (they first appear in the votes in planted order). */
    private static int[] labelsOf(Result result, Electorate e) {
        return org.pikir.analysis.cluster.OpinionClustering.assignments(e.votes(), new Settings(3, 5, 10, 17));
    }
}
