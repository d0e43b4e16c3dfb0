package org.editionkit.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.editionkit.core.Json;

/** Renders nested maps, lists, strings, numbers and booleans as indented JSON (the report's shape is built as plain maps). */
final class JsonWriter {
    private JsonWriter() {
    }

    static String render(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, "");
        return sb.append('\n').toString();
    }

    private static void write(StringBuilder sb, Object value, String indent) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof Map<?, ?> map) {
            writeMap(sb, map, indent);
        } else if (value instanceof List<?> list) {
            writeList(sb, list, indent);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            sb.append(Double.isFinite(d) ? String.format(Locale.ROOT, "%.2f", d) : "null");
        } else if (value instanceof Number || value instanceof Boolean) {
            sb.append(value);
        } else {
            sb.append(Json.quote(value.toString()));
        }
    }

    private static void writeMap(StringBuilder sb, Map<?, ?> map, String indent) {
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        String inner = indent + "  ";
        sb.append("{\n");
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            sb.append(inner).append(Json.quote(e.getKey().toString())).append(": ");
            write(sb, e.getValue(), inner);
            sb.append(++i < map.size() ? ",\n" : "\n");
        }
        sb.append(indent).append('}');
    }

    private static void writeList(StringBuilder sb, List<?> list, String indent) {
        if (list.isEmpty()) {
            sb.append("[]");
            return;
        }
        boolean scalars = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
        if (scalars) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                write(sb, list.get(i), indent);
                sb.append(i + 1 < list.size() ? ", " : "");
            }
            sb.append(']');
            return;
        }
        String inner = indent + "  ";
        sb.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            sb.append(inner);
            write(sb, list.get(i), inner);
            sb.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        sb.append(indent).append(']');
    }
}
