import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Build helper (run by the package phase, see pom.xml, issue 18): slims the Spring Boot jar in place.
 *
 * <ul>
 *   <li>Lingua's jar keeps the language models of the given ISO 639-1 codes only (Lingua ships all 75, 77 MB;
 *       {@code LinguaExpert} builds its detector from eleven). Fails when a requested model is missing.
 *   <li>fastutil's jar (22 MB, generated classes for every key/value type pair) keeps only the classes that
 *       the rest of the jar refers to, followed transitively through the constant pools. References are found
 *       by scanning class files for the package name in both slash and dot form, which over-approximates
 *       (also strings that merely look like class names), never under-approximates a static reference.
 * </ul>
 *
 * <p>Lives under {@code src/} (not {@code tools-src/}) because docker/Dockerfile builds the jar from {@code src}.
 * Nested jars stay STORED (uncompressed), as Spring Boot's launcher requires. Usage: {@code java
 * src/build/SlimBootJar.java target/pikir.jar kk,ru,en,...}
 */
public final class SlimBootJar {

    private static final String LINGUA = "BOOT-INF/lib/lingua-";
    private static final String FASTUTIL = "BOOT-INF/lib/fastutil-";
    private static final Pattern FASTUTIL_REF =
            Pattern.compile("it[/.]unimi[/.]dsi[/.]fastutil[/.][A-Za-z0-9_$/.]*[A-Za-z0-9_$]");
    private static final Pattern MODEL = Pattern.compile("language-models/([a-z]+)/.+");

    private SlimBootJar() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SlimBootJar <boot jar> <comma-separated Lingua languages>");
        }
        Path jar = Path.of(args[0]);
        Set<String> languages = new TreeSet<>(Arrays.asList(args[1].split(",")));
        long before = Files.size(jar);

        Map<String, Entry> entries = read(Files.readAllBytes(jar));
        Set<String> referenced = new HashSet<>();
        for (Entry e : entries.values()) {
            if (e.name.startsWith(FASTUTIL)) {
                continue;
            }
            if (e.name.startsWith("BOOT-INF/lib/") && e.name.endsWith(".jar")) {
                for (Entry inner : read(e.data).values()) {
                    if (inner.name.endsWith(".class")) {
                        scan(inner.data, referenced);
                    }
                }
            } else if (e.name.endsWith(".class")) {
                scan(e.data, referenced);
            }
        }

        Path out = jar.resolveSibling(jar.getFileName() + ".slim");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Entry e : entries.values()) {
                byte[] data = e.data;
                if (e.name.startsWith(LINGUA) && e.name.endsWith(".jar")) {
                    data = linguaSubset(e.name, data, languages);
                } else if (e.name.startsWith(FASTUTIL) && e.name.endsWith(".jar")) {
                    data = fastutilSubset(e.name, data, referenced);
                }
                write(zip, e, data);
            }
        }
        Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("SlimBootJar: %s %,d -> %,d bytes%n", jar, before, Files.size(jar));
    }

    private static byte[] linguaSubset(String name, byte[] jar, Set<String> languages) throws IOException {
        Map<String, Entry> entries = read(jar);
        Set<String> found = new TreeSet<>();
        entries.values().removeIf(e -> {
            Matcher m = MODEL.matcher(e.name);
            if (!m.matches()) {
                return e.name.startsWith("language-models/")
                        && !e.name.equals("language-models/")
                        && !languages.contains(directory(e.name));
            }
            boolean keep = languages.contains(m.group(1));
            if (keep) {
                found.add(m.group(1));
            }
            return !keep;
        });
        if (!found.equals(languages)) {
            Set<String> missing = new TreeSet<>(languages);
            missing.removeAll(found);
            throw new IllegalStateException(name + " has no language models for " + missing);
        }
        return toJar(entries);
    }

    private static String directory(String name) {
        String rest = name.substring("language-models/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    private static byte[] fastutilSubset(String name, byte[] jar, Set<String> roots) throws IOException {
        Map<String, Entry> entries = read(jar);
        Set<String> keep = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String cls = todo.pop();
            Entry e = entries.get(cls + ".class");
            if (e == null || !keep.add(cls)) {
                continue;
            }
            Set<String> refs = new HashSet<>();
            scan(e.data, refs);
            todo.addAll(refs);
        }
        if (keep.isEmpty()) {
            throw new IllegalStateException(name + ": no class of it is referenced; remove the dependency instead");
        }
        entries.values()
                .removeIf(e -> e.name.endsWith(".class")
                        && !e.name.startsWith("META-INF/")
                        && !keep.contains(e.name.substring(0, e.name.length() - ".class".length())));
        System.out.printf("SlimBootJar: %s keeps %d classes%n", name, keep.size());
        return toJar(entries);
    }

    /** Adds every fastutil class name (and each of its outer classes, for nested ones) found in the bytes. */
    private static void scan(byte[] classFile, Set<String> into) {
        String text = new String(classFile, StandardCharsets.ISO_8859_1);
        if (!text.contains("fastutil")) {
            return;
        }
        Matcher m = FASTUTIL_REF.matcher(text);
        while (m.find()) {
            String cls = m.group().replace('.', '/');
            into.add(cls);
            for (int i = cls.indexOf('$'); i > 0; i = cls.indexOf('$', i + 1)) {
                into.add(cls.substring(0, i));
            }
        }
    }

    private record Entry(String name, byte[] data, long time) {}

    private static Map<String, Entry> read(byte[] zip) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry z; (z = in.getNextEntry()) != null; ) {
                entries.put(z.getName(), new Entry(z.getName(), in.readAllBytes(), z.getTime()));
            }
        }
        return entries;
    }

    private static byte[] toJar(Map<String, Entry> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Entry e : entries.values()) {
                ZipEntry z = new ZipEntry(e.name);
                z.setTime(e.time);
                zip.putNextEntry(z);
                zip.write(e.data);
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Nested jars STORED, everything else deflated (as spring-boot-maven-plugin writes them). */
    private static void write(ZipOutputStream zip, Entry e, byte[] data) throws IOException {
        ZipEntry z = new ZipEntry(e.name);
        z.setTime(e.time);
        if (e.name.endsWith(".jar")) {
            CRC32 crc = new CRC32();
            crc.update(data);
            z.setMethod(ZipEntry.STORED);
            z.setSize(data.length);
            z.setCompressedSize(data.length);
            z.setCrc(crc.getValue());
        }
        zip.putNextEntry(z);
        zip.write(data);
        zip.closeEntry();
    }
}
