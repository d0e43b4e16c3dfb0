package org.editionkit.collate;

/**
 * One proposed apparatus entry: a kind (number, name, title, omission, addition, spelling,
 * note), a certainty (high, medium, low), why, and the passage in each translation; an empty
 * passage is what the other translation lacks.
 */
record Proposal(String kind, String cert, String reason, Passage e, Passage k) {

    /** A stretch [start, end) of a unit's text; a note passage carries the note's own text. */
    record Passage(UnitText unit, int start, int end, String note) {
        static Passage of(UnitText unit, int start, int end) {
            return new Passage(unit, start, end, null);
        }

        static Passage none(UnitText unit, int at) {
            return new Passage(unit, at, at, null);
        }

        String text() {
            if (note != null) {
                return note;
            }
            return unit.text().substring(start, end).replaceAll("\\s+", " ").strip();
        }
    }

    /** The passage the report is placed at: the English one, or the Korean when the English is empty. */
    Passage anchor() {
        return e.text().isEmpty() && !k.text().isEmpty() ? k : e;
    }
}
