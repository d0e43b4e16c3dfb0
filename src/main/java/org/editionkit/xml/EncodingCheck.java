package org.editionkit.xml;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.editionkit.core.Problem;

/**
 * Notices a file whose XML declaration names a one-byte encoding (ISO-8859-1, windows-1252 …)
 * while its bytes are UTF-8 with multi-byte characters. Such a file parses without complaint,
 * since every byte is a valid Latin-1 character, and every output shows "Ã©" for "é"; only the
 * bytes tell. Valid UTF-8 with multi-byte sequences is very unlikely to be intended Latin text.
 */
final class EncodingCheck {
    private static final Pattern DECLARED = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    private EncodingCheck() {
    }

    /** A warning at the first multi-byte character, or empty when the declaration fits the bytes. */
    static Optional<Problem> check(Path file, String displayName) {
        try {
            byte[] head = readHead(file);
            Matcher m = DECLARED.matcher(new String(head, StandardCharsets.ISO_8859_1));
            if (!m.find() || !oneByte(m.group(1))) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            int first = firstMultiByte(bytes);
            if (first < 0 || !isUtf8(bytes)) {
                return Optional.empty();
            }
            String before = new String(bytes, 0, first, StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = before.length() - before.lastIndexOf('\n');
            String ch = new String(bytes, first, utf8Length(bytes[first]), StandardCharsets.UTF_8);
            String misread = new String(bytes, first, utf8Length(bytes[first]), Charset.forName(m.group(1)));
            return Optional.of(Problem.warning(displayName, line, column, "the XML declaration says encoding=\"" + m.group(1)
                    + "\", but the bytes are UTF-8: \"" + ch + "\" is read as \"" + misread + "\" and every output will"
                    + " show such garbled text; declare encoding=\"UTF-8\""));
        } catch (IOException | RuntimeException e) {
            // Unreadable or an unknown encoding name: the parser reports it with its location.
            return Optional.empty();
        }
    }

    private static byte[] readHead(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(256);
        }
    }

    private static boolean oneByte(String encoding) {
        Charset cs = Charset.forName(encoding);
        String name = cs.name().toUpperCase(Locale.ROOT);
        return cs.canEncode() && cs.newEncoder().maxBytesPerChar() == 1.0f && !name.equals("US-ASCII");
    }

    private static int firstMultiByte(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if ((bytes[i] & 0x80) != 0) {
                return i;
            }
        }
        return -1;
    }

    private static int utf8Length(byte lead) {
        int b = lead & 0xFF;
        return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
