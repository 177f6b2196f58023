package org.mechgraph.console;

import java.util.Collection;
import java.util.Map;
import org.mechgraph.console.Estimate.Kind;

/** The size of a parameter's actual value: parameters are known when the query is checked. */
final class ParameterSize {

    private ParameterSize() {
    }

    static Estimate of(Object value) {
        if (value == null || value instanceof Boolean) {
            return Estimate.number(Poly.ONE, Poly.ONE);
        }
        if (value instanceof Number n) {
            return Estimate.number(Poly.ONE, Poly.constant(Math.abs(n.doubleValue())));
        }
        if (value instanceof CharSequence s) {
            return Estimate.single(Kind.STRING, Poly.constant(s.length()), Poly.ONE);
        }
        if (value instanceof Collection<?> list) {
            Poly each = Poly.ONE;
            for (Object item : list) {
                each = each.max(of(item).total());
            }
            return Estimate.list(Poly.constant(list.size()), each, Poly.ONE);
        }
        if (value instanceof Map<?, ?> map) {
            Poly each = Poly.ONE;
            for (var entry : map.entrySet()) {
                each = each.plus(Poly.constant(String.valueOf(entry.getKey()).length())).plus(of(entry.getValue()).total());
            }
            return Estimate.single(Kind.MAP, each, Poly.ONE);
        }
        return Estimate.STORED;
    }
}
