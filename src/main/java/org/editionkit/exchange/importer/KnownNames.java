package org.editionkit.exchange.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.editionkit.core.Problem;
import org.editionkit.xml.SecureXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The register entries of the TEI masters already in a folder (normally tei/): every person,
 * place and org with an xml:id and the name forms it lists. A draft's variant whose form matches
 * one of them is classified by it and may reuse its id. Drafts made by the importer (they say so
 * in their first comment) and schema/ folders are not read: a draft's registers are not yet
 * checked by an editor.
 */
public final class KnownNames {
    /** A master's entry for one name form: kind, id, type, the file that registers it and the form as printed there. */
    public record Known(Registers.Kind kind, String id, String type, String file, String form) {
    }

    static final String DRAFT_MARK = "Draft made by edition import";
    private static final String TEI = "http://www.tei-c.org/ns/1.0";

    private final Map<String, List<Known>> byForm = new HashMap<>();
    private final List<Finding> notes = new ArrayList<>();

    private KnownNames() {
    }

    /** No masters: classification rests on the words around each name. */
    public static KnownNames none() {
        return new KnownNames();
    }

    /** The registers of every TEI master under {@code dir}; an absent folder gives none. */
    public static KnownNames load(Path dir) {
        KnownNames k = new KnownNames();
        if (!Files.isDirectory(dir)) {
            k.notes.add(new Finding(0, "no " + dir + "/ folder here: names are classified by the words around them only"));
            return k;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(".xml") && Files.isRegularFile(p))
                    .filter(p -> dir.relativize(p).toString().replace('\\', '/').matches("(?!(.*/)?schema/)(?!(.*/)?\\.).*")).sorted().toList();
        } catch (IOException e) {
            k.notes.add(new Finding(0, dir + " could not be listed (" + e.getMessage() + "): names are classified by the words around them only"));
            return k;
        }
        int read = 0;
        for (Path f : files) {
            try {
                if (isDraft(f)) {
                    continue;
                }
                k.read(f);
                read++;
            } catch (IOException | SAXException e) {
                k.notes.add(new Finding(0, f + ": registers not read (" + e.getMessage() + ")"));
            }
        }
        long entries = k.byForm.values().stream().flatMap(List::stream).map(Known::id).distinct().count();
        k.notes.add(new Finding(0, "names are also classified by the registers of " + read + " TEI master" + (read == 1 ? "" : "s")
                + " in " + dir + "/ (" + entries + " entries)"));
        return k;
    }

    /** The master entries any of {@code forms} names, without repetition. */
    public List<Known> match(Collection<String> forms) {
        LinkedHashSet<Known> out = new LinkedHashSet<>();
        for (String f : forms) {
            out.addAll(byForm.getOrDefault(Registers.normal(f), List.of()));
        }
        Map<String, Known> byId = new java.util.LinkedHashMap<>();
        out.forEach(k -> byId.putIfAbsent(k.kind() + "#" + k.id(), k));
        return List.copyOf(byId.values());
    }

    /** What loading found out (how many masters were read, which could not be): for the import's messages. */
    public List<Finding> notes() {
        return List.copyOf(notes);
    }

    private static boolean isDraft(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return new String(in.readNBytes(2048), StandardCharsets.UTF_8).contains(DRAFT_MARK);
        }
    }

    private void read(Path file) throws IOException, SAXException {
        List<Problem> sink = new ArrayList<>();
        XMLReader reader = SecureXml.newReader(file.toString(), sink);
        String shown = file.toString().replace('\\', '/');
        reader.setContentHandler(new DefaultHandler() {
            private Registers.Kind kind;
            private String id;
            private String type;
            private StringBuilder name;
            private int depth;
            private int entryDepth;

            @Override
            public void startElement(String uri, String local, String qName, Attributes atts) {
                depth++;
                String xmlId = atts.getValue("http://www.w3.org/XML/1998/namespace", "id");
                if (!TEI.equals(uri)) {
                    return;
                }
                if (kind != null && name == null && depth == entryDepth + 1 && kind.nameElement.equals(local)) {
                    name = new StringBuilder();
                    return;
                }
                for (Registers.Kind k : Registers.Kind.values()) {
                    if (k.element.equals(local) && xmlId != null) {
                        kind = k;
                        id = xmlId;
                        type = atts.getValue("type");
                        entryDepth = depth;
                    }
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                if (name != null) {
                    name.append(ch, start, length);
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if (name != null && depth == entryDepth + 1) {
                    register(kind, id, type, shown, name.toString().replaceAll("\\s+", " ").strip());
                    name = null;
                } else if (kind != null && depth == entryDepth) {
                    kind = null;
                }
                depth--;
            }
        });
        reader.parse(new InputSource(file.toUri().toString()));
    }

    /** A form, and the form without a trailing parenthesis ("Higher Party School (USSR)"), whose content is kept too when it is an acronym. */
    private void register(Registers.Kind kind, String id, String type, String file, String form) {
        if (form.isEmpty()) {
            return;
        }
        Known k = new Known(kind, id, type, file, form);
        List<String> keys = new ArrayList<>(List.of(form));
        java.util.regex.Matcher paren = java.util.regex.Pattern.compile("^(.+?)\\s*\\(([^()]*)\\)$").matcher(form);
        if (paren.matches()) {
            keys.add(paren.group(1));
            if (paren.group(2).matches("\\p{Lu}{2,8}")) {
                keys.add(paren.group(2));
            }
        }
        for (String key : keys) {
            List<Known> list = byForm.computeIfAbsent(Registers.normal(key), x -> new ArrayList<>());
            if (!list.contains(k)) {
                list.add(k);
            }
        }
    }
}
