package org.pikir.analysis;

import java.util.List;
import org.pikir.analysis.cluster.OpinionClustering;

/**
 * Opinion groups from agree/disagree/pass votes on short statements, as Polis computes them: a voter × statement
 * matrix (missing votes imputed with the statement's mean), its first two principal components (each voter's
 * projection scaled up by how few statements they voted on, so sparse voters do not all sit in the centre),
 * k-means on that map with k in 2..5 chosen by silhouette, then per group the statements that distinguish it and
 * the statements every group agrees with. Plain Java, no Spring, no feature types: callers pass numeric ids.
 */
public final class OpinionGroups {

    /** A vote's value as the engine counts it. */
    public static final byte AGREE = 1;

    public static final byte DISAGREE = -1;
    public static final byte PASS = 0;

    private OpinionGroups() {}

    /**
     * @param minVotesPerVoter a voter takes part only with at least this many votes
     * @param minGroupSize     a group with fewer members is not reported (small-cell rule)
     * @param maxStatements    at most this many distinguishing / consensus statements per list
     * @param seed             seed of the k-means restarts (results are deterministic for a seed)
     */
    public record Settings(int minVotesPerVoter, int minGroupSize, int maxStatements, long seed) {
        public Settings {
            if (minVotesPerVoter < 1 || minGroupSize < 1 || maxStatements < 1) {
                throw new IllegalArgumentException("settings must be positive");
            }
        }

        public static Settings defaults() {
            return new Settings(3, 5, 5, 17L);
        }
    }

    /** The votes: parallel arrays, one entry per (voter, statement) pair; value AGREE, DISAGREE or PASS. */
    public record Votes(long[] voters, long[] statements, byte[] values) {
        public Votes {
            if (voters.length != statements.length || voters.length != values.length) {
                throw new IllegalArgumentException("arrays of different length");
            }
        }

        public int size() {
            return voters.length;
        }
    }

    /**
     * A statement's standing: the share of the group (or of all groups for consensus: the lowest group's share)
     * that agreed, among its members who voted on it, and the same share among everyone else.
     */
    public record StatementShare(long statementId, double groupAgree, double othersAgree, int groupVotes) {}

    /** A reported group: its number (1-based, by size), size, centre on the map and distinguishing statements. */
    public record Group(int number, int size, double x, double y, List<StatementShare> distinguishing) {}

    /** A point of the map: no voter id, only where it sits and the group (0: in no reported group). */
    public record Point(float x, float y, int group) {}

    /**
     * The outcome; {@code groups} is empty when too few voters took part (then {@code points} is empty too).
     *
     * @param participants voters with enough votes
     * @param silhouette   quality of the chosen clustering (−1..1), NaN when none
     */
    public record Result(
            int participants,
            int statements,
            List<Group> groups,
            List<StatementShare> consensus,
            List<Point> points,
            double silhouette) {

        public boolean hasGroups() {
            return !groups.isEmpty();
        }
    }

    /** Computes the groups of one scope (a draft, an article). Cost ~ O(votes + voters·k·restarts). */
    public static Result compute(Votes votes, Settings settings) {
        return OpinionClustering.compute(votes, settings);
    }

    /** Adjusted Rand index of two labelings of the same items (1: identical up to renaming). */
    public static double adjustedRandIndex(int[] a, int[] b) {
        return OpinionClustering.adjustedRandIndex(a, b);
    }
}
