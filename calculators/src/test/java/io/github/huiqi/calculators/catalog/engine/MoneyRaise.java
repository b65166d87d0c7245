package io.github.huiqi.calculators.catalog.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * One money fact of a profile raised, for {@link EntitlementMonotonicityPropertyTest}: the raised profile, what was
 * raised and by how much, the measures that pay a share of the fact (whose least and most must not fall), and the
 * measures whose outcome the raise may legitimately lower (a later test the fact feeds, such as the 小型微利企业 income
 * test after the R&amp;D deduction).
 *
 * @param kind  the kind of fact raised, such as {@code interest paid} (the counts are kept by it)
 * @param pointer  the JSON Pointer of the fact raised (for a hire copied, the hire copied)
 * @param shown  the raise as read in a report: the old and the new value
 * @param tree  the raised profile's JSON
 * @param payers  the ids of the measures that pay a share of the fact
 * @param mayFall  the ids of the measures a raise of it may lower by their clauses
 */
record MoneyRaise(String kind, String pointer, String shown, JsonNode tree, Set<String> payers,
    Set<String> mayFall) {
}
