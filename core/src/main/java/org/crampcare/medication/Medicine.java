package org.crampcare.medication;

import java.util.List;

/** A medicine CrampCare recognises: its generic name, contract class and the names people write. */
public record Medicine(String generic, String medicineClass, String group, CrampLink crampLink, List<String> also,
        List<String> brands, List<String> sources) {

    /** Every name this medicine is known by: generic first. */
    public List<String> names() {
        var all = new java.util.ArrayList<String>(1 + also.size() + brands.size());
        all.add(generic);
        all.addAll(also);
        all.addAll(brands);
        return all;
    }
}
