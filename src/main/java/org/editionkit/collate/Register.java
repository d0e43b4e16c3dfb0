package org.editionkit.collate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The names of the document's registers (listPerson, listPlace, listOrg): every form, by id. */
final class Register {
    /** One recorded form: its text, its @type (rr, mr, ko, latin or none) and its @xml:lang. */
    record Form(String text, String type, String lang) {
        boolean hangul() {
            return text.codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3);
        }
    }

    /** A registered person, place or organisation. */
    record Entry(String id, String kind, List<Form> forms) {
        boolean korean() {
            return forms.stream().anyMatch(f -> "rr".equals(f.type()) || "mr".equals(f.type()));
        }
    }

    final Map<String, Entry> entries = new LinkedHashMap<>();

    Register(TeiTree.Node root) {
        read(root, "person", "persName");
        read(root, "place", "placeName");
        read(root, "org", "orgName");
    }

    private void read(TeiTree.Node root, String element, String nameElement) {
        for (TeiTree.Node e : root.elements(element)) {
            if (e.id() == null || !e.hasAncestor("standOff")) {
                continue;
            }
            List<Form> forms = new ArrayList<>();
            for (TeiTree.Node c : e.children) {
                if (c.is(nameElement)) {
                    forms.add(new Form(c.textContent().replaceAll("\\s+", " ").strip(), c.attr("type"), c.attr("xml:lang")));
                }
            }
            entries.put(e.id(), new Entry(e.id(), element, forms));
        }
    }

    Entry get(String ref) {
        return ref == null ? null : entries.get(ref.strip().replaceFirst("^#", ""));
    }
}
