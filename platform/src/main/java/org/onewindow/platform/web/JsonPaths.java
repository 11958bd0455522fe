package org.onewindow.platform.web;

/** Field paths as problem details name them ({@code materials[2].name}), from the notations libraries use. */
public final class JsonPaths {

    private JsonPaths() {}

    /**
     * From a JSON Pointer ({@code /materials/2/name}) or a JSONPath-like location ({@code $.materials[2].name}).
     */
    public static String of(String location) {
        if (location == null || location.isEmpty() || location.equals("$") || location.equals("/")) {
            return "";
        }
        if (location.startsWith("$")) {
            return location.substring(1).replaceFirst("^\\.", "");
        }
        var path = new StringBuilder();
        for (var segment : location.replaceFirst("^/", "").split("/")) {
            var name = segment.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+")) {
                path.append('[').append(name).append(']');
            } else {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(name);
            }
        }
        return path.toString();
    }
}
