package org.crampcare.app.firstaid;

/** One first-aid address: its slug (/first-aid/{slug}), the knowledge entry it shows and its group on /first-aid. */
public record FirstAidPage(String slug, String entry, String group) {
    public static final String MUSCLE = "muscle";
    public static final String SITUATION = "situation";
    public static final String URGENT = "urgent";
    public static final String GENERAL = "general";

    public String url() {
        return FirstAidPages.ROOT + "/" + slug;
    }

    /** Not a cramp: the page leads with calling the emergency number. */
    public boolean urgent() {
        return URGENT.equals(group);
    }
}
