package org.crampcare.medication;

import java.util.ArrayList;
import java.util.List;

/**
 * A medicine CrampCare recognises: its generic name, contract class, how strongly it is linked with cramps, the
 * names people write and the sources for its link.
 */
public record Medicine(String generic, String medicineClass, String group, CrampLink crampLink, List<String> also,
        List<String> brands, List<String> sources) {

    public Medicine {
        also = List.copyOf(also);
        brands = List.copyOf(brands);
        sources = List.copyOf(sources);
    }

    /** Every name this medicine is known by: generic first. */
    public List<String> names() {
        var all = new ArrayList<String>(1 + also.size() + brands.size());
        all.add(generic);
        all.addAll(also);
        all.addAll(brands);
        return all;
    }
}
