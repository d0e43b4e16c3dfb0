package org.editionkit.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Output names. Every file the toolkit writes is named from the source file's base name through
 * {@link #sanitise}, never from document content such as {@code xml:id}, and is placed with
 * {@link #inside}, which refuses anything that would land outside the output directory.
 */
public final class OutputNames {
    /** Longest NAME; leaves room for ".html", AtomicOutput's temporary suffix and file-system limits. */
    static final int MAX_LENGTH = 96;

    /** Names {@code edition build} writes itself; a document may not take them. */
    private static final Set<String> RESERVED = Set.of("index", "manifest");

    /** Letters that Unicode decomposition does not reduce to ASCII but readers expect spelled out. */
    private static final Map<Integer, String> SPELLED = Map.ofEntries(
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"),
            Map.entry((int) 'œ', "oe"), Map.entry((int) 'Œ', "OE"), Map.entry((int) 'ø', "o"),
            Map.entry((int) 'Ø', "O"), Map.entry((int) 'đ', "d"), Map.entry((int) 'Đ', "D"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"), Map.entry((int) 'þ', "th"),
            Map.entry((int) 'Þ', "Th"), Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "D"),
            Map.entry((int) 'ı', "i"));

    private OutputNames() {
    }

    /**
     * The NAME for a source file: its base name without {@code .xml}, transliterated to ASCII
     * where Unicode allows (Größe → Grosse), every other run of characters outside
     * {@code [A-Za-z0-9._-]} turned into one {@code _}. Never empty, never {@code .} or
     * {@code ..}, never starting with a dot or dash, never containing a path separator; the
     * same input always gives the same NAME. Names with nothing readable left (e.g. all Hangul)
     * become {@code doc-} plus a short hash of the original, so distinct files stay distinct.
     */
    public static String sanitise(Path file) {
        Path fileName = file.getFileName();
        String base = fileName == null ? "" : fileName.toString();
        if (base.toLowerCase(Locale.ROOT).endsWith(".xml")) {
            base = base.substring(0, base.length() - 4);
        }
        String name = asciiOnly(base)
                .replaceAll("\\.{2,}", ".")
                .replaceAll("^[._-]+", "")
                .replaceAll("[._]+$", "");
        if (name.chars().noneMatch(Character::isLetterOrDigit)) {
            return "doc-" + shortHash(base);
        }
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH - 9) + "-" + shortHash(base);
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            name = name + "_";
        }
        return name;
    }

    /**
     * {@code outDir/fileName}, checked: {@code fileName} must be one plain name (no separator,
     * not {@code .}/{@code ..}) and the result must sit directly in {@code outDir}.
     */
    public static Path inside(Path outDir, String fileName) {
        if (fileName.isEmpty() || fileName.equals(".") || fileName.equals("..")
                || fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0 || fileName.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("refusing output name \"" + fileName + "\": not a plain file name");
        }
        Path dir = outDir.toAbsolutePath().normalize();
        Path target = dir.resolve(fileName).normalize();
        if (!dir.equals(target.getParent())) {
            throw new IllegalArgumentException("refusing output path " + target + ": outside " + dir);
        }
        return target;
    }

    private static String asciiOnly(String s) {
        StringBuilder spelled = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> spelled.append(SPELLED.getOrDefault(cp, new String(Character.toChars(cp)))));
        String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return decomposed.replaceAll("[^A-Za-z0-9._-]+", "_");
    }

    private static String shortHash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
