package org.mechgraph.console;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mechgraph.http.ApiException;

/**
 * Turns the request's {@code params} into values the driver can send: strings, booleans, null, 64-bit integers,
 * doubles, lists and maps. A number outside 64 bits is the client's mistake, said as such, not a driver error naming
 * a Java class.
 */
final class ParameterValues {

    private ParameterValues() {
    }

    static Map<String, Object> of(JsonNode params) {
        Map<String, Object> out = new LinkedHashMap<>();
        params.fields().forEachRemaining(e -> out.put(e.getKey(), value(e.getKey(), e.getValue())));
        return out;
    }

    private static Object value(String name, JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return null;
        } else if (node.isBoolean()) {
            return node.booleanValue();
        } else if (node.isTextual()) {
            return node.textValue();
        } else if (node.isIntegralNumber()) {
            if (!node.canConvertToLong()) {
                throw ApiException.badParameter("params", "parameter $" + name + " holds " + node.asText()
                        + ", outside the 64-bit integer range", "integers from -2^63 to 2^63-1");
            }
            return node.longValue();
        } else if (node.isNumber()) {
            double d = node.doubleValue();
            if (Double.isInfinite(d)) {
                throw ApiException.badParameter("params", "parameter $" + name + " is too large a number",
                        "a finite number");
            }
            return d;
        } else if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(value(name, item)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), value(name, e.getValue())));
        return map;
    }
}
