package org.pikir.consultation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a pasted law text into chapters and articles by their headings ("Article 5.", "Статья 5.",
 * "5-бап.", "5-modda.", "5-берене.", "Глава 2.", "2-тарау.", "Chapter II"). Real texts are messy, so it
 * drops a leading table of contents (headings repeated later with body text), ignores cross-references that
 * happen to start a line ("Article 5 of this Code…"), accepts "Article 8-2Acts" glued to its title, and
 * finds chapter headings glued into the middle of a line when they carry the next chapter number.
 * Plain Java: no framework inside.
 */
public final class LawTextSplitter {

    private static final String NUM = "(\\d{1,4}(?:-\\d{1,3})?)";
    // Strong headings: the number is followed by a dot (or is in the suffix form N-бап.)
    private static final List<Pattern> ARTICLE_STRONG = List.of(
            Pattern.compile("^\\s*(?:Article|ARTICLE|Статья|СТАТЬЯ)\\s+" + NUM + "\\s*\\.\\s*(.*)$"),
            Pattern.compile("^\\s*" + NUM
                    + "\\s*-\\s*(?:бап|БАП|modda|MODDA|берене|БЕРЕНЕ|модда|МОДДА|моддаи|банд)\\s*\\.\\s*(.*)$"));
    // Weak headings: "Article 24 Settlement of…" or "Article 8-2Acts…": no dot, a capitalised title must follow.
    private static final Pattern ARTICLE_WEAK =
            Pattern.compile("^\\s*(?:Article|Статья)\\s+" + NUM + "(?:\\s+|(?=\\p{Lu}))(\\p{Lu}.*)?$");
    private static final Pattern ARTICLE_ONLY_WORD = Pattern.compile("^(.*?)\\s*\\b(?:Article|Статья)\\s*$");
    private static final String ROMAN = "([IVXLC]{1,7})";
    private static final List<Pattern> CHAPTER_STRONG = List.of(
            Pattern.compile("(?:^|\\s)(?:Chapter|CHAPTER|Charter|Глава|ГЛАВА)\\s+" + NUM + "\\s*[.:]\\s*(.*)$"),
            Pattern.compile(
                    "(?:^|\\s)" + NUM + "\\s*-\\s*(?:тарау|ТАРАУ|bob|BOB|боб|БОБ|бөлүм|БӨЛҮМ)\\s*\\.\\s*(.*)$"));
    private static final List<Pattern> CHAPTER = List.of(
            CHAPTER_STRONG.get(0),
            CHAPTER_STRONG.get(1),
            Pattern.compile("(?:^|\\s)(?:Chapter|CHAPTER|Charter|Глава|ГЛАВА)\\s+" + NUM + "\\s+(\\p{Lu}.*)$"),
            Pattern.compile("(?:^|\\s)(?:Chapter|CHAPTER|Глава|ГЛАВА)\\s+" + ROMAN + "\\b\\.?\\s*(\\p{Lu}.*)?$"));
    private static final List<Pattern> SECTION = List.of(
            Pattern.compile("^\\s*(?:SECTION|Section|РАЗДЕЛ|Раздел)\\s+" + NUM + "\\s*\\.\\s*(.*)$"),
            Pattern.compile("^\\s*(?:SUBSECTION|Subsection|ПОДРАЗДЕЛ|Подраздел)\\s+" + NUM + "\\s*\\.\\s*(.*)$"),
            Pattern.compile("^\\s*" + NUM + "\\s*-\\s*(?:БӨЛІМ|бөлім|BO‘LIM|bo‘lim|bo'lim)\\s*\\.\\s*(.*)$"));

    /** One article (or the text before the first article, number null) with the chapter it belongs to. */
    public record Article(String number, String heading, String text, String chapter) {}

    /** What the splitter found: articles in order, chapter headings, and the text before the first article. */
    public record Result(String preamble, List<Article> articles, List<String> chapters) {}

    private record Heading(Kind kind, int line, String number, String title, int column) {}

    private enum Kind {
        ARTICLE,
        CHAPTER
    }

    /** Splits a text; never throws, an unstructured text gives no articles and everything as preamble. */
    public Result split(String text) {
        String[] lines = (text == null ? "" : text)
                .replace("\r\n", "\n")
                .replace('\r', '\n')
                .split("\n", -1);
        List<Heading> headings = findHeadings(lines);
        headings = dropTableOfContents(headings, lines);
        return assemble(headings, lines);
    }

    private List<Heading> findHeadings(String[] lines) {
        List<Heading> headings = new ArrayList<>();
        int lastArticle = 0;
        int lastChapter = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace('\u00a0', ' ');
            if (line.isBlank() || isSection(line)) {
                Heading chapterInSection = isSection(line) ? gluedChapter(line, lastChapter, i) : null;
                if (chapterInSection != null) {
                    headings.add(chapterInSection);
                    lastChapter = chapterOrdinal(chapterInSection.number());
                }
                continue;
            }
            Heading article = strongArticle(line, i);
            if (article == null) {
                article = weakArticle(line, i, lastArticle);
            }
            if (article != null) {
                headings.add(article);
                lastArticle = major(article.number());
                continue;
            }
            Heading chapter = chapterAtStart(line, i);
            if (chapter == null) {
                chapter = gluedChapter(line, lastChapter, i);
            }
            if (chapter != null) {
                headings.add(chapter);
                lastChapter = chapterOrdinal(chapter.number());
                // "Chapter I General provisions Article" — the first article lost its number in the source
                Matcher lost = ARTICLE_ONLY_WORD.matcher(chapter.title());
                if (lost.matches()) {
                    headings.set(
                            headings.size() - 1,
                            new Heading(
                                    Kind.CHAPTER,
                                    i,
                                    chapter.number(),
                                    lost.group(1).strip(),
                                    chapter.column()));
                    headings.add(new Heading(Kind.ARTICLE, i, String.valueOf(lastArticle + 1), "", line.length()));
                    lastArticle++;
                }
            }
        }
        return headings;
    }

    private static Heading strongArticle(String line, int index) {
        for (Pattern p : ARTICLE_STRONG) {
            Matcher m = p.matcher(line);
            if (m.matches()) {
                String rest = m.group(2).strip();
                // "Article 5. of this Code" is still a reference
                if (!rest.isEmpty() && Character.isLowerCase(rest.codePointAt(0)) && startsWithReferenceWord(rest)) {
                    return null;
                }
                return new Heading(Kind.ARTICLE, index, m.group(1), rest, 0);
            }
        }
        return null;
    }

    private static boolean startsWithReferenceWord(String rest) {
        String lower = rest.toLowerCase(Locale.ROOT);
        return lower.startsWith("of ")
                || lower.startsWith("and ")
                || lower.startsWith("настоящ")
                || lower.startsWith("осы ")
                || lower.startsWith("shall ");
    }

    private static Heading weakArticle(String line, int index, int lastArticle) {
        Matcher m = ARTICLE_WEAK.matcher(line);
        if (!m.matches()) {
            return null;
        }
        int number = major(m.group(1));
        // A line-wrapped cross-reference would point anywhere; a heading continues the numbering.
        if (number < lastArticle || number > lastArticle + 20) {
            return null;
        }
        return new Heading(
                Kind.ARTICLE,
                index,
                m.group(1),
                m.group(2) == null ? "" : m.group(2).strip(),
                0);
    }

    private static Heading chapterAtStart(String line, int index) {
        for (Pattern p : CHAPTER_STRONG) {
            Matcher m = p.matcher(line);
            if (m.find() && line.substring(0, m.start()).isBlank()) {
                return new Heading(
                        Kind.CHAPTER,
                        index,
                        m.group(1),
                        m.group(2) == null ? "" : m.group(2).strip(),
                        0);
            }
        }
        return null;
    }

    /** A chapter heading in the middle of a line counts only if it carries the next chapter number. */
    private static Heading gluedChapter(String line, int lastChapter, int index) {
        for (Pattern p : CHAPTER) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                int ordinal = chapterOrdinal(m.group(1));
                String title = m.group(2) == null ? "" : m.group(2).strip();
                boolean capitalised = !title.isEmpty() && !Character.isLowerCase(title.codePointAt(0));
                boolean next = ordinal == lastChapter + 1
                        || ordinal == lastChapter && m.group(1).contains("-");
                if (next && (capitalised || title.isEmpty())) {
                    int column = m.start() + (Character.isWhitespace(line.charAt(m.start())) ? 1 : 0);
                    return new Heading(Kind.CHAPTER, index, m.group(1), title, column);
                }
            }
        }
        return null;
    }

    private static boolean isSection(String line) {
        return SECTION.stream().anyMatch(p -> p.matcher(line).matches());
    }

    /**
     * A table of contents repeats the headings without body text. When an article number occurs again later,
     * the earlier occurrences without a body are dropped (and so are the chapter headings among them).
     */
    private static List<Heading> dropTableOfContents(List<Heading> headings, String[] lines) {
        Set<Integer> drop = new HashSet<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h.kind() != Kind.ARTICLE) {
                continue;
            }
            boolean repeatedLater = false;
            for (int j = i + 1; j < headings.size(); j++) {
                Heading later = headings.get(j);
                if (later.kind() == Kind.ARTICLE && later.number().equals(h.number())) {
                    repeatedLater = true;
                    break;
                }
            }
            if (repeatedLater) {
                drop.add(i);
            }
        }
        if (drop.isEmpty()) {
            return headings;
        }
        int lastDropped = drop.stream().max(Integer::compare).orElseThrow();
        List<Heading> kept = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            boolean tocChapter = h.kind() == Kind.CHAPTER && i < lastDropped && repeatsLater(headings, i);
            if (!drop.contains(i) && !tocChapter) {
                kept.add(h);
            }
        }
        return kept;
    }

    private static boolean repeatsLater(List<Heading> headings, int index) {
        Heading h = headings.get(index);
        for (int j = index + 1; j < headings.size(); j++) {
            if (headings.get(j).kind() == h.kind() && headings.get(j).number().equals(h.number())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBody(List<Heading> headings, int index, String[] lines) {
        Heading h = headings.get(index);
        int end = index + 1 < headings.size() ? headings.get(index + 1).line() : lines.length;
        for (int l = h.line() + 1; l < end; l++) {
            if (!lines[l].isBlank()) {
                return true;
            }
        }
        if (index + 1 < headings.size() && headings.get(index + 1).line() == h.line()) {
            return false;
        }
        if (end < lines.length
                && index + 1 < headings.size()
                && headings.get(index + 1).column() > 0) {
            return !lines[end].substring(0, headings.get(index + 1).column()).isBlank();
        }
        return false;
    }

    private static Result assemble(List<Heading> headings, String[] lines) {
        List<Article> articles = new ArrayList<>();
        List<String> chapters = new ArrayList<>();
        StringBuilder preamble = new StringBuilder();
        String chapter = null;
        Heading current = null;
        String currentChapter = null;
        StringBuilder body = new StringBuilder();
        int next = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int column = 0;
            while (next < headings.size() && headings.get(next).line() == i) {
                Heading h = headings.get(next++);
                int at = Math.min(h.column(), line.length());
                if (at > column) {
                    appendLine(current == null ? preamble : body, line.substring(column, at));
                }
                if (current != null) {
                    articles.add(new Article(
                            current.number(), current.title(), body.toString().strip(), currentChapter));
                    current = null;
                    body.setLength(0);
                }
                if (h.kind() == Kind.CHAPTER) {
                    chapter = label(h);
                    chapters.add(chapter);
                } else {
                    current = h;
                    currentChapter = chapter;
                }
                column = line.length();
            }
            if (column == 0) {
                appendLine(current == null ? preamble : body, line);
            }
        }
        if (current != null) {
            articles.add(new Article(
                    current.number(), current.title(), body.toString().strip(), currentChapter));
        }
        return new Result(preamble.toString().strip(), List.copyOf(articles), List.copyOf(chapters));
    }

    private static String label(Heading h) {
        return h.title().isEmpty() ? h.number() : h.number() + ". " + h.title();
    }

    private static void appendLine(StringBuilder target, String line) {
        String stripped = line.strip();
        if (stripped.isEmpty()) {
            if (!target.isEmpty() && !target.toString().endsWith("\n\n")) {
                target.append('\n');
            }
            return;
        }
        target.append(stripped).append('\n');
    }

    static int major(String number) {
        int dash = number.indexOf('-');
        return Integer.parseInt(dash < 0 ? number : number.substring(0, dash));
    }

    static int chapterOrdinal(String number) {
        if (Character.isDigit(number.charAt(0))) {
            return major(number);
        }
        int total = 0;
        int previous = 0;
        for (int i = number.length() - 1; i >= 0; i--) {
            int value = switch (number.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> 0;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total;
    }
}
